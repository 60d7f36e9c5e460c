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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__is_control__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__is_control__mutmut)
def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cs")


def x__is_control__mutmut_orig(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cs")


def x__is_control__mutmut_1(ch: str) -> bool:
    return unicodedata.category(None) in ("Cc", "Cs")


def x__is_control__mutmut_2(ch: str) -> bool:
    return unicodedata.category(ch) not in ("Cc", "Cs")


def x__is_control__mutmut_3(ch: str) -> bool:
    return unicodedata.category(ch) in ("XXCcXX", "Cs")


def x__is_control__mutmut_4(ch: str) -> bool:
    return unicodedata.category(ch) in ("cc", "Cs")


def x__is_control__mutmut_5(ch: str) -> bool:
    return unicodedata.category(ch) in ("CC", "Cs")


def x__is_control__mutmut_6(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "XXCsXX")


def x__is_control__mutmut_7(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "cs")


def x__is_control__mutmut_8(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "CS")

mutants_x__is_control__mutmut['_mutmut_orig'] = x__is_control__mutmut_orig # type: ignore # mutmut generated
mutants_x__is_control__mutmut['x__is_control__mutmut_1'] = x__is_control__mutmut_1 # type: ignore # mutmut generated
mutants_x__is_control__mutmut['x__is_control__mutmut_2'] = x__is_control__mutmut_2 # type: ignore # mutmut generated
mutants_x__is_control__mutmut['x__is_control__mutmut_3'] = x__is_control__mutmut_3 # type: ignore # mutmut generated
mutants_x__is_control__mutmut['x__is_control__mutmut_4'] = x__is_control__mutmut_4 # type: ignore # mutmut generated
mutants_x__is_control__mutmut['x__is_control__mutmut_5'] = x__is_control__mutmut_5 # type: ignore # mutmut generated
mutants_x__is_control__mutmut['x__is_control__mutmut_6'] = x__is_control__mutmut_6 # type: ignore # mutmut generated
mutants_x__is_control__mutmut['x__is_control__mutmut_7'] = x__is_control__mutmut_7 # type: ignore # mutmut generated
mutants_x__is_control__mutmut['x__is_control__mutmut_8'] = x__is_control__mutmut_8 # type: ignore # mutmut generated
mutants_x_text_problem__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_text_problem__mutmut)
def text_problem(value: str, *, scanner: bool = False) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = _TYPED_CONTROLS | SCANNER_SEPARATORS if scanner else _TYPED_CONTROLS
    for position, ch in enumerate(value, 1):
        if _is_control(ch) and ch not in allowed:
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "only printable text can be recorded")
    return None


def x_text_problem__mutmut_orig(value: str, *, scanner: bool = False) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = _TYPED_CONTROLS | SCANNER_SEPARATORS if scanner else _TYPED_CONTROLS
    for position, ch in enumerate(value, 1):
        if _is_control(ch) and ch not in allowed:
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "only printable text can be recorded")
    return None


def x_text_problem__mutmut_1(value: str, *, scanner: bool = True) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = _TYPED_CONTROLS | SCANNER_SEPARATORS if scanner else _TYPED_CONTROLS
    for position, ch in enumerate(value, 1):
        if _is_control(ch) and ch not in allowed:
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "only printable text can be recorded")
    return None


def x_text_problem__mutmut_2(value: str, *, scanner: bool = False) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = None
    for position, ch in enumerate(value, 1):
        if _is_control(ch) and ch not in allowed:
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "only printable text can be recorded")
    return None


def x_text_problem__mutmut_3(value: str, *, scanner: bool = False) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = _TYPED_CONTROLS | SCANNER_SEPARATORS if (scanner) and False else _TYPED_CONTROLS
    for position, ch in enumerate(value, 1):
        if _is_control(ch) and ch not in allowed:
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "only printable text can be recorded")
    return None


def x_text_problem__mutmut_4(value: str, *, scanner: bool = False) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = _TYPED_CONTROLS | SCANNER_SEPARATORS if (scanner) or True else _TYPED_CONTROLS
    for position, ch in enumerate(value, 1):
        if _is_control(ch) and ch not in allowed:
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "only printable text can be recorded")
    return None


def x_text_problem__mutmut_5(value: str, *, scanner: bool = False) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = _TYPED_CONTROLS & SCANNER_SEPARATORS if scanner else _TYPED_CONTROLS
    for position, ch in enumerate(value, 1):
        if _is_control(ch) and ch not in allowed:
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "only printable text can be recorded")
    return None


def x_text_problem__mutmut_6(value: str, *, scanner: bool = False) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = _TYPED_CONTROLS | SCANNER_SEPARATORS if scanner else _TYPED_CONTROLS
    for position, ch in enumerate(None, 1):
        if _is_control(ch) and ch not in allowed:
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "only printable text can be recorded")
    return None


def x_text_problem__mutmut_7(value: str, *, scanner: bool = False) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = _TYPED_CONTROLS | SCANNER_SEPARATORS if scanner else _TYPED_CONTROLS
    for position, ch in enumerate(value, None):
        if _is_control(ch) and ch not in allowed:
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "only printable text can be recorded")
    return None


def x_text_problem__mutmut_8(value: str, *, scanner: bool = False) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = _TYPED_CONTROLS | SCANNER_SEPARATORS if scanner else _TYPED_CONTROLS
    for position, ch in enumerate(1):
        if _is_control(ch) and ch not in allowed:
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "only printable text can be recorded")
    return None


def x_text_problem__mutmut_9(value: str, *, scanner: bool = False) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = _TYPED_CONTROLS | SCANNER_SEPARATORS if scanner else _TYPED_CONTROLS
    for position, ch in enumerate(value, ):
        if _is_control(ch) and ch not in allowed:
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "only printable text can be recorded")
    return None


def x_text_problem__mutmut_10(value: str, *, scanner: bool = False) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = _TYPED_CONTROLS | SCANNER_SEPARATORS if scanner else _TYPED_CONTROLS
    for position, ch in enumerate(value, 2):
        if _is_control(ch) and ch not in allowed:
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "only printable text can be recorded")
    return None


def x_text_problem__mutmut_11(value: str, *, scanner: bool = False) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = _TYPED_CONTROLS | SCANNER_SEPARATORS if scanner else _TYPED_CONTROLS
    for position, ch in enumerate(value, 1):
        if _is_control(ch) or ch not in allowed:
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "only printable text can be recorded")
    return None


def x_text_problem__mutmut_12(value: str, *, scanner: bool = False) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = _TYPED_CONTROLS | SCANNER_SEPARATORS if scanner else _TYPED_CONTROLS
    for position, ch in enumerate(value, 1):
        if _is_control(None) and ch not in allowed:
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "only printable text can be recorded")
    return None


def x_text_problem__mutmut_13(value: str, *, scanner: bool = False) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = _TYPED_CONTROLS | SCANNER_SEPARATORS if scanner else _TYPED_CONTROLS
    for position, ch in enumerate(value, 1):
        if _is_control(ch) and ch in allowed:
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "only printable text can be recorded")
    return None


