"""Bag use cases: formulating bags, allocating a bag to a subject and taking it back (rules in
cellchain.bags.allocation_rules), and the bag lifecycle's named moves (every status change checks
bags.rules.TRANSITIONS, then the guarded write)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BindParameter, ColumnElement, and_, or_, true
from sqlmodel import Session, col, func, select

from cellchain.audit import service as audit
from cellchain.audit.models import AuditEvent
from cellchain.audit.service import Actor, Change
from cellchain.auth.roles import Role
from cellchain.bags import allocation_rules
from cellchain.bags import rules as bag_rules
from cellchain.bags.models import Bag
from cellchain.bags.rows import BagRow
from cellchain.bags.rules import BagStatus, division_codes
from cellchain.blinding import rules as blinding
from cellchain.config import Settings, get_settings
from cellchain.db import get_record
from cellchain.display import din_text
from cellchain.errors import BadInput, Conflict, NotFound
from cellchain.guarded import guarded_update
from cellchain.identifiers.service import new_kit_number
from cellchain.isbt128.product_code import ProductCode
from cellchain.lots.models import Lot
from cellchain.trial import randomisation
from cellchain.trial import service as trial_service
from cellchain.trial.cohorts import sentinel_refusal
from cellchain.trial.configuration import trial_config
from cellchain.trial.models import ChainOfIdentity, Subject


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


def effective_status(bag: Bag | BagRow, now: datetime) -> BagStatus:
    """The status to show and filter on: a bag in use past its expiry time is expired."""
    return bag_rules.effective_status(BagStatus(bag.status), bag.expires_at, now)


def where_effective_status(status: BagStatus, now: datetime | BindParameter[datetime]
                           ) -> ColumnElement[bool]:
    """The SQL condition matching bags whose ``effective_status`` is ``status`` at ``now`` (a
    time, or the parameter that will hold it)."""
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
                              Change("expires_at", None, expires_at.isoformat()),
                              *([Change("kit_number", None, bag.kit_number)]
                                if bag.kit_number else [])])
        bags.append(bag)
    return bags


def bag_name(bag: Bag, lot: Lot) -> str:
    """How an unblinded reader names a bag: its label's DIN and division, and its kit."""
    kit = f" (kit {bag.kit_number})" if bag.kit_number else ""
    return f"Bag {din_text(lot.din)} {bag.division}{kit}"


def allocation_facts(
    session: Session, *, bag: Bag, subject: Subject, coi: ChainOfIdentity | None,
    settings: Settings | None = None,
) -> allocation_rules.AllocationFacts:
    """What the allocation rules need to know about this bag and subject, read now. The
    trial file is ``settings``'s (the process's own settings when not given)."""
    assert subject.id is not None
    slot = randomisation.slot_of(session, subject.id)
    lot = session.get(Lot, bag.lot_id)
    assert lot is not None
    holder = session.get(Subject, bag.subject_id) if bag.subject_id is not None else None
    lot_subject = session.get(Subject, lot.subject_id) if lot.subject_id is not None else None
    return allocation_rules.AllocationFacts(
        bag_name=bag_name(bag, lot), bag_status=bag.status, expires_at=bag.expires_at,
        allocated_to=_subject_name(holder) if bag.subject_id is not None else None,
        allocated_by=_allocated_by(session, bag) if bag.subject_id is not None else None,
        lot_status=lot.status, cell_source=lot.cell_source, lot_subject_id=lot.subject_id,
        lot_subject=_subject_name(lot_subject), subject_id=subject.id,
        subject=_subject_name(subject), subject_status=subject.status,
        coi=coi.identifier if coi is not None else None, kit_number=bag.kit_number,
        lot_dose_level=lot.dose_level, subject_dose_level=subject.dose_level,
        lot_type=lot.lot_type, subject_arm=slot.arm if slot is not None else None,
        arm_is_placebo=_arm_is_placebo(slot.arm, settings) if slot is not None else None)


def _arm_is_placebo(arm: str, settings: Settings | None) -> bool | None:
    """The ``placebo`` setting of a randomised subject's arm, from the trial file; None for
    an arm the file no longer names (the allocation is then refused as for no arm)."""
    try:
        return trial_config(settings or get_settings()).arm(arm).placebo
    except KeyError:
        return None


def _subject_name(subject: Subject | None) -> str:
    if subject is None:
        return "(unknown)"
    return subject.subject_number or subject.screening_number


def _allocated_by(session: Session, bag: Bag) -> str | None:
    """Who made the bag's current allocation and when (its latest ``bag.allocated`` record)."""
    event = session.exec(
        select(AuditEvent).where(AuditEvent.entity_type == "bag",
                                 AuditEvent.entity_id == str(bag.id),
                                 AuditEvent.action == "bag.allocated")
        .order_by(col(AuditEvent.seq).desc())).first()
    return f"by {event.actor_name} at {event.at:%Y-%m-%d %H:%M} UTC" if event else None


def allocate(
    session: Session, *, actor: Actor, bag: Bag, coi: ChainOfIdentity, now: datetime,
    settings: Settings | None = None,
) -> Bag:
    """Binds a bag to a subject's current chain-of-identity identifier, if the allocation
    rules allow it (cellchain.bags.allocation_rules); a guarded write, so of two coordinators
    allocating one bag at once exactly one succeeds and the other is told who did."""
    subject = session.get(Subject, coi.subject_id)
    assert subject is not None and subject.id is not None
    current = trial_service.current_coi(session, subject.id)
    if current is None or current.id != coi.id:
        lot = session.get(Lot, bag.lot_id)
        assert lot is not None
        raise Conflict(f"{bag_name(bag, lot)} cannot be allocated to subject "
                       f"{_subject_name(subject)} under {coi.identifier}: that is not the "
                       "subject's current chain-of-identity identifier. Review the "
                       "allocation again.", field="subject_id")
    return _allocate(session, actor=actor, bag=bag, subject=subject, coi=coi, now=now,
                     settings=settings)


