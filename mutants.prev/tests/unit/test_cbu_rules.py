"""The cord blood unit lifecycle, decision rules and receipt checks, over every case."""

from __future__ import annotations

import itertools
import math
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from cellchain.cbu.rules import (
    ARRIVAL_TEMP_RANGE_C,
    AUTOLOGOUS_COLLECTION_TYPES,
    BIOHAZARD_COLLECTION_TYPES,
    MIN_VIABILITY_PCT,
    TRANSITIONS,
    CbuState,
    IdmStatus,
    InvalidTransition,
    SourceType,
    check_decision,
    check_segregation,
    check_transition,
    decision_of,
    receipt_findings,
    receipt_value_errors,
)
from cellchain.errors import BadInput, Forbidden
from cellchain.isbt128.product_code import COLLECTION_TYPES

S = CbuState
EXPECTED_ALLOWED = frozenset({(S.RECEIVED, S.ACCEPTED), (S.RECEIVED, S.REJECTED),
                              (S.ACCEPTED, S.CONSUMED)})
LABEL = "A9991 26 004711 S9998V00"
NOW = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(("current", "target"), list(itertools.product(CbuState, CbuState)))
def test_every_pair_is_allowed_exactly_when_the_specification_says(
    current: CbuState, target: CbuState
) -> None:
    allowed = (current, target) in EXPECTED_ALLOWED
    assert (target in TRANSITIONS[current]) is allowed
    if allowed:
        check_transition(LABEL, current, target)
    else:
        with pytest.raises(InvalidTransition) as refusal:
            check_transition(LABEL, current, target)
        assert LABEL in refusal.value.message
        assert refusal.value.status_code == 409


