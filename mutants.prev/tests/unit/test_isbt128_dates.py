"""Date structures 004-009: cyy = last three digits of the year, jjj = ordinal day,
hhmm 0000-2359 with 2359 as the default (ST-001 §2.4.4-2.4.9)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given

from cellchain.isbt128 import (
    CollectionDate,
    CollectionDateTime,
    ExpirationDate,
    ExpirationDateTime,
    ProductionDate,
    ProductionDateTime,
    ScanError,
    parse_structure,
)
from tests.unit.isbt128_strategies import encodable_dates, encodable_minutes


@given(encodable_dates)
def test_cyyjjj_is_the_last_three_digits_of_the_year_and_the_ordinal_day(day: date) -> None:
    ordinal = (day - date(day.year, 1, 1)).days + 1
    assert ExpirationDate(day).content == f"{day.year - 2000:03d}{ordinal:03d}"


@given(encodable_minutes)
def test_date_time_content_appends_hours_and_minutes(moment: datetime) -> None:
    text = CollectionDateTime(moment).content
    assert text[:6] == CollectionDate(moment.date()).content
    assert text[6:] == f"{moment.hour:02d}{moment.minute:02d}"


def test_st_012_example_is_31_december_2018_at_2359() -> None:
    assert parse_structure("&>0183652359") == ExpirationDateTime(datetime(2018, 12, 31, 23, 59))


@pytest.mark.parametrize(("content", "expected"), [
    ("024366", date(2024, 12, 31)),  # leap year: day 366 exists
    ("025365", date(2025, 12, 31)),
    ("024060", date(2024, 2, 29)),
    ("000001", date(2000, 1, 1)),
    ("000366", date(2000, 12, 31)),  # 2000 is a leap year (divisible by 400)
    ("099365", date(2099, 12, 31)),
    ("100001", date(2100, 1, 1)),  # century boundary: c becomes 1
    ("999365", date(2999, 12, 31)),
])
def test_ordinal_day_edges_decode(content: str, expected: date) -> None:
    assert ExpirationDate.parse(content).value == expected
    assert ExpirationDate(expected).content == content


@pytest.mark.parametrize(("content", "message"), [
    ("025366", "expiration date day-of-year 366 does not exist in 2025"),
    ("100366", "expiration date day-of-year 366 does not exist in 2100"),  # 2100 is not leap
    ("024000", "expiration date day-of-year must be 001-366, scanned 000"),
    ("024367", "expiration date day-of-year must be 001-366, scanned 367"),
    ("0A4001", "expiration date year must be digits"),
    ("02400X", "expiration date day-of-year must be digits"),
    ("02400", r"expiration date \(DS004\) has 6 characters after '=>', got 5"),
])
def test_impossible_days_are_refused_by_name(content: str, message: str) -> None:
    with pytest.raises(ScanError, match=message):
        ExpirationDate.parse(content)


@pytest.mark.parametrize(("content", "message"), [
    ("0243662400", "expiration date and time hour must be 00-23, scanned 24"),
    ("0243662360", "expiration date and time minute must be 00-59, scanned 60"),
    ("02436623X0", "expiration date and time minute must be digits"),
    ("0253662359", "expiration date and time day-of-year 366 does not exist in 2025"),
])
def test_impossible_times_are_refused_by_name(content: str, message: str) -> None:
    with pytest.raises(ScanError, match=message):
        ExpirationDateTime.parse(content)


def test_a_day_runs_0000_to_2359_and_2359_is_the_default_time() -> None:
    day = date(2026, 3, 1)
    assert ExpirationDateTime.from_date(day).text == "&>0260602359"
    assert ExpirationDateTime(day).value == datetime(2026, 3, 1, 23, 59)  # type: ignore[arg-type]
    assert ExpirationDateTime.parse("0260600000").value == datetime(2026, 3, 1, 0, 0)


def test_seconds_are_floored_so_an_expiry_never_moves_later() -> None:
    expiry = ExpirationDateTime(datetime(2026, 3, 1, 10, 15, 59, 999_999))
    assert expiry.value == datetime(2026, 3, 1, 10, 15)
    assert parse_structure(expiry.text) == expiry


def test_values_that_cannot_be_encoded_are_refused() -> None:
    with pytest.raises(ScanError, match="expiration date year 1999 cannot be encoded"):
        ExpirationDate(date(1999, 12, 31))
    with pytest.raises(ScanError, match="production date and time year 3000 cannot be encoded"):
        ProductionDateTime(datetime(3000, 1, 1))
    with pytest.raises(ScanError, match="naive local wall time"):
        CollectionDateTime(datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=1))))
    with pytest.raises(ScanError, match="collection date holds a date only"):
        CollectionDate(datetime(2026, 1, 1, 12, 0))  # a datetime is a date subclass


@pytest.mark.parametrize(("text", "cls"), [
    ("=>026060", ExpirationDate), ("&>0260601200", ExpirationDateTime),
    ("=*026060", CollectionDate), ("&*0260601200", CollectionDateTime),
    ("=}026060", ProductionDate), ("&}0260601200", ProductionDateTime),
])
def test_each_date_identifier_reads_its_own_structure(text: str, cls: type) -> None:
    assert type(parse_structure(text)) is cls
