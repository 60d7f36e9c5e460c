"""The treatment schedule service (issue 12 item 6): TAS-102 cycle starts, each subject's
infusion visits, and the facts the ward reminders are computed from. Never commits.

The rules are ``cellchain.trial.schedule_rules`` (domain note §0, §3.2, §4.5); this module reads
and writes the rows they need. Decisions where the note and the issue are silent:
- A cycle start is recorded when it happened: a start after the site's today is refused (a
  typo would otherwise move every later visit).
- Starting a cycle takes the audit append lock before it reads the earlier cycles, so two
  clinicians recording a start at once are serialised: the second one is numbered after the
  first and checked against its date (on SQLite the write transaction already serialises).
- An infusion belongs to the cycle in whose period (its day 1 up to the next cycle's day 1)
  it was given, read as a site day; the first one there is the visit's infusion. An infusion
  before cycle 1 belongs to no visit.
- Lab results are matched to ``schedule.pre_infusion_labs`` by their analyte key's first word
  (``anc_10e9_l`` is ANC, ``plt_10e9_l`` PLT, ``hgb_g_l`` HGB): the key names the lab and then
  its unit. A corrected result counts by its correction only.
- Bags reminded of are those bound to the subject and still in use (released, dispatched, at
  the ward) or expired while still bound to them (to be returned, not infused).
- Every study infusion counts for the DLT window, whichever arm (the rule module explains why:
  a reminder for active subjects only would unblind them, §5.3).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Final

from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.bags.models import Bag
from cellchain.bags.rules import IN_USE, BagStatus
from cellchain.bedside.models import Infusion
from cellchain.config import Settings
from cellchain.display import din_text
from cellchain.errors import BadInput, Conflict
from cellchain.lots.models import Lot
from cellchain.trial.configuration import load_trial_config
from cellchain.trial.models import LabResult, Subject, TreatmentCycle
from cellchain.trial.rules import SubjectStatus
from cellchain.trial.schedule_rules import (
    BagFacts,
    InfusionVisit,
    ScheduleSettings,
    SubjectFacts,
    VisitFacts,
    infusion_visits,
    next_cycle_start,
    schedule_settings_from_mapping,
    visit_status,
)

# A cycle starts (and reminders run) for a subject who may receive a bag (DESIGN §3).
SCHEDULED: Final = frozenset({SubjectStatus.ENROLLED, SubjectStatus.ON_TREATMENT})
# §4.5: DLTs are counted over 28 days from the first infusion unless [escalation] says otherwise.
DEFAULT_DLT_WINDOW_DAYS: Final = 28
REMINDED_BAGS: Final = frozenset({*IN_USE, BagStatus.EXPIRED})


@lru_cache(maxsize=8)
def _load(path: Path | None) -> tuple[ScheduleSettings, int]:
    raw = load_trial_config(path).raw
    window = raw.get("escalation", {}).get("dlt_window_days", DEFAULT_DLT_WINDOW_DAYS)
    return schedule_settings_from_mapping(raw.get("schedule", {})), int(window)


def schedule_settings(settings: Settings) -> ScheduleSettings:
    """The ``[schedule]`` table of the trial file, read once per process."""
    return _load(settings.trial_settings)[0]


def dlt_window_days(settings: Settings) -> int:
    return _load(settings.trial_settings)[1]


def site_today(now: datetime, settings: Settings) -> date:
    return now.astimezone(settings.zone).date()


def subject_label(subject: Subject) -> str:
    return subject.subject_number or subject.screening_number


def cycles_of(session: Session, subject_id: int) -> list[TreatmentCycle]:
    return list(session.exec(select(TreatmentCycle).where(TreatmentCycle.subject_id == subject_id)
                             .order_by(col(TreatmentCycle.cycle_number))))


def start_cycle(
    session: Session, *, actor: Actor, subject: Subject, start_date: date, now: datetime,
    settings: Settings,
) -> TreatmentCycle:
    """Records the start (day 1) of the subject's next TAS-102 cycle, audited."""
    assert subject.id is not None and actor.id is not None, "a person starts a stored subject"
    status = SubjectStatus(subject.status)
    if status not in SCHEDULED:
        raise Conflict(f"Subject {subject_label(subject)} is {status.label}: a TAS-102 cycle is "
                       "started only for an enrolled subject or one on treatment.")
    if start_date > site_today(now, settings):
        raise BadInput(f"Start date {start_date} is in the future: record a cycle on or after "
                       "the day it starts.", field="start_date")
    audit.lock_for_append(session)
    starts = [c.start_date for c in cycles_of(session, subject.id)]
    try:
        infusion_visits([*starts, start_date], schedule_settings(settings))
    except BadInput as refusal:
        raise BadInput(f"Start date: {refusal.message}.", field="start_date") from None
    cycle = TreatmentCycle(subject_id=subject.id, cycle_number=len(starts) + 1,
                           start_date=start_date, recorded_by=actor.id,
                           recorded_by_name=actor.name, recorded_at=now)
    session.add(cycle)
    session.flush()
    audit.record(session, actor=actor, action="cycle.started", entity_type="subject",
                 entity_id=subject.id, now=now,
                 changes=[Change("cycle_number", None, cycle.cycle_number),
                          Change("start_date", None, start_date.isoformat())])
    return cycle


