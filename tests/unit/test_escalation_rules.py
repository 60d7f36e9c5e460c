"""Dose escalation rules against the domain notes' tables (§4.2 3+3, §4.3 BOIN), the cohort
board's recommendation over dose levels, the trial file's [escalation] table and the sentinel."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cellchain.errors import BadInput
from cellchain.trial.escalation_rules import (
    Decision,
    Design,
    EscalationSettings,
    LevelTally,
    Recommendation,
    boin_boundaries,
    boin_decision,
    escalation_settings_from_mapping,
    posterior_above,
    recommend,
    sentinel_blocks,
    three_plus_three,
)

E, S, D = Decision.ESCALATE, Decision.STAY, Decision.DE_ESCALATE
X, M = Decision.ELIMINATE, Decision.MTD_EXCEEDED


def _check(error: pytest.ExceptionInfo[BadInput], field: str) -> None:
    assert error.value.field == field


# --- 3+3 (§4.2) ---------------------------------------------------------------------------

@pytest.mark.parametrize(("treated", "dlt", "expected"), [
    (3, 0, E), (3, 1, S), (3, 2, M), (3, 3, M),
    (6, 0, E), (6, 1, E), (6, 2, M), (6, 3, M), (6, 4, M), (6, 5, M), (6, 6, M),
])
def test_three_plus_three_follows_the_table_for_every_count(treated: int, dlt: int,
                                                            expected: Decision) -> None:
    assert three_plus_three(treated, dlt) is expected


@pytest.mark.parametrize("treated", [-1, 0, 1, 2, 4, 5, 7, 9])
def test_three_plus_three_decides_only_after_3_or_6(treated: int) -> None:
    with pytest.raises(BadInput) as error:
        three_plus_three(treated, 0)
    assert error.value.message == f"treated must be 3 or 6 for 3+3, got {treated}"
    _check(error, "treated")


@pytest.mark.parametrize(("treated", "dlt"), [(3, -1), (3, 4), (6, -1), (6, 7)])
def test_three_plus_three_refuses_dlts_outside_the_treated(treated: int, dlt: int) -> None:
    with pytest.raises(BadInput) as error:
        three_plus_three(treated, dlt)
    assert error.value.message == f"DLTs must be between 0 and the {treated} treated, got {dlt}"
    _check(error, "dlt")


# --- BOIN boundaries and decisions (§4.3) -------------------------------------------------

@pytest.mark.parametrize(("target", "lambda_e", "lambda_d"), [
    (0.25, 0.1968, 0.2984), (0.30, 0.2365, 0.3585), (0.33, 0.2604, 0.3947)])
def test_boin_boundaries_match_the_domain_values(target: float, lambda_e: float,
                                                 lambda_d: float) -> None:
    low, high = boin_boundaries(target)
    assert (round(low, 4), round(high, 4)) == (lambda_e, lambda_d)


def test_explicit_p_saf_and_p_tox_are_used_and_the_defaults_are_0_6_and_1_4_target() -> None:
    assert boin_boundaries(0.3, 0.18, 0.42) == pytest.approx(boin_boundaries(0.3), abs=1e-12)
    low, high = boin_boundaries(0.3, p_saf=0.1, p_tox=0.5)
    assert 0.1 < low < 0.3 < high < 0.5
    assert round(low, 4) != 0.2365 and round(high, 4) != 0.3585
    assert boin_boundaries(0.3, p_saf=0.1)[1] == boin_boundaries(0.3)[1]
    assert boin_boundaries(0.3, p_tox=0.5)[0] == boin_boundaries(0.3)[0]


@pytest.mark.parametrize(("p_saf", "p_tox", "field", "message"), [
    (0.0, None, "p_saf", "p_saf must be between 0 and the target 0.3, got 0.0"),
    (0.3, None, "p_saf", "p_saf must be between 0 and the target 0.3, got 0.3"),
    (None, 0.3, "p_tox", "p_tox must be between the target 0.3 and 1, got 0.3"),
    (None, 1.0, "p_tox", "p_tox must be between the target 0.3 and 1, got 1.0"),
])
def test_boin_boundaries_refuse_p_saf_and_p_tox_on_the_wrong_side(
        p_saf: float | None, p_tox: float | None, field: str, message: str) -> None:
    with pytest.raises(BadInput) as error:
        boin_boundaries(0.3, p_saf, p_tox)
    assert (error.value.field, error.value.message) == (field, message)


def test_boin_boundaries_accept_p_saf_and_p_tox_just_inside() -> None:
    assert boin_boundaries(0.3, 1e-6, 0.999999)


@pytest.mark.parametrize("target", [0.0, 1.0, -0.1, 1.5])
def test_every_boin_function_refuses_a_target_outside_0_1(target: float) -> None:
    message = f"target DLT rate must be between 0 and 1 (both excluded), got {target}"
    for call in (lambda: boin_boundaries(target), lambda: boin_decision(target, 3, 0),
                 lambda: posterior_above(target, 3, 0)):
        with pytest.raises(BadInput) as error:
            call()
        assert (error.value.field, error.value.message) == ("target", message)


# §4.3 reference table, φ = 0.30, n = 1..18 (None: no elimination at that n).
ESCALATE_AT_MOST = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4]
DE_ESCALATE_FROM = [1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 6, 6, 6, 7, 7]
ELIMINATE_FROM: list[int | None] = [None, None, 3, 3, 4, 4, 5, 5, 5, 6, 6, 7, 7, 8, 8, 8, 9, 9]


def _expected(y: int, escalate: int, de_escalate: int, eliminate: int | None) -> Decision:
    if eliminate is not None and y >= eliminate:
        return X
    if y >= de_escalate:
        return D
    return E if y <= escalate else S


@pytest.mark.parametrize("n", range(1, 19))
def test_boin_decides_every_count_as_the_reference_table_at_0_30(n: int) -> None:
    expected = [_expected(y, ESCALATE_AT_MOST[n - 1], DE_ESCALATE_FROM[n - 1],
                          ELIMINATE_FROM[n - 1]) for y in range(n + 1)]
    assert [boin_decision(0.30, n, y) for y in range(n + 1)] == expected


@pytest.mark.parametrize(("target", "escalate", "de_escalate", "eliminate"), [
    (0.30, [0, 1, 2, 2, 3, 4], [2, 3, 4, 5, 6, 7], [3, 4, 5, 7, 8, 9]),
    (0.25, [0, 1, 1, 2, 2, 3], [1, 2, 3, 4, 5, 6], [3, 4, 5, 6, 7, 8]),
    (0.33, [0, 1, 2, 3, 3, 4], [2, 3, 4, 5, 6, 8], [3, 4, 6, 7, 8, 10]),
])
def test_boin_cohorts_of_3_follow_the_reference_rows(target: float, escalate: list[int],
                                                     de_escalate: list[int],
                                                     eliminate: list[int]) -> None:
    for row, n in enumerate(range(3, 19, 3)):
        got = [boin_decision(target, n, y) for y in range(n + 1)]
        assert got == [_expected(y, escalate[row], de_escalate[row], eliminate[row])
                       for y in range(n + 1)], n


def test_elimination_overrides_de_escalation_and_needs_three_treated() -> None:
    # 3/3 at 0.30: Pr(p > 0.3) = 1 − 0.3⁴ = 0.9919 > 0.95.
    assert boin_decision(0.30, 3, 3) is X
    assert boin_decision(0.30, 3, 3, elimination_cutoff=0.995) is D
    # 2/2: Pr = 0.973 but fewer than 3 treated: de-escalate only.
    assert posterior_above(0.30, 2, 2) > 0.95
    assert boin_decision(0.30, 2, 2) is D


def test_elimination_needs_the_posterior_strictly_above_the_cutoff() -> None:
    # At φ = 0.5, 3/3 gives exactly 1 − 0.5⁴ = 0.9375.
    assert posterior_above(0.5, 3, 3) == 0.9375
    assert boin_decision(0.5, 3, 3, elimination_cutoff=0.9375) is D
    assert boin_decision(0.5, 3, 3, elimination_cutoff=0.9374) is X


@pytest.mark.parametrize("cutoff", [0.0, 1.0, 1.2])
def test_boin_decision_refuses_a_cutoff_outside_0_1(cutoff: float) -> None:
    with pytest.raises(BadInput) as error:
        boin_decision(0.3, 3, 0, elimination_cutoff=cutoff)
    assert error.value.message == ("elimination cutoff must be between 0 and 1 (both "
                                   f"excluded), got {cutoff}")
    _check(error, "elimination_cutoff")


@pytest.mark.parametrize(("treated", "dlt", "field", "message"), [
    (0, 0, "treated", "treated must be at least 1, got 0"),
    (-2, 0, "treated", "treated must be at least 1, got -2"),
    (3, -1, "dlt", "DLTs must be between 0 and the 3 treated, got -1"),
    (3, 4, "dlt", "DLTs must be between 0 and the 3 treated, got 4"),
])
def test_boin_decision_refuses_impossible_counts(treated: int, dlt: int, field: str,
                                                 message: str) -> None:
    with pytest.raises(BadInput) as error:
        boin_decision(0.3, treated, dlt)
    assert (error.value.field, error.value.message) == (field, message)


def test_one_treated_is_enough_for_a_boin_decision() -> None:
    assert (boin_decision(0.3, 1, 0), boin_decision(0.3, 1, 1)) == (E, D)


def test_the_posterior_tail_with_nobody_treated_is_the_prior_tail() -> None:
    assert posterior_above(0.3, 0, 0) == pytest.approx(0.7)
    with pytest.raises(BadInput) as error:
        posterior_above(0.3, -1, 0)
    _check(error, "treated")


def _integrated_tail(target: float, n: int, y: int, steps: int = 4000) -> float:
    """Pr(p > target) for Beta(1+y, 1+n−y) by Simpson's rule on [target, 1]."""
    norm = math.factorial(n + 1) / (math.factorial(y) * math.factorial(n - y))
    width = (1 - target) / steps

    def density(p: float) -> float:
        return norm * p**y * (1 - p) ** (n - y)

    inner = sum((4 if k % 2 else 2) * density(target + k * width) for k in range(1, steps))
    return width / 3 * (density(target) + inner + density(1.0))


