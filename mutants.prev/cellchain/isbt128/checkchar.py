"""ISO/IEC 7064 MOD 37-2 check characters (ST-001 §7.5, Appendix A; python-stdnum)."""

from __future__ import annotations

from stdnum.iso7064 import mod_37_2

from cellchain.isbt128.errors import ScanError

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"
_INPUT = frozenset(ALPHABET[:36])


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__require_input__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__require_input__mutmut)
def _require_input(text: str, what: str) -> None:
    if not text:
        raise ScanError(f"{what} is empty; a check character needs at least one character")
    bad = sorted({ch for ch in text if ch not in _INPUT})
    if bad:
        shown = ", ".join(repr(ch) for ch in bad)
        raise ScanError(f"{what} may contain only 0-9 and A-Z (upper case); found {shown}")


def x__require_input__mutmut_orig(text: str, what: str) -> None:
    if not text:
        raise ScanError(f"{what} is empty; a check character needs at least one character")
    bad = sorted({ch for ch in text if ch not in _INPUT})
    if bad:
        shown = ", ".join(repr(ch) for ch in bad)
        raise ScanError(f"{what} may contain only 0-9 and A-Z (upper case); found {shown}")


def x__require_input__mutmut_1(text: str, what: str) -> None:
    if text:
        raise ScanError(f"{what} is empty; a check character needs at least one character")
    bad = sorted({ch for ch in text if ch not in _INPUT})
    if bad:
        shown = ", ".join(repr(ch) for ch in bad)
        raise ScanError(f"{what} may contain only 0-9 and A-Z (upper case); found {shown}")


def x__require_input__mutmut_2(text: str, what: str) -> None:
    if not text:
        raise ScanError(None)
    bad = sorted({ch for ch in text if ch not in _INPUT})
    if bad:
        shown = ", ".join(repr(ch) for ch in bad)
        raise ScanError(f"{what} may contain only 0-9 and A-Z (upper case); found {shown}")


def x__require_input__mutmut_3(text: str, what: str) -> None:
    if not text:
        raise ScanError(f"{what} is empty; a check character needs at least one character")
    bad = None
    if bad:
        shown = ", ".join(repr(ch) for ch in bad)
        raise ScanError(f"{what} may contain only 0-9 and A-Z (upper case); found {shown}")


def x__require_input__mutmut_4(text: str, what: str) -> None:
    if not text:
        raise ScanError(f"{what} is empty; a check character needs at least one character")
    bad = sorted(None)
    if bad:
        shown = ", ".join(repr(ch) for ch in bad)
        raise ScanError(f"{what} may contain only 0-9 and A-Z (upper case); found {shown}")


def x__require_input__mutmut_5(text: str, what: str) -> None:
    if not text:
        raise ScanError(f"{what} is empty; a check character needs at least one character")
    bad = sorted({ch for ch in text if ch in _INPUT})
    if bad:
        shown = ", ".join(repr(ch) for ch in bad)
        raise ScanError(f"{what} may contain only 0-9 and A-Z (upper case); found {shown}")


def x__require_input__mutmut_6(text: str, what: str) -> None:
    if not text:
        raise ScanError(f"{what} is empty; a check character needs at least one character")
    bad = sorted({ch for ch in text if ch not in _INPUT})
    if bad:
        shown = None
        raise ScanError(f"{what} may contain only 0-9 and A-Z (upper case); found {shown}")


def x__require_input__mutmut_7(text: str, what: str) -> None:
    if not text:
        raise ScanError(f"{what} is empty; a check character needs at least one character")
    bad = sorted({ch for ch in text if ch not in _INPUT})
    if bad:
        shown = ", ".join(None)
        raise ScanError(f"{what} may contain only 0-9 and A-Z (upper case); found {shown}")


def x__require_input__mutmut_8(text: str, what: str) -> None:
    if not text:
        raise ScanError(f"{what} is empty; a check character needs at least one character")
    bad = sorted({ch for ch in text if ch not in _INPUT})
    if bad:
        shown = "XX, XX".join(repr(ch) for ch in bad)
        raise ScanError(f"{what} may contain only 0-9 and A-Z (upper case); found {shown}")


def x__require_input__mutmut_9(text: str, what: str) -> None:
    if not text:
        raise ScanError(f"{what} is empty; a check character needs at least one character")
    bad = sorted({ch for ch in text if ch not in _INPUT})
    if bad:
        shown = ", ".join(repr(None) for ch in bad)
        raise ScanError(f"{what} may contain only 0-9 and A-Z (upper case); found {shown}")


