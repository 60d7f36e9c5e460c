"""What the unit page shows, ready for the template (templates compute no rules)."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from cellchain.audit import service as audit
from cellchain.auth.principal import Principal
from cellchain.auth.roles import CBU_LABEL_PRINTERS, SUBJECT_VIEWERS, Role
from cellchain.cbu import service
from cellchain.cbu.models import CordBloodUnit
from cellchain.cbu.rules import CbuState, SourceType
from cellchain.display import scientific
from cellchain.isbt128.blood_groups import BloodGroups
from cellchain.isbt128.din import parse_din_text
from cellchain.isbt128.product_code import COLLECTION_TYPES, ProductCode
from cellchain.signatures import service as signatures
from cellchain.signatures.rules import Meaning
from cellchain.trial.models import ChainOfIdentity, Subject

# The receipt label page admits its printers and QA (see cellchain.labels.routes KINDS).
_LABEL_VIEWERS = CBU_LABEL_PRINTERS | {Role.QA}
SOURCE_LABELS = {SourceType.CORD_BLOOD: "allogeneic cord blood (bank)",
                 SourceType.AUTOLOGOUS_BLOOD: "autologous blood (the subject's own)"}


def _measured(value: float | None, unit: str) -> str:
    return "not recorded" if value is None else f"{value:g} {unit}"


def _yes_no(value: bool | None) -> str:
    return "not recorded" if value is None else ("yes" if value else "NO")


def _blood_groups(content: str | None) -> str:
    if not content:
        return "not scanned"
    return f"{BloodGroups.parse(content).meaning} (=%{content})"


def identification_rows(cbu: CordBloodUnit) -> list[tuple[str, str]]:
    din = parse_din_text(cbu.din)
    code = ProductCode.parse(cbu.product_code)
    meaning = COLLECTION_TYPES.get(code.collection_type)
    return [
        ("DIN", f"{din.eye_readable} {din.check_character}"),
        ("Product code", f"{code.content}" + (f" ({meaning})" if meaning else "")),
        ("Source", SOURCE_LABELS[SourceType(cbu.source_type)]),
        ("Bank or collection site", cbu.bank_name),
        ("Receipt number", f"CBU-{cbu.id:06d}"),
    ]


def receipt_rows(cbu: CordBloodUnit) -> list[tuple[str, str]]:
    return [
        ("Volume", _measured(cbu.volume_ml, "mL")),
        ("Total nucleated cells", scientific(cbu.total_nucleated_cells)),
        ("Viability", _measured(cbu.viability_pct, "%")),
        ("ABO/RhD", _blood_groups(cbu.abo_rh)),
        ("Infectious-disease markers", cbu.idm_status or "not recorded"),
        ("Arrival temperature", _measured(cbu.arrival_temp_c, "°C")),
        ("Container intact", _yes_no(cbu.container_intact)),
    ]


def _autologous(session: Session, cbu: CordBloodUnit) -> dict[str, Any] | None:
    if cbu.subject_id is None:
        return None
    subject = session.get(Subject, cbu.subject_id)
    coi = session.get(ChainOfIdentity, cbu.coi_id) if cbu.coi_id else None
    return {"subject_id": cbu.subject_id,
            "subject": (subject.subject_number or subject.screening_number) if subject else "",
            "coi": coi.identifier if coi else "none"}


def detail_context(session: Session, cbu: CordBloodUnit, principal: Principal
                   ) -> dict[str, Any]:
    state = CbuState(cbu.status)
    deciding = state == CbuState.RECEIVED and Role.QA in principal.roles
    return {
        "cbu": cbu, "state": state, "label": service.unit_label(cbu),
        "title": f"Cord blood unit {service.unit_label(cbu)}",
        "identification": identification_rows(cbu), "receipt": receipt_rows(cbu),
        "findings": service.findings_for(cbu), "autologous": _autologous(session, cbu),
        "can_see_subject": principal.has_any(SUBJECT_VIEWERS),
        "can_see_label": principal.has_any(_LABEL_VIEWERS),
        "can_decide": deciding,
        "needs_user_id": deciding and signatures.signer_needs_user_id(session, principal),
        "accept_meaning": Meaning.CBU_ACCEPTED, "reject_meaning": Meaning.CBU_REJECTED,
        "signatures": signatures.manifest(session, entity_type="cbu", entity_id=cbu.id,
                                          snapshot=service.decision_snapshot(cbu)),
        "history": audit.events_for(session, "cbu", cbu.id),
    }
