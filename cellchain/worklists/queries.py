"""The reads behind the work queues. Each queue is one bulk query for the oldest rows it shows
and one count, whatever the number of lots, units or subjects: no query per row. Read-only.

Blinding: everything here except ``subjects`` and ``locked_accounts`` is manufacturing data
(lots, units, materials, QC, entries); ``cellchain.worklists.view`` builds those queues only
for unblinded roles.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, exists
from sqlalchemy import select as core_select
from sqlmodel import Session, col, func, select
from sqlmodel.sql.expression import SelectOfScalar

from cellchain.auth.models import User
from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.batch.definitions import definition_named, known_definitions
from cellchain.batch.models import BatchEntry, EntryCheck, EntryCorrection
from cellchain.cbu.models import CordBloodUnit
from cellchain.cbu.rules import CbuState
from cellchain.config import Settings
from cellchain.custody.models import TemperatureExcursion
from cellchain.db import column_rows
from cellchain.deviations import service as deviation_service
from cellchain.deviations.models import Deviation
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.materials.models import MaterialLot
from cellchain.materials.rules import MaterialStatus
from cellchain.qc.models import QcSample
from cellchain.trial.models import Subject
from cellchain.trial.rules import SubjectStatus

T = TypeVar("T")

# Until QC results can be recorded (the QC issue), a sample awaits its result while its lot is
# undecided: still being made or in QC, on hold, or conditionally released (a result such as
# 14-day sterility is allowed to be pending).
AWAITING_RESULTS = frozenset({
    LotState.ACTIVATED, LotState.EXPANDING, LotState.HARVESTED, LotState.IN_QC,
    LotState.ON_HOLD, LotState.CONDITIONALLY_RELEASED})
ALLOCATABLE_LOTS = frozenset({LotState.RELEASED, LotState.CONDITIONALLY_RELEASED})


@dataclass(frozen=True)
class Found(Generic[T]):
    """The oldest rows of a queue (at most the cap) and how many there are in all."""

    rows: list[T]
    total: int


def _oldest(session: Session, query: SelectOfScalar[Any] | Any, order: Sequence[Any],
            cap: int) -> Found[Any]:
    rows = list(session.exec(query.order_by(*order).limit(cap)).all())
    if len(rows) < cap:
        # Fewer than the cap: these are all of them, so no count is read (most queues are
        # short; QA's dashboard builds eight of them per request: issue 13).
        return Found(rows, len(rows))
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    return Found(rows, int(total))


def open_deviations(session: Session, cap: int) -> Found[tuple[Deviation, str]]:
    query = (select(Deviation, Lot.din).join(Lot, col(Lot.id) == col(Deviation.lot_id))
             .where(Deviation.status == deviation_service.OPEN))
    return _oldest(session, query, (col(Deviation.opened_at), col(Deviation.id)), cap)


def units_awaiting_decision(session: Session, cap: int) -> Found[CordBloodUnit]:
    query = select(CordBloodUnit).where(CordBloodUnit.status == CbuState.RECEIVED.value)
    return _oldest(session, query, (col(CordBloodUnit.received_at), col(CordBloodUnit.id)), cap)


def materials_in_quarantine(session: Session, cap: int) -> Found[MaterialLot]:
    query = select(MaterialLot).where(MaterialLot.status == MaterialStatus.QUARANTINE.value)
    return _oldest(session, query, (col(MaterialLot.received_at), col(MaterialLot.id)), cap)


def lots_in(session: Session, state: LotState, cap: int) -> Found[Lot]:
    """Lots in one state, longest in it first."""
    query = select(Lot).where(Lot.status == state.value)
    return _oldest(session, query, (col(Lot.status_changed_at), col(Lot.id)), cap)


def sample_counts(session: Session, lot_ids: Iterable[int]) -> dict[int, int]:
    rows = session.exec(select(QcSample.lot_id, func.count()).where(
        col(QcSample.lot_id).in_(list(lot_ids))).group_by(col(QcSample.lot_id))).all()
    return {lot_id: int(n) for lot_id, n in rows}


def samples_awaiting_results(session: Session, cap: int) -> Found[tuple[QcSample, str]]:
    query = (select(QcSample, Lot.din).join(Lot, col(Lot.id) == col(QcSample.lot_id))
             .where(col(Lot.status).in_([s.value for s in AWAITING_RESULTS])))
    return _oldest(session, query, (col(QcSample.taken_at), col(QcSample.id)), cap)


@dataclass(frozen=True)
class PendingEntry:
    """A recorded entry of a step that needs a second person's check, not yet checked."""

    entry_id: int
    lot_id: int
    din: str
    step_title: str
    recorded_at: datetime
    recorded_by_name: str
    # Who may not verify it: whoever recorded or corrected it (cellchain.batch.checks).
    excluded: frozenset[int]


