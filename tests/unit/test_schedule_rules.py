"""The NCT07212933 treatment schedule: the shipped settings and each refusal by its key, both
TAS-102 variants across month, year and leap-day ends, the infusion window's edges, the visit
status words, each reminder at its exact boundary, and the ward calendar."""

from __future__ import annotations

import copy
import tomllib
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cellchain.errors import BadInput
from cellchain.trial.schedule_rules import (
    BagFacts,
    CalendarDay,
    CalendarEntry,
    InfusionVisit,
    Reminder,
    ReminderKind,
    ScheduleSettings,
    SubjectFacts,
    VisitFacts,
    calendar,
    dosing_days,
    due_reminders,
    infusion_visits,
    next_cycle_start,
    schedule_settings_from_mapping,
    visit_status,
)

TOML = Path(__file__).parents[2] / "cellchain" / "trial" / "nct07212933.toml"
TABLE: dict[str, Any] = tomllib.loads(TOML.read_text(encoding="utf-8"))["schedule"]
REGISTERED = schedule_settings_from_mapping(TABLE)
LABELLED = schedule_settings_from_mapping({**TABLE, "tas102_schedule": "labelled"})
SITE = ZoneInfo("Asia/Shanghai")  # the PLA General Hospital's zone: UTC+8, no summer time
D = date.fromisoformat


def _table(**changes: Any) -> dict[str, Any]:
    table = copy.deepcopy(TABLE)
    table.update(changes)
    return table


def _variant(name: str = "registered", **changes: Any) -> dict[str, Any]:
    table = copy.deepcopy(TABLE)
    table["tas102"][name].update(changes)
    return table


def _refused(table: dict[str, Any]) -> str:
    with pytest.raises(ValueError) as caught:
        schedule_settings_from_mapping(table)
    return str(caught.value)


# --- settings ----------------------------------------------------------------------------------

def test_the_shipped_table_is_the_registered_schedule() -> None:
    # Read here, not only at import, so the mutation run ties this test to the reader.
    assert schedule_settings_from_mapping(TABLE) == ScheduleSettings(
        tas102_schedule="registered", dosing_ranges=((1, 5),), cycle_days=21,
        infusion_cycle_day=15, infusion_window_days=2, labs_due_days_before=1,
        pre_infusion_labs=("ANC", "PLT", "HGB"), bag_expiry_warning_hours=24,
        dlt_ending_notice_days=3)
    assert REGISTERED.last_dosing_day == 5


def test_a_site_switches_to_the_labelled_schedule_by_setting() -> None:
    labelled = schedule_settings_from_mapping(_table(tas102_schedule="labelled"))
    assert labelled == replace(REGISTERED, tas102_schedule="labelled",
                               dosing_ranges=((1, 5), (8, 12)), cycle_days=28)
    assert labelled.last_dosing_day == 12


VARIANTS = "schedule.tas102 must hold the TAS-102 schedule variants"
PAIRS = "schedule.tas102.registered.dosing_days must be a list of [first, last] day pairs"
LABS = "schedule.pre_infusion_labs must list the lab names once each"


