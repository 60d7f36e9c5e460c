"""Pure e-signature rules: meanings, components required, record binding. No I/O."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from cellchain.audit.chain import canonical_json
from cellchain.auth.roles import Role


class Meaning(StrEnum):
    """11.50(a)(3): what the signer means by signing."""

    PERFORMED = "performed"
    VERIFIED = "verified"
    REVIEWED = "reviewed"
    QC_APPROVED = "qc_approved"
    RELEASED = "released"
    CONDITIONALLY_RELEASED = "conditionally_released"
    REJECTED = "rejected"
    DEVIATION_CLOSED = "deviation_closed"
    UNBLINDED = "unblinded"
    CBU_ACCEPTED = "cbu_accepted"
    CBU_REJECTED = "cbu_rejected"
    RECALLED = "recalled"
    BAG_QUARANTINED = "bag_quarantined"
    BAG_RELEASED = "bag_released"
    BAG_RETURNED = "bag_returned"
    BAG_DESTROYED = "bag_destroyed"
    BEDSIDE_CONFIRMED = "bedside_confirmed"
    ESCALATION_DECIDED = "escalation_decided"

    @property
    def statement(self) -> str:
        return MEANING_STATEMENTS[self]


MEANING_STATEMENTS: dict[Meaning, str] = {
    Meaning.PERFORMED: "I performed this step as recorded",
    Meaning.VERIFIED: "I verified this entry as a second person",
    Meaning.REVIEWED: "I reviewed this record",
    Meaning.QC_APPROVED: "I approve these QC results",
    Meaning.RELEASED: "I release this lot for clinical use",
    Meaning.CONDITIONALLY_RELEASED: "I release this lot conditionally, with results pending",
    Meaning.REJECTED: "I reject this lot",
    Meaning.DEVIATION_CLOSED: "I close this deviation",
    Meaning.UNBLINDED: "I break the blind for this subject",
    Meaning.CBU_ACCEPTED: "I accept this cord blood unit for manufacturing",
    Meaning.CBU_REJECTED: "I reject this cord blood unit",
    Meaning.RECALLED: "I recall this lot",
    Meaning.BAG_QUARANTINED: "I quarantine this bag",
    Meaning.BAG_RELEASED: "I release this bag from quarantine after assessment",
    Meaning.BAG_RETURNED: "I record this bag as returned",
    Meaning.BAG_DESTROYED: "I record this bag as destroyed",
    Meaning.BEDSIDE_CONFIRMED: "I independently confirmed that this bag is for this subject",
    Meaning.ESCALATION_DECIDED: "I record the safety review committee's dose-escalation decision",
}


def record_hash(snapshot: Mapping[str, Any]) -> str:
    """Returns the SHA-256 of the canonical form of a record version (11.70 binding)."""
    return hashlib.sha256(canonical_json(dict(snapshot)).encode("utf-8")).hexdigest()


def needs_user_id(*, signed_before_in_session: bool) -> bool:
    """11.200(a)(1): the first signing of a continuous session uses every component."""
    return not signed_before_in_session


def may_sign(roles: frozenset[Role]) -> str | None:
    """Returns why these roles may not sign GMP records, or None when they may."""
    # Any account holding admin is refused, even one made before roles were checked together.
    if Role.ADMIN in roles:
        return "System administrators cannot sign GMP or trial records."
    return None


def signature_status(signed_hash: str, current_snapshot: Mapping[str, Any]) -> str:
    """Returns "valid" while the record is the version signed, else "superseded"."""
    return "valid" if record_hash(current_snapshot) == signed_hash else "superseded"