@given(st.integers(0, 12).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n))),
       st.floats(0.01, 0.99))
def test_the_binomial_tail_equals_the_integrated_beta_posterior(
        counts: tuple[int, int], target: float) -> None:
    n, y = counts
    assert posterior_above(target, n, y) == pytest.approx(_integrated_tail(target, n, y),
                                                          abs=1e-9)


# --- The [escalation] table ----------------------------------------------------------------

TABLE: dict[str, object] = {
    "design": "3+3", "target_dlt_rate": 0.30, "cohort_size": 3, "dlt_window_days": 28,
    "sentinel_days": 14, "max_n_per_dose": 6, "elimination_cutoff": 0.95}
THREE = EscalationSettings(design=Design.THREE_PLUS_THREE, target_dlt_rate=0.3, cohort_size=3,
                           dlt_window_days=28, sentinel_days=14, max_n_per_dose=6,
                           elimination_cutoff=0.95)
BOIN = replace(THREE, design=Design.BOIN, max_n_per_dose=9)


def test_the_shipped_table_reads_into_settings() -> None:
    import tomllib
    from pathlib import Path

    import cellchain.trial

    shipped = Path(cellchain.trial.__file__).with_name("nct07212933.toml")
    table = tomllib.loads(shipped.read_text(encoding="utf-8"))["escalation"]
    assert escalation_settings_from_mapping(table) == THREE


