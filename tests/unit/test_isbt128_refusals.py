"""Every refusal names the field and what is wrong; the reader rule is applied in order:
data identifier, then length and format, then meaning (ST-001 §2.2)."""

from __future__ import annotations

from datetime import date

import pytest

from cellchain.isbt128 import (
    BloodGroups,
    CompoundMessage,
    DinScan,
    PatientBirthDate,
    PatientIdentification,
    ProductCode,
    ScanError,
    parse_read,
    parse_scan,
    parse_structure,
)

VALID = {
    "001": "=A99902600000100",
    "002": "=%5100",
    "003": "=<S1128V00",
    "004": "=>026060",
    "005": "&>0260602359",
    "006": "=*026060",
    "007": "&*0260601200",
    "008": "=}026060",
    "009": "&}0260601200",
    "024": "=#0019800101",
    "032": "=,000001",
    "033": "&+A9999AB3456",
    "034": "=/A9997AB3456T0123",
    "040": "&/CHA999026000001",
}


@pytest.mark.parametrize("number", sorted(VALID))
def test_one_character_short_or_long_is_refused_with_the_expected_length(number: str) -> None:
    text = VALID[number]
    identifier = parse_structure(text).data_identifier
    expected = len(text) - len(identifier)
    for wrong in (text[:-1], text + "0"):
        got = len(wrong) - len(identifier)
        with pytest.raises(ScanError, match=rf"\(DS{number}\) has {expected} characters after "
                                            rf".+, got {got}"):
            parse_structure(wrong)


@pytest.mark.parametrize(("text", "message"), [
    ("", "the scan is empty"),
    ("A99902600000100", "must start with '=' or '&', starts with 'A'"),
    ("=", "has a data identifier but no content"),
    ("=@123", r"data identifier '=@' is not an ISBT 128 data identifier"),
    ("&,9123", r"data identifier '&,9' is not an ISBT 128 data identifier"),
    ("=)1234567890", r"data identifier '=\)' \(DS017 container manufacturer\) is not used by "
                     r"cellchain"),
    ("&a12345", "data identifier '&a' is a local \\(non-ICCBBA\\) structure that cellchain "
                "does not define"),
    ("&;123", "nationally specified donor identification number"),
    ("=%51000", r"blood groups \(DS002\) has 4 characters after '=%', got 5"),
    ("=%5101", "blood groups reserved character e must be 0, scanned '1'"),
    ("=%51!0", "blood groups phenotype r must be A-Z or 0-9"),
    ("=%5!00", "blood groups code gg must be letters or digits"),
    ("=<G1234V00", "product description code prefix 'G' is not assigned"),
    ("=<X1234V00", "product code tds is reserved and must be 000 for prefixes X1-X9"),
    ("=<S1234Z00", "product code collection type 'Z' is not in ST-001 Table 7"),
    ("=<S1234Va0", "product code division code must be 00, 99, or a capital letter"),
    ("=<T12950A3", "product code division code \\(tds\\) must be digits"),
    ("=<1S234V00", "product code product description code first character must be a letter"),
    ("=,AB00a0", "product divisions code must be A-Z or 0-9"),
    ("&+A999OAB3456", r"processing facility FIN\(P\) must be A-Z \(not O\) or 0-9"),
    ("=/A9997AB3456TO12!", "processor product identification product description code "
                           "characters 2-5 must be A-Z or 0-9"),
    ("=/A9997AB3456T0123X", r"processor product identification code \(DS034\) has 16"),
    ("=#0020230229", "patient date of birth 2023-02-29 does not exist"),
    ("=#0A20230228", "patient date of birth location code must be digits"),
    ("&#0005ABC", "patient identification number declares 5 characters \\(ll\\), found 3"),
    ("&#0003ABCDE", "patient identification number declares 3 characters \\(ll\\), found 5"),
    ("&#0000", "patient identification length ll must be 01-99, scanned 00"),
    ("&#00X1A", "patient identification length ll must be digits"),
    ("&#0003aBC", "patient identification number must be A-Z or 0-9"),
    ("&#00", r"patient identification number \(DS025\) needs at least 4 characters"),
    ("&/CXA999026000001", "chain of identity identifier must start with the literal CH"),
    ("&/CHA99902X000001", "COI year must be digits"),
    ("&/CHO999026000001", "COI facility identifier must start with A-Z \\(not O\\) or 1-9"),
    ("&/CHA9990260000a1", "COI sequence must be A-Z or 0-9"),
])
def test_refusals_name_the_field_and_the_problem(text: str, message: str) -> None:
    with pytest.raises(ScanError, match=message):
        parse_read(text)