def x_text_problem__mutmut_14(value: str, *, scanner: bool = False) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = _TYPED_CONTROLS | SCANNER_SEPARATORS if scanner else _TYPED_CONTROLS
    for position, ch in enumerate(value, 1):
        if _is_control(ch) and ch not in allowed:
            return (f"contains the control character U+{ord(None):04X} at position {position}; "
                    "only printable text can be recorded")
    return None


def x_text_problem__mutmut_15(value: str, *, scanner: bool = False) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = _TYPED_CONTROLS | SCANNER_SEPARATORS if scanner else _TYPED_CONTROLS
    for position, ch in enumerate(value, 1):
        if _is_control(ch) and ch not in allowed:
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "XXonly printable text can be recordedXX")
    return None


def x_text_problem__mutmut_16(value: str, *, scanner: bool = False) -> str | None:
    """Returns why typed text is refused (a control character or NUL), or None."""
    allowed = _TYPED_CONTROLS | SCANNER_SEPARATORS if scanner else _TYPED_CONTROLS
    for position, ch in enumerate(value, 1):
        if _is_control(ch) and ch not in allowed:
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "ONLY PRINTABLE TEXT CAN BE RECORDED")
    return None

mutants_x_text_problem__mutmut['_mutmut_orig'] = x_text_problem__mutmut_orig # type: ignore # mutmut generated
mutants_x_text_problem__mutmut['x_text_problem__mutmut_1'] = x_text_problem__mutmut_1 # type: ignore # mutmut generated
mutants_x_text_problem__mutmut['x_text_problem__mutmut_2'] = x_text_problem__mutmut_2 # type: ignore # mutmut generated
mutants_x_text_problem__mutmut['x_text_problem__mutmut_3'] = x_text_problem__mutmut_3 # type: ignore # mutmut generated
mutants_x_text_problem__mutmut['x_text_problem__mutmut_4'] = x_text_problem__mutmut_4 # type: ignore # mutmut generated
mutants_x_text_problem__mutmut['x_text_problem__mutmut_5'] = x_text_problem__mutmut_5 # type: ignore # mutmut generated
mutants_x_text_problem__mutmut['x_text_problem__mutmut_6'] = x_text_problem__mutmut_6 # type: ignore # mutmut generated
mutants_x_text_problem__mutmut['x_text_problem__mutmut_7'] = x_text_problem__mutmut_7 # type: ignore # mutmut generated
mutants_x_text_problem__mutmut['x_text_problem__mutmut_8'] = x_text_problem__mutmut_8 # type: ignore # mutmut generated
mutants_x_text_problem__mutmut['x_text_problem__mutmut_9'] = x_text_problem__mutmut_9 # type: ignore # mutmut generated
mutants_x_text_problem__mutmut['x_text_problem__mutmut_10'] = x_text_problem__mutmut_10 # type: ignore # mutmut generated
mutants_x_text_problem__mutmut['x_text_problem__mutmut_11'] = x_text_problem__mutmut_11 # type: ignore # mutmut generated
mutants_x_text_problem__mutmut['x_text_problem__mutmut_12'] = x_text_problem__mutmut_12 # type: ignore # mutmut generated
mutants_x_text_problem__mutmut['x_text_problem__mutmut_13'] = x_text_problem__mutmut_13 # type: ignore # mutmut generated
mutants_x_text_problem__mutmut['x_text_problem__mutmut_14'] = x_text_problem__mutmut_14 # type: ignore # mutmut generated
mutants_x_text_problem__mutmut['x_text_problem__mutmut_15'] = x_text_problem__mutmut_15 # type: ignore # mutmut generated
mutants_x_text_problem__mutmut['x_text_problem__mutmut_16'] = x_text_problem__mutmut_16 # type: ignore # mutmut generated
mutants_x_id_problem__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_id_problem__mutmut)
def id_problem(raw: str) -> str | None:
    """Returns why a number given as a record id cannot be one, or None."""
    text = raw.strip()
    if re.fullmatch(r"[+-]?\d+", text, re.ASCII) and abs(int(text)) > MAX_ID:
        return f"must be at most {MAX_ID}"
    return None


def x_id_problem__mutmut_orig(raw: str) -> str | None:
    """Returns why a number given as a record id cannot be one, or None."""
    text = raw.strip()
    if re.fullmatch(r"[+-]?\d+", text, re.ASCII) and abs(int(text)) > MAX_ID:
        return f"must be at most {MAX_ID}"
    return None


def x_id_problem__mutmut_1(raw: str) -> str | None:
    """Returns why a number given as a record id cannot be one, or None."""
    text = None
    if re.fullmatch(r"[+-]?\d+", text, re.ASCII) and abs(int(text)) > MAX_ID:
        return f"must be at most {MAX_ID}"
    return None


def x_id_problem__mutmut_2(raw: str) -> str | None:
    """Returns why a number given as a record id cannot be one, or None."""
    text = raw.strip()
    if re.fullmatch(r"[+-]?\d+", text, re.ASCII) or abs(int(text)) > MAX_ID:
        return f"must be at most {MAX_ID}"
    return None


def x_id_problem__mutmut_3(raw: str) -> str | None:
    """Returns why a number given as a record id cannot be one, or None."""
    text = raw.strip()
    if re.fullmatch(None, text, re.ASCII) and abs(int(text)) > MAX_ID:
        return f"must be at most {MAX_ID}"
    return None


def x_id_problem__mutmut_4(raw: str) -> str | None:
    """Returns why a number given as a record id cannot be one, or None."""
    text = raw.strip()
    if re.fullmatch(r"[+-]?\d+", None, re.ASCII) and abs(int(text)) > MAX_ID:
        return f"must be at most {MAX_ID}"
    return None


def x_id_problem__mutmut_5(raw: str) -> str | None:
    """Returns why a number given as a record id cannot be one, or None."""
    text = raw.strip()
    if re.fullmatch(r"[+-]?\d+", text, None) and abs(int(text)) > MAX_ID:
        return f"must be at most {MAX_ID}"
    return None


def x_id_problem__mutmut_6(raw: str) -> str | None:
    """Returns why a number given as a record id cannot be one, or None."""
    text = raw.strip()
    if re.fullmatch(text, re.ASCII) and abs(int(text)) > MAX_ID:
        return f"must be at most {MAX_ID}"
    return None


def x_id_problem__mutmut_7(raw: str) -> str | None:
    """Returns why a number given as a record id cannot be one, or None."""
    text = raw.strip()
    if re.fullmatch(r"[+-]?\d+", re.ASCII) and abs(int(text)) > MAX_ID:
        return f"must be at most {MAX_ID}"
    return None


def x_id_problem__mutmut_8(raw: str) -> str | None:
    """Returns why a number given as a record id cannot be one, or None."""
    text = raw.strip()
    if re.fullmatch(r"[+-]?\d+", text, ) and abs(int(text)) > MAX_ID:
        return f"must be at most {MAX_ID}"
    return None


