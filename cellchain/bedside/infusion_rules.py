"""Pure rules for the infusion record (DESIGN §4.1; domain §6.3 steps 3-6): when an infusion
may be recorded after a verification, what a complete record holds, and the plausible range
of each vital sign. No I/O; time is passed in.

Decisions where DESIGN is silent (recorded here because this module is what validation reads):
- The infusion must start after the GO and within the configured window of it (fresh cells
  are infused within 30 min of the check), and both start and stop lie in the past.
- Vital signs before the infusion ("pre") and at its end ("end") are required when it is
  recorded; the other time points of the schedule may be entered then or added later.
- Plausible ranges refuse typing slips (a temperature of 370, a saturation of 0); they are not
  clinical limits. Out-of-range but plausible values are recorded as measured.
- The reaction is graded 0 (none) to 5 per CTCAE v5.0 "Infusion related reaction".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

REQUIRED_TIMEPOINTS: Final = ("pre", "end")
MAX_VOLUME_ML: Final = 1000.0
# (field, words, low, high, integer) per vital sign.
VITALS: Final[Mapping[str, tuple[str, float, float, bool]]] = {
    "temperature_c": ("temperature (°C)", 30.0, 45.0, False),
    "heart_rate": ("heart rate (/min)", 20, 250, True),
    "systolic": ("systolic pressure (mmHg)", 50, 260, True),
    "diastolic": ("diastolic pressure (mmHg)", 20, 160, True),
    "respiratory_rate": ("respiratory rate (/min)", 4, 60, True),
    "spo2": ("SpO₂ (%)", 50, 100, True),
}


@dataclass(frozen=True)
class VitalsEntry:
    timepoint: str
    taken_at: datetime | None
    values: Mapping[str, str]  # as typed


@dataclass(frozen=True)
class InfusionEntry:
    started_at: datetime
    stopped_at: datetime
    volume_ml: str  # as typed
    reaction_grade: str  # as typed


def window_problems(*, verified_at: datetime, started_at: datetime, stopped_at: datetime,
                    valid_minutes: int, now: datetime) -> dict[str, str]:
    """Whether the infusion's times fit the GO they follow; field name -> sentence."""
    problems = {}
    # Times are typed to the minute: a start in the minute of the GO is after it.
    if started_at < verified_at.replace(second=0, microsecond=0):
        problems["started_at"] = ("started at: the infusion cannot start before the bedside "
                                  "check that allowed it")
    elif started_at - verified_at > timedelta(minutes=valid_minutes):
        problems["started_at"] = (f"started at: more than {valid_minutes} minutes after the "
                                  "GO; scan the wristband and the bag again")
    elif started_at > now:
        problems["started_at"] = "started at: cannot be in the future"
    if stopped_at <= started_at:
        problems["stopped_at"] = "stopped at: must be after the start"
    elif stopped_at > now:
        problems["stopped_at"] = "stopped at: cannot be in the future"
    return problems


def parse_number(typed: str, *, words: str, low: float, high: float, integer: bool
                 ) -> float | str:
    """Returns the number, or the sentence saying why it is refused."""
    text = typed.strip()
    if not text:
        return f"{words}: required"
    try:
        value = int(text) if integer else float(text)
    except ValueError:
        kind = "a whole number" if integer else "a number"
        return f"{words}: {text!r} is not {kind}"
    if not low <= value <= high:
        return f"{words}: {value:g} is outside {low:g}–{high:g}"
    return float(value)


def infusion_problems(entry: InfusionEntry) -> tuple[dict[str, str], float, int]:
    """Checks volume and grade; returns (problems, volume, grade)."""
    problems = {}
    volume = parse_number(entry.volume_ml, words="volume infused (mL)", low=0.1,
                          high=MAX_VOLUME_ML, integer=False)
    grade = parse_number(entry.reaction_grade, words="infusion reaction grade (CTCAE)", low=0,
                         high=5, integer=True)
    if isinstance(volume, str):
        problems["volume_ml"] = volume
    if isinstance(grade, str):
        problems["reaction_grade"] = grade
    return (problems, volume if isinstance(volume, float) else 0.0,
            int(grade) if isinstance(grade, float) else 0)


def vitals_problems(entries: Sequence[VitalsEntry], *, schedule: Sequence[str],
                    started_at: datetime, stopped_at: datetime, now: datetime,
                    required: Sequence[str] = REQUIRED_TIMEPOINTS
                    ) -> tuple[dict[str, str], list[tuple[VitalsEntry, dict[str, float]]]]:
    """Checks each vital-sign set; a set left entirely blank is skipped unless required.
    Returns (problems keyed "vitals-<timepoint>-<field>", the sets to store with values)."""
    problems: dict[str, str] = {}
    kept = []
    for entry in entries:
        key = f"vitals-{entry.timepoint}"
        if entry.timepoint not in schedule:
            problems[key] = f"{entry.timepoint}: not a time point of the vital-sign schedule"
            continue
        blank = not any(v.strip() for v in entry.values.values()) and entry.taken_at is None
        if blank and entry.timepoint not in required:
            continue
        values: dict[str, float] = {}
        for field, (words, low, high, integer) in VITALS.items():
            parsed = parse_number(entry.values.get(field, ""), words=words, low=low, high=high,
                                  integer=integer)
            if isinstance(parsed, str):
                problems[f"{key}-{field}"] = f"{_name(entry.timepoint)} {parsed}"
            else:
                values[field] = parsed
        time_problem = _time_problem(entry, started_at, stopped_at, now)
        if time_problem:
            problems[f"{key}-taken_at"] = f"{_name(entry.timepoint)} {time_problem}"
        kept.append((entry, values))
    for timepoint in required:
        if not any(entry.timepoint == timepoint for entry in entries):
            problems[f"vitals-{timepoint}"] = f"{_name(timepoint)} vital signs are required"
    return problems, kept


def _time_problem(entry: VitalsEntry, started_at: datetime, stopped_at: datetime,
                  now: datetime) -> str:
    taken = entry.taken_at
    if taken is None:
        return "taken at: required"
    if taken > now:
        return "taken at: cannot be in the future"
    if entry.timepoint == "pre" and taken > started_at:
        return "taken at: must be before the infusion started"
    if entry.timepoint != "pre" and taken < started_at:
        return "taken at: must be after the infusion started"
    if entry.timepoint.startswith("end") and taken < stopped_at:
        return "taken at: must be at or after the end of the infusion"
    return ""


def _name(timepoint: str) -> str:
    """How a time point reads: "Before", "At 15 min", "At the end", "30 min after the end"."""
    if timepoint == "pre":
        return "Before the infusion:"
    if timepoint == "end":
        return "At the end:"
    if timepoint.startswith("end+"):
        return f"{timepoint[4:]} min after the end:"
    return f"At {timepoint} min:"


def timepoint_label(timepoint: str) -> str:
    return _name(timepoint).rstrip(":")