@pytest.mark.parametrize(("table", "message"), [
    ({k: v for k, v in TABLE.items() if k != "tas102"}, VARIANTS),
    (_table(tas102={}), VARIANTS),
    (_table(tas102=[{"dosing_days": [[1, 5]], "cycle_days": 21}]), VARIANTS),
    (_table(tas102={"registered": 21}),
     "schedule.tas102.registered must be a table with dosing_days and cycle_days"),
    (_variant(cycle_days=None), "schedule.tas102.registered.cycle_days must be a whole number, "
                                "got None"),
    (_variant(cycle_days=True), "schedule.tas102.registered.cycle_days must be a whole number, "
                                "got True"),
    (_variant(cycle_days="21"), "schedule.tas102.registered.cycle_days must be a whole number, "
                                "got '21'"),
    (_variant(cycle_days=0), "schedule.tas102.registered.cycle_days must be at least 1, got 0"),
    (_variant(dosing_days=None), PAIRS),
    (_variant(dosing_days=[]), PAIRS),
    (_variant(dosing_days="1-5"), PAIRS),
    (_variant(dosing_days=["1-5"]),
     "schedule.tas102.registered.dosing_days: '1-5' is not a [first, last] day pair"),
    (_variant(dosing_days=[[1]]),
     "schedule.tas102.registered.dosing_days: [1] is not a [first, last] day pair"),
    (_variant(dosing_days=[[1, 3, 5]]),
     "schedule.tas102.registered.dosing_days: [1, 3, 5] is not a [first, last] day pair"),
    (_variant(dosing_days=[[1, True]]),
     "schedule.tas102.registered.dosing_days: [1, True] is not a [first, last] day pair"),
    (_variant(dosing_days=[[1.0, 5]]),
     "schedule.tas102.registered.dosing_days: [1.0, 5] is not a [first, last] day pair"),
    (_variant(dosing_days=[[0, 5]]), "schedule.tas102.registered.dosing_days: [0, 5] must lie "
                                     "within days 1-21, in order and not overlapping"),
    (_variant(dosing_days=[[5, 4]]), "schedule.tas102.registered.dosing_days: [5, 4] must lie "
                                     "within days 1-21, in order and not overlapping"),
    (_variant(dosing_days=[[1, 22]]), "schedule.tas102.registered.dosing_days: [1, 22] must lie "
                                      "within days 1-21, in order and not overlapping"),
    (_variant(dosing_days=[[1, 5], [5, 8]]), "schedule.tas102.registered.dosing_days: [5, 8] "
                                             "must lie within days 6-21, in order and not "
                                             "overlapping"),
    (_variant(dosing_days=[[8, 9], [1, 5]]), "schedule.tas102.registered.dosing_days: [1, 5] "
                                             "must lie within days 10-21, in order and not "
                                             "overlapping"),
    (_table(tas102_schedule="weekly"),
     "schedule.tas102_schedule must be one of registered, labelled, got 'weekly'"),
    ({k: v for k, v in TABLE.items() if k != "tas102_schedule"},
     "schedule.tas102_schedule must be one of registered, labelled, got None"),
    ({k: v for k, v in TABLE.items() if k != "pre_infusion_labs"}, LABS),
    (_table(pre_infusion_labs="ANC"), LABS),
    (_table(pre_infusion_labs=[]), LABS),
    (_table(pre_infusion_labs=["ANC", ""]), LABS),
    (_table(pre_infusion_labs=["ANC", 3]), LABS),
    (_table(pre_infusion_labs=["ANC", "PLT", "ANC"]), LABS),
    (_table(infusion_cycle_day=0), "schedule.infusion_cycle_day must be at least 1, got 0"),
    (_table(infusion_cycle_day=15.0),
     "schedule.infusion_cycle_day must be a whole number, got 15.0"),
    (_table(infusion_window_days=-1), "schedule.infusion_window_days must be at least 0, got -1"),
    (_table(labs_due_days_before=-1), "schedule.labs_due_days_before must be at least 0, got -1"),
    (_table(bag_expiry_warning_hours=0),
     "schedule.bag_expiry_warning_hours must be at least 1, got 0"),
    (_table(dlt_ending_notice_days=-1),
     "schedule.dlt_ending_notice_days must be at least 0, got -1"),
])
def test_a_bad_table_is_refused_naming_its_key(table: dict[str, Any], message: str) -> None:
    assert _refused(table) == message


@pytest.mark.parametrize("table", [
    _variant(dosing_days=[[1, 5], [6, 8]]),   # adjacent ranges do not overlap
    _variant(dosing_days=[[3, 3]]),           # a one-day range
    _variant("labelled", dosing_days=[[1, 28]], cycle_days=28),  # up to the cycle's last day
    _variant("labelled", dosing_days=[[1, 1]], cycle_days=1),    # not chosen: window not checked
    _table(infusion_window_days=0, labs_due_days_before=0, dlt_ending_notice_days=0,
           bag_expiry_warning_hours=1, pre_infusion_labs=["ANC"]),
])
def test_tables_at_each_lower_edge_are_accepted(table: dict[str, Any]) -> None:
    schedule_settings_from_mapping(table)


def test_the_window_must_open_after_the_last_dosing_day() -> None:
    assert schedule_settings_from_mapping(_table(infusion_cycle_day=8)).infusion_cycle_day == 8
    assert _refused(_table(infusion_cycle_day=7)) == (
        "schedule.infusion_cycle_day: the infusion window (day 5-9) must open after the last "
        "TAS-102 dosing day (5 in the registered schedule)")
    assert _refused(_table(infusion_cycle_day=1)).startswith(
        "schedule.infusion_cycle_day: the infusion window (day -1-3) must open")


