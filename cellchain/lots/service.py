"""Lot use cases. Status writes are compare-and-swap so concurrent moves yield one winner."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlmodel import Session, col, func, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.cbu.models import CordBloodUnit
from cellchain.db import get_record
from cellchain.errors import BadInput, ConcurrentModification, Conflict, TransitionBlocked
from cellchain.lots.deviations import open_for_lot
from cellchain.lots.models import Lot, LotParent
from cellchain.lots.states import (
    REASON_REQUIRED,
    LotState,
    check_transition,
    waits_for_open_deviations,
)


def get_lot(session: Session, lot_id: int) -> Lot:
    return get_record(session, Lot, lot_id, "lot")


def find_by_din(session: Session, din: str) -> Lot | None:
    return session.exec(select(Lot).where(Lot.din == din)).first()


def plan_lot(session: Session, *, actor: Actor, din: str, now: datetime) -> Lot:
    """Creates a lot in the planned state; refuses a DIN already used."""
    if find_by_din(session, din) is not None:
        raise Conflict(f"A lot with DIN {din} already exists; a DIN is assigned only once.")
    lot = Lot(din=din, status=LotState.PLANNED.value, created_at=now, status_changed_at=now)
    session.add(lot)
    session.flush()
    audit.record(session, actor=actor, action="lot.planned", entity_type="lot",
                 entity_id=lot.id, now=now, changes=[Change("status", None, lot.status),
                                                      Change("din", None, din)])
    return lot


def transition(
    session: Session,
    *,
    actor: Actor,
    lot: Lot,
    target: LotState,
    now: datetime,
    reason: str | None = None,
) -> Lot:
    """Moves a lot to target if the lifecycle allows it and nobody moved it first.

    The write is ``UPDATE … WHERE id = ? AND status = <read> AND version = <read>``: if another
    transaction changed the lot after we read it, no row matches and we refuse (STYLE §4.2).
    """
    assert lot.id is not None
    current = LotState(lot.status)
    held_from = LotState(lot.held_from) if lot.held_from else None
    check_transition(lot.din, current, target, held_from=held_from)
    if target in REASON_REQUIRED and not (reason and reason.strip()):
        raise BadInput(f"reason is required to make lot {lot.din} {target.label}",
                       field="reason")
    if waits_for_open_deviations(current, target):
        still_open = [d.number for d in open_for_lot(session, lot.id)]
        if still_open:
            raise TransitionBlocked(
                f"Lot {lot.din} cannot become {target.label}: deviations are open.",
                [f"{number} is open; QA must close it first" for number in still_open])
    new_held_from = current.value if target == LotState.ON_HOLD else None
    result = session.execute(
        update(Lot)
        .where(col(Lot.id) == lot.id, col(Lot.status) == current.value,
               col(Lot.version) == lot.version)
        .values(status=target.value, held_from=new_held_from, version=lot.version + 1,
                status_changed_at=now)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        session.expire(lot)
        raise ConcurrentModification(
            f"Lot {lot.din} was changed by someone else while you were working; "
            "reload the lot and check its status before trying again."
        )
    session.refresh(lot)
    audit.record(session, actor=actor, action="lot.status_changed", entity_type="lot",
                 entity_id=lot.id, now=now, reason=reason,
                 changes=[Change("status", current.value, target.value)])
    return lot


def count_by_status(session: Session) -> dict[LotState, int]:
    rows = session.exec(select(Lot.status, func.count()).group_by(Lot.status)).all()
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
