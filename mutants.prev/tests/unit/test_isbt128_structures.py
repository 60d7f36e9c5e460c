"""Every ISBT 128 structure cellchain reads survives build -> bar code text -> parse (ST-001 §2)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cellchain.isbt128 import (
    BloodGroups,
    CoiIdentifier,
    CompoundMessage,
    DinScan,
    ExpirationDateTime,
    ProcessingFacility,
    ProcessorProductId,
    ProductCode,
    ProductDivisions,
    ScanError,
    Structure,
    parse_read,
    parse_scan,
    parse_structure,
)
from cellchain.isbt128.blood_groups import GROUP_CODES, NOT_INTERPRETED
from cellchain.isbt128.identifiers import BY_NUMBER
from cellchain.isbt128.product_code import TdsScheme
from tests.unit import isbt128_strategies as s


@given(s.simple_structures)
def test_every_structure_round_trips_through_its_bar_code_text(structure: Structure) -> None:
    assert structure.text == structure.data_identifier + structure.content
    assert parse_structure(structure.text) == structure
    assert parse_read(structure.text) == [structure]
    assert parse_read(f"]C0{structure.text}\r\n") == [structure]


@given(s.simple_structures)
def test_text_has_the_identifier_and_length_table_2_gives(structure: Structure) -> None:
    info = BY_NUMBER[structure.data_structure]
    if structure.data_structure != "001":
        assert structure.data_identifier == info.data_identifier
    if info.content_length is not None:
        assert len(structure.content) == info.content_length


@given(s.simple_structures)
def test_scan_fields_are_json_ready_and_name_the_structure(structure: Structure) -> None:
    fields = parse_scan(structure.text)
    assert fields["data_structure"] == structure.data_structure
    assert json.loads(json.dumps(fields)) == fields


@given(s.simple_structures, s.simple_structures)
def test_a_concatenated_pair_splits_into_its_two_structures(
    left: Structure, right: Structure
) -> None:
    assert parse_read(f"]C4{left.text}{right.text}") == [left, right]
    fields = parse_scan(f"]C4{left.text}{right.text}")
    assert fields["data_structure"] == "concatenated"
    assert [f["data_structure"] for f in fields["structures"]] == [
        left.data_structure, right.data_structure]


@given(s.compound_messages)
def test_compound_messages_of_random_structures_round_trip(message: CompoundMessage) -> None:
    assert message.text.startswith(f"=+{len(message.structures):02d}{message.sequence}")
    assert parse_structure(message.text) == message
    assert parse_read(f"]d1{message.text}") == [message]
    fields = parse_scan(message.text)
    assert fields["data_structure"] == "023"
    assert fields["count"] == len(message.structures)
    assert [f["data_structure"] for f in fields["structures"]] == [
        x.data_structure for x in message.structures]


def test_a_blood_label_compound_message_reads_in_order() -> None:
    text = "=+04000=A99982012345600=%5100=<E4306V00&>0201512359"
    (message,) = parse_read(text)
    assert isinstance(message, CompoundMessage)
    assert [x.data_structure for x in message.structures] == ["001", "002", "003", "005"]
    assert message.text == text


def test_din_structure_keeps_the_scan_fields_the_cli_printed() -> None:
    scan = DinScan.parse("G12341765432170")
    assert scan.text == "=G12341765432170" and scan.content == "G12341765432170"
    assert scan.fields() == {
        "din": "G123417654321", "facility": "G1234", "year": "17", "sequence": "654321",
        "flags": "70", "flag_type": "check", "check_character": "A",
        "eye_readable": "G1234 17 654321",
    }


# --- Blood groups (ST-001 §2.4.2, Tables 4 and 5) ---

def test_the_reader_rule_example_reads_a_rhd_positive() -> None:
    groups = parse_structure("=%6200")
    assert isinstance(groups, BloodGroups)
    assert (groups.abo, groups.rhd, groups.meaning) == ("A", "positive", "A RhD positive")


@pytest.mark.parametrize(("code", "meaning"), [
    ("95", "O RhD negative"),
    ("97", "O RhD negative, for autologous use only"),
    ("48", "O RhD positive, for emergency use only"),
    ("09", "A RhD negative, for autologous use only, biohazardous"),
    ("72", "B RhD positive, directed (dedicated/designated) collection, eligible for crossover"),
    ("85", "AB RhD positive, autologous collection, eligible for crossover"),
    ("Mq", "quarantine/hold for further testing or processing"),
    ("00", "no ABO or Rh information is available"),
    ("55", NOT_INTERPRETED),  # O, RhD not specified: outside the eight interpreted groups
    ("zz", NOT_INTERPRETED),
])
def test_blood_group_codes_mean_what_table_4_says(code: str, meaning: str) -> None:
    assert BloodGroups(code).meaning == meaning


def test_table_4_has_eight_distinct_codes_per_group_following_its_layout() -> None:
    assert len(GROUP_CODES) == 64
    by_group: dict[tuple[str, str], list[int]] = {}
    for code, (abo, rhd, _use) in GROUP_CODES.items():
        by_group.setdefault((abo, rhd), []).append(int(code))
    for codes in by_group.values():
        base = min(codes)  # columns 2-5 are base..base+3, default base+4, then base+5..base+7
        assert sorted(codes) == list(range(base, base + 8))
        default = next(c for c in codes if GROUP_CODES[f"{c:02d}"][2].startswith("intended"))
        assert default == base + 4


# --- Product code (ST-001 §2.4.3, Table 7) and divisions (§2.4.32) ---

@pytest.mark.parametrize(("content", "pdc", "collection_type", "division"), [
    ("E1234V00", "E1234", "V", "00"),  # Fig. 1
    ("S12954A0", "S1295", "4", "A0"),  # Fig. 3
    ("T1295003", "T1295", "", "003"),  # Fig. 4
    ("S1416VAb", "S1416", "V", "Ab"),  # ST-012 division Ab
    ("S1128V00", "S1128", "V", "00"),  # Duke: cord blood HPC, single bag
])
def test_published_product_codes_split_as_their_prefix_says(
    content: str, pdc: str, collection_type: str, division: str
) -> None:
    code = ProductCode.parse(content)
    assert (code.pdc, code.collection_type, code.division_code) == (pdc, collection_type,
                                                                    division)


def test_division_99_requires_the_product_divisions_structure() -> None:
    assert ProductCode("S1128", "V", "99").needs_divisions_structure
    assert not ProductCode("S1128", "V", "00").needs_divisions_structure
    assert not ProductCode("T1295", "", "099").needs_divisions_structure
    assert ProductCode("X5123", "", "000").tds_scheme == TdsScheme.RESERVED
    assert parse_structure("=,AA0000") == ProductDivisions("AA0000")


def test_facility_examples_from_st_001_figures_8_and_9() -> None:
    assert parse_structure("&+A9999AB3456") == ProcessingFacility("A9999", "AB3456")
    assert ProcessingFacility("A9999").text == "&+A9999000000"
    assert parse_structure("=/A9997AB3456T0123") == ProcessorProductId("A9997", "AB3456",
                                                                         "T0123")


def test_structures_of_one_kind_do_not_equal_another_kind_with_the_same_value() -> None:
    from datetime import datetime

    from cellchain.isbt128 import CollectionDateTime
    moment = datetime(2026, 1, 2, 3, 4)
    assert ExpirationDateTime(moment) != CollectionDateTime(moment)
    assert ExpirationDateTime(moment).content == CollectionDateTime(moment).content


@given(st.sampled_from(["=)1234567890", "&)ABCDEFGHIJ", "=\\620000000000000000",
                        "&,4" + "A" * 40, "&:3553123456789012305"]))
def test_other_iccbba_structures_are_recognised_and_refused_by_name(text: str) -> None:
    with pytest.raises(ScanError, match=r"\(DS0\d\d .+\) is not used by cellchain"):
        parse_read(text)


def test_coi_in_a_compound_message_keeps_its_check_character() -> None:
    coi = CoiIdentifier("A9990", "26", "000001")
    (message,) = parse_read(CompoundMessage.build([coi]).text)
    assert isinstance(message, CompoundMessage)
    assert message.fields()["structures"][0]["check_character"] == coi.check_character