def test_the_labelled_schedule_with_day_15_opens_the_day_after_the_last_dose() -> None:
    # §3.2: labelled dosing ends on day 12; day 15 ± 2 is day 13-17, one dose-free day first.
    assert (LABELLED.infusion_cycle_day - LABELLED.infusion_window_days
            == LABELLED.last_dosing_day + 1)
    assert _refused(_table(tas102_schedule="labelled", infusion_cycle_day=14)) == (
        "schedule.infusion_cycle_day: the infusion window (day 12-16) must open after the last "
        "TAS-102 dosing day (12 in the labelled schedule)")
    # The note's labelled alternative: days 15-21, after the day-15 CBC.
    schedule_settings_from_mapping(_table(tas102_schedule="labelled", infusion_cycle_day=18,
                                          infusion_window_days=3))


def test_the_window_must_close_before_the_next_cycle() -> None:
    assert schedule_settings_from_mapping(_table(infusion_cycle_day=19)).infusion_cycle_day == 19
    assert _refused(_table(infusion_cycle_day=20)) == (
        "schedule.infusion_cycle_day: the infusion window (day 18-22) must close before the next "
        "cycle starts (the registered cycle is 21 days)")


# --- dosing days and cycles --------------------------------------------------------------------

@pytest.mark.parametrize(("settings", "start", "expected"), [
    (REGISTERED, "2026-12-30", ["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02",
                                "2027-01-03"]),
    (REGISTERED, "2027-02-26", ["2027-02-26", "2027-02-27", "2027-02-28", "2027-03-01",
                                "2027-03-02"]),
    (REGISTERED, "2028-02-26", ["2028-02-26", "2028-02-27", "2028-02-28", "2028-02-29",
                                "2028-03-01"]),
    (LABELLED, "2026-12-28", ["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31",
                              "2027-01-01", "2027-01-04", "2027-01-05", "2027-01-06",
                              "2027-01-07", "2027-01-08"]),
    (LABELLED, "2028-02-25", ["2028-02-25", "2028-02-26", "2028-02-27", "2028-02-28",
                              "2028-02-29", "2028-03-03", "2028-03-04", "2028-03-05",
                              "2028-03-06", "2028-03-07"]),
])
def test_dosing_days(settings: ScheduleSettings, start: str, expected: list[str]) -> None:
    assert dosing_days(D(start), settings) == tuple(D(day) for day in expected)


@pytest.mark.parametrize(("settings", "start", "expected"), [
    (REGISTERED, "2026-12-20", "2027-01-10"),
    (REGISTERED, "2028-02-20", "2028-03-12"),
    (LABELLED, "2028-02-10", "2028-03-09"),
    (LABELLED, "2027-02-10", "2027-03-10"),
])
def test_next_cycle_start(settings: ScheduleSettings, start: str, expected: str) -> None:
    assert next_cycle_start(D(start), settings) == D(expected)


# --- infusion visits ---------------------------------------------------------------------------

CYCLE_1 = InfusionVisit(cycle_number=1, target=D("2026-07-15"), earliest=D("2026-07-13"),
                        latest=D("2026-07-17"), labs_due=D("2026-07-14"))


def test_one_visit_per_cycle_on_day_15_plus_or_minus_2() -> None:
    assert infusion_visits([D("2026-07-01"), D("2026-12-18")], REGISTERED) == (
        CYCLE_1,
        InfusionVisit(2, D("2027-01-01"), D("2026-12-30"), D("2027-01-03"), D("2026-12-31")))
    assert infusion_visits([], REGISTERED) == ()


def test_visits_follow_the_settings() -> None:
    settings = replace(LABELLED, infusion_cycle_day=18, infusion_window_days=0,
                       labs_due_days_before=0)
    assert infusion_visits([D("2028-02-12")], settings) == (
        InfusionVisit(1, D("2028-02-29"), D("2028-02-29"), D("2028-02-29"), D("2028-02-29")),)


