"""The site-scale plan (cellchain.demo.scale.plan): the site of issue 13 at scale 1.0, mostly
finished history with a working pipeline of realistic size, and every fate at any scale."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from cellchain.demo.scale.plan import Course, Fate, site_plan

NOW = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
HISTORY = {Fate.SERVED, Fate.REJECTED, Fate.DESTROYED, Fate.RECALLED}


def test_scale_one_is_the_site_of_issue_13_and_most_of_it_is_finished() -> None:
    plan = site_plan(1.0, NOW)
    fates = Counter(lot.fate for lot in plan.lots)
    assert (len(plan.lots), len(plan.subjects)) == (100_000, 5_000)
    assert sum(fates[f] for f in HISTORY) >= 99_000
    assert 85_000 <= fates[Fate.SERVED] <= 92_000
    # Queues a lab works through, not a share of the history.
    assert fates[Fate.IN_CULTURE] == 400 and fates[Fate.IN_QC] == 50
    assert fates[Fate.ON_HOLD] == 10 and fates[Fate.AT_WARD] == 20
    assert all(lot.day0 <= NOW - timedelta(days=45) for lot in plan.lots if lot.fate in HISTORY)
    courses = Counter(subject.course for subject in plan.subjects)
    infusions = [index for lot in plan.lots for index in lot.infusions]
    assert courses[Course.AT_WARD] == 2 * fates[Fate.AT_WARD]
    assert set(infusions) == {s.index for s in plan.subjects if s.course == Course.TREATED}
    assert courses[Course.TREATED] < len(infusions) < 1.4 * courses[Course.TREATED]


def test_a_lot_serves_at_most_its_two_bags_and_only_after_the_subject_enrolled() -> None:
    plan = site_plan(0.1, NOW)
    registered = {subject.index: subject.registered_at for subject in plan.subjects}
    for lot in plan.lots:
        assert len(lot.infusions) <= 2
        assert lot.fate == Fate.SERVED or not lot.infusions
        assert all(registered[index] < lot.day0 for index in lot.infusions)
        assert all(plan.subject_lot[index] <= lot.index for index in lot.infusions)


def test_every_fate_and_course_exists_at_the_smallest_scale_and_plans_repeat() -> None:
    plan = site_plan(0.0002, NOW)
    assert {lot.fate for lot in plan.lots} == set(Fate)
    assert {subject.course for subject in plan.subjects} == set(Course)
    assert [lot.fate for lot in plan.lots] == [lot.fate for lot in site_plan(0.0002, NOW).lots]
    assert [lot.day0 for lot in plan.lots] == sorted(lot.day0 for lot in plan.lots)


@pytest.mark.parametrize("scale", [0, -1, 10.5])
def test_a_scale_outside_the_range_is_refused(scale: float) -> None:
    with pytest.raises(ValueError, match="scale must be"):
        site_plan(scale, NOW)
