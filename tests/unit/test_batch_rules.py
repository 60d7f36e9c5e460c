"""The process definition, entry checks, the step schedule and growth computations (pure)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cellchain.batch.growth import Point, dose_fraction, growth, growth_chart_svg, under_dose
from cellchain.batch.process import ProcessDefinition, check_entry, load_process, parse_process
from cellchain.batch.schedule import Done, Due, may_record, next_steps
from cellchain.errors import BadInput

RAK = load_process()
ACTIVATION = RAK.step("activation")
GOOD_ACTIVATION = {"mnc_count": "5e8", "viability_pct": "92", "seeded_cells": "2e8",
                   "seeding_density": "1.5e6", "vessel": "T175 coated"}


def test_the_shipped_definition_names_its_version_and_main_path() -> None:
    assert (RAK.name, RAK.version) == ("RAK", "2")
    assert [s.id for s in RAK.steps if s.enters_state] == [
        "activation", "transfer", "harvest", "formulation"]
    assert RAK.step("formulation").makes_bags and RAK.step("harvest").second_person
    assert RAK.step("formulation").draws_samples == ("final product",)


def test_version_1_stays_as_shipped_for_the_lots_made_under_it() -> None:
    from cellchain.batch.process import SHIPPED

    first = load_process(SHIPPED.with_name("rak-1.toml"))
    assert first.version == "1" and first.step("formulation").draws_samples == ()
    assert [s.id for s in first.steps] == [s.id for s in RAK.steps]


def test_an_entry_in_specification_has_no_findings_and_typed_values() -> None:
    checked = check_entry(ACTIVATION, GOOD_ACTIVATION, day=0)
    assert checked.findings == []
    assert checked.values["viability_pct"] == 92.0 and checked.values["vessel"] == "T175 coated"


def test_out_of_range_values_are_kept_and_flagged_not_refused() -> None:
    checked = check_entry(ACTIVATION, {**GOOD_ACTIVATION, "viability_pct": "71"}, day=0)
    assert checked.values["viability_pct"] == 71.0
    assert checked.findings == ["Viability 71 % is outside the acceptance range 80 %-100 %"]


@pytest.mark.parametrize(("field", "value", "message"), [
    ("viability_pct", "", "Viability is required"),
    ("viability_pct", "ninety", "Viability must be a number"),
    ("viability_pct", "180", "Viability 180 % is impossible"),
    ("seeded_cells", "nan", "Viable cells seeded must be a number written as digits"),
    ("viability_pct", "9,5", "Viability must be a number written as digits.*got .9,5."),
])
def test_missing_or_impossible_values_are_refused_naming_the_field(
    field: str, value: str, message: str
) -> None:
    with pytest.raises(BadInput, match=message) as refused:
        check_entry(ACTIVATION, {**GOOD_ACTIVATION, field: value}, day=0)
    assert refused.value.field == field


def test_integer_fields_refuse_fractions() -> None:
    harvest = RAK.step("harvest")
    with pytest.raises(BadInput, match="Wash cycles must be a whole number"):
        check_entry(harvest, {"viable_cells": "3e9", "viability_pct": "90",
                              "wash_cycles": "2.5"}, day=14)


@given(day=st.integers(min_value=-5, max_value=30))
def test_a_day_outside_the_window_is_a_finding(day: int) -> None:
    transfer = RAK.step("transfer")
    checked = check_entry(transfer, {"viable_cells": "4e8", "viability_pct": "90",
                                     "volume_ml": "300"}, day=day)
    outside = not 3 <= day <= 5
    assert any("outside its window" in f for f in checked.findings) == outside


def done(*pairs: tuple[str, int]) -> list[Done]:
    return [Done(step, day) for step, day in pairs]


def test_only_activation_can_start_a_lot() -> None:
    (due,) = next_steps(RAK, [], today=None)
    assert due.step.id == "activation" and due.status == Due.DUE
    assert may_record(RAK, [], "transfer", today=None) is None


def test_feeds_repeat_every_two_to_three_days_after_the_transfer() -> None:
    history = done(("activation", 0), ("transfer", 4))
    feed = next(d for d in next_steps(RAK, history, today=6) if d.step.id == "feed")
    assert feed.window == (6, 7) and feed.status == Due.DUE
    later = next(d for d in next_steps(RAK, [*history, Done("feed", 7)], today=11)
                 if d.step.id == "feed")
    assert later.window == (9, 10) and later.status == Due.OVERDUE
    assert next_steps(RAK, [*history, Done("feed", 7)], today=11)[0].step.id == "feed"


def test_after_harvest_only_formulation_remains() -> None:
    history = done(("activation", 0), ("transfer", 4), ("feed", 7), ("harvest", 14))
    assert [d.step.id for d in next_steps(RAK, history, today=14)] == ["formulation"]
    assert may_record(RAK, history, "feed", today=14) is None


def test_in_process_sampling_is_offered_once_between_transfer_and_harvest() -> None:
    history = done(("activation", 0), ("transfer", 4))
    assert "inprocess_qc" in [d.step.id for d in next_steps(RAK, history, today=11)]
    history.append(Done("inprocess_qc", 11))
    assert "inprocess_qc" not in [d.step.id for d in next_steps(RAK, history, today=11)]


def test_a_site_definition_parses_from_toml_text() -> None:
    definition = parse_process("""