def x_id_problem__mutmut_9(raw: str) -> str | None:
    """Returns why a number given as a record id cannot be one, or None."""
    text = raw.strip()
    if re.fullmatch(r"XX[+-]?\d+XX", text, re.ASCII) and abs(int(text)) > MAX_ID:
        return f"must be at most {MAX_ID}"
    return None


def x_id_problem__mutmut_10(raw: str) -> str | None:
    """Returns why a number given as a record id cannot be one, or None."""
    text = raw.strip()
    if re.fullmatch(r"[+-]?\d+", text, re.ASCII) and abs(None) > MAX_ID:
        return f"must be at most {MAX_ID}"
    return None


def x_id_problem__mutmut_11(raw: str) -> str | None:
    """Returns why a number given as a record id cannot be one, or None."""
    text = raw.strip()
    if re.fullmatch(r"[+-]?\d+", text, re.ASCII) and abs(int(None)) > MAX_ID:
        return f"must be at most {MAX_ID}"
    return None


def x_id_problem__mutmut_12(raw: str) -> str | None:
    """Returns why a number given as a record id cannot be one, or None."""
    text = raw.strip()
    if re.fullmatch(r"[+-]?\d+", text, re.ASCII) and abs(int(text)) >= MAX_ID:
        return f"must be at most {MAX_ID}"
    return None

mutants_x_id_problem__mutmut['_mutmut_orig'] = x_id_problem__mutmut_orig # type: ignore # mutmut generated
mutants_x_id_problem__mutmut['x_id_problem__mutmut_1'] = x_id_problem__mutmut_1 # type: ignore # mutmut generated
mutants_x_id_problem__mutmut['x_id_problem__mutmut_2'] = x_id_problem__mutmut_2 # type: ignore # mutmut generated
mutants_x_id_problem__mutmut['x_id_problem__mutmut_3'] = x_id_problem__mutmut_3 # type: ignore # mutmut generated
mutants_x_id_problem__mutmut['x_id_problem__mutmut_4'] = x_id_problem__mutmut_4 # type: ignore # mutmut generated
mutants_x_id_problem__mutmut['x_id_problem__mutmut_5'] = x_id_problem__mutmut_5 # type: ignore # mutmut generated
mutants_x_id_problem__mutmut['x_id_problem__mutmut_6'] = x_id_problem__mutmut_6 # type: ignore # mutmut generated
mutants_x_id_problem__mutmut['x_id_problem__mutmut_7'] = x_id_problem__mutmut_7 # type: ignore # mutmut generated
mutants_x_id_problem__mutmut['x_id_problem__mutmut_8'] = x_id_problem__mutmut_8 # type: ignore # mutmut generated
mutants_x_id_problem__mutmut['x_id_problem__mutmut_9'] = x_id_problem__mutmut_9 # type: ignore # mutmut generated
mutants_x_id_problem__mutmut['x_id_problem__mutmut_10'] = x_id_problem__mutmut_10 # type: ignore # mutmut generated
mutants_x_id_problem__mutmut['x_id_problem__mutmut_11'] = x_id_problem__mutmut_11 # type: ignore # mutmut generated
mutants_x_id_problem__mutmut['x_id_problem__mutmut_12'] = x_id_problem__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_number__mutmut)
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


def x_parse_number__mutmut_orig(raw: str, *, label: str, field: str) -> float:
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