def test_a_boin_table_with_its_own_sizes_reads() -> None:
    table = {**TABLE, "design": "boin", "cohort_size": 2, "max_n_per_dose": 2,
             "sentinel_days": 0, "dlt_window_days": 1, "target_dlt_rate": 1e-3,
             "elimination_cutoff": 0.999}
    assert escalation_settings_from_mapping(table) == EscalationSettings(
        design=Design.BOIN, target_dlt_rate=1e-3, cohort_size=2, dlt_window_days=1,
        sentinel_days=0, max_n_per_dose=2, elimination_cutoff=0.999)


@pytest.mark.parametrize(("changes", "message"), [
    ({"design": "mtpi"}, "escalation: design must be 3+3 or boin, got 'mtpi'"),
    ({"design": "BOIN"}, "escalation: design must be 3+3 or boin, got 'BOIN'"),
    ({"surprise": 1}, "escalation: unknown key surprise"),
    ({"cohort_size": 0}, "escalation: cohort_size must be a whole number of at least 1, got 0"),
    ({"dlt_window_days": 0},
     "escalation: dlt_window_days must be a whole number of at least 1, got 0"),
    ({"sentinel_days": -1},
     "escalation: sentinel_days must be a whole number of at least 0, got -1"),
    ({"max_n_per_dose": 0},
     "escalation: max_n_per_dose must be a whole number of at least 1, got 0"),
    ({"sentinel_days": 14.0},
     "escalation: sentinel_days must be a whole number of at least 0, got 14.0"),
    ({"sentinel_days": True},
     "escalation: sentinel_days must be a whole number of at least 0, got True"),
    ({"target_dlt_rate": 0}, "escalation: target_dlt_rate must be between 0 and 1, got 0"),
    ({"target_dlt_rate": 0.0}, "escalation: target_dlt_rate must be between 0 and 1, got 0.0"),
    ({"target_dlt_rate": 1.0}, "escalation: target_dlt_rate must be between 0 and 1, got 1.0"),
    ({"target_dlt_rate": "0.3"},
     "escalation: target_dlt_rate must be between 0 and 1, got '0.3'"),
    ({"elimination_cutoff": True},
     "escalation: elimination_cutoff must be between 0 and 1, got True"),
    ({"elimination_cutoff": 1}, "escalation: elimination_cutoff must be between 0 and 1, got 1"),
    ({"cohort_size": 7}, "escalation: max_n_per_dose must be at least cohort_size"),
    ({"cohort_size": 2}, "escalation: 3+3 needs cohort_size 3 and max_n_per_dose 6"),
    ({"max_n_per_dose": 9}, "escalation: 3+3 needs cohort_size 3 and max_n_per_dose 6"),
])
def test_a_bad_table_is_refused_naming_the_key(changes: dict[str, object],
                                               message: str) -> None:
    with pytest.raises(ValueError) as error:
        escalation_settings_from_mapping({**TABLE, **changes})
    assert str(error.value) == message


