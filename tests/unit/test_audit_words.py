"""The audit trail reads in words: every action has a name, fields and values read as text,
filters are checked at the edge, and CSV cells never start a spreadsheet formula."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from cellchain.audit.browse import csv_cell
from cellchain.audit.filters import AuditFilter, read_filter, time_range
from cellchain.audit.records import KIND_WORDS, NAMERS
from cellchain.audit.words import (
    ACTION_LABELS,
    Line,
    action_label,
    actor_text,
    change_lines,
    field_label,
    references,
    value_text,
)
from cellchain.blinding.rules import AUDIT_ACTIONS, AUDIT_ENTITIES
from cellchain.errors import BadInput

LONDON = ZoneInfo("Europe/London")


def test_every_audited_action_has_words_and_no_words_name_an_unknown_action() -> None:
    assert sorted(set(AUDIT_ACTIONS) - set(ACTION_LABELS)) == []
    assert sorted(set(ACTION_LABELS) - set(AUDIT_ACTIONS)) == []
    assert all(words and "." not in words and "_" not in words
               for words in ACTION_LABELS.values())


def test_every_audited_record_kind_is_named_by_its_own_identifier() -> None:
    assert sorted(set(AUDIT_ENTITIES) - set(NAMERS)) == []
    assert sorted(set(AUDIT_ENTITIES) - set(KIND_WORDS)) == []


def test_actions_read_as_words_even_for_a_code_no_longer_written() -> None:
    assert action_label("batch.step_recorded") == "Step recorded"
    assert action_label("lot.status_changed") == "Lot status changed"
    assert action_label("lot.reworked") == "Lot reworked"


@pytest.mark.parametrize(("key", "words"), [
    ("parent_dins", "Parent DINs"), ("viability_pct", "Viability %"), ("din", "DIN"),
    ("decided_by_name", "Decided by name"), ("content_sha256", "Content SHA-256"),
    ("coi", "COI"), ("mnc_count", "MNC count"), ("status", "Status"),
])
def test_snake_case_field_names_read_as_words(key: str, words: str) -> None:
    assert field_label(key) == words


@pytest.mark.parametrize(("value", "text"), [
    (None, "—"), (True, "yes"), (False, "no"), (94.0, "94"), (3000000000.0, "3000000000"),
    (2.5, "2.5"), (["M000001", "M000002"], "M000001, M000002"), ([], "—"),
    ({"vessel": "T175"}, "Vessel: T175"), ("in_qc", "in_qc"), (7, "7"),
])
def test_values_read_as_text(value: object, text: str) -> None:
    assert value_text(value) == text


def test_a_change_reads_old_to_new_a_creation_and_data_read_as_the_value() -> None:
    changes = ('[{"field":"status","new":"activated","old":"planned"},'
               '{"field":"parent_dins","new":["A999126004711"],"old":null}]')
    data = '{"step":"activation","values":{"viability_pct":94.0}}'
    lines = change_lines(changes, data)
    assert lines == [Line("Status", "activated", "planned"),
                     Line("Parent DINs", "A999126004711"),
                     Line("Step", "activation"), Line("Viability %", "94")]
    assert [line.text() for line in lines[:2]] == ["Status: planned → activated",
                                                   "Parent DINs: A999126004711"]


def test_a_reference_by_internal_id_reads_as_the_records_identifier() -> None:
    changes = '[{"field":"subject_id","new":1,"old":null}]'
    data = '{"lot_id":8}'
    assert references(changes, data) == {("subject", "1"), ("lot", "8")}
    names = {("subject", "1"): "Subject RAK001", ("lot", "8"): "Lot A999026000008"}
    assert change_lines(changes, data, names) == [Line("Subject", "RAK001"),
                                                  Line("Lot", "A999026000008")]


def test_text_that_is_not_the_expected_json_is_shown_not_dropped() -> None:
    assert change_lines("not json", "{}") == [Line("Changes", "not json")]
    assert change_lines("[]", "[1]") == [Line("Data", "1")]


def test_who_reads_as_printed_name_and_user_id_or_the_system_job() -> None:
    assert actor_text("Tina Tech", "technician") == "Tina Tech (technician)"
    assert actor_text("system:demo.seed", None) == "System (demo.seed)"
    assert actor_text("anonymous", None) == "Anonymous"


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_a_csv_cell_that_would_start_a_formula_gets_a_leading_apostrophe(cell: str) -> None:
    assert csv_cell(cell) == f"'{cell}"


def test_a_plain_csv_cell_is_left_as_it_is() -> None:
    assert csv_cell("Lot A999026000001") == "Lot A999026000001"


def test_a_filter_is_read_trimmed_and_its_non_empty_fields_named() -> None:
    flt = read_filter(record=" A999026000001 ", action="lot.planned", date_to="2026-11-30")
    assert flt == AuditFilter(record="A999026000001", action="lot.planned",
                              date_to="2026-11-30")
    assert flt.active and not AuditFilter().active
    assert flt.params() == {"record": "A999026000001", "action": "lot.planned",
                            "date_to": "2026-11-30"}


@pytest.mark.parametrize(("fields", "field", "words"), [
    ({"date_from": "30/11/2026"}, "date_from", "From '30/11/2026' is not a date"),
    ({"date_to": "2026-02-30"}, "date_to", "To '2026-02-30' is not a date"),
    ({"action": "batch.step_recorded []"}, "action", "is not an action the audit trail"),
    ({"date_from": "2026-12-01", "date_to": "2026-11-30"}, "date_to", "before From"),
    ({"record": "x" * 65}, "record", "at most 64 characters"),
    ({"user": "a\x00b"}, "user", "control character"),
])
def test_a_bad_filter_is_refused_naming_the_field_and_the_rule(
    fields: dict[str, str], field: str, words: str
) -> None:
    with pytest.raises(BadInput, match=words) as refused:
        read_filter(**fields)
    assert refused.value.field == field


def test_the_date_range_is_site_days_and_includes_the_whole_last_day() -> None:
    winter = time_range(AuditFilter(date_from="2026-11-30", date_to="2026-11-30"), LONDON)
    assert winter.start == datetime(2026, 11, 30, 0, 0, tzinfo=UTC)
    assert winter.end == datetime(2026, 12, 1, 0, 0, tzinfo=UTC)
    # British Summer Time: the site day starts at 23:00 UTC the day before.
    summer = time_range(AuditFilter(date_from="2026-07-01", date_to="2026-07-01"), LONDON)
    assert summer.start == datetime(2026, 6, 30, 23, 0, tzinfo=UTC)
    assert summer.end == datetime(2026, 7, 1, 23, 0, tzinfo=UTC)
    # The day the clocks go forward has 23 hours, and all of them are in the range.
    spring = time_range(AuditFilter(date_to="2026-03-29"), LONDON)
    assert spring.start is None and spring.end == datetime(2026, 3, 29, 23, 0, tzinfo=UTC)
