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


def verify_check_character(text: str, scanned: str, *, what: str = "text") -> None:
    """Raises ScanError naming both characters unless scanned is text's check character."""
    expected = check_character(text, what=what)
    if scanned.upper() != expected:
        raise ScanError(f"check character of {what} {text} is {expected}, scanned {scanned}")
