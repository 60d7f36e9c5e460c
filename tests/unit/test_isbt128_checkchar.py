"""ISO/IEC 7064 Mod 37-2 check characters (ST-001 §7.5 and Appendix A), pinned against the
standard's own worked values and the refusal sentences an operator reads."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cellchain.isbt128.checkchar import check_character, check_value, verify_check_character
from cellchain.isbt128.errors import ScanError

# Published worked examples (domain notes §2.3): ST-001 App. A.1/A.2 and the UK Red Book
# Annex 2; the COI example follows ST-001 §7.5's generic rule (domain notes §DS040).
WORKED = [
    ("G123417654321", "A", 10),
    ("G123498654321", "H", 17),
    ("CHA999925000001", "G", 16),
]
# RT035, written out: 0-9, A-Z, then * for 36.
TABLE = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"


def oracle(text: str) -> int:
    """ST-001 App. A.1 step by step: weights 2^n from the right (n = 1 for the rightmost),
    s = sum mod 37, c = (38 - s) mod 37."""
    total = sum(TABLE.index(ch) * 2 ** n for n, ch in enumerate(reversed(text), 1))
    return (38 - total % 37) % 37


@pytest.mark.parametrize(("text", "char", "value"), WORKED)
def test_the_check_character_and_value_are_the_published_ones(text: str, char: str,
                                                              value: int) -> None:
    assert check_character(text) == char
    assert check_value(text) == value
    assert oracle(text) == value


@given(st.text(alphabet=TABLE[:36], min_size=1, max_size=20))
def test_every_input_gets_the_checksum_of_the_standards_algorithm(text: str) -> None:
    assert check_value(text) == oracle(text)
    assert check_character(text) == TABLE[oracle(text)]


def test_a_checksum_of_36_is_written_as_a_star() -> None:
    text = next(t for t in (f"{n:04d}" for n in range(10000)) if oracle(t) == 36)
    assert check_character(text) == "*" and check_value(text) == 36


def test_an_empty_text_is_refused_naming_what_it_is() -> None:
    with pytest.raises(ScanError) as refused:
        check_character("", what="DIN")
    assert refused.value.message == ("DIN is empty; a check character needs at least one "
                                     "character")


@pytest.mark.parametrize(("text", "found"), [
    ("a1", "'a'"), ("A*1", "'*'"), ("A-b c", "' ', '-', 'b', 'c'"), ("É", "'É'"),
])
def test_characters_outside_0_9_a_z_are_refused_and_listed(text: str, found: str) -> None:
    with pytest.raises(ScanError) as refused:
        check_value(text, what="kit number")
    assert refused.value.message == ("kit number may contain only 0-9 and A-Z (upper case); "
                                     f"found {found}")


def test_verification_accepts_a_lower_case_check_character_as_typed() -> None:
    verify_check_character("G123498654321", "H")
    verify_check_character("G123498654321", "h")  # a keyboard entry in lower case


def test_a_wrong_check_character_is_refused_without_revealing_the_right_one() -> None:
    # ST-001 §7.5: naming the expected character lets a mistyping user copy it.
    messages = set()
    for wrong in "BHZ*":
        with pytest.raises(ScanError) as refused:
            verify_check_character("G123417654321", wrong, what="DIN")
        messages.add(refused.value.message)
    assert messages == {"the check character of the DIN does not match: scan the label again, "
                        "or re-type the whole identifier"}
    with pytest.raises(ScanError, match="^COI may contain only"):
        verify_check_character("w1", "A", what="COI")


def test_without_a_name_the_refusal_calls_the_input_text() -> None:
    # What `cellchain isbt check-char` prints for a bad argument.
    for call in (check_character, check_value):
        with pytest.raises(ScanError) as refused:
            call("a")
        assert refused.value.message.startswith("text may contain only 0-9 and A-Z")
    with pytest.raises(ScanError) as refused:
        verify_check_character("G123417654321", "B")
    assert refused.value.message == ("the check character of the text does not match: scan the "
                                     "label again, or re-type the whole identifier")
