"""Cord blood and autologous receipt: every limit tested on both sides, with the words QA and
the technician read. Limits are the PROPOSED defaults written out here, not imported."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from cellchain.cbu.rules import IdmStatus, SourceType, receipt_findings, receipt_value_errors

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
CLEAN = {"container_intact": True, "idm_status": IdmStatus.NEGATIVE, "viability_pct": 90.0}


@pytest.mark.parametrize(("source", "temp", "finding"), [
    (SourceType.AUTOLOGOUS_BLOOD, 15.0, None), (SourceType.AUTOLOGOUS_BLOOD, 25.0, None),
    (SourceType.AUTOLOGOUS_BLOOD, 14.9, "Arrival temperature 14.9 °C is outside 15 to 25 °C."),
    (SourceType.AUTOLOGOUS_BLOOD, 25.1, "Arrival temperature 25.1 °C is outside 15 to 25 °C."),
    (SourceType.CORD_BLOOD, -196.0, None), (SourceType.CORD_BLOOD, -150.0, None),
    (SourceType.CORD_BLOOD, -196.5,
     "Arrival temperature -196.5 °C is outside -196 to -150 °C."),
    (SourceType.CORD_BLOOD, -149.9,
     "Arrival temperature -149.9 °C is outside -196 to -150 °C."),
])
def test_the_arrival_temperature_range_holds_at_both_ends(
    source: SourceType, temp: float, finding: str | None
) -> None:
    found = receipt_findings(source_type=source, arrival_temp_c=temp, **CLEAN)  # type: ignore[arg-type]
    assert found == ([finding] if finding else [])


@pytest.mark.parametrize(("viability", "finding"), [
    (85.0, None), (84.9, "Viability 84.9 % is below 85 %."),
])
def test_viability_of_starting_material_must_reach_85_percent(viability: float,
                                                              finding: str | None) -> None:
    found = receipt_findings(source_type=SourceType.CORD_BLOOD, arrival_temp_c=-180.0,
                             container_intact=True, idm_status=IdmStatus.NEGATIVE,
                             viability_pct=viability)
    assert found == ([finding] if finding else [])


def test_what_was_not_recorded_is_each_a_finding_in_words() -> None:
    assert receipt_findings(source_type=SourceType.CORD_BLOOD, arrival_temp_c=None,
                            container_intact=None, idm_status=None, viability_pct=None) == [
        "Arrival temperature was not recorded.", "Container integrity was not recorded.",
        "Infectious-disease marker status was not recorded.", "Viability was not recorded."]
    assert receipt_findings(source_type=SourceType.CORD_BLOOD, arrival_temp_c=-180.0,
                            container_intact=False, idm_status=IdmStatus.POSITIVE,
                            viability_pct=90.0) == [
        "Container was not intact on arrival.", "Infectious-disease markers are positive."]


def _errors(**changes: object) -> dict[str, str]:
    values: dict[str, object] = {
        "bank_name": "Bank", "volume_ml": 25.0, "total_nucleated_cells": 1.5e9,
        "viability_pct": 90.0, "arrival_temp_c": -180.0, "collected_at": NOW, "now": NOW}
    values.update(changes)
    return receipt_value_errors(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(("field", "ok", "bad", "message"), [
    ("volume_ml", [1e-9, 1000.0], [0.0, -1.0, 1000.1],
     "volume must be more than 0 and at most 1000 mL"),
    ("total_nucleated_cells", [1.0, 1e12], [0.0, 1.0000001e12],
     "total nucleated cells must be more than 0 and at most 1e12 (write e.g. 1.5e9)"),
    ("viability_pct", [0.0, 100.0], [-0.1, 100.1], "viability must be between 0 and 100 %"),
    ("arrival_temp_c", [-200.0, 60.0], [-200.1, 60.1],
     "arrival temperature must be between -200 and 60 °C"),
])
def test_typed_values_are_plausible_on_both_sides_of_each_limit(
    field: str, ok: list[float], bad: list[float], message: str
) -> None:
    for value in ok:
        assert _errors(**{field: value}) == {}, (field, value)
    for value in bad:
        assert _errors(**{field: value}) == {field: message}, (field, value)


def test_a_bank_name_and_a_past_collection_time_are_required() -> None:
    assert _errors(bank_name="  ") == {"bank_name": "bank or collection site is required"}
    assert _errors(collected_at=NOW + timedelta(seconds=1)) == {
        "collected_at": "collection time cannot be in the future"}
    assert _errors(collected_at=NOW) == {}
