"""Rules that had no unit test of their own (found by the mutation run): the audit row reader,
bag division codes, cellchain's QC sample code, and what a deviation does to its lot."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cellchain.audit.chain import record_from_row
from cellchain.bags.rules import division_codes
from cellchain.errors import BadInput
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.local import SampleCode
from cellchain.lots.states import LotState, deviation_holds_lot, deviation_outcome

AT = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
ROW = {"seq": 7, "at": AT, "actor_id": 3, "actor_name": "Quentin Ashby",
       "action": "lot.status_changed", "entity_type": "lot", "entity_id": "12",
       "changes": "[]", "reason": "excursion", "data": "{}", "prev_hash": "a" * 64,
       "hash": "b" * 64}


def test_an_audit_row_is_read_back_field_for_field() -> None:
    stored = record_from_row({**ROW, "format": 2, "blinding": "open"})
    record = stored.record
    assert (record.seq, record.at, record.actor_id, record.actor_name, record.action,
            record.entity_type, record.entity_id, record.changes, record.reason, record.data,
            record.prev_hash, record.format, record.blinding) == (
        7, AT, 3, "Quentin Ashby", "lot.status_changed", "lot", "12", "[]", "excursion", "{}",
        "a" * 64, 2, "open")
    assert stored.stored_hash == "b" * 64


def test_a_row_written_before_migration_0004_reads_as_format_1_and_hidden() -> None:
    record = record_from_row(ROW).record
    assert (record.format, record.blinding) == (1, "unblinded")


@pytest.mark.parametrize(("count", "already", "codes"), [
    (1, 0, ["A0"]), (3, 2, ["C0", "D0", "E0"]), (1, 25, ["Z0"]), (26, 0, None),
])
def test_division_codes_are_the_next_letters_then_0(count: int, already: int,
                                                   codes: list[str] | None) -> None:
    made = division_codes(count, already=already)
    assert made == (codes or [f"{chr(ord('A') + i)}0" for i in range(26)])


@pytest.mark.parametrize(("count", "already", "message"), [
    (0, 0, "bag count must be at least 1"),
    (-1, 3, "bag count must be at least 1"),
    (2, 25, "a lot can have at most 26 bags (divisions A0-Z0); 25 exist and 2 more were "
            "asked for"),
    (27, 0, "a lot can have at most 26 bags (divisions A0-Z0); 0 exist and 27 more were "
            "asked for"),
])
def test_impossible_bag_counts_are_refused_naming_the_field(count: int, already: int,
                                                            message: str) -> None:
    with pytest.raises(BadInput) as refused:
        division_codes(count, already=already)
    assert (refused.value.message, refused.value.field) == (message, "count")


def test_a_qc_sample_code_round_trips_and_names_its_fields() -> None:
    code = SampleCode.parse("A999026000001007")
    assert code.fields() == {"din": "A999026000001", "sample_number": 7}
    assert (code.text, code.content) == ("&qA999026000001007", "A999026000001007")
    assert SampleCode.parse("A999026000001999").sample_number == 999


@pytest.mark.parametrize(("content", "message"), [
    ("A99902600000100", "QC sample code has 16 characters after '&q', got 15"),
    ("A9990260000010070", "QC sample code has 16 characters after '&q', got 17"),
    ("A99902600000100A", "QC sample number must be 3 digits"),
    ("A999026000001-01", "QC sample number must be 3 digits"),
    ("A999026000001000", "sample number must be 1-999, got 0"),
    ("O999026000001001", "DIN must start with A-Z (not O) or 1-9 (the facility identifier)"),
])
def test_malformed_qc_sample_codes_are_refused_in_words(content: str, message: str) -> None:
    with pytest.raises(ScanError) as refused:
        SampleCode.parse(content)
    assert refused.value.message == message


# What opening a deviation does to a lot, by the lot's state (written out from DESIGN §3).
OUTCOMES = {
    LotState.PLANNED: "the lot is on hold",
    LotState.ACTIVATED: "the lot is on hold",
    LotState.EXPANDING: "the lot is on hold",
    LotState.HARVESTED: "the lot is on hold",
    LotState.IN_QC: "the lot is on hold",
    LotState.ON_HOLD: "the lot was already on hold and stays on hold",
    LotState.RELEASED: "the lot is released and was not put on hold: QA must assess whether "
                       "to recall it",
    LotState.CONDITIONALLY_RELEASED: "the lot is conditionally released and was not put on "
                                     "hold: QA must assess whether to recall it",
    LotState.REJECTED: "the lot is rejected; its status did not change",
    LotState.RECALLED: "the lot is recalled; its status did not change",
    LotState.CLOSED: "the lot is closed; its status did not change",
}


@pytest.mark.parametrize("state", list(LotState))
def test_a_deviation_holds_only_a_lot_still_being_made_and_says_what_it_did(
    state: LotState,
) -> None:
    assert deviation_outcome(state) == OUTCOMES[state]
    assert deviation_holds_lot(state) is (OUTCOMES[state] == "the lot is on hold")


def test_scanner_normalisation_keeps_envelope_separators_at_the_ends() -> None:
    from cellchain.isbt128.scan import normalise

    # GS, RS and EOT count as whitespace to Python but are data to an ISO/IEC 15434 reader.
    assert normalise(" ]d2[)>\x1e06\x1dX\x1e\x04\r\n") == "[)>\x1e06\x1dX\x1e\x04"
    assert normalise("\x1d=A99902600000100\t") == "\x1d=A99902600000100"
    assert normalise("]C0]C1=X") == "]C1=X"


def test_unclassified_blinding_names_the_table_to_edit_and_keys_are_normalised() -> None:
    from cellchain.auth.rules import printed_name_key
    from cellchain.bags.rules import BagStatus, unusable_reasons
    from cellchain.blinding.rules import Unclassified, audit_class

    with pytest.raises(Unclassified) as refused:
        audit_class("lot.teleported", "lot")
    assert str(refused.value) == ("audit action 'lot.teleported' has no blinding class "
                                  "(cellchain/blinding/rules.py AUDIT_ACTIONS)")
    with pytest.raises(Unclassified) as refused:
        audit_class("label.printed", "spaceship")
    assert str(refused.value) == ("audit record kind 'spaceship' has no blinding class "
                                  "(cellchain/blinding/rules.py AUDIT_ENTITIES)")
    assert printed_name_key("  Quentin \t ASHBY ") == "quentin ashby"
    assert unusable_reasons(status=BagStatus.RELEASED, lot_status="on_hold", expires_at=AT,
                            now=AT.replace(year=2025)) == ["its lot is on hold, not released"]


def test_the_first_bags_of_a_lot_start_at_a0() -> None:
    assert division_codes(2) == ["A0", "B0"]
