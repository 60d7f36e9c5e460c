"""The one input policy, as pure rules: what text, numbers, dates and ids cellchain accepts.

Every refusal names the field and the rule (DESIGN §4 rule 7). Text a user typed can contain
anything, so it is checked at the edge (``cellchain.inputs.edge``) before any service sees it;
text already stored is made safe by the renderers (``display_safe``), never trusted.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import UTC, date, datetime
from typing import Final
from zoneinfo import ZoneInfo

from cellchain.errors import BadInput

# Characters a person may type: everything printable, plus tab and line breaks in free text.
_TYPED_CONTROLS: Final = frozenset("\t\n\r")
# ISO/IEC 15434 envelopes read by a 2-D scanner separate data with GS, RS and EOT; they are
# meaningful only in scanner input, where the scan parser handles them.
SCANNER_SEPARATORS: Final = frozenset("\x1d\x1e\x04")
# Database ids are 32-bit integers on PostgreSQL (SQLite's are wider): the bound both share.
MAX_ID: Final = 2**31 - 1
NUMBER_FORMAT: Final = ("digits, an optional sign, '.' as the decimal point and an optional "
                        "exponent, e.g. 92, -1.5 or 2.5e9 (no thousands separators)")
_NUMBER: Final = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?", re.ASCII)
_WHOLE: Final = re.compile(r"[+-]?\d{1,15}", re.ASCII)
_ISO_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_ISO_LOCAL: Final = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?", re.ASCII)
# Dates a GMP or trial record can carry (an expiry, a collection, a birth): anything outside
# is a typing error (year 0001, 20266).
EARLIEST_YEAR: Final = 1900
LATEST_YEAR: Final = 2199


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cs")


def text_problem(value: str, *, scanner: bool = False) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = _TYPED_CONTROLS | SCANNER_SEPARATORS if scanner else _TYPED_CONTROLS
    for position, ch in enumerate(value, 1):
        if _is_control(ch) and ch not in allowed:
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "only printable text can be recorded")
    return None


def id_problem(raw: str) -> str | None:
    """Returns why a number given as a record id cannot be one, or None."""
    text = raw.strip()
    if re.fullmatch(r"[+-]?\d+", text, re.ASCII) and abs(int(text)) > MAX_ID:
        return f"must be at most {MAX_ID}"
    return None


def parse_number(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if not _NUMBER.fullmatch(text):
        raise BadInput(f"{label} must be a number written as {NUMBER_FORMAT}; got {text!r}",
                       field=field)
    value = float(text)
    mantissa = re.split("[eE]", text)[0]
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def parse_whole_number(raw: str, *, label: str, field: str) -> int:
    """Reads a whole number (ASCII digits, optional sign, at most 15 digits)."""
    text = raw.strip()
    if not _WHOLE.fullmatch(text):
        raise BadInput(f"{label} must be a whole number written with the digits 0-9; "
                       f"got {text!r}", field=field)
    return int(text)


def _check_year(year: int, *, label: str, field: str, text: str) -> None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise BadInput(f"{label} {text} has the year {year}; a date between {EARLIEST_YEAR} "
                       f"and {LATEST_YEAR} is expected: check for a typing error", field=field)


def parse_iso_date(raw: str, *, label: str, field: str) -> date:
    """Reads YYYY-MM-DD (a real calendar date within the plausible years)."""
    text = raw.strip()
    if not text:
        raise BadInput(f"{label} is required.", field=field)
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        value = date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"{label} '{text}' is not a date: use YYYY-MM-DD, e.g. 2027-01-31.",
                       field=field) from None
    _check_year(value.year, label=label, field=field, text=text)
    return value


def site_time_to_utc(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
    """Reads a ``datetime-local`` value (YYYY-MM-DDTHH:MM[:SS]) as site time; returns UTC.

    A local time that does not exist (skipped when clocks go forward) is refused; one that
    happens twice (when clocks go back) is read as the first occurrence (``fold=0``).
    """
    text = raw.strip()
    try:
        if not _ISO_LOCAL.fullmatch(text):
            raise ValueError(text)
        naive = datetime.fromisoformat(text)
    except ValueError:
        raise BadInput(f"{label} must be a date and time in site time, e.g. "
                       f"2026-11-30T14:05; got {text!r}", field=field) from None
    _check_year(naive.year, label=label, field=field, text=text)
    local = naive.replace(tzinfo=zone)
    round_trip = local.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def display_safe(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(_is_control(ch) or ch in "\ufffe\uffff" for ch in value):
        return value
    return "".join("\ufffd" if (_is_control(ch) and ch not in _TYPED_CONTROLS)
                   or ch in "\ufffe\uffff" else ch for ch in value)
