"""Cord blood unit use cases: receipt from scanned labels, QA's decision, consumption.

Receipt validates every scan and value before anything is written, so a refusal leaves no
trace but its message (DESIGN §4.7). Status writes are compare-and-swap on ``version`` so two
QA users deciding on one unit yield exactly one decision (STYLE §4.2). Every change writes an
audit record with old and new values in the same transaction (DESIGN §4.4).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from cellchain.audit import service as audit
from cellchain.audit.chain import format_instant
from cellchain.audit.service import Actor, Change
from cellchain.cbu.models import CordBloodUnit
from cellchain.cbu.receipt import InvalidReceipt as InvalidReceipt
from cellchain.cbu.receipt import checked_unit
from cellchain.cbu.rules import (
    DECISIONS,
    CbuState,
    IdmStatus,
    SourceType,
    check_decision,
    check_segregation,
    check_transition,
    decision_of,
    receipt_findings,
)
from cellchain.db import get_record
from cellchain.errors import Conflict
from cellchain.guarded import guarded_update
from cellchain.isbt128.coi import CoiIdentifier, parse_keyed_coi
from cellchain.isbt128.compound import CompoundMessage
from cellchain.isbt128.din import Din, parse_din_text
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.parse import parse_read
from cellchain.isbt128.product_code import ProductCode
from cellchain.isbt128.scan import normalise
from cellchain.lots.models import Lot
from cellchain.signatures import service as signatures
from cellchain.signatures.rules import Meaning
from cellchain.trial.models import ChainOfIdentity, Subject
from cellchain.trial.rules import SubjectStatus
from cellchain.trial.service import current_coi, get_subject

RECEIVED = CbuState.RECEIVED.value  # kept for callers written before the state table existed
# A subject who left the trial gets no new starting material bound to their chain of identity.
_NO_COLLECTION = frozenset({SubjectStatus.SCREEN_FAILED, SubjectStatus.WITHDRAWN,
                            SubjectStatus.COMPLETED})


class DuplicateUnit(Conflict):
    """The unit (DIN + product code) was received before."""


def get_cbu(session: Session, cbu_id: int) -> CordBloodUnit:
    return get_record(session, CordBloodUnit, cbu_id, "cord blood unit")


def unit_label(cbu: CordBloodUnit) -> str:
    """Returns how people name a unit: eye-readable DIN and product code."""
    return f"{parse_din_text(cbu.din).eye_readable} {cbu.product_code}"


def receive(
    session: Session, *, actor: Actor, din: Din, product_code: ProductCode, bank_name: str,
    now: datetime, collected_at: datetime | None = None,
) -> CordBloodUnit:
    """Registers a unit in quarantine from already-parsed identifiers, without receipt checks
    (the demo's shortcut; people receive through ``receive_scanned``)."""
    cbu = CordBloodUnit(din=din.text, product_code=product_code.content, bank_name=bank_name,
                        status=RECEIVED, received_at=now, collected_at=collected_at)
    _insert(session, cbu)
    audit.record(session, actor=actor, action="cbu.received", entity_type="cbu",
                 entity_id=cbu.id, now=now,
                 changes=[Change("din", None, din.text),
                          Change("product_code", None, product_code.content),
                          Change("bank_name", None, bank_name)])
    return cbu


def receive_scanned(
    session: Session, *, actor: Actor, din_scan: str, product_code_scan: str, bank_name: str,
    collected_at: datetime, volume_ml: float, total_nucleated_cells: float,
    viability_pct: float, abo_rh_scan: str | None, idm_status: str, arrival_temp_c: float,
    container_intact: bool, now: datetime,
) -> CordBloodUnit:
    """Receives an allogeneic cord blood unit into quarantine from its scanned labels."""
    cbu = checked_unit(
        din_scan=din_scan, product_code_scan=product_code_scan, abo_rh_scan=abo_rh_scan,
        bank_name=bank_name, collected_at=collected_at, volume_ml=volume_ml,
        total_nucleated_cells=total_nucleated_cells, viability_pct=viability_pct,
        idm_status=idm_status, arrival_temp_c=arrival_temp_c,
        container_intact=container_intact, now=now)
    return _register(session, actor=actor, cbu=cbu, now=now)


def receive_autologous(
    session: Session, *, actor: Actor, subject_id: int, din_scan: str, product_code_scan: str,
    bank_name: str, collected_at: datetime, volume_ml: float, total_nucleated_cells: float,
    viability_pct: float, abo_rh_scan: str | None, idm_status: str, arrival_temp_c: float,
    container_intact: bool, now: datetime,
) -> CordBloodUnit:
    """Receives a subject's own blood, bound at receipt to their current chain of identity."""
    coi_id = _bindable_coi(session, get_subject(session, subject_id))
    cbu = checked_unit(
        din_scan=din_scan, product_code_scan=product_code_scan, abo_rh_scan=abo_rh_scan,
        bank_name=bank_name, collected_at=collected_at, volume_ml=volume_ml,
        total_nucleated_cells=total_nucleated_cells, viability_pct=viability_pct,
        idm_status=idm_status, arrival_temp_c=arrival_temp_c,
        container_intact=container_intact, now=now)
    cbu.source_type = SourceType.AUTOLOGOUS_BLOOD.value
    cbu.subject_id = subject_id
    cbu.coi_id = coi_id
    return _register(session, actor=actor, cbu=cbu, now=now)


def subject_for_coi_scan(session: Session, text: str) -> int:
    """The subject whose current chain-of-identity identifier was scanned (DS040, a wristband
    compound message, or the identifier typed with its check character)."""
    cleaned = normalise(text)
    try:
        if cleaned.startswith(("=", "&")):
            structures = [inner for read in parse_read(cleaned) for inner in (
                read.structures if isinstance(read, CompoundMessage) else (read,))]
            cois = [s for s in structures if isinstance(s, CoiIdentifier)]
            if not cois:
                raise InvalidReceipt({"coi_scan": "COI: the scan holds no chain-of-identity "
                                                  "identifier"})
            coi = cois[0]
        else:
            coi = parse_keyed_coi(cleaned)
    except ScanError as exc:
        raise InvalidReceipt({"coi_scan": f"COI: {exc.message}"}) from None
    row = session.exec(select(ChainOfIdentity).where(
        ChainOfIdentity.identifier == coi.content)).first()
    if row is None:
        raise InvalidReceipt({"coi_scan": f"COI: no subject has identifier {coi.content}"})
    current = current_coi(session, row.subject_id)
    if current is None or current.id != row.id:
        raise InvalidReceipt({"coi_scan": f"COI: {coi.content} is not the subject's current "
                                          "chain-of-identity identifier"})
    return row.subject_id


def _bindable_coi(session: Session, subject: Subject) -> int:
    assert subject.id is not None
    name = subject.subject_number or subject.screening_number
    if SubjectStatus(subject.status) in _NO_COLLECTION:
        raise Conflict(f"Subject {name} is {subject.status.replace('_', ' ')}; their blood "
                       "cannot be received as starting material.", field="subject_id")
    coi = current_coi(session, subject.id)
    if coi is None or coi.id is None:
        raise Conflict(f"Subject {name} has no chain-of-identity identifier yet; issue one "
                       "before receiving their blood.", field="subject_id")
    return coi.id


_RECEIPT_FIELDS = ("status", "din", "product_code", "bank_name", "source_type", "subject_id",
                   "coi_id", "collected_at", "volume_ml", "total_nucleated_cells",
                   "viability_pct", "abo_rh", "idm_status", "arrival_temp_c",
                   "container_intact")


def _register(session: Session, *, actor: Actor, cbu: CordBloodUnit, now: datetime
              ) -> CordBloodUnit:
    if session.exec(select(Lot.id).where(Lot.din == cbu.din)).first() is not None:
        raise InvalidReceipt({"din_scan": f"DIN: {parse_din_text(cbu.din).eye_readable} is one "
                                          "of this facility's lots, not starting material; "
                                          "scan the unit's own label"})
    _insert(session, cbu)
    audit.record(session, actor=actor, action="cbu.received", entity_type="cbu",
                 entity_id=cbu.id, now=now,
                 changes=[Change(name, None, _plain(getattr(cbu, name)))
                          for name in _RECEIPT_FIELDS],
                 data={"findings": findings_for(cbu)})
    return cbu


def _insert(session: Session, cbu: CordBloodUnit) -> None:
    """Adds a unit, refusing a DIN + product code received before (also under a race)."""
    refusal = DuplicateUnit(
        f"Cord blood unit {unit_label(cbu)} was already received; a unit is registered once.",
        field="din_scan")
    existing = select(CordBloodUnit.id).where(CordBloodUnit.din == cbu.din,
                                              CordBloodUnit.product_code == cbu.product_code)
    if session.exec(existing).first() is not None:
        raise refusal
    try:
        # A savepoint, so a concurrent receipt of the same unit (PostgreSQL) becomes this
        # refusal instead of an aborted transaction.
        with session.begin_nested():
            session.add(cbu)
    except IntegrityError:
        raise refusal from None


def _plain(value: object) -> object:
    return format_instant(value) if isinstance(value, datetime) else value


def findings_for(cbu: CordBloodUnit) -> list[str]:
    """Returns the unit's receipt findings from what was recorded (see rules)."""
    return receipt_findings(
        source_type=SourceType(cbu.source_type), arrival_temp_c=cbu.arrival_temp_c,
        container_intact=cbu.container_intact,
        idm_status=IdmStatus(cbu.idm_status) if cbu.idm_status else None,
        viability_pct=cbu.viability_pct,
        collection_type=ProductCode.parse(cbu.product_code).collection_type)


# --- QA decision and consumption -----------------------------------------------------------

def accept(
    session: Session, *, actor: Actor, cbu: CordBloodUnit, now: datetime,
    reason: str | None = None, proof: signatures.SignerProof | None = None,
) -> CordBloodUnit:
    """QA releases the unit from quarantine for manufacturing (reason needed with findings)."""
    return _decide(session, actor=actor, cbu=cbu, target=CbuState.ACCEPTED, now=now,
                   reason=reason, proof=proof)


def reject(
    session: Session, *, actor: Actor, cbu: CordBloodUnit, reason: str, now: datetime,
    proof: signatures.SignerProof | None = None,
) -> CordBloodUnit:
    """QA rejects the unit; it can never be used for a lot."""
    return _decide(session, actor=actor, cbu=cbu, target=CbuState.REJECTED, now=now,
                   reason=reason, proof=proof)


def mark_consumed(session: Session, *, actor: Actor, cbu: CordBloodUnit, lot: Lot,
                  now: datetime) -> CordBloodUnit:
    """Records that ``lot`` was planned from the unit; only an accepted unit can be consumed.
    The event names the lot, so the donor -> lot link reads from either end of the trail."""
    return _move(session, actor=actor, cbu=cbu, target=CbuState.CONSUMED, now=now, values={},
                 data={"lot": lot.din, "lot_id": lot.id})


def _decide(
    session: Session, *, actor: Actor, cbu: CordBloodUnit, target: CbuState, now: datetime,
    reason: str | None, proof: signatures.SignerProof | None,
) -> CordBloodUnit:
    assert target in DECISIONS
    if proof is not None and proof.principal.user_id != actor.id:
        raise ValueError("the signer must be the person deciding")
    label = unit_label(cbu)
    check_transition(label, CbuState(cbu.status), target)
    check_decision(label, target, findings=findings_for(cbu), reason=reason)
    check_segregation(label, received_by=audit.first_actor(session, "cbu", cbu.id,
                                                           "cbu.received"),
                      decided_by=actor.id)
    cleaned = reason.strip() if reason and reason.strip() else None
    _move(session, actor=actor, cbu=cbu, target=target, now=now, reason=cleaned,
          values={"decision_reason": cleaned, "decided_by_name": actor.name,
                  "decided_at": now})
    if proof is not None:
        meaning = Meaning.CBU_ACCEPTED if target == CbuState.ACCEPTED else Meaning.CBU_REJECTED
        signatures.apply(session, proof=proof, meaning=meaning, entity_type="cbu",
                         entity_id=cbu.id, snapshot=decision_snapshot(cbu), now=now)
    return cbu


def _move(
    session: Session, *, actor: Actor, cbu: CordBloodUnit, target: CbuState, now: datetime,
    values: dict[str, object], reason: str | None = None, data: dict[str, Any] | None = None,
) -> CordBloodUnit:
    """Moves the unit with the guarded write: refused if someone changed it after we read it."""
    assert cbu.id is not None
    current = CbuState(cbu.status)
    check_transition(unit_label(cbu), current, target)
    new = {"status": target.value, **values}
    old = {name: getattr(cbu, name) for name in new}
    guarded_update(session, cbu, new, expect={"status": current.value},
                   record=f"Cord blood unit {unit_label(cbu)}", audit_entity=("cbu", cbu.id))
    audit.record(session, actor=actor, action=f"cbu.{target.value}", entity_type="cbu",
                 entity_id=cbu.id, now=now, reason=reason, data=data,
                 changes=[Change(name, _plain(old[name]), _plain(new[name])) for name in new])
    return cbu


def decision_snapshot(cbu: CordBloodUnit) -> dict[str, Any]:
    """Returns what a QA signature covers: the receipt record and the decision on it.

    The decision, not the status, is signed: consuming an accepted unit later does not
    supersede the acceptance.
    """
    decision = decision_of(CbuState(cbu.status))
    return {
        "type": "cbu_decision", "id": cbu.id, "din": cbu.din,
        "product_code": cbu.product_code, "source_type": cbu.source_type,
        "subject_id": cbu.subject_id, "coi_id": cbu.coi_id,
        "volume_ml": cbu.volume_ml, "total_nucleated_cells": cbu.total_nucleated_cells,
        "viability_pct": cbu.viability_pct, "abo_rh": cbu.abo_rh,
        "idm_status": cbu.idm_status, "arrival_temp_c": cbu.arrival_temp_c,
        "container_intact": cbu.container_intact,
        "decision": decision.value if decision else None,
        "decision_reason": cbu.decision_reason, "decided_by_name": cbu.decided_by_name,
        "decided_at": _plain(cbu.decided_at),
    }
