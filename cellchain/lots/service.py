"""Lot use cases. Status writes are compare-and-swap so concurrent moves yield one winner."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.bags import service as bags
from cellchain.cbu.models import CordBloodUnit
from cellchain.db import get_record
from cellchain.deviations.service import open_for_lot
from cellchain.errors import BadInput, Conflict, TransitionBlocked
from cellchain.guarded import guarded_update
from cellchain.lots.models import Lot, LotParent, LotStatusCount
from cellchain.lots.states import (
    REASON_REQUIRED,
    RELEASES,
    LotState,
    check_transition,
    waits_for_open_deviations,
)


def get_lot(session: Session, lot_id: int) -> Lot:
    return get_record(session, Lot, lot_id, "lot")


def find_by_din(session: Session, din: str) -> Lot | None:
    return session.exec(select(Lot).where(Lot.din == din)).first()


def plan_lot(
    session: Session, *, actor: Actor, din: str, now: datetime,
    parents: Sequence[CordBloodUnit] = (),
) -> Lot:
    """Creates a lot in the planned state, linked to the starting material it is made from.

    The donor -> lot link (DESIGN §2) is written in the same audit event as the lot itself:
    ``lot.planned`` names every parent DIN, so the chain of identity is in the hash chain.
    """
    if find_by_din(session, din) is not None:
        raise Conflict(f"A lot with DIN {din} already exists; a DIN is assigned only once.")
    lot = Lot(din=din, status=LotState.PLANNED.value, created_at=now, status_changed_at=now)
    session.add(lot)
    session.flush()
    for unit in parents:
        session.add(LotParent(lot_id=lot.id or 0, cbu_id=unit.id or 0))
    changes = [Change("status", None, lot.status), Change("din", None, din)]
    if parents:
        changes.append(Change("parent_dins", None, sorted(unit.din for unit in parents)))
    audit.record(session, actor=actor, action="lot.planned", entity_type="lot",
                 entity_id=lot.id, now=now, changes=changes)
    return lot


# Only QA's signed decision (cellchain.release.service.decide) passes this, so no other code
# path can release a lot past the release gate (DESIGN §4.2: rules that nothing bypasses).
RELEASE_GATE = object()
# A recall is a QA decision signed like a release (cellchain.release.late.recall).
_SIGNED_ONLY = RELEASES | {LotState.RECALLED}


def transition(
    session: Session,
    *,
    actor: Actor,
    lot: Lot,
    target: LotState,
    now: datetime,
    reason: str | None = None,
    gate: object = None,
) -> Lot:
    """Moves a lot to target if the lifecycle allows it and nobody moved it first.

    The write is the guarded compare-and-swap: if another transaction changed the lot after we
    read it, the move is refused naming who changed it. A release, conditional release or
    recall is refused here unless it comes through QA's signed decision.
    """
    assert lot.id is not None
    if target in _SIGNED_ONLY and gate is not RELEASE_GATE:
        raise Conflict(f"Lot {lot.din} is {target.label} only by QA's signed decision on its "
                       "release review page.")
    current = LotState(lot.status)
    held_from = LotState(lot.held_from) if lot.held_from else None
    check_transition(lot.din, current, target, held_from=held_from)
    if target in REASON_REQUIRED and not (reason and reason.strip()):
        raise BadInput(f"reason is required to make lot {lot.din} {target.label}",
                       field="reason")
    if waits_for_open_deviations(current, target):
        # Under the lock a deviation's opening takes (deviations.open_deviation): none can be
        # opened between this read and the move.
        audit.lock_for_append(session)
        still_open = [d.number for d in open_for_lot(session, lot.id)]
        if still_open:
            raise TransitionBlocked(
                f"Lot {lot.din} cannot become {target.label}: deviations are open.",
                [f"{number} is open; QA must close it first" for number in still_open])
    values: dict[str, object] = {
        "status": target.value, "status_changed_at": now,
        "held_from": current.value if target == LotState.ON_HOLD else None}
    if target == LotState.ACTIVATED:  # day 0 of culture is the moment the lot was activated
        values["activated_at"] = now
    guarded_update(session, lot, values,
                   expect={"status": current.value}, record=f"Lot {lot.din}",
                   audit_entity=("lot", lot.id))
    audit.record(session, actor=actor, action="lot.status_changed", entity_type="lot",
                 entity_id=lot.id, now=now, reason=reason,
                 changes=[Change("status", current.value, target.value)])
    bags.follow_lot(session, actor=actor, lot=lot, now=now, reason=reason,
                    lot_before=current.value)
    return lot


def lift_hold(session: Session, *, actor: Actor, lot: Lot, reason: str, now: datetime) -> Lot:
    """QA returns a held lot to the state it was held from (refused while deviations are open,
    see ``transition``); the reason is required."""
    if lot.status != LotState.ON_HOLD.value or not lot.held_from:
        raise BadInput(f"Lot {lot.din} is not on hold.", field="lot")
    if not reason.strip():
        raise BadInput("reason is required to lift a hold", field="reason")
    return transition(session, actor=actor, lot=lot, target=LotState(lot.held_from), now=now,
                      reason=reason.strip())


def count_by_status(session: Session) -> dict[LotState, int]:
    """Lots per status, as the triggers on ``lot`` keep them (models.LotStatusCount)."""
    rows = session.exec(select(LotStatusCount.status, LotStatusCount.lots)
                        .where(col(LotStatusCount.lots) > 0)).all()
    return {LotState(status): n for status, n in rows}


def parent_dins(session: Session, lot_ids: list[int]) -> dict[int, list[str]]:
    """Returns, per lot, the DINs of the cord blood units it was made from (one query)."""
    rows = session.exec(
        select(LotParent.lot_id, CordBloodUnit.din)
        .join(CordBloodUnit, col(CordBloodUnit.id) == col(LotParent.cbu_id))
        .where(col(LotParent.lot_id).in_(lot_ids))
        .order_by(col(CordBloodUnit.din))
    ).all()
    found: dict[int, list[str]] = {}
    for lot_id, din in rows:
        found.setdefault(lot_id, []).append(din)
    return found


def parents_of(session: Session, lot_id: int) -> list[CordBloodUnit]:
    return list(session.exec(
        select(CordBloodUnit).join(LotParent, col(LotParent.cbu_id) == col(CordBloodUnit.id))
        .where(LotParent.lot_id == lot_id)))


def lots_made_from(session: Session, cbu_id: int) -> list[Lot]:
    """The lots a cord blood unit was consumed into (one, for a unit consumed whole)."""
    return list(session.exec(
        select(Lot).join(LotParent, col(LotParent.lot_id) == col(Lot.id))
        .where(LotParent.cbu_id == cbu_id).order_by(col(Lot.id))))