def x_parse_number__mutmut_1(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = None
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


def x_parse_number__mutmut_2(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if _NUMBER.fullmatch(text):
        raise BadInput(f"{label} must be a number written as {NUMBER_FORMAT}; got {text!r}",
                       field=field)
    value = float(text)
    mantissa = re.split("[eE]", text)[0]
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_3(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if not _NUMBER.fullmatch(None):
        raise BadInput(f"{label} must be a number written as {NUMBER_FORMAT}; got {text!r}",
                       field=field)
    value = float(text)
    mantissa = re.split("[eE]", text)[0]
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_4(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if not _NUMBER.fullmatch(text):
        raise BadInput(None,
                       field=field)
    value = float(text)
    mantissa = re.split("[eE]", text)[0]
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_5(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if not _NUMBER.fullmatch(text):
        raise BadInput(f"{label} must be a number written as {NUMBER_FORMAT}; got {text!r}",
                       field=None)
    value = float(text)
    mantissa = re.split("[eE]", text)[0]
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_6(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if not _NUMBER.fullmatch(text):
        raise BadInput(field=field)
    value = float(text)
    mantissa = re.split("[eE]", text)[0]
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_7(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if not _NUMBER.fullmatch(text):
        raise BadInput(f"{label} must be a number written as {NUMBER_FORMAT}; got {text!r}",
                       )
    value = float(text)
    mantissa = re.split("[eE]", text)[0]
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_8(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if not _NUMBER.fullmatch(text):
        raise BadInput(f"{label} must be a number written as {NUMBER_FORMAT}; got {text!r}",
                       field=field)
    value = None
    mantissa = re.split("[eE]", text)[0]
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_9(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if not _NUMBER.fullmatch(text):
        raise BadInput(f"{label} must be a number written as {NUMBER_FORMAT}; got {text!r}",
                       field=field)
    value = float(None)
    mantissa = re.split("[eE]", text)[0]
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_10(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if not _NUMBER.fullmatch(text):
        raise BadInput(f"{label} must be a number written as {NUMBER_FORMAT}; got {text!r}",
                       field=field)
    value = float(text)
    mantissa = None
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_11(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if not _NUMBER.fullmatch(text):
        raise BadInput(f"{label} must be a number written as {NUMBER_FORMAT}; got {text!r}",
                       field=field)
    value = float(text)
    mantissa = re.split(None, text)[0]
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_12(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if not _NUMBER.fullmatch(text):
        raise BadInput(f"{label} must be a number written as {NUMBER_FORMAT}; got {text!r}",
                       field=field)
    value = float(text)
    mantissa = re.split("[eE]", None)[0]
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_13(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if not _NUMBER.fullmatch(text):
        raise BadInput(f"{label} must be a number written as {NUMBER_FORMAT}; got {text!r}",
                       field=field)
    value = float(text)
    mantissa = re.split(text)[0]
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_14(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if not _NUMBER.fullmatch(text):
        raise BadInput(f"{label} must be a number written as {NUMBER_FORMAT}; got {text!r}",
                       field=field)
    value = float(text)
    mantissa = re.split("[eE]", )[0]
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_15(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if not _NUMBER.fullmatch(text):
        raise BadInput(f"{label} must be a number written as {NUMBER_FORMAT}; got {text!r}",
                       field=field)
    value = float(text)
    mantissa = re.rsplit("[eE]", text)[0]
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_16(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if not _NUMBER.fullmatch(text):
        raise BadInput(f"{label} must be a number written as {NUMBER_FORMAT}; got {text!r}",
                       field=field)
    value = float(text)
    mantissa = re.split("XX[eE]XX", text)[0]
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_17(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if not _NUMBER.fullmatch(text):
        raise BadInput(f"{label} must be a number written as {NUMBER_FORMAT}; got {text!r}",
                       field=field)
    value = float(text)
    mantissa = re.split("[ee]", text)[0]
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_18(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if not _NUMBER.fullmatch(text):
        raise BadInput(f"{label} must be a number written as {NUMBER_FORMAT}; got {text!r}",
                       field=field)
    value = float(text)
    mantissa = re.split("[EE]", text)[0]
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_19(raw: str, *, label: str, field: str) -> float:
    """Reads a decimal number in the one accepted format, or raises BadInput naming the field.

    Refused: decimal commas ("9,5" is never 95), thousands separators, non-ASCII digits,
    ``1_000``, NaN, infinity, and magnitudes that underflow to zero (``1e-400``).
    """
    text = raw.strip()
    if not _NUMBER.fullmatch(text):
        raise BadInput(f"{label} must be a number written as {NUMBER_FORMAT}; got {text!r}",
                       field=field)
    value = float(text)
    mantissa = re.split("[eE]", text)[1]
    underflowed = value == 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_20(raw: str, *, label: str, field: str) -> float:
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
    underflowed = None
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_21(raw: str, *, label: str, field: str) -> float:
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
    underflowed = value == 0 or any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_22(raw: str, *, label: str, field: str) -> float:
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
    underflowed = value != 0 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_23(raw: str, *, label: str, field: str) -> float:
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
    underflowed = value == 1 and any(ch in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_24(raw: str, *, label: str, field: str) -> float:
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
    underflowed = value == 0 and any(None)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_25(raw: str, *, label: str, field: str) -> float:
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
    underflowed = value == 0 and any(ch not in "123456789" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_26(raw: str, *, label: str, field: str) -> float:
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
    underflowed = value == 0 and any(ch in "XX123456789XX" for ch in mantissa)
    if not math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_27(raw: str, *, label: str, field: str) -> float:
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
    if not math.isfinite(value) and underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_28(raw: str, *, label: str, field: str) -> float:
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
    if math.isfinite(value) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_29(raw: str, *, label: str, field: str) -> float:
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
    if not math.isfinite(None) or underflowed:
        raise BadInput(f"{label} {text} is outside the range a number can be recorded in",
                       field=field)
    return value


def x_parse_number__mutmut_30(raw: str, *, label: str, field: str) -> float:
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
        raise BadInput(None,
                       field=field)
    return value


def x_parse_number__mutmut_31(raw: str, *, label: str, field: str) -> float:
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
                       field=None)
    return value


def x_parse_number__mutmut_32(raw: str, *, label: str, field: str) -> float:
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
        raise BadInput(field=field)
    return value


def x_parse_number__mutmut_33(raw: str, *, label: str, field: str) -> float:
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
                       )
    return value

mutants_x_parse_number__mutmut['_mutmut_orig'] = x_parse_number__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_1'] = x_parse_number__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_2'] = x_parse_number__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_3'] = x_parse_number__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_4'] = x_parse_number__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_5'] = x_parse_number__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_6'] = x_parse_number__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_7'] = x_parse_number__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_8'] = x_parse_number__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_9'] = x_parse_number__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_10'] = x_parse_number__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_11'] = x_parse_number__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_12'] = x_parse_number__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_13'] = x_parse_number__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_14'] = x_parse_number__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_15'] = x_parse_number__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_16'] = x_parse_number__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_17'] = x_parse_number__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_18'] = x_parse_number__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_19'] = x_parse_number__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_20'] = x_parse_number__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_21'] = x_parse_number__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_22'] = x_parse_number__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_23'] = x_parse_number__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_24'] = x_parse_number__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_25'] = x_parse_number__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_26'] = x_parse_number__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_27'] = x_parse_number__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_28'] = x_parse_number__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_29'] = x_parse_number__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_30'] = x_parse_number__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_31'] = x_parse_number__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_32'] = x_parse_number__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_33'] = x_parse_number__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_whole_number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_whole_number__mutmut)
def parse_whole_number(raw: str, *, label: str, field: str) -> int:
    """Reads a whole number (ASCII digits, optional sign, at most 15 digits)."""
    text = raw.strip()
    if not _WHOLE.fullmatch(text):
        raise BadInput(f"{label} must be a whole number written with the digits 0-9; "
                       f"got {text!r}", field=field)
    return int(text)


def x_parse_whole_number__mutmut_orig(raw: str, *, label: str, field: str) -> int:
    """Reads a whole number (ASCII digits, optional sign, at most 15 digits)."""
    text = raw.strip()
    if not _WHOLE.fullmatch(text):
        raise BadInput(f"{label} must be a whole number written with the digits 0-9; "
                       f"got {text!r}", field=field)
    return int(text)


def x_parse_whole_number__mutmut_1(raw: str, *, label: str, field: str) -> int:
    """Reads a whole number (ASCII digits, optional sign, at most 15 digits)."""
    text = None
    if not _WHOLE.fullmatch(text):
        raise BadInput(f"{label} must be a whole number written with the digits 0-9; "
                       f"got {text!r}", field=field)
    return int(text)


def x_parse_whole_number__mutmut_2(raw: str, *, label: str, field: str) -> int:
    """Reads a whole number (ASCII digits, optional sign, at most 15 digits)."""
    text = raw.strip()
    if _WHOLE.fullmatch(text):
        raise BadInput(f"{label} must be a whole number written with the digits 0-9; "
                       f"got {text!r}", field=field)
    return int(text)


def x_parse_whole_number__mutmut_3(raw: str, *, label: str, field: str) -> int:
    """Reads a whole number (ASCII digits, optional sign, at most 15 digits)."""
    text = raw.strip()
    if not _WHOLE.fullmatch(None):
        raise BadInput(f"{label} must be a whole number written with the digits 0-9; "
                       f"got {text!r}", field=field)
    return int(text)


def x_parse_whole_number__mutmut_4(raw: str, *, label: str, field: str) -> int:
    """Reads a whole number (ASCII digits, optional sign, at most 15 digits)."""
    text = raw.strip()
    if not _WHOLE.fullmatch(text):
        raise BadInput(None, field=field)
    return int(text)


def x_parse_whole_number__mutmut_5(raw: str, *, label: str, field: str) -> int:
    """Reads a whole number (ASCII digits, optional sign, at most 15 digits)."""
    text = raw.strip()
    if not _WHOLE.fullmatch(text):
        raise BadInput(f"{label} must be a whole number written with the digits 0-9; "
                       f"got {text!r}", field=None)
    return int(text)


def x_parse_whole_number__mutmut_6(raw: str, *, label: str, field: str) -> int:
    """Reads a whole number (ASCII digits, optional sign, at most 15 digits)."""
    text = raw.strip()
    if not _WHOLE.fullmatch(text):
        raise BadInput(field=field)
    return int(text)


def x_parse_whole_number__mutmut_7(raw: str, *, label: str, field: str) -> int:
    """Reads a whole number (ASCII digits, optional sign, at most 15 digits)."""
    text = raw.strip()
    if not _WHOLE.fullmatch(text):
        raise BadInput(f"{label} must be a whole number written with the digits 0-9; "
                       f"got {text!r}", )
    return int(text)


def x_parse_whole_number__mutmut_8(raw: str, *, label: str, field: str) -> int:
    """Reads a whole number (ASCII digits, optional sign, at most 15 digits)."""
    text = raw.strip()
    if not _WHOLE.fullmatch(text):
        raise BadInput(f"{label} must be a whole number written with the digits 0-9; "
                       f"got {text!r}", field=field)
    return int(None)

mutants_x_parse_whole_number__mutmut['_mutmut_orig'] = x_parse_whole_number__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_whole_number__mutmut['x_parse_whole_number__mutmut_1'] = x_parse_whole_number__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_whole_number__mutmut['x_parse_whole_number__mutmut_2'] = x_parse_whole_number__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_whole_number__mutmut['x_parse_whole_number__mutmut_3'] = x_parse_whole_number__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_whole_number__mutmut['x_parse_whole_number__mutmut_4'] = x_parse_whole_number__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_whole_number__mutmut['x_parse_whole_number__mutmut_5'] = x_parse_whole_number__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_whole_number__mutmut['x_parse_whole_number__mutmut_6'] = x_parse_whole_number__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_whole_number__mutmut['x_parse_whole_number__mutmut_7'] = x_parse_whole_number__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_whole_number__mutmut['x_parse_whole_number__mutmut_8'] = x_parse_whole_number__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_year__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_year__mutmut)
def _check_year(year: int, *, label: str, field: str, text: str) -> None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise BadInput(f"{label} {text} has the year {year}; a date between {EARLIEST_YEAR} "
                       f"and {LATEST_YEAR} is expected: check for a typing error", field=field)


def x__check_year__mutmut_orig(year: int, *, label: str, field: str, text: str) -> None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise BadInput(f"{label} {text} has the year {year}; a date between {EARLIEST_YEAR} "
                       f"and {LATEST_YEAR} is expected: check for a typing error", field=field)


def x__check_year__mutmut_1(year: int, *, label: str, field: str, text: str) -> None:
    if EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise BadInput(f"{label} {text} has the year {year}; a date between {EARLIEST_YEAR} "
                       f"and {LATEST_YEAR} is expected: check for a typing error", field=field)


def x__check_year__mutmut_2(year: int, *, label: str, field: str, text: str) -> None:
    if not EARLIEST_YEAR < year <= LATEST_YEAR:
        raise BadInput(f"{label} {text} has the year {year}; a date between {EARLIEST_YEAR} "
                       f"and {LATEST_YEAR} is expected: check for a typing error", field=field)


def x__check_year__mutmut_3(year: int, *, label: str, field: str, text: str) -> None:
    if not EARLIEST_YEAR <= year < LATEST_YEAR:
        raise BadInput(f"{label} {text} has the year {year}; a date between {EARLIEST_YEAR} "
                       f"and {LATEST_YEAR} is expected: check for a typing error", field=field)


def x__check_year__mutmut_4(year: int, *, label: str, field: str, text: str) -> None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise BadInput(None, field=field)


def x__check_year__mutmut_5(year: int, *, label: str, field: str, text: str) -> None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise BadInput(f"{label} {text} has the year {year}; a date between {EARLIEST_YEAR} "
                       f"and {LATEST_YEAR} is expected: check for a typing error", field=None)


def x__check_year__mutmut_6(year: int, *, label: str, field: str, text: str) -> None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise BadInput(field=field)


def x__check_year__mutmut_7(year: int, *, label: str, field: str, text: str) -> None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise BadInput(f"{label} {text} has the year {year}; a date between {EARLIEST_YEAR} "
                       f"and {LATEST_YEAR} is expected: check for a typing error", )

mutants_x__check_year__mutmut['_mutmut_orig'] = x__check_year__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_year__mutmut['x__check_year__mutmut_1'] = x__check_year__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_year__mutmut['x__check_year__mutmut_2'] = x__check_year__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_year__mutmut['x__check_year__mutmut_3'] = x__check_year__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_year__mutmut['x__check_year__mutmut_4'] = x__check_year__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_year__mutmut['x__check_year__mutmut_5'] = x__check_year__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_year__mutmut['x__check_year__mutmut_6'] = x__check_year__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_year__mutmut['x__check_year__mutmut_7'] = x__check_year__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_iso_date__mutmut)
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


