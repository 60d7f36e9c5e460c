"""Chain-of-custody use cases: dispatch from the lab, receipt at the ward, return to the lab,
and QA's acknowledgement of a temperature excursion. Never commits (the request does).

Why: DESIGN §2 "every link (... bag → custody event ...) is made by scanning, recorded with
who, when and where"; 21 CFR 1271.290 (tracking to the consignee and back) and 1271.150
(transport at validated conditions); FACT-JACIE chain of custody. Rules: custody.rules.

Every handoff refuses before it writes anything (wrong status, lot not released, expired, bad
fields); moves the bag by ``bags.service.move`` (guarded, audited as ``bag.<status>``); writes
one append-only CustodyEvent and its audit record ``custody.<kind>``. An out-of-range
temperature opens a TemperatureExcursion (``custody.excursion_opened``) and, like a damaged
bag, holds the bag in quarantine for QA's decision and notifies QA and the coordinator. A
repeated scan returns the earlier record and writes nothing. Acknowledging an excursion does
not release the bag: QA's signed disposition decides it (cellchain.bags.disposition).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.auth.roles import Role
from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.bedside.settings import bedside_settings
from cellchain.config import Settings
from cellchain.custody import rules
from cellchain.custody.models import CustodyEvent, TemperatureExcursion
from cellchain.custody.rules import CustodyKind, Reading
from cellchain.custody.rules import CustodyState as CustodyState
from cellchain.custody.timeline import custody_state as custody_state
from cellchain.custody.timeline import custody_timeline as custody_timeline
from cellchain.display import din_text
from cellchain.errors import (
    BadInput,
    ConcurrentModification,
    Conflict,
    InvalidFields,
    TransitionBlocked,
)
from cellchain.guarded import guarded_update
from cellchain.labels.data import print_datetime
from cellchain.lots.models import Lot
from cellchain.notifications import service as notifications


@dataclass(frozen=True)
class HandoffFields:
    """What the person scanning records with the handoff (a return's reason is its note)."""

    temperature_c: float
    logger_readings: str = ""
    courier: str = ""
    container: str = ""
    condition: str = ""
    note: str = ""


@dataclass(frozen=True)
class Handoff:
    event: CustodyEvent
    name: str  # the bag as anyone may read it (kit bags by kit number)
    repeated: bool  # an earlier scan recorded this handoff; nothing was written now
    excursion: TemperatureExcursion | None
    hold_reasons: tuple[str, ...]  # why the handoff held the bag (empty: it did not)

    @property
    def held(self) -> bool:
        return bool(self.hold_reasons)


def dispatch(
    session: Session, *, actor: Actor, bag: Bag, courier: str, container: str,
    temperature_c: float, logger_readings: str, now: datetime, settings: Settings,
) -> Handoff:
    """The lab hands the bag to the courier (an out-of-range bag stays in the lab, held)."""
    return _handoff(session, CustodyKind.DISPATCHED, actor=actor, bag=bag, now=now,
                    settings=settings, fields=HandoffFields(
                        temperature_c, logger_readings, courier=courier, container=container))


def receive(
    session: Session, *, actor: Actor, bag: Bag, temperature_c: float, condition: str,
    logger_readings: str, note: str, now: datetime, settings: Settings,
) -> Handoff:
    """The ward takes the bag from the courier."""
    return _handoff(session, CustodyKind.RECEIVED, actor=actor, bag=bag, now=now,
                    settings=settings, fields=HandoffFields(
                        temperature_c, logger_readings, condition=condition, note=note))


def return_to_lab(
    session: Session, *, actor: Actor, bag: Bag, temperature_c: float, condition: str,
    logger_readings: str, reason: str, now: datetime, settings: Settings,
) -> Handoff:
    """The lab takes the bag back from the ward or the courier; a reason is required."""
    return _handoff(session, CustodyKind.RETURNED, actor=actor, bag=bag, now=now,
                    settings=settings, fields=HandoffFields(
                        temperature_c, logger_readings, condition=condition, note=reason))


def _handoff(session: Session, kind: CustodyKind, *, actor: Actor, bag: Bag, now: datetime,
             settings: Settings, fields: HandoffFields) -> Handoff:
    lot = session.get(Lot, bag.lot_id)
    assert lot is not None
    name = rules.bag_name(din=lot.din, division=bag.division, kit_number=bag.kit_number)
    earlier = _repeat_of(session, kind, bag, name)
    if earlier is not None:
        return earlier
    refusals = rules.handoff_refusals(kind, status=BagStatus(bag.status), lot_status=lot.status,
                                      expires_at=bag.expires_at, now=now, zone=settings.zone)
    if refusals:
        raise TransitionBlocked(f"{rules.capital(name)} cannot be {kind.done} now.",
                                refusals)
    readings = _checked(kind, fields, now)
    transport = bedside_settings(settings)
    band = rules.TransportRange(transport.temperature_low_c, transport.temperature_high_c)
    found = rules.evaluate(readings, handoff=Reading(now, fields.temperature_c), band=band)
    holds = rules.hold_reasons(found, condition=fields.condition, band=band, zone=settings.zone)
    # A dispatch out of range never leaves the lab; a receipt or return is where it is.
    first = BagStatus.QUARANTINE if holds and kind == CustodyKind.DISPATCHED else rules.TARGET[kind]
    location = transport.ward_location if kind == CustodyKind.RECEIVED else transport.lab_location
    try:
        bags.move(session, actor=actor, bag=bag, lot=lot, target=first, now=now,
                  shown_as=bag.kit_number, reason=_move_reason(kind, location, holds))
    except ConcurrentModification:
        # Two scans of one handoff at once: the other one recorded it, nothing was written here.
        session.refresh(bag)
        earlier = _repeat_of(session, kind, bag, name)
        if earlier is None:
            raise
        return earlier
    event = _record(session, kind, actor=actor, bag=bag, fields=fields, now=now,
                    location=location, readings=len(readings))
    excursion = _open_excursion(session, actor, event, found, band, now) if found else None
    if holds:
        if first != BagStatus.QUARANTINE:
            bags.move(session, actor=actor, bag=bag, lot=lot, target=BagStatus.QUARANTINE,
                      now=now, shown_as=bag.kit_number,
                      reason="held for QA's decision: " + "; ".join(holds))
        _notify(session, kind, event, lot, bag, holds, location, now)
    return Handoff(event, name, False, excursion, tuple(holds))


def _checked(kind: CustodyKind, fields: HandoffFields, now: datetime) -> tuple[Reading, ...]:
    """Every field problem at once (so the person corrects everything in one pass)."""
    problems = rules.field_problems(
        kind, temperature_c=fields.temperature_c, courier=fields.courier,
        container=fields.container, condition=fields.condition,
        **({"reason": fields.note} if kind == CustodyKind.RETURNED else {"note": fields.note}))
    readings: tuple[Reading, ...] = ()
    try:
        readings = rules.parse_readings(fields.logger_readings, now=now)
    except BadInput as refusal:
        problems[rules.FIELD] = refusal.message
    if problems:
        raise InvalidFields(problems)
    return readings


def _move_reason(kind: CustodyKind, location: str, holds: list[str]) -> str:
    if holds and kind == CustodyKind.DISPATCHED:
        return "not dispatched, held at the lab for QA's decision: " + "; ".join(holds)
    return f"{kind.done} ({location})"


def _record(session: Session, kind: CustodyKind, *, actor: Actor, bag: Bag,
            fields: HandoffFields, now: datetime, location: str, readings: int) -> CustodyEvent:
    dispatches = session.exec(select(CustodyEvent.id).where(
        CustodyEvent.bag_id == bag.id, CustodyEvent.kind == CustodyKind.DISPATCHED.value)).all()
    event = CustodyEvent(
        bag_id=bag.id or 0, kind=kind.value, leg=rules.next_leg(kind, len(dispatches)), at=now,
        location=location, actor_id=actor.id, actor_name=actor.name,
        courier=fields.courier.strip() or None, container=fields.container.strip() or None,
        temperature_c=fields.temperature_c,
        logger_readings=fields.logger_readings.strip() or None,
        condition=fields.condition or None, note=fields.note.strip() or None)
    session.add(event)
    session.flush()
    changes = [Change(name, None, value) for name, value in (
        ("custody_leg", event.leg), ("location", location), ("courier", event.courier),
        ("container", event.container), ("temperature_c", event.temperature_c),
        ("condition", event.condition), ("note", event.note)) if value is not None]
    audit.record(session, actor=actor, action=f"custody.{kind.value}", entity_type="bag",
                 entity_id=bag.id, now=now, changes=changes,
                 data={"custody_event_id": event.id, "logger_readings": readings})
    return event


def _open_excursion(session: Session, actor: Actor, event: CustodyEvent,
                    found: rules.Excursion, band: rules.TransportRange,
                    now: datetime) -> TemperatureExcursion:
    excursion = TemperatureExcursion(
        bag_id=event.bag_id, custody_event_id=event.id or 0, first_out_at=found.first_out_at,
        lowest_c=found.lowest_c, highest_c=found.highest_c, range_low_c=band.low_c,
        range_high_c=band.high_c)
    session.add(excursion)
    session.flush()
    audit.record(session, actor=actor, action="custody.excursion_opened", entity_type="bag",
                 entity_id=event.bag_id, now=now,
                 changes=[Change("first_out_of_range_at", None, found.first_out_at.isoformat()),
                          Change("lowest_c", None, found.lowest_c),
                          Change("highest_c", None, found.highest_c),
                          Change("range", None, band.text)],
                 data={"temperature_excursion_id": excursion.id,
                       "custody_event_id": event.id})
    return excursion


def _notify(session: Session, kind: CustodyKind, event: CustodyEvent, lot: Lot, bag: Bag,
            holds: list[str], location: str, now: datetime) -> None:
    # QA and the coordinator are unblinded: they get the bag by DIN and kit number.
    kit = f" (kit {bag.kit_number})" if bag.kit_number else ""
    notifications.raise_notification(
        session, key=f"custody-hold:{event.id}", kind="custody_hold", now=now,
        roles=[Role.QA, Role.COORDINATOR],
        message=(f"Bag {din_text(lot.din)} {bag.division}{kit} is held in quarantine for QA's "
                 f"decision at {kind.value} ({location}): {'; '.join(holds)}."))


def _repeat_of(session: Session, kind: CustodyKind, bag: Bag, name: str) -> Handoff | None:
    """The earlier record a scan repeats, if it repeats one (custody.rules.is_repeat)."""
    last = session.exec(select(CustodyEvent).where(CustodyEvent.bag_id == bag.id)
                        .order_by(col(CustodyEvent.at).desc(), col(CustodyEvent.id).desc())
                        ).first()
    if last is None:
        return None
    excursion = session.exec(select(TemperatureExcursion).where(
        TemperatureExcursion.custody_event_id == last.id)).first()
    holds = tuple(reason for reason, applies in (
        ("temperature out of range", excursion is not None),
        ("the bag was found damaged", last.condition == "damaged")) if applies)
    summary = rules.LastHandoff(CustodyKind(last.kind), last.leg, last.at, bool(holds))
    if not rules.is_repeat(kind, status=BagStatus(bag.status), last=summary):
        return None
    return Handoff(last, name, True, excursion, holds)


@dataclass(frozen=True)
class Preview:
    """What a handoff of the scanned bag would meet, shown before the form is filled."""

    name: str
    earlier: Handoff | None  # the scan repeats this recorded handoff
    refusals: list[str]


def preview(session: Session, kind: CustodyKind, *, bag: Bag, now: datetime,
            settings: Settings) -> Preview:
    """Reads whether the scan repeats a handoff or would be refused (a read: no writes)."""
    lot = session.get(Lot, bag.lot_id)
    assert lot is not None
    name = rules.bag_name(din=lot.din, division=bag.division, kit_number=bag.kit_number)
    earlier = _repeat_of(session, kind, bag, name)
    refusals = [] if earlier else rules.handoff_refusals(
        kind, status=BagStatus(bag.status), lot_status=lot.status, expires_at=bag.expires_at,
        now=now, zone=settings.zone)
    return Preview(name, earlier, refusals)


def outcome_message(handoff: Handoff, settings: Settings) -> str:
    """The sentence the scanning person reads after a handoff (or a repeated scan)."""
    event, zone = handoff.event, settings.zone
    kind = CustodyKind(event.kind)
    name = rules.capital(handoff.name)
    if handoff.repeated and handoff.held and kind == CustodyKind.DISPATCHED:
        return (f"{name}'s dispatch was already stopped at "
                f"{print_datetime(event.at, zone)} by {event.actor_name}: it is held in "
                "quarantine at the lab for QA's decision; this scan recorded nothing new.")
    if handoff.repeated:
        held = " It is held in quarantine for QA's decision." if handoff.held else ""
        return rules.repeat_message(kind, name=handoff.name, at=event.at, by=event.actor_name,
                                    zone=zone) + held
    reasons = "; ".join(handoff.hold_reasons)
    if handoff.held and kind == CustodyKind.DISPATCHED:
        return (f"{name} was NOT dispatched: {reasons}. It is held in quarantine at the lab "
                "for QA's decision; QA and the coordinator are notified.")
    when = print_datetime(event.at, zone)
    if handoff.held:
        return (f"{name} {kind.done} at {when}, then HELD in quarantine for QA's decision: "
                f"{reasons}. Do not use it; QA and the coordinator are notified.")
    return f"{name} {kind.done} at {when} (custody leg {event.leg})."


def acknowledge_excursion(
    session: Session, *, actor: Actor, excursion: TemperatureExcursion, comment: str,
    now: datetime,
) -> TemperatureExcursion:
    """QA's acknowledgement of an excursion, with a comment, once (a guarded write). The bag
    stays held: QA's signed release from quarantine or destruction decides it."""
    text = comment.strip()
    if not text:
        raise BadInput("comment is required to acknowledge a temperature excursion: say what "
                       "was assessed and what follows", field="comment")
    if len(text) > rules.LIMITS["comment"]:
        raise BadInput(f"comment must be at most {rules.LIMITS['comment']} characters",
                       field="comment")
    if excursion.acknowledged_at is not None:
        raise Conflict(f"Temperature excursion {excursion.id} was already acknowledged by "
                       f"{excursion.acknowledged_by_name} at "
                       f"{excursion.acknowledged_at:%Y-%m-%d %H:%M} UTC.")
    guarded_update(session, excursion, {"acknowledged_at": now, "acknowledged_by": actor.id,
                                        "acknowledged_by_name": actor.name, "comment": text},
                   expect={"acknowledged_at": None},
                   record=f"Temperature excursion {excursion.id}",
                   audit_entity=("bag", excursion.bag_id))
    audit.record(session, actor=actor, action="custody.excursion_acknowledged",
                 entity_type="bag", entity_id=excursion.bag_id, now=now,
                 changes=[Change("acknowledged_at", None, now.isoformat()),
                          Change("comment", None, text)],
                 data={"temperature_excursion_id": excursion.id})
    return excursion
