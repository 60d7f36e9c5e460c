"""The one input policy: control characters, numbers in one format, plausible dates, site
times that exist, ids a database can hold, and renderings that survive any stored text."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cellchain.errors import BadInput
from cellchain.inputs.rules import (
    MAX_ID,
    display_safe,
    id_problem,
    parse_iso_date,
    parse_number,
    parse_whole_number,
    site_time_to_utc,
    text_problem,
)

LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize("ch", ["\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\x9f"])
def test_control_characters_and_nul_are_refused_with_their_position(ch: str) -> None:
    assert text_problem(f"Door{ch}open") == (
        f"contains the control character U+{ord(ch):04X} at position 5; only printable text "
        "can be recorded")


@pytest.mark.parametrize("ch", ["\x1d", "\x1e", "\x04"])
def test_scanner_separators_are_allowed_in_scanner_input_only(ch: str) -> None:
    assert text_problem(f"[)>{ch}06", scanner=True) is None
    assert text_problem(f"[)>{ch}06") is not None
    assert text_problem("a\x00b", scanner=True) is not None


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs"))))
def test_printable_text_line_breaks_and_tabs_always_pass(text: str) -> None:
    assert text_problem(text + "\r\n\t") is None


@pytest.mark.parametrize(("raw", "value"), [
    ("92", 92.0), ("-1.5", -1.5), ("2.5e9", 2.5e9), (" 3E+2 ", 300.0), (".5", 0.5), ("0", 0.0),
    ("1e-300", 1e-300), ("+7.", 7.0),
])
def test_numbers_in_the_one_format_are_read(raw: str, value: float) -> None:
    assert parse_number(raw, label="Viability", field="v") == value


@pytest.mark.parametrize("raw", [
    "9,5", "1,000", "1 000", "1_000", "٩٥", "９５", "nan", "inf", "-Infinity", "1e999",
    "1e-400", "0x10", "", "e5", "5e", "1.2.3", "½",
])
def test_other_spellings_of_numbers_are_refused_naming_the_field(raw: str) -> None:
    with pytest.raises(BadInput) as refused:
        parse_number(raw, label="Viability", field="viability_pct")
    assert refused.value.field == "viability_pct"
    assert refused.value.message.startswith("Viability ")


def test_whole_numbers_are_ascii_digits_of_a_bounded_length() -> None:
    assert parse_whole_number(" 12 ", label="Bags", field="bag_count") == 12
    for raw in ("2.5", "1e3", "٣", "1_0", "9" * 16):
        with pytest.raises(BadInput, match="Bags must be a whole number"):
            parse_whole_number(raw, label="Bags", field="bag_count")


def test_dates_are_iso_calendar_dates_within_plausible_years() -> None:
    assert parse_iso_date("2027-01-31", label="Expiry", field="e") == date(2027, 1, 31)
    for raw, message in (("0001-01-01", "has the year 1"), ("2200-01-01", "has the year 2200"),
                         ("2027-02-30", "is not a date"), ("31/01/2027", "is not a date"),
                         ("2027-1-31", "is not a date"), ("", "is required")):
        with pytest.raises(BadInput, match=message):
            parse_iso_date(raw, label="Expiry", field="expires_on")


def test_a_site_time_in_the_spring_gap_is_refused_and_others_become_utc() -> None:
    assert site_time_to_utc("2026-07-01T14:05", LONDON, label="Collected", field="c") == \
        datetime(2026, 7, 1, 13, 5, tzinfo=UTC)
    with pytest.raises(BadInput, match="does not exist in Europe/London"):
        site_time_to_utc("2026-03-29T01:30", LONDON, label="Collected", field="c")
    # The autumn hour that happens twice is read as its first occurrence (BST).
    assert site_time_to_utc("2026-10-25T01:30", LONDON, label="Collected", field="c") == \
        datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    for raw in ("2026-07-01T14:05+02:00", "2026-07-01", "0001-01-01T00:00"):
        with pytest.raises(BadInput):
            site_time_to_utc(raw, LONDON, label="Collected", field="c")


def test_ids_beyond_a_database_id_are_named() -> None:
    assert id_problem(str(MAX_ID)) is None
    assert id_problem("7") is None and id_problem("A0") is None
    assert id_problem(str(MAX_ID + 1)) == f"must be at most {MAX_ID}"
    assert id_problem("9" * 40) == f"must be at most {MAX_ID}"


@given(st.text())
def test_display_safe_text_is_always_valid_xml_and_keeps_printable_text(text: str) -> None:
    from xml.etree import ElementTree
    from xml.sax.saxutils import escape

    safe = display_safe(text)
    ElementTree.fromstring(f"<t>{escape(safe)}</t>")  # raises on anything XML 1.0 forbids
    if text_problem(text) is None and "\ufffe" not in text and "\uffff" not in text:
        assert safe == text


def test_surrogates_are_refused_and_rendered_as_replacement_characters() -> None:
    assert text_problem("a\ud800b") == ("contains the control character U+D800 at position 2; "
                                        "only printable text can be recorded")
    assert display_safe("a\ud800b") == "a\ufffdb"
    assert display_safe("BOX 12 \ufffe") == "BOX 12 \ufffd"
    assert display_safe("EXAMPLE") == "EXAMPLE"


def test_a_number_in_non_ascii_digits_is_not_taken_for_an_id() -> None:
    assert id_problem("\u0663" * 12) is None  # left to the route's own validation


@pytest.mark.parametrize("raw", ["1E-400", "1e-400", "-5.0E-999"])
def test_an_underflow_is_refused_whatever_the_exponent_letter(raw: str) -> None:
    with pytest.raises(BadInput, match="outside the range a number can be recorded in"):
        parse_number(raw, label="Dose", field="dose")


def test_zero_written_with_an_exponent_is_zero() -> None:
    assert parse_number("0e5", label="Dose", field="dose") == 0.0
    assert parse_number("0.000E-3", label="Dose", field="dose") == 0.0


@pytest.mark.parametrize(("call", "raw"), [
    (parse_number, "9,5"), (parse_whole_number, "1.5"), (parse_iso_date, "2027-02-30"),
    (parse_iso_date, "1899-12-31"), (parse_iso_date, "2200-01-01"),
])
def test_every_refusal_names_its_field(call: object, raw: str) -> None:
    with pytest.raises(BadInput) as refused:
        call(raw, label="Expiry", field="expires_on")  # type: ignore[operator]
    assert refused.value.field == "expires_on"
    assert refused.value.message.startswith("Expiry ")


@pytest.mark.parametrize(("raw", "accepted"), [
    ("1900-01-01", True), ("1899-12-31", False), ("2199-12-31", True), ("2200-01-01", False),
])
def test_the_plausible_years_hold_on_both_sides(raw: str, accepted: bool) -> None:
    if accepted:
        assert parse_iso_date(raw, label="Expiry", field="e").isoformat() == raw
        assert site_time_to_utc(f"{raw}T12:00", LONDON, label="Collected", field="c")
    else:
        year = int(raw[:4])
        message = (f"Expiry {raw} has the year {year}; a date between 1900 and 2199 is "
                   "expected: check for a typing error")
        with pytest.raises(BadInput) as refused:
            parse_iso_date(raw, label="Expiry", field="e")
        assert (refused.value.message, refused.value.field) == (message, "e")
        with pytest.raises(BadInput) as refused:
            site_time_to_utc(f"{raw}T12:00", LONDON, label="Collected", field="c")
        assert refused.value.field == "c"
        assert refused.value.message.startswith(f"Collected {raw}T12:00 has the year {year};")


def test_site_times_come_back_in_utc_and_refusals_name_the_field() -> None:
    from datetime import UTC as utc

    converted = site_time_to_utc("2026-01-15T09:30", LONDON, label="Collected", field="c")
    assert converted.tzinfo is utc and converted.hour == 9
    with pytest.raises(BadInput) as refused:
        site_time_to_utc("2026-03-29T01:30", LONDON, label="Collected", field="collected_at")
    assert (refused.value.message, refused.value.field) == (
        "Collected 2026-03-29T01:30 does not exist in Europe/London: the clocks skipped that "
        "hour; check the time", "collected_at")
    with pytest.raises(BadInput) as refused:
        site_time_to_utc("tomorrow", LONDON, label="Collected", field="collected_at")
    assert (refused.value.message, refused.value.field) == (
        "Collected must be a date and time in site time, e.g. 2026-11-30T14:05; got "
        "'tomorrow'", "collected_at")