def allocate_to_subject(
    session: Session, *, actor: Actor, bag: Bag, subject: Subject, now: datetime,
    settings: Settings | None = None,
) -> Bag:
    """Allocates a bag to a subject under the subject's current chain-of-identity identifier."""
    assert subject.id is not None
    coi = trial_service.current_coi(session, subject.id)
    return _allocate(session, actor=actor, bag=bag, subject=subject, coi=coi, now=now,
                     settings=settings)


def _allocate(
    session: Session, *, actor: Actor, bag: Bag, subject: Subject,
    coi: ChainOfIdentity | None, now: datetime, settings: Settings | None = None,
) -> Bag:
    facts = allocation_facts(session, bag=bag, subject=subject, coi=coi, settings=settings)
    refusals = allocation_rules.allocation_refusals(facts, now)
    if refusals or coi is None:
        raise allocation_rules.refused_allocation(facts, refusals)
    # The escalation sentinel (issue 12 item 5; cellchain.trial.cohorts).
    if (sentinel := sentinel_refusal(session, subject, now, settings)) is not None:
        raise Conflict(f"{facts.bag_name} cannot be allocated yet: {sentinel}.",
                       field="subject_id")
    guarded_update(session, bag, {"subject_id": subject.id, "coi_id": coi.id},
                   expect={"subject_id": None, "status": BagStatus.RELEASED.value},
                   record=facts.bag_name, audit_entity=("bag", bag.id))
    audit.record(session, actor=actor, action="bag.allocated", entity_type="bag",
                 entity_id=bag.id, now=now,
                 changes=[Change("subject_id", None, subject.id),
                          Change("coi", None, coi.identifier)])
    return bag


def deallocate(
    session: Session, *, actor: Actor, bag: Bag, reason: str, now: datetime
) -> Bag:
    """Takes a bag still in the lab back from its subject, with a reason; a guarded write that
    expects the subject it was read with."""
    lot = session.get(Lot, bag.lot_id)
    assert lot is not None
    name = bag_name(bag, lot)
    holder = session.get(Subject, bag.subject_id) if bag.subject_id is not None else None
    refusals = allocation_rules.deallocation_refusals(
        bag_name=name, bag_status=bag.status,
        allocated_to=_subject_name(holder) if bag.subject_id is not None else None,
        reason=reason)
    if [r.rule for r in refusals] == ["reason"]:
        raise BadInput(refusals[0].message, field="reason")
    if refusals:
        raise allocation_rules.AllocationRefused(refusals[0].message, refusals)
    old_coi = session.get(ChainOfIdentity, bag.coi_id) if bag.coi_id is not None else None
    old_subject = bag.subject_id
    guarded_update(session, bag, {"subject_id": None, "coi_id": None},
                   expect={"subject_id": old_subject, "status": bag.status},
                   record=name, audit_entity=("bag", bag.id))
    audit.record(session, actor=actor, action="bag.deallocated", entity_type="bag",
                 entity_id=bag.id, now=now, reason=reason.strip(),
                 changes=[Change("subject_id", old_subject, None),
                          Change("coi", old_coi.identifier if old_coi else None, None)])
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


def assign_kit_numbers(session: Session, *, actor: Actor, lot: Lot, now: datetime,
                       kit_pdc: str | None = None) -> list[Bag]:
    """Gives every bag of a lot a random kit number: the unblinded coordinator prepares blinded
    study-product bags this way (DESIGN §2 kit number).

    With ``kit_pdc`` (the trial's ``randomised_stage.kit_pdc``, a clinical-trial code YA-YZ)
    each bag's product code takes that code too, keeping its collection type and division, so
    a RAK kit and a placebo kit carry one code and one description and their labels differ only
    in kit number, DIN and expiry (issue 12 item 4). The code is changed only while every bag
    is in quarantine: the label printed before release must already be the kit's.
    """
    made = list(session.exec(select(Bag).where(Bag.lot_id == lot.id).order_by(col(Bag.division))))
    if not made:
        raise Conflict(f"Lot {lot.din} has no bags to number yet.")
    if any(bag.kit_number for bag in made):
        raise Conflict(f"Lot {lot.din} already has kit numbers; they are assigned once.")
    if kit_pdc is not None and any(bag.status != BagStatus.QUARANTINE.value for bag in made):
        raise Conflict(f"Lot {lot.din} has bags out of quarantine; a kit's product code is set "
                       "before release, so that the label released is the kit's.")
    for bag in made:
        values: dict[str, object] = {"kit_number": new_kit_number(session)}
        changes = [Change("kit_number", None, values["kit_number"])]
        if kit_pdc is not None:
            old = ProductCode.parse(bag.product_code)
            code = ProductCode(pdc=kit_pdc, collection_type=old.collection_type,
                               division=old.division).content
            values["product_code"] = code
            changes.append(Change("product_code", bag.product_code, code))
        guarded_update(session, bag, values, expect={"kit_number": None},
                       record=f"Bag {bag.id}", audit_entity=("bag", bag.id))
        audit.record(session, actor=actor, action="bag.kit_assigned", entity_type="bag",
                     entity_id=bag.id, now=now, changes=changes)
    return made
