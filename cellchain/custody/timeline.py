"""Reading a bag's chain of custody: its timeline, the facts the bedside needs, the excursions
QA has still to acknowledge. Read-only (a read never writes).

The custody tables are open to blinded roles (cellchain.blinding TABLES): they name the bag by
id, the people, places and temperatures, nothing of the lot type or arm (DESIGN §4.6).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam
from sqlalchemy import select as core_select
from sqlmodel import Session, col, func, select

from cellchain.custody import rules
from cellchain.custody.models import CustodyEvent, TemperatureExcursion
from cellchain.custody.rules import CustodyKind, CustodyState, LastHandoff
from cellchain.db import column_rows
from cellchain.labels.data import print_datetime

# Order of entries at the same instant: a handoff before the excursion it found.
_ORDER = {"handoff": 0, "out_of_range": 1, "acknowledged": 2}


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    what: str  # handoff | out_of_range | acknowledged
    event: CustodyEvent  # the handoff (for an excursion: the handoff that found it)
    excursion: TemperatureExcursion | None = None
    held: bool = False  # the handoff held the bag for QA (a dispatch so held never left)


def custody_timeline(session: Session, bag_id: int) -> list[TimelineEntry]:
    """Every handoff of the bag, each excursion's first out-of-range time and each QA
    acknowledgement, in time order."""
    events = {e.id: e for e in session.exec(
        select(CustodyEvent).where(CustodyEvent.bag_id == bag_id))}
    excursions = _excursions(session, bag_id)
    found = {x.custody_event_id for x in excursions}
    entries = [TimelineEntry(e.at, "handoff", e, held=e.id in found or e.condition == "damaged")
               for e in events.values()]
    for excursion in excursions:
        event = events[excursion.custody_event_id]
        entries.append(TimelineEntry(excursion.first_out_at, "out_of_range", event, excursion))
        if excursion.acknowledged_at is not None:
            entries.append(TimelineEntry(excursion.acknowledged_at, "acknowledged", event,
                                         excursion))
    return sorted(entries, key=lambda e: (e.at, e.event.id or 0, _ORDER[e.what]))


# Statements built once, the bag their parameter (building them per check cost more than
# running them: issue 13).
_EXCURSION_ROWS = core_select(
    col(TemperatureExcursion.custody_event_id), col(TemperatureExcursion.acknowledged_at),
).where(col(TemperatureExcursion.bag_id) == bindparam("bag_id"))
_HANDOFF_ROWS = core_select(
    col(CustodyEvent.id), col(CustodyEvent.kind), col(CustodyEvent.leg), col(CustodyEvent.at),
    col(CustodyEvent.condition)).where(col(CustodyEvent.bag_id) == bindparam("bag_id"))


def custody_state(session: Session, bag_id: int) -> CustodyState:
    """The custody facts of the bag's current leg (cellchain.custody.rules.state_of)."""
    # One read of the bag's excursions serves both facts (the bedside check asks on every
    # scan): which hand-offs were held, and how many excursions are still open.
    excursions = column_rows(session, _EXCURSION_ROWS, {"bag_id": bag_id}).all()
    held = {event_id for event_id, _ in excursions}
    still_open = sum(1 for _, acknowledged_at in excursions if acknowledged_at is None)
    # The columns the rule reads, not whole events (the bedside's hot path: issue 13).
    handoffs = [LastHandoff(CustodyKind(kind), leg, at, event_id in held or condition == "damaged")
                for event_id, kind, leg, at, condition in column_rows(
                    session, _HANDOFF_ROWS, {"bag_id": bag_id})]
    return rules.state_of(handoffs, open_excursions=still_open)


def _excursions(session: Session, bag_id: int) -> list[TemperatureExcursion]:
    return list(session.exec(select(TemperatureExcursion).where(
        TemperatureExcursion.bag_id == bag_id).order_by(col(TemperatureExcursion.id))))


def open_excursions_of(session: Session, bag_id: int) -> list[TemperatureExcursion]:
    return [e for e in _excursions(session, bag_id) if e.acknowledged_at is None]


def release_refusals(session: Session, bag_id: int, zone: ZoneInfo) -> list[str]:
    """Why QA may not release the bag from quarantine yet: each excursion not acknowledged
    (QA assesses the excursion before deciding on the bag)."""
    return [f"temperature excursion {e.id} (out of range from "
            f"{print_datetime(e.first_out_at, zone)}) is not yet acknowledged by QA"
            for e in open_excursions_of(session, bag_id)]


def open_excursions(session: Session, cap: int) -> tuple[list[TemperatureExcursion], int]:
    """The oldest unacknowledged excursions (at most cap) and how many there are."""
    query = select(TemperatureExcursion).where(col(TemperatureExcursion.acknowledged_at).is_(None))
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    rows = session.exec(query.order_by(col(TemperatureExcursion.first_out_at),
                                       col(TemperatureExcursion.id)).limit(cap)).all()
    return list(rows), int(total)