def test_a_cycle_may_start_late_or_on_time_but_not_early() -> None:
    first = D("2026-07-01")
    on_time = [first, first + timedelta(days=21), first + timedelta(days=42)]
    late = [first, first + timedelta(days=30), first + timedelta(days=51)]
    assert [v.target for v in infusion_visits(on_time, REGISTERED)] == [
        D("2026-07-15"), D("2026-08-05"), D("2026-08-26")]
    assert len(infusion_visits(late, REGISTERED)) == 3
    with pytest.raises(BadInput) as caught:
        infusion_visits([first, first + timedelta(days=20)], REGISTERED)
    assert caught.value.field == "cycle_starts"
    assert caught.value.message == ("cycle 2 cannot start on 2026-07-21: cycle 1 runs 21 days, "
                                    "so the next cycle starts on 2026-07-22 or later")
    with pytest.raises(BadInput) as caught:
        infusion_visits(late[:2] + [late[1] + timedelta(days=20)], REGISTERED)
    assert caught.value.message == ("cycle 3 cannot start on 2026-08-20: cycle 2 runs 21 days, "
                                    "so the next cycle starts on 2026-08-21 or later")


@st.composite
def _schedules(draw: st.DrawFn) -> tuple[ScheduleSettings, list[date]]:
    table = _table(tas102_schedule=draw(st.sampled_from(["registered", "labelled"])),
                   infusion_cycle_day=draw(st.integers(1, 30)),
                   infusion_window_days=draw(st.integers(0, 6)),
                   labs_due_days_before=draw(st.integers(0, 3)))
    try:
        settings = schedule_settings_from_mapping(table)
    except ValueError:
        settings = REGISTERED
    starts = [draw(st.dates(date(2025, 1, 1), date(2029, 12, 31)))]
    for delay in draw(st.lists(st.integers(0, 40), max_size=8)):
        starts.append(next_cycle_start(starts[-1], settings) + timedelta(days=delay))
    return settings, starts


@given(_schedules())
def test_every_window_lies_between_the_last_dose_and_the_next_cycle(
        schedule: tuple[ScheduleSettings, list[date]]) -> None:
    settings, starts = schedule
    visits = infusion_visits(starts, settings)
    assert [v.cycle_number for v in visits] == list(range(1, len(starts) + 1))
    for visit, start in zip(visits, starts, strict=True):
        doses = dosing_days(start, settings)
        assert doses == tuple(sorted(set(doses)))
        assert start == doses[0] and doses[-1] < visit.earliest
        assert visit.earliest <= visit.labs_due + timedelta(days=settings.labs_due_days_before)
        assert visit.labs_due <= visit.target
        assert visit.earliest <= visit.target <= visit.latest
        assert visit.latest < next_cycle_start(start, settings)
    for visit, following in zip(visits, starts[1:], strict=False):
        assert visit.latest < following


# --- visit status ------------------------------------------------------------------------------

@pytest.mark.parametrize(("on", "infused_on", "words"), [
    ("2026-07-12", None, "upcoming"),
    ("2026-07-13", None, "window open"),
    ("2026-07-17", None, "window open"),
    ("2026-07-18", None, "overdue (window closed on 2026-07-17)"),
    ("2026-07-30", "2026-07-13", "infused on 2026-07-13 (in window)"),
    ("2026-07-17", "2026-07-17", "infused on 2026-07-17 (in window)"),
    ("2026-07-12", "2026-07-12",
     "infused on 2026-07-12 (outside the window 2026-07-13 to 2026-07-17)"),
    ("2026-07-18", "2026-07-18",
     "infused on 2026-07-18 (outside the window 2026-07-13 to 2026-07-17)"),
])
def test_visit_status(on: str, infused_on: str | None, words: str) -> None:
    assert visit_status(CYCLE_1, D(on), D(infused_on) if infused_on else None) == words


# --- reminders ---------------------------------------------------------------------------------

BAG_EXPIRES = datetime(2026, 7, 15, 10, 0, tzinfo=SITE)
NO_LABS: dict[str, date] = {}


def _subject(*, ref: str = "1001", infused_on: date | None = None,
             labs: dict[str, date] = NO_LABS, bags: tuple[BagFacts, ...] = (),
             first: date | None = None,
             visits: tuple[InfusionVisit, ...] = (CYCLE_1,)) -> SubjectFacts:
    return SubjectFacts(ref, tuple(VisitFacts(v, infused_on) for v in visits), labs, bags, first)


