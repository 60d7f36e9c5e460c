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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_require_chars__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_require_chars__mutmut)
def require_chars(text: str, allowed: Collection[str], what: str, described: str) -> None:
    """Raises unless every character of text is in allowed: '<what> must be <described>'."""
    if not all(ch in allowed for ch in text):
        raise ScanError(f"{what} must be {described}, scanned {text!r}")


def x_require_chars__mutmut_orig(text: str, allowed: Collection[str], what: str, described: str) -> None:
    """Raises unless every character of text is in allowed: '<what> must be <described>'."""
    if not all(ch in allowed for ch in text):
        raise ScanError(f"{what} must be {described}, scanned {text!r}")


def x_require_chars__mutmut_1(text: str, allowed: Collection[str], what: str, described: str) -> None:
    """Raises unless every character of text is in allowed: '<what> must be <described>'."""
    if all(ch in allowed for ch in text):
        raise ScanError(f"{what} must be {described}, scanned {text!r}")


def x_require_chars__mutmut_2(text: str, allowed: Collection[str], what: str, described: str) -> None:
    """Raises unless every character of text is in allowed: '<what> must be <described>'."""
    if not all(None):
        raise ScanError(f"{what} must be {described}, scanned {text!r}")


def x_require_chars__mutmut_3(text: str, allowed: Collection[str], what: str, described: str) -> None:
    """Raises unless every character of text is in allowed: '<what> must be <described>'."""
    if not all(ch not in allowed for ch in text):
        raise ScanError(f"{what} must be {described}, scanned {text!r}")


def x_require_chars__mutmut_4(text: str, allowed: Collection[str], what: str, described: str) -> None:
    """Raises unless every character of text is in allowed: '<what> must be <described>'."""
    if not all(ch in allowed for ch in text):
        raise ScanError(None)

mutants_x_require_chars__mutmut['_mutmut_orig'] = x_require_chars__mutmut_orig # type: ignore # mutmut generated
mutants_x_require_chars__mutmut['x_require_chars__mutmut_1'] = x_require_chars__mutmut_1 # type: ignore # mutmut generated
mutants_x_require_chars__mutmut['x_require_chars__mutmut_2'] = x_require_chars__mutmut_2 # type: ignore # mutmut generated
mutants_x_require_chars__mutmut['x_require_chars__mutmut_3'] = x_require_chars__mutmut_3 # type: ignore # mutmut generated
mutants_x_require_chars__mutmut['x_require_chars__mutmut_4'] = x_require_chars__mutmut_4 # type: ignore # mutmut generated
mutants_x_require_length__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_require_length__mutmut)
def require_length(text: str, length: int, what: str) -> None:
    """Raises unless text has exactly length characters."""
    if len(text) != length:
        raise ScanError(f"{what} must be {length} characters, got {len(text)}")


def x_require_length__mutmut_orig(text: str, length: int, what: str) -> None:
    """Raises unless text has exactly length characters."""
    if len(text) != length:
        raise ScanError(f"{what} must be {length} characters, got {len(text)}")


def x_require_length__mutmut_1(text: str, length: int, what: str) -> None:
    """Raises unless text has exactly length characters."""
    if len(text) == length:
        raise ScanError(f"{what} must be {length} characters, got {len(text)}")


def x_require_length__mutmut_2(text: str, length: int, what: str) -> None:
    """Raises unless text has exactly length characters."""
    if len(text) != length:
        raise ScanError(None)