def test_missing_keys_are_all_named() -> None:
    table = {k: v for k, v in TABLE.items() if k not in ("design", "sentinel_days")}
    with pytest.raises(ValueError) as error:
        escalation_settings_from_mapping(table)
    assert str(error.value) == "escalation: design, sentinel_days missing"


def test_several_unknown_keys_are_all_named() -> None:
    with pytest.raises(ValueError) as error:
        escalation_settings_from_mapping({**TABLE, "b": 1, "a": 2})
    assert str(error.value) == "escalation: unknown key a, b"


def test_a_boin_table_may_have_max_n_equal_to_the_cohort() -> None:
    table = {**TABLE, "design": "boin", "cohort_size": 4, "max_n_per_dose": 4}
    assert escalation_settings_from_mapping(table).max_n_per_dose == 4


# --- The cohort board: 3+3 ----------------------------------------------------------------

def _board(settings: EscalationSettings, *tallies: tuple[int, int, int],
           current: str | None = None) -> Recommendation:
    levels = [LevelTally(f"DL{i}", *tally) for i, tally in enumerate(tallies, start=1)]
    return recommend(settings, levels, current)


NONE = (0, 0, 0)


def test_an_empty_board_doses_the_first_cohort_at_the_lowest_level() -> None:
    assert _board(THREE, NONE, NONE, NONE) == Recommendation(
        None, None, "DL1", "no subject dosed yet: dose the first cohort of 3 at DL1")


