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


@dataclass(frozen=True)
class BloodGroups:
    """ABO/RhD with intended use, or a special message; r is the Rh/Kell/Mia phenotype."""

    data_structure: ClassVar[str] = "002"
    data_identifier: ClassVar[str] = "=%"

    code: str
    phenotype: str = "0"  # Table 6: 0 = no information about these phenotypes

    def __post_init__(self) -> None:
        require_length(self.code, 2, "blood groups code gg")
        require_chars(self.code, _GG, "blood groups code gg", "letters or digits")
        require_length(self.phenotype, 1, "blood groups phenotype r")
        require_chars(self.phenotype, UPPER_ALNUM, "blood groups phenotype r", "A-Z or 0-9")

    @classmethod
    def parse(cls, content: str) -> BloodGroups:
        """Parses ``ggre``: 4 characters, e reserved as 0."""
        require_content_length(cls.data_structure, content)
        reserved = content[3]
        if reserved != _RESERVED:
            raise ScanError(f"blood groups reserved character e must be 0, scanned {reserved!r}")
        return cls(code=content[:2], phenotype=content[2])

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
