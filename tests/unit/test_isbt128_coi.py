"""Chain of Identity Identifier DS040 and its keyboard-entry check character (ST-001 §2.4.40,
§7.5). K covers the whole 15-character content including the literal CH [INFERRED]."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from cellchain.isbt128 import CoiIdentifier, ScanError, parse_keyed_coi, parse_structure
from cellchain.isbt128.checkchar import ALPHABET
from tests.unit.isbt128_strategies import cois


def weighted_sum_check_character(text: str) -> str:
    """An independent oracle from ST-001 Appendix A.1: weights 2^n counted from the right
    (n = 1 for the rightmost character), s = sum mod 37, K = (38 - s) mod 37."""
    total = sum(ALPHABET.index(ch) * 2 ** (len(text) - i) for i, ch in enumerate(text))
    return ALPHABET[(38 - total % 37) % 37]


def test_the_appendix_a_oracle_reproduces_the_published_din_examples() -> None:
    assert weighted_sum_check_character("G123417654321") == "A"
    assert weighted_sum_check_character("G123498654321") == "H"


@given(cois)
def test_k_is_mod_37_2_over_the_content_including_ch(coi: CoiIdentifier) -> None:
    assert coi.content.startswith("CH") and len(coi.content) == 15
    assert coi.check_character == weighted_sum_check_character(coi.content)


def test_eye_readable_text_groups_ch_fin_year_and_sequence() -> None:
    coi = CoiIdentifier("A9990", "26", "000001")
    assert coi.text == "&/CHA999026000001"
    assert coi.eye_readable == "CH A9990 26 000001"
    assert parse_structure(coi.text) == coi
    assert coi.fields()["check_character"] == coi.check_character


@given(cois)
def test_a_typed_coi_with_its_check_character_round_trips(coi: CoiIdentifier) -> None:
    assert parse_keyed_coi(f"{coi.eye_readable} {coi.check_character}") == coi
    assert parse_keyed_coi(f"  {coi.content}{coi.check_character}".lower()) == coi


@settings(max_examples=40)
@given(cois)
def test_every_single_substitution_in_a_typed_coi_is_refused(coi: CoiIdentifier) -> None:
    keyed = coi.content + coi.check_character
    for i, original in enumerate(keyed):
        for other in ALPHABET:
            if other == original:
                continue
            with pytest.raises(ScanError):
                parse_keyed_coi(keyed[:i] + other + keyed[i + 1:])


@given(cois)
def test_substituting_any_content_character_changes_the_check_character(
    coi: CoiIdentifier
) -> None:
    # The MOD 37-2 property itself, independent of the format checks that also refuse.
    content, k = coi.content, coi.check_character
    for i, original in enumerate(content):
        for other in ALPHABET[:36]:
            if other != original:
                assert weighted_sum_check_character(content[:i] + other + content[i + 1:]) != k


@given(cois)
def test_every_adjacent_transposition_in_a_typed_coi_is_refused(coi: CoiIdentifier) -> None:
    keyed = coi.content + coi.check_character
    for i in range(len(keyed) - 1):
        if keyed[i] == keyed[i + 1]:
            continue
        swapped = keyed[:i] + keyed[i + 1] + keyed[i] + keyed[i + 2:]
        with pytest.raises(ScanError):
            parse_keyed_coi(swapped)
        if i < 14:  # both characters inside the content: the check character alone catches it
            assert weighted_sum_check_character(swapped[:15]) != coi.check_character


def test_typed_coi_refusals_name_the_problem() -> None:
    coi = CoiIdentifier("A9990", "26", "000001")
    wrong = next(ch for ch in "0123456789" if ch != coi.check_character)
    with pytest.raises(ScanError) as refused:
        parse_keyed_coi(f"{coi.eye_readable} {wrong}")
    assert refused.value.message == ("the check character of the COI identifier does not match: "
                                     "re-type the whole COI identifier with its check character, "
                                     "or scan its bar code")
    assert coi.check_character not in refused.value.message.upper().split()
    with pytest.raises(ScanError, match="needs its 15 characters .+ and its check character, "
                                        "got 15 characters"):
        parse_keyed_coi(coi.eye_readable)


def test_the_parsed_fields_are_named_as_cellchain_isbt_parse_prints_them() -> None:
    # DS040 worked example of the domain notes: CHA999925000001 -> K = G.
    coi = CoiIdentifier.parse("CHA999925000001")
    assert coi.fields() == {
        "coi": "CHA999925000001", "facility": "A9999", "year": "25", "sequence": "000001",
        "check_character": "G", "eye_readable": "CH A9999 25 000001",
    }


def test_a_short_sequence_and_a_wrong_literal_are_refused_in_their_own_words() -> None:
    with pytest.raises(ScanError) as refused:
        CoiIdentifier(fin="A9999", year="25", sequence="00001")
    assert refused.value.message == "COI sequence must be 6 characters, got 5"
    with pytest.raises(ScanError) as refused:
        CoiIdentifier.parse("CXA999925000001")
    assert refused.value.message == ("chain of identity identifier must start with the literal "
                                     "CH, scanned 'CX'")
