"""Date and date-time structures 004-009: ``cyyjjj`` and ``cyyjjjhhmm`` (ST-001 §2.4.4-2.4.9).

- ``cyy`` is the last three digits of the year [INFERRED from ST-012's ``&>0183652359`` =
  2018-12-31 and ST-017's "YYYJJJ"; ST-001 says only that c is the century], so the years
  that can be encoded are 2000-2999.
- ``jjj`` is the ordinal day 001-366 (366 only in a leap year), ``hh`` 00-23, ``mm`` 00-59.
- Date-times are naive local wall times of the facility; a day runs 0000-2359 and "when a time
  is not specified, the default value of 2359 shall be encoded" (§2.4.5, §2.4.7, §2.4.9).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, ClassVar, Self

from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.formats import DIGITS, require_chars
from cellchain.isbt128.identifiers import name_of, require_content_length

FIRST_YEAR, LAST_YEAR = 2000, 2999
END_OF_DAY = time(23, 59)


def encode_day(value: date, what: str) -> str:
    """Returns ``cyyjjj`` for value, or raises if the year is outside 2000-2999."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ScanError(f"{what} year {value.year} cannot be encoded: cyy holds the last three "
                        f"digits of years {FIRST_YEAR}-{LAST_YEAR}")
    return f"{value.year % 1000:03d}{value.timetuple().tm_yday:03d}"


def decode_day(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def decode_time(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


@dataclass(frozen=True)
class _DayStructure:
    """``cyyjjj``: a calendar date (DS004, DS006, DS008)."""

    data_structure: ClassVar[str]
    data_identifier: ClassVar[str]

    value: date

    def __post_init__(self) -> None:
        if isinstance(self.value, datetime):
            raise ScanError(f"{self.label()} holds a date only; use the date-and-time "
                            f"structure for {self.value.isoformat()}")
        encode_day(self.value, self.label())

    @classmethod
    def label(cls) -> str:
        return name_of(cls.data_structure)

    @classmethod
    def parse(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        return cls(decode_day(content, cls.label()))

    @property
    def content(self) -> str:
        return encode_day(self.value, self.label())

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    def fields(self) -> dict[str, Any]:
        return {"date": self.value.isoformat()}


@dataclass(frozen=True)
class _MinuteStructure:
    """``cyyjjjhhmm``: a naive local date and time to the minute (DS005, DS007, DS009).

    Built from a plain ``date``, the time is the default 23:59. Seconds are dropped (the time
    is floored to the minute, so an expiry never moves later); a time zone is refused: convert
    to the facility's local wall time first.
    """

    data_structure: ClassVar[str]
    data_identifier: ClassVar[str]

    value: datetime

    def __post_init__(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    @classmethod
    def label(cls) -> str:
        return name_of(cls.data_structure)

    @classmethod
    def from_date(cls, day: date) -> Self:
        """Returns the structure for day at the default time 23:59 (ST-001 §2.4.5)."""
        return cls(datetime.combine(day, END_OF_DAY))

    @classmethod
    def parse(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = decode_day(content[:6], cls.label())
        return cls(datetime.combine(day, decode_time(content[6:], cls.label())))

    @property
    def content(self) -> str:
        return f"{encode_day(self.value, self.label())}{self.value:%H%M}"

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    def fields(self) -> dict[str, Any]:
        return {"date_time": self.value.isoformat(timespec="minutes")}


@dataclass(frozen=True)
class ExpirationDate(_DayStructure):
    """DS004 ``=>cyyjjj``: expires at the end of that day; DS005 is recommended for CT."""

    data_structure: ClassVar[str] = "004"
    data_identifier: ClassVar[str] = "=>"


@dataclass(frozen=True)
class ExpirationDateTime(_MinuteStructure):
    """DS005 ``&>cyyjjjhhmm``."""

    data_structure: ClassVar[str] = "005"
    data_identifier: ClassVar[str] = "&>"


@dataclass(frozen=True)
class CollectionDate(_DayStructure):
    """DS006 ``=*cyyjjj``."""

    data_structure: ClassVar[str] = "006"
    data_identifier: ClassVar[str] = "=*"


@dataclass(frozen=True)
class CollectionDateTime(_MinuteStructure):
    """DS007 ``&*cyyjjjhhmm``."""

    data_structure: ClassVar[str] = "007"
    data_identifier: ClassVar[str] = "&*"


@dataclass(frozen=True)
class ProductionDate(_DayStructure):
    """DS008 ``=}cyyjjj``."""

    data_structure: ClassVar[str] = "008"
    data_identifier: ClassVar[str] = "=}"


@dataclass(frozen=True)
class ProductionDateTime(_MinuteStructure):
    """DS009 ``&}cyyjjjhhmm``."""

    data_structure: ClassVar[str] = "009"
    data_identifier: ClassVar[str] = "&}"
