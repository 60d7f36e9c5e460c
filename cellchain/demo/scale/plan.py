"""What a site of a given scale holds, decided before anything is written (pure: no I/O, the
time is passed in, the random choices come from a seeded generator so a scale always makes the
same site).

Scale 1.0 is the site of issue 13: 100,000 lots and 5,000 subjects. A lot makes two bags (the
shipped RAK process accepts one or two; more would open a deviation on every lot), so 1.0 has
about 200,000 bags; the audit events follow from what the services record (about 50 per lot).
Scale 0.001 is 100 lots and 10 subjects.

Most lots are history (``HISTORY_FATES``): made at the site's pace (``LOTS_PER_DAY``) over the
past, ending a month ago. The present is a site's working pipeline: lots planned, in culture,
in QC, on hold and conditionally released awaiting the 14-day sterility, and today's bags at
the ward, so queues have a realistic size instead of growing with the history.
"""

from __future__ import annotations

import random
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final

FULL_LOTS: Final = 100_000
FULL_SUBJECTS: Final = 5_000
LOTS_PER_DAY: Final = 100.0
HISTORY_ENDS_DAYS_AGO: Final = 30
MIN_HISTORY_DAYS: Final = 30
SEED: Final = 13


class Fate(StrEnum):
    """Where a lot ends up (history) or stands today (present)."""

    # History: conditionally released on the day it was made, bags infused or expired unused,
    # released in full when its 14-day sterility came back clean.
    SERVED = "served"
    REJECTED = "rejected"  # in-process sterility growth; rejected and closed
    DESTROYED = "destroyed"  # released, unused bags destroyed by QA, lot closed
    RECALLED = "recalled"  # the 14-day sterility grew after the conditional release
    # Present.
    PLANNED = "planned"
    IN_CULTURE = "in_culture"  # activated, expanding or harvested, by its age
    IN_QC = "in_qc"  # formulated, results entered but the 14-day sterility; awaiting QA
    ON_HOLD = "on_hold"  # harvest viability out of specification: a deviation holds it
    AWAITING_STERILITY = "awaiting_sterility"  # conditionally released in the last 2 weeks
    AT_WARD = "at_ward"  # formulated this morning; its bags wait at the ward


# Shares of the historical lots (the rest are SERVED).
HISTORY_FATES: Final[Mapping[Fate, float]] = {
    Fate.REJECTED: 0.04, Fate.DESTROYED: 0.05, Fate.RECALLED: 0.005}
# Shares of all lots in each present state (at least one lot each, whatever the scale).
PRESENT: Final[Mapping[Fate, float]] = {
    Fate.PLANNED: 0.0005, Fate.IN_CULTURE: 0.004, Fate.IN_QC: 0.0005, Fate.ON_HOLD: 0.0001,
    Fate.AWAITING_STERILITY: 0.002}
# Lots whose two bags are at the ward today, per unit of scale (at least one lot).
WARD_LOTS_PER_SCALE: Final = 20


class Course(StrEnum):
    """Where a subject stands."""

    SCREENING = "screening"
    SCREEN_FAILED = "screen_failed"
    ENROLLED = "enrolled"  # waiting for a product
    AT_WARD = "at_ward"  # a bag of today's waits for them at the ward (a GO pair)
    TREATED = "treated"  # infused once or twice (on treatment)


SUBJECT_SHARES: Final[Mapping[Course, float]] = {
    Course.SCREENING: 0.04, Course.SCREEN_FAILED: 0.08, Course.ENROLLED: 0.06}
SECOND_INFUSION: Final = 0.3
# The day of culture each present lot in culture has reached is drawn from this range.
CULTURE_DAYS: Final = (0.0, 13.9)


@dataclass
class LotPlan:
    index: int  # also the cord blood unit's sequence number
    fate: Fate
    day0: datetime  # activation (day 0 of culture)
    # Subjects infused from this lot's bags (one bag each), by subject index.
    infusions: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class SubjectPlan:
    index: int
    course: Course
    registered_at: datetime
    born_year: int


@dataclass(frozen=True)
class SitePlan:
    scale: float
    lots: list[LotPlan]  # in order of making (day 0)
    subjects: list[SubjectPlan]
    # Where each subject is created: the index in ``lots`` of the lot during whose making
    # they are registered (their first infusion's lot, or the lot made nearest their time).
    subject_lot: dict[int, int]

    def count(self, fate: Fate) -> int:
        return sum(1 for lot in self.lots if lot.fate == fate)


def _share(total: int, share: float) -> int:
    return max(1, round(total * share))


