"""QC results against the specification, as pure rules: reading a typed result, the limits
calculated for a lot, the specification in words, in/out of specification, and where a lot
stands (one outcome per specified test). No I/O; everything is passed in."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol, TypeVar

from cellchain.display import scientific
from cellchain.errors import BadInput
from cellchain.inputs.rules import parse_number
from cellchain.qc.outcomes import QcOutcome, ResultStatus
from cellchain.qc.specification import QUALITATIVE, QcSpecification, QcTest

FIELD = "result"


@dataclass(frozen=True)
class ParsedResult:
    text: str  # what the record shows: the number as typed, or the vocabulary's own word
    value: float | None  # the number, for a numeric test


@dataclass(frozen=True)
class LotFacts:
    """What a lot's calculated limits are calculated from."""

    target_dose_cells: float | None
    volume_per_bag_ml: float | None
    reference_weight_kg: float
    autologous: bool = False
    subject_weight_kg: float | None = None


@dataclass(frozen=True)
class Limits:
    minimum: float | None  # inclusive
    maximum: float | None  # inclusive


@dataclass(frozen=True)
class CurrentResult:
    """A test's current result (the last correction applied) as release reads it."""

    result: str
    status: ResultStatus
    specification: str  # the words it was evaluated against
    reviewed: bool


def _words(items: Iterable[str]) -> str:
    return ", ".join(f'"{item}"' for item in items)


def parse_result(test: QcTest, raw: str) -> ParsedResult:
    """Reads a typed result for ``test``, or raises BadInput naming the result field."""
    text = " ".join(raw.split())
    if not text:
        raise BadInput(f"{test.name} result is required", field=FIELD)
    if test.kind == QUALITATIVE:
        for word in test.results:
            if word.casefold() == text.casefold():
                return ParsedResult(word, None)
        raise BadInput(f"{test.name} result must be one of {_words(test.results)}; "
                       f"got {text!r}", field=FIELD)
    value = parse_number(text, label=f"{test.name} result", field=FIELD)
    if test.possible and not test.possible[0] <= value <= test.possible[1]:
        low, high = (scientific(v, test.unit) for v in test.possible)
        raise BadInput(f"{test.name} {scientific(value, test.unit)} is impossible: it must lie "
                       f"between {low} and {high}; check for a typing error", field=FIELD)
    return ParsedResult(text, value)


def weight_for(facts: LotFacts) -> tuple[float, bool]:
    """The recipient weight endotoxin is limited by, and whether it is the reference weight:
    the subject's own for an autologous lot whose subject's weight is known."""
    if facts.autologous and facts.subject_weight_kg is not None:
        return facts.subject_weight_kg, False
    return facts.reference_weight_kg, True


def missing_fact(test: QcTest, facts: LotFacts) -> str | None:
    """Why the lot's limits for ``test`` cannot be calculated yet, or None."""
    if test.percent_of_target is not None and facts.target_dose_cells is None:
        return "the lot has no target dose per bag"
    if test.maximum_per_kg is not None and facts.volume_per_bag_ml is None:
        return "the dose volume per bag is recorded at formulation, not yet"
    return None


def limits_for(test: QcTest, facts: LotFacts) -> Limits | None:
    """The test's limits for this lot (None: a calculated limit lacks its facts)."""
    if missing_fact(test, facts) is not None:
        return None
    minimum, maximum = test.minimum, test.maximum
    if test.percent_of_target is not None and facts.target_dose_cells is not None:
        low, high = test.percent_of_target
        minimum = facts.target_dose_cells * low / 100
        maximum = facts.target_dose_cells * high / 100
    if test.maximum_per_kg is not None and facts.volume_per_bag_ml is not None:
        maximum = test.maximum_per_kg * weight_for(facts)[0] / facts.volume_per_bag_ml
    return Limits(minimum, maximum)


def _range(limits: Limits, unit: str) -> str:
    low, high = limits.minimum, limits.maximum
    if low is not None and high is not None:
        return f"{scientific(low)}–{scientific(high, unit)}"
    if low is not None:
        return f"≥ {scientific(low, unit)}"
    if high is not None:
        return f"≤ {scientific(high, unit)}"
    return "recorded, no limit"


def _per_kg_words(test: QcTest, facts: LotFacts, per_kg: float) -> str:
    weight, reference = weight_for(facts)
    per_kg_unit = test.unit.split("/")[0] + "/kg"
    basis = (f"{scientific(per_kg, per_kg_unit)} × {scientific(weight, 'kg')}"
             + (" reference weight" if reference else " subject weight"))
    limits = limits_for(test, facts)
    if limits is None or facts.volume_per_bag_ml is None:
        return f"≤ {basis} ÷ dose volume per bag ({missing_fact(test, facts)})"
    return (f"{_range(limits, test.unit)} ({basis} ÷ "
            f"{scientific(facts.volume_per_bag_ml, 'mL')} per bag)")


def specification_words(test: QcTest, facts: LotFacts) -> str:
    """The specification in words, limits calculated for this lot: '≥ 80 %',
    '80–120 % of target: 2.4 × 10⁹–3.6 × 10⁹ cells', 'no growth'."""
    if test.kind == QUALITATIVE:
        return " or ".join(test.passing)
    if test.maximum_per_kg is not None:
        return _per_kg_words(test, facts, test.maximum_per_kg)
    limits = limits_for(test, facts)
    if test.percent_of_target is not None:
        low, high = test.percent_of_target
        head = f"{scientific(low)}–{scientific(high)} % of target"
        if limits is None:
            return f"{head} ({missing_fact(test, facts)})"
        return f"{head}: {_range(limits, test.unit)}"
    assert limits is not None, "fixed limits need no facts"
    return _range(limits, test.unit)


def evaluate(test: QcTest, parsed: ParsedResult, limits: Limits) -> ResultStatus:
    """In (PASS) or out of (FAIL) specification."""
    if test.kind == QUALITATIVE:
        return ResultStatus.PASS if parsed.text in test.passing else ResultStatus.FAIL
    value = parsed.value
    assert value is not None, "a numeric test's result has a value"
    too_low = limits.minimum is not None and value < limits.minimum
    too_high = limits.maximum is not None and value > limits.maximum
    return ResultStatus.FAIL if too_low or too_high else ResultStatus.PASS


def outcomes(
    spec: QcSpecification, facts: LotFacts, current: Mapping[str, CurrentResult]
) -> list[QcOutcome]:
    """One outcome per specified test, in specification order; PENDING where the test has no
    current result. A result keeps the specification words it was evaluated against."""
    found = []
    for test in spec.tests:
        result = current.get(test.id)
        found.append(QcOutcome(
            test_id=test.id, test=test.name, method=test.method, unit=test.unit,
            specification=result.specification if result else specification_words(test, facts),
            required_at_release=test.required_at_release,
            status=result.status if result else ResultStatus.PENDING,
            result=result.result if result else None,
            reviewed=result.reviewed if result else False))
    return found


class Chained(Protocol):
    @property
    def id(self) -> int | None: ...

    @property
    def corrects_id(self) -> int | None: ...


RowT = TypeVar("RowT", bound=Chained)


def current_rows(rows: Iterable[RowT]) -> list[RowT]:
    """The rows no later row corrects (each test's current result), in the given order."""
    listed = list(rows)
    corrected = {row.corrects_id for row in listed}
    return [row for row in listed if row.id not in corrected]