@pytest.mark.parametrize(("tallies", "expected"), [
    ([(3, 0, 0), NONE, NONE], Recommendation(
        "DL1", E, "DL2", "DL1: 0 of 3 evaluable had a DLT; escalate to DL2")),
    ([(3, 0, 0), (3, 1, 0), NONE], Recommendation(
        "DL2", S, "DL2", "DL2: 1 of 3 evaluable had a DLT; treat 3 more at DL2")),
    ([(3, 0, 0), (6, 1, 0), NONE], Recommendation(
        "DL2", E, "DL3", "DL2: 1 of 6 evaluable had a DLT; escalate to DL3")),
    ([(3, 0, 0), (6, 0, 0), NONE], Recommendation(
        "DL2", E, "DL3", "DL2: 0 of 6 evaluable had a DLT; escalate to DL3")),
])
def test_three_plus_three_escalates_through_the_levels(tallies: list[tuple[int, int, int]],
                                                       expected: Recommendation) -> None:
    assert _board(THREE, *tallies) == expected


@pytest.mark.parametrize(("dl2", "next_level", "message"), [
    ((0, 0, 1), "DL2", "DL2: 1 of 3 dosed; dose 2 more at DL2"),
    ((1, 0, 1), "DL2", "DL2: 2 of 3 dosed; dose 1 more at DL2"),
    ((2, 1, 1), None, "DL2: wait until 1 more subject(s) complete the DLT window"),
    ((0, 0, 3), None, "DL2: wait until 3 more subject(s) complete the DLT window"),
    ((3, 1, 1), "DL2", "DL2: 4 of 6 dosed; dose 2 more at DL2"),
    ((3, 1, 2), "DL2", "DL2: 5 of 6 dosed; dose 1 more at DL2"),
    ((5, 1, 1), None, "DL2: wait until 1 more subject(s) complete the DLT window"),
    ((3, 1, 3), None, "DL2: wait until 3 more subject(s) complete the DLT window"),
])
def test_three_plus_three_completes_a_cohort_and_waits_for_its_windows(
        dl2: tuple[int, int, int], next_level: str | None, message: str) -> None:
    assert _board(THREE, (3, 0, 0), dl2, NONE) == Recommendation("DL2", None, next_level,
                                                                  message)


@pytest.mark.parametrize(("dl1", "expected"), [
    ((3, 0, 0), Recommendation(
        "DL2", M, "DL1", "DL2: 2 of 3 evaluable had a DLT, which exceeds the MTD; expand DL1 "
                         "to 6 (dose 3 more) before declaring it the MTD")),
    ((3, 0, 2), Recommendation(
        "DL2", M, "DL1", "DL2: 2 of 3 evaluable had a DLT, which exceeds the MTD; expand DL1 "
                         "to 6 (dose 1 more) before declaring it the MTD")),
    ((5, 0, 1), Recommendation(
        "DL2", M, None, "DL2: 2 of 3 evaluable had a DLT, which exceeds the MTD; wait until 1 "
                        "more subject(s) at DL1 complete the DLT window")),
    ((6, 1, 0), Recommendation(
        "DL2", M, None, "DL2: 2 of 3 evaluable had a DLT, which exceeds the MTD; 1 of 6 had a "
                        "DLT at DL1: declare DL1 the MTD", mtd="DL1", stop=True)),
])
def test_three_plus_three_declares_the_mtd_below_only_with_six_there(
        dl1: tuple[int, int, int], expected: Recommendation) -> None:
    assert _board(THREE, dl1, (3, 2, 0), NONE) == expected


