"""Signed bag dispositions: QA quarantines a bag, releases it from quarantine after assessment
or records its destruction; QA or a technician (the lab receives bags back from the ward)
records its return. Each needs a reason and an e-signature bound to the bag and the move
(21 CFR 11.50, 11.70; Annex 11 §9: the reason for a GMP-relevant change is recorded).
Never commits."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum
from typing import Final

from sqlmodel import Session

from cellchain.auth.roles import Role
from cellchain.bags import rules as bag_rules
from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.config import Settings
from cellchain.custody import timeline as custody
from cellchain.errors import BadInput, Forbidden, TransitionBlocked
from cellchain.guarded import refuse_if_changed
from cellchain.lots.models import Lot
from cellchain.qc.outcomes import ResultStatus, outcomes_for_lot
from cellchain.signatures import service as signatures
from cellchain.signatures.models import Signature
from cellchain.signatures.rules import Meaning


class Disposition(StrEnum):
    """What the signer does to the bag (the form's ``action``)."""

    QUARANTINE = "quarantine"
    RELEASE = "release"
    RETURN = "return"
    DESTROY = "destroy"

    @property
    def target(self) -> BagStatus:
        return _TARGETS[self]

    @property
    def meaning(self) -> Meaning:
        return _MEANINGS[self]


_TARGETS: Final[Mapping[Disposition, BagStatus]] = {
    Disposition.QUARANTINE: BagStatus.QUARANTINE, Disposition.RELEASE: BagStatus.RELEASED,
    Disposition.RETURN: BagStatus.RETURNED, Disposition.DESTROY: BagStatus.DESTROYED}
_MEANINGS: Final[Mapping[Disposition, Meaning]] = {
    Disposition.QUARANTINE: Meaning.BAG_QUARANTINED, Disposition.RELEASE: Meaning.BAG_RELEASED,
    Disposition.RETURN: Meaning.BAG_RETURNED, Disposition.DESTROY: Meaning.BAG_DESTROYED}
# Quarantine, release and destruction are QA decisions; a return is the lab taking a bag back
# from the ward, recorded by whoever receives it (a technician) or by QA.
SIGNERS: Final[Mapping[Disposition, frozenset[Role]]] = {
    Disposition.QUARANTINE: frozenset({Role.QA}), Disposition.RELEASE: frozenset({Role.QA}),
    Disposition.RETURN: frozenset({Role.QA, Role.TECHNICIAN}),
    Disposition.DESTROY: frozenset({Role.QA})}


def open_to(roles: frozenset[Role], status: BagStatus) -> list[Disposition]:
    """The dispositions these roles may sign for a bag in ``status`` (for the bag page)."""
    return [d for d in Disposition if roles & SIGNERS[d]
            and d.target in bag_rules.TRANSITIONS[status]]


def dispose(
    session: Session, *, proof: signatures.SignerProof, bag: Bag, disposition: Disposition,
    reason: str, settings: Settings, now: datetime,
) -> Signature:
    """Moves the bag by the guarded bag move and signs the move; refused without a reason."""
    principal = proof.principal
    if not principal.has_any(SIGNERS[disposition]):
        raise Forbidden(f"Only {' or '.join(sorted(SIGNERS[disposition]))} may "
                        f"{disposition.value} a bag.")
    if not reason.strip():
        raise BadInput(f"reason is required to {disposition.value} a bag", field="reason")
    lot = session.get(Lot, bag.lot_id)
    assert lot is not None
    label = f"{lot.din} {bag.division}"
    refuse_if_changed(session, bag, record=f"Bag {label}", audit_entity=("bag", bag.id))
    if disposition == Disposition.RELEASE:
        failing = [o.test for o in outcomes_for_lot(session, lot, settings)
                   if o.status == ResultStatus.FAIL]
        refusals = bag_rules.quarantine_release_refusals(
            status=BagStatus(bag.status), lot_status=lot.status, failing_tests=failing)
        # A temperature excursion is assessed (acknowledged) before the bag is decided.
        refusals += custody.release_refusals(session, bag.id or 0, settings.zone)
        if refusals:
            raise TransitionBlocked(f"Bag {label} cannot be released from quarantine now.",
                                    refusals)
    before = bag.status
    bags.move(session, actor=principal.actor, bag=bag, lot=lot, target=disposition.target,
              now=now, reason=reason.strip())
    return signatures.apply(session, proof=proof, meaning=disposition.meaning,
                            entity_type="bag", entity_id=bag.id, now=now,
                            snapshot={"bag": label, "from": before, "to": bag.status,
                                      "reason": reason.strip()})
