"""One number format and one day-window format on every screen (issue: '3.000e+09' on one
page and '1.20 × 10⁹' on another)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cellchain.display import days_text, scientific


@pytest.mark.parametrize(("value", "shown"), [
    (3e9, "3.0 × 10⁹"),
    (1.3e9, "1.3 × 10⁹"),
    (1.25e9, "1.25 × 10⁹"),
    (1.234e9, "1.23 × 10⁹"),
    (6.4e9, "6.4 × 10⁹"),
    (1e4, "1.0 × 10⁴"),
    (9999.0, "9999"),  # below 10⁴ values are written out
    (93.5, "93.5"),
    (0.25, "0.25"),
    (0.0, "0"),
    (2.5e12, "2.5 × 10¹²"),
    (-3e9, "-3.0 × 10⁹"),
])
def test_numbers_read_one_way(value: float, shown: str) -> None:
    assert scientific(value) == shown


def test_a_unit_follows_and_a_missing_value_says_so() -> None:
    assert scientific(3e9, "cells") == "3.0 × 10⁹ cells"
    assert scientific(None) == "not recorded"
    for bad in (math.nan, math.inf):
        with pytest.raises(ValueError, match="cannot show"):
            scientific(bad)


@given(st.floats(min_value=1e4, max_value=1e15))
def test_a_large_value_reads_back_within_its_three_significant_digits(value: float) -> None:
    mantissa, power = scientific(value).split(" × 10")
    exponent = int(power.translate(str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")))
    assert "." in mantissa and "e" not in mantissa
    assert math.isclose(float(mantissa) * 10 ** exponent, value, rel_tol=5e-3)


def test_day_windows_read_as_words() -> None:
    assert days_text((3, 5)) == "day 3–5"
    assert days_text((0, 0)) == "day 0"


def test_a_coi_identifier_is_shown_as_printed_and_other_text_as_it_is() -> None:
    from cellchain.display import coi_text

    assert coi_text("CHA999026000004") == "CH A9990 26 000004 D"
    assert coi_text("not a coi") == "not a coi"