def visits_of(session: Session, subject: Subject, settings: Settings
              ) -> tuple[InfusionVisit, ...]:
    assert subject.id is not None
    return infusion_visits([c.start_date for c in cycles_of(session, subject.id)],
                           schedule_settings(settings))


def infused_days(starts: Sequence[date], days: Iterable[date]) -> list[date | None]:
    """Per cycle, the first infusion day within its period (day 1 to the next day 1)."""
    ordered = sorted(days)
    found: list[date | None] = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else date.max
        found.append(next((d for d in ordered if start <= d < end), None))
    return found


@dataclass(frozen=True)
class CycleView:
    number: int
    start: date
    dosing: tuple[tuple[date, date], ...]  # (first, last) TAS-102 dosing dates
    visit: InfusionVisit
    status: str  # the visit's status in words (schedule_rules.visit_status)


@dataclass(frozen=True)
class SubjectSchedule:
    rules: ScheduleSettings
    cycles: tuple[CycleView, ...]
    next_number: int
    earliest_next_start: date | None  # None before cycle 1
    can_start: bool  # the subject may start a cycle (enrolled or on treatment)


def _dosing(start: date, rules: ScheduleSettings) -> tuple[tuple[date, date], ...]:
    return tuple((start + timedelta(days=first - 1), start + timedelta(days=last - 1))
                 for first, last in rules.dosing_ranges)


def subject_schedule(session: Session, subject: Subject, settings: Settings, today: date
                     ) -> SubjectSchedule:
    """The subject page's treatment schedule: cycles, dosing days, visits and their status."""
    assert subject.id is not None
    rules = schedule_settings(settings)
    starts = [c.start_date for c in cycles_of(session, subject.id)]
    infused = infused_days(starts, (site_today(at, settings) for at in session.exec(
        select(Infusion.started_at).where(Infusion.subject_id == subject.id))))
    cycles = tuple(
        CycleView(visit.cycle_number, start, _dosing(start, rules), visit,
                  visit_status(visit, today, on))
        for start, visit, on in zip(starts, infusion_visits(starts, rules), infused, strict=True))
    return SubjectSchedule(
        rules=rules, cycles=cycles, next_number=len(starts) + 1,
        earliest_next_start=next_cycle_start(starts[-1], rules) if starts else None,
        can_start=SubjectStatus(subject.status) in SCHEDULED)


@dataclass(frozen=True)
class CalendarVisits:
    visits: dict[str, tuple[InfusionVisit, ...]]  # by subject number
    subject_ids: dict[str, int]
    status: dict[tuple[str, int], str]  # (subject number, cycle) -> the visit's status


def _visits_or_none(starts: Sequence[date], rules: ScheduleSettings
                    ) -> tuple[InfusionVisit, ...] | None:
    """The visits of stored cycle starts, or None when the schedule now in force refuses them
    (a site lengthened its cycle after cycles were recorded): bulk pages and the reminder job
    pass over that subject instead of failing for every subject."""
    try:
        return infusion_visits(starts, rules)
    except BadInput:
        return None


def calendar_visits(session: Session, settings: Settings, today: date) -> CalendarVisits:
    """Every scheduled subject's infusion visits for the ward calendar (three queries)."""
    rules = schedule_settings(settings)
    subjects = session.exec(select(Subject).where(col(Subject.id).in_(_scheduled_ids()))).all()
    starts, infusions = _starts_and_infusions(session, settings)
    found = CalendarVisits({}, {}, {})
    for subject in subjects:
        ref, key = subject.subject_number or "", subject.id or 0
        visits = _visits_or_none(starts[key], rules)
        if visits is None:
            continue  # the subject's page says why; the calendar shows everyone else
        found.visits[ref] = visits
        found.subject_ids[ref] = key
        for visit, on in zip(visits, infused_days(starts[key], infusions[key]), strict=True):
            found.status[(ref, visit.cycle_number)] = visit_status(visit, today, on)
    return found


