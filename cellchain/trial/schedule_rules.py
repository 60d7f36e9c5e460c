"""The NCT07212933 treatment schedule (TAS-102 cycles, study infusion visits) and the reminders
it implies. Pure: every date and the clock are passed in.

Sources: domain note rak-process-and-trial.md §0 (the registry says TAS-102 days 1-5 every 21
days, the label days 1-5 and 8-12 every 28 days, so the schedule is a setting), §3.2 (PROPOSED
infusion on cycle day 15 ± 2, in the chemotherapy-free part of the cycle; pre-infusion labs on
the day of the infusion or the day before) and §4.5 (DLT window counted from the first infusion).
The numbers live in the ``[schedule]`` table of ``nct07212933.toml``.

Decisions where the note is silent:
- A configuration whose infusion window opens on or before the cycle's last dosing day, or
  closes on or after the next cycle's day 1, is refused: cells should not meet trifluridine
  exposure (§3.2 rationale). The labelled schedule passes with day 15 ± 2 (day 13-17 after the
  last dose on day 12), but only one dose-free day precedes the window.
- A cycle may start late (the label delays a cycle until counts recover, §3.1) but never
  before the previous cycle has run its full length.
- Labs are planned for the target day: the labs-due day is ``labs_due_days_before`` before it.
  A lab qualifies for a visit when it is dated no earlier than that many days before the day the
  infusion can still happen (the target, or today once the target has passed), so labs drawn
  for a target day that slipped are asked for again.
- Reminders for a visit stop when its window closes (the visit then reads "overdue").
- An allocated bag is reminded of from ``bag_expiry_warning_hours`` before expiry on, also once
  it has expired while still allocated (it must then be returned, not infused).
- The DLT window's last day is the first infusion + ``dlt_window_days`` (an event on that day
  still counts, as cellchain.bedside.dlt reads it). Callers pass the first *study* infusion for
  every subject whose window is tracked, whatever the arm: a reminder present only for active
  subjects would unblind them (§5.3).
- Messages name subject numbers, bag identifiers and dates only, never a lot type or an arm
  (blinded clinicians read them, §5.3).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Final

from cellchain.errors import BadInput

MAX_CALENDAR_DAYS: Final = 366


@dataclass(frozen=True)
class ScheduleSettings:
    tas102_schedule: str
    dosing_ranges: tuple[tuple[int, int], ...]  # (first, last) cycle days of the chosen variant
    cycle_days: int
    infusion_cycle_day: int
    infusion_window_days: int
    labs_due_days_before: int
    pre_infusion_labs: tuple[str, ...]
    bag_expiry_warning_hours: int
    dlt_ending_notice_days: int

    @property
    def last_dosing_day(self) -> int:
        return self.dosing_ranges[-1][1]


def _int(table: Mapping[str, object], key: str, minimum: int, where: str = "schedule") -> int:
    value = table.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{where}.{key} must be a whole number, got {value!r}")
    if value < minimum:
        raise ValueError(f"{where}.{key} must be at least {minimum}, got {value}")
    return value


def _dosing_ranges(variant: Mapping[str, object], where: str,
                   cycle_days: int) -> tuple[tuple[int, int], ...]:
    raw = variant.get("dosing_days")
    if not isinstance(raw, list) or not raw:
        raise ValueError(f"{where}.dosing_days must be a list of [first, last] day pairs")
    ranges: list[tuple[int, int]] = []
    after = 0
    for pair in raw:
        if (not isinstance(pair, list) or len(pair) != 2
                or not all(isinstance(d, int) and not isinstance(d, bool) for d in pair)):
            raise ValueError(f"{where}.dosing_days: {pair!r} is not a [first, last] day pair")
        first, last = pair
        if not after < first <= last <= cycle_days:
            raise ValueError(f"{where}.dosing_days: [{first}, {last}] must lie within days "
                             f"{after + 1}-{cycle_days}, in order and not overlapping")
        ranges.append((first, last))
        after = last
    return tuple(ranges)


def schedule_settings_from_mapping(table: Mapping[str, object]) -> ScheduleSettings:
    """Turns the ``[schedule]`` table into settings; a ValueError names the key at fault."""
    variants = table.get("tas102")
    if not isinstance(variants, Mapping) or not variants:
        raise ValueError("schedule.tas102 must hold the TAS-102 schedule variants")
    checked: dict[str, tuple[tuple[tuple[int, int], ...], int]] = {}
    for name, variant in variants.items():
        where = f"schedule.tas102.{name}"
        if not isinstance(variant, Mapping):
            raise ValueError(f"{where} must be a table with dosing_days and cycle_days")
        cycle_days = _int(variant, "cycle_days", 1, where)
        checked[name] = (_dosing_ranges(variant, where, cycle_days), cycle_days)
    chosen = table.get("tas102_schedule")
    if chosen not in checked:
        raise ValueError(f"schedule.tas102_schedule must be one of {', '.join(checked)}, "
                         f"got {chosen!r}")
    labs = table.get("pre_infusion_labs")
    if (not isinstance(labs, list) or not labs or not all(isinstance(x, str) and x for x in labs)
            or len(set(labs)) != len(labs)):
        raise ValueError("schedule.pre_infusion_labs must list the lab names once each")
    ranges, cycle_days = checked[str(chosen)]
    settings = ScheduleSettings(
        tas102_schedule=str(chosen), dosing_ranges=ranges, cycle_days=cycle_days,
        infusion_cycle_day=_int(table, "infusion_cycle_day", 1),
        infusion_window_days=_int(table, "infusion_window_days", 0),
        labs_due_days_before=_int(table, "labs_due_days_before", 0),
        pre_infusion_labs=tuple(labs),
        bag_expiry_warning_hours=_int(table, "bag_expiry_warning_hours", 1),
        dlt_ending_notice_days=_int(table, "dlt_ending_notice_days", 0))
    first = settings.infusion_cycle_day - settings.infusion_window_days
    last = settings.infusion_cycle_day + settings.infusion_window_days
    if first <= settings.last_dosing_day:
        raise ValueError(f"schedule.infusion_cycle_day: the infusion window (day {first}-{last}) "
                         f"must open after the last TAS-102 dosing day ({settings.last_dosing_day}"
                         f" in the {chosen} schedule)")
    if last > cycle_days:
        raise ValueError(f"schedule.infusion_cycle_day: the infusion window (day {first}-{last}) "
                         f"must close before the next cycle starts (the {chosen} cycle is "
                         f"{cycle_days} days)")
    return settings


def dosing_days(cycle_start: date, settings: ScheduleSettings) -> tuple[date, ...]:
    """The TAS-102 dosing dates of the cycle that starts (day 1) on ``cycle_start``."""
    return tuple(cycle_start + timedelta(days=day - 1)
                 for first, last in settings.dosing_ranges for day in range(first, last + 1))


def next_cycle_start(cycle_start: date, settings: ScheduleSettings) -> date:
    """The earliest day 1 of the following cycle (a cycle may be delayed, never shortened)."""
    return cycle_start + timedelta(days=settings.cycle_days)


@dataclass(frozen=True)
class InfusionVisit:
    cycle_number: int
    target: date
    earliest: date
    latest: date
    labs_due: date

    def covers(self, day: date) -> bool:
        return self.earliest <= day <= self.latest


def infusion_visits(cycle_starts: Sequence[date],
                    settings: ScheduleSettings) -> tuple[InfusionVisit, ...]:
    """One infusion visit per cycle, numbered from 1, for the recorded (or planned) cycle starts."""
    visits: list[InfusionVisit] = []
    for index, start in enumerate(cycle_starts):
        if index and start < (allowed := next_cycle_start(cycle_starts[index - 1], settings)):
            raise BadInput(f"cycle {index + 1} cannot start on {start}: cycle {index} runs "
                           f"{settings.cycle_days} days, so the next cycle starts on "
                           f"{allowed} or later", field="cycle_starts")
        target = start + timedelta(days=settings.infusion_cycle_day - 1)
        window = timedelta(days=settings.infusion_window_days)
        visits.append(InfusionVisit(
            cycle_number=index + 1, target=target, earliest=target - window,
            latest=target + window,
            labs_due=target - timedelta(days=settings.labs_due_days_before)))
    return tuple(visits)


def visit_status(visit: InfusionVisit, on: date, infused_on: date | None) -> str:
    """How the visit stands on the day ``on``, in words for the ward."""
    if infused_on is not None:
        if visit.covers(infused_on):
            return f"infused on {infused_on} (in window)"
        return (f"infused on {infused_on} (outside the window {visit.earliest} to "
                f"{visit.latest})")
    if on < visit.earliest:
        return "upcoming"
    if on <= visit.latest:
        return "window open"
    return f"overdue (window closed on {visit.latest})"


class ReminderKind(StrEnum):
    LABS_DUE = "labs_due"
    INFUSION_DUE = "infusion_due"
    BAG_EXPIRY = "bag_expiry"
    DLT_WINDOW_ENDING = "dlt_window_ending"


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    subject_ref: str
    due: date | datetime
    message: str
    key: str  # kind, subject and visit or bag: a job sends each key once


@dataclass(frozen=True)
class VisitFacts:
    visit: InfusionVisit
    infused_on: date | None


@dataclass(frozen=True)
class BagFacts:
    bag_ref: str  # the bag or kit identifier blinded roles see (§5.3)
    expires_at: datetime
    infused: bool


@dataclass(frozen=True)
class SubjectFacts:
    subject_ref: str  # the subject number
    visits: tuple[VisitFacts, ...]
    labs: Mapping[str, date]  # the latest date on file per lab name
    bags: tuple[BagFacts, ...]  # bags allocated to the subject
    first_infusion_on: date | None  # the first study infusion, for the DLT window


def _when(at: datetime, zone: tzinfo) -> str:
    local = at.astimezone(zone)
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()}"


def _visit_reminders(subject: SubjectFacts, facts: VisitFacts, today: date,
                     settings: ScheduleSettings) -> list[Reminder]:
    visit, ref = facts.visit, subject.subject_ref
    if facts.infused_on is not None or today > visit.latest:
        return []
    about = f"{ref}:cycle-{visit.cycle_number}"
    window = f"window {visit.earliest} to {visit.latest}"
    found: list[Reminder] = []
    infusion_day = max(today, visit.target)
    oldest = infusion_day - timedelta(days=settings.labs_due_days_before)
    stale = [lab for lab in settings.pre_infusion_labs
             if subject.labs.get(lab, date.min) < oldest]
    if today >= visit.labs_due and stale:
        found.append(Reminder(
            ReminderKind.LABS_DUE, ref, visit.labs_due,
            f"Subject {ref}: pre-infusion labs {', '.join(stale)} are needed for the cycle "
            f"{visit.cycle_number} infusion ({window}); they count on the day of the infusion "
            f"or the day before.", f"{ReminderKind.LABS_DUE}:{about}"))
    if today >= visit.earliest:
        found.append(Reminder(
            ReminderKind.INFUSION_DUE, ref, visit.latest,
            f"Subject {ref}: the cycle {visit.cycle_number} infusion is due ({window}, planned "
            f"{visit.target}); no infusion is recorded.", f"{ReminderKind.INFUSION_DUE}:{about}"))
    return found


def _bag_reminder(ref: str, bag: BagFacts, now: datetime, zone: tzinfo,
                  settings: ScheduleSettings) -> Reminder | None:
    if bag.infused or now < bag.expires_at - timedelta(hours=settings.bag_expiry_warning_hours):
        return None
    verb = "expires" if now < bag.expires_at else "expired"
    return Reminder(ReminderKind.BAG_EXPIRY, ref, bag.expires_at,
                    f"Subject {ref}: bag {bag.bag_ref}, allocated and not infused, {verb} at "
                    f"{_when(bag.expires_at, zone)}.",
                    f"{ReminderKind.BAG_EXPIRY}:{ref}:bag-{bag.bag_ref}")


def _dlt_reminder(subject: SubjectFacts, today: date, settings: ScheduleSettings,
                  dlt_window_days: int) -> Reminder | None:
    first, ref = subject.first_infusion_on, subject.subject_ref
    if first is None:
        return None
    ends = first + timedelta(days=dlt_window_days)
    if not ends - timedelta(days=settings.dlt_ending_notice_days) <= today <= ends:
        return None
    return Reminder(ReminderKind.DLT_WINDOW_ENDING, ref, ends,
                    f"Subject {ref}: the {dlt_window_days}-day DLT window ends on {ends} (first "
                    f"study infusion on {first}).",
                    f"{ReminderKind.DLT_WINDOW_ENDING}:{ref}")


def due_reminders(facts: Sequence[SubjectFacts], now: datetime, zone: tzinfo, *,
                  settings: ScheduleSettings, dlt_window_days: int) -> tuple[Reminder, ...]:
    """Every reminder due at ``now``, once per key, in the order of the subjects given.

    Days are site days (``zone``); bag expiry is compared as an instant."""
    if now.tzinfo is None:
        raise ValueError("now must carry its time zone")
    today = now.astimezone(zone).date()
    found: dict[str, Reminder] = {}
    for subject in facts:
        candidates: list[Reminder | None] = []
        for visit in subject.visits:
            candidates.extend(_visit_reminders(subject, visit, today, settings))
        candidates.extend(_bag_reminder(subject.subject_ref, bag, now, zone, settings)
                          for bag in subject.bags)
        candidates.append(_dlt_reminder(subject, today, settings, dlt_window_days))
        for reminder in candidates:
            if reminder is not None:
                found.setdefault(reminder.key, reminder)
    return tuple(found.values())


@dataclass(frozen=True)
class CalendarEntry:
    subject_ref: str
    visit: InfusionVisit
    target_day: bool  # the day is the visit's planned day


@dataclass(frozen=True)
class CalendarDay:
    day: date
    entries: tuple[CalendarEntry, ...]


def calendar(visits_by_subject: Mapping[str, Sequence[InfusionVisit]], start: date,
             days: int) -> list[CalendarDay]:
    """``days`` consecutive days from ``start``, each with the visits whose window covers it,
    by subject number then cycle (data for the ward calendar page)."""
    if not 1 <= days <= MAX_CALENDAR_DAYS:
        raise BadInput(f"a calendar shows 1 to {MAX_CALENDAR_DAYS} days, not {days}",
                       field="days")
    ordered = sorted(((ref, visit) for ref, visits in visits_by_subject.items()
                      for visit in visits), key=lambda item: (item[0], item[1].cycle_number))
    result: list[CalendarDay] = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        result.append(CalendarDay(day, tuple(
            CalendarEntry(ref, visit, day == visit.target)
            for ref, visit in ordered if visit.covers(day))))
    return result