def test_two_dlts_exceed_the_mtd_before_the_cohort_is_complete() -> None:
    got = _board(THREE, (6, 0, 0), (2, 2, 1), NONE)
    assert (got.decision, got.mtd, got.stop) == (M, "DL1", True)


def test_an_expanded_dose_that_exceeds_moves_the_mtd_search_down() -> None:
    got = _board(THREE, (3, 0, 0), (6, 2, 0), (3, 2, 0))
    assert (got.current, got.next_level) == ("DL2", "DL1")


@pytest.mark.parametrize("dl1", [(3, 2, 0), (6, 2, 0), (2, 2, 1)])
def test_three_plus_three_stops_with_no_mtd_when_the_lowest_dose_exceeds(
        dl1: tuple[int, int, int]) -> None:
    got = _board(THREE, dl1, (3, 2, 0), NONE)
    assert got == Recommendation(
        "DL1", M, None, f"DL1: {dl1[1]} of {dl1[0]} evaluable had a DLT, which exceeds the MTD "
                        "at the lowest dose; stop with no MTD", stop=True)


@pytest.mark.parametrize("dl3", [(3, 0, 0), (6, 1, 0), (6, 0, 0)])
def test_the_top_dose_reached_safely_is_the_maximum_administered_dose(
        dl3: tuple[int, int, int]) -> None:
    got = _board(THREE, (3, 0, 0), (3, 0, 0), dl3)
    assert got == Recommendation(
        "DL3", E, None, f"DL3: {dl3[1]} of {dl3[0]} evaluable had a DLT at the highest planned "
                        "dose; declare DL3 the maximum administered dose",
        maximum_administered_dose="DL3", stop=True)


def test_one_dlt_in_three_at_the_top_dose_treats_three_more_there() -> None:
    got = _board(THREE, (3, 0, 0), (3, 1, 0))
    assert (got.decision, got.next_level, got.stop) == (S, "DL2", False)


@pytest.mark.parametrize(("tally", "field", "message"), [
    (LevelTally("DL1", 3, 0, -1), "evaluable_pending", "DL1: subjects pending cannot be negative"),
    (LevelTally("DL1", -1, 0), "treated", "DL1: treated cannot be negative"),
    (LevelTally("DL1", 3, 4), "dlt", "DL1: DLTs must be between 0 and the 3 treated, got 4"),
    (LevelTally("DL1", 3, -1), "dlt", "DL1: DLTs must be between 0 and the 3 treated, got -1"),
    (LevelTally("DL1", 6, 0, 1), "treated",
     "DL1: 7 subjects dosed, more than max_n_per_dose (6)"),
    (LevelTally("DL1", 7, 0), "treated", "DL1: 7 subjects dosed, more than max_n_per_dose (6)"),
])
def test_the_board_refuses_impossible_tallies(tally: LevelTally, field: str,
                                              message: str) -> None:
    with pytest.raises(BadInput) as error:
        recommend(THREE, [tally])
    assert (error.value.field, error.value.message) == (field, message)


def test_the_board_needs_a_level() -> None:
    with pytest.raises(BadInput) as error:
        recommend(THREE, [])
    assert (error.value.field, error.value.message) == (
        "levels", "the board needs at least one dose level")


def test_a_full_level_is_not_too_full() -> None:
    assert recommend(THREE, [LevelTally("DL1", 5, 0, 1)]).decision is None
    assert recommend(BOIN, [LevelTally("DL1", 9, 0)]).stop


# --- The cohort board: BOIN ---------------------------------------------------------------

def test_boin_starts_with_a_cohort_of_the_configured_size() -> None:
    got = _board(replace(BOIN, cohort_size=2), NONE, NONE)
    assert got == Recommendation(None, None, "DL1",
                                 "no subject dosed yet: dose the first cohort of 2 at DL1")


