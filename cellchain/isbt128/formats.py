"""Character classes and format checks shared by the data structures (ST-001 §2.4 element tables).

Each check raises ScanError with a sentence naming the field, so a refusal tells the operator
which part of the label is wrong.
"""

from __future__ import annotations

from collections.abc import Collection

from cellchain.isbt128.errors import ScanError

DIGITS = frozenset("0123456789")
UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
UPPER_ALNUM = UPPER | DIGITS
# FIN characters: the letter O is never used, so it cannot be confused with zero (ST-001 §2.4.1).
FIN_FIRST = frozenset("ABCDEFGHIJKLMNPQRSTUVWXYZ123456789")
FIN_ALNUM = frozenset("ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789")


def require_chars(text: str, allowed: Collection[str], what: str, described: str) -> None:
    """Raises unless every character of text is in allowed: '<what> must be <described>'."""
    if not all(ch in allowed for ch in text):
        raise ScanError(f"{what} must be {described}, scanned {text!r}")


def require_length(text: str, length: int, what: str) -> None:
    """Raises unless text has exactly length characters."""
    if len(text) != length:
        raise ScanError(f"{what} must be {length} characters, got {len(text)}")


def require_digits(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(text, length, what)
    require_chars(text, DIGITS, what, "digits")


def require_issuing_fin(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def require_fin_p(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, 5, f"{what} FIN(P)")
    require_chars(fin, FIN_ALNUM, f"{what} FIN(P)", "A-Z (not O) or 0-9")


def require_pdc(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")
