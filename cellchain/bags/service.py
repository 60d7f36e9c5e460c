"""Bag use cases: formulating bags, allocating a bag to a subject, and the bag lifecycle's
named moves (every status change checks bags.rules.TRANSITIONS, then the guarded write)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, and_, or_, true
from sqlmodel import Session, col, func, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.auth.roles import Role
from cellchain.bags import rules as bag_rules
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus, division_codes
from cellchain.blinding import rules as blinding
from cellchain.db import get_record
from cellchain.errors import BadInput, Conflict, NotFound
from cellchain.guarded import guarded_update
from cellchain.identifiers.service import new_kit_number
from cellchain.isbt128.product_code import ProductCode
from cellchain.lots.models import Lot
from cellchain.trial.models import ChainOfIdentity


def get_bag(session: Session, bag_id: int) -> Bag:
    return get_record(session, Bag, bag_id, "bag")


def visible_bag(session: Session, bag_id: int, roles: frozenset[Role]) -> Bag:
    """Returns a bag the roles may see; a hidden bag is refused exactly as a missing one is
    (cellchain.blinding: blinded roles see only bags allocated to subjects)."""
    bag = session.get(Bag, bag_id)
    if bag is None or not blinding.bag_visible(roles, allocated=bag.subject_id is not None):
        raise NotFound(f"No bag with id {bag_id}.")
    return bag


def where_visible(roles: frozenset[Role]) -> ColumnElement[bool]:
    """The SQL condition matching the bags the roles may see."""
    if blinding.is_unblinded(roles):
        return true()
    return col(Bag.subject_id).is_not(None)


def effective_status(bag: Bag, now: datetime) -> BagStatus:
    """The status to show and filter on: a bag in use past its expiry time is expired."""
    return bag_rules.effective_status(BagStatus(bag.status), bag.expires_at, now)


def where_effective_status(status: BagStatus, now: datetime) -> ColumnElement[bool]:
    """The SQL condition matching bags whose ``effective_status`` is ``status`` at ``now``."""
    in_use = col(Bag.status).in_([s.value for s in bag_rules.IN_USE])
    if status == BagStatus.EXPIRED:
        return or_(col(Bag.status) == status.value,
                   and_(in_use, col(Bag.expires_at) <= now))
    if status in bag_rules.IN_USE:
        return and_(col(Bag.status) == status.value, col(Bag.expires_at) > now)
    return col(Bag.status) == status.value


def create_bags(
    session: Session, *, actor: Actor, lot: Lot, count: int, pdc: str, collection_type: str,
    expires_at: datetime, now: datetime, blinded: bool = False,
) -> list[Bag]:
    """Creates ``count`` quarantined bags with the next division codes of the lot."""
    assert lot.id is not None
    existing = session.exec(select(func.count()).where(col(Bag.lot_id) == lot.id)).one()
    bags = []
    for division in division_codes(count, already=int(existing)):
        code = ProductCode(pdc=pdc, collection_type=collection_type, division=division)
        bag = Bag(lot_id=lot.id, division=division, product_code=code.content,
                  status=BagStatus.QUARANTINE.value, expires_at=expires_at, created_at=now,
                  kit_number=new_kit_number(session) if blinded else None)
        session.add(bag)
        session.flush()
        audit.record(session, actor=actor, action="bag.created", entity_type="bag",
                     entity_id=bag.id, now=now,
                     changes=[Change("lot", None, lot.din), Change("division", None, division),
                              Change("product_code", None, bag.product_code),
                              Change("expires_at", None, expires_at.isoformat())])
        bags.append(bag)
    return bags


def allocate(
    session: Session, *, actor: Actor, bag: Bag, coi: ChainOfIdentity, now: datetime
) -> Bag:
    """Binds a bag to a subject's chain-of-identity identifier (once only)."""
    if bag.subject_id is not None:
        raise Conflict(f"Bag {bag.id} is already allocated to another subject; "
                       "a bag is allocated once.")
    guarded_update(session, bag, {"subject_id": coi.subject_id, "coi_id": coi.id},
                   expect={"subject_id": None}, record=f"Bag {bag.id}",
                   audit_entity=("bag", bag.id))
    audit.record(session, actor=actor, action="bag.allocated", entity_type="bag",
                 entity_id=bag.id, now=now,
                 changes=[Change("subject_id", None, coi.subject_id),
                          Change("coi", None, coi.identifier)])
    return bag


