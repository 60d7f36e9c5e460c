"""The infusion record's pure rules: times against the GO, volume and grade, vital signs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cellchain.bedside.infusion_rules import (
    VITALS,
    InfusionEntry,
    VitalsEntry,
    infusion_problems,
    parse_number,
    timepoint_label,
    vitals_problems,
    window_problems,
)

GO = datetime(2026, 11, 30, 10, 0, 30, tzinfo=UTC)
NOW = datetime(2026, 11, 30, 11, 0, tzinfo=UTC)
START = GO + timedelta(minutes=5)
STOP = START + timedelta(minutes=30)
SCHEDULE = ("pre", "15", "30", "end", "end+30", "end+60")
GOOD = {"temperature_c": "36.8", "heart_rate": "72", "systolic": "124", "diastolic": "78",
        "respiratory_rate": "14", "spo2": "98"}


def window(start: datetime = START, stop: datetime = STOP, now: datetime = NOW,
           minutes: int = 30) -> dict[str, str]:
    return window_problems(verified_at=GO, started_at=start, stopped_at=stop,
                           valid_minutes=minutes, now=now)


def test_an_infusion_started_in_the_window_and_stopped_before_now_has_no_problem() -> None:
    assert window() == {}


@pytest.mark.parametrize(("start", "stop", "now", "expected"), [
    # The start is typed to the minute: the GO's own minute counts as after it.
    (GO.replace(second=0), STOP, NOW, {}),
    (GO.replace(second=0) - timedelta(seconds=1), STOP, NOW, {
        "started_at": "started at: the infusion cannot start before the bedside check that "
                      "allowed it"}),
    (GO + timedelta(minutes=30), GO + timedelta(minutes=31), NOW, {}),
    (GO + timedelta(minutes=30, seconds=1), GO + timedelta(minutes=31), NOW, {
        "started_at": "started at: more than 30 minutes after the GO; scan the wristband and "
                      "the bag again"}),
    (START, STOP, START - timedelta(seconds=1), {
        "started_at": "started at: cannot be in the future",
        "stopped_at": "stopped at: cannot be in the future"}),
    (START, START, NOW, {"stopped_at": "stopped at: must be after the start"}),
    (START, START - timedelta(minutes=1), NOW, {
        "stopped_at": "stopped at: must be after the start"}),
    (START, NOW, NOW, {}),
    (START, NOW + timedelta(seconds=1), NOW, {
        "stopped_at": "stopped at: cannot be in the future"}),
    (START, STOP, START, {"stopped_at": "stopped at: cannot be in the future"}),
])
def test_the_times_must_follow_the_go_within_its_window_and_lie_in_the_past(
    start: datetime, stop: datetime, now: datetime, expected: dict[str, str]
) -> None:
    assert window(start, stop, now) == expected


def test_the_window_is_the_configured_one() -> None:
    late = GO + timedelta(minutes=12)
    assert "more than 10 minutes" in window(late, late + timedelta(minutes=1),
                                            minutes=10)["started_at"]


@pytest.mark.parametrize(("typed", "integer", "expected"), [
    ("36.8", False, 36.8), (" 37 ", False, 37.0), ("30", False, 30.0), ("45", False, 45.0),
    ("42", True, 42.0),
    ("", False, "temp: required"), ("  ", True, "temp: required"),
    ("abc", False, "temp: 'abc' is not a number"), ("7.5", True, "temp: '7.5' is not a whole "
                                                                 "number"),
    ("29.9", False, "temp: 29.9 is outside 30–45"), ("45.1", False, "temp: 45.1 is outside "
                                                                    "30–45"),
])
def test_a_number_is_read_or_refused_in_words(typed: str, integer: bool,
                                              expected: float | str) -> None:
    assert parse_number(typed, words="temp", low=30, high=45, integer=integer) == expected


@pytest.mark.parametrize(("volume", "grade", "problems", "values"), [
    ("250", "0", {}, (250.0, 0)), ("0.1", "5", {}, (0.1, 5)), ("1000", "3", {}, (1000.0, 3)),
    ("0", "1", {"volume_ml": "volume infused (mL): 0 is outside 0.1–1000"}, (0.0, 1)),
    ("1000.5", "1", {"volume_ml": "volume infused (mL): 1000.5 is outside 0.1–1000"},
     (0.0, 1)),
    ("250", "6", {"reaction_grade": "infusion reaction grade (CTCAE): 6 is outside 0–5"},
     (250.0, 0)),
    ("250", "-1", {"reaction_grade": "infusion reaction grade (CTCAE): -1 is outside 0–5"},
     (250.0, 0)),
    ("", "", {"volume_ml": "volume infused (mL): required",
              "reaction_grade": "infusion reaction grade (CTCAE): required"}, (0.0, 0)),
])
def test_volume_and_reaction_grade(volume: str, grade: str, problems: dict[str, str],
                                   values: tuple[float, int]) -> None:
    found, got_volume, got_grade = infusion_problems(
        InfusionEntry(START, STOP, volume_ml=volume, reaction_grade=grade))
    assert (found, (got_volume, got_grade)) == (problems, values)


def vitals(*entries: VitalsEntry, required: tuple[str, ...] = ("pre", "end"),
           now: datetime = NOW) -> tuple[dict[str, str], list[str]]:
    problems, kept = vitals_problems(entries, schedule=SCHEDULE, started_at=START,
                                     stopped_at=STOP, now=now, required=required)
    return problems, [entry.timepoint for entry, _ in kept]


PRE = VitalsEntry("pre", START - timedelta(minutes=10), GOOD)
END = VitalsEntry("end", STOP, GOOD)


def test_before_and_at_the_end_are_kept_with_their_values() -> None:
    problems, kept = vitals_problems([PRE, END], schedule=SCHEDULE, started_at=START,
                                     stopped_at=STOP, now=NOW)
    assert problems == {}
    assert [(e.timepoint, values) for e, values in kept] == [
        ("pre", {"temperature_c": 36.8, "heart_rate": 72.0, "systolic": 124.0,
                 "diastolic": 78.0, "respiratory_rate": 14.0, "spo2": 98.0}),
        ("end", {"temperature_c": 36.8, "heart_rate": 72.0, "systolic": 124.0,
                 "diastolic": 78.0, "respiratory_rate": 14.0, "spo2": 98.0})]


def test_required_time_points_are_named_when_missing() -> None:
    assert vitals() == ({"vitals-pre": "Before the infusion: vital signs are required",
                         "vitals-end": "At the end: vital signs are required"}, [])
    assert vitals(required=()) == ({}, [])


def test_a_blank_optional_time_point_is_skipped_but_a_blank_required_one_is_refused() -> None:
    blank = dict.fromkeys(VITALS, "")
    problems, kept = vitals(PRE, END, VitalsEntry("15", None, blank))
    assert (problems, kept) == ({}, ["pre", "end"])
    problems, kept = vitals(VitalsEntry("pre", None, blank), END)
    assert problems["vitals-pre-taken_at"] == "Before the infusion: taken at: required"
    assert problems["vitals-pre-spo2"] == "Before the infusion: SpO₂ (%): required"
    assert kept == ["pre", "end"]


def test_a_time_point_outside_the_schedule_is_refused() -> None:
    problems, kept = vitals(PRE, END, VitalsEntry("end+90", STOP, GOOD))
    assert problems == {"vitals-end+90": "end+90: not a time point of the vital-sign schedule"}
    assert kept == ["pre", "end"]


@pytest.mark.parametrize(("entry", "key", "message"), [
    (VitalsEntry("pre", START + timedelta(seconds=1), GOOD), "vitals-pre-taken_at",
     "Before the infusion: taken at: must be before the infusion started"),
    (VitalsEntry("15", START - timedelta(seconds=1), GOOD), "vitals-15-taken_at",
     "At 15 min: taken at: must be after the infusion started"),
    (VitalsEntry("end", STOP - timedelta(seconds=1), GOOD), "vitals-end-taken_at",
     "At the end: taken at: must be at or after the end of the infusion"),
    (VitalsEntry("end+30", STOP - timedelta(seconds=1), GOOD), "vitals-end+30-taken_at",
     "30 min after the end: taken at: must be at or after the end of the infusion"),
    (VitalsEntry("end+60", NOW + timedelta(seconds=1), GOOD), "vitals-end+60-taken_at",
     "60 min after the end: taken at: cannot be in the future"),
    (VitalsEntry("30", START + timedelta(minutes=30), {**GOOD, "heart_rate": "251"}),
     "vitals-30-heart_rate", "At 30 min: heart rate (/min): 251 is outside 20–250"),
])
def test_each_vital_sign_problem_names_its_time_point_and_field(
    entry: VitalsEntry, key: str, message: str
) -> None:
    problems, _ = vitals(PRE, END, entry) if entry.timepoint not in ("pre", "end") else vitals(
        entry, *(e for e in (PRE, END) if e.timepoint != entry.timepoint))
    assert problems == {key: message}


def test_the_boundaries_of_each_time_point_are_allowed() -> None:
    assert vitals(VitalsEntry("pre", START, GOOD), VitalsEntry("end", STOP, GOOD),
                  VitalsEntry("15", START, GOOD), VitalsEntry("end+60", NOW, GOOD))[0] == {}


@given(field=st.sampled_from(sorted(VITALS)), value=st.integers(-1000, 1000))
def test_every_vital_sign_is_kept_exactly_when_inside_its_range(field: str, value: int) -> None:
    words, low, high, _ = VITALS[field]
    problems, _ = vitals(VitalsEntry("pre", START, {**GOOD, field: str(value)}), END)
    assert (problems == {}) == (low <= value <= high)


def test_time_points_read_as_words() -> None:
    assert [timepoint_label(t) for t in SCHEDULE] == [
        "Before the infusion", "At 15 min", "At 30 min", "At the end", "30 min after the end",
        "60 min after the end"]


def test_whole_numbers_are_whole_and_a_missing_field_is_required() -> None:
    _, _, grade = infusion_problems(InfusionEntry(START, STOP, "250.5", "1"))
    assert grade == 1
    problems, _, _ = infusion_problems(InfusionEntry(START, STOP, "250", "2.5"))
    assert problems == {"reaction_grade": "infusion reaction grade (CTCAE): '2.5' is not a "
                                          "whole number"}
    without_spo2 = {k: v for k, v in GOOD.items() if k != "spo2"}
    problems, _ = vitals(VitalsEntry("pre", START, {**GOOD, "heart_rate": "72.5"}),
                         VitalsEntry("end", STOP, without_spo2))
    assert problems == {
        "vitals-pre-heart_rate": "Before the infusion: heart rate (/min): '72.5' is not a whole "
                                 "number",
        "vitals-end-spo2": "At the end: SpO₂ (%): required"}


def test_one_refused_or_blank_time_point_does_not_hide_the_ones_after_it() -> None:
    blank = dict.fromkeys(VITALS, "")
    problems, kept = vitals(VitalsEntry("15", None, blank), VitalsEntry("end+90", STOP, GOOD),
                            PRE, END)
    assert (problems, kept) == ({"vitals-end+90": "end+90: not a time point of the vital-sign "
                                                  "schedule"}, ["pre", "end"])


def test_a_required_time_point_is_named_even_when_others_were_given() -> None:
    assert vitals(END)[0] == {"vitals-pre": "Before the infusion: vital signs are required"}


def test_values_without_a_time_are_refused_for_the_time_not_skipped() -> None:
    problems, kept = vitals(PRE, END, VitalsEntry("15", None, GOOD))
    assert problems == {"vitals-15-taken_at": "At 15 min: taken at: required"}
    assert kept == ["pre", "end", "15"]


def test_a_start_in_the_minute_of_a_go_with_fractions_of_a_second_is_after_it() -> None:
    go = GO.replace(microsecond=500_000)
    assert window_problems(verified_at=go, started_at=go.replace(second=0, microsecond=0),
                           stopped_at=STOP, valid_minutes=30, now=NOW) == {}