name = "SITE"
version = "7"
title = "t"
[[steps]]
id = "a"
title = "A"
day = 0
window = [0, 1]
enters_state = "activated"
fields = [{ name = "x", label = "X", accept = [1, 2] }]
""")
    assert definition.step("a").field("x").accept == (1, 2)
    with pytest.raises(BadInput, match="has no step 'b'"):
        definition.step("b")


def test_growth_gives_fold_expansion_and_population_doublings() -> None:
    grown = growth([("activation", 0, {"seeded_cells": 1e8}),
                    ("transfer", 4, {"viable_cells": 4e8}),
                    ("harvest", 14, {"viable_cells": 6.4e9})])
    assert grown.fold_expansion == pytest.approx(64)
    assert grown.population_doublings == pytest.approx(6)
    assert grown.harvested_cells == 6.4e9
    assert "<circle" in growth_chart_svg(grown.points)
    assert growth([("activation", 0, {"seeded_cells": 1e8})]).fold_expansion is None


@given(initial=st.floats(1e5, 1e9), fold=st.floats(1.0, 1000.0))
def test_population_doublings_is_log2_of_fold(initial: float, fold: float) -> None:
    grown = growth([("activation", 0, {"seeded_cells": initial}),
                    ("harvest", 14, {"viable_cells": initial * fold})])
    assert grown.population_doublings == pytest.approx(math.log2(fold))


def test_under_dose_is_flagged_below_80_percent_of_target() -> None:
    assert under_dose(2.5e9, 3e9) is None
    assert under_dose(2.3e9, 3e9) is not None and "Under-dose" in str(under_dose(2.3e9, 3e9))
    assert under_dose(1e3, None) is None


def test_the_dose_per_bag_comes_from_formulation_and_is_set_against_the_target() -> None:
    grown = growth([("activation", 0, {"seeded_cells": 1e8}),
                    ("harvest", 14, {"viable_cells": 6.4e9, "cells_per_bag": 9e9}),
                    ("formulation", 14, {"cells_per_bag": 2.4e9})])
    assert grown.cells_per_bag == 2.4e9
    assert growth([("activation", 0, {"seeded_cells": 1e8})]).cells_per_bag is None
    assert dose_fraction(2.4e9, 3e9) == pytest.approx(0.8)
    assert dose_fraction(None, 3e9) is None and dose_fraction(2.4e9, None) is None
    assert dose_fraction(2.4e9, 0.0) is None


def test_an_empty_curve_draws_nothing() -> None:
    assert growth_chart_svg([]) == ""
    assert growth_chart_svg([Point(0, 1e8)]).startswith("<svg")


def _next_steps_worked_out_afresh(definition: ProcessDefinition, done: list[Done],
                                  today: int | None) -> list[tuple[str, object, Due]]:
    """The schedule's rule read straight from the definition, step by step, with nothing kept
    between calls (as next_steps was written before it kept its answers per definition)."""
    done_ids = {d.step_id for d in done}
    steps = definition.steps
    found: list[tuple[str, object, Due]] = []

    def status(window: tuple[int, int] | None) -> Due:
        if window is None or today is None:
            return Due.DUE
        return (Due.UPCOMING if today < window[0] else Due.DUE if today <= window[1]
                else Due.OVERDUE)

    for index, step in enumerate(steps):
        before = [s for s in steps[:index] if s.enters_state is not None]
        if step.enters_state is not None:
            if step.id not in done_ids and all(s.id in done_ids for s in before):
                window = None if today is None and step.day == 0 else step.window
                found.append((step.id, window, status(window)))
            continue
        after = [s for s in steps[index + 1:] if s.enters_state is not None]
        if (before and before[-1].id not in done_ids) or (after and after[0].id in done_ids):
            continue
        if step.repeat_every_days is not None:
            opened_on = max((d.day or 0) for d in done if d.step_id == before[-1].id) \
                if before else 0
            days = [d.day for d in done if d.step_id == step.id and d.day is not None]
            start = max(days) if days else opened_on
            window = (max(step.window[0], start + step.repeat_every_days[0]),
                      start + step.repeat_every_days[1])
            if window[0] <= step.window[1]:
                found.append((step.id, window, status(window)))
        elif step.id not in done_ids:
            found.append((step.id, step.window, status(step.window)))
    order = {Due.OVERDUE: 0, Due.DUE: 1, Due.UPCOMING: 2}
    return sorted(found, key=lambda d: (order[d[2]], d[1] or (0, 0)))


_HISTORIES = st.lists(st.builds(Done, st.sampled_from([s.id for s in RAK.steps]),
                                st.one_of(st.none(), st.integers(0, 20))), max_size=8)


@given(histories=st.lists(_HISTORIES, min_size=1, max_size=6),
       today=st.one_of(st.none(), st.integers(-2, 25)))
def test_the_steps_kept_per_definition_are_those_worked_out_afresh(
    histories: list[list[Done]], today: int | None
) -> None:
    """One definition serves every lot made under it: what it keeps from one lot's history
    never changes the answer for another's."""
    for history in histories:
        assert [(d.step.id, d.window, d.status) for d in next_steps(RAK, history, today=today)] \
            == _next_steps_worked_out_afresh(RAK, history, today)