def test_every_state_has_a_row_and_every_state_is_reachable_from_received() -> None:
    assert set(TRANSITIONS) == set(CbuState)
    seen, frontier = {S.RECEIVED}, [S.RECEIVED]
    while frontier:
        for nxt in TRANSITIONS[frontier.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    assert seen == set(CbuState)


def test_rejected_and_consumed_are_final() -> None:
    assert TRANSITIONS[S.REJECTED] == frozenset()
    assert TRANSITIONS[S.CONSUMED] == frozenset()


@pytest.mark.parametrize(("current", "target", "sentence"), [
    (S.ACCEPTED, S.ACCEPTED, f"Cord blood unit {LABEL} is already accepted."),
    (S.RECEIVED, S.CONSUMED, f"Cord blood unit {LABEL} is received (quarantine); it cannot "
                             "become consumed: only a unit accepted by QA can be used for a lot."),
    (S.REJECTED, S.ACCEPTED, f"Cord blood unit {LABEL} is rejected; it cannot become accepted: "
                             "only a unit in quarantine (received) can be accepted."),
    (S.CONSUMED, S.RECEIVED, f"Cord blood unit {LABEL} is consumed; it cannot become received "
                             "(quarantine): a unit is received only once and never returns to "
                             "quarantine."),
])
def test_a_refusal_names_the_unit_its_state_and_what_must_happen_first(
    current: CbuState, target: CbuState, sentence: str
) -> None:
    with pytest.raises(InvalidTransition) as refusal:
        check_transition(LABEL, current, target)
    assert refusal.value.message == sentence


@pytest.mark.parametrize(("state", "decision"), [
    (S.RECEIVED, None), (S.ACCEPTED, S.ACCEPTED), (S.CONSUMED, S.ACCEPTED),
    (S.REJECTED, S.REJECTED),
])
def test_a_consumed_unit_still_stands_for_an_acceptance(
    state: CbuState, decision: CbuState | None
) -> None:
    assert decision_of(state) == decision


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_rejecting_needs_a_reason(reason: str | None) -> None:
    with pytest.raises(BadInput, match="reason is required to reject") as refusal:
        check_decision(LABEL, S.REJECTED, findings=[], reason=reason)
    assert refusal.value.field == "reason"


@pytest.mark.parametrize("reason", [None, "", "  "])
def test_accepting_with_findings_needs_a_justification(reason: str | None) -> None:
    with pytest.raises(BadInput, match="with 2 receipt finding") as refusal:
        check_decision(LABEL, S.ACCEPTED, findings=["a", "b"], reason=reason)
    assert refusal.value.field == "reason"


@pytest.mark.parametrize(("target", "findings", "reason"), [
    (S.ACCEPTED, [], None),
    (S.ACCEPTED, [], "ok"),
    (S.ACCEPTED, ["Viability 80 % is below 85 %."], "clinical need, approved by PI"),
    (S.REJECTED, [], "container cracked"),
    (S.REJECTED, ["x"], "container cracked"),
])
def test_decisions_with_the_reasons_they_need_pass(
    target: CbuState, findings: list[str], reason: str | None
) -> None:
    check_decision(LABEL, target, findings=findings, reason=reason)


def test_the_person_who_received_a_unit_cannot_decide_on_it() -> None:
    with pytest.raises(Forbidden, match="a different QA person"):
        check_segregation(LABEL, received_by=7, decided_by=7)


@pytest.mark.parametrize(("received_by", "decided_by"), [(7, 8), (None, 8), (None, None)])
def test_someone_else_may_decide(received_by: int | None, decided_by: int | None) -> None:
    check_segregation(LABEL, received_by=received_by, decided_by=decided_by)


# --- receipt findings ----------------------------------------------------------------------

GOOD: dict[SourceType, dict[str, Any]] = {
    SourceType.CORD_BLOOD: {"source_type": SourceType.CORD_BLOOD, "arrival_temp_c": -180.0,
                            "container_intact": True, "idm_status": IdmStatus.NEGATIVE,
                            "viability_pct": 95.0, "collection_type": "V"},
    SourceType.AUTOLOGOUS_BLOOD: {"source_type": SourceType.AUTOLOGOUS_BLOOD,
                                  "arrival_temp_c": 20.0, "container_intact": True,
                                  "idm_status": IdmStatus.NEGATIVE, "viability_pct": 95.0,
                                  "collection_type": "1"},
}


@pytest.mark.parametrize("source", list(SourceType))
def test_a_unit_within_specification_has_no_findings(source: SourceType) -> None:
    assert receipt_findings(**GOOD[source]) == []


@pytest.mark.parametrize("source", list(SourceType))
def test_the_arrival_temperature_range_is_inclusive_at_both_ends(source: SourceType) -> None:
    low, high = ARRIVAL_TEMP_RANGE_C[source]
    for edge in (low, high):
        assert receipt_findings(**{**GOOD[source], "arrival_temp_c": edge}) == []
    for outside in (low - 0.1, high + 0.1):
        (finding,) = receipt_findings(**{**GOOD[source], "arrival_temp_c": outside})
        assert finding == f"Arrival temperature {outside:g} °C is outside {low:g} to {high:g} °C."


def test_a_fresh_temperature_is_a_finding_for_cryopreserved_cord_blood() -> None:
    assert receipt_findings(**{**GOOD[SourceType.CORD_BLOOD], "arrival_temp_c": 20.0}) == [
        "Arrival temperature 20 °C is outside -196 to -150 °C."]


@pytest.mark.parametrize(("change", "finding"), [
    ({"container_intact": False}, "Container was not intact on arrival."),
    ({"idm_status": IdmStatus.POSITIVE}, "Infectious-disease markers are positive."),
    ({"idm_status": IdmStatus.PENDING}, "Infectious-disease markers are pending."),
    ({"viability_pct": MIN_VIABILITY_PCT - 0.1}, "Viability 84.9 % is below 85 %."),
    ({"arrival_temp_c": None}, "Arrival temperature was not recorded."),
    ({"container_intact": None}, "Container integrity was not recorded."),
    ({"idm_status": None}, "Infectious-disease marker status was not recorded."),
    ({"viability_pct": None}, "Viability was not recorded."),
])
def test_each_out_of_specification_value_is_one_finding_in_plain_words(
    change: dict[str, Any], finding: str
) -> None:
    assert receipt_findings(**{**GOOD[SourceType.CORD_BLOOD], **change}) == [finding]


def test_viability_at_the_threshold_is_in_specification() -> None:
    assert receipt_findings(**{**GOOD[SourceType.CORD_BLOOD],
                               "viability_pct": MIN_VIABILITY_PCT}) == []


def test_every_finding_is_listed_not_only_the_first() -> None:
    findings = receipt_findings(source_type=SourceType.CORD_BLOOD, arrival_temp_c=4.0,
                                container_intact=False, idm_status=IdmStatus.PENDING,
                                viability_pct=60.0, collection_type="X")
    assert len(findings) == 6


# ISBT 128 ST-001 Table 7 (collection types), written out here rather than taken from the
# module under test: autologous use and biohazard-labelled collections.
AUTOLOGOUS = {"A", "1", "X", "8"}
BIOHAZARD = {"X", "3", "6", "H"}


def test_the_module_uses_the_collection_type_sets_of_the_standard() -> None:
    assert AUTOLOGOUS_COLLECTION_TYPES == AUTOLOGOUS
    assert BIOHAZARD_COLLECTION_TYPES == BIOHAZARD


@pytest.mark.parametrize("collection_type", sorted(COLLECTION_TYPES))
def test_collection_types_are_checked_against_the_source(collection_type: str) -> None:
    for source in SourceType:
        findings = receipt_findings(**{**GOOD[source], "collection_type": collection_type})
        expected = int(collection_type in BIOHAZARD)
        if source == SourceType.AUTOLOGOUS_BLOOD:
            expected += int(collection_type not in AUTOLOGOUS)
        else:
            expected += int(collection_type in {"1", "X", "8"})
        assert len(findings) == expected, (source, collection_type, findings)


def test_autologous_only_material_received_as_cord_blood_is_a_finding() -> None:
    assert receipt_findings(**{**GOOD[SourceType.CORD_BLOOD], "collection_type": "1"}) == [
        "Product code collection type 1 is for autologous use only, but the unit was received "
        "as allogeneic cord blood."]


def test_a_product_code_without_collection_type_adds_no_finding() -> None:
    assert receipt_findings(**{**GOOD[SourceType.AUTOLOGOUS_BLOOD], "collection_type": ""}) == []


# --- plausibility of typed values ----------------------------------------------------------

VALUES: dict[str, Any] = {"bank_name": "Bank", "volume_ml": 25.0,
                          "total_nucleated_cells": 1.5e9, "viability_pct": 95.0,
                          "arrival_temp_c": -180.0, "collected_at": NOW - timedelta(days=3),
                          "now": NOW}


def test_plausible_values_have_no_errors() -> None:
    assert receipt_value_errors(**VALUES) == {}


@pytest.mark.parametrize(("change", "field"), [
    ({"bank_name": "  "}, "bank_name"),
    ({"volume_ml": 0.0}, "volume_ml"),
    ({"volume_ml": 1000.1}, "volume_ml"),
    ({"volume_ml": math.nan}, "volume_ml"),
    ({"total_nucleated_cells": 0.0}, "total_nucleated_cells"),
    ({"total_nucleated_cells": math.inf}, "total_nucleated_cells"),
    ({"viability_pct": -0.1}, "viability_pct"),
    ({"viability_pct": 100.1}, "viability_pct"),
    ({"viability_pct": math.nan}, "viability_pct"),
    ({"arrival_temp_c": -200.1}, "arrival_temp_c"),
    ({"arrival_temp_c": 60.1}, "arrival_temp_c"),
    ({"collected_at": NOW + timedelta(seconds=1)}, "collected_at"),
])
def test_an_impossible_value_is_named_by_its_field(change: dict[str, Any], field: str) -> None:
    assert list(receipt_value_errors(**{**VALUES, **change})) == [field]


@pytest.mark.parametrize("change", [
    {"volume_ml": 1000.0}, {"viability_pct": 0.0}, {"viability_pct": 100.0},
    {"arrival_temp_c": -200.0}, {"arrival_temp_c": 60.0}, {"collected_at": NOW},
])
def test_limits_are_inclusive(change: dict[str, Any]) -> None:
    assert receipt_value_errors(**{**VALUES, **change}) == {}
