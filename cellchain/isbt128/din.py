"""Donation Identification Number, data structure 001 ``=αppppyynnnnnnff`` (ST-001 §2.4.1)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar

from cellchain.isbt128.checkchar import check_character, check_failed, check_value
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.formats import DIGITS, FIN_ALNUM, FIN_FIRST

DATA_IDENTIFIER = "="


class FlagType(StrEnum):
    NONE = "none"  # 00
    PROCESS_CONTROL = "process_control"  # Type 1: 01-19, ICCBBA-defined
    LOCAL = "local"  # Type 2: 20-59, meaning set by the facility
    CHECK = "check"  # Type 3: 60-96, 60 + MOD 37-2 checksum of the DIN
    RESERVED = "reserved"


@dataclass(frozen=True)
class Din:
    """A 13-character DIN; flags are not part of it."""

    fin: str
    year: str
    sequence: str

    def __post_init__(self) -> None:
        for part, length, what in ((self.fin, 5, "DIN facility identifier"),
                                   (self.year, 2, "DIN year"),
                                   (self.sequence, 6, "DIN sequence number")):
            if len(part) != length:
                raise ScanError(f"{what} must be {length} characters, got {len(part)}")
        _check_din_text(self.text)

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

    def check_flag(self) -> str:
        """Returns the Type 3 flag: 60 + the MOD 37-2 checksum, two digits."""
        return f"{60 + check_value(self.text, what='DIN'):02d}"

    def barcode_text(self, flags: str = "00") -> str:
        """Returns the data structure as encoded in a bar code: ``=`` + DIN + flags."""
        validate_flags(flags)
        return f"{DATA_IDENTIFIER}{self.text}{flags}"


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


def parse_din_text(text: str) -> Din:
    """Parses a bare 13-character DIN, naming the first position that breaks the format."""
    _check_din_text(text)
    return Din(fin=text[:5], year=text[5:7], sequence=text[7:13])


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


def validate_flags(flags: str) -> None:
    if len(flags) != 2:
        raise ScanError(f"DIN flags must be 2 characters, got {len(flags)}")
    if not all(ch in FIN_ALNUM for ch in flags):
        raise ScanError("DIN flags must be digits or upper-case letters (not O)")


@dataclass(frozen=True)
class DinScan:
    """DS001 as scanned: the DIN and its flag characters (ST-001 §2.4.1, Table 3)."""

    data_structure: ClassVar[str] = "001"
    data_identifier: ClassVar[str] = DATA_IDENTIFIER

    din: Din
    flags: str

    def __post_init__(self) -> None:
        # Table 3: a Type 3 flag (60-96) is 60 + the MOD 37-2 checksum of the 13 DIN characters.
        if self.flag_type == FlagType.CHECK and self.flags != self.din.check_flag():
            raise ScanError(check_failed("DIN", typed=False, part="check flags"))

    @classmethod
    def parse(cls, content: str) -> DinScan:
        """Parses the 15 characters after ``=``; see parse_din_structure."""
        return parse_din_structure(content)

    @property
    def flag_type(self) -> FlagType:
        return flag_type(self.flags)

    @property
    def content(self) -> str:
        return f"{self.din.text}{self.flags}"

    @property
    def text(self) -> str:
        return f"{DATA_IDENTIFIER}{self.content}"

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


def parse_din_structure(content: str) -> DinScan:
    """Parses DS001 after its ``=``: 13 DIN characters then 2 flags; checks a Type 3 flag."""
    if len(content) != 15:
        raise ScanError(f"donation identification number (DS001) has 15 characters after '=', "
                        f"got {len(content)}")
    return DinScan(din=parse_din_text(content[:13]), flags=content[13:])


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
        raise ScanError(check_failed("DIN", typed=True))
    return din
