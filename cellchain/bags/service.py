"""Bag use cases: formulating bags from a lot and allocating a bag to a subject."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, func, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus, division_codes
from cellchain.db import get_record
from cellchain.errors import Conflict
from cellchain.identifiers.service import new_kit_number
from cellchain.isbt128.product_code import ProductCode
from cellchain.lots.models import Lot
from cellchain.trial.models import ChainOfIdentity


def get_bag(session: Session, bag_id: int) -> Bag:
    return get_record(session, Bag, bag_id, "bag")


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
    bag.subject_id = coi.subject_id
    bag.coi_id = coi.id
    bag.version += 1
    session.add(bag)
    audit.record(session, actor=actor, action="bag.allocated", entity_type="bag",
                 entity_id=bag.id, now=now,
                 changes=[Change("subject_id", None, coi.subject_id),
                          Change("coi", None, coi.identifier)])
    return bag


def set_status(
    session: Session, *, actor: Actor, bag: Bag, status: BagStatus, now: datetime,
    reason: str | None = None,
) -> Bag:
    """Records a bag status change (the custody issue adds the allowed-move table)."""
    old = bag.status
    bag.status = status.value
    bag.version += 1
    session.add(bag)
    audit.record(session, actor=actor, action="bag.status_changed", entity_type="bag",
                 entity_id=bag.id, now=now, reason=reason,
                 changes=[Change("status", old, status.value)])
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
        bag.kit_number = new_kit_number(session)
        bag.version += 1
        session.add(bag)
        session.flush()
        audit.record(session, actor=actor, action="bag.kit_assigned", entity_type="bag",
                     entity_id=bag.id, now=now, changes=[Change("kit_number", None,
                                                                bag.kit_number)])
    return made