def entries_awaiting_verification(session: Session, settings: Settings) -> list[PendingEntry]:
    """Every unverified entry of a second-person step, oldest first (two queries). The open
    checks (an index of them, not every entry ever recorded) of any step some known definition
    checks are read, then kept when the lot's own definition checks that step (so no pass over
    every lot for their definitions)."""
    step_ids = {s.id for definition in known_definitions(settings)
                for s in definition.steps if s.second_person}
    if not step_ids:
        return []
    # The columns shown, not whole entries: at site scale every lot being made has one open.
    rows = column_rows(session, core_select(
        col(BatchEntry.id), col(BatchEntry.lot_id), col(BatchEntry.step_id),
        col(BatchEntry.recorded_at), col(BatchEntry.recorded_by),
        col(BatchEntry.recorded_by_name), col(Lot.din), col(Lot.process_name),
        col(Lot.process_version))
        .join(EntryCheck, col(EntryCheck.id) == col(BatchEntry.id))
        .join(Lot, col(Lot.id) == col(BatchEntry.lot_id))
        .where(col(EntryCheck.checked_at).is_(None), col(BatchEntry.step_id).in_(step_ids))
        .order_by(col(BatchEntry.recorded_at), col(BatchEntry.id))).all()
    second_person: dict[tuple[str | None, str | None], dict[str, str]] = {}
    for row in rows:
        if (row.process_name, row.process_version) not in second_person:
            definition = definition_named(row.process_name, row.process_version, settings)
            second_person[(row.process_name, row.process_version)] = {
                s.id: s.title for s in definition.steps if s.second_person} if definition else {}
    pending = [(row, second_person[(row.process_name, row.process_version)][row.step_id])
               for row in rows
               if row.step_id in second_person[(row.process_name, row.process_version)]]
    correctors: dict[int, set[int]] = {}
    for entry_id, user_id in session.exec(
            select(EntryCorrection.entry_id, EntryCorrection.corrected_by).where(
                col(EntryCorrection.entry_id).in_([row.id for row, _ in pending]))):
        if user_id is not None:
            correctors.setdefault(entry_id, set()).add(user_id)
    return [PendingEntry(
        entry_id=row.id, lot_id=row.lot_id, din=row.din, step_title=title,
        recorded_at=row.recorded_at, recorded_by_name=row.recorded_by_name,
        excluded=frozenset(correctors.get(row.id, set())
                           | ({row.recorded_by} if row.recorded_by else set())))
        for row, title in pending]


def bags_awaiting_allocation(session: Session, now: datetime, cap: int) -> Found[
        tuple[Bag, str]]:
    """Released bags of released or conditionally released lots, in date, not allocated."""
    query = (select(Bag, Lot.din).join(Lot, col(Lot.id) == col(Bag.lot_id))
             .where(col(Bag.subject_id).is_(None),
                    bags.where_effective_status(BagStatus.RELEASED, now),
                    col(Lot.status).in_([s.value for s in ALLOCATABLE_LOTS])))
    return _oldest(session, query, (col(Bag.created_at), col(Bag.id)), cap)


def _has_bag() -> ColumnElement[bool]:
    return exists().where(col(Bag.subject_id) == col(Subject.id))


def subjects_without_bag(session: Session, cap: int) -> Found[Subject]:
    query = select(Subject).where(Subject.status == SubjectStatus.ENROLLED.value, ~_has_bag())
    return _oldest(session, query, (col(Subject.created_at), col(Subject.id)), cap)


def subjects(session: Session, cap: int) -> Found[Subject]:
    """Every subject, registered first first (the subject table is open to blinded roles)."""
    return _oldest(session, select(Subject), (col(Subject.created_at), col(Subject.id)), cap)


def locked_accounts(session: Session, now: datetime, cap: int) -> Found[User]:
    query = select(User).where(col(User.active), col(User.locked_until) > now)
    return _oldest(session, query, (col(User.locked_until), col(User.id)), cap)


def open_excursions(session: Session, cap: int) -> Found[tuple[TemperatureExcursion, Bag, str]]:
    """Temperature excursions QA has not acknowledged, earliest first out of range first."""
    query = (select(TemperatureExcursion, Bag, Lot.din)
             .join(Bag, col(Bag.id) == col(TemperatureExcursion.bag_id))
             .join(Lot, col(Lot.id) == col(Bag.lot_id))
             .where(col(TemperatureExcursion.acknowledged_at).is_(None)))
    return _oldest(session, query, (col(TemperatureExcursion.first_out_at),
                                    col(TemperatureExcursion.id)), cap)