def x_parse_iso_date__mutmut_orig(raw: str, *, label: str, field: str) -> date:
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


def x_parse_iso_date__mutmut_1(raw: str, *, label: str, field: str) -> date:
    """Reads YYYY-MM-DD (a real calendar date within the plausible years)."""
    text = None
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


def x_parse_iso_date__mutmut_2(raw: str, *, label: str, field: str) -> date:
    """Reads YYYY-MM-DD (a real calendar date within the plausible years)."""
    text = raw.strip()
    if text:
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


def x_parse_iso_date__mutmut_3(raw: str, *, label: str, field: str) -> date:
    """Reads YYYY-MM-DD (a real calendar date within the plausible years)."""
    text = raw.strip()
    if not text:
        raise BadInput(None, field=field)
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        value = date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"{label} '{text}' is not a date: use YYYY-MM-DD, e.g. 2027-01-31.",
                       field=field) from None
    _check_year(value.year, label=label, field=field, text=text)
    return value


def x_parse_iso_date__mutmut_4(raw: str, *, label: str, field: str) -> date:
    """Reads YYYY-MM-DD (a real calendar date within the plausible years)."""
    text = raw.strip()
    if not text:
        raise BadInput(f"{label} is required.", field=None)
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        value = date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"{label} '{text}' is not a date: use YYYY-MM-DD, e.g. 2027-01-31.",
                       field=field) from None
    _check_year(value.year, label=label, field=field, text=text)
    return value


def x_parse_iso_date__mutmut_5(raw: str, *, label: str, field: str) -> date:
    """Reads YYYY-MM-DD (a real calendar date within the plausible years)."""
    text = raw.strip()
    if not text:
        raise BadInput(field=field)
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        value = date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"{label} '{text}' is not a date: use YYYY-MM-DD, e.g. 2027-01-31.",
                       field=field) from None
    _check_year(value.year, label=label, field=field, text=text)
    return value


def x_parse_iso_date__mutmut_6(raw: str, *, label: str, field: str) -> date:
    """Reads YYYY-MM-DD (a real calendar date within the plausible years)."""
    text = raw.strip()
    if not text:
        raise BadInput(f"{label} is required.", )
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        value = date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"{label} '{text}' is not a date: use YYYY-MM-DD, e.g. 2027-01-31.",
                       field=field) from None
    _check_year(value.year, label=label, field=field, text=text)
    return value


def x_parse_iso_date__mutmut_7(raw: str, *, label: str, field: str) -> date:
    """Reads YYYY-MM-DD (a real calendar date within the plausible years)."""
    text = raw.strip()
    if not text:
        raise BadInput(f"{label} is required.", field=field)
    try:
        if _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        value = date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"{label} '{text}' is not a date: use YYYY-MM-DD, e.g. 2027-01-31.",
                       field=field) from None
    _check_year(value.year, label=label, field=field, text=text)
    return value