def site_plan(scale: float, now: datetime, *, seed: int = SEED) -> SitePlan:
    """The site of ``scale`` (module docstring) as of ``now``."""
    if not 0 < scale <= 10:
        raise ValueError(f"scale must be above 0 and at most 10, got {scale}")
    rng = random.Random(seed)
    total = max(20, round(FULL_LOTS * scale))
    present = [(fate, _share(total, share)) for fate, share in PRESENT.items()]
    present.append((Fate.AT_WARD, max(1, round(WARD_LOTS_PER_SCALE * scale))))
    history = total - sum(n for _, n in present)
    lots = _history(history, now, rng) + _present(present, now, rng)
    lots.sort(key=lambda lot: lot.day0)
    for index, lot in enumerate(lots):
        lot.index = index
    subjects, subject_lot = _subjects(scale, lots, now, rng)
    return SitePlan(scale=scale, lots=lots, subjects=subjects, subject_lot=subject_lot)


def _history(count: int, now: datetime, rng: random.Random) -> list[LotPlan]:
    days = max(MIN_HISTORY_DAYS, count / LOTS_PER_DAY)
    end = now - timedelta(days=HISTORY_ENDS_DAYS_AGO + 16)
    start = end - timedelta(days=days)
    fates = [fate for fate, share in HISTORY_FATES.items()
             for _ in range(max(1, round(count * share)))]
    fates += [Fate.SERVED] * (count - len(fates))
    rng.shuffle(fates)
    step = (end - start) / max(1, count)
    # Activation between 08:00 and 12:00 UTC of the day of the lot's slot in the history.
    return [LotPlan(0, fate, _morning(start + step * i) + timedelta(minutes=rng.randrange(240)))
            for i, fate in enumerate(fates)]


def _morning(at: datetime) -> datetime:
    return at.replace(hour=8, minute=0, second=0, microsecond=0)


def _present(counts: list[tuple[Fate, int]], now: datetime,
             rng: random.Random) -> list[LotPlan]:
    # Days since day 0. In QC: formulated (day 14, 03:00) and its results entered 20 minutes
    # later; at the ward: received 105 minutes after formulation, so its bags (six hours)
    # stay in date four hours after the build.
    ages: dict[Fate, tuple[float, float]] = {
        Fate.PLANNED: (-2.0, -0.5), Fate.IN_CULTURE: CULTURE_DAYS, Fate.IN_QC: (14.16, 14.4),
        Fate.ON_HOLD: (14.1, 14.4), Fate.AWAITING_STERILITY: (15.0, 27.0),
        Fate.AT_WARD: (14.2, 14.21)}
    return [LotPlan(0, fate, now - timedelta(days=rng.uniform(*ages[fate])))
            for fate, n in counts for _ in range(n)]


def _subjects(scale: float, lots: list[LotPlan], now: datetime, rng: random.Random
              ) -> tuple[list[SubjectPlan], dict[int, int]]:
    total = max(10, round(FULL_SUBJECTS * scale))
    ward_bags = [lot.index for lot in lots if lot.fate == Fate.AT_WARD for _bag in (0, 1)]
    courses = [course for course, share in SUBJECT_SHARES.items()
               for _ in range(_share(total, share))]
    courses += [Course.AT_WARD] * len(ward_bags)
    courses += [Course.TREATED] * max(1, total - len(courses))
    served = [lot for lot in lots if lot.fate == Fate.SERVED]
    starts = [lot.day0 for lot in lots]
    treated = iter(_spread(served, courses.count(Course.TREATED)))
    wards = iter(ward_bags)
    subjects: list[SubjectPlan] = []
    subject_lot: dict[int, int] = {}
    for index, course in enumerate(courses):
        if course == Course.TREATED:
            lot = next(treated)
            lot.infusions.append(index)
            if rng.random() < SECOND_INFUSION and (again := _second(lot, served)) is not None:
                again.infusions.append(index)
            at, subject_lot[index] = lot.day0 - timedelta(days=20), lot.index
        elif course == Course.AT_WARD:
            at, subject_lot[index] = now - timedelta(days=10), next(wards)
        else:
            at = _registered(course, starts[0], now, rng)
            subject_lot[index] = min(len(lots) - 1, bisect_left(starts, at))
        subjects.append(SubjectPlan(index, course, at, 1950 + rng.randrange(35)))
    return subjects, subject_lot


def _registered(course: Course, first: datetime, now: datetime, rng: random.Random
                ) -> datetime:
    """Screening and waiting subjects came recently; screen failures over the history."""
    if course == Course.SCREEN_FAILED:
        return first + (now - timedelta(days=1) - first) * rng.random()
    days = (0.2, 14.0) if course == Course.SCREENING else (1.0, 20.0)
    return now - timedelta(days=rng.uniform(*days))


def _spread(served: list[LotPlan], count: int) -> list[LotPlan]:
    """``count`` served lots spread evenly over the history, each a different lot."""
    if not 0 < count <= len(served):
        raise ValueError(f"{count} subjects to infuse from {len(served)} served lots")
    return [served[(i * len(served)) // count] for i in range(count)]


def _second(first: LotPlan, served: list[LotPlan]) -> LotPlan | None:
    """A served lot made about four weeks after ``first`` with a bag left, if any."""
    want = first.day0 + timedelta(days=28)
    start = bisect_left(served, want, key=lambda lot: lot.day0)
    return next((lot for lot in served[start:start + 50] if len(lot.infusions) < 2), None)
