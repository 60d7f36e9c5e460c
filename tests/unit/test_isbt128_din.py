"""ISBT 128 check characters and DIN parsing (ST-001 §2.4.1, §7.5, Appendix A)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from cellchain.cli import app as cli
from cellchain.isbt128.checkchar import ALPHABET, check_character, verify_check_character
from cellchain.isbt128.din import (
    Din,
    DinScan,
    FlagType,
    flag_type,
    parse_din_structure,
    parse_din_text,
    parse_keyed_din,
)
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.parse import parse_scan
from cellchain.isbt128.scan import normalise

FIRST = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789"
ALNUM = "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789"
DIGITS = "0123456789"

dins = st.builds(
    Din,
    fin=st.tuples(st.sampled_from(FIRST), st.text(ALNUM, min_size=2, max_size=2),
                  st.text(DIGITS, min_size=2, max_size=2)).map("".join),
    year=st.text(DIGITS, min_size=2, max_size=2),
    sequence=st.text(DIGITS, min_size=6, max_size=6),
)


@pytest.mark.parametrize(("din", "k", "flag"), [
    ("G123417654321", "A", "70"),  # ST-001 Appendix A.1/A.2
    ("G123498654321", "H", "77"),  # UK Red Book Annex 2
])
def test_published_worked_examples(din: str, k: str, flag: str) -> None:
    parsed = parse_din_text(din)
    assert parsed.check_character == k
    assert parsed.check_flag() == flag


@given(dins, st.sampled_from(["00", "01", "07", "20", "59"]))
def test_din_round_trips_through_its_bar_code_text(din: Din, flags: str) -> None:
    scanned = parse_din_structure(din.barcode_text(flags)[1:])
    assert scanned.din == din and scanned.flags == flags


@given(dins)
def test_din_round_trips_with_its_type_3_check_flag(din: Din) -> None:
    scanned = parse_din_structure(din.barcode_text(din.check_flag())[1:])
    assert scanned.din == din and scanned.flag_type == FlagType.CHECK


@given(dins)
def test_typed_din_with_check_character_round_trips(din: Din) -> None:
    assert parse_keyed_din(f"{din.eye_readable} {din.check_character}") == din


def test_every_single_substitution_and_adjacent_transposition_is_detected() -> None:
    for base in ("G123417654321", "A999026000001", "W000009123456"):
        k = check_character(base)
        keyed = base + k
        for i, original in enumerate(keyed):
            for other in ALPHABET[:36]:
                if other == original:
                    continue
                changed = keyed[:i] + other + keyed[i + 1:]
                assert check_character(changed[:13]) != changed[13], (base, i, other)
        for i in range(len(keyed) - 1):
            if keyed[i] == keyed[i + 1]:
                continue
            swapped = keyed[:i] + keyed[i + 1] + keyed[i] + keyed[i + 2:]
            assert check_character(swapped[:13]) != swapped[13], (base, i)


def test_refusals_name_what_is_wrong() -> None:
    with pytest.raises(ScanError, match="year must be digits"):
        parse_din_text("A99902X000001")
    with pytest.raises(ScanError, match="must be 13 characters, got 12"):
        parse_din_text("A99902600001")
    with pytest.raises(ScanError, match="must start with"):
        parse_din_text("O999026000001")
    with pytest.raises(ScanError, match="^the check character of the DIN does not match: re-type"):
        parse_keyed_din("G1234 17 654321 7")
    with pytest.raises(ScanError, match="^the check flags of the DIN do not match: scan the label"):
        parse_din_structure("G12341765432171")
    with pytest.raises(ScanError, match="^the check character of the DIN does not match: scan"):
        verify_check_character("G123417654321", "H", what="DIN")


def test_flag_types_follow_table_3() -> None:
    assert flag_type("00") == FlagType.NONE
    assert flag_type("07") == FlagType.PROCESS_CONTROL
    assert flag_type("14") == FlagType.RESERVED
    assert flag_type("20") == FlagType.LOCAL
    assert flag_type("96") == FlagType.CHECK
    assert flag_type("97") == FlagType.RESERVED


@pytest.mark.parametrize("raw", ["]C0=G12341765432170", "=G12341765432170\r\n",
                                 "  =G12341765432170\t", "]d2=G12341765432170"])
def test_scanner_noise_is_stripped_before_parsing(raw: str) -> None:
    assert normalise(raw) == "=G12341765432170"
    assert parse_scan(raw)["din"] == "G123417654321"


def test_parse_applies_the_reader_rule_to_identifiers() -> None:
    with pytest.raises(ScanError, match="must start with '=' or '&'"):
        parse_scan("G12341765432170")
    with pytest.raises(ScanError, match=r"'=\)' \(DS017 container manufacturer\) is not used"):
        parse_scan("=)1234567890")
    assert parse_scan("=%6200")["meaning"] == "A RhD positive"  # DS002 is read since issue 3


def test_cli_prints_check_character_and_json_and_exits_2_on_bad_input() -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["isbt", "check-char", "G123498654321"]).output.strip() == "H"
    bad = runner.invoke(cli, ["isbt", "check-char", "G12-3"])
    assert bad.exit_code == 2 and "'-'" in bad.output
    parsed = runner.invoke(cli, ["isbt", "parse", "=A99902600000100"])
    assert parsed.exit_code == 0 and '"data_structure": "001"' in parsed.output
    wrong = runner.invoke(cli, ["isbt", "parse", "=A9990260000019"])
    assert wrong.exit_code == 2 and "15 characters" in wrong.output


def test_din_value_objects_refuse_malformed_parts_on_construction() -> None:
    with pytest.raises(ScanError, match="DIN facility identifier must be 5 characters, got 4"):
        Din(fin="A999", year="026", sequence="000001")
    with pytest.raises(ScanError, match="year must be digits"):
        Din(fin="A9990", year="2X", sequence="000001")
    with pytest.raises(ScanError, match="DIN flags must be 2 characters"):
        DinScan(din=Din(fin="A9990", year="26", sequence="000001"), flags="0")


def test_cli_prints_concatenated_reads_and_compound_messages() -> None:
    runner = CliRunner()
    pair = runner.invoke(cli, ["isbt", "parse", "]C4=A99902600000100=%5100"])
    assert pair.exit_code == 0 and '"data_structure": "concatenated"' in pair.output
    compound = runner.invoke(cli, ["isbt", "parse", "=+02000=A99902600000100=<S1128V00"])
    assert compound.exit_code == 0 and '"count": 2' in compound.output
    short = runner.invoke(cli, ["isbt", "parse", "=+03000=A99902600000100=<S1128V00"])
    assert short.exit_code == 2 and "announces 3 structures, found 2" in short.output