def x_parse_iso_date__mutmut_8(raw: str, *, label: str, field: str) -> date:
    """Reads YYYY-MM-DD (a real calendar date within the plausible years)."""
    text = raw.strip()
    if not text:
        raise BadInput(f"{label} is required.", field=field)
    try:
        if not _ISO_DATE.fullmatch(None):
            raise ValueError(text)
        value = date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"{label} '{text}' is not a date: use YYYY-MM-DD, e.g. 2027-01-31.",
                       field=field) from None
    _check_year(value.year, label=label, field=field, text=text)
    return value


def x_parse_iso_date__mutmut_9(raw: str, *, label: str, field: str) -> date:
    """Reads YYYY-MM-DD (a real calendar date within the plausible years)."""
    text = raw.strip()
    if not text:
        raise BadInput(f"{label} is required.", field=field)
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(None)
        value = date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"{label} '{text}' is not a date: use YYYY-MM-DD, e.g. 2027-01-31.",
                       field=field) from None
    _check_year(value.year, label=label, field=field, text=text)
    return value


def x_parse_iso_date__mutmut_10(raw: str, *, label: str, field: str) -> date:
    """Reads YYYY-MM-DD (a real calendar date within the plausible years)."""
    text = raw.strip()
    if not text:
        raise BadInput(f"{label} is required.", field=field)
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        value = None
    except ValueError:
        raise BadInput(f"{label} '{text}' is not a date: use YYYY-MM-DD, e.g. 2027-01-31.",
                       field=field) from None
    _check_year(value.year, label=label, field=field, text=text)
    return value


def x_parse_iso_date__mutmut_11(raw: str, *, label: str, field: str) -> date:
    """Reads YYYY-MM-DD (a real calendar date within the plausible years)."""
    text = raw.strip()
    if not text:
        raise BadInput(f"{label} is required.", field=field)
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        value = date.fromisoformat(None)
    except ValueError:
        raise BadInput(f"{label} '{text}' is not a date: use YYYY-MM-DD, e.g. 2027-01-31.",
                       field=field) from None
    _check_year(value.year, label=label, field=field, text=text)
    return value


def x_parse_iso_date__mutmut_12(raw: str, *, label: str, field: str) -> date:
    """Reads YYYY-MM-DD (a real calendar date within the plausible years)."""
    text = raw.strip()
    if not text:
        raise BadInput(f"{label} is required.", field=field)
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        value = date.fromisoformat(text)
    except ValueError:
        raise BadInput(None,
                       field=field) from None
    _check_year(value.year, label=label, field=field, text=text)
    return value


def x_parse_iso_date__mutmut_13(raw: str, *, label: str, field: str) -> date:
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
                       field=None) from None
    _check_year(value.year, label=label, field=field, text=text)
    return value


def x_parse_iso_date__mutmut_14(raw: str, *, label: str, field: str) -> date:
    """Reads YYYY-MM-DD (a real calendar date within the plausible years)."""
    text = raw.strip()
    if not text:
        raise BadInput(f"{label} is required.", field=field)
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        value = date.fromisoformat(text)
    except ValueError:
        raise BadInput(field=field) from None
    _check_year(value.year, label=label, field=field, text=text)
    return value


def x_parse_iso_date__mutmut_15(raw: str, *, label: str, field: str) -> date:
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
                       ) from None
    _check_year(value.year, label=label, field=field, text=text)
    return value


def x_parse_iso_date__mutmut_16(raw: str, *, label: str, field: str) -> date:
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
    _check_year(None, label=label, field=field, text=text)
    return value


def x_parse_iso_date__mutmut_17(raw: str, *, label: str, field: str) -> date:
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
    _check_year(value.year, label=None, field=field, text=text)
    return value


def x_parse_iso_date__mutmut_18(raw: str, *, label: str, field: str) -> date:
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
    _check_year(value.year, label=label, field=None, text=text)
    return value


def x_parse_iso_date__mutmut_19(raw: str, *, label: str, field: str) -> date:
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
    _check_year(value.year, label=label, field=field, text=None)
    return value


def x_parse_iso_date__mutmut_20(raw: str, *, label: str, field: str) -> date:
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
    _check_year(label=label, field=field, text=text)
    return value


def x_parse_iso_date__mutmut_21(raw: str, *, label: str, field: str) -> date:
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
    _check_year(value.year, field=field, text=text)
    return value


def x_parse_iso_date__mutmut_22(raw: str, *, label: str, field: str) -> date:
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
    _check_year(value.year, label=label, text=text)
    return value


def x_parse_iso_date__mutmut_23(raw: str, *, label: str, field: str) -> date:
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
    _check_year(value.year, label=label, field=field, )
    return value

mutants_x_parse_iso_date__mutmut['_mutmut_orig'] = x_parse_iso_date__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_1'] = x_parse_iso_date__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_2'] = x_parse_iso_date__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_3'] = x_parse_iso_date__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_4'] = x_parse_iso_date__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_5'] = x_parse_iso_date__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_6'] = x_parse_iso_date__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_7'] = x_parse_iso_date__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_8'] = x_parse_iso_date__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_9'] = x_parse_iso_date__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_10'] = x_parse_iso_date__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_11'] = x_parse_iso_date__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_12'] = x_parse_iso_date__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_13'] = x_parse_iso_date__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_14'] = x_parse_iso_date__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_15'] = x_parse_iso_date__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_16'] = x_parse_iso_date__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_17'] = x_parse_iso_date__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_18'] = x_parse_iso_date__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_19'] = x_parse_iso_date__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_20'] = x_parse_iso_date__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_21'] = x_parse_iso_date__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_22'] = x_parse_iso_date__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_iso_date__mutmut['x_parse_iso_date__mutmut_23'] = x_parse_iso_date__mutmut_23 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_site_time_to_utc__mutmut)
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