@pytest.mark.parametrize(("tallies", "current", "expected"), [
    ([(3, 0, 0), NONE, NONE], None, Recommendation(
        "DL1", E, "DL2", "DL1: 0 of 3 evaluable had a DLT: escalate; dose the next cohort at "
                         "DL2")),
    ([(3, 0, 0), (3, 1, 0), NONE], None, Recommendation(
        "DL2", S, "DL2", "DL2: 1 of 3 evaluable had a DLT: stay; dose the next cohort at DL2")),
    ([(3, 0, 0), (3, 2, 0), NONE], None, Recommendation(
        "DL2", D, "DL1", "DL2: 2 of 3 evaluable had a DLT: de-escalate; dose the next cohort "
                         "at DL1")),
    ([(6, 0, 0), (3, 2, 0), NONE], "DL1", Recommendation(
        "DL1", E, "DL2", "DL1: 0 of 6 evaluable had a DLT: escalate; dose the next cohort at "
                         "DL2")),
    ([(3, 0, 0), (3, 0, 0), (3, 2, 0)], None, Recommendation(
        "DL3", D, "DL2", "DL3: 2 of 3 evaluable had a DLT: de-escalate; dose the next cohort "
                         "at DL2")),
    ([(3, 2, 0), NONE, NONE], None, Recommendation(
        "DL1", D, "DL1", "DL1: 2 of 3 evaluable had a DLT: de-escalate; dose the next cohort "
                         "at DL1")),
    ([(3, 0, 0), (3, 0, 0), (3, 0, 0)], None, Recommendation(
        "DL3", E, "DL3", "DL3: 0 of 3 evaluable had a DLT: escalate; dose the next cohort at "
                         "DL3")),
])
def test_boin_moves_one_level_within_the_open_doses(
        tallies: list[tuple[int, int, int]], current: str | None,
        expected: Recommendation) -> None:
    assert _board(BOIN, *tallies, current=current) == expected


def test_boin_eliminates_a_dose_and_sends_the_next_cohort_below() -> None:
    assert _board(BOIN, (3, 0, 0), (3, 3, 0), NONE) == Recommendation(
        "DL2", X, "DL1", "DL2: 3 of 3 evaluable had a DLT, so DL2 and higher doses are "
                         "eliminated; dose the next cohort at DL1")


def test_boin_never_escalates_into_an_eliminated_dose() -> None:
    got = _board(BOIN, (6, 0, 0), (3, 3, 0), NONE, current="DL1")
    assert (got.decision, got.next_level) == (E, "DL1")
    above = _board(BOIN, (3, 0, 0), (3, 3, 0), (3, 0, 0), current="DL3")
    assert (above.current, above.decision, above.next_level) == ("DL3", X, "DL1")


def test_boin_eliminates_only_from_three_treated_and_above_the_cutoff() -> None:
    # 2/2 at DL2 is not eliminated (n < 3): wait for the cohort's third subject.
    got = _board(BOIN, (3, 0, 0), (2, 2, 1), NONE)
    assert (got.current, got.decision, got.next_level) == ("DL2", None, None)
    lenient = replace(BOIN, elimination_cutoff=0.995)
    assert _board(lenient, (3, 0, 0), (3, 3, 0), NONE).decision is D
    # At φ = 0.5, 3/3 gives exactly 0.9375: strictly above the cutoff is needed.
    even = replace(BOIN, target_dlt_rate=0.5, elimination_cutoff=0.9375)
    assert _board(even, (3, 0, 0), (3, 3, 0), NONE).next_level == "DL1"
    assert _board(even, (3, 0, 0), (3, 3, 0), NONE).decision is D


