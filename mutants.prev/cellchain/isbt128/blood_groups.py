"""Blood Groups [ABO and RhD], data structure 002 ``=%ggre`` (ST-001 §2.4.2, Tables 4-6).

Only the eight ABO/RhD groups of Table 4 (all eight intended-use columns) and the special
messages of Table 5 are interpreted. Any other well-formed ``gg`` (ABO without RhD, Bombay and
para-Bombay, pooled groups, A1/A2 subgroups) is accepted with meaning "not interpreted".
The phenotype ``r`` (Table 6) is carried, not interpreted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.formats import UPPER_ALNUM, require_chars, require_length
from cellchain.isbt128.identifiers import require_content_length

NOT_INTERPRETED = "not interpreted"

# Table 4 column headings, in the order of the codes in each row below.
INTENDED_USES = (
    "intended use not specified",
    "directed (dedicated/designated) collection use only",
    "for emergency use only",
    "directed (dedicated/designated) collection, biohazardous",
    "directed (dedicated/designated) collection, eligible for crossover",
    "autologous collection, eligible for crossover",
    "for autologous use only",
    "for autologous use only, biohazardous",
)

# Table 4 [RT005] rows: (ABO, RhD) -> codes for each intended use above.
_GROUP_ROWS: dict[tuple[str, str], tuple[str, ...]] = {
    ("O", "negative"): ("95", "91", "92", "93", "94", "96", "97", "98"),
    ("O", "positive"): ("51", "47", "48", "49", "50", "52", "53", "54"),
    ("A", "negative"): ("06", "02", "03", "04", "05", "07", "08", "09"),
    ("A", "positive"): ("62", "58", "59", "60", "61", "63", "64", "65"),
    ("B", "negative"): ("17", "13", "14", "15", "16", "18", "19", "20"),
    ("B", "positive"): ("73", "69", "70", "71", "72", "74", "75", "76"),
    ("AB", "negative"): ("28", "24", "25", "26", "27", "29", "30", "31"),
    ("AB", "positive"): ("84", "80", "81", "82", "83", "85", "86", "87"),
}
GROUP_CODES: dict[str, tuple[str, str, str]] = {
    code: (abo, rhd, use)
    for (abo, rhd), codes in _GROUP_ROWS.items()
    for code, use in zip(codes, INTENDED_USES, strict=True)
}

# Table 5 [RT006]; the T codes are for tissue products only.
SPECIAL_MESSAGES = {
    "00": "no ABO or Rh information is available",
    "Ma": "autologous collection",
    "Mb": "biohazardous",
    "Md": "discard (to be destroyed)",
    "Mf": "for fractionation use only",
    "Mq": "quarantine/hold for further testing or processing",
    "Mr": "for research use only",
    "Mx": "not for transfusion based on test results",
    "T1": "ABO not specified, RhD positive (tissue only)",
    "T2": "ABO not specified, RhD negative (tissue only)",
    "T3": "ABO not specified, RhD not specified (tissue only)",
    "T4": "autologous collection/in quarantine (tissue only)",
    "T5": "see outer packaging for product status (tissue only)",
    "T6": "must be sterilized before release (tissue only)",
}

_GG = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_RESERVED = "0"  # element e: reserved, "shall always be set to 0" (§2.4.2)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁBloodGroupsǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁBloodGroupsǁparse__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBloodGroupsǁfields__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class BloodGroups:
    """ABO/RhD with intended use, or a special message; r is the Rh/Kell/Mia phenotype."""

    data_structure: ClassVar[str] = "002"
    data_identifier: ClassVar[str] = "=%"

    code: str
    phenotype: str = "0"  # Table 6: 0 = no information about these phenotypes

    @_mutmut_mutated(mutants_xǁBloodGroupsǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_orig(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_1(self) -> None:
        require_length(None, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_2(self) -> None:
        require_length(self.code, None, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_3(self) -> None:
        require_length(self.code, 2, None)
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_4(self) -> None:
        require_length(2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_5(self) -> None:
        require_length(self.code, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_6(self) -> None:
        require_length(self.code, 2, )
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_7(self) -> None:
        require_length(self.code, 3, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_8(self) -> None:
        require_length(self.code, 2, "XXblood groups code ggXX")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_9(self) -> None:
        require_length(self.code, 2, "BLOOD GROUPS CODE GG")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_10(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(None, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_11(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, None, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_12(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, None, "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_13(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", None)
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_14(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(_GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_15(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_16(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_17(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", )
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_18(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "XXblood groups code ggXX", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_19(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "BLOOD GROUPS CODE GG", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_20(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "XXletters or digitsXX")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_21(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "LETTERS OR DIGITS")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_22(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(None, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_23(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, None, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_24(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, None)
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_25(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_26(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_27(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, )
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_28(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 2, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_29(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "XXblood groups phenotype rXX")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_30(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "BLOOD GROUPS PHENOTYPE R")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_31(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(None, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_32(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, None, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_33(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, None, "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_34(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", None)

    def xǁBloodGroupsǁ__post_init____mutmut_35(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_36(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, "blood groups phenotype r", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_37(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_38(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", )

    def xǁBloodGroupsǁ__post_init____mutmut_39(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "XXblood groups phenotype rXX", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_40(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "BLOOD GROUPS PHENOTYPE R", "A-Z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_41(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "XXA-Z or 0-9XX")

    def xǁBloodGroupsǁ__post_init____mutmut_42(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "a-z or 0-9")

    def xǁBloodGroupsǁ__post_init____mutmut_43(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z OR 0-9")

    @classmethod
    @_mutmut_mutated(mutants_xǁBloodGroupsǁparse__mutmut, is_classmethod = True)
    def parse(cls, content: str) -> BloodGroups:
        """Parses ``ggre``: 4 characters, e reserved as 0."""
        require_content_length(cls.data_structure, content)
        reserved = content[3]
        if reserved != _RESERVED:
            raise ScanError(f"blood groups reserved character e must be 0, scanned {reserved!r}")
        return cls(code=content[:2], phenotype=content[2])

    @classmethod
    def xǁBloodGroupsǁparse__mutmut_orig(cls, content: str) -> BloodGroups:
        """Parses ``ggre``: 4 characters, e reserved as 0."""
        require_content_length(cls.data_structure, content)
        reserved = content[3]
        if reserved != _RESERVED:
            raise ScanError(f"blood groups reserved character e must be 0, scanned {reserved!r}")
        return cls(code=content[:2], phenotype=content[2])

    @classmethod
    def xǁBloodGroupsǁparse__mutmut_1(cls, content: str) -> BloodGroups:
        """Parses ``ggre``: 4 characters, e reserved as 0."""
        require_content_length(None, content)
        reserved = content[3]
        if reserved != _RESERVED:
            raise ScanError(f"blood groups reserved character e must be 0, scanned {reserved!r}")
        return cls(code=content[:2], phenotype=content[2])

    @classmethod
    def xǁBloodGroupsǁparse__mutmut_2(cls, content: str) -> BloodGroups:
        """Parses ``ggre``: 4 characters, e reserved as 0."""
        require_content_length(cls.data_structure, None)
        reserved = content[3]
        if reserved != _RESERVED:
            raise ScanError(f"blood groups reserved character e must be 0, scanned {reserved!r}")
        return cls(code=content[:2], phenotype=content[2])

    @classmethod
    def xǁBloodGroupsǁparse__mutmut_3(cls, content: str) -> BloodGroups:
        """Parses ``ggre``: 4 characters, e reserved as 0."""
        require_content_length(content)
        reserved = content[3]
        if reserved != _RESERVED:
            raise ScanError(f"blood groups reserved character e must be 0, scanned {reserved!r}")
        return cls(code=content[:2], phenotype=content[2])

    @classmethod
    def xǁBloodGroupsǁparse__mutmut_4(cls, content: str) -> BloodGroups:
        """Parses ``ggre``: 4 characters, e reserved as 0."""
        require_content_length(cls.data_structure, )
        reserved = content[3]
        if reserved != _RESERVED:
            raise ScanError(f"blood groups reserved character e must be 0, scanned {reserved!r}")
        return cls(code=content[:2], phenotype=content[2])

    @classmethod
    def xǁBloodGroupsǁparse__mutmut_5(cls, content: str) -> BloodGroups:
        """Parses ``ggre``: 4 characters, e reserved as 0."""
        require_content_length(cls.data_structure, content)
        reserved = None
        if reserved != _RESERVED:
            raise ScanError(f"blood groups reserved character e must be 0, scanned {reserved!r}")
        return cls(code=content[:2], phenotype=content[2])

    @classmethod
    def xǁBloodGroupsǁparse__mutmut_6(cls, content: str) -> BloodGroups:
        """Parses ``ggre``: 4 characters, e reserved as 0."""
        require_content_length(cls.data_structure, content)
        reserved = content[4]
        if reserved != _RESERVED:
            raise ScanError(f"blood groups reserved character e must be 0, scanned {reserved!r}")
        return cls(code=content[:2], phenotype=content[2])

    @classmethod
    def xǁBloodGroupsǁparse__mutmut_7(cls, content: str) -> BloodGroups:
        """Parses ``ggre``: 4 characters, e reserved as 0."""
        require_content_length(cls.data_structure, content)
        reserved = content[3]
        if reserved == _RESERVED:
            raise ScanError(f"blood groups reserved character e must be 0, scanned {reserved!r}")
        return cls(code=content[:2], phenotype=content[2])

    @classmethod
    def xǁBloodGroupsǁparse__mutmut_8(cls, content: str) -> BloodGroups:
        """Parses ``ggre``: 4 characters, e reserved as 0."""
        require_content_length(cls.data_structure, content)
        reserved = content[3]
        if reserved != _RESERVED:
            raise ScanError(None)
        return cls(code=content[:2], phenotype=content[2])

    @classmethod
    def xǁBloodGroupsǁparse__mutmut_9(cls, content: str) -> BloodGroups:
        """Parses ``ggre``: 4 characters, e reserved as 0."""
        require_content_length(cls.data_structure, content)
        reserved = content[3]
        if reserved != _RESERVED:
            raise ScanError(f"blood groups reserved character e must be 0, scanned {reserved!r}")
        return cls(code=None, phenotype=content[2])

    @classmethod
    def xǁBloodGroupsǁparse__mutmut_10(cls, content: str) -> BloodGroups:
        """Parses ``ggre``: 4 characters, e reserved as 0."""
        require_content_length(cls.data_structure, content)
        reserved = content[3]
        if reserved != _RESERVED:
            raise ScanError(f"blood groups reserved character e must be 0, scanned {reserved!r}")
        return cls(code=content[:2], phenotype=None)

    @classmethod
    def xǁBloodGroupsǁparse__mutmut_11(cls, content: str) -> BloodGroups:
        """Parses ``ggre``: 4 characters, e reserved as 0."""
        require_content_length(cls.data_structure, content)
        reserved = content[3]
        if reserved != _RESERVED:
            raise ScanError(f"blood groups reserved character e must be 0, scanned {reserved!r}")
        return cls(phenotype=content[2])

    @classmethod
    def xǁBloodGroupsǁparse__mutmut_12(cls, content: str) -> BloodGroups:
        """Parses ``ggre``: 4 characters, e reserved as 0."""
        require_content_length(cls.data_structure, content)
        reserved = content[3]
        if reserved != _RESERVED:
            raise ScanError(f"blood groups reserved character e must be 0, scanned {reserved!r}")
        return cls(code=content[:2], )

    @classmethod
    def xǁBloodGroupsǁparse__mutmut_13(cls, content: str) -> BloodGroups:
        """Parses ``ggre``: 4 characters, e reserved as 0."""
        require_content_length(cls.data_structure, content)
        reserved = content[3]
        if reserved != _RESERVED:
            raise ScanError(f"blood groups reserved character e must be 0, scanned {reserved!r}")
        return cls(code=content[:3], phenotype=content[2])

    @classmethod
    def xǁBloodGroupsǁparse__mutmut_14(cls, content: str) -> BloodGroups:
        """Parses ``ggre``: 4 characters, e reserved as 0."""
        require_content_length(cls.data_structure, content)
        reserved = content[3]
        if reserved != _RESERVED:
            raise ScanError(f"blood groups reserved character e must be 0, scanned {reserved!r}")
        return cls(code=content[:2], phenotype=content[3])

    @property
    def content(self) -> str:
        return f"{self.code}{self.phenotype}{_RESERVED}"

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    @property
    def abo(self) -> str | None:
        return GROUP_CODES[self.code][0] if self.code in GROUP_CODES else None

    @property
    def rhd(self) -> str | None:
        return GROUP_CODES[self.code][1] if self.code in GROUP_CODES else None

    @property
    def intended_use(self) -> str | None:
        return GROUP_CODES[self.code][2] if self.code in GROUP_CODES else None

    @property
    def special_message(self) -> str | None:
        return SPECIAL_MESSAGES.get(self.code)

    @property
    def meaning(self) -> str:
        """Returns e.g. 'A RhD positive, for autologous use only', or 'not interpreted'."""
        if self.code in GROUP_CODES:
            abo, rhd, use = GROUP_CODES[self.code]
            group = f"{abo} RhD {rhd}"
            return group if use == INTENDED_USES[0] else f"{group}, {use}"
        return SPECIAL_MESSAGES.get(self.code, NOT_INTERPRETED)

    @_mutmut_mutated(mutants_xǁBloodGroupsǁfields__mutmut)
    def fields(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "phenotype": self.phenotype,
            "abo": self.abo,
            "rhd": self.rhd,
            "intended_use": self.intended_use,
            "special_message": self.special_message,
            "meaning": self.meaning,
        }

    def xǁBloodGroupsǁfields__mutmut_orig(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "phenotype": self.phenotype,
            "abo": self.abo,
            "rhd": self.rhd,
            "intended_use": self.intended_use,
            "special_message": self.special_message,
            "meaning": self.meaning,
        }

    def xǁBloodGroupsǁfields__mutmut_1(self) -> dict[str, Any]:
        return {
            "XXcodeXX": self.code,
            "phenotype": self.phenotype,
            "abo": self.abo,
            "rhd": self.rhd,
            "intended_use": self.intended_use,
            "special_message": self.special_message,
            "meaning": self.meaning,
        }

    def xǁBloodGroupsǁfields__mutmut_2(self) -> dict[str, Any]:
        return {
            "CODE": self.code,
            "phenotype": self.phenotype,
            "abo": self.abo,
            "rhd": self.rhd,
            "intended_use": self.intended_use,
            "special_message": self.special_message,
            "meaning": self.meaning,
        }

    def xǁBloodGroupsǁfields__mutmut_3(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "XXphenotypeXX": self.phenotype,
            "abo": self.abo,
            "rhd": self.rhd,
            "intended_use": self.intended_use,
            "special_message": self.special_message,
            "meaning": self.meaning,
        }

    def xǁBloodGroupsǁfields__mutmut_4(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "PHENOTYPE": self.phenotype,
            "abo": self.abo,
            "rhd": self.rhd,
            "intended_use": self.intended_use,
            "special_message": self.special_message,
            "meaning": self.meaning,
        }

    def xǁBloodGroupsǁfields__mutmut_5(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "phenotype": self.phenotype,
            "XXaboXX": self.abo,
            "rhd": self.rhd,
            "intended_use": self.intended_use,
            "special_message": self.special_message,
            "meaning": self.meaning,
        }

    def xǁBloodGroupsǁfields__mutmut_6(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "phenotype": self.phenotype,
            "ABO": self.abo,
            "rhd": self.rhd,
            "intended_use": self.intended_use,
            "special_message": self.special_message,
            "meaning": self.meaning,
        }

    def xǁBloodGroupsǁfields__mutmut_7(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "phenotype": self.phenotype,
            "abo": self.abo,
            "XXrhdXX": self.rhd,
            "intended_use": self.intended_use,
            "special_message": self.special_message,
            "meaning": self.meaning,
        }

    def xǁBloodGroupsǁfields__mutmut_8(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "phenotype": self.phenotype,
            "abo": self.abo,
            "RHD": self.rhd,
            "intended_use": self.intended_use,
            "special_message": self.special_message,
            "meaning": self.meaning,
        }

    def xǁBloodGroupsǁfields__mutmut_9(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "phenotype": self.phenotype,
            "abo": self.abo,
            "rhd": self.rhd,
            "XXintended_useXX": self.intended_use,
            "special_message": self.special_message,
            "meaning": self.meaning,
        }

    def xǁBloodGroupsǁfields__mutmut_10(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "phenotype": self.phenotype,
            "abo": self.abo,
            "rhd": self.rhd,
            "INTENDED_USE": self.intended_use,
            "special_message": self.special_message,
            "meaning": self.meaning,
        }

    def xǁBloodGroupsǁfields__mutmut_11(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "phenotype": self.phenotype,
            "abo": self.abo,
            "rhd": self.rhd,
            "intended_use": self.intended_use,
            "XXspecial_messageXX": self.special_message,
            "meaning": self.meaning,
        }

    def xǁBloodGroupsǁfields__mutmut_12(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "phenotype": self.phenotype,
            "abo": self.abo,
            "rhd": self.rhd,
            "intended_use": self.intended_use,
            "SPECIAL_MESSAGE": self.special_message,
            "meaning": self.meaning,
        }

    def xǁBloodGroupsǁfields__mutmut_13(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "phenotype": self.phenotype,
            "abo": self.abo,
            "rhd": self.rhd,
            "intended_use": self.intended_use,
            "special_message": self.special_message,
            "XXmeaningXX": self.meaning,
        }

    def xǁBloodGroupsǁfields__mutmut_14(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "phenotype": self.phenotype,
            "abo": self.abo,
            "rhd": self.rhd,
            "intended_use": self.intended_use,
            "special_message": self.special_message,
            "MEANING": self.meaning,
        }

mutants_xǁBloodGroupsǁ__post_init____mutmut['_mutmut_orig'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_1'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_2'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_3'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_4'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_5'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_6'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_7'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_8'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_9'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_10'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_11'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_12'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_13'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_14'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_15'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_16'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_17'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_18'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_19'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_20'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_21'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_22'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_23'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_24'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_25'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_26'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_27'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_28'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_29'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_30'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_31'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_32'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_33'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_34'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_35'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_35 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_36'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_36 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_37'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_37 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_38'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_38 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_39'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_39 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_40'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_40 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_41'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_41 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_42'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_42 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁ__post_init____mutmut['xǁBloodGroupsǁ__post_init____mutmut_43'] = BloodGroups.xǁBloodGroupsǁ__post_init____mutmut_43 # type: ignore # mutmut generated

mutants_xǁBloodGroupsǁparse__mutmut['_mutmut_orig'] = BloodGroups.xǁBloodGroupsǁparse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁparse__mutmut['xǁBloodGroupsǁparse__mutmut_1'] = BloodGroups.xǁBloodGroupsǁparse__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁparse__mutmut['xǁBloodGroupsǁparse__mutmut_2'] = BloodGroups.xǁBloodGroupsǁparse__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁparse__mutmut['xǁBloodGroupsǁparse__mutmut_3'] = BloodGroups.xǁBloodGroupsǁparse__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁparse__mutmut['xǁBloodGroupsǁparse__mutmut_4'] = BloodGroups.xǁBloodGroupsǁparse__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁparse__mutmut['xǁBloodGroupsǁparse__mutmut_5'] = BloodGroups.xǁBloodGroupsǁparse__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁparse__mutmut['xǁBloodGroupsǁparse__mutmut_6'] = BloodGroups.xǁBloodGroupsǁparse__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁparse__mutmut['xǁBloodGroupsǁparse__mutmut_7'] = BloodGroups.xǁBloodGroupsǁparse__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁparse__mutmut['xǁBloodGroupsǁparse__mutmut_8'] = BloodGroups.xǁBloodGroupsǁparse__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁparse__mutmut['xǁBloodGroupsǁparse__mutmut_9'] = BloodGroups.xǁBloodGroupsǁparse__mutmut_9 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁparse__mutmut['xǁBloodGroupsǁparse__mutmut_10'] = BloodGroups.xǁBloodGroupsǁparse__mutmut_10 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁparse__mutmut['xǁBloodGroupsǁparse__mutmut_11'] = BloodGroups.xǁBloodGroupsǁparse__mutmut_11 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁparse__mutmut['xǁBloodGroupsǁparse__mutmut_12'] = BloodGroups.xǁBloodGroupsǁparse__mutmut_12 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁparse__mutmut['xǁBloodGroupsǁparse__mutmut_13'] = BloodGroups.xǁBloodGroupsǁparse__mutmut_13 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁparse__mutmut['xǁBloodGroupsǁparse__mutmut_14'] = BloodGroups.xǁBloodGroupsǁparse__mutmut_14 # type: ignore # mutmut generated

mutants_xǁBloodGroupsǁfields__mutmut['_mutmut_orig'] = BloodGroups.xǁBloodGroupsǁfields__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁfields__mutmut['xǁBloodGroupsǁfields__mutmut_1'] = BloodGroups.xǁBloodGroupsǁfields__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁfields__mutmut['xǁBloodGroupsǁfields__mutmut_2'] = BloodGroups.xǁBloodGroupsǁfields__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁfields__mutmut['xǁBloodGroupsǁfields__mutmut_3'] = BloodGroups.xǁBloodGroupsǁfields__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁfields__mutmut['xǁBloodGroupsǁfields__mutmut_4'] = BloodGroups.xǁBloodGroupsǁfields__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁfields__mutmut['xǁBloodGroupsǁfields__mutmut_5'] = BloodGroups.xǁBloodGroupsǁfields__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁfields__mutmut['xǁBloodGroupsǁfields__mutmut_6'] = BloodGroups.xǁBloodGroupsǁfields__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁfields__mutmut['xǁBloodGroupsǁfields__mutmut_7'] = BloodGroups.xǁBloodGroupsǁfields__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁfields__mutmut['xǁBloodGroupsǁfields__mutmut_8'] = BloodGroups.xǁBloodGroupsǁfields__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁfields__mutmut['xǁBloodGroupsǁfields__mutmut_9'] = BloodGroups.xǁBloodGroupsǁfields__mutmut_9 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁfields__mutmut['xǁBloodGroupsǁfields__mutmut_10'] = BloodGroups.xǁBloodGroupsǁfields__mutmut_10 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁfields__mutmut['xǁBloodGroupsǁfields__mutmut_11'] = BloodGroups.xǁBloodGroupsǁfields__mutmut_11 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁfields__mutmut['xǁBloodGroupsǁfields__mutmut_12'] = BloodGroups.xǁBloodGroupsǁfields__mutmut_12 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁfields__mutmut['xǁBloodGroupsǁfields__mutmut_13'] = BloodGroups.xǁBloodGroupsǁfields__mutmut_13 # type: ignore # mutmut generated
mutants_xǁBloodGroupsǁfields__mutmut['xǁBloodGroupsǁfields__mutmut_14'] = BloodGroups.xǁBloodGroupsǁfields__mutmut_14 # type: ignore # mutmut generated
