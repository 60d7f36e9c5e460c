"""Donation Identification Number, data structure 001 ``=αppppyynnnnnnff`` (ST-001 §2.4.1)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar

from cellchain.isbt128.checkchar import check_character, check_value
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.formats import DIGITS, FIN_ALNUM, FIN_FIRST

DATA_IDENTIFIER = "="


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class FlagType(StrEnum):
    NONE = "none"  # 00
    PROCESS_CONTROL = "process_control"  # Type 1: 01-19, ICCBBA-defined
    LOCAL = "local"  # Type 2: 20-59, meaning set by the facility
    CHECK = "check"  # Type 3: 60-96, 60 + MOD 37-2 checksum of the DIN
    RESERVED = "reserved"
mutants_xǁDinǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁDinǁcheck_flag__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDinǁbarcode_text__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Din:
    """A 13-character DIN; flags are not part of it."""

    fin: str
    year: str
    sequence: str

    @_mutmut_mutated(mutants_xǁDinǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        for part, length, what in ((self.fin, 5, "DIN facility identifier"),
                                   (self.year, 2, "DIN year"),
                                   (self.sequence, 6, "DIN sequence number")):
            if len(part) != length:
                raise ScanError(f"{what} must be {length} characters, got {len(part)}")
        _check_din_text(self.text)

    def xǁDinǁ__post_init____mutmut_orig(self) -> None:
        for part, length, what in ((self.fin, 5, "DIN facility identifier"),
                                   (self.year, 2, "DIN year"),
                                   (self.sequence, 6, "DIN sequence number")):
            if len(part) != length:
                raise ScanError(f"{what} must be {length} characters, got {len(part)}")
        _check_din_text(self.text)

    def xǁDinǁ__post_init____mutmut_1(self) -> None:
        for part, length, what in ((self.fin, 6, "DIN facility identifier"),
                                   (self.year, 2, "DIN year"),
                                   (self.sequence, 6, "DIN sequence number")):
            if len(part) != length:
                raise ScanError(f"{what} must be {length} characters, got {len(part)}")
        _check_din_text(self.text)

    def xǁDinǁ__post_init____mutmut_2(self) -> None:
        for part, length, what in ((self.fin, 5, "XXDIN facility identifierXX"),
                                   (self.year, 2, "DIN year"),
                                   (self.sequence, 6, "DIN sequence number")):
            if len(part) != length:
                raise ScanError(f"{what} must be {length} characters, got {len(part)}")
        _check_din_text(self.text)

    def xǁDinǁ__post_init____mutmut_3(self) -> None:
        for part, length, what in ((self.fin, 5, "din facility identifier"),
                                   (self.year, 2, "DIN year"),
                                   (self.sequence, 6, "DIN sequence number")):
            if len(part) != length:
                raise ScanError(f"{what} must be {length} characters, got {len(part)}")
        _check_din_text(self.text)

    def xǁDinǁ__post_init____mutmut_4(self) -> None:
        for part, length, what in ((self.fin, 5, "DIN FACILITY IDENTIFIER"),
                                   (self.year, 2, "DIN year"),
                                   (self.sequence, 6, "DIN sequence number")):
            if len(part) != length:
                raise ScanError(f"{what} must be {length} characters, got {len(part)}")
        _check_din_text(self.text)

    def xǁDinǁ__post_init____mutmut_5(self) -> None:
        for part, length, what in ((self.fin, 5, "DIN facility identifier"),
                                   (self.year, 3, "DIN year"),
                                   (self.sequence, 6, "DIN sequence number")):
            if len(part) != length:
                raise ScanError(f"{what} must be {length} characters, got {len(part)}")
        _check_din_text(self.text)

    def xǁDinǁ__post_init____mutmut_6(self) -> None:
        for part, length, what in ((self.fin, 5, "DIN facility identifier"),
                                   (self.year, 2, "XXDIN yearXX"),
                                   (self.sequence, 6, "DIN sequence number")):
            if len(part) != length:
                raise ScanError(f"{what} must be {length} characters, got {len(part)}")
        _check_din_text(self.text)

    def xǁDinǁ__post_init____mutmut_7(self) -> None:
        for part, length, what in ((self.fin, 5, "DIN facility identifier"),
                                   (self.year, 2, "din year"),
                                   (self.sequence, 6, "DIN sequence number")):
            if len(part) != length:
                raise ScanError(f"{what} must be {length} characters, got {len(part)}")
        _check_din_text(self.text)

    def xǁDinǁ__post_init____mutmut_8(self) -> None:
        for part, length, what in ((self.fin, 5, "DIN facility identifier"),
                                   (self.year, 2, "DIN YEAR"),
                                   (self.sequence, 6, "DIN sequence number")):
            if len(part) != length:
                raise ScanError(f"{what} must be {length} characters, got {len(part)}")
        _check_din_text(self.text)

    def xǁDinǁ__post_init____mutmut_9(self) -> None:
        for part, length, what in ((self.fin, 5, "DIN facility identifier"),
                                   (self.year, 2, "DIN year"),
                                   (self.sequence, 7, "DIN sequence number")):
            if len(part) != length:
                raise ScanError(f"{what} must be {length} characters, got {len(part)}")
        _check_din_text(self.text)

    def xǁDinǁ__post_init____mutmut_10(self) -> None:
        for part, length, what in ((self.fin, 5, "DIN facility identifier"),
                                   (self.year, 2, "DIN year"),
                                   (self.sequence, 6, "XXDIN sequence numberXX")):
            if len(part) != length:
                raise ScanError(f"{what} must be {length} characters, got {len(part)}")
        _check_din_text(self.text)

    def xǁDinǁ__post_init____mutmut_11(self) -> None:
        for part, length, what in ((self.fin, 5, "DIN facility identifier"),
                                   (self.year, 2, "DIN year"),
                                   (self.sequence, 6, "din sequence number")):
            if len(part) != length:
                raise ScanError(f"{what} must be {length} characters, got {len(part)}")
        _check_din_text(self.text)

    def xǁDinǁ__post_init____mutmut_12(self) -> None:
        for part, length, what in ((self.fin, 5, "DIN facility identifier"),
                                   (self.year, 2, "DIN year"),
                                   (self.sequence, 6, "DIN SEQUENCE NUMBER")):
            if len(part) != length:
                raise ScanError(f"{what} must be {length} characters, got {len(part)}")
        _check_din_text(self.text)

    def xǁDinǁ__post_init____mutmut_13(self) -> None:
        for part, length, what in ((self.fin, 5, "DIN facility identifier"),
                                   (self.year, 2, "DIN year"),
                                   (self.sequence, 6, "DIN sequence number")):
            if len(part) == length:
                raise ScanError(f"{what} must be {length} characters, got {len(part)}")
        _check_din_text(self.text)

    def xǁDinǁ__post_init____mutmut_14(self) -> None:
        for part, length, what in ((self.fin, 5, "DIN facility identifier"),
                                   (self.year, 2, "DIN year"),
                                   (self.sequence, 6, "DIN sequence number")):
            if len(part) != length:
                raise ScanError(None)
        _check_din_text(self.text)

    def xǁDinǁ__post_init____mutmut_15(self) -> None:
        for part, length, what in ((self.fin, 5, "DIN facility identifier"),
                                   (self.year, 2, "DIN year"),
                                   (self.sequence, 6, "DIN sequence number")):
            if len(part) != length:
                raise ScanError(f"{what} must be {length} characters, got {len(part)}")
        _check_din_text(None)

    @property
    def text(self) -> str:
        return f"{self.fin}{self.year}{self.sequence}"

    @property
    def check_character(self) -> str:
        return check_character(self.text, what="DIN")

    @property
    def eye_readable(self) -> str:
        """The common printed grouping ``A9999 21 123456`` (K is printed boxed, separately)."""
        return f"{self.fin} {self.year} {self.sequence}"

    @_mutmut_mutated(mutants_xǁDinǁcheck_flag__mutmut)
    def check_flag(self) -> str:
        """Returns the Type 3 flag: 60 + the MOD 37-2 checksum, two digits."""
        return f"{60 + check_value(self.text, what='DIN'):02d}"

    def xǁDinǁcheck_flag__mutmut_orig(self) -> str:
        """Returns the Type 3 flag: 60 + the MOD 37-2 checksum, two digits."""
        return f"{60 + check_value(self.text, what='DIN'):02d}"

    def xǁDinǁcheck_flag__mutmut_1(self) -> str:
        """Returns the Type 3 flag: 60 + the MOD 37-2 checksum, two digits."""
        return f"{60 - check_value(self.text, what='DIN'):02d}"

    def xǁDinǁcheck_flag__mutmut_2(self) -> str:
        """Returns the Type 3 flag: 60 + the MOD 37-2 checksum, two digits."""
        return f"{61 + check_value(self.text, what='DIN'):02d}"

    def xǁDinǁcheck_flag__mutmut_3(self) -> str:
        """Returns the Type 3 flag: 60 + the MOD 37-2 checksum, two digits."""
        return f"{60 + check_value(None, what='DIN'):02d}"

    def xǁDinǁcheck_flag__mutmut_4(self) -> str:
        """Returns the Type 3 flag: 60 + the MOD 37-2 checksum, two digits."""
        return f"{60 + check_value(self.text, what=None):02d}"

    def xǁDinǁcheck_flag__mutmut_5(self) -> str:
        """Returns the Type 3 flag: 60 + the MOD 37-2 checksum, two digits."""
        return f"{60 + check_value(what='DIN'):02d}"

    def xǁDinǁcheck_flag__mutmut_6(self) -> str:
        """Returns the Type 3 flag: 60 + the MOD 37-2 checksum, two digits."""
        return f"{60 + check_value(self.text, ):02d}"

    def xǁDinǁcheck_flag__mutmut_7(self) -> str:
        """Returns the Type 3 flag: 60 + the MOD 37-2 checksum, two digits."""
        return f"{60 + check_value(self.text, what='XXDINXX'):02d}"

    def xǁDinǁcheck_flag__mutmut_8(self) -> str:
        """Returns the Type 3 flag: 60 + the MOD 37-2 checksum, two digits."""
        return f"{60 + check_value(self.text, what='din'):02d}"

    @_mutmut_mutated(mutants_xǁDinǁbarcode_text__mutmut)
    def barcode_text(self, flags: str = "00") -> str:
        """Returns the data structure as encoded in a bar code: ``=`` + DIN + flags."""
        validate_flags(flags)
        return f"{DATA_IDENTIFIER}{self.text}{flags}"

    def xǁDinǁbarcode_text__mutmut_orig(self, flags: str = "00") -> str:
        """Returns the data structure as encoded in a bar code: ``=`` + DIN + flags."""
        validate_flags(flags)
        return f"{DATA_IDENTIFIER}{self.text}{flags}"

    def xǁDinǁbarcode_text__mutmut_1(self, flags: str = "XX00XX") -> str:
        """Returns the data structure as encoded in a bar code: ``=`` + DIN + flags."""
        validate_flags(flags)
        return f"{DATA_IDENTIFIER}{self.text}{flags}"

    def xǁDinǁbarcode_text__mutmut_2(self, flags: str = "00") -> str:
        """Returns the data structure as encoded in a bar code: ``=`` + DIN + flags."""
        validate_flags(None)
        return f"{DATA_IDENTIFIER}{self.text}{flags}"

mutants_xǁDinǁ__post_init____mutmut['_mutmut_orig'] = Din.xǁDinǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁDinǁ__post_init____mutmut['xǁDinǁ__post_init____mutmut_1'] = Din.xǁDinǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁDinǁ__post_init____mutmut['xǁDinǁ__post_init____mutmut_2'] = Din.xǁDinǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁDinǁ__post_init____mutmut['xǁDinǁ__post_init____mutmut_3'] = Din.xǁDinǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁDinǁ__post_init____mutmut['xǁDinǁ__post_init____mutmut_4'] = Din.xǁDinǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁDinǁ__post_init____mutmut['xǁDinǁ__post_init____mutmut_5'] = Din.xǁDinǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁDinǁ__post_init____mutmut['xǁDinǁ__post_init____mutmut_6'] = Din.xǁDinǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁDinǁ__post_init____mutmut['xǁDinǁ__post_init____mutmut_7'] = Din.xǁDinǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁDinǁ__post_init____mutmut['xǁDinǁ__post_init____mutmut_8'] = Din.xǁDinǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁDinǁ__post_init____mutmut['xǁDinǁ__post_init____mutmut_9'] = Din.xǁDinǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁDinǁ__post_init____mutmut['xǁDinǁ__post_init____mutmut_10'] = Din.xǁDinǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁDinǁ__post_init____mutmut['xǁDinǁ__post_init____mutmut_11'] = Din.xǁDinǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁDinǁ__post_init____mutmut['xǁDinǁ__post_init____mutmut_12'] = Din.xǁDinǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁDinǁ__post_init____mutmut['xǁDinǁ__post_init____mutmut_13'] = Din.xǁDinǁ__post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁDinǁ__post_init____mutmut['xǁDinǁ__post_init____mutmut_14'] = Din.xǁDinǁ__post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁDinǁ__post_init____mutmut['xǁDinǁ__post_init____mutmut_15'] = Din.xǁDinǁ__post_init____mutmut_15 # type: ignore # mutmut generated

mutants_xǁDinǁcheck_flag__mutmut['_mutmut_orig'] = Din.xǁDinǁcheck_flag__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDinǁcheck_flag__mutmut['xǁDinǁcheck_flag__mutmut_1'] = Din.xǁDinǁcheck_flag__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDinǁcheck_flag__mutmut['xǁDinǁcheck_flag__mutmut_2'] = Din.xǁDinǁcheck_flag__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDinǁcheck_flag__mutmut['xǁDinǁcheck_flag__mutmut_3'] = Din.xǁDinǁcheck_flag__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDinǁcheck_flag__mutmut['xǁDinǁcheck_flag__mutmut_4'] = Din.xǁDinǁcheck_flag__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDinǁcheck_flag__mutmut['xǁDinǁcheck_flag__mutmut_5'] = Din.xǁDinǁcheck_flag__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDinǁcheck_flag__mutmut['xǁDinǁcheck_flag__mutmut_6'] = Din.xǁDinǁcheck_flag__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDinǁcheck_flag__mutmut['xǁDinǁcheck_flag__mutmut_7'] = Din.xǁDinǁcheck_flag__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDinǁcheck_flag__mutmut['xǁDinǁcheck_flag__mutmut_8'] = Din.xǁDinǁcheck_flag__mutmut_8 # type: ignore # mutmut generated

mutants_xǁDinǁbarcode_text__mutmut['_mutmut_orig'] = Din.xǁDinǁbarcode_text__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDinǁbarcode_text__mutmut['xǁDinǁbarcode_text__mutmut_1'] = Din.xǁDinǁbarcode_text__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDinǁbarcode_text__mutmut['xǁDinǁbarcode_text__mutmut_2'] = Din.xǁDinǁbarcode_text__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_din_text__mutmut)
def _check_din_text(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_orig(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_1(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) == 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_2(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 14:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_3(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(None)
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_4(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[1] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_5(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_6(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError(None)
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_7(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("XXDIN must start with A-Z (not O) or 1-9 (the facility identifier)XX")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_8(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("din must start with a-z (not o) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_9(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN MUST START WITH A-Z (NOT O) OR 1-9 (THE FACILITY IDENTIFIER)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_10(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_11(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(None):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_12(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch not in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_13(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[2:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_14(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:4]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_15(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError(None)
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_16(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("XXfacility identifier positions 2-3 must be A-Z (not O) or 0-9XX")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_17(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be a-z (not o) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_18(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("FACILITY IDENTIFIER POSITIONS 2-3 MUST BE A-Z (NOT O) OR 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_19(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_20(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(None):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_21(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch not in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_22(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[4:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_23(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:6]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_24(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError(None)
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_25(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("XXfacility identifier positions 4-5 must be digitsXX")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_26(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("FACILITY IDENTIFIER POSITIONS 4-5 MUST BE DIGITS")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_27(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_28(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(None):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_29(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch not in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_30(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[6:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_31(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:8]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_32(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError(None)
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_33(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("XXyear must be digitsXX")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_34(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("YEAR MUST BE DIGITS")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_35(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_36(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(None):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_37(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch not in DIGITS for ch in text[7:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_38(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[8:13]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_39(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:14]):
        raise ScanError("sequence number must be 6 digits")


def x__check_din_text__mutmut_40(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError(None)


def x__check_din_text__mutmut_41(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("XXsequence number must be 6 digitsXX")


def x__check_din_text__mutmut_42(text: str) -> None:
    """Raises naming the first position of a 13-character DIN that breaks ST-001 §2.4.1."""
    if len(text) != 13:
        raise ScanError(f"DIN must be 13 characters, got {len(text)}")
    if text[0] not in FIN_FIRST:
        raise ScanError("DIN must start with A-Z (not O) or 1-9 (the facility identifier)")
    if not all(ch in FIN_ALNUM for ch in text[1:3]):
        raise ScanError("facility identifier positions 2-3 must be A-Z (not O) or 0-9")
    if not all(ch in DIGITS for ch in text[3:5]):
        raise ScanError("facility identifier positions 4-5 must be digits")
    if not all(ch in DIGITS for ch in text[5:7]):
        raise ScanError("year must be digits")
    if not all(ch in DIGITS for ch in text[7:13]):
        raise ScanError("SEQUENCE NUMBER MUST BE 6 DIGITS")

mutants_x__check_din_text__mutmut['_mutmut_orig'] = x__check_din_text__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_1'] = x__check_din_text__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_2'] = x__check_din_text__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_3'] = x__check_din_text__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_4'] = x__check_din_text__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_5'] = x__check_din_text__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_6'] = x__check_din_text__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_7'] = x__check_din_text__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_8'] = x__check_din_text__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_9'] = x__check_din_text__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_10'] = x__check_din_text__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_11'] = x__check_din_text__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_12'] = x__check_din_text__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_13'] = x__check_din_text__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_14'] = x__check_din_text__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_15'] = x__check_din_text__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_16'] = x__check_din_text__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_17'] = x__check_din_text__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_18'] = x__check_din_text__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_19'] = x__check_din_text__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_20'] = x__check_din_text__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_21'] = x__check_din_text__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_22'] = x__check_din_text__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_23'] = x__check_din_text__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_24'] = x__check_din_text__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_25'] = x__check_din_text__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_26'] = x__check_din_text__mutmut_26 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_27'] = x__check_din_text__mutmut_27 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_28'] = x__check_din_text__mutmut_28 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_29'] = x__check_din_text__mutmut_29 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_30'] = x__check_din_text__mutmut_30 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_31'] = x__check_din_text__mutmut_31 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_32'] = x__check_din_text__mutmut_32 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_33'] = x__check_din_text__mutmut_33 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_34'] = x__check_din_text__mutmut_34 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_35'] = x__check_din_text__mutmut_35 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_36'] = x__check_din_text__mutmut_36 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_37'] = x__check_din_text__mutmut_37 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_38'] = x__check_din_text__mutmut_38 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_39'] = x__check_din_text__mutmut_39 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_40'] = x__check_din_text__mutmut_40 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_41'] = x__check_din_text__mutmut_41 # type: ignore # mutmut generated
mutants_x__check_din_text__mutmut['x__check_din_text__mutmut_42'] = x__check_din_text__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse_din_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_din_text__mutmut)
def parse_din_text(text: str) -> Din:
    """Parses a bare 13-character DIN, naming the first position that breaks the format."""
    _check_din_text(text)
    return Din(fin=text[:5], year=text[5:7], sequence=text[7:13])


def x_parse_din_text__mutmut_orig(text: str) -> Din:
    """Parses a bare 13-character DIN, naming the first position that breaks the format."""
    _check_din_text(text)
    return Din(fin=text[:5], year=text[5:7], sequence=text[7:13])


def x_parse_din_text__mutmut_1(text: str) -> Din:
    """Parses a bare 13-character DIN, naming the first position that breaks the format."""
    _check_din_text(None)
    return Din(fin=text[:5], year=text[5:7], sequence=text[7:13])


def x_parse_din_text__mutmut_2(text: str) -> Din:
    """Parses a bare 13-character DIN, naming the first position that breaks the format."""
    _check_din_text(text)
    return Din(fin=None, year=text[5:7], sequence=text[7:13])


def x_parse_din_text__mutmut_3(text: str) -> Din:
    """Parses a bare 13-character DIN, naming the first position that breaks the format."""
    _check_din_text(text)
    return Din(fin=text[:5], year=None, sequence=text[7:13])


def x_parse_din_text__mutmut_4(text: str) -> Din:
    """Parses a bare 13-character DIN, naming the first position that breaks the format."""
    _check_din_text(text)
    return Din(fin=text[:5], year=text[5:7], sequence=None)


def x_parse_din_text__mutmut_5(text: str) -> Din:
    """Parses a bare 13-character DIN, naming the first position that breaks the format."""
    _check_din_text(text)
    return Din(year=text[5:7], sequence=text[7:13])


def x_parse_din_text__mutmut_6(text: str) -> Din:
    """Parses a bare 13-character DIN, naming the first position that breaks the format."""
    _check_din_text(text)
    return Din(fin=text[:5], sequence=text[7:13])


def x_parse_din_text__mutmut_7(text: str) -> Din:
    """Parses a bare 13-character DIN, naming the first position that breaks the format."""
    _check_din_text(text)
    return Din(fin=text[:5], year=text[5:7], )


def x_parse_din_text__mutmut_8(text: str) -> Din:
    """Parses a bare 13-character DIN, naming the first position that breaks the format."""
    _check_din_text(text)
    return Din(fin=text[:6], year=text[5:7], sequence=text[7:13])


def x_parse_din_text__mutmut_9(text: str) -> Din:
    """Parses a bare 13-character DIN, naming the first position that breaks the format."""
    _check_din_text(text)
    return Din(fin=text[:5], year=text[6:7], sequence=text[7:13])


def x_parse_din_text__mutmut_10(text: str) -> Din:
    """Parses a bare 13-character DIN, naming the first position that breaks the format."""
    _check_din_text(text)
    return Din(fin=text[:5], year=text[5:8], sequence=text[7:13])


def x_parse_din_text__mutmut_11(text: str) -> Din:
    """Parses a bare 13-character DIN, naming the first position that breaks the format."""
    _check_din_text(text)
    return Din(fin=text[:5], year=text[5:7], sequence=text[8:13])


def x_parse_din_text__mutmut_12(text: str) -> Din:
    """Parses a bare 13-character DIN, naming the first position that breaks the format."""
    _check_din_text(text)
    return Din(fin=text[:5], year=text[5:7], sequence=text[7:14])

mutants_x_parse_din_text__mutmut['_mutmut_orig'] = x_parse_din_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_din_text__mutmut['x_parse_din_text__mutmut_1'] = x_parse_din_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_din_text__mutmut['x_parse_din_text__mutmut_2'] = x_parse_din_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_din_text__mutmut['x_parse_din_text__mutmut_3'] = x_parse_din_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_din_text__mutmut['x_parse_din_text__mutmut_4'] = x_parse_din_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_din_text__mutmut['x_parse_din_text__mutmut_5'] = x_parse_din_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_din_text__mutmut['x_parse_din_text__mutmut_6'] = x_parse_din_text__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_din_text__mutmut['x_parse_din_text__mutmut_7'] = x_parse_din_text__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_din_text__mutmut['x_parse_din_text__mutmut_8'] = x_parse_din_text__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_din_text__mutmut['x_parse_din_text__mutmut_9'] = x_parse_din_text__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_din_text__mutmut['x_parse_din_text__mutmut_10'] = x_parse_din_text__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_din_text__mutmut['x_parse_din_text__mutmut_11'] = x_parse_din_text__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_din_text__mutmut['x_parse_din_text__mutmut_12'] = x_parse_din_text__mutmut_12 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_flag_type__mutmut)
def flag_type(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value == 0:
        return FlagType.NONE
    if value <= 19 and value != 14:
        return FlagType.PROCESS_CONTROL
    if 20 <= value <= 59:
        return FlagType.LOCAL
    if 60 <= value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_orig(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value == 0:
        return FlagType.NONE
    if value <= 19 and value != 14:
        return FlagType.PROCESS_CONTROL
    if 20 <= value <= 59:
        return FlagType.LOCAL
    if 60 <= value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_1(flags: str) -> FlagType:
    validate_flags(None)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value == 0:
        return FlagType.NONE
    if value <= 19 and value != 14:
        return FlagType.PROCESS_CONTROL
    if 20 <= value <= 59:
        return FlagType.LOCAL
    if 60 <= value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_2(flags: str) -> FlagType:
    validate_flags(flags)
    if flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value == 0:
        return FlagType.NONE
    if value <= 19 and value != 14:
        return FlagType.PROCESS_CONTROL
    if 20 <= value <= 59:
        return FlagType.LOCAL
    if 60 <= value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_3(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = None
    if value == 0:
        return FlagType.NONE
    if value <= 19 and value != 14:
        return FlagType.PROCESS_CONTROL
    if 20 <= value <= 59:
        return FlagType.LOCAL
    if 60 <= value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_4(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(None)
    if value == 0:
        return FlagType.NONE
    if value <= 19 and value != 14:
        return FlagType.PROCESS_CONTROL
    if 20 <= value <= 59:
        return FlagType.LOCAL
    if 60 <= value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_5(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value != 0:
        return FlagType.NONE
    if value <= 19 and value != 14:
        return FlagType.PROCESS_CONTROL
    if 20 <= value <= 59:
        return FlagType.LOCAL
    if 60 <= value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_6(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value == 1:
        return FlagType.NONE
    if value <= 19 and value != 14:
        return FlagType.PROCESS_CONTROL
    if 20 <= value <= 59:
        return FlagType.LOCAL
    if 60 <= value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_7(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value == 0:
        return FlagType.NONE
    if value <= 19 or value != 14:
        return FlagType.PROCESS_CONTROL
    if 20 <= value <= 59:
        return FlagType.LOCAL
    if 60 <= value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_8(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value == 0:
        return FlagType.NONE
    if value < 19 and value != 14:
        return FlagType.PROCESS_CONTROL
    if 20 <= value <= 59:
        return FlagType.LOCAL
    if 60 <= value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_9(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value == 0:
        return FlagType.NONE
    if value <= 20 and value != 14:
        return FlagType.PROCESS_CONTROL
    if 20 <= value <= 59:
        return FlagType.LOCAL
    if 60 <= value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_10(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value == 0:
        return FlagType.NONE
    if value <= 19 and value == 14:
        return FlagType.PROCESS_CONTROL
    if 20 <= value <= 59:
        return FlagType.LOCAL
    if 60 <= value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_11(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value == 0:
        return FlagType.NONE
    if value <= 19 and value != 15:
        return FlagType.PROCESS_CONTROL
    if 20 <= value <= 59:
        return FlagType.LOCAL
    if 60 <= value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_12(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value == 0:
        return FlagType.NONE
    if value <= 19 and value != 14:
        return FlagType.PROCESS_CONTROL
    if 21 <= value <= 59:
        return FlagType.LOCAL
    if 60 <= value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_13(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value == 0:
        return FlagType.NONE
    if value <= 19 and value != 14:
        return FlagType.PROCESS_CONTROL
    if 20 < value <= 59:
        return FlagType.LOCAL
    if 60 <= value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_14(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value == 0:
        return FlagType.NONE
    if value <= 19 and value != 14:
        return FlagType.PROCESS_CONTROL
    if 20 <= value < 59:
        return FlagType.LOCAL
    if 60 <= value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_15(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value == 0:
        return FlagType.NONE
    if value <= 19 and value != 14:
        return FlagType.PROCESS_CONTROL
    if 20 <= value <= 60:
        return FlagType.LOCAL
    if 60 <= value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_16(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value == 0:
        return FlagType.NONE
    if value <= 19 and value != 14:
        return FlagType.PROCESS_CONTROL
    if 20 <= value <= 59:
        return FlagType.LOCAL
    if 61 <= value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_17(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value == 0:
        return FlagType.NONE
    if value <= 19 and value != 14:
        return FlagType.PROCESS_CONTROL
    if 20 <= value <= 59:
        return FlagType.LOCAL
    if 60 < value <= 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_18(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value == 0:
        return FlagType.NONE
    if value <= 19 and value != 14:
        return FlagType.PROCESS_CONTROL
    if 20 <= value <= 59:
        return FlagType.LOCAL
    if 60 <= value < 96:
        return FlagType.CHECK
    return FlagType.RESERVED


def x_flag_type__mutmut_19(flags: str) -> FlagType:
    validate_flags(flags)
    if not flags.isdigit():
        return FlagType.RESERVED
    value = int(flags)
    if value == 0:
        return FlagType.NONE
    if value <= 19 and value != 14:
        return FlagType.PROCESS_CONTROL
    if 20 <= value <= 59:
        return FlagType.LOCAL
    if 60 <= value <= 97:
        return FlagType.CHECK
    return FlagType.RESERVED

mutants_x_flag_type__mutmut['_mutmut_orig'] = x_flag_type__mutmut_orig # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_1'] = x_flag_type__mutmut_1 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_2'] = x_flag_type__mutmut_2 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_3'] = x_flag_type__mutmut_3 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_4'] = x_flag_type__mutmut_4 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_5'] = x_flag_type__mutmut_5 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_6'] = x_flag_type__mutmut_6 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_7'] = x_flag_type__mutmut_7 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_8'] = x_flag_type__mutmut_8 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_9'] = x_flag_type__mutmut_9 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_10'] = x_flag_type__mutmut_10 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_11'] = x_flag_type__mutmut_11 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_12'] = x_flag_type__mutmut_12 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_13'] = x_flag_type__mutmut_13 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_14'] = x_flag_type__mutmut_14 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_15'] = x_flag_type__mutmut_15 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_16'] = x_flag_type__mutmut_16 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_17'] = x_flag_type__mutmut_17 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_18'] = x_flag_type__mutmut_18 # type: ignore # mutmut generated
mutants_x_flag_type__mutmut['x_flag_type__mutmut_19'] = x_flag_type__mutmut_19 # type: ignore # mutmut generated
mutants_x_validate_flags__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_validate_flags__mutmut)
def validate_flags(flags: str) -> None:
    if len(flags) != 2:
        raise ScanError(f"DIN flags must be 2 characters, got {len(flags)}")
    if not all(ch in FIN_ALNUM for ch in flags):
        raise ScanError("DIN flags must be digits or upper-case letters (not O)")


def x_validate_flags__mutmut_orig(flags: str) -> None:
    if len(flags) != 2:
        raise ScanError(f"DIN flags must be 2 characters, got {len(flags)}")
    if not all(ch in FIN_ALNUM for ch in flags):
        raise ScanError("DIN flags must be digits or upper-case letters (not O)")


def x_validate_flags__mutmut_1(flags: str) -> None:
    if len(flags) == 2:
        raise ScanError(f"DIN flags must be 2 characters, got {len(flags)}")
    if not all(ch in FIN_ALNUM for ch in flags):
        raise ScanError("DIN flags must be digits or upper-case letters (not O)")


def x_validate_flags__mutmut_2(flags: str) -> None:
    if len(flags) != 3:
        raise ScanError(f"DIN flags must be 2 characters, got {len(flags)}")
    if not all(ch in FIN_ALNUM for ch in flags):
        raise ScanError("DIN flags must be digits or upper-case letters (not O)")


def x_validate_flags__mutmut_3(flags: str) -> None:
    if len(flags) != 2:
        raise ScanError(None)
    if not all(ch in FIN_ALNUM for ch in flags):
        raise ScanError("DIN flags must be digits or upper-case letters (not O)")


def x_validate_flags__mutmut_4(flags: str) -> None:
    if len(flags) != 2:
        raise ScanError(f"DIN flags must be 2 characters, got {len(flags)}")
    if all(ch in FIN_ALNUM for ch in flags):
        raise ScanError("DIN flags must be digits or upper-case letters (not O)")


def x_validate_flags__mutmut_5(flags: str) -> None:
    if len(flags) != 2:
        raise ScanError(f"DIN flags must be 2 characters, got {len(flags)}")
    if not all(None):
        raise ScanError("DIN flags must be digits or upper-case letters (not O)")


def x_validate_flags__mutmut_6(flags: str) -> None:
    if len(flags) != 2:
        raise ScanError(f"DIN flags must be 2 characters, got {len(flags)}")
    if not all(ch not in FIN_ALNUM for ch in flags):
        raise ScanError("DIN flags must be digits or upper-case letters (not O)")


def x_validate_flags__mutmut_7(flags: str) -> None:
    if len(flags) != 2:
        raise ScanError(f"DIN flags must be 2 characters, got {len(flags)}")
    if not all(ch in FIN_ALNUM for ch in flags):
        raise ScanError(None)


def x_validate_flags__mutmut_8(flags: str) -> None:
    if len(flags) != 2:
        raise ScanError(f"DIN flags must be 2 characters, got {len(flags)}")
    if not all(ch in FIN_ALNUM for ch in flags):
        raise ScanError("XXDIN flags must be digits or upper-case letters (not O)XX")


def x_validate_flags__mutmut_9(flags: str) -> None:
    if len(flags) != 2:
        raise ScanError(f"DIN flags must be 2 characters, got {len(flags)}")
    if not all(ch in FIN_ALNUM for ch in flags):
        raise ScanError("din flags must be digits or upper-case letters (not o)")


def x_validate_flags__mutmut_10(flags: str) -> None:
    if len(flags) != 2:
        raise ScanError(f"DIN flags must be 2 characters, got {len(flags)}")
    if not all(ch in FIN_ALNUM for ch in flags):
        raise ScanError("DIN FLAGS MUST BE DIGITS OR UPPER-CASE LETTERS (NOT O)")

mutants_x_validate_flags__mutmut['_mutmut_orig'] = x_validate_flags__mutmut_orig # type: ignore # mutmut generated
mutants_x_validate_flags__mutmut['x_validate_flags__mutmut_1'] = x_validate_flags__mutmut_1 # type: ignore # mutmut generated
mutants_x_validate_flags__mutmut['x_validate_flags__mutmut_2'] = x_validate_flags__mutmut_2 # type: ignore # mutmut generated
mutants_x_validate_flags__mutmut['x_validate_flags__mutmut_3'] = x_validate_flags__mutmut_3 # type: ignore # mutmut generated
mutants_x_validate_flags__mutmut['x_validate_flags__mutmut_4'] = x_validate_flags__mutmut_4 # type: ignore # mutmut generated
mutants_x_validate_flags__mutmut['x_validate_flags__mutmut_5'] = x_validate_flags__mutmut_5 # type: ignore # mutmut generated
mutants_x_validate_flags__mutmut['x_validate_flags__mutmut_6'] = x_validate_flags__mutmut_6 # type: ignore # mutmut generated
mutants_x_validate_flags__mutmut['x_validate_flags__mutmut_7'] = x_validate_flags__mutmut_7 # type: ignore # mutmut generated
mutants_x_validate_flags__mutmut['x_validate_flags__mutmut_8'] = x_validate_flags__mutmut_8 # type: ignore # mutmut generated
mutants_x_validate_flags__mutmut['x_validate_flags__mutmut_9'] = x_validate_flags__mutmut_9 # type: ignore # mutmut generated
mutants_x_validate_flags__mutmut['x_validate_flags__mutmut_10'] = x_validate_flags__mutmut_10 # type: ignore # mutmut generated
mutants_xǁDinScanǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁDinScanǁparse__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDinScanǁfields__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class DinScan:
    """DS001 as scanned: the DIN and its flag characters (ST-001 §2.4.1, Table 3)."""

    data_structure: ClassVar[str] = "001"
    data_identifier: ClassVar[str] = DATA_IDENTIFIER

    din: Din
    flags: str

    @_mutmut_mutated(mutants_xǁDinScanǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        # Table 3: a Type 3 flag (60-96) is 60 + the MOD 37-2 checksum of the 13 DIN characters.
        if self.flag_type == FlagType.CHECK and self.flags != self.din.check_flag():
            raise ScanError(f"DIN check flag is {self.din.check_flag()}, scanned {self.flags}")

    def xǁDinScanǁ__post_init____mutmut_orig(self) -> None:
        # Table 3: a Type 3 flag (60-96) is 60 + the MOD 37-2 checksum of the 13 DIN characters.
        if self.flag_type == FlagType.CHECK and self.flags != self.din.check_flag():
            raise ScanError(f"DIN check flag is {self.din.check_flag()}, scanned {self.flags}")

    def xǁDinScanǁ__post_init____mutmut_1(self) -> None:
        # Table 3: a Type 3 flag (60-96) is 60 + the MOD 37-2 checksum of the 13 DIN characters.
        if self.flag_type == FlagType.CHECK or self.flags != self.din.check_flag():
            raise ScanError(f"DIN check flag is {self.din.check_flag()}, scanned {self.flags}")

    def xǁDinScanǁ__post_init____mutmut_2(self) -> None:
        # Table 3: a Type 3 flag (60-96) is 60 + the MOD 37-2 checksum of the 13 DIN characters.
        if self.flag_type != FlagType.CHECK and self.flags != self.din.check_flag():
            raise ScanError(f"DIN check flag is {self.din.check_flag()}, scanned {self.flags}")

    def xǁDinScanǁ__post_init____mutmut_3(self) -> None:
        # Table 3: a Type 3 flag (60-96) is 60 + the MOD 37-2 checksum of the 13 DIN characters.
        if self.flag_type == FlagType.CHECK and self.flags == self.din.check_flag():
            raise ScanError(f"DIN check flag is {self.din.check_flag()}, scanned {self.flags}")

    def xǁDinScanǁ__post_init____mutmut_4(self) -> None:
        # Table 3: a Type 3 flag (60-96) is 60 + the MOD 37-2 checksum of the 13 DIN characters.
        if self.flag_type == FlagType.CHECK and self.flags != self.din.check_flag():
            raise ScanError(None)

    @classmethod
    @_mutmut_mutated(mutants_xǁDinScanǁparse__mutmut, is_classmethod = True)
    def parse(cls, content: str) -> DinScan:
        """Parses the 15 characters after ``=``; see parse_din_structure."""
        return parse_din_structure(content)

    @classmethod
    def xǁDinScanǁparse__mutmut_orig(cls, content: str) -> DinScan:
        """Parses the 15 characters after ``=``; see parse_din_structure."""
        return parse_din_structure(content)

    @classmethod
    def xǁDinScanǁparse__mutmut_1(cls, content: str) -> DinScan:
        """Parses the 15 characters after ``=``; see parse_din_structure."""
        return parse_din_structure(None)

    @property
    def flag_type(self) -> FlagType:
        return flag_type(self.flags)

    @property
    def content(self) -> str:
        return f"{self.din.text}{self.flags}"

    @property
    def text(self) -> str:
        return f"{DATA_IDENTIFIER}{self.content}"

    @_mutmut_mutated(mutants_xǁDinScanǁfields__mutmut)
    def fields(self) -> dict[str, Any]:
        return {
            "din": self.din.text,
            "facility": self.din.fin,
            "year": self.din.year,
            "sequence": self.din.sequence,
            "flags": self.flags,
            "flag_type": self.flag_type.value,
            "check_character": self.din.check_character,
            "eye_readable": self.din.eye_readable,
        }

    def xǁDinScanǁfields__mutmut_orig(self) -> dict[str, Any]:
        return {
            "din": self.din.text,
            "facility": self.din.fin,
            "year": self.din.year,
            "sequence": self.din.sequence,
            "flags": self.flags,
            "flag_type": self.flag_type.value,
            "check_character": self.din.check_character,
            "eye_readable": self.din.eye_readable,
        }

    def xǁDinScanǁfields__mutmut_1(self) -> dict[str, Any]:
        return {
            "XXdinXX": self.din.text,
            "facility": self.din.fin,
            "year": self.din.year,
            "sequence": self.din.sequence,
            "flags": self.flags,
            "flag_type": self.flag_type.value,
            "check_character": self.din.check_character,
            "eye_readable": self.din.eye_readable,
        }

    def xǁDinScanǁfields__mutmut_2(self) -> dict[str, Any]:
        return {
            "DIN": self.din.text,
            "facility": self.din.fin,
            "year": self.din.year,
            "sequence": self.din.sequence,
            "flags": self.flags,
            "flag_type": self.flag_type.value,
            "check_character": self.din.check_character,
            "eye_readable": self.din.eye_readable,
        }

    def xǁDinScanǁfields__mutmut_3(self) -> dict[str, Any]:
        return {
            "din": self.din.text,
            "XXfacilityXX": self.din.fin,
            "year": self.din.year,
            "sequence": self.din.sequence,
            "flags": self.flags,
            "flag_type": self.flag_type.value,
            "check_character": self.din.check_character,
            "eye_readable": self.din.eye_readable,
        }

    def xǁDinScanǁfields__mutmut_4(self) -> dict[str, Any]:
        return {
            "din": self.din.text,
            "FACILITY": self.din.fin,
            "year": self.din.year,
            "sequence": self.din.sequence,
            "flags": self.flags,
            "flag_type": self.flag_type.value,
            "check_character": self.din.check_character,
            "eye_readable": self.din.eye_readable,
        }

    def xǁDinScanǁfields__mutmut_5(self) -> dict[str, Any]:
        return {
            "din": self.din.text,
            "facility": self.din.fin,
            "XXyearXX": self.din.year,
            "sequence": self.din.sequence,
            "flags": self.flags,
            "flag_type": self.flag_type.value,
            "check_character": self.din.check_character,
            "eye_readable": self.din.eye_readable,
        }

    def xǁDinScanǁfields__mutmut_6(self) -> dict[str, Any]:
        return {
            "din": self.din.text,
            "facility": self.din.fin,
            "YEAR": self.din.year,
            "sequence": self.din.sequence,
            "flags": self.flags,
            "flag_type": self.flag_type.value,
            "check_character": self.din.check_character,
            "eye_readable": self.din.eye_readable,
        }

    def xǁDinScanǁfields__mutmut_7(self) -> dict[str, Any]:
        return {
            "din": self.din.text,
            "facility": self.din.fin,
            "year": self.din.year,
            "XXsequenceXX": self.din.sequence,
            "flags": self.flags,
            "flag_type": self.flag_type.value,
            "check_character": self.din.check_character,
            "eye_readable": self.din.eye_readable,
        }

    def xǁDinScanǁfields__mutmut_8(self) -> dict[str, Any]:
        return {
            "din": self.din.text,
            "facility": self.din.fin,
            "year": self.din.year,
            "SEQUENCE": self.din.sequence,
            "flags": self.flags,
            "flag_type": self.flag_type.value,
            "check_character": self.din.check_character,
            "eye_readable": self.din.eye_readable,
        }

    def xǁDinScanǁfields__mutmut_9(self) -> dict[str, Any]:
        return {
            "din": self.din.text,
            "facility": self.din.fin,
            "year": self.din.year,
            "sequence": self.din.sequence,
            "XXflagsXX": self.flags,
            "flag_type": self.flag_type.value,
            "check_character": self.din.check_character,
            "eye_readable": self.din.eye_readable,
        }

    def xǁDinScanǁfields__mutmut_10(self) -> dict[str, Any]:
        return {
            "din": self.din.text,
            "facility": self.din.fin,
            "year": self.din.year,
            "sequence": self.din.sequence,
            "FLAGS": self.flags,
            "flag_type": self.flag_type.value,
            "check_character": self.din.check_character,
            "eye_readable": self.din.eye_readable,
        }

    def xǁDinScanǁfields__mutmut_11(self) -> dict[str, Any]:
        return {
            "din": self.din.text,
            "facility": self.din.fin,
            "year": self.din.year,
            "sequence": self.din.sequence,
            "flags": self.flags,
            "XXflag_typeXX": self.flag_type.value,
            "check_character": self.din.check_character,
            "eye_readable": self.din.eye_readable,
        }

    def xǁDinScanǁfields__mutmut_12(self) -> dict[str, Any]:
        return {
            "din": self.din.text,
            "facility": self.din.fin,
            "year": self.din.year,
            "sequence": self.din.sequence,
            "flags": self.flags,
            "FLAG_TYPE": self.flag_type.value,
            "check_character": self.din.check_character,
            "eye_readable": self.din.eye_readable,
        }

    def xǁDinScanǁfields__mutmut_13(self) -> dict[str, Any]:
        return {
            "din": self.din.text,
            "facility": self.din.fin,
            "year": self.din.year,
            "sequence": self.din.sequence,
            "flags": self.flags,
            "flag_type": self.flag_type.value,
            "XXcheck_characterXX": self.din.check_character,
            "eye_readable": self.din.eye_readable,
        }

    def xǁDinScanǁfields__mutmut_14(self) -> dict[str, Any]:
        return {
            "din": self.din.text,
            "facility": self.din.fin,
            "year": self.din.year,
            "sequence": self.din.sequence,
            "flags": self.flags,
            "flag_type": self.flag_type.value,
            "CHECK_CHARACTER": self.din.check_character,
            "eye_readable": self.din.eye_readable,
        }

    def xǁDinScanǁfields__mutmut_15(self) -> dict[str, Any]:
        return {
            "din": self.din.text,
            "facility": self.din.fin,
            "year": self.din.year,
            "sequence": self.din.sequence,
            "flags": self.flags,
            "flag_type": self.flag_type.value,
            "check_character": self.din.check_character,
            "XXeye_readableXX": self.din.eye_readable,
        }

    def xǁDinScanǁfields__mutmut_16(self) -> dict[str, Any]:
        return {
            "din": self.din.text,
            "facility": self.din.fin,
            "year": self.din.year,
            "sequence": self.din.sequence,
            "flags": self.flags,
            "flag_type": self.flag_type.value,
            "check_character": self.din.check_character,
            "EYE_READABLE": self.din.eye_readable,
        }

mutants_xǁDinScanǁ__post_init____mutmut['_mutmut_orig'] = DinScan.xǁDinScanǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁDinScanǁ__post_init____mutmut['xǁDinScanǁ__post_init____mutmut_1'] = DinScan.xǁDinScanǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁDinScanǁ__post_init____mutmut['xǁDinScanǁ__post_init____mutmut_2'] = DinScan.xǁDinScanǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁDinScanǁ__post_init____mutmut['xǁDinScanǁ__post_init____mutmut_3'] = DinScan.xǁDinScanǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁDinScanǁ__post_init____mutmut['xǁDinScanǁ__post_init____mutmut_4'] = DinScan.xǁDinScanǁ__post_init____mutmut_4 # type: ignore # mutmut generated

mutants_xǁDinScanǁparse__mutmut['_mutmut_orig'] = DinScan.xǁDinScanǁparse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDinScanǁparse__mutmut['xǁDinScanǁparse__mutmut_1'] = DinScan.xǁDinScanǁparse__mutmut_1 # type: ignore # mutmut generated

mutants_xǁDinScanǁfields__mutmut['_mutmut_orig'] = DinScan.xǁDinScanǁfields__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDinScanǁfields__mutmut['xǁDinScanǁfields__mutmut_1'] = DinScan.xǁDinScanǁfields__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDinScanǁfields__mutmut['xǁDinScanǁfields__mutmut_2'] = DinScan.xǁDinScanǁfields__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDinScanǁfields__mutmut['xǁDinScanǁfields__mutmut_3'] = DinScan.xǁDinScanǁfields__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDinScanǁfields__mutmut['xǁDinScanǁfields__mutmut_4'] = DinScan.xǁDinScanǁfields__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDinScanǁfields__mutmut['xǁDinScanǁfields__mutmut_5'] = DinScan.xǁDinScanǁfields__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDinScanǁfields__mutmut['xǁDinScanǁfields__mutmut_6'] = DinScan.xǁDinScanǁfields__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDinScanǁfields__mutmut['xǁDinScanǁfields__mutmut_7'] = DinScan.xǁDinScanǁfields__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDinScanǁfields__mutmut['xǁDinScanǁfields__mutmut_8'] = DinScan.xǁDinScanǁfields__mutmut_8 # type: ignore # mutmut generated
mutants_xǁDinScanǁfields__mutmut['xǁDinScanǁfields__mutmut_9'] = DinScan.xǁDinScanǁfields__mutmut_9 # type: ignore # mutmut generated
mutants_xǁDinScanǁfields__mutmut['xǁDinScanǁfields__mutmut_10'] = DinScan.xǁDinScanǁfields__mutmut_10 # type: ignore # mutmut generated
mutants_xǁDinScanǁfields__mutmut['xǁDinScanǁfields__mutmut_11'] = DinScan.xǁDinScanǁfields__mutmut_11 # type: ignore # mutmut generated
mutants_xǁDinScanǁfields__mutmut['xǁDinScanǁfields__mutmut_12'] = DinScan.xǁDinScanǁfields__mutmut_12 # type: ignore # mutmut generated
mutants_xǁDinScanǁfields__mutmut['xǁDinScanǁfields__mutmut_13'] = DinScan.xǁDinScanǁfields__mutmut_13 # type: ignore # mutmut generated
mutants_xǁDinScanǁfields__mutmut['xǁDinScanǁfields__mutmut_14'] = DinScan.xǁDinScanǁfields__mutmut_14 # type: ignore # mutmut generated
mutants_xǁDinScanǁfields__mutmut['xǁDinScanǁfields__mutmut_15'] = DinScan.xǁDinScanǁfields__mutmut_15 # type: ignore # mutmut generated
mutants_xǁDinScanǁfields__mutmut['xǁDinScanǁfields__mutmut_16'] = DinScan.xǁDinScanǁfields__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_din_structure__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_din_structure__mutmut)
def parse_din_structure(content: str) -> DinScan:
    """Parses DS001 after its ``=``: 13 DIN characters then 2 flags; checks a Type 3 flag."""
    if len(content) != 15:
        raise ScanError(f"donation identification number (DS001) has 15 characters after '=', "
                        f"got {len(content)}")
    return DinScan(din=parse_din_text(content[:13]), flags=content[13:])


def x_parse_din_structure__mutmut_orig(content: str) -> DinScan:
    """Parses DS001 after its ``=``: 13 DIN characters then 2 flags; checks a Type 3 flag."""
    if len(content) != 15:
        raise ScanError(f"donation identification number (DS001) has 15 characters after '=', "
                        f"got {len(content)}")
    return DinScan(din=parse_din_text(content[:13]), flags=content[13:])


def x_parse_din_structure__mutmut_1(content: str) -> DinScan:
    """Parses DS001 after its ``=``: 13 DIN characters then 2 flags; checks a Type 3 flag."""
    if len(content) == 15:
        raise ScanError(f"donation identification number (DS001) has 15 characters after '=', "
                        f"got {len(content)}")
    return DinScan(din=parse_din_text(content[:13]), flags=content[13:])


def x_parse_din_structure__mutmut_2(content: str) -> DinScan:
    """Parses DS001 after its ``=``: 13 DIN characters then 2 flags; checks a Type 3 flag."""
    if len(content) != 16:
        raise ScanError(f"donation identification number (DS001) has 15 characters after '=', "
                        f"got {len(content)}")
    return DinScan(din=parse_din_text(content[:13]), flags=content[13:])


def x_parse_din_structure__mutmut_3(content: str) -> DinScan:
    """Parses DS001 after its ``=``: 13 DIN characters then 2 flags; checks a Type 3 flag."""
    if len(content) != 15:
        raise ScanError(None)
    return DinScan(din=parse_din_text(content[:13]), flags=content[13:])


def x_parse_din_structure__mutmut_4(content: str) -> DinScan:
    """Parses DS001 after its ``=``: 13 DIN characters then 2 flags; checks a Type 3 flag."""
    if len(content) != 15:
        raise ScanError(f"donation identification number (DS001) has 15 characters after '=', "
                        f"got {len(content)}")
    return DinScan(din=None, flags=content[13:])


def x_parse_din_structure__mutmut_5(content: str) -> DinScan:
    """Parses DS001 after its ``=``: 13 DIN characters then 2 flags; checks a Type 3 flag."""
    if len(content) != 15:
        raise ScanError(f"donation identification number (DS001) has 15 characters after '=', "
                        f"got {len(content)}")
    return DinScan(din=parse_din_text(content[:13]), flags=None)


def x_parse_din_structure__mutmut_6(content: str) -> DinScan:
    """Parses DS001 after its ``=``: 13 DIN characters then 2 flags; checks a Type 3 flag."""
    if len(content) != 15:
        raise ScanError(f"donation identification number (DS001) has 15 characters after '=', "
                        f"got {len(content)}")
    return DinScan(flags=content[13:])


def x_parse_din_structure__mutmut_7(content: str) -> DinScan:
    """Parses DS001 after its ``=``: 13 DIN characters then 2 flags; checks a Type 3 flag."""
    if len(content) != 15:
        raise ScanError(f"donation identification number (DS001) has 15 characters after '=', "
                        f"got {len(content)}")
    return DinScan(din=parse_din_text(content[:13]), )


def x_parse_din_structure__mutmut_8(content: str) -> DinScan:
    """Parses DS001 after its ``=``: 13 DIN characters then 2 flags; checks a Type 3 flag."""
    if len(content) != 15:
        raise ScanError(f"donation identification number (DS001) has 15 characters after '=', "
                        f"got {len(content)}")
    return DinScan(din=parse_din_text(None), flags=content[13:])


def x_parse_din_structure__mutmut_9(content: str) -> DinScan:
    """Parses DS001 after its ``=``: 13 DIN characters then 2 flags; checks a Type 3 flag."""
    if len(content) != 15:
        raise ScanError(f"donation identification number (DS001) has 15 characters after '=', "
                        f"got {len(content)}")
    return DinScan(din=parse_din_text(content[:14]), flags=content[13:])


def x_parse_din_structure__mutmut_10(content: str) -> DinScan:
    """Parses DS001 after its ``=``: 13 DIN characters then 2 flags; checks a Type 3 flag."""
    if len(content) != 15:
        raise ScanError(f"donation identification number (DS001) has 15 characters after '=', "
                        f"got {len(content)}")
    return DinScan(din=parse_din_text(content[:13]), flags=content[14:])

mutants_x_parse_din_structure__mutmut['_mutmut_orig'] = x_parse_din_structure__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_din_structure__mutmut['x_parse_din_structure__mutmut_1'] = x_parse_din_structure__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_din_structure__mutmut['x_parse_din_structure__mutmut_2'] = x_parse_din_structure__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_din_structure__mutmut['x_parse_din_structure__mutmut_3'] = x_parse_din_structure__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_din_structure__mutmut['x_parse_din_structure__mutmut_4'] = x_parse_din_structure__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_din_structure__mutmut['x_parse_din_structure__mutmut_5'] = x_parse_din_structure__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_din_structure__mutmut['x_parse_din_structure__mutmut_6'] = x_parse_din_structure__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_din_structure__mutmut['x_parse_din_structure__mutmut_7'] = x_parse_din_structure__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_din_structure__mutmut['x_parse_din_structure__mutmut_8'] = x_parse_din_structure__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_din_structure__mutmut['x_parse_din_structure__mutmut_9'] = x_parse_din_structure__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_din_structure__mutmut['x_parse_din_structure__mutmut_10'] = x_parse_din_structure__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_keyed_din__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_keyed_din__mutmut)
def parse_keyed_din(text: str) -> Din:
    """Parses a DIN typed from the eye-readable label: 13 characters plus the check character.

    Spaces are ignored; the keyboard-entry check character K is mandatory because a typed DIN
    has no bar code to protect it (ST-001 §7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 14:
        raise ScanError(f"a typed DIN needs 13 characters and its check character, got "
                        f"{len(compact)} characters")
    din = parse_din_text(compact[:13])
    if compact[13] != din.check_character:
        raise ScanError(f"check character is {din.check_character}, typed {compact[13]}")
    return din


def x_parse_keyed_din__mutmut_orig(text: str) -> Din:
    """Parses a DIN typed from the eye-readable label: 13 characters plus the check character.

    Spaces are ignored; the keyboard-entry check character K is mandatory because a typed DIN
    has no bar code to protect it (ST-001 §7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 14:
        raise ScanError(f"a typed DIN needs 13 characters and its check character, got "
                        f"{len(compact)} characters")
    din = parse_din_text(compact[:13])
    if compact[13] != din.check_character:
        raise ScanError(f"check character is {din.check_character}, typed {compact[13]}")
    return din


def x_parse_keyed_din__mutmut_1(text: str) -> Din:
    """Parses a DIN typed from the eye-readable label: 13 characters plus the check character.

    Spaces are ignored; the keyboard-entry check character K is mandatory because a typed DIN
    has no bar code to protect it (ST-001 §7.5).
    """
    compact = None
    if len(compact) != 14:
        raise ScanError(f"a typed DIN needs 13 characters and its check character, got "
                        f"{len(compact)} characters")
    din = parse_din_text(compact[:13])
    if compact[13] != din.check_character:
        raise ScanError(f"check character is {din.check_character}, typed {compact[13]}")
    return din


def x_parse_keyed_din__mutmut_2(text: str) -> Din:
    """Parses a DIN typed from the eye-readable label: 13 characters plus the check character.

    Spaces are ignored; the keyboard-entry check character K is mandatory because a typed DIN
    has no bar code to protect it (ST-001 §7.5).
    """
    compact = "".join(text.split()).lower()
    if len(compact) != 14:
        raise ScanError(f"a typed DIN needs 13 characters and its check character, got "
                        f"{len(compact)} characters")
    din = parse_din_text(compact[:13])
    if compact[13] != din.check_character:
        raise ScanError(f"check character is {din.check_character}, typed {compact[13]}")
    return din


def x_parse_keyed_din__mutmut_3(text: str) -> Din:
    """Parses a DIN typed from the eye-readable label: 13 characters plus the check character.

    Spaces are ignored; the keyboard-entry check character K is mandatory because a typed DIN
    has no bar code to protect it (ST-001 §7.5).
    """
    compact = "".join(None).upper()
    if len(compact) != 14:
        raise ScanError(f"a typed DIN needs 13 characters and its check character, got "
                        f"{len(compact)} characters")
    din = parse_din_text(compact[:13])
    if compact[13] != din.check_character:
        raise ScanError(f"check character is {din.check_character}, typed {compact[13]}")
    return din


def x_parse_keyed_din__mutmut_4(text: str) -> Din:
    """Parses a DIN typed from the eye-readable label: 13 characters plus the check character.

    Spaces are ignored; the keyboard-entry check character K is mandatory because a typed DIN
    has no bar code to protect it (ST-001 §7.5).
    """
    compact = "XXXX".join(text.split()).upper()
    if len(compact) != 14:
        raise ScanError(f"a typed DIN needs 13 characters and its check character, got "
                        f"{len(compact)} characters")
    din = parse_din_text(compact[:13])
    if compact[13] != din.check_character:
        raise ScanError(f"check character is {din.check_character}, typed {compact[13]}")
    return din


def x_parse_keyed_din__mutmut_5(text: str) -> Din:
    """Parses a DIN typed from the eye-readable label: 13 characters plus the check character.

    Spaces are ignored; the keyboard-entry check character K is mandatory because a typed DIN
    has no bar code to protect it (ST-001 §7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) == 14:
        raise ScanError(f"a typed DIN needs 13 characters and its check character, got "
                        f"{len(compact)} characters")
    din = parse_din_text(compact[:13])
    if compact[13] != din.check_character:
        raise ScanError(f"check character is {din.check_character}, typed {compact[13]}")
    return din


def x_parse_keyed_din__mutmut_6(text: str) -> Din:
    """Parses a DIN typed from the eye-readable label: 13 characters plus the check character.

    Spaces are ignored; the keyboard-entry check character K is mandatory because a typed DIN
    has no bar code to protect it (ST-001 §7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 15:
        raise ScanError(f"a typed DIN needs 13 characters and its check character, got "
                        f"{len(compact)} characters")
    din = parse_din_text(compact[:13])
    if compact[13] != din.check_character:
        raise ScanError(f"check character is {din.check_character}, typed {compact[13]}")
    return din


def x_parse_keyed_din__mutmut_7(text: str) -> Din:
    """Parses a DIN typed from the eye-readable label: 13 characters plus the check character.

    Spaces are ignored; the keyboard-entry check character K is mandatory because a typed DIN
    has no bar code to protect it (ST-001 §7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 14:
        raise ScanError(None)
    din = parse_din_text(compact[:13])
    if compact[13] != din.check_character:
        raise ScanError(f"check character is {din.check_character}, typed {compact[13]}")
    return din


def x_parse_keyed_din__mutmut_8(text: str) -> Din:
    """Parses a DIN typed from the eye-readable label: 13 characters plus the check character.

    Spaces are ignored; the keyboard-entry check character K is mandatory because a typed DIN
    has no bar code to protect it (ST-001 §7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 14:
        raise ScanError(f"a typed DIN needs 13 characters and its check character, got "
                        f"{len(compact)} characters")
    din = None
    if compact[13] != din.check_character:
        raise ScanError(f"check character is {din.check_character}, typed {compact[13]}")
    return din


def x_parse_keyed_din__mutmut_9(text: str) -> Din:
    """Parses a DIN typed from the eye-readable label: 13 characters plus the check character.

    Spaces are ignored; the keyboard-entry check character K is mandatory because a typed DIN
    has no bar code to protect it (ST-001 §7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 14:
        raise ScanError(f"a typed DIN needs 13 characters and its check character, got "
                        f"{len(compact)} characters")
    din = parse_din_text(None)
    if compact[13] != din.check_character:
        raise ScanError(f"check character is {din.check_character}, typed {compact[13]}")
    return din


def x_parse_keyed_din__mutmut_10(text: str) -> Din:
    """Parses a DIN typed from the eye-readable label: 13 characters plus the check character.

    Spaces are ignored; the keyboard-entry check character K is mandatory because a typed DIN
    has no bar code to protect it (ST-001 §7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 14:
        raise ScanError(f"a typed DIN needs 13 characters and its check character, got "
                        f"{len(compact)} characters")
    din = parse_din_text(compact[:14])
    if compact[13] != din.check_character:
        raise ScanError(f"check character is {din.check_character}, typed {compact[13]}")
    return din


def x_parse_keyed_din__mutmut_11(text: str) -> Din:
    """Parses a DIN typed from the eye-readable label: 13 characters plus the check character.

    Spaces are ignored; the keyboard-entry check character K is mandatory because a typed DIN
    has no bar code to protect it (ST-001 §7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 14:
        raise ScanError(f"a typed DIN needs 13 characters and its check character, got "
                        f"{len(compact)} characters")
    din = parse_din_text(compact[:13])
    if compact[14] != din.check_character:
        raise ScanError(f"check character is {din.check_character}, typed {compact[13]}")
    return din


def x_parse_keyed_din__mutmut_12(text: str) -> Din:
    """Parses a DIN typed from the eye-readable label: 13 characters plus the check character.

    Spaces are ignored; the keyboard-entry check character K is mandatory because a typed DIN
    has no bar code to protect it (ST-001 §7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 14:
        raise ScanError(f"a typed DIN needs 13 characters and its check character, got "
                        f"{len(compact)} characters")
    din = parse_din_text(compact[:13])
    if compact[13] == din.check_character:
        raise ScanError(f"check character is {din.check_character}, typed {compact[13]}")
    return din


def x_parse_keyed_din__mutmut_13(text: str) -> Din:
    """Parses a DIN typed from the eye-readable label: 13 characters plus the check character.

    Spaces are ignored; the keyboard-entry check character K is mandatory because a typed DIN
    has no bar code to protect it (ST-001 §7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 14:
        raise ScanError(f"a typed DIN needs 13 characters and its check character, got "
                        f"{len(compact)} characters")
    din = parse_din_text(compact[:13])
    if compact[13] != din.check_character:
        raise ScanError(None)
    return din


def x_parse_keyed_din__mutmut_14(text: str) -> Din:
    """Parses a DIN typed from the eye-readable label: 13 characters plus the check character.

    Spaces are ignored; the keyboard-entry check character K is mandatory because a typed DIN
    has no bar code to protect it (ST-001 §7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 14:
        raise ScanError(f"a typed DIN needs 13 characters and its check character, got "
                        f"{len(compact)} characters")
    din = parse_din_text(compact[:13])
    if compact[13] != din.check_character:
        raise ScanError(f"check character is {din.check_character}, typed {compact[14]}")
    return din

mutants_x_parse_keyed_din__mutmut['_mutmut_orig'] = x_parse_keyed_din__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_keyed_din__mutmut['x_parse_keyed_din__mutmut_1'] = x_parse_keyed_din__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_keyed_din__mutmut['x_parse_keyed_din__mutmut_2'] = x_parse_keyed_din__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_keyed_din__mutmut['x_parse_keyed_din__mutmut_3'] = x_parse_keyed_din__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_keyed_din__mutmut['x_parse_keyed_din__mutmut_4'] = x_parse_keyed_din__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_keyed_din__mutmut['x_parse_keyed_din__mutmut_5'] = x_parse_keyed_din__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_keyed_din__mutmut['x_parse_keyed_din__mutmut_6'] = x_parse_keyed_din__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_keyed_din__mutmut['x_parse_keyed_din__mutmut_7'] = x_parse_keyed_din__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_keyed_din__mutmut['x_parse_keyed_din__mutmut_8'] = x_parse_keyed_din__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_keyed_din__mutmut['x_parse_keyed_din__mutmut_9'] = x_parse_keyed_din__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_keyed_din__mutmut['x_parse_keyed_din__mutmut_10'] = x_parse_keyed_din__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_keyed_din__mutmut['x_parse_keyed_din__mutmut_11'] = x_parse_keyed_din__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_keyed_din__mutmut['x_parse_keyed_din__mutmut_12'] = x_parse_keyed_din__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_keyed_din__mutmut['x_parse_keyed_din__mutmut_13'] = x_parse_keyed_din__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_keyed_din__mutmut['x_parse_keyed_din__mutmut_14'] = x_parse_keyed_din__mutmut_14 # type: ignore # mutmut generated
