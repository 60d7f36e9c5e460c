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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_encode_day__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_encode_day__mutmut)
def encode_day(value: date, what: str) -> str:
    """Returns ``cyyjjj`` for value, or raises if the year is outside 2000-2999."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ScanError(f"{what} year {value.year} cannot be encoded: cyy holds the last three "
                        f"digits of years {FIRST_YEAR}-{LAST_YEAR}")
    return f"{value.year % 1000:03d}{value.timetuple().tm_yday:03d}"


def x_encode_day__mutmut_orig(value: date, what: str) -> str:
    """Returns ``cyyjjj`` for value, or raises if the year is outside 2000-2999."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ScanError(f"{what} year {value.year} cannot be encoded: cyy holds the last three "
                        f"digits of years {FIRST_YEAR}-{LAST_YEAR}")
    return f"{value.year % 1000:03d}{value.timetuple().tm_yday:03d}"


def x_encode_day__mutmut_1(value: date, what: str) -> str:
    """Returns ``cyyjjj`` for value, or raises if the year is outside 2000-2999."""
    if FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ScanError(f"{what} year {value.year} cannot be encoded: cyy holds the last three "
                        f"digits of years {FIRST_YEAR}-{LAST_YEAR}")
    return f"{value.year % 1000:03d}{value.timetuple().tm_yday:03d}"


def x_encode_day__mutmut_2(value: date, what: str) -> str:
    """Returns ``cyyjjj`` for value, or raises if the year is outside 2000-2999."""
    if not FIRST_YEAR < value.year <= LAST_YEAR:
        raise ScanError(f"{what} year {value.year} cannot be encoded: cyy holds the last three "
                        f"digits of years {FIRST_YEAR}-{LAST_YEAR}")
    return f"{value.year % 1000:03d}{value.timetuple().tm_yday:03d}"


def x_encode_day__mutmut_3(value: date, what: str) -> str:
    """Returns ``cyyjjj`` for value, or raises if the year is outside 2000-2999."""
    if not FIRST_YEAR <= value.year < LAST_YEAR:
        raise ScanError(f"{what} year {value.year} cannot be encoded: cyy holds the last three "
                        f"digits of years {FIRST_YEAR}-{LAST_YEAR}")
    return f"{value.year % 1000:03d}{value.timetuple().tm_yday:03d}"


def x_encode_day__mutmut_4(value: date, what: str) -> str:
    """Returns ``cyyjjj`` for value, or raises if the year is outside 2000-2999."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ScanError(None)
    return f"{value.year % 1000:03d}{value.timetuple().tm_yday:03d}"


def x_encode_day__mutmut_5(value: date, what: str) -> str:
    """Returns ``cyyjjj`` for value, or raises if the year is outside 2000-2999."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ScanError(f"{what} year {value.year} cannot be encoded: cyy holds the last three "
                        f"digits of years {FIRST_YEAR}-{LAST_YEAR}")
    return f"{value.year / 1000:03d}{value.timetuple().tm_yday:03d}"