def x__require_input__mutmut_10(text: str, what: str) -> None:
    if not text:
        raise ScanError(f"{what} is empty; a check character needs at least one character")
    bad = sorted({ch for ch in text if ch not in _INPUT})
    if bad:
        shown = ", ".join(repr(ch) for ch in bad)
        raise ScanError(None)

mutants_x__require_input__mutmut['_mutmut_orig'] = x__require_input__mutmut_orig # type: ignore # mutmut generated
mutants_x__require_input__mutmut['x__require_input__mutmut_1'] = x__require_input__mutmut_1 # type: ignore # mutmut generated
mutants_x__require_input__mutmut['x__require_input__mutmut_2'] = x__require_input__mutmut_2 # type: ignore # mutmut generated
mutants_x__require_input__mutmut['x__require_input__mutmut_3'] = x__require_input__mutmut_3 # type: ignore # mutmut generated
mutants_x__require_input__mutmut['x__require_input__mutmut_4'] = x__require_input__mutmut_4 # type: ignore # mutmut generated
mutants_x__require_input__mutmut['x__require_input__mutmut_5'] = x__require_input__mutmut_5 # type: ignore # mutmut generated
mutants_x__require_input__mutmut['x__require_input__mutmut_6'] = x__require_input__mutmut_6 # type: ignore # mutmut generated
mutants_x__require_input__mutmut['x__require_input__mutmut_7'] = x__require_input__mutmut_7 # type: ignore # mutmut generated
mutants_x__require_input__mutmut['x__require_input__mutmut_8'] = x__require_input__mutmut_8 # type: ignore # mutmut generated
mutants_x__require_input__mutmut['x__require_input__mutmut_9'] = x__require_input__mutmut_9 # type: ignore # mutmut generated
mutants_x__require_input__mutmut['x__require_input__mutmut_10'] = x__require_input__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_character__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_character__mutmut)
def check_character(text: str, *, what: str = "text") -> str:
    """Returns the MOD 37-2 check character (0-9, A-Z or *) of text."""
    _require_input(text, what)
    return str(mod_37_2.calc_check_digit(text))


def x_check_character__mutmut_orig(text: str, *, what: str = "text") -> str:
    """Returns the MOD 37-2 check character (0-9, A-Z or *) of text."""
    _require_input(text, what)
    return str(mod_37_2.calc_check_digit(text))


def x_check_character__mutmut_1(text: str, *, what: str = "XXtextXX") -> str:
    """Returns the MOD 37-2 check character (0-9, A-Z or *) of text."""
    _require_input(text, what)
    return str(mod_37_2.calc_check_digit(text))


def x_check_character__mutmut_2(text: str, *, what: str = "TEXT") -> str:
    """Returns the MOD 37-2 check character (0-9, A-Z or *) of text."""
    _require_input(text, what)
    return str(mod_37_2.calc_check_digit(text))


def x_check_character__mutmut_3(text: str, *, what: str = "text") -> str:
    """Returns the MOD 37-2 check character (0-9, A-Z or *) of text."""
    _require_input(None, what)
    return str(mod_37_2.calc_check_digit(text))


def x_check_character__mutmut_4(text: str, *, what: str = "text") -> str:
    """Returns the MOD 37-2 check character (0-9, A-Z or *) of text."""
    _require_input(text, None)
    return str(mod_37_2.calc_check_digit(text))


def x_check_character__mutmut_5(text: str, *, what: str = "text") -> str:
    """Returns the MOD 37-2 check character (0-9, A-Z or *) of text."""
    _require_input(what)
    return str(mod_37_2.calc_check_digit(text))


def x_check_character__mutmut_6(text: str, *, what: str = "text") -> str:
    """Returns the MOD 37-2 check character (0-9, A-Z or *) of text."""
    _require_input(text, )
    return str(mod_37_2.calc_check_digit(text))


def x_check_character__mutmut_7(text: str, *, what: str = "text") -> str:
    """Returns the MOD 37-2 check character (0-9, A-Z or *) of text."""
    _require_input(text, what)
    return str(None)


def x_check_character__mutmut_8(text: str, *, what: str = "text") -> str:
    """Returns the MOD 37-2 check character (0-9, A-Z or *) of text."""
    _require_input(text, what)
    return str(mod_37_2.calc_check_digit(None))