def _at(day: str, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    """A site wall time, given to the rules in UTC to show they read the site's day."""
    return datetime.combine(D(day), datetime.min.time(), SITE).replace(
        hour=hour, minute=minute, second=second).astimezone(UTC)


def _remind(now: datetime, *subjects: SubjectFacts,
            settings: ScheduleSettings = REGISTERED, window: int = 28) -> tuple[Reminder, ...]:
    return due_reminders(subjects or (_subject(),), now, SITE, settings=settings,
                         dlt_window_days=window)


def _kind(reminders: tuple[Reminder, ...], kind: ReminderKind) -> list[Reminder]:
    return [r for r in reminders if r.kind is kind]


def _labs(day: str, **other: str) -> dict[str, date]:
    labs = {lab: D(day) for lab in ("ANC", "PLT", "HGB")}
    labs.update({lab: D(when) for lab, when in other.items()})
    return labs


LABS_MESSAGE = ("Subject 1001: pre-infusion labs ANC, PLT, HGB are needed for the cycle 1 "
                "infusion (window 2026-07-13 to 2026-07-17); they count on the day of the "
                "infusion or the day before.")


def test_labs_are_reminded_of_from_the_labs_due_day() -> None:
    assert _kind(_remind(_at("2026-07-13", 23, 59, 59)), ReminderKind.LABS_DUE) == []
    assert _kind(_remind(_at("2026-07-14")), ReminderKind.LABS_DUE) == [Reminder(
        ReminderKind.LABS_DUE, "1001", D("2026-07-14"), LABS_MESSAGE, "labs_due:1001:cycle-1")]


def test_labs_are_reminded_of_until_the_window_closes() -> None:
    assert len(_kind(_remind(_at("2026-07-17", 23, 59)), ReminderKind.LABS_DUE)) == 1
    assert _remind(_at("2026-07-18")) == ()


@pytest.mark.parametrize(("today", "labs", "missing"), [
    ("2026-07-14", _labs("2026-07-14"), None),
    ("2026-07-14", _labs("2026-07-14", PLT="2026-07-13"), "PLT"),
    ("2026-07-14", _labs("2026-07-13"), "ANC, PLT, HGB"),
    ("2026-07-15", _labs("2026-07-14"), None),           # the day before the target
    ("2026-07-16", _labs("2026-07-15"), None),           # the target slipped: today or yesterday
    ("2026-07-16", _labs("2026-07-14", HGB="2026-07-16"), "ANC, PLT"),
    ("2026-07-17", _labs("2026-07-15"), "ANC, PLT, HGB"),
    ("2026-07-14", {"ANC": D("2026-07-14"), "PLT": D("2026-07-14")}, "HGB"),
])
def test_labs_qualify_on_the_day_of_or_before_the_infusion(
        today: str, labs: dict[str, date], missing: str | None) -> None:
    found = _kind(_remind(_at(today, 12), _subject(labs=labs)), ReminderKind.LABS_DUE)
    if missing is None:
        assert found == []
    else:
        assert [r.message for r in found] == [LABS_MESSAGE.replace("ANC, PLT, HGB", missing)]


def test_labs_on_the_infusion_day_only_when_set_so() -> None:
    same_day = replace(REGISTERED, labs_due_days_before=0)
    visit = infusion_visits([D("2026-07-01")], same_day)[0]
    assert visit.labs_due == D("2026-07-15")
    subject = _subject(labs=_labs("2026-07-14"), visits=(visit,))
    assert _kind(_remind(_at("2026-07-14", 23), subject, settings=same_day),
                 ReminderKind.LABS_DUE) == []
    assert len(_kind(_remind(_at("2026-07-15"), subject, settings=same_day),
                     ReminderKind.LABS_DUE)) == 1


INFUSION = Reminder(ReminderKind.INFUSION_DUE, "1001", D("2026-07-17"),
                    "Subject 1001: the cycle 1 infusion is due (window 2026-07-13 to 2026-07-17, "
                    "planned 2026-07-15); no infusion is recorded.", "infusion_due:1001:cycle-1")


def test_the_infusion_is_due_while_its_window_is_open() -> None:
    assert _remind(_at("2026-07-12", 23, 59, 59)) == ()
    assert _remind(_at("2026-07-13")) == (INFUSION,)
    assert _kind(_remind(_at("2026-07-17", 23, 59, 59)), ReminderKind.INFUSION_DUE) == [INFUSION]
    assert _remind(_at("2026-07-18")) == ()


def test_an_infused_visit_is_reminded_of_no_more() -> None:
    assert _remind(_at("2026-07-16"), _subject(infused_on=D("2026-07-15"))) == ()


def _bag(*, infused: bool = False, expires_at: datetime = BAG_EXPIRES) -> BagFacts:
    return BagFacts("K0000123", expires_at.astimezone(UTC), infused)


def _bag_reminders(now: datetime, bag: BagFacts,
                   settings: ScheduleSettings = REGISTERED) -> list[Reminder]:
    subject = _subject(bags=(bag,), visits=())
    return _kind(_remind(now, subject, settings=settings), ReminderKind.BAG_EXPIRY)


def test_a_bag_is_reminded_of_from_the_warning_hours_before_its_expiry() -> None:
    warn = BAG_EXPIRES - timedelta(hours=24)
    assert _bag_reminders(warn - timedelta(microseconds=1), _bag()) == []
    assert _bag_reminders(warn, _bag()) == [Reminder(
        ReminderKind.BAG_EXPIRY, "1001", BAG_EXPIRES,
        "Subject 1001: bag K0000123, allocated and not infused, expires at 2026-07-15 10:00 CST.",
        "bag_expiry:1001:bag-K0000123")]
    assert [r.message for r in _bag_reminders(BAG_EXPIRES - timedelta(microseconds=1), _bag())] \
        == ["Subject 1001: bag K0000123, allocated and not infused, expires at 2026-07-15 10:00 "
            "CST."]
    assert [r.message for r in _bag_reminders(BAG_EXPIRES, _bag())] == [
        "Subject 1001: bag K0000123, allocated and not infused, expired at 2026-07-15 10:00 CST."]


def test_the_bag_warning_follows_the_setting_and_skips_infused_bags() -> None:
    six = replace(REGISTERED, bag_expiry_warning_hours=6)
    warn = BAG_EXPIRES - timedelta(hours=6)
    assert _bag_reminders(warn - timedelta(seconds=1), _bag(), six) == []
    assert len(_bag_reminders(warn, _bag(), six)) == 1
    assert _bag_reminders(BAG_EXPIRES, _bag(infused=True)) == []


def test_the_bag_expiry_is_printed_in_the_site_zone() -> None:
    paris = ZoneInfo("Europe/Paris")
    subject = _subject(bags=(_bag(),), visits=())
    [reminder] = due_reminders([subject], BAG_EXPIRES, paris, settings=REGISTERED,
                               dlt_window_days=28)
    assert reminder.message.endswith("expired at 2026-07-15 04:00 CEST.")


FIRST = D("2026-07-15")  # DLT window: 28 days on, it ends on 2026-08-12


def test_the_dlt_window_is_reminded_of_in_its_last_three_days() -> None:
    subject = _subject(first=FIRST, visits=())
    assert _remind(_at("2026-08-08", 23, 59, 59), subject) == ()
    assert _remind(_at("2026-08-09"), subject) == (Reminder(
        ReminderKind.DLT_WINDOW_ENDING, "1001", D("2026-08-12"),
        "Subject 1001: the 28-day DLT window ends on 2026-08-12 (first study infusion on "
        "2026-07-15).", "dlt_window_ending:1001"),)
    assert len(_remind(_at("2026-08-12", 23, 59), subject)) == 1
    assert _remind(_at("2026-08-13"), subject) == ()
    assert _remind(_at("2026-08-10"), _subject(first=None, visits=())) == ()


def test_the_dlt_window_follows_its_length_and_the_notice_setting() -> None:
    subject = _subject(first=FIRST, visits=())
    [reminder] = _remind(_at("2026-08-05"), subject, window=21)
    assert (reminder.due, reminder.message) == (D("2026-08-05"), (
        "Subject 1001: the 21-day DLT window ends on 2026-08-05 (first study infusion on "
        "2026-07-15)."))
    same_day = replace(REGISTERED, dlt_ending_notice_days=0)
    assert _remind(_at("2026-08-11", 23), subject, settings=same_day) == ()
    assert len(_remind(_at("2026-08-12"), subject, settings=same_day)) == 1


def test_each_key_is_given_once_in_the_order_of_the_subjects() -> None:
    bag = _bag()
    twice = SubjectFacts("1001", (VisitFacts(CYCLE_1, None), VisitFacts(CYCLE_1, None)),
                         NO_LABS, (bag, bag), D("2026-06-17"))
    other = _subject(ref="0999")
    now = _at("2026-07-15", 10)
    reminders = _remind(now, twice, other, twice)
    assert [r.key for r in reminders] == [
        "labs_due:1001:cycle-1", "infusion_due:1001:cycle-1", "bag_expiry:1001:bag-K0000123",
        "dlt_window_ending:1001", "labs_due:0999:cycle-1", "infusion_due:0999:cycle-1"]
    assert _remind(now, twice, other, twice) == reminders


def test_another_cycle_is_another_key() -> None:
    visits = infusion_visits([D("2026-06-10"), D("2026-07-01")], REGISTERED)
    stale = SubjectFacts("1001", (VisitFacts(visits[0], None), VisitFacts(visits[1], None)),
                         NO_LABS, (), None)
    assert [r.key for r in _remind(_at("2026-07-15"), stale)] == [
        "labs_due:1001:cycle-2", "infusion_due:1001:cycle-2"]


def test_the_clock_must_carry_its_zone() -> None:
    with pytest.raises(ValueError) as caught:
        _remind(datetime(2026, 7, 15, 12, 0))
    assert str(caught.value) == "now must carry its time zone"


@given(day=st.integers(-3, 60), hour=st.integers(0, 23))
def test_messages_never_name_an_arm_or_a_lot_type(day: int, hour: int) -> None:
    subject = _subject(bags=(_bag(),), first=FIRST)
    now = _at("2026-07-12", hour) + timedelta(days=day)
    for reminder in _remind(now, subject):
        assert reminder.message.startswith("Subject 1001: ")
        words = reminder.message.lower()
        assert not any(word in words for word in ("rak", "placebo", "arm", "lot", "active"))


# --- calendar ----------------------------------------------------------------------------------

def test_the_calendar_lists_each_day_with_the_windows_covering_it() -> None:
    days = calendar({"1001": [CYCLE_1]}, D("2026-07-11"), 9)
    assert [d.day for d in days] == [D("2026-07-11") + timedelta(days=n) for n in range(9)]
    assert days[0] == CalendarDay(D("2026-07-11"), ())
    assert days[1] == CalendarDay(D("2026-07-12"), ())
    assert days[2] == CalendarDay(D("2026-07-13"), (CalendarEntry("1001", CYCLE_1, False),))
    assert days[4] == CalendarDay(D("2026-07-15"), (CalendarEntry("1001", CYCLE_1, True),))
    assert days[6] == CalendarDay(D("2026-07-17"), (CalendarEntry("1001", CYCLE_1, False),))
    assert days[7] == CalendarDay(D("2026-07-18"), ())


def test_the_calendar_orders_by_subject_then_cycle() -> None:
    later = replace(CYCLE_1, cycle_number=2)
    [day] = calendar({"B2": [CYCLE_1], "A1": [later, CYCLE_1]}, D("2026-07-15"), 1)
    assert [(e.subject_ref, e.visit.cycle_number) for e in day.entries] == [
        ("A1", 1), ("A1", 2), ("B2", 1)]


@pytest.mark.parametrize("days", [0, 367, -1])
def test_the_calendar_refuses_a_range_out_of_bounds(days: int) -> None:
    with pytest.raises(BadInput) as caught:
        calendar({}, D("2026-07-01"), days)
    assert caught.value.field == "days"
    assert caught.value.message == f"a calendar shows 1 to 366 days, not {days}"


@pytest.mark.parametrize("days", [1, 366])
def test_the_calendar_accepts_one_day_to_a_year(days: int) -> None:
    assert len(calendar({}, D("2028-01-01"), days)) == days


@given(_schedules(), st.integers(-40, 40), st.integers(1, 60))
def test_a_visit_is_on_the_calendar_exactly_on_the_days_of_its_window(
        schedule: tuple[ScheduleSettings, list[date]], offset: int, length: int) -> None:
    settings, starts = schedule
    visits = infusion_visits(starts, settings)
    first = starts[0] + timedelta(days=offset)
    for page_day in calendar({"1001": visits}, first, length):
        shown = [e.visit for e in page_day.entries]
        assert shown == [v for v in visits if v.earliest <= page_day.day <= v.latest]
        assert [e.target_day for e in page_day.entries] == [v.target == page_day.day
                                                            for v in shown]
        for visit in visits:
            words = visit_status(visit, page_day.day, None)
            assert (words == "window open") == (visit in shown)
