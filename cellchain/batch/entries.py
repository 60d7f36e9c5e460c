"""Reading the batch record: entries, their corrections and current values, the culture day
and the steps due next."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, tzinfo
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from cellchain.bags.models import Bag
from cellchain.batch.definitions import MadeLot, definition_for
from cellchain.batch.models import (
    BatchEntry,
    EntryCorrection,
)
from cellchain.batch.process import ProcessDefinition
from cellchain.batch.schedule import Done, DueStep, next_steps
from cellchain.config import Settings
from cellchain.db import column_rows, get_record
from cellchain.errors import BadInput
from cellchain.lots.models import Lot
from cellchain.lots.states import RECORDING, LotState


def entries_of(session: Session, lot_id: int) -> list[BatchEntry]:
    return list(session.exec(select(BatchEntry).where(BatchEntry.lot_id == lot_id)
                             .order_by(col(BatchEntry.id))))


def corrections_of(session: Session, entry_ids: list[int]) -> dict[int, list[EntryCorrection]]:
    rows = session.exec(select(EntryCorrection).where(col(EntryCorrection.entry_id).in_(
        entry_ids)).order_by(col(EntryCorrection.id))).all()
    found: dict[int, list[EntryCorrection]] = {}
    for row in rows:
        found.setdefault(row.entry_id, []).append(row)
    return found


def current_values(entry: BatchEntry, corrections: list[EntryCorrection]) -> dict[str, Any]:
    """The entry's values with every correction applied, in order."""
    values: dict[str, Any] = json.loads(entry.values)
    for correction in corrections:
        values[correction.field] = json.loads(correction.new_value)
    return values


def culture_day(lot: MadeLot, now: datetime, settings: Settings) -> int | None:
    zone = settings.zone
    return _culture_day(lot, now.astimezone(zone).date(), zone)


def _culture_day(lot: MadeLot, today: date, zone: tzinfo) -> int | None:
    if lot.activated_at is None:
        return None
    return (today - lot.activated_at.astimezone(zone).date()).days


def due_steps(session: Session, lot: Lot, settings: Settings, now: datetime) -> list[DueStep]:
    if LotState(lot.status) not in RECORDING:
        return []
    return due_after(lot, done_steps(session, [lot.id or 0]).get(lot.id or 0, []), settings, now)


def due_after(lot: MadeLot, done: Sequence[Done], settings: Settings, now: datetime
              ) -> list[DueStep]:
    """``due_steps`` when the lot's recorded steps are already read."""
    return [due for _, due in due_on_lots([lot], {lot.id or 0: done}, settings, now)]


def due_on_lots(lots: Iterable[MadeLot], done: Mapping[int, Sequence[Done]],
                settings: Settings, now: datetime) -> Iterator[tuple[MadeLot, DueStep]]:
    """``due_after`` for many lots (the dashboard's every lot being made): the site's day and
    each process definition are worked out once, not once per lot."""
    zone = settings.zone
    today = now.astimezone(zone).date()
    definitions: dict[tuple[str | None, str | None], ProcessDefinition] = {}
    for lot in lots:
        if LotState(lot.status) not in RECORDING:
            continue
        key = (lot.process_name, lot.process_version)
        definition = definitions.get(key)
        if definition is None:
            definition = definitions[key] = definition_for(lot, settings)
        for due in next_steps(definition, done.get(lot.id or 0, ()),
                              today=_culture_day(lot, today, zone)):
            yield lot, due


# Plain columns from a statement built once (the dashboard reads every entry of every lot
# being made: issue 13).
_DONE_STEPS = core_select(col(BatchEntry.lot_id), col(BatchEntry.step_id), col(BatchEntry.day)
                          ).where(col(BatchEntry.lot_id).in_(bindparam("lot_ids", expanding=True))
                                  ).order_by(col(BatchEntry.id))


def done_steps(session: Session, lot_ids: Sequence[int]) -> dict[int, list[Done]]:
    """The steps recorded on each of the lots, in recording order (one query for all: the
    dashboard reads what is due on every lot being made)."""
    found: dict[int, list[Done]] = {}
    if not lot_ids:
        return found
    for lot_id, step_id, day in column_rows(session, _DONE_STEPS, {"lot_ids": list(lot_ids)}):
        found.setdefault(lot_id, []).append(Done(step_id, day))
    return found


def get_entry(session: Session, lot: Lot, entry_id: int) -> BatchEntry:
    entry = get_record(session, BatchEntry, entry_id, "batch record entry")
    if entry.lot_id != lot.id:
        raise BadInput(f"entry {entry_id} belongs to another lot", field="entry")
    return entry


def bag_lot_id(session: Session, bag_id: int) -> int:
    return get_record(session, Bag, bag_id, "bag").lot_id