def test_the_data_identifier_decides_not_the_digits() -> None:
    # ST-001 §2.2: an RBC antigen code on an O RhD negative unit starts with the digits of
    # "A RhD positive"; read without its identifier it would assign the wrong group.
    with pytest.raises(ScanError, match=r"DS012 .+ is not used by cellchain"):
        parse_structure("=\\620000000000000000")
    with pytest.raises(ScanError, match="not an ISBT 128 data structure"):
        parse_structure("620000")


@pytest.mark.parametrize(("text", "message"), [
    ("=+05000=A99902600000100=%5100=<S1128V00=>026060",
     "compound message announces 5 structures, found 4"),
    ("=+01000=A99902600000100=%5100", "compound message announces 1 structures, found 2"),
    ("=+02000=A99902600000100=+01000=%5100",
     "compound message structure 2: a compound message cannot contain another compound message"),
    ("=+02000=A99902600000100&q123", "compound message structure 2: '&q' is a local "
                                     "\\(non-ICCBBA\\) structure; a compound message holds only "
                                     "ICCBBA structures"),
    ("=+02000=A99902600000100&;12", "compound message structure 2: data identifier '&;'"),
    ("=+0A000=%5100", "compound message count aa must be digits"),
    ("=+01", "compound message \\(DS023\\) has a 5-character header"),
    ("=+02000=A9990260000010=%5100", "compound message structure 1: donation identification "
                                     "number \\(DS001\\) has 15 characters after '=', got 14 "
                                     "before the next data identifier"),
    ("=+02000=%5100=<S1128V0", "compound message structure 2: product code \\(DS003\\) has 8 "
                               "characters after '=<', got 7"),
])
def test_compound_message_integrity_is_checked_before_use(text: str, message: str) -> None:
    with pytest.raises(ScanError, match=message):
        parse_read(text)


def test_building_a_compound_message_refuses_what_reading_would_refuse() -> None:
    inner = CompoundMessage.build([BloodGroups("51")])
    with pytest.raises(ScanError, match="cannot contain another compound message"):
        CompoundMessage.build([inner])
    with pytest.raises(ScanError, match="holds 1-99 structures, got 0"):
        CompoundMessage.build([])
    with pytest.raises(ScanError, match="sequence bbb must be digits"):
        CompoundMessage.build([BloodGroups("51")], sequence="0A0")


@pytest.mark.parametrize(("text", "message"), [
    ("]C4=A99902600000100=%5100=<S1128V00", "this read holds 3 data structures"),
    ("]C4=%5100=+01000=%5100", "a compound message \\(DS023\\) must be the whole read"),
    ("]C4=%5100=A999026000001", "structure 2 of the concatenated read: donation identification "
                                "number \\(DS001\\) has 15 characters after '=', got 13"),
    ("]C4=%5100X=<S1128V00", "blood groups \\(DS002\\) has 4 characters after '=%', got 5 "
                             "before the next data identifier"),
])
def test_concatenated_reads_are_split_by_identifier_and_length(text: str, message: str) -> None:
    with pytest.raises(ScanError, match=message):
        parse_read(text)


def test_parse_structure_takes_exactly_one_structure() -> None:
    with pytest.raises(ScanError, match="holds more than one data structure"):
        parse_structure("=A99902600000100=%5100")


def test_constructors_refuse_what_the_parsers_refuse() -> None:
    refusals: list[tuple[type, dict[str, object], str]] = [
        (ProductCode, {"pdc": "T1295", "collection_type": "0", "division": "03"},
         "has no collection type"),
        (ProductCode, {"pdc": "S1295", "collection_type": "V", "division": "000"},
         "division code must be 2 characters"),
        (PatientIdentification, {"location": "00", "patient_id": ""}, "must be 1-99 characters"),
        (PatientIdentification, {"location": "00", "patient_id": "X" * 100},
         "must be 1-99 characters, got 100"),
        (PatientBirthDate, {"location": "0", "birth_date": date(1980, 1, 1)},
         "location code must be 2 characters"),
        (BloodGroups, {"code": "5"}, "blood groups code gg must be 2 characters"),
    ]
    for cls, kwargs, message in refusals:
        with pytest.raises(ScanError, match=message):
            cls(**kwargs)


def test_a_wrong_type_3_check_flag_is_refused_on_build_and_scan() -> None:
    with pytest.raises(ScanError, match="^the check flags of the DIN do not match"):
        parse_scan("=G12341765432171")
    din = DinScan.parse("G12341765432170").din
    with pytest.raises(ScanError, match="^the check flags of the DIN do not match"):
        DinScan(din=din, flags="71")