def _starts_and_infusions(session: Session, settings: Settings
                          ) -> tuple[dict[int, list[date]], dict[int, list[date]]]:
    starts: dict[int, list[date]] = defaultdict(list)
    for cycle in session.exec(select(TreatmentCycle).where(
            col(TreatmentCycle.subject_id).in_(_scheduled_ids()))
            .order_by(col(TreatmentCycle.subject_id), col(TreatmentCycle.cycle_number))):
        starts[cycle.subject_id].append(cycle.start_date)
    infusions: dict[int, list[date]] = defaultdict(list)
    for subject_id, started_at in session.exec(
            select(Infusion.subject_id, Infusion.started_at)
            .where(col(Infusion.subject_id).in_(_scheduled_ids()))):
        infusions[subject_id].append(site_today(started_at, settings))
    return starts, infusions


def _scheduled_ids() -> SelectOfScalar[int | None]:
    return select(col(Subject.id)).where(col(Subject.status).in_([s.value for s in SCHEDULED]),
                                    col(Subject.subject_number).is_not(None))


def lab_name(analyte: str) -> str:
    """``anc_10e9_l`` -> ``ANC``: the analyte key's first word names the lab."""
    return analyte.split("_", 1)[0].upper()


def _latest_labs(session: Session, wanted: Sequence[str]) -> dict[int, dict[str, date]]:
    rows = session.exec(select(LabResult).where(
        col(LabResult.subject_id).in_(_scheduled_ids()))).all()
    replaced = {r.replaces_id for r in rows if r.replaces_id is not None}
    latest: dict[int, dict[str, date]] = defaultdict(dict)
    for row in rows:
        name = lab_name(row.analyte)
        if row.id in replaced or name not in wanted:
            continue
        held = latest[row.subject_id].get(name)
        if held is None or row.measured_on > held:
            latest[row.subject_id][name] = row.measured_on
    return latest


def _bags(session: Session) -> dict[int, list[BagFacts]]:
    rows = session.exec(
        select(Bag, Lot.din).join(Lot, col(Lot.id) == col(Bag.lot_id))
        .where(col(Bag.subject_id).in_(_scheduled_ids()),
               col(Bag.status).in_([s.value for s in REMINDED_BAGS]))
        .order_by(col(Bag.expires_at), col(Bag.id))).all()
    found: dict[int, list[BagFacts]] = defaultdict(list)
    for bag, din in rows:
        # Blinded clinicians read these: a kit bag by its kit number only (DESIGN §4.6).
        ref = bag.kit_number or f"{din_text(din)} {bag.division}"
        found[bag.subject_id or 0].append(BagFacts(ref, bag.expires_at, infused=False))
    return found


def reminder_facts(session: Session, settings: Settings, today: date) -> list[SubjectFacts]:
    """What the reminders need for every enrolled subject or subject on treatment, by subject
    number; one query per table whatever the number of subjects. Visits whose window closed
    before ``today`` are left out (they remind of nothing)."""
    rules = schedule_settings(settings)
    subjects = session.exec(select(Subject).where(col(Subject.id).in_(_scheduled_ids()))
                            .order_by(col(Subject.subject_number))).all()
    if not subjects:
        return []
    starts, infusions = _starts_and_infusions(session, settings)
    labs, bags = _latest_labs(session, rules.pre_infusion_labs), _bags(session)
    facts = []
    for subject in subjects:
        key = subject.id or 0
        mine = starts[key]
        planned = _visits_or_none(mine, rules)
        if planned is None:
            continue  # one subject's schedule cannot stop everyone's reminders
        visits = tuple(VisitFacts(visit, on) for visit, on in zip(
            planned, infused_days(mine, infusions[key]), strict=True)
            if visit.latest >= today)
        facts.append(SubjectFacts(
            subject_ref=subject.subject_number or "", visits=visits, labs=dict(labs[key]),
            bags=tuple(bags[key]), first_infusion_on=min(infusions[key], default=None)))
    return facts