def follow_lot(session: Session, *, actor: Actor, lot: Lot, now: datetime,
               reason: str | None = None, lot_before: str | None = None) -> list[Bag]:
    """Moves the lot's bags as its new status (entered from lot_before) requires (a first
    release releases them, recall recalls them; bags_rules.follows_lot decides); returns the
    bags moved."""
    moved = []
    for bag in bags_of(session, lot.id or 0):
        target = bag_rules.follows_lot(lot.status, BagStatus(bag.status), lot_before=lot_before)
        if target is not None:
            move(session, actor=actor, bag=bag, lot=lot, target=target, now=now,
                 reason=reason or f"lot {lot.din} {lot.status.replace('_', ' ')}")
            moved.append(bag)
    return moved


def destroy(
    session: Session, *, actor: Actor, bag: Bag, reason: str, now: datetime
) -> Bag:
    """Records the destruction of a bag (its final disposition); a reason is required."""
    if not reason.strip():
        raise BadInput("reason is required to record a bag's destruction", field="reason")
    lot = session.get(Lot, bag.lot_id)
    assert lot is not None
    return move(session, actor=actor, bag=bag, lot=lot, target=BagStatus.DESTROYED, now=now,
                reason=reason.strip())


def bags_of(session: Session, lot_id: int) -> list[Bag]:
    """The lot's bags in the order they were made."""
    return list(session.exec(select(Bag).where(Bag.lot_id == lot_id).order_by(col(Bag.id))))


def move(
    session: Session, *, actor: Actor, bag: Bag, lot: Lot, target: BagStatus, now: datetime,
    reason: str, shown_as: str | None = None,
) -> Bag:
    """The one way a bag changes status: the lifecycle table, then the guarded write.
    ``shown_as`` names the bag in refusals instead of its DIN when the reader may be blinded
    (its kit number, DESIGN §4.6)."""
    current = BagStatus(bag.status)
    label = shown_as or f"{lot.din} {bag.division}"
    bag_rules.check_move(label, current, target)
    guarded_update(session, bag, {"status": target.value}, expect={"status": current.value},
                   record=f"Bag {label}", audit_entity=("bag", bag.id))
    audit.record(session, actor=actor, action=f"bag.{target.value}", entity_type="bag",
                 entity_id=bag.id, now=now, reason=reason,
                 changes=[Change("status", current.value, target.value)])
    return bag


def assign_kit_numbers(session: Session, *, actor: Actor, lot: Lot, now: datetime) -> list[Bag]:
    """Gives every bag of a lot a random kit number: the unblinded coordinator prepares blinded
    study-product bags this way (DESIGN §2 kit number)."""
    made = list(session.exec(select(Bag).where(Bag.lot_id == lot.id).order_by(col(Bag.division))))
    if not made:
        raise Conflict(f"Lot {lot.din} has no bags to number yet.")
    if any(bag.kit_number for bag in made):
        raise Conflict(f"Lot {lot.din} already has kit numbers; they are assigned once.")
    for bag in made:
        guarded_update(session, bag, {"kit_number": new_kit_number(session)},
                       expect={"kit_number": None}, record=f"Bag {bag.id}",
                       audit_entity=("bag", bag.id))
        audit.record(session, actor=actor, action="bag.kit_assigned", entity_type="bag",
                     entity_id=bag.id, now=now, changes=[Change("kit_number", None,
                                                                bag.kit_number)])
    return made
