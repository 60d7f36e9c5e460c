"""The QC rules (pure): reading a typed result, limits calculated for a lot, the specification
in words, in/out of specification at every boundary, outcomes, and current rows."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cellchain.errors import BadInput
from cellchain.qc.outcomes import QcOutcome, ResultStatus
from cellchain.qc.rules import (
    CurrentResult,
    Limits,
    LotFacts,
    ParsedResult,
    current_rows,
    evaluate,
    limits_for,
    missing_fact,
    outcomes,
    parse_result,
    specification_words,
    weight_for,
)
from cellchain.qc.specification import SHIPPED, QcTest, parse_specification

SPEC = parse_specification(SHIPPED.read_text(encoding="utf-8"))
T = {test.id: test for test in SPEC.tests}
FACTS = LotFacts(target_dose_cells=3e9, volume_per_bag_ml=100, reference_weight_kg=70)
NONE = LotFacts(target_dose_cells=None, volume_per_bag_ml=None, reference_weight_kg=70)
BOTH = QcTest(id="x", name="X", sample="s", method="m", kind="number",
              required_at_release=True, unit="g", minimum=2, maximum=4)


def test_the_shipped_specification_is_the_proposed_one() -> None:
    assert (SPEC.name, SPEC.version, SPEC.reference_weight_kg) == ("RAK-QC", "1", 70)
    assert [(t.id, t.sample, t.required_at_release) for t in SPEC.tests] == [
        ("supernatant_sterility", "supernatant sterility", True), ("endotoxin", "endotoxin", True),
        ("mycoplasma_pcr", "mycoplasma PCR", True), ("viability", "final product", True),
        ("viable_cells_per_bag", "final product", True), ("cd3", "final product", True),
        ("gram_stain", "final product", True), ("sterility_14d", "final product", False)]
    assert "PROPOSED" in SHIPPED.read_text(encoding="utf-8").splitlines()[0]
    with pytest.raises(BadInput, match="has no test 'potency'"):
        SPEC.test("potency")


@pytest.mark.parametrize(("raw", "word"), [
    ("no growth", "no growth"), ("NO GROWTH", "no growth"), ("  No   growth ", "no growth"),
    ("growth", "growth"), ("Growth", "growth")])
def test_qualitative_results_read_case_and_spacing_insensitively_as_the_vocabulary_word(
    raw: str, word: str
) -> None:
    assert parse_result(T["sterility_14d"], raw) == ParsedResult(word, None)


@pytest.mark.parametrize("raw", ["no growths", "nogrowth", "negative", "no growth seen", "ng"])
def test_other_words_are_refused_naming_the_allowed_ones(raw: str) -> None:
    with pytest.raises(BadInput) as refused:
        parse_result(T["sterility_14d"], raw)
    assert refused.value.field == "result"
    assert refused.value.message == (f'14-day sterility result must be one of "no growth", '
                                     f'"growth"; got {" ".join(raw.split())!r}')


@pytest.mark.parametrize("raw", ["", "   ", "\t"])
def test_a_blank_result_is_required(raw: str) -> None:
    for test in (T["viability"], T["gram_stain"]):
        with pytest.raises(BadInput, match=f"^{test.name} result is required$") as refused:
            parse_result(test, raw)
        assert refused.value.field == "result"


def test_numbers_keep_the_typed_text_and_their_value() -> None:
    assert parse_result(T["viability"], " 93.5 ") == ParsedResult("93.5", 93.5)
    assert parse_result(T["viable_cells_per_bag"], "2.9e9") == ParsedResult("2.9e9", 2.9e9)


@pytest.mark.parametrize(("raw", "ok"), [("0", True), ("100", True), ("-0.001", False),
                                         ("100.001", False), ("-1", False), ("1e3", False)])
def test_impossible_numbers_are_refused_as_typing_errors_at_the_exact_bounds(
    raw: str, ok: bool
) -> None:
    if ok:
        assert parse_result(T["viability"], raw).value == float(raw)
        return
    with pytest.raises(BadInput) as refused:
        parse_result(T["viability"], raw)
    assert refused.value.field == "result"
    assert refused.value.message.endswith(
        "is impossible: it must lie between 0 % and 100 %; check for a typing error")
    assert refused.value.message.startswith("Viability ")


def test_a_number_test_without_possible_bounds_takes_any_number_and_refuses_text() -> None:
    assert parse_result(BOTH, "-5e20").value == -5e20
    with pytest.raises(BadInput, match="X result must be a number") as refused:
        parse_result(BOTH, "9,5")
    assert refused.value.field == "result"


def test_the_weight_is_the_subjects_own_only_for_an_autologous_lot_with_a_known_weight() -> None:
    assert weight_for(FACTS) == (70, True)
    assert weight_for(replace(FACTS, subject_weight_kg=60)) == (70, True)
    assert weight_for(replace(FACTS, autologous=True)) == (70, True)
    assert weight_for(replace(FACTS, autologous=True, subject_weight_kg=60)) == (60, False)


def test_limits_fixed_and_calculated_for_a_lot() -> None:
    assert limits_for(T["viability"], NONE) == Limits(80, None)
    assert limits_for(T["gram_stain"], NONE) == Limits(None, None)
    assert limits_for(T["viable_cells_per_bag"], FACTS) == Limits(2.4e9, 3.6e9)
    assert limits_for(T["endotoxin"], FACTS) == Limits(None, 3.5)
    assert limits_for(T["endotoxin"], replace(FACTS, volume_per_bag_ml=50)) == Limits(None, 7)
    subject = replace(FACTS, autologous=True, subject_weight_kg=60)
    assert limits_for(T["endotoxin"], subject) == Limits(None, 3)
    assert limits_for(BOTH, NONE) == Limits(2, 4)


def test_a_calculated_limit_without_its_facts_says_which_is_missing() -> None:
    assert limits_for(T["viable_cells_per_bag"], replace(FACTS, target_dose_cells=None)) is None
    assert limits_for(T["endotoxin"], replace(FACTS, volume_per_bag_ml=None)) is None
    assert missing_fact(T["viable_cells_per_bag"], NONE) == "the lot has no target dose per bag"
    assert missing_fact(T["endotoxin"], NONE) == (
        "the dose volume per bag is recorded at formulation, not yet")
    assert missing_fact(T["viability"], NONE) is None
    assert missing_fact(T["endotoxin"], replace(NONE, volume_per_bag_ml=1)) is None
    assert missing_fact(T["viable_cells_per_bag"], replace(NONE, target_dose_cells=1)) is None


@pytest.mark.parametrize(("test_id", "facts", "words"), [
    ("viability", FACTS, "≥ 80 %"), ("cd3", NONE, "≥ 80 %"),
    ("gram_stain", NONE, "no organisms seen"), ("mycoplasma_pcr", NONE, "negative"),
    ("viable_cells_per_bag", FACTS, "80–120 % of target: 2.4 × 10⁹–3.6 × 10⁹ cells"),
    ("viable_cells_per_bag", NONE, "80–120 % of target (the lot has no target dose per bag)"),
    ("endotoxin", FACTS, "≤ 3.5 EU/mL (5 EU/kg × 70 kg reference weight ÷ 100 mL per bag)"),
    ("endotoxin", replace(FACTS, autologous=True, subject_weight_kg=60),
     "≤ 3 EU/mL (5 EU/kg × 60 kg subject weight ÷ 100 mL per bag)"),
    ("endotoxin", NONE, "≤ 5 EU/kg × 70 kg reference weight ÷ dose volume per bag (the dose "
                        "volume per bag is recorded at formulation, not yet)"),
])
def test_the_specification_in_words(test_id: str, facts: LotFacts, words: str) -> None:
    assert specification_words(T[test_id], facts) == words


def test_words_for_every_shape_of_fixed_limits() -> None:
    assert specification_words(BOTH, NONE) == "2–4 g"
    assert specification_words(replace(BOTH, minimum=None), NONE) == "≤ 4 g"
    assert specification_words(replace(BOTH, maximum=None), NONE) == "≥ 2 g"
    assert specification_words(replace(BOTH, minimum=None, maximum=None), NONE) == (
        "recorded, no limit")
    two = replace(T["gram_stain"], passing=("a", "b"))
    assert specification_words(two, NONE) == "a or b"


@pytest.mark.parametrize(("value", "status"), [
    (1.999999, ResultStatus.FAIL), (2, ResultStatus.PASS), (3, ResultStatus.PASS),
    (4, ResultStatus.PASS), (4.000001, ResultStatus.FAIL)])
def test_inclusive_boundaries_both_sides(value: float, status: ResultStatus) -> None:
    assert evaluate(BOTH, ParsedResult(str(value), value), Limits(2, 4)) == status


def test_one_sided_limits_leave_the_other_side_open() -> None:
    assert evaluate(BOTH, ParsedResult("-1e9", -1e9), Limits(None, 4)) == ResultStatus.PASS
    assert evaluate(BOTH, ParsedResult("1e9", 1e9), Limits(2, None)) == ResultStatus.PASS
    assert evaluate(BOTH, ParsedResult("1e9", 1e9), Limits(None, None)) == ResultStatus.PASS


def test_qualitative_results_pass_only_with_a_passing_word() -> None:
    test = T["sterility_14d"]
    assert evaluate(test, ParsedResult("no growth", None), Limits(None, None)) == \
        ResultStatus.PASS
    assert evaluate(test, ParsedResult("growth", None), Limits(None, None)) == ResultStatus.FAIL


@given(st.floats(min_value=0, max_value=100, allow_nan=False))
def test_viability_passes_exactly_from_80_percent(value: float) -> None:
    parsed = parse_result(T["viability"], repr(value))
    assert parsed.value == value
    expected = ResultStatus.PASS if value >= 80 else ResultStatus.FAIL
    assert evaluate(T["viability"], parsed, Limits(80, None)) == expected


@given(target=st.floats(min_value=1e6, max_value=1e11), fraction=st.floats(0.5, 1.5))
def test_dose_per_bag_passes_exactly_within_80_to_120_percent_of_target(
    target: float, fraction: float
) -> None:
    facts = replace(FACTS, target_dose_cells=target)
    limits = limits_for(T["viable_cells_per_bag"], facts)
    assert limits is not None
    value = target * fraction
    inside = target * 80 / 100 <= value <= target * 120 / 100
    assert (evaluate(T["viable_cells_per_bag"], ParsedResult("v", value), limits)
            == ResultStatus.PASS) == inside


@given(volume=st.floats(min_value=1, max_value=500), weight=st.floats(min_value=1, max_value=200))
def test_endotoxin_limit_is_5_eu_per_kg_of_the_weight_over_the_dose_volume(
    volume: float, weight: float
) -> None:
    facts = LotFacts(None, volume, weight)
    assert limits_for(T["endotoxin"], facts) == Limits(None, 5 * weight / volume)


def test_outcomes_one_per_test_in_order_pending_without_a_current_result() -> None:
    current = {"viability": CurrentResult("93.5", ResultStatus.PASS, "≥ 80 %", True),
               "sterility_14d": CurrentResult("growth", ResultStatus.FAIL, "no growth", False)}
    found = outcomes(SPEC, FACTS, current)
    assert [o.test_id for o in found] == [t.id for t in SPEC.tests]
    assert found[3] == QcOutcome(
        test_id="viability", test="Viability", method=T["viability"].method, unit="%",
        specification="≥ 80 %", required_at_release=True, status=ResultStatus.PASS,
        result="93.5", reviewed=True)
    assert found[7] == QcOutcome(
        test_id="sterility_14d", test="14-day sterility", method=T["sterility_14d"].method,
        unit="", specification="no growth", required_at_release=False,
        status=ResultStatus.FAIL, result="growth", reviewed=False)
    assert found[1] == QcOutcome(
        test_id="endotoxin", test="Endotoxin", method=T["endotoxin"].method, unit="EU/mL",
        specification=specification_words(T["endotoxin"], FACTS), required_at_release=True,
        status=ResultStatus.PENDING, result=None, reviewed=False)


def test_an_outcome_keeps_the_words_its_result_was_evaluated_against() -> None:
    current = {"endotoxin": CurrentResult("1", ResultStatus.PASS, "as it was", False)}
    assert outcomes(SPEC, NONE, current)[1].specification == "as it was"


@dataclass(frozen=True)
class Row:
    id: int | None
    corrects_id: int | None


def test_current_rows_are_those_no_row_corrects() -> None:
    rows = [Row(1, None), Row(2, None), Row(3, 1), Row(4, 3), Row(5, None)]
    assert current_rows(rows) == [Row(2, None), Row(4, 3), Row(5, None)]
    assert current_rows([]) == []
    assert current_rows(iter([Row(7, None)])) == [Row(7, None)]


@given(st.integers(min_value=1, max_value=30))
def test_a_chain_of_corrections_has_exactly_one_current_row(length: int) -> None:
    chain = [Row(1, None)] + [Row(i, i - 1) for i in range(2, length + 1)]
    assert current_rows(chain) == [chain[-1]]
