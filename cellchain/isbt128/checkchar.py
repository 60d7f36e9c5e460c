"""ISO/IEC 7064 MOD 37-2 check characters (ST-001 §7.5, Appendix A; python-stdnum)."""

from __future__ import annotations

from stdnum.iso7064 import mod_37_2

from cellchain.isbt128.errors import ScanError

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"
_INPUT = frozenset(ALPHABET[:36])


def _require_input(text: str, what: str) -> None:
    if not text:
        raise ScanError(f"{what} is empty; a check character needs at least one character")
    bad = sorted({ch for ch in text if ch not in _INPUT})
    if bad:
        shown = ", ".join(repr(ch) for ch in bad)
        raise ScanError(f"{what} may contain only 0-9 and A-Z (upper case); found {shown}")


def check_character(text: str, *, what: str = "text") -> str:
    """Returns the MOD 37-2 check character (0-9, A-Z or *) of text."""
    _require_input(text, what)
    return str(mod_37_2.calc_check_digit(text))


def check_value(text: str, *, what: str = "text") -> int:
    """Returns the checksum value 0-36 (the Type 3 flag is this plus 60)."""
    return ALPHABET.index(check_character(text, what=what))


def check_failed(what: str, *, typed: bool, part: str = "check character") -> str:
    """The refusal for a check character or flag that does not match.

    It never names the expected character: a user who mistyped could copy it and defeat the
    keyboard-entry check (ST-001 §7.5), so the whole identifier must be read again.
    """
    again = (f"re-type the whole {what} with its check character, or scan its bar code"
             if typed else "scan the label again, or re-type the whole identifier")
    verb = "do" if part.endswith("s") else "does"
    return f"the {part} of the {what} {verb} not match: {again}"


def verify_check_character(text: str, scanned: str, *, what: str = "text") -> None:
    """Raises ScanError unless scanned is text's check character (without revealing it)."""
    if scanned.upper() != check_character(text, what=what):
        raise ScanError(check_failed(what, typed=False))