def test_boin_stops_with_no_mtd_when_the_lowest_dose_is_eliminated() -> None:
    assert _board(BOIN, (3, 3, 0), NONE, NONE) == Recommendation(
        "DL1", X, None, "DL1: 3 of 3 evaluable had a DLT, so the lowest dose is eliminated; "
                        "stop the trial with no MTD", stop=True)


@pytest.mark.parametrize(("dl2", "current", "next_level", "message"), [
    ((2, 0, 0), None, "DL2", "DL2: 2 of 3 dosed; dose 1 more at DL2"),
    ((3, 1, 1), None, "DL2", "DL2: 4 of 6 dosed; dose 2 more at DL2"),
    ((3, 1, 3), None, None, "DL2: wait until 3 more subject(s) complete the DLT window"),
    ((0, 0, 0), "DL2", "DL2", "DL2: 0 of 3 dosed; dose 3 more at DL2"),
])
def test_boin_completes_a_cohort_before_deciding(
        dl2: tuple[int, int, int], current: str | None, next_level: str | None,
        message: str) -> None:
    got = _board(BOIN, (3, 0, 0), dl2, NONE, current=current)
    assert got == Recommendation("DL2", None, next_level, message)


def test_boin_stops_when_the_next_dose_has_max_n_per_dose() -> None:
    assert _board(BOIN, (3, 0, 0), (9, 3, 0), NONE) == Recommendation(
        "DL2", S, None, "DL2: 3 of 9 evaluable had a DLT: stay; DL2 already has 9 subjects "
                        "(max_n_per_dose), so stop and select the MTD by isotonic regression",
        stop=True)
    below = _board(BOIN, (3, 0, 0), (6, 2, 0), NONE)
    assert (below.decision, below.next_level, below.stop) == (S, "DL2", False)


def test_boin_refuses_an_unknown_current_level() -> None:
    with pytest.raises(BadInput) as error:
        _board(BOIN, (3, 0, 0), NONE, current="DL9")
    assert (error.value.field, error.value.message) == (
        "current", "current level DL9 is not one of DL1, DL2")


# --- Sentinel (§4.1 [S49]) ----------------------------------------------------------------

FIRST = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def test_the_next_subject_waits_until_the_sentinel_interval_has_passed() -> None:
    just_before = FIRST + timedelta(days=14) - timedelta(microseconds=1)
    assert sentinel_blocks(FIRST, just_before, 14) == (
        "the cohort's first subject was dosed on 2026-11-02 09:30 UTC; the next may be dosed "
        "from 2026-11-16 09:30 UTC (14-day sentinel)")
    assert sentinel_blocks(FIRST, FIRST + timedelta(days=14), 14) is None
    assert sentinel_blocks(FIRST, FIRST + timedelta(days=20), 14) is None


def test_no_first_subject_or_no_sentinel_blocks_nothing() -> None:
    assert sentinel_blocks(None, FIRST, 14) is None
    assert sentinel_blocks(FIRST, FIRST, 0) is None


def test_the_sentinel_compares_instants_across_time_zones() -> None:
    paris = timezone(timedelta(hours=1))
    assert sentinel_blocks(FIRST, (FIRST + timedelta(days=7)).astimezone(paris), 7) is None


@pytest.mark.parametrize(("first", "now", "days", "field", "message"), [
    (FIRST, FIRST, -1, "sentinel_days", "sentinel days cannot be negative, got -1"),
    (None, FIRST, -1, "sentinel_days", "sentinel days cannot be negative, got -1"),
    (FIRST.replace(tzinfo=None), FIRST, 14, "first_dosed_at",
     "first dosed at: times must carry a time zone"),
    (FIRST, FIRST.replace(tzinfo=None), 14, "first_dosed_at",
     "first dosed at: times must carry a time zone"),
])
def test_the_sentinel_refuses_impossible_input(first: datetime | None, now: datetime,
                                               days: int, field: str, message: str) -> None:
    with pytest.raises(BadInput) as error:
        sentinel_blocks(first, now, days)
    assert (error.value.field, error.value.message) == (field, message)