def x_site_time_to_utc__mutmut_orig(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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


def x_site_time_to_utc__mutmut_1(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
    """Reads a ``datetime-local`` value (YYYY-MM-DDTHH:MM[:SS]) as site time; returns UTC.

    A local time that does not exist (skipped when clocks go forward) is refused; one that
    happens twice (when clocks go back) is read as the first occurrence (``fold=0``).
    """
    text = None
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


def x_site_time_to_utc__mutmut_2(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
    """Reads a ``datetime-local`` value (YYYY-MM-DDTHH:MM[:SS]) as site time; returns UTC.

    A local time that does not exist (skipped when clocks go forward) is refused; one that
    happens twice (when clocks go back) is read as the first occurrence (``fold=0``).
    """
    text = raw.strip()
    try:
        if _ISO_LOCAL.fullmatch(text):
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


def x_site_time_to_utc__mutmut_3(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
    """Reads a ``datetime-local`` value (YYYY-MM-DDTHH:MM[:SS]) as site time; returns UTC.

    A local time that does not exist (skipped when clocks go forward) is refused; one that
    happens twice (when clocks go back) is read as the first occurrence (``fold=0``).
    """
    text = raw.strip()
    try:
        if not _ISO_LOCAL.fullmatch(None):
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


def x_site_time_to_utc__mutmut_4(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
    """Reads a ``datetime-local`` value (YYYY-MM-DDTHH:MM[:SS]) as site time; returns UTC.

    A local time that does not exist (skipped when clocks go forward) is refused; one that
    happens twice (when clocks go back) is read as the first occurrence (``fold=0``).
    """
    text = raw.strip()
    try:
        if not _ISO_LOCAL.fullmatch(text):
            raise ValueError(None)
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


def x_site_time_to_utc__mutmut_5(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
    """Reads a ``datetime-local`` value (YYYY-MM-DDTHH:MM[:SS]) as site time; returns UTC.

    A local time that does not exist (skipped when clocks go forward) is refused; one that
    happens twice (when clocks go back) is read as the first occurrence (``fold=0``).
    """
    text = raw.strip()
    try:
        if not _ISO_LOCAL.fullmatch(text):
            raise ValueError(text)
        naive = None
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


def x_site_time_to_utc__mutmut_6(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
    """Reads a ``datetime-local`` value (YYYY-MM-DDTHH:MM[:SS]) as site time; returns UTC.

    A local time that does not exist (skipped when clocks go forward) is refused; one that
    happens twice (when clocks go back) is read as the first occurrence (``fold=0``).
    """
    text = raw.strip()
    try:
        if not _ISO_LOCAL.fullmatch(text):
            raise ValueError(text)
        naive = datetime.fromisoformat(None)
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


def x_site_time_to_utc__mutmut_7(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
        raise BadInput(None, field=field) from None
    _check_year(naive.year, label=label, field=field, text=text)
    local = naive.replace(tzinfo=zone)
    round_trip = local.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_8(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
                       f"2026-11-30T14:05; got {text!r}", field=None) from None
    _check_year(naive.year, label=label, field=field, text=text)
    local = naive.replace(tzinfo=zone)
    round_trip = local.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_9(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
        raise BadInput(field=field) from None
    _check_year(naive.year, label=label, field=field, text=text)
    local = naive.replace(tzinfo=zone)
    round_trip = local.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_10(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
                       f"2026-11-30T14:05; got {text!r}", ) from None
    _check_year(naive.year, label=label, field=field, text=text)
    local = naive.replace(tzinfo=zone)
    round_trip = local.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_11(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
    _check_year(None, label=label, field=field, text=text)
    local = naive.replace(tzinfo=zone)
    round_trip = local.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_12(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
    _check_year(naive.year, label=None, field=field, text=text)
    local = naive.replace(tzinfo=zone)
    round_trip = local.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_13(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
    _check_year(naive.year, label=label, field=None, text=text)
    local = naive.replace(tzinfo=zone)
    round_trip = local.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_14(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
    _check_year(naive.year, label=label, field=field, text=None)
    local = naive.replace(tzinfo=zone)
    round_trip = local.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_15(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
    _check_year(label=label, field=field, text=text)
    local = naive.replace(tzinfo=zone)
    round_trip = local.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_16(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
    _check_year(naive.year, field=field, text=text)
    local = naive.replace(tzinfo=zone)
    round_trip = local.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_17(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
    _check_year(naive.year, label=label, text=text)
    local = naive.replace(tzinfo=zone)
    round_trip = local.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_18(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
    _check_year(naive.year, label=label, field=field, )
    local = naive.replace(tzinfo=zone)
    round_trip = local.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_19(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
    local = None
    round_trip = local.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_20(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
    local = naive.replace(tzinfo=None)
    round_trip = local.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_21(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
    round_trip = None
    if round_trip != naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_22(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
    round_trip = local.astimezone(UTC).astimezone(None).replace(tzinfo=None)
    if round_trip != naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_23(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
    round_trip = local.astimezone(None).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_24(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
    if round_trip == naive:
        raise BadInput(f"{label} {text} does not exist in {zone.key}: the clocks skipped that "
                       "hour; check the time", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_25(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
        raise BadInput(None, field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_26(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
                       "hour; check the time", field=None)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_27(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
        raise BadInput(field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_28(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
                       "hour; check the time", )
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_29(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
                       "XXhour; check the timeXX", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_30(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
                       "HOUR; CHECK THE TIME", field=field)
    return local.astimezone(UTC)


def x_site_time_to_utc__mutmut_31(raw: str, zone: ZoneInfo, *, label: str, field: str) -> datetime:
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
    return local.astimezone(None)

mutants_x_site_time_to_utc__mutmut['_mutmut_orig'] = x_site_time_to_utc__mutmut_orig # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_1'] = x_site_time_to_utc__mutmut_1 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_2'] = x_site_time_to_utc__mutmut_2 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_3'] = x_site_time_to_utc__mutmut_3 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_4'] = x_site_time_to_utc__mutmut_4 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_5'] = x_site_time_to_utc__mutmut_5 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_6'] = x_site_time_to_utc__mutmut_6 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_7'] = x_site_time_to_utc__mutmut_7 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_8'] = x_site_time_to_utc__mutmut_8 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_9'] = x_site_time_to_utc__mutmut_9 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_10'] = x_site_time_to_utc__mutmut_10 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_11'] = x_site_time_to_utc__mutmut_11 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_12'] = x_site_time_to_utc__mutmut_12 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_13'] = x_site_time_to_utc__mutmut_13 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_14'] = x_site_time_to_utc__mutmut_14 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_15'] = x_site_time_to_utc__mutmut_15 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_16'] = x_site_time_to_utc__mutmut_16 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_17'] = x_site_time_to_utc__mutmut_17 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_18'] = x_site_time_to_utc__mutmut_18 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_19'] = x_site_time_to_utc__mutmut_19 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_20'] = x_site_time_to_utc__mutmut_20 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_21'] = x_site_time_to_utc__mutmut_21 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_22'] = x_site_time_to_utc__mutmut_22 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_23'] = x_site_time_to_utc__mutmut_23 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_24'] = x_site_time_to_utc__mutmut_24 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_25'] = x_site_time_to_utc__mutmut_25 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_26'] = x_site_time_to_utc__mutmut_26 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_27'] = x_site_time_to_utc__mutmut_27 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_28'] = x_site_time_to_utc__mutmut_28 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_29'] = x_site_time_to_utc__mutmut_29 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_30'] = x_site_time_to_utc__mutmut_30 # type: ignore # mutmut generated
mutants_x_site_time_to_utc__mutmut['x_site_time_to_utc__mutmut_31'] = x_site_time_to_utc__mutmut_31 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_display_safe__mutmut)
def display_safe(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(_is_control(ch) or ch in "\ufffe\uffff" for ch in value):
        return value
    return "".join("\ufffd" if (_is_control(ch) and ch not in _TYPED_CONTROLS)
                   or ch in "\ufffe\uffff" else ch for ch in value)


def x_display_safe__mutmut_orig(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(_is_control(ch) or ch in "\ufffe\uffff" for ch in value):
        return value
    return "".join("\ufffd" if (_is_control(ch) and ch not in _TYPED_CONTROLS)
                   or ch in "\ufffe\uffff" else ch for ch in value)


def x_display_safe__mutmut_1(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = None
    if not any(_is_control(ch) or ch in "\ufffe\uffff" for ch in value):
        return value
    return "".join("\ufffd" if (_is_control(ch) and ch not in _TYPED_CONTROLS)
                   or ch in "\ufffe\uffff" else ch for ch in value)


def x_display_safe__mutmut_2(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(None)
    if not any(_is_control(ch) or ch in "\ufffe\uffff" for ch in value):
        return value
    return "".join("\ufffd" if (_is_control(ch) and ch not in _TYPED_CONTROLS)
                   or ch in "\ufffe\uffff" else ch for ch in value)


def x_display_safe__mutmut_3(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if any(_is_control(ch) or ch in "\ufffe\uffff" for ch in value):
        return value
    return "".join("\ufffd" if (_is_control(ch) and ch not in _TYPED_CONTROLS)
                   or ch in "\ufffe\uffff" else ch for ch in value)


def x_display_safe__mutmut_4(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(None):
        return value
    return "".join("\ufffd" if (_is_control(ch) and ch not in _TYPED_CONTROLS)
                   or ch in "\ufffe\uffff" else ch for ch in value)


def x_display_safe__mutmut_5(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(_is_control(ch) and ch in "\ufffe\uffff" for ch in value):
        return value
    return "".join("\ufffd" if (_is_control(ch) and ch not in _TYPED_CONTROLS)
                   or ch in "\ufffe\uffff" else ch for ch in value)


def x_display_safe__mutmut_6(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(_is_control(None) or ch in "\ufffe\uffff" for ch in value):
        return value
    return "".join("\ufffd" if (_is_control(ch) and ch not in _TYPED_CONTROLS)
                   or ch in "\ufffe\uffff" else ch for ch in value)


def x_display_safe__mutmut_7(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(_is_control(ch) or ch not in "\ufffe\uffff" for ch in value):
        return value
    return "".join("\ufffd" if (_is_control(ch) and ch not in _TYPED_CONTROLS)
                   or ch in "\ufffe\uffff" else ch for ch in value)


def x_display_safe__mutmut_8(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(_is_control(ch) or ch in "XX\ufffe\uffffXX" for ch in value):
        return value
    return "".join("\ufffd" if (_is_control(ch) and ch not in _TYPED_CONTROLS)
                   or ch in "\ufffe\uffff" else ch for ch in value)


def x_display_safe__mutmut_9(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(_is_control(ch) or ch in "\ufffe\uffff" for ch in value):
        return value
    return "".join(None)


def x_display_safe__mutmut_10(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(_is_control(ch) or ch in "\ufffe\uffff" for ch in value):
        return value
    return "XXXX".join("\ufffd" if (_is_control(ch) and ch not in _TYPED_CONTROLS)
                   or ch in "\ufffe\uffff" else ch for ch in value)


def x_display_safe__mutmut_11(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(_is_control(ch) or ch in "\ufffe\uffff" for ch in value):
        return value
    return "".join("\ufffd" if ((_is_control(ch) and ch not in _TYPED_CONTROLS)
                   or ch in "\ufffe\uffff") and False else ch for ch in value)


def x_display_safe__mutmut_12(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(_is_control(ch) or ch in "\ufffe\uffff" for ch in value):
        return value
    return "".join("\ufffd" if ((_is_control(ch) and ch not in _TYPED_CONTROLS)
                   or ch in "\ufffe\uffff") or True else ch for ch in value)


def x_display_safe__mutmut_13(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(_is_control(ch) or ch in "\ufffe\uffff" for ch in value):
        return value
    return "".join("XX\ufffdXX" if (_is_control(ch) and ch not in _TYPED_CONTROLS)
                   or ch in "\ufffe\uffff" else ch for ch in value)


def x_display_safe__mutmut_14(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(_is_control(ch) or ch in "\ufffe\uffff" for ch in value):
        return value
    return "".join("\ufffd" if (_is_control(ch) and ch not in _TYPED_CONTROLS) and ch in "\ufffe\uffff" else ch for ch in value)


def x_display_safe__mutmut_15(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(_is_control(ch) or ch in "\ufffe\uffff" for ch in value):
        return value
    return "".join("\ufffd" if (_is_control(ch) or ch not in _TYPED_CONTROLS)
                   or ch in "\ufffe\uffff" else ch for ch in value)


def x_display_safe__mutmut_16(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(_is_control(ch) or ch in "\ufffe\uffff" for ch in value):
        return value
    return "".join("\ufffd" if (_is_control(None) and ch not in _TYPED_CONTROLS)
                   or ch in "\ufffe\uffff" else ch for ch in value)


def x_display_safe__mutmut_17(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(_is_control(ch) or ch in "\ufffe\uffff" for ch in value):
        return value
    return "".join("\ufffd" if (_is_control(ch) and ch in _TYPED_CONTROLS)
                   or ch in "\ufffe\uffff" else ch for ch in value)


def x_display_safe__mutmut_18(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(_is_control(ch) or ch in "\ufffe\uffff" for ch in value):
        return value
    return "".join("\ufffd" if (_is_control(ch) and ch not in _TYPED_CONTROLS)
                   or ch not in "\ufffe\uffff" else ch for ch in value)


def x_display_safe__mutmut_19(text: object) -> str:
    """Returns stored text fit for any rendering (HTML, SVG, PDF, ZPL): characters that XML 1.0
    and printers cannot carry become U+FFFD, so text stored before the input policy (records
    are append-only) can never make a page, label or PDF fail."""
    value = str(text)
    if not any(_is_control(ch) or ch in "\ufffe\uffff" for ch in value):
        return value
    return "".join("\ufffd" if (_is_control(ch) and ch not in _TYPED_CONTROLS)
                   or ch in "XX\ufffe\uffffXX" else ch for ch in value)

mutants_x_display_safe__mutmut['_mutmut_orig'] = x_display_safe__mutmut_orig # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_1'] = x_display_safe__mutmut_1 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_2'] = x_display_safe__mutmut_2 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_3'] = x_display_safe__mutmut_3 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_4'] = x_display_safe__mutmut_4 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_5'] = x_display_safe__mutmut_5 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_6'] = x_display_safe__mutmut_6 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_7'] = x_display_safe__mutmut_7 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_8'] = x_display_safe__mutmut_8 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_9'] = x_display_safe__mutmut_9 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_10'] = x_display_safe__mutmut_10 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_11'] = x_display_safe__mutmut_11 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_12'] = x_display_safe__mutmut_12 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_13'] = x_display_safe__mutmut_13 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_14'] = x_display_safe__mutmut_14 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_15'] = x_display_safe__mutmut_15 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_16'] = x_display_safe__mutmut_16 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_17'] = x_display_safe__mutmut_17 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_18'] = x_display_safe__mutmut_18 # type: ignore # mutmut generated
mutants_x_display_safe__mutmut['x_display_safe__mutmut_19'] = x_display_safe__mutmut_19 # type: ignore # mutmut generated