mutants_x_require_length__mutmut['_mutmut_orig'] = x_require_length__mutmut_orig # type: ignore # mutmut generated
mutants_x_require_length__mutmut['x_require_length__mutmut_1'] = x_require_length__mutmut_1 # type: ignore # mutmut generated
mutants_x_require_length__mutmut['x_require_length__mutmut_2'] = x_require_length__mutmut_2 # type: ignore # mutmut generated
mutants_x_require_digits__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_require_digits__mutmut)
def require_digits(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(text, length, what)
    require_chars(text, DIGITS, what, "digits")


def x_require_digits__mutmut_orig(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(text, length, what)
    require_chars(text, DIGITS, what, "digits")


def x_require_digits__mutmut_1(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(None, length, what)
    require_chars(text, DIGITS, what, "digits")


def x_require_digits__mutmut_2(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(text, None, what)
    require_chars(text, DIGITS, what, "digits")


def x_require_digits__mutmut_3(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(text, length, None)
    require_chars(text, DIGITS, what, "digits")


def x_require_digits__mutmut_4(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(length, what)
    require_chars(text, DIGITS, what, "digits")


def x_require_digits__mutmut_5(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(text, what)
    require_chars(text, DIGITS, what, "digits")


def x_require_digits__mutmut_6(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(text, length, )
    require_chars(text, DIGITS, what, "digits")


def x_require_digits__mutmut_7(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(text, length, what)
    require_chars(None, DIGITS, what, "digits")


def x_require_digits__mutmut_8(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(text, length, what)
    require_chars(text, None, what, "digits")


def x_require_digits__mutmut_9(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(text, length, what)
    require_chars(text, DIGITS, None, "digits")


def x_require_digits__mutmut_10(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(text, length, what)
    require_chars(text, DIGITS, what, None)


def x_require_digits__mutmut_11(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(text, length, what)
    require_chars(DIGITS, what, "digits")


def x_require_digits__mutmut_12(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(text, length, what)
    require_chars(text, what, "digits")


def x_require_digits__mutmut_13(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(text, length, what)
    require_chars(text, DIGITS, "digits")


def x_require_digits__mutmut_14(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(text, length, what)
    require_chars(text, DIGITS, what, )


def x_require_digits__mutmut_15(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(text, length, what)
    require_chars(text, DIGITS, what, "XXdigitsXX")


def x_require_digits__mutmut_16(text: str, length: int, what: str) -> None:
    """Raises unless text is exactly length ASCII digits."""
    require_length(text, length, what)
    require_chars(text, DIGITS, what, "DIGITS")

mutants_x_require_digits__mutmut['_mutmut_orig'] = x_require_digits__mutmut_orig # type: ignore # mutmut generated
mutants_x_require_digits__mutmut['x_require_digits__mutmut_1'] = x_require_digits__mutmut_1 # type: ignore # mutmut generated
mutants_x_require_digits__mutmut['x_require_digits__mutmut_2'] = x_require_digits__mutmut_2 # type: ignore # mutmut generated
mutants_x_require_digits__mutmut['x_require_digits__mutmut_3'] = x_require_digits__mutmut_3 # type: ignore # mutmut generated
mutants_x_require_digits__mutmut['x_require_digits__mutmut_4'] = x_require_digits__mutmut_4 # type: ignore # mutmut generated
mutants_x_require_digits__mutmut['x_require_digits__mutmut_5'] = x_require_digits__mutmut_5 # type: ignore # mutmut generated
mutants_x_require_digits__mutmut['x_require_digits__mutmut_6'] = x_require_digits__mutmut_6 # type: ignore # mutmut generated
mutants_x_require_digits__mutmut['x_require_digits__mutmut_7'] = x_require_digits__mutmut_7 # type: ignore # mutmut generated
mutants_x_require_digits__mutmut['x_require_digits__mutmut_8'] = x_require_digits__mutmut_8 # type: ignore # mutmut generated
mutants_x_require_digits__mutmut['x_require_digits__mutmut_9'] = x_require_digits__mutmut_9 # type: ignore # mutmut generated
mutants_x_require_digits__mutmut['x_require_digits__mutmut_10'] = x_require_digits__mutmut_10 # type: ignore # mutmut generated
mutants_x_require_digits__mutmut['x_require_digits__mutmut_11'] = x_require_digits__mutmut_11 # type: ignore # mutmut generated
mutants_x_require_digits__mutmut['x_require_digits__mutmut_12'] = x_require_digits__mutmut_12 # type: ignore # mutmut generated
mutants_x_require_digits__mutmut['x_require_digits__mutmut_13'] = x_require_digits__mutmut_13 # type: ignore # mutmut generated
mutants_x_require_digits__mutmut['x_require_digits__mutmut_14'] = x_require_digits__mutmut_14 # type: ignore # mutmut generated
mutants_x_require_digits__mutmut['x_require_digits__mutmut_15'] = x_require_digits__mutmut_15 # type: ignore # mutmut generated
mutants_x_require_digits__mutmut['x_require_digits__mutmut_16'] = x_require_digits__mutmut_16 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_require_issuing_fin__mutmut)
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


def x_require_issuing_fin__mutmut_orig(fin: str, what: str) -> None:
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


def x_require_issuing_fin__mutmut_1(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(None, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_2(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, None, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_3(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, None)
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_4(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_5(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_6(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, )
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_7(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 6, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_8(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[1] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_9(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_10(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(None)
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_11(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(None, FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_12(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], None, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_13(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, None,
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_14(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  None)
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_15(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_16(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_17(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_18(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  )
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_19(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[2:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_20(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:4], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_21(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "XXA-Z (not O) or 0-9XX")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_22(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "a-z (not o) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_23(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (NOT O) OR 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_24(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(None, DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_25(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], None, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_26(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, None, "digits")


def x_require_issuing_fin__mutmut_27(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", None)


def x_require_issuing_fin__mutmut_28(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_29(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_30(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, "digits")


def x_require_issuing_fin__mutmut_31(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", )


def x_require_issuing_fin__mutmut_32(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[4:5], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_33(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:6], DIGITS, f"{what} facility identifier positions 4-5", "digits")


def x_require_issuing_fin__mutmut_34(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "XXdigitsXX")


def x_require_issuing_fin__mutmut_35(fin: str, what: str) -> None:
    """Checks a FIN ``αpppp`` as ST-001 defines it for DS001, DS020, DS028 and DS040.

    α is A-N, P-Z or 1-9; pppp positions 1-2 are A-N, P-Z or 0-9 and positions 3-4 are digits.
    """
    require_length(fin, 5, f"{what} facility identifier")
    if fin[0] not in FIN_FIRST:
        raise ScanError(f"{what} facility identifier must start with A-Z (not O) or 1-9, "
                        f"scanned {fin!r}")
    require_chars(fin[1:3], FIN_ALNUM, f"{what} facility identifier positions 2-3",
                  "A-Z (not O) or 0-9")
    require_chars(fin[3:5], DIGITS, f"{what} facility identifier positions 4-5", "DIGITS")

mutants_x_require_issuing_fin__mutmut['_mutmut_orig'] = x_require_issuing_fin__mutmut_orig # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_1'] = x_require_issuing_fin__mutmut_1 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_2'] = x_require_issuing_fin__mutmut_2 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_3'] = x_require_issuing_fin__mutmut_3 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_4'] = x_require_issuing_fin__mutmut_4 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_5'] = x_require_issuing_fin__mutmut_5 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_6'] = x_require_issuing_fin__mutmut_6 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_7'] = x_require_issuing_fin__mutmut_7 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_8'] = x_require_issuing_fin__mutmut_8 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_9'] = x_require_issuing_fin__mutmut_9 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_10'] = x_require_issuing_fin__mutmut_10 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_11'] = x_require_issuing_fin__mutmut_11 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_12'] = x_require_issuing_fin__mutmut_12 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_13'] = x_require_issuing_fin__mutmut_13 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_14'] = x_require_issuing_fin__mutmut_14 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_15'] = x_require_issuing_fin__mutmut_15 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_16'] = x_require_issuing_fin__mutmut_16 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_17'] = x_require_issuing_fin__mutmut_17 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_18'] = x_require_issuing_fin__mutmut_18 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_19'] = x_require_issuing_fin__mutmut_19 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_20'] = x_require_issuing_fin__mutmut_20 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_21'] = x_require_issuing_fin__mutmut_21 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_22'] = x_require_issuing_fin__mutmut_22 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_23'] = x_require_issuing_fin__mutmut_23 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_24'] = x_require_issuing_fin__mutmut_24 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_25'] = x_require_issuing_fin__mutmut_25 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_26'] = x_require_issuing_fin__mutmut_26 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_27'] = x_require_issuing_fin__mutmut_27 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_28'] = x_require_issuing_fin__mutmut_28 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_29'] = x_require_issuing_fin__mutmut_29 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_30'] = x_require_issuing_fin__mutmut_30 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_31'] = x_require_issuing_fin__mutmut_31 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_32'] = x_require_issuing_fin__mutmut_32 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_33'] = x_require_issuing_fin__mutmut_33 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_34'] = x_require_issuing_fin__mutmut_34 # type: ignore # mutmut generated
mutants_x_require_issuing_fin__mutmut['x_require_issuing_fin__mutmut_35'] = x_require_issuing_fin__mutmut_35 # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_require_fin_p__mutmut)
def require_fin_p(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, 5, f"{what} FIN(P)")
    require_chars(fin, FIN_ALNUM, f"{what} FIN(P)", "A-Z (not O) or 0-9")


def x_require_fin_p__mutmut_orig(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, 5, f"{what} FIN(P)")
    require_chars(fin, FIN_ALNUM, f"{what} FIN(P)", "A-Z (not O) or 0-9")


def x_require_fin_p__mutmut_1(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(None, 5, f"{what} FIN(P)")
    require_chars(fin, FIN_ALNUM, f"{what} FIN(P)", "A-Z (not O) or 0-9")


def x_require_fin_p__mutmut_2(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, None, f"{what} FIN(P)")
    require_chars(fin, FIN_ALNUM, f"{what} FIN(P)", "A-Z (not O) or 0-9")


def x_require_fin_p__mutmut_3(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, 5, None)
    require_chars(fin, FIN_ALNUM, f"{what} FIN(P)", "A-Z (not O) or 0-9")


def x_require_fin_p__mutmut_4(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(5, f"{what} FIN(P)")
    require_chars(fin, FIN_ALNUM, f"{what} FIN(P)", "A-Z (not O) or 0-9")


def x_require_fin_p__mutmut_5(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, f"{what} FIN(P)")
    require_chars(fin, FIN_ALNUM, f"{what} FIN(P)", "A-Z (not O) or 0-9")


def x_require_fin_p__mutmut_6(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, 5, )
    require_chars(fin, FIN_ALNUM, f"{what} FIN(P)", "A-Z (not O) or 0-9")


def x_require_fin_p__mutmut_7(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, 6, f"{what} FIN(P)")
    require_chars(fin, FIN_ALNUM, f"{what} FIN(P)", "A-Z (not O) or 0-9")


def x_require_fin_p__mutmut_8(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, 5, f"{what} FIN(P)")
    require_chars(None, FIN_ALNUM, f"{what} FIN(P)", "A-Z (not O) or 0-9")


def x_require_fin_p__mutmut_9(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, 5, f"{what} FIN(P)")
    require_chars(fin, None, f"{what} FIN(P)", "A-Z (not O) or 0-9")


def x_require_fin_p__mutmut_10(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, 5, f"{what} FIN(P)")
    require_chars(fin, FIN_ALNUM, None, "A-Z (not O) or 0-9")


def x_require_fin_p__mutmut_11(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, 5, f"{what} FIN(P)")
    require_chars(fin, FIN_ALNUM, f"{what} FIN(P)", None)


def x_require_fin_p__mutmut_12(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, 5, f"{what} FIN(P)")
    require_chars(FIN_ALNUM, f"{what} FIN(P)", "A-Z (not O) or 0-9")


def x_require_fin_p__mutmut_13(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, 5, f"{what} FIN(P)")
    require_chars(fin, f"{what} FIN(P)", "A-Z (not O) or 0-9")


def x_require_fin_p__mutmut_14(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, 5, f"{what} FIN(P)")
    require_chars(fin, FIN_ALNUM, "A-Z (not O) or 0-9")


def x_require_fin_p__mutmut_15(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, 5, f"{what} FIN(P)")
    require_chars(fin, FIN_ALNUM, f"{what} FIN(P)", )


def x_require_fin_p__mutmut_16(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, 5, f"{what} FIN(P)")
    require_chars(fin, FIN_ALNUM, f"{what} FIN(P)", "XXA-Z (not O) or 0-9XX")


def x_require_fin_p__mutmut_17(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, 5, f"{what} FIN(P)")
    require_chars(fin, FIN_ALNUM, f"{what} FIN(P)", "a-z (not o) or 0-9")


def x_require_fin_p__mutmut_18(fin: str, what: str) -> None:
    """Checks a FIN(P) ``nnnnn`` of DS033/DS034: five of A-N, P-Z, 0-9 (ST-001 §2.4.33-34)."""
    require_length(fin, 5, f"{what} FIN(P)")
    require_chars(fin, FIN_ALNUM, f"{what} FIN(P)", "A-Z (NOT O) OR 0-9")

mutants_x_require_fin_p__mutmut['_mutmut_orig'] = x_require_fin_p__mutmut_orig # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut['x_require_fin_p__mutmut_1'] = x_require_fin_p__mutmut_1 # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut['x_require_fin_p__mutmut_2'] = x_require_fin_p__mutmut_2 # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut['x_require_fin_p__mutmut_3'] = x_require_fin_p__mutmut_3 # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut['x_require_fin_p__mutmut_4'] = x_require_fin_p__mutmut_4 # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut['x_require_fin_p__mutmut_5'] = x_require_fin_p__mutmut_5 # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut['x_require_fin_p__mutmut_6'] = x_require_fin_p__mutmut_6 # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut['x_require_fin_p__mutmut_7'] = x_require_fin_p__mutmut_7 # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut['x_require_fin_p__mutmut_8'] = x_require_fin_p__mutmut_8 # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut['x_require_fin_p__mutmut_9'] = x_require_fin_p__mutmut_9 # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut['x_require_fin_p__mutmut_10'] = x_require_fin_p__mutmut_10 # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut['x_require_fin_p__mutmut_11'] = x_require_fin_p__mutmut_11 # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut['x_require_fin_p__mutmut_12'] = x_require_fin_p__mutmut_12 # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut['x_require_fin_p__mutmut_13'] = x_require_fin_p__mutmut_13 # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut['x_require_fin_p__mutmut_14'] = x_require_fin_p__mutmut_14 # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut['x_require_fin_p__mutmut_15'] = x_require_fin_p__mutmut_15 # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut['x_require_fin_p__mutmut_16'] = x_require_fin_p__mutmut_16 # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut['x_require_fin_p__mutmut_17'] = x_require_fin_p__mutmut_17 # type: ignore # mutmut generated
mutants_x_require_fin_p__mutmut['x_require_fin_p__mutmut_18'] = x_require_fin_p__mutmut_18 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_require_pdc__mutmut)
def require_pdc(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_orig(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_1(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(None, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_2(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, None, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_3(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, None)
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_4(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_5(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_6(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, )
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_7(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 6, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_8(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(None, UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_9(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], None, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_10(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, None,
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_11(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  None)
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_12(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_13(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_14(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_15(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  )
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_16(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[1], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_17(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "XXa letter A-ZXX")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_18(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter a-z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_19(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "A LETTER A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_20(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(None, UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_21(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], None, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_22(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, None,
                  "A-Z or 0-9")


def x_require_pdc__mutmut_23(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  None)


def x_require_pdc__mutmut_24(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_25(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_26(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, "A-Z or 0-9")


def x_require_pdc__mutmut_27(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  )


def x_require_pdc__mutmut_28(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[2:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z or 0-9")


def x_require_pdc__mutmut_29(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "XXA-Z or 0-9XX")


def x_require_pdc__mutmut_30(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "a-z or 0-9")


def x_require_pdc__mutmut_31(pdc: str, what: str) -> None:
    """Checks a Product Description Code ``αoooo``: α A-Z, oooo A-Z or 0-9 (ST-001 §2.4.3)."""
    require_length(pdc, 5, f"{what} product description code")
    require_chars(pdc[0], UPPER, f"{what} product description code first character",
                  "a letter A-Z")
    require_chars(pdc[1:], UPPER_ALNUM, f"{what} product description code characters 2-5",
                  "A-Z OR 0-9")

mutants_x_require_pdc__mutmut['_mutmut_orig'] = x_require_pdc__mutmut_orig # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_1'] = x_require_pdc__mutmut_1 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_2'] = x_require_pdc__mutmut_2 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_3'] = x_require_pdc__mutmut_3 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_4'] = x_require_pdc__mutmut_4 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_5'] = x_require_pdc__mutmut_5 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_6'] = x_require_pdc__mutmut_6 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_7'] = x_require_pdc__mutmut_7 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_8'] = x_require_pdc__mutmut_8 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_9'] = x_require_pdc__mutmut_9 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_10'] = x_require_pdc__mutmut_10 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_11'] = x_require_pdc__mutmut_11 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_12'] = x_require_pdc__mutmut_12 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_13'] = x_require_pdc__mutmut_13 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_14'] = x_require_pdc__mutmut_14 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_15'] = x_require_pdc__mutmut_15 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_16'] = x_require_pdc__mutmut_16 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_17'] = x_require_pdc__mutmut_17 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_18'] = x_require_pdc__mutmut_18 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_19'] = x_require_pdc__mutmut_19 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_20'] = x_require_pdc__mutmut_20 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_21'] = x_require_pdc__mutmut_21 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_22'] = x_require_pdc__mutmut_22 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_23'] = x_require_pdc__mutmut_23 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_24'] = x_require_pdc__mutmut_24 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_25'] = x_require_pdc__mutmut_25 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_26'] = x_require_pdc__mutmut_26 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_27'] = x_require_pdc__mutmut_27 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_28'] = x_require_pdc__mutmut_28 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_29'] = x_require_pdc__mutmut_29 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_30'] = x_require_pdc__mutmut_30 # type: ignore # mutmut generated
mutants_x_require_pdc__mutmut['x_require_pdc__mutmut_31'] = x_require_pdc__mutmut_31 # type: ignore # mutmut generated