mutants_x_check_character__mutmut['_mutmut_orig'] = x_check_character__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_1'] = x_check_character__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_2'] = x_check_character__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_3'] = x_check_character__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_4'] = x_check_character__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_5'] = x_check_character__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_6'] = x_check_character__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_7'] = x_check_character__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_8'] = x_check_character__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_value__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_value__mutmut)
def check_value(text: str, *, what: str = "text") -> int:
    """Returns the checksum value 0-36 (the Type 3 flag is this plus 60)."""
    return ALPHABET.index(check_character(text, what=what))


def x_check_value__mutmut_orig(text: str, *, what: str = "text") -> int:
    """Returns the checksum value 0-36 (the Type 3 flag is this plus 60)."""
    return ALPHABET.index(check_character(text, what=what))


def x_check_value__mutmut_1(text: str, *, what: str = "XXtextXX") -> int:
    """Returns the checksum value 0-36 (the Type 3 flag is this plus 60)."""
    return ALPHABET.index(check_character(text, what=what))


def x_check_value__mutmut_2(text: str, *, what: str = "TEXT") -> int:
    """Returns the checksum value 0-36 (the Type 3 flag is this plus 60)."""
    return ALPHABET.index(check_character(text, what=what))


def x_check_value__mutmut_3(text: str, *, what: str = "text") -> int:
    """Returns the checksum value 0-36 (the Type 3 flag is this plus 60)."""
    return ALPHABET.index(None)


def x_check_value__mutmut_4(text: str, *, what: str = "text") -> int:
    """Returns the checksum value 0-36 (the Type 3 flag is this plus 60)."""
    return ALPHABET.rindex(check_character(text, what=what))


def x_check_value__mutmut_5(text: str, *, what: str = "text") -> int:
    """Returns the checksum value 0-36 (the Type 3 flag is this plus 60)."""
    return ALPHABET.index(check_character(None, what=what))


def x_check_value__mutmut_6(text: str, *, what: str = "text") -> int:
    """Returns the checksum value 0-36 (the Type 3 flag is this plus 60)."""
    return ALPHABET.index(check_character(text, what=None))


def x_check_value__mutmut_7(text: str, *, what: str = "text") -> int:
    """Returns the checksum value 0-36 (the Type 3 flag is this plus 60)."""
    return ALPHABET.index(check_character(what=what))


def x_check_value__mutmut_8(text: str, *, what: str = "text") -> int:
    """Returns the checksum value 0-36 (the Type 3 flag is this plus 60)."""
    return ALPHABET.index(check_character(text, ))

mutants_x_check_value__mutmut['_mutmut_orig'] = x_check_value__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_value__mutmut['x_check_value__mutmut_1'] = x_check_value__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_value__mutmut['x_check_value__mutmut_2'] = x_check_value__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_value__mutmut['x_check_value__mutmut_3'] = x_check_value__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_value__mutmut['x_check_value__mutmut_4'] = x_check_value__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_value__mutmut['x_check_value__mutmut_5'] = x_check_value__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_value__mutmut['x_check_value__mutmut_6'] = x_check_value__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_value__mutmut['x_check_value__mutmut_7'] = x_check_value__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_value__mutmut['x_check_value__mutmut_8'] = x_check_value__mutmut_8 # type: ignore # mutmut generated
mutants_x_verify_check_character__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_verify_check_character__mutmut)
def verify_check_character(text: str, scanned: str, *, what: str = "text") -> None:
    """Raises ScanError naming both characters unless scanned is text's check character."""
    expected = check_character(text, what=what)
    if scanned.upper() != expected:
        raise ScanError(f"check character of {what} {text} is {expected}, scanned {scanned}")


def x_verify_check_character__mutmut_orig(text: str, scanned: str, *, what: str = "text") -> None:
    """Raises ScanError naming both characters unless scanned is text's check character."""
    expected = check_character(text, what=what)
    if scanned.upper() != expected:
        raise ScanError(f"check character of {what} {text} is {expected}, scanned {scanned}")


def x_verify_check_character__mutmut_1(text: str, scanned: str, *, what: str = "XXtextXX") -> None:
    """Raises ScanError naming both characters unless scanned is text's check character."""
    expected = check_character(text, what=what)
    if scanned.upper() != expected:
        raise ScanError(f"check character of {what} {text} is {expected}, scanned {scanned}")


def x_verify_check_character__mutmut_2(text: str, scanned: str, *, what: str = "TEXT") -> None:
    """Raises ScanError naming both characters unless scanned is text's check character."""
    expected = check_character(text, what=what)
    if scanned.upper() != expected:
        raise ScanError(f"check character of {what} {text} is {expected}, scanned {scanned}")


