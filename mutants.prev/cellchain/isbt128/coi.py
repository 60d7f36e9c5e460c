"""Chain of Identity Identifier, data structure 040 ``&/CHαppppyynnnnnn`` (ST-001 §2.4.40).

``αpppp`` is the FIN of the issuing organisation (as for the DIN), ``yy`` the nominal year of
issue and ``nnnnnn`` six characters A-Z/0-9 assigned by the issuer. The keyboard-entry check
character K is required wherever the identifier is printed (ST-001 §7.5, Table 30).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from cellchain.isbt128.checkchar import check_character
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.formats import (
    UPPER_ALNUM,
    require_chars,
    require_digits,
    require_issuing_fin,
    require_length,
)
from cellchain.isbt128.identifiers import require_content_length

LITERAL = "CH"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁCoiIdentifierǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁCoiIdentifierǁparse__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCoiIdentifierǁfields__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class CoiIdentifier:
    """One subject's chain-of-identity identifier.

    Check character [INFERRED]: ISO/IEC 7064 MOD 37-2 over the whole 15-character data content
    *including* the literal ``CH``. ST-001 §7.5 computes K over a structure's data content
    string without its data identifier, and for DS040 ``CH`` is part of that content; ST-028,
    which may say otherwise, could not be read. Revisit if ST-028 excludes ``CH``.
    """

    data_structure: ClassVar[str] = "040"
    data_identifier: ClassVar[str] = "&/"

    fin: str
    year: str
    sequence: str

    @_mutmut_mutated(mutants_xǁCoiIdentifierǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_orig(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_1(self) -> None:
        require_issuing_fin(None, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_2(self) -> None:
        require_issuing_fin(self.fin, None)
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_3(self) -> None:
        require_issuing_fin("COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_4(self) -> None:
        require_issuing_fin(self.fin, )
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_5(self) -> None:
        require_issuing_fin(self.fin, "XXCOIXX")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_6(self) -> None:
        require_issuing_fin(self.fin, "coi")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_7(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(None, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_8(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, None, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_9(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, None)
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_10(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_11(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_12(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, )
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_13(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 3, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_14(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "XXCOI yearXX")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_15(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "coi year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_16(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI YEAR")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_17(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(None, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_18(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, None, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_19(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, None)
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_20(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_21(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_22(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, )
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_23(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 7, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_24(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "XXCOI sequenceXX")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_25(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "coi sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_26(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI SEQUENCE")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_27(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(None, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_28(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, None, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_29(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, None, "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_30(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", None)

    def xǁCoiIdentifierǁ__post_init____mutmut_31(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_32(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, "COI sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_33(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_34(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", )

    def xǁCoiIdentifierǁ__post_init____mutmut_35(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "XXCOI sequenceXX", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_36(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "coi sequence", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_37(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI SEQUENCE", "A-Z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_38(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "XXA-Z or 0-9XX")

    def xǁCoiIdentifierǁ__post_init____mutmut_39(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "a-z or 0-9")

    def xǁCoiIdentifierǁ__post_init____mutmut_40(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z OR 0-9")

    @classmethod
    @_mutmut_mutated(mutants_xǁCoiIdentifierǁparse__mutmut, is_classmethod = True)
    def parse(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, content)
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=content[2:7], year=content[7:9], sequence=content[9:])

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_orig(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, content)
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=content[2:7], year=content[7:9], sequence=content[9:])

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_1(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(None, content)
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=content[2:7], year=content[7:9], sequence=content[9:])

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_2(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, None)
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=content[2:7], year=content[7:9], sequence=content[9:])

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_3(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(content)
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=content[2:7], year=content[7:9], sequence=content[9:])

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_4(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, )
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=content[2:7], year=content[7:9], sequence=content[9:])

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_5(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, content)
        if content[:3] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=content[2:7], year=content[7:9], sequence=content[9:])

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_6(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, content)
        if content[:2] == LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=content[2:7], year=content[7:9], sequence=content[9:])

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_7(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, content)
        if content[:2] != LITERAL:
            raise ScanError(None)
        return cls(fin=content[2:7], year=content[7:9], sequence=content[9:])

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_8(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, content)
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:3]!r}")
        return cls(fin=content[2:7], year=content[7:9], sequence=content[9:])

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_9(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, content)
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=None, year=content[7:9], sequence=content[9:])

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_10(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, content)
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=content[2:7], year=None, sequence=content[9:])

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_11(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, content)
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=content[2:7], year=content[7:9], sequence=None)

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_12(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, content)
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(year=content[7:9], sequence=content[9:])

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_13(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, content)
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=content[2:7], sequence=content[9:])

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_14(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, content)
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=content[2:7], year=content[7:9], )

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_15(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, content)
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=content[3:7], year=content[7:9], sequence=content[9:])

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_16(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, content)
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=content[2:8], year=content[7:9], sequence=content[9:])

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_17(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, content)
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=content[2:7], year=content[8:9], sequence=content[9:])

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_18(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, content)
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=content[2:7], year=content[7:10], sequence=content[9:])

    @classmethod
    def xǁCoiIdentifierǁparse__mutmut_19(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, content)
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=content[2:7], year=content[7:9], sequence=content[10:])

    @property
    def content(self) -> str:
        return f"{LITERAL}{self.fin}{self.year}{self.sequence}"

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    @property
    def check_character(self) -> str:
        """Returns K: MOD 37-2 over the 15-character content including ``CH`` (see class doc)."""
        return check_character(self.content, what="COI")

    @property
    def eye_readable(self) -> str:
        """Returns e.g. ``CH A9990 26 000001``; K is printed boxed, separately (ST-001 §7.5)."""
        return f"{LITERAL} {self.fin} {self.year} {self.sequence}"

    @_mutmut_mutated(mutants_xǁCoiIdentifierǁfields__mutmut)
    def fields(self) -> dict[str, Any]:
        return {
            "coi": self.content,
            "facility": self.fin,
            "year": self.year,
            "sequence": self.sequence,
            "check_character": self.check_character,
            "eye_readable": self.eye_readable,
        }

    def xǁCoiIdentifierǁfields__mutmut_orig(self) -> dict[str, Any]:
        return {
            "coi": self.content,
            "facility": self.fin,
            "year": self.year,
            "sequence": self.sequence,
            "check_character": self.check_character,
            "eye_readable": self.eye_readable,
        }

    def xǁCoiIdentifierǁfields__mutmut_1(self) -> dict[str, Any]:
        return {
            "XXcoiXX": self.content,
            "facility": self.fin,
            "year": self.year,
            "sequence": self.sequence,
            "check_character": self.check_character,
            "eye_readable": self.eye_readable,
        }

    def xǁCoiIdentifierǁfields__mutmut_2(self) -> dict[str, Any]:
        return {
            "COI": self.content,
            "facility": self.fin,
            "year": self.year,
            "sequence": self.sequence,
            "check_character": self.check_character,
            "eye_readable": self.eye_readable,
        }

    def xǁCoiIdentifierǁfields__mutmut_3(self) -> dict[str, Any]:
        return {
            "coi": self.content,
            "XXfacilityXX": self.fin,
            "year": self.year,
            "sequence": self.sequence,
            "check_character": self.check_character,
            "eye_readable": self.eye_readable,
        }

    def xǁCoiIdentifierǁfields__mutmut_4(self) -> dict[str, Any]:
        return {
            "coi": self.content,
            "FACILITY": self.fin,
            "year": self.year,
            "sequence": self.sequence,
            "check_character": self.check_character,
            "eye_readable": self.eye_readable,
        }

    def xǁCoiIdentifierǁfields__mutmut_5(self) -> dict[str, Any]:
        return {
            "coi": self.content,
            "facility": self.fin,
            "XXyearXX": self.year,
            "sequence": self.sequence,
            "check_character": self.check_character,
            "eye_readable": self.eye_readable,
        }

    def xǁCoiIdentifierǁfields__mutmut_6(self) -> dict[str, Any]:
        return {
            "coi": self.content,
            "facility": self.fin,
            "YEAR": self.year,
            "sequence": self.sequence,
            "check_character": self.check_character,
            "eye_readable": self.eye_readable,
        }

    def xǁCoiIdentifierǁfields__mutmut_7(self) -> dict[str, Any]:
        return {
            "coi": self.content,
            "facility": self.fin,
            "year": self.year,
            "XXsequenceXX": self.sequence,
            "check_character": self.check_character,
            "eye_readable": self.eye_readable,
        }

    def xǁCoiIdentifierǁfields__mutmut_8(self) -> dict[str, Any]:
        return {
            "coi": self.content,
            "facility": self.fin,
            "year": self.year,
            "SEQUENCE": self.sequence,
            "check_character": self.check_character,
            "eye_readable": self.eye_readable,
        }

    def xǁCoiIdentifierǁfields__mutmut_9(self) -> dict[str, Any]:
        return {
            "coi": self.content,
            "facility": self.fin,
            "year": self.year,
            "sequence": self.sequence,
            "XXcheck_characterXX": self.check_character,
            "eye_readable": self.eye_readable,
        }

    def xǁCoiIdentifierǁfields__mutmut_10(self) -> dict[str, Any]:
        return {
            "coi": self.content,
            "facility": self.fin,
            "year": self.year,
            "sequence": self.sequence,
            "CHECK_CHARACTER": self.check_character,
            "eye_readable": self.eye_readable,
        }

    def xǁCoiIdentifierǁfields__mutmut_11(self) -> dict[str, Any]:
        return {
            "coi": self.content,
            "facility": self.fin,
            "year": self.year,
            "sequence": self.sequence,
            "check_character": self.check_character,
            "XXeye_readableXX": self.eye_readable,
        }

    def xǁCoiIdentifierǁfields__mutmut_12(self) -> dict[str, Any]:
        return {
            "coi": self.content,
            "facility": self.fin,
            "year": self.year,
            "sequence": self.sequence,
            "check_character": self.check_character,
            "EYE_READABLE": self.eye_readable,
        }

mutants_xǁCoiIdentifierǁ__post_init____mutmut['_mutmut_orig'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_1'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_2'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_3'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_4'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_5'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_6'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_7'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_8'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_9'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_10'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_11'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_12'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_13'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_14'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_15'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_16'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_17'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_18'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_19'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_20'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_21'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_22'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_23'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_24'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_25'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_26'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_27'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_28'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_29'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_30'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_31'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_32'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_33'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_34'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_35'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_35 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_36'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_36 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_37'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_37 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_38'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_38 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_39'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_39 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁ__post_init____mutmut['xǁCoiIdentifierǁ__post_init____mutmut_40'] = CoiIdentifier.xǁCoiIdentifierǁ__post_init____mutmut_40 # type: ignore # mutmut generated

mutants_xǁCoiIdentifierǁparse__mutmut['_mutmut_orig'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_1'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_2'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_3'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_4'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_5'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_6'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_7'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_8'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_9'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_10'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_11'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_11 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_12'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_12 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_13'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_13 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_14'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_14 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_15'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_15 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_16'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_16 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_17'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_17 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_18'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_18 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁparse__mutmut['xǁCoiIdentifierǁparse__mutmut_19'] = CoiIdentifier.xǁCoiIdentifierǁparse__mutmut_19 # type: ignore # mutmut generated

mutants_xǁCoiIdentifierǁfields__mutmut['_mutmut_orig'] = CoiIdentifier.xǁCoiIdentifierǁfields__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁfields__mutmut['xǁCoiIdentifierǁfields__mutmut_1'] = CoiIdentifier.xǁCoiIdentifierǁfields__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁfields__mutmut['xǁCoiIdentifierǁfields__mutmut_2'] = CoiIdentifier.xǁCoiIdentifierǁfields__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁfields__mutmut['xǁCoiIdentifierǁfields__mutmut_3'] = CoiIdentifier.xǁCoiIdentifierǁfields__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁfields__mutmut['xǁCoiIdentifierǁfields__mutmut_4'] = CoiIdentifier.xǁCoiIdentifierǁfields__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁfields__mutmut['xǁCoiIdentifierǁfields__mutmut_5'] = CoiIdentifier.xǁCoiIdentifierǁfields__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁfields__mutmut['xǁCoiIdentifierǁfields__mutmut_6'] = CoiIdentifier.xǁCoiIdentifierǁfields__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁfields__mutmut['xǁCoiIdentifierǁfields__mutmut_7'] = CoiIdentifier.xǁCoiIdentifierǁfields__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁfields__mutmut['xǁCoiIdentifierǁfields__mutmut_8'] = CoiIdentifier.xǁCoiIdentifierǁfields__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁfields__mutmut['xǁCoiIdentifierǁfields__mutmut_9'] = CoiIdentifier.xǁCoiIdentifierǁfields__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁfields__mutmut['xǁCoiIdentifierǁfields__mutmut_10'] = CoiIdentifier.xǁCoiIdentifierǁfields__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁfields__mutmut['xǁCoiIdentifierǁfields__mutmut_11'] = CoiIdentifier.xǁCoiIdentifierǁfields__mutmut_11 # type: ignore # mutmut generated
mutants_xǁCoiIdentifierǁfields__mutmut['xǁCoiIdentifierǁfields__mutmut_12'] = CoiIdentifier.xǁCoiIdentifierǁfields__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_keyed_coi__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_keyed_coi__mutmut)
def parse_keyed_coi(text: str) -> CoiIdentifier:
    """Parses a COI typed from its eye-readable text: 15 characters plus the check character K.

    Spaces are ignored and K is mandatory: typed text has no bar code to protect it (§7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 16:
        raise ScanError(f"a typed COI needs its 15 characters (CH, facility, year, sequence) "
                        f"and its check character, got {len(compact)} characters")
    coi = CoiIdentifier.parse(compact[:15])
    if compact[15] != coi.check_character:
        raise ScanError(f"check character is {coi.check_character}, typed {compact[15]}")
    return coi


def x_parse_keyed_coi__mutmut_orig(text: str) -> CoiIdentifier:
    """Parses a COI typed from its eye-readable text: 15 characters plus the check character K.

    Spaces are ignored and K is mandatory: typed text has no bar code to protect it (§7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 16:
        raise ScanError(f"a typed COI needs its 15 characters (CH, facility, year, sequence) "
                        f"and its check character, got {len(compact)} characters")
    coi = CoiIdentifier.parse(compact[:15])
    if compact[15] != coi.check_character:
        raise ScanError(f"check character is {coi.check_character}, typed {compact[15]}")
    return coi


def x_parse_keyed_coi__mutmut_1(text: str) -> CoiIdentifier:
    """Parses a COI typed from its eye-readable text: 15 characters plus the check character K.

    Spaces are ignored and K is mandatory: typed text has no bar code to protect it (§7.5).
    """
    compact = None
    if len(compact) != 16:
        raise ScanError(f"a typed COI needs its 15 characters (CH, facility, year, sequence) "
                        f"and its check character, got {len(compact)} characters")
    coi = CoiIdentifier.parse(compact[:15])
    if compact[15] != coi.check_character:
        raise ScanError(f"check character is {coi.check_character}, typed {compact[15]}")
    return coi


def x_parse_keyed_coi__mutmut_2(text: str) -> CoiIdentifier:
    """Parses a COI typed from its eye-readable text: 15 characters plus the check character K.

    Spaces are ignored and K is mandatory: typed text has no bar code to protect it (§7.5).
    """
    compact = "".join(text.split()).lower()
    if len(compact) != 16:
        raise ScanError(f"a typed COI needs its 15 characters (CH, facility, year, sequence) "
                        f"and its check character, got {len(compact)} characters")
    coi = CoiIdentifier.parse(compact[:15])
    if compact[15] != coi.check_character:
        raise ScanError(f"check character is {coi.check_character}, typed {compact[15]}")
    return coi


def x_parse_keyed_coi__mutmut_3(text: str) -> CoiIdentifier:
    """Parses a COI typed from its eye-readable text: 15 characters plus the check character K.

    Spaces are ignored and K is mandatory: typed text has no bar code to protect it (§7.5).
    """
    compact = "".join(None).upper()
    if len(compact) != 16:
        raise ScanError(f"a typed COI needs its 15 characters (CH, facility, year, sequence) "
                        f"and its check character, got {len(compact)} characters")
    coi = CoiIdentifier.parse(compact[:15])
    if compact[15] != coi.check_character:
        raise ScanError(f"check character is {coi.check_character}, typed {compact[15]}")
    return coi


def x_parse_keyed_coi__mutmut_4(text: str) -> CoiIdentifier:
    """Parses a COI typed from its eye-readable text: 15 characters plus the check character K.

    Spaces are ignored and K is mandatory: typed text has no bar code to protect it (§7.5).
    """
    compact = "XXXX".join(text.split()).upper()
    if len(compact) != 16:
        raise ScanError(f"a typed COI needs its 15 characters (CH, facility, year, sequence) "
                        f"and its check character, got {len(compact)} characters")
    coi = CoiIdentifier.parse(compact[:15])
    if compact[15] != coi.check_character:
        raise ScanError(f"check character is {coi.check_character}, typed {compact[15]}")
    return coi


def x_parse_keyed_coi__mutmut_5(text: str) -> CoiIdentifier:
    """Parses a COI typed from its eye-readable text: 15 characters plus the check character K.

    Spaces are ignored and K is mandatory: typed text has no bar code to protect it (§7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) == 16:
        raise ScanError(f"a typed COI needs its 15 characters (CH, facility, year, sequence) "
                        f"and its check character, got {len(compact)} characters")
    coi = CoiIdentifier.parse(compact[:15])
    if compact[15] != coi.check_character:
        raise ScanError(f"check character is {coi.check_character}, typed {compact[15]}")
    return coi


def x_parse_keyed_coi__mutmut_6(text: str) -> CoiIdentifier:
    """Parses a COI typed from its eye-readable text: 15 characters plus the check character K.

    Spaces are ignored and K is mandatory: typed text has no bar code to protect it (§7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 17:
        raise ScanError(f"a typed COI needs its 15 characters (CH, facility, year, sequence) "
                        f"and its check character, got {len(compact)} characters")
    coi = CoiIdentifier.parse(compact[:15])
    if compact[15] != coi.check_character:
        raise ScanError(f"check character is {coi.check_character}, typed {compact[15]}")
    return coi


def x_parse_keyed_coi__mutmut_7(text: str) -> CoiIdentifier:
    """Parses a COI typed from its eye-readable text: 15 characters plus the check character K.

    Spaces are ignored and K is mandatory: typed text has no bar code to protect it (§7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 16:
        raise ScanError(None)
    coi = CoiIdentifier.parse(compact[:15])
    if compact[15] != coi.check_character:
        raise ScanError(f"check character is {coi.check_character}, typed {compact[15]}")
    return coi


def x_parse_keyed_coi__mutmut_8(text: str) -> CoiIdentifier:
    """Parses a COI typed from its eye-readable text: 15 characters plus the check character K.

    Spaces are ignored and K is mandatory: typed text has no bar code to protect it (§7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 16:
        raise ScanError(f"a typed COI needs its 15 characters (CH, facility, year, sequence) "
                        f"and its check character, got {len(compact)} characters")
    coi = None
    if compact[15] != coi.check_character:
        raise ScanError(f"check character is {coi.check_character}, typed {compact[15]}")
    return coi


def x_parse_keyed_coi__mutmut_9(text: str) -> CoiIdentifier:
    """Parses a COI typed from its eye-readable text: 15 characters plus the check character K.

    Spaces are ignored and K is mandatory: typed text has no bar code to protect it (§7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 16:
        raise ScanError(f"a typed COI needs its 15 characters (CH, facility, year, sequence) "
                        f"and its check character, got {len(compact)} characters")
    coi = CoiIdentifier.parse(None)
    if compact[15] != coi.check_character:
        raise ScanError(f"check character is {coi.check_character}, typed {compact[15]}")
    return coi


def x_parse_keyed_coi__mutmut_10(text: str) -> CoiIdentifier:
    """Parses a COI typed from its eye-readable text: 15 characters plus the check character K.

    Spaces are ignored and K is mandatory: typed text has no bar code to protect it (§7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 16:
        raise ScanError(f"a typed COI needs its 15 characters (CH, facility, year, sequence) "
                        f"and its check character, got {len(compact)} characters")
    coi = CoiIdentifier.parse(compact[:16])
    if compact[15] != coi.check_character:
        raise ScanError(f"check character is {coi.check_character}, typed {compact[15]}")
    return coi


def x_parse_keyed_coi__mutmut_11(text: str) -> CoiIdentifier:
    """Parses a COI typed from its eye-readable text: 15 characters plus the check character K.

    Spaces are ignored and K is mandatory: typed text has no bar code to protect it (§7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 16:
        raise ScanError(f"a typed COI needs its 15 characters (CH, facility, year, sequence) "
                        f"and its check character, got {len(compact)} characters")
    coi = CoiIdentifier.parse(compact[:15])
    if compact[16] != coi.check_character:
        raise ScanError(f"check character is {coi.check_character}, typed {compact[15]}")
    return coi


def x_parse_keyed_coi__mutmut_12(text: str) -> CoiIdentifier:
    """Parses a COI typed from its eye-readable text: 15 characters plus the check character K.

    Spaces are ignored and K is mandatory: typed text has no bar code to protect it (§7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 16:
        raise ScanError(f"a typed COI needs its 15 characters (CH, facility, year, sequence) "
                        f"and its check character, got {len(compact)} characters")
    coi = CoiIdentifier.parse(compact[:15])
    if compact[15] == coi.check_character:
        raise ScanError(f"check character is {coi.check_character}, typed {compact[15]}")
    return coi


def x_parse_keyed_coi__mutmut_13(text: str) -> CoiIdentifier:
    """Parses a COI typed from its eye-readable text: 15 characters plus the check character K.

    Spaces are ignored and K is mandatory: typed text has no bar code to protect it (§7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 16:
        raise ScanError(f"a typed COI needs its 15 characters (CH, facility, year, sequence) "
                        f"and its check character, got {len(compact)} characters")
    coi = CoiIdentifier.parse(compact[:15])
    if compact[15] != coi.check_character:
        raise ScanError(None)
    return coi


def x_parse_keyed_coi__mutmut_14(text: str) -> CoiIdentifier:
    """Parses a COI typed from its eye-readable text: 15 characters plus the check character K.

    Spaces are ignored and K is mandatory: typed text has no bar code to protect it (§7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 16:
        raise ScanError(f"a typed COI needs its 15 characters (CH, facility, year, sequence) "
                        f"and its check character, got {len(compact)} characters")
    coi = CoiIdentifier.parse(compact[:15])
    if compact[15] != coi.check_character:
        raise ScanError(f"check character is {coi.check_character}, typed {compact[16]}")
    return coi

mutants_x_parse_keyed_coi__mutmut['_mutmut_orig'] = x_parse_keyed_coi__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_keyed_coi__mutmut['x_parse_keyed_coi__mutmut_1'] = x_parse_keyed_coi__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_keyed_coi__mutmut['x_parse_keyed_coi__mutmut_2'] = x_parse_keyed_coi__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_keyed_coi__mutmut['x_parse_keyed_coi__mutmut_3'] = x_parse_keyed_coi__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_keyed_coi__mutmut['x_parse_keyed_coi__mutmut_4'] = x_parse_keyed_coi__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_keyed_coi__mutmut['x_parse_keyed_coi__mutmut_5'] = x_parse_keyed_coi__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_keyed_coi__mutmut['x_parse_keyed_coi__mutmut_6'] = x_parse_keyed_coi__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_keyed_coi__mutmut['x_parse_keyed_coi__mutmut_7'] = x_parse_keyed_coi__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_keyed_coi__mutmut['x_parse_keyed_coi__mutmut_8'] = x_parse_keyed_coi__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_keyed_coi__mutmut['x_parse_keyed_coi__mutmut_9'] = x_parse_keyed_coi__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_keyed_coi__mutmut['x_parse_keyed_coi__mutmut_10'] = x_parse_keyed_coi__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_keyed_coi__mutmut['x_parse_keyed_coi__mutmut_11'] = x_parse_keyed_coi__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_keyed_coi__mutmut['x_parse_keyed_coi__mutmut_12'] = x_parse_keyed_coi__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_keyed_coi__mutmut['x_parse_keyed_coi__mutmut_13'] = x_parse_keyed_coi__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_keyed_coi__mutmut['x_parse_keyed_coi__mutmut_14'] = x_parse_keyed_coi__mutmut_14 # type: ignore # mutmut generated
