"""DS001 DIN position by position (ST-001 §2.4.1 and App. A.3, as in the domain notes §2),
with the refusal sentences pinned and every flag range tested on both sides (Table 3)."""

from __future__ import annotations

import pytest

from cellchain.isbt128.din import (
    Din,
    FlagType,
    flag_type,
    parse_din_text,
    validate_flags,
)
from cellchain.isbt128.errors import ScanError

GOOD = "G123417654321"  # ST-001 App. A.1 worked example: K = A, Type 3 flag 70


@pytest.mark.parametrize("text", [GOOD, "A999026000001", "1000026000001", "Z9Z9926999999",
                                  "9A00000000000", "N0P9900000000"])
def test_dins_that_follow_every_position_rule_are_read(text: str) -> None:
    din = parse_din_text(text)
    assert (din.fin, din.year, din.sequence) == (text[:5], text[5:7], text[7:])
    assert din.text == text


@pytest.mark.parametrize(("text", "message"), [
    ("G12341765432", "DIN must be 13 characters, got 12"),
    ("G1234176543210", "DIN must be 13 characters, got 14"),
    ("O123417654321", "DIN must start with A-Z (not O) or 1-9 (the facility identifier)"),
    ("0123417654321", "DIN must start with A-Z (not O) or 1-9 (the facility identifier)"),
    ("g123417654321", "DIN must start with A-Z (not O) or 1-9 (the facility identifier)"),
    ("GO23417654321", "facility identifier positions 2-3 must be A-Z (not O) or 0-9"),
    ("G1O3417654321", "facility identifier positions 2-3 must be A-Z (not O) or 0-9"),
    ("Ga23417654321", "facility identifier positions 2-3 must be A-Z (not O) or 0-9"),
    ("G12A417654321", "facility identifier positions 4-5 must be digits"),
    ("G123A17654321", "facility identifier positions 4-5 must be digits"),
    ("G12O417654321", "facility identifier positions 4-5 must be digits"),
    ("G1234A7654321", "year must be digits"),
    ("G12341A654321", "year must be digits"),
    ("G1234176A4321", "sequence number must be 6 digits"),
    ("G12341765432A", "sequence number must be 6 digits"),
    ("G123417 54321", "sequence number must be 6 digits"),
])
def test_each_position_rule_is_refused_in_its_own_words(text: str, message: str) -> None:
    with pytest.raises(ScanError) as refused:
        parse_din_text(text)
    assert refused.value.message == message


@pytest.mark.parametrize(("parts", "message"), [
    (("G123", "41", "765432"), "DIN facility identifier must be 5 characters, got 4"),
    (("G1234", "417", "65432"), "DIN year must be 2 characters, got 3"),
    (("G1234", "17", "65432"), "DIN sequence number must be 6 characters, got 5"),
    (("G1234", "17", "A54321"), "sequence number must be 6 digits"),
])
def test_a_din_built_from_parts_checks_each_part(parts: tuple[str, str, str],
                                                  message: str) -> None:
    with pytest.raises(ScanError) as refused:
        Din(*parts)
    assert refused.value.message == message


@pytest.mark.parametrize(("text", "flag"), [("G123417654321", "70"), ("G123498654321", "77")])
def test_the_type_3_flag_is_60_plus_the_checksum_of_the_worked_examples(text: str,
                                                                          flag: str) -> None:
    din = parse_din_text(text)
    assert din.check_flag() == flag
    assert din.barcode_text(flag) == f"={text}{flag}"


def test_a_barcode_without_flags_carries_00() -> None:
    assert parse_din_text(GOOD).barcode_text() == f"={GOOD}00"
    assert parse_din_text(GOOD).eye_readable == "G1234 17 654321"


# ST-001 Table 3, written out: (flags, type).
FLAG_TABLE = [
    ("00", FlagType.NONE), ("01", FlagType.PROCESS_CONTROL), ("13", FlagType.PROCESS_CONTROL),
    ("14", FlagType.RESERVED), ("15", FlagType.PROCESS_CONTROL),
    ("19", FlagType.PROCESS_CONTROL), ("20", FlagType.LOCAL), ("59", FlagType.LOCAL),
    ("60", FlagType.CHECK), ("96", FlagType.CHECK), ("97", FlagType.RESERVED),
    ("99", FlagType.RESERVED), ("A1", FlagType.RESERVED), ("1Z", FlagType.RESERVED),
]


@pytest.mark.parametrize(("flags", "expected"), FLAG_TABLE)
def test_each_flag_range_has_its_type_on_both_sides(flags: str, expected: FlagType) -> None:
    assert flag_type(flags) == expected


@pytest.mark.parametrize(("flags", "message"), [
    ("0", "DIN flags must be 2 characters, got 1"),
    ("000", "DIN flags must be 2 characters, got 3"),
    ("0O", "DIN flags must be digits or upper-case letters (not O)"),
    ("a1", "DIN flags must be digits or upper-case letters (not O)"),
    ("1 ", "DIN flags must be digits or upper-case letters (not O)"),
])
def test_malformed_flags_are_refused_not_crashed_on(flags: str, message: str) -> None:
    for call in (validate_flags, flag_type, parse_din_text(GOOD).barcode_text):
        with pytest.raises(ScanError) as refused:
            call(flags)
        assert refused.value.message == message