def x_encode_day__mutmut_6(value: date, what: str) -> str:
    """Returns ``cyyjjj`` for value, or raises if the year is outside 2000-2999."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ScanError(f"{what} year {value.year} cannot be encoded: cyy holds the last three "
                        f"digits of years {FIRST_YEAR}-{LAST_YEAR}")
    return f"{value.year % 1001:03d}{value.timetuple().tm_yday:03d}"

mutants_x_encode_day__mutmut['_mutmut_orig'] = x_encode_day__mutmut_orig # type: ignore # mutmut generated
mutants_x_encode_day__mutmut['x_encode_day__mutmut_1'] = x_encode_day__mutmut_1 # type: ignore # mutmut generated
mutants_x_encode_day__mutmut['x_encode_day__mutmut_2'] = x_encode_day__mutmut_2 # type: ignore # mutmut generated
mutants_x_encode_day__mutmut['x_encode_day__mutmut_3'] = x_encode_day__mutmut_3 # type: ignore # mutmut generated
mutants_x_encode_day__mutmut['x_encode_day__mutmut_4'] = x_encode_day__mutmut_4 # type: ignore # mutmut generated
mutants_x_encode_day__mutmut['x_encode_day__mutmut_5'] = x_encode_day__mutmut_5 # type: ignore # mutmut generated
mutants_x_encode_day__mutmut['x_encode_day__mutmut_6'] = x_encode_day__mutmut_6 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decode_day__mutmut)
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


def x_decode_day__mutmut_orig(cyyjjj: str, what: str) -> date:
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


def x_decode_day__mutmut_1(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = None
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_2(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:4], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_3(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[4:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_4(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:7]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_5(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(None, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_6(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, None, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_7(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, None, "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_8(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", None)
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_9(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_10(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_11(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_12(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", )
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_13(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "XXdigits (cyy)XX")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_14(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "DIGITS (CYY)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_15(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(None, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_16(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, None, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_17(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, None, "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_18(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", None)
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_19(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_20(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_21(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_22(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", )
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_23(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "XXdigits (jjj)XX")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_24(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "DIGITS (JJJ)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_25(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = None
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_26(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR - int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_27(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(None), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_28(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(None)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_29(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_30(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 2 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_31(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 < day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_32(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day < 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_33(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 367:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_34(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(None)
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_35(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 or not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_36(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day != 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_37(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 367 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_38(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_39(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(None):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_40(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(None)
    return date(year, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_41(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) - timedelta(days=day - 1)


def x_decode_day__mutmut_42(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(None, 1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_43(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, None, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_44(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, None) + timedelta(days=day - 1)


def x_decode_day__mutmut_45(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(1, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_46(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_47(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, ) + timedelta(days=day - 1)


def x_decode_day__mutmut_48(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 2, 1) + timedelta(days=day - 1)


def x_decode_day__mutmut_49(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 2) + timedelta(days=day - 1)


def x_decode_day__mutmut_50(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=None)


def x_decode_day__mutmut_51(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day + 1)


def x_decode_day__mutmut_52(cyyjjj: str, what: str) -> date:
    """Returns the date ``cyyjjj`` names, naming the element that is wrong."""
    cyy, jjj = cyyjjj[:3], cyyjjj[3:6]
    require_chars(cyy, DIGITS, f"{what} year", "digits (cyy)")
    require_chars(jjj, DIGITS, f"{what} day-of-year", "digits (jjj)")
    year, day = FIRST_YEAR + int(cyy), int(jjj)
    if not 1 <= day <= 366:
        raise ScanError(f"{what} day-of-year must be 001-366, scanned {jjj}")
    if day == 366 and not calendar.isleap(year):
        raise ScanError(f"{what} day-of-year 366 does not exist in {year}")
    return date(year, 1, 1) + timedelta(days=day - 2)

mutants_x_decode_day__mutmut['_mutmut_orig'] = x_decode_day__mutmut_orig # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_1'] = x_decode_day__mutmut_1 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_2'] = x_decode_day__mutmut_2 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_3'] = x_decode_day__mutmut_3 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_4'] = x_decode_day__mutmut_4 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_5'] = x_decode_day__mutmut_5 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_6'] = x_decode_day__mutmut_6 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_7'] = x_decode_day__mutmut_7 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_8'] = x_decode_day__mutmut_8 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_9'] = x_decode_day__mutmut_9 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_10'] = x_decode_day__mutmut_10 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_11'] = x_decode_day__mutmut_11 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_12'] = x_decode_day__mutmut_12 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_13'] = x_decode_day__mutmut_13 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_14'] = x_decode_day__mutmut_14 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_15'] = x_decode_day__mutmut_15 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_16'] = x_decode_day__mutmut_16 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_17'] = x_decode_day__mutmut_17 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_18'] = x_decode_day__mutmut_18 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_19'] = x_decode_day__mutmut_19 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_20'] = x_decode_day__mutmut_20 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_21'] = x_decode_day__mutmut_21 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_22'] = x_decode_day__mutmut_22 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_23'] = x_decode_day__mutmut_23 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_24'] = x_decode_day__mutmut_24 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_25'] = x_decode_day__mutmut_25 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_26'] = x_decode_day__mutmut_26 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_27'] = x_decode_day__mutmut_27 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_28'] = x_decode_day__mutmut_28 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_29'] = x_decode_day__mutmut_29 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_30'] = x_decode_day__mutmut_30 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_31'] = x_decode_day__mutmut_31 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_32'] = x_decode_day__mutmut_32 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_33'] = x_decode_day__mutmut_33 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_34'] = x_decode_day__mutmut_34 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_35'] = x_decode_day__mutmut_35 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_36'] = x_decode_day__mutmut_36 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_37'] = x_decode_day__mutmut_37 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_38'] = x_decode_day__mutmut_38 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_39'] = x_decode_day__mutmut_39 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_40'] = x_decode_day__mutmut_40 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_41'] = x_decode_day__mutmut_41 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_42'] = x_decode_day__mutmut_42 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_43'] = x_decode_day__mutmut_43 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_44'] = x_decode_day__mutmut_44 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_45'] = x_decode_day__mutmut_45 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_46'] = x_decode_day__mutmut_46 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_47'] = x_decode_day__mutmut_47 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_48'] = x_decode_day__mutmut_48 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_49'] = x_decode_day__mutmut_49 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_50'] = x_decode_day__mutmut_50 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_51'] = x_decode_day__mutmut_51 # type: ignore # mutmut generated
mutants_x_decode_day__mutmut['x_decode_day__mutmut_52'] = x_decode_day__mutmut_52 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decode_time__mutmut)
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


def x_decode_time__mutmut_orig(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_1(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = None
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_2(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:3], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_3(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[3:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_4(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:5]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_5(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(None, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_6(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, None, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_7(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, None, "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_8(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", None)
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_9(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_10(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_11(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_12(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", )
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_13(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "XXdigits (hh)XX")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_14(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "DIGITS (HH)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_15(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(None, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_16(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, None, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_17(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, None, "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_18(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", None)
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_19(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_20(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_21(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_22(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", )
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_23(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "XXdigits (mm)XX")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_24(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "DIGITS (MM)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_25(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(None) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_26(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) >= 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_27(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 24:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_28(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(None)
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_29(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(None) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_30(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) >= 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_31(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 60:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(mm))


def x_decode_time__mutmut_32(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(None)
    return time(int(hh), int(mm))


def x_decode_time__mutmut_33(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(None, int(mm))


def x_decode_time__mutmut_34(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), None)


def x_decode_time__mutmut_35(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(mm))


def x_decode_time__mutmut_36(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), )


def x_decode_time__mutmut_37(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(None), int(mm))


def x_decode_time__mutmut_38(hhmm: str, what: str) -> time:
    """Returns the time ``hhmm`` names: hh 00-23, mm 00-59."""
    hh, mm = hhmm[:2], hhmm[2:4]
    require_chars(hh, DIGITS, f"{what} hour", "digits (hh)")
    require_chars(mm, DIGITS, f"{what} minute", "digits (mm)")
    if int(hh) > 23:
        raise ScanError(f"{what} hour must be 00-23, scanned {hh}")
    if int(mm) > 59:
        raise ScanError(f"{what} minute must be 00-59, scanned {mm}")
    return time(int(hh), int(None))

mutants_x_decode_time__mutmut['_mutmut_orig'] = x_decode_time__mutmut_orig # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_1'] = x_decode_time__mutmut_1 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_2'] = x_decode_time__mutmut_2 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_3'] = x_decode_time__mutmut_3 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_4'] = x_decode_time__mutmut_4 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_5'] = x_decode_time__mutmut_5 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_6'] = x_decode_time__mutmut_6 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_7'] = x_decode_time__mutmut_7 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_8'] = x_decode_time__mutmut_8 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_9'] = x_decode_time__mutmut_9 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_10'] = x_decode_time__mutmut_10 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_11'] = x_decode_time__mutmut_11 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_12'] = x_decode_time__mutmut_12 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_13'] = x_decode_time__mutmut_13 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_14'] = x_decode_time__mutmut_14 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_15'] = x_decode_time__mutmut_15 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_16'] = x_decode_time__mutmut_16 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_17'] = x_decode_time__mutmut_17 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_18'] = x_decode_time__mutmut_18 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_19'] = x_decode_time__mutmut_19 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_20'] = x_decode_time__mutmut_20 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_21'] = x_decode_time__mutmut_21 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_22'] = x_decode_time__mutmut_22 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_23'] = x_decode_time__mutmut_23 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_24'] = x_decode_time__mutmut_24 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_25'] = x_decode_time__mutmut_25 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_26'] = x_decode_time__mutmut_26 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_27'] = x_decode_time__mutmut_27 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_28'] = x_decode_time__mutmut_28 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_29'] = x_decode_time__mutmut_29 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_30'] = x_decode_time__mutmut_30 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_31'] = x_decode_time__mutmut_31 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_32'] = x_decode_time__mutmut_32 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_33'] = x_decode_time__mutmut_33 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_34'] = x_decode_time__mutmut_34 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_35'] = x_decode_time__mutmut_35 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_36'] = x_decode_time__mutmut_36 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_37'] = x_decode_time__mutmut_37 # type: ignore # mutmut generated
mutants_x_decode_time__mutmut['x_decode_time__mutmut_38'] = x_decode_time__mutmut_38 # type: ignore # mutmut generated
mutants_xǁ_DayStructureǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_DayStructureǁlabel__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_DayStructureǁparse__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_DayStructureǁfields__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class _DayStructure:
    """``cyyjjj``: a calendar date (DS004, DS006, DS008)."""

    data_structure: ClassVar[str]
    data_identifier: ClassVar[str]

    value: date

    @_mutmut_mutated(mutants_xǁ_DayStructureǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        if isinstance(self.value, datetime):
            raise ScanError(f"{self.label()} holds a date only; use the date-and-time "
                            f"structure for {self.value.isoformat()}")
        encode_day(self.value, self.label())

    def xǁ_DayStructureǁ__post_init____mutmut_orig(self) -> None:
        if isinstance(self.value, datetime):
            raise ScanError(f"{self.label()} holds a date only; use the date-and-time "
                            f"structure for {self.value.isoformat()}")
        encode_day(self.value, self.label())

    def xǁ_DayStructureǁ__post_init____mutmut_1(self) -> None:
        if isinstance(self.value, datetime):
            raise ScanError(None)
        encode_day(self.value, self.label())

    def xǁ_DayStructureǁ__post_init____mutmut_2(self) -> None:
        if isinstance(self.value, datetime):
            raise ScanError(f"{self.label()} holds a date only; use the date-and-time "
                            f"structure for {self.value.isoformat()}")
        encode_day(None, self.label())

    def xǁ_DayStructureǁ__post_init____mutmut_3(self) -> None:
        if isinstance(self.value, datetime):
            raise ScanError(f"{self.label()} holds a date only; use the date-and-time "
                            f"structure for {self.value.isoformat()}")
        encode_day(self.value, None)

    def xǁ_DayStructureǁ__post_init____mutmut_4(self) -> None:
        if isinstance(self.value, datetime):
            raise ScanError(f"{self.label()} holds a date only; use the date-and-time "
                            f"structure for {self.value.isoformat()}")
        encode_day(self.label())

    def xǁ_DayStructureǁ__post_init____mutmut_5(self) -> None:
        if isinstance(self.value, datetime):
            raise ScanError(f"{self.label()} holds a date only; use the date-and-time "
                            f"structure for {self.value.isoformat()}")
        encode_day(self.value, )

    @classmethod
    @_mutmut_mutated(mutants_xǁ_DayStructureǁlabel__mutmut, is_classmethod = True)
    def label(cls) -> str:
        return name_of(cls.data_structure)

    @classmethod
    def xǁ_DayStructureǁlabel__mutmut_orig(cls) -> str:
        return name_of(cls.data_structure)

    @classmethod
    def xǁ_DayStructureǁlabel__mutmut_1(cls) -> str:
        return name_of(None)

    @classmethod
    @_mutmut_mutated(mutants_xǁ_DayStructureǁparse__mutmut, is_classmethod = True)
    def parse(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        return cls(decode_day(content, cls.label()))

    @classmethod
    def xǁ_DayStructureǁparse__mutmut_orig(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        return cls(decode_day(content, cls.label()))

    @classmethod
    def xǁ_DayStructureǁparse__mutmut_1(cls, content: str) -> Self:
        require_content_length(None, content)
        return cls(decode_day(content, cls.label()))

    @classmethod
    def xǁ_DayStructureǁparse__mutmut_2(cls, content: str) -> Self:
        require_content_length(cls.data_structure, None)
        return cls(decode_day(content, cls.label()))

    @classmethod
    def xǁ_DayStructureǁparse__mutmut_3(cls, content: str) -> Self:
        require_content_length(content)
        return cls(decode_day(content, cls.label()))

    @classmethod
    def xǁ_DayStructureǁparse__mutmut_4(cls, content: str) -> Self:
        require_content_length(cls.data_structure, )
        return cls(decode_day(content, cls.label()))

    @classmethod
    def xǁ_DayStructureǁparse__mutmut_5(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        return cls(None)

    @classmethod
    def xǁ_DayStructureǁparse__mutmut_6(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        return cls(decode_day(None, cls.label()))

    @classmethod
    def xǁ_DayStructureǁparse__mutmut_7(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        return cls(decode_day(content, None))

    @classmethod
    def xǁ_DayStructureǁparse__mutmut_8(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        return cls(decode_day(cls.label()))

    @classmethod
    def xǁ_DayStructureǁparse__mutmut_9(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        return cls(decode_day(content, ))

    @property
    def content(self) -> str:
        return encode_day(self.value, self.label())

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    @_mutmut_mutated(mutants_xǁ_DayStructureǁfields__mutmut)
    def fields(self) -> dict[str, Any]:
        return {"date": self.value.isoformat()}

    def xǁ_DayStructureǁfields__mutmut_orig(self) -> dict[str, Any]:
        return {"date": self.value.isoformat()}

    def xǁ_DayStructureǁfields__mutmut_1(self) -> dict[str, Any]:
        return {"XXdateXX": self.value.isoformat()}

    def xǁ_DayStructureǁfields__mutmut_2(self) -> dict[str, Any]:
        return {"DATE": self.value.isoformat()}

mutants_xǁ_DayStructureǁ__post_init____mutmut['_mutmut_orig'] = _DayStructure.xǁ_DayStructureǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_DayStructureǁ__post_init____mutmut['xǁ_DayStructureǁ__post_init____mutmut_1'] = _DayStructure.xǁ_DayStructureǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_DayStructureǁ__post_init____mutmut['xǁ_DayStructureǁ__post_init____mutmut_2'] = _DayStructure.xǁ_DayStructureǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_DayStructureǁ__post_init____mutmut['xǁ_DayStructureǁ__post_init____mutmut_3'] = _DayStructure.xǁ_DayStructureǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_DayStructureǁ__post_init____mutmut['xǁ_DayStructureǁ__post_init____mutmut_4'] = _DayStructure.xǁ_DayStructureǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_DayStructureǁ__post_init____mutmut['xǁ_DayStructureǁ__post_init____mutmut_5'] = _DayStructure.xǁ_DayStructureǁ__post_init____mutmut_5 # type: ignore # mutmut generated

mutants_xǁ_DayStructureǁlabel__mutmut['_mutmut_orig'] = _DayStructure.xǁ_DayStructureǁlabel__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_DayStructureǁlabel__mutmut['xǁ_DayStructureǁlabel__mutmut_1'] = _DayStructure.xǁ_DayStructureǁlabel__mutmut_1 # type: ignore # mutmut generated

mutants_xǁ_DayStructureǁparse__mutmut['_mutmut_orig'] = _DayStructure.xǁ_DayStructureǁparse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_DayStructureǁparse__mutmut['xǁ_DayStructureǁparse__mutmut_1'] = _DayStructure.xǁ_DayStructureǁparse__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_DayStructureǁparse__mutmut['xǁ_DayStructureǁparse__mutmut_2'] = _DayStructure.xǁ_DayStructureǁparse__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_DayStructureǁparse__mutmut['xǁ_DayStructureǁparse__mutmut_3'] = _DayStructure.xǁ_DayStructureǁparse__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_DayStructureǁparse__mutmut['xǁ_DayStructureǁparse__mutmut_4'] = _DayStructure.xǁ_DayStructureǁparse__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_DayStructureǁparse__mutmut['xǁ_DayStructureǁparse__mutmut_5'] = _DayStructure.xǁ_DayStructureǁparse__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_DayStructureǁparse__mutmut['xǁ_DayStructureǁparse__mutmut_6'] = _DayStructure.xǁ_DayStructureǁparse__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_DayStructureǁparse__mutmut['xǁ_DayStructureǁparse__mutmut_7'] = _DayStructure.xǁ_DayStructureǁparse__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_DayStructureǁparse__mutmut['xǁ_DayStructureǁparse__mutmut_8'] = _DayStructure.xǁ_DayStructureǁparse__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_DayStructureǁparse__mutmut['xǁ_DayStructureǁparse__mutmut_9'] = _DayStructure.xǁ_DayStructureǁparse__mutmut_9 # type: ignore # mutmut generated

mutants_xǁ_DayStructureǁfields__mutmut['_mutmut_orig'] = _DayStructure.xǁ_DayStructureǁfields__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_DayStructureǁfields__mutmut['xǁ_DayStructureǁfields__mutmut_1'] = _DayStructure.xǁ_DayStructureǁfields__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_DayStructureǁfields__mutmut['xǁ_DayStructureǁfields__mutmut_2'] = _DayStructure.xǁ_DayStructureǁfields__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_MinuteStructureǁlabel__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_MinuteStructureǁfrom_date__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_MinuteStructureǁparse__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_MinuteStructureǁfields__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁ_MinuteStructureǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_orig(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_1(self) -> None:
        if isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_2(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(None, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_3(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, None, datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_4(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", None)
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_5(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__("value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_6(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_7(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", )
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_8(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "XXvalueXX", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_9(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "VALUE", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_10(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(None, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_11(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, None))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_12(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_13(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, ))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_14(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_15(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(None)
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_16(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(None, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_17(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, None, self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_18(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", None)
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_19(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__("value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_20(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_21(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", )
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_22(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "XXvalueXX", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_23(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "VALUE", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_24(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=None, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_25(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=None))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_26(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_27(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, ))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_28(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=1, microsecond=0))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_29(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=1))
        encode_day(self.value, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_30(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(None, self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_31(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, None)

    def xǁ_MinuteStructureǁ__post_init____mutmut_32(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.label())

    def xǁ_MinuteStructureǁ__post_init____mutmut_33(self) -> None:
        if not isinstance(self.value, datetime):
            object.__setattr__(self, "value", datetime.combine(self.value, END_OF_DAY))
        if self.value.tzinfo is not None:
            raise ScanError(f"{self.label()} is a naive local wall time; got one with time zone "
                            f"{self.value.tzinfo}")
        object.__setattr__(self, "value", self.value.replace(second=0, microsecond=0))
        encode_day(self.value, )

    @classmethod
    @_mutmut_mutated(mutants_xǁ_MinuteStructureǁlabel__mutmut, is_classmethod = True)
    def label(cls) -> str:
        return name_of(cls.data_structure)

    @classmethod
    def xǁ_MinuteStructureǁlabel__mutmut_orig(cls) -> str:
        return name_of(cls.data_structure)

    @classmethod
    def xǁ_MinuteStructureǁlabel__mutmut_1(cls) -> str:
        return name_of(None)

    @classmethod
    @_mutmut_mutated(mutants_xǁ_MinuteStructureǁfrom_date__mutmut, is_classmethod = True)
    def from_date(cls, day: date) -> Self:
        """Returns the structure for day at the default time 23:59 (ST-001 §2.4.5)."""
        return cls(datetime.combine(day, END_OF_DAY))

    @classmethod
    def xǁ_MinuteStructureǁfrom_date__mutmut_orig(cls, day: date) -> Self:
        """Returns the structure for day at the default time 23:59 (ST-001 §2.4.5)."""
        return cls(datetime.combine(day, END_OF_DAY))

    @classmethod
    def xǁ_MinuteStructureǁfrom_date__mutmut_1(cls, day: date) -> Self:
        """Returns the structure for day at the default time 23:59 (ST-001 §2.4.5)."""
        return cls(None)

    @classmethod
    def xǁ_MinuteStructureǁfrom_date__mutmut_2(cls, day: date) -> Self:
        """Returns the structure for day at the default time 23:59 (ST-001 §2.4.5)."""
        return cls(datetime.combine(None, END_OF_DAY))

    @classmethod
    def xǁ_MinuteStructureǁfrom_date__mutmut_3(cls, day: date) -> Self:
        """Returns the structure for day at the default time 23:59 (ST-001 §2.4.5)."""
        return cls(datetime.combine(day, None))

    @classmethod
    def xǁ_MinuteStructureǁfrom_date__mutmut_4(cls, day: date) -> Self:
        """Returns the structure for day at the default time 23:59 (ST-001 §2.4.5)."""
        return cls(datetime.combine(END_OF_DAY))

    @classmethod
    def xǁ_MinuteStructureǁfrom_date__mutmut_5(cls, day: date) -> Self:
        """Returns the structure for day at the default time 23:59 (ST-001 §2.4.5)."""
        return cls(datetime.combine(day, ))

    @classmethod
    @_mutmut_mutated(mutants_xǁ_MinuteStructureǁparse__mutmut, is_classmethod = True)
    def parse(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = decode_day(content[:6], cls.label())
        return cls(datetime.combine(day, decode_time(content[6:], cls.label())))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_orig(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = decode_day(content[:6], cls.label())
        return cls(datetime.combine(day, decode_time(content[6:], cls.label())))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_1(cls, content: str) -> Self:
        require_content_length(None, content)
        day = decode_day(content[:6], cls.label())
        return cls(datetime.combine(day, decode_time(content[6:], cls.label())))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_2(cls, content: str) -> Self:
        require_content_length(cls.data_structure, None)
        day = decode_day(content[:6], cls.label())
        return cls(datetime.combine(day, decode_time(content[6:], cls.label())))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_3(cls, content: str) -> Self:
        require_content_length(content)
        day = decode_day(content[:6], cls.label())
        return cls(datetime.combine(day, decode_time(content[6:], cls.label())))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_4(cls, content: str) -> Self:
        require_content_length(cls.data_structure, )
        day = decode_day(content[:6], cls.label())
        return cls(datetime.combine(day, decode_time(content[6:], cls.label())))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_5(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = None
        return cls(datetime.combine(day, decode_time(content[6:], cls.label())))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_6(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = decode_day(None, cls.label())
        return cls(datetime.combine(day, decode_time(content[6:], cls.label())))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_7(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = decode_day(content[:6], None)
        return cls(datetime.combine(day, decode_time(content[6:], cls.label())))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_8(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = decode_day(cls.label())
        return cls(datetime.combine(day, decode_time(content[6:], cls.label())))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_9(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = decode_day(content[:6], )
        return cls(datetime.combine(day, decode_time(content[6:], cls.label())))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_10(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = decode_day(content[:7], cls.label())
        return cls(datetime.combine(day, decode_time(content[6:], cls.label())))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_11(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = decode_day(content[:6], cls.label())
        return cls(None)

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_12(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = decode_day(content[:6], cls.label())
        return cls(datetime.combine(None, decode_time(content[6:], cls.label())))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_13(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = decode_day(content[:6], cls.label())
        return cls(datetime.combine(day, None))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_14(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = decode_day(content[:6], cls.label())
        return cls(datetime.combine(decode_time(content[6:], cls.label())))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_15(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = decode_day(content[:6], cls.label())
        return cls(datetime.combine(day, ))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_16(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = decode_day(content[:6], cls.label())
        return cls(datetime.combine(day, decode_time(None, cls.label())))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_17(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = decode_day(content[:6], cls.label())
        return cls(datetime.combine(day, decode_time(content[6:], None)))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_18(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = decode_day(content[:6], cls.label())
        return cls(datetime.combine(day, decode_time(cls.label())))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_19(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = decode_day(content[:6], cls.label())
        return cls(datetime.combine(day, decode_time(content[6:], )))

    @classmethod
    def xǁ_MinuteStructureǁparse__mutmut_20(cls, content: str) -> Self:
        require_content_length(cls.data_structure, content)
        day = decode_day(content[:6], cls.label())
        return cls(datetime.combine(day, decode_time(content[7:], cls.label())))

    @property
    def content(self) -> str:
        return f"{encode_day(self.value, self.label())}{self.value:%H%M}"

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    @_mutmut_mutated(mutants_xǁ_MinuteStructureǁfields__mutmut)
    def fields(self) -> dict[str, Any]:
        return {"date_time": self.value.isoformat(timespec="minutes")}

    def xǁ_MinuteStructureǁfields__mutmut_orig(self) -> dict[str, Any]:
        return {"date_time": self.value.isoformat(timespec="minutes")}

    def xǁ_MinuteStructureǁfields__mutmut_1(self) -> dict[str, Any]:
        return {"XXdate_timeXX": self.value.isoformat(timespec="minutes")}

    def xǁ_MinuteStructureǁfields__mutmut_2(self) -> dict[str, Any]:
        return {"DATE_TIME": self.value.isoformat(timespec="minutes")}

    def xǁ_MinuteStructureǁfields__mutmut_3(self) -> dict[str, Any]:
        return {"date_time": self.value.isoformat(timespec=None)}

    def xǁ_MinuteStructureǁfields__mutmut_4(self) -> dict[str, Any]:
        return {"date_time": self.value.isoformat(timespec="XXminutesXX")}

    def xǁ_MinuteStructureǁfields__mutmut_5(self) -> dict[str, Any]:
        return {"date_time": self.value.isoformat(timespec="MINUTES")}

mutants_xǁ_MinuteStructureǁ__post_init____mutmut['_mutmut_orig'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_1'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_2'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_3'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_4'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_5'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_6'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_7'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_8'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_9'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_10'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_11'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_12'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_13'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_14'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_15'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_16'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_17'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_18'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_19'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_20'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_21'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_22'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_23'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_24'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_25'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_26'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_27'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_28'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_29'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_30'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_31'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_32'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁ__post_init____mutmut['xǁ_MinuteStructureǁ__post_init____mutmut_33'] = _MinuteStructure.xǁ_MinuteStructureǁ__post_init____mutmut_33 # type: ignore # mutmut generated

mutants_xǁ_MinuteStructureǁlabel__mutmut['_mutmut_orig'] = _MinuteStructure.xǁ_MinuteStructureǁlabel__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁlabel__mutmut['xǁ_MinuteStructureǁlabel__mutmut_1'] = _MinuteStructure.xǁ_MinuteStructureǁlabel__mutmut_1 # type: ignore # mutmut generated

mutants_xǁ_MinuteStructureǁfrom_date__mutmut['_mutmut_orig'] = _MinuteStructure.xǁ_MinuteStructureǁfrom_date__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁfrom_date__mutmut['xǁ_MinuteStructureǁfrom_date__mutmut_1'] = _MinuteStructure.xǁ_MinuteStructureǁfrom_date__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁfrom_date__mutmut['xǁ_MinuteStructureǁfrom_date__mutmut_2'] = _MinuteStructure.xǁ_MinuteStructureǁfrom_date__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁfrom_date__mutmut['xǁ_MinuteStructureǁfrom_date__mutmut_3'] = _MinuteStructure.xǁ_MinuteStructureǁfrom_date__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁfrom_date__mutmut['xǁ_MinuteStructureǁfrom_date__mutmut_4'] = _MinuteStructure.xǁ_MinuteStructureǁfrom_date__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁfrom_date__mutmut['xǁ_MinuteStructureǁfrom_date__mutmut_5'] = _MinuteStructure.xǁ_MinuteStructureǁfrom_date__mutmut_5 # type: ignore # mutmut generated

mutants_xǁ_MinuteStructureǁparse__mutmut['_mutmut_orig'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_1'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_2'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_3'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_4'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_5'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_6'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_7'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_8'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_9'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_10'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_11'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_12'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_13'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_14'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_15'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_16'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_17'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_18'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_19'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁparse__mutmut['xǁ_MinuteStructureǁparse__mutmut_20'] = _MinuteStructure.xǁ_MinuteStructureǁparse__mutmut_20 # type: ignore # mutmut generated

mutants_xǁ_MinuteStructureǁfields__mutmut['_mutmut_orig'] = _MinuteStructure.xǁ_MinuteStructureǁfields__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁfields__mutmut['xǁ_MinuteStructureǁfields__mutmut_1'] = _MinuteStructure.xǁ_MinuteStructureǁfields__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁfields__mutmut['xǁ_MinuteStructureǁfields__mutmut_2'] = _MinuteStructure.xǁ_MinuteStructureǁfields__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁfields__mutmut['xǁ_MinuteStructureǁfields__mutmut_3'] = _MinuteStructure.xǁ_MinuteStructureǁfields__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁfields__mutmut['xǁ_MinuteStructureǁfields__mutmut_4'] = _MinuteStructure.xǁ_MinuteStructureǁfields__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_MinuteStructureǁfields__mutmut['xǁ_MinuteStructureǁfields__mutmut_5'] = _MinuteStructure.xǁ_MinuteStructureǁfields__mutmut_5 # type: ignore # mutmut generated


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