def x_verify_check_character__mutmut_3(text: str, scanned: str, *, what: str = "text") -> None:
    """Raises ScanError naming both characters unless scanned is text's check character."""
    expected = None
    if scanned.upper() != expected:
        raise ScanError(f"check character of {what} {text} is {expected}, scanned {scanned}")


def x_verify_check_character__mutmut_4(text: str, scanned: str, *, what: str = "text") -> None:
    """Raises ScanError naming both characters unless scanned is text's check character."""
    expected = check_character(None, what=what)
    if scanned.upper() != expected:
        raise ScanError(f"check character of {what} {text} is {expected}, scanned {scanned}")


def x_verify_check_character__mutmut_5(text: str, scanned: str, *, what: str = "text") -> None:
    """Raises ScanError naming both characters unless scanned is text's check character."""
    expected = check_character(text, what=None)
    if scanned.upper() != expected:
        raise ScanError(f"check character of {what} {text} is {expected}, scanned {scanned}")


def x_verify_check_character__mutmut_6(text: str, scanned: str, *, what: str = "text") -> None:
    """Raises ScanError naming both characters unless scanned is text's check character."""
    expected = check_character(what=what)
    if scanned.upper() != expected:
        raise ScanError(f"check character of {what} {text} is {expected}, scanned {scanned}")


def x_verify_check_character__mutmut_7(text: str, scanned: str, *, what: str = "text") -> None:
    """Raises ScanError naming both characters unless scanned is text's check character."""
    expected = check_character(text, )
    if scanned.upper() != expected:
        raise ScanError(f"check character of {what} {text} is {expected}, scanned {scanned}")


def x_verify_check_character__mutmut_8(text: str, scanned: str, *, what: str = "text") -> None:
    """Raises ScanError naming both characters unless scanned is text's check character."""
    expected = check_character(text, what=what)
    if scanned.lower() != expected:
        raise ScanError(f"check character of {what} {text} is {expected}, scanned {scanned}")


def x_verify_check_character__mutmut_9(text: str, scanned: str, *, what: str = "text") -> None:
    """Raises ScanError naming both characters unless scanned is text's check character."""
    expected = check_character(text, what=what)
    if scanned.upper() == expected:
        raise ScanError(f"check character of {what} {text} is {expected}, scanned {scanned}")


def x_verify_check_character__mutmut_10(text: str, scanned: str, *, what: str = "text") -> None:
    """Raises ScanError naming both characters unless scanned is text's check character."""
    expected = check_character(text, what=what)
    if scanned.upper() != expected:
        raise ScanError(None)

mutants_x_verify_check_character__mutmut['_mutmut_orig'] = x_verify_check_character__mutmut_orig # type: ignore # mutmut generated
mutants_x_verify_check_character__mutmut['x_verify_check_character__mutmut_1'] = x_verify_check_character__mutmut_1 # type: ignore # mutmut generated
mutants_x_verify_check_character__mutmut['x_verify_check_character__mutmut_2'] = x_verify_check_character__mutmut_2 # type: ignore # mutmut generated
mutants_x_verify_check_character__mutmut['x_verify_check_character__mutmut_3'] = x_verify_check_character__mutmut_3 # type: ignore # mutmut generated
mutants_x_verify_check_character__mutmut['x_verify_check_character__mutmut_4'] = x_verify_check_character__mutmut_4 # type: ignore # mutmut generated
mutants_x_verify_check_character__mutmut['x_verify_check_character__mutmut_5'] = x_verify_check_character__mutmut_5 # type: ignore # mutmut generated
mutants_x_verify_check_character__mutmut['x_verify_check_character__mutmut_6'] = x_verify_check_character__mutmut_6 # type: ignore # mutmut generated
mutants_x_verify_check_character__mutmut['x_verify_check_character__mutmut_7'] = x_verify_check_character__mutmut_7 # type: ignore # mutmut generated
mutants_x_verify_check_character__mutmut['x_verify_check_character__mutmut_8'] = x_verify_check_character__mutmut_8 # type: ignore # mutmut generated
mutants_x_verify_check_character__mutmut['x_verify_check_character__mutmut_9'] = x_verify_check_character__mutmut_9 # type: ignore # mutmut generated
mutants_x_verify_check_character__mutmut['x_verify_check_character__mutmut_10'] = x_verify_check_character__mutmut_10 # type: ignore # mutmut generated
