"""Product Code, data structure 003 ``=<αooootds`` (ST-001 §2.4.3, Table 7).

``αoooo`` is the Product Description Code (PDC), looked up in ICCBBA's licensed database, which
cellchain does not ship: sites configure the codes they are licensed for. How ``tds`` is read
depends on α (§2.4.3):

- E, F, H, S, P, X0, YA-YZ: ``t`` collection type (Table 7) and ``ds`` division code: ``00``
  not divided, ``99`` see Product Divisions (DS032), otherwise a capital letter then a
  lower-case letter or 0 (e.g. ``A0``, ``Ab``).
- M, N, R, T, V, W: a three-digit division or pack code (``000`` if not divided).
- X1-X9: reserved, always ``000``.
- A-D: national or local/facility codes; ``tds`` is defined with the code, so it is carried
  uninterpreted.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar

from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.formats import (
    DIGITS,
    LOWER,
    UPPER,
    UPPER_ALNUM,
    require_chars,
    require_digits,
    require_length,
    require_pdc,
)
from cellchain.isbt128.identifiers import require_content_length

NOT_DIVIDED = "00"
SEE_DIVISIONS_STRUCTURE = "99"  # §2.4.32: DS032 shall then be scanned and recorded

# Table 7 [RT008]: type of collection in the 6th position.
COLLECTION_TYPES = {
    "0": "not specified",
    "V": "volunteer homologous (allogeneic)",
    "R": "volunteer research (not intended for human application)",
    "S": "volunteer source",
    "T": "volunteer therapeutic",
    "P": "paid homologous (allogeneic)",
    "r": "paid research (not intended for human application)",
    "s": "paid source",
    "A": "autologous, eligible for crossover",
    "1": "for autologous use only",
    "X": "for autologous use only, biohazard",
    "D": "volunteer directed, eligible for crossover",
    "d": "paid directed, eligible for crossover",
    "2": "for directed recipient use only",
    "L": "for directed recipient use only, limited exposure",
    "E": "medical exception, for specified recipient only (allogeneic)",
    "Q": "see (scan) the special testing bar code",
    "3": "for directed recipient use only, biohazard",
    "4": "designated",
    "5": "dedicated",
    "6": "designated, biohazard",
    "F": "family reserved",
    "C": "replacement",
    "7": "for allogeneic use",
    "8": "for autologous use; contains allogeneic material",
    "B": "directed/dedicated/designated collection use only",
    "H": "directed/dedicated/designated collection, biohazardous",
    "J": "directed/dedicated/designated collection, eligible for crossover",
    "G": "for emergency use only",
}

_PRODUCT_TYPES = {
    "E": "blood components", "F": "blood components",
    "H": "MPHO with INN and/or USAN names", "M": "other therapies", "N": "organs",
    "P": "regenerated tissue", "R": "reproductive tissue and cells",
    "S": "cellular therapy", "T": "tissue", "V": "ocular tissue", "W": "fecal microbiota",
    "X": "other blood products", "Y": "clinical trials",
    "A": "national code", "B": "national code", "C": "national code",
    "D": "local/facility code",
}
_NATIONAL_T = UPPER | LOWER | DIGITS  # element table: t {A-Z; a-z; 0-9}
_NATIONAL_S = LOWER | DIGITS  # element table: s {a-z; 0-9}


class TdsScheme(StrEnum):
    COLLECTION_TYPE_AND_DIVISION = "collection_type_and_division"
    DIVISION_NUMBER = "division_number"
    RESERVED = "reserved"
    NATIONAL_OR_LOCAL = "national_or_local"


def tds_scheme(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "0") or (alpha == "Y" and second.isalpha()):
        return TdsScheme.COLLECTION_TYPE_AND_DIVISION
    if alpha in "MNRTVW":
        return TdsScheme.DIVISION_NUMBER
    if alpha == "X" and second in "123456789":
        return TdsScheme.RESERVED
    if alpha in "ABCD":
        return TdsScheme.NATIONAL_OR_LOCAL
    prefix = pdc[:2] if alpha in "XY" else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def _check_collection_division(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def _check_three_character_tds(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


@dataclass(frozen=True)
class ProductCode:
    """PDC + collection type + division; collection_type is "" where tds is one 3-char code."""

    data_structure: ClassVar[str] = "003"
    data_identifier: ClassVar[str] = "=<"

    pdc: str
    collection_type: str
    division: str

    def __post_init__(self) -> None:
        require_pdc(self.pdc, "product code")
        scheme = tds_scheme(self.pdc)
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.collection_type, self.division)
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(scheme, self.division)

    @classmethod
    def parse(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @property
    def content(self) -> str:
        return f"{self.pdc}{self.collection_type}{self.division}"

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    @property
    def division_code(self) -> str:
        """Returns ``ds`` (2 characters) or ``tds`` (3 characters), as the prefix defines."""
        return self.division

    @property
    def tds_scheme(self) -> TdsScheme:
        return tds_scheme(self.pdc)

    @property
    def needs_divisions_structure(self) -> bool:
        """Tells whether DS032 must be scanned and recorded: ds is 99 (ST-001 §2.4.32)."""
        return (self.tds_scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION
                and self.division == SEE_DIVISIONS_STRUCTURE)

    def fields(self) -> dict[str, Any]:
        return {
            "pdc": self.pdc,
            "product_type": _PRODUCT_TYPES[self.pdc[0]],
            "collection_type": self.collection_type or None,
            "collection_type_meaning": COLLECTION_TYPES.get(self.collection_type),
            "division": self.division,
            "needs_divisions_structure": self.needs_divisions_structure,
        }
