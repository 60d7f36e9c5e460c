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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class TdsScheme(StrEnum):
    COLLECTION_TYPE_AND_DIVISION = "collection_type_and_division"
    DIVISION_NUMBER = "division_number"
    RESERVED = "reserved"
    NATIONAL_OR_LOCAL = "national_or_local"
mutants_x_tds_scheme__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_tds_scheme__mutmut)
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


def x_tds_scheme__mutmut_orig(pdc: str) -> TdsScheme:
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


def x_tds_scheme__mutmut_1(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = None
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


def x_tds_scheme__mutmut_2(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[1], pdc[1:2]
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


def x_tds_scheme__mutmut_3(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[2:2]
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


def x_tds_scheme__mutmut_4(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:3]
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


def x_tds_scheme__mutmut_5(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "0") and (alpha == "Y" and second.isalpha()):
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


def x_tds_scheme__mutmut_6(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" and (alpha == "X" and second == "0") or (alpha == "Y" and second.isalpha()):
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


def x_tds_scheme__mutmut_7(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha not in "EFHSP" or (alpha == "X" and second == "0") or (alpha == "Y" and second.isalpha()):
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


def x_tds_scheme__mutmut_8(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "XXEFHSPXX" or (alpha == "X" and second == "0") or (alpha == "Y" and second.isalpha()):
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


def x_tds_scheme__mutmut_9(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "efhsp" or (alpha == "X" and second == "0") or (alpha == "Y" and second.isalpha()):
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


def x_tds_scheme__mutmut_10(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" or second == "0") or (alpha == "Y" and second.isalpha()):
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


def x_tds_scheme__mutmut_11(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha != "X" and second == "0") or (alpha == "Y" and second.isalpha()):
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


def x_tds_scheme__mutmut_12(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "XXXXX" and second == "0") or (alpha == "Y" and second.isalpha()):
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


def x_tds_scheme__mutmut_13(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "x" and second == "0") or (alpha == "Y" and second.isalpha()):
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


def x_tds_scheme__mutmut_14(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second != "0") or (alpha == "Y" and second.isalpha()):
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


def x_tds_scheme__mutmut_15(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "XX0XX") or (alpha == "Y" and second.isalpha()):
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


def x_tds_scheme__mutmut_16(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "0") or (alpha == "Y" or second.isalpha()):
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


def x_tds_scheme__mutmut_17(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "0") or (alpha != "Y" and second.isalpha()):
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


def x_tds_scheme__mutmut_18(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "0") or (alpha == "XXYXX" and second.isalpha()):
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


def x_tds_scheme__mutmut_19(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "0") or (alpha == "y" and second.isalpha()):
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


def x_tds_scheme__mutmut_20(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "0") or (alpha == "Y" and second.isalpha()):
        return TdsScheme.COLLECTION_TYPE_AND_DIVISION
    if alpha not in "MNRTVW":
        return TdsScheme.DIVISION_NUMBER
    if alpha == "X" and second in "123456789":
        return TdsScheme.RESERVED
    if alpha in "ABCD":
        return TdsScheme.NATIONAL_OR_LOCAL
    prefix = pdc[:2] if alpha in "XY" else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_21(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "0") or (alpha == "Y" and second.isalpha()):
        return TdsScheme.COLLECTION_TYPE_AND_DIVISION
    if alpha in "XXMNRTVWXX":
        return TdsScheme.DIVISION_NUMBER
    if alpha == "X" and second in "123456789":
        return TdsScheme.RESERVED
    if alpha in "ABCD":
        return TdsScheme.NATIONAL_OR_LOCAL
    prefix = pdc[:2] if alpha in "XY" else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_22(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "0") or (alpha == "Y" and second.isalpha()):
        return TdsScheme.COLLECTION_TYPE_AND_DIVISION
    if alpha in "mnrtvw":
        return TdsScheme.DIVISION_NUMBER
    if alpha == "X" and second in "123456789":
        return TdsScheme.RESERVED
    if alpha in "ABCD":
        return TdsScheme.NATIONAL_OR_LOCAL
    prefix = pdc[:2] if alpha in "XY" else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_23(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "0") or (alpha == "Y" and second.isalpha()):
        return TdsScheme.COLLECTION_TYPE_AND_DIVISION
    if alpha in "MNRTVW":
        return TdsScheme.DIVISION_NUMBER
    if alpha == "X" or second in "123456789":
        return TdsScheme.RESERVED
    if alpha in "ABCD":
        return TdsScheme.NATIONAL_OR_LOCAL
    prefix = pdc[:2] if alpha in "XY" else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_24(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "0") or (alpha == "Y" and second.isalpha()):
        return TdsScheme.COLLECTION_TYPE_AND_DIVISION
    if alpha in "MNRTVW":
        return TdsScheme.DIVISION_NUMBER
    if alpha != "X" and second in "123456789":
        return TdsScheme.RESERVED
    if alpha in "ABCD":
        return TdsScheme.NATIONAL_OR_LOCAL
    prefix = pdc[:2] if alpha in "XY" else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_25(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "0") or (alpha == "Y" and second.isalpha()):
        return TdsScheme.COLLECTION_TYPE_AND_DIVISION
    if alpha in "MNRTVW":
        return TdsScheme.DIVISION_NUMBER
    if alpha == "XXXXX" and second in "123456789":
        return TdsScheme.RESERVED
    if alpha in "ABCD":
        return TdsScheme.NATIONAL_OR_LOCAL
    prefix = pdc[:2] if alpha in "XY" else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_26(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "0") or (alpha == "Y" and second.isalpha()):
        return TdsScheme.COLLECTION_TYPE_AND_DIVISION
    if alpha in "MNRTVW":
        return TdsScheme.DIVISION_NUMBER
    if alpha == "x" and second in "123456789":
        return TdsScheme.RESERVED
    if alpha in "ABCD":
        return TdsScheme.NATIONAL_OR_LOCAL
    prefix = pdc[:2] if alpha in "XY" else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_27(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "0") or (alpha == "Y" and second.isalpha()):
        return TdsScheme.COLLECTION_TYPE_AND_DIVISION
    if alpha in "MNRTVW":
        return TdsScheme.DIVISION_NUMBER
    if alpha == "X" and second not in "123456789":
        return TdsScheme.RESERVED
    if alpha in "ABCD":
        return TdsScheme.NATIONAL_OR_LOCAL
    prefix = pdc[:2] if alpha in "XY" else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_28(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "0") or (alpha == "Y" and second.isalpha()):
        return TdsScheme.COLLECTION_TYPE_AND_DIVISION
    if alpha in "MNRTVW":
        return TdsScheme.DIVISION_NUMBER
    if alpha == "X" and second in "XX123456789XX":
        return TdsScheme.RESERVED
    if alpha in "ABCD":
        return TdsScheme.NATIONAL_OR_LOCAL
    prefix = pdc[:2] if alpha in "XY" else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_29(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "0") or (alpha == "Y" and second.isalpha()):
        return TdsScheme.COLLECTION_TYPE_AND_DIVISION
    if alpha in "MNRTVW":
        return TdsScheme.DIVISION_NUMBER
    if alpha == "X" and second in "123456789":
        return TdsScheme.RESERVED
    if alpha not in "ABCD":
        return TdsScheme.NATIONAL_OR_LOCAL
    prefix = pdc[:2] if alpha in "XY" else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_30(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "0") or (alpha == "Y" and second.isalpha()):
        return TdsScheme.COLLECTION_TYPE_AND_DIVISION
    if alpha in "MNRTVW":
        return TdsScheme.DIVISION_NUMBER
    if alpha == "X" and second in "123456789":
        return TdsScheme.RESERVED
    if alpha in "XXABCDXX":
        return TdsScheme.NATIONAL_OR_LOCAL
    prefix = pdc[:2] if alpha in "XY" else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_31(pdc: str) -> TdsScheme:
    """Returns how ``tds`` is read for this PDC's prefix, or raises for an unassigned prefix."""
    alpha, second = pdc[0], pdc[1:2]
    if alpha in "EFHSP" or (alpha == "X" and second == "0") or (alpha == "Y" and second.isalpha()):
        return TdsScheme.COLLECTION_TYPE_AND_DIVISION
    if alpha in "MNRTVW":
        return TdsScheme.DIVISION_NUMBER
    if alpha == "X" and second in "123456789":
        return TdsScheme.RESERVED
    if alpha in "abcd":
        return TdsScheme.NATIONAL_OR_LOCAL
    prefix = pdc[:2] if alpha in "XY" else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_32(pdc: str) -> TdsScheme:
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
    prefix = None
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_33(pdc: str) -> TdsScheme:
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
    prefix = pdc[:2] if (alpha in "XY") and False else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_34(pdc: str) -> TdsScheme:
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
    prefix = pdc[:2] if (alpha in "XY") or True else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_35(pdc: str) -> TdsScheme:
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
    prefix = pdc[:3] if alpha in "XY" else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_36(pdc: str) -> TdsScheme:
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
    prefix = pdc[:2] if alpha not in "XY" else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_37(pdc: str) -> TdsScheme:
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
    prefix = pdc[:2] if alpha in "XXXYXX" else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_38(pdc: str) -> TdsScheme:
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
    prefix = pdc[:2] if alpha in "xy" else alpha
    raise ScanError(f"product description code prefix {prefix!r} is not assigned "
                    f"(ST-001 §2.4.3)")


def x_tds_scheme__mutmut_39(pdc: str) -> TdsScheme:
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
    raise ScanError(None)

mutants_x_tds_scheme__mutmut['_mutmut_orig'] = x_tds_scheme__mutmut_orig # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_1'] = x_tds_scheme__mutmut_1 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_2'] = x_tds_scheme__mutmut_2 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_3'] = x_tds_scheme__mutmut_3 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_4'] = x_tds_scheme__mutmut_4 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_5'] = x_tds_scheme__mutmut_5 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_6'] = x_tds_scheme__mutmut_6 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_7'] = x_tds_scheme__mutmut_7 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_8'] = x_tds_scheme__mutmut_8 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_9'] = x_tds_scheme__mutmut_9 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_10'] = x_tds_scheme__mutmut_10 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_11'] = x_tds_scheme__mutmut_11 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_12'] = x_tds_scheme__mutmut_12 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_13'] = x_tds_scheme__mutmut_13 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_14'] = x_tds_scheme__mutmut_14 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_15'] = x_tds_scheme__mutmut_15 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_16'] = x_tds_scheme__mutmut_16 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_17'] = x_tds_scheme__mutmut_17 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_18'] = x_tds_scheme__mutmut_18 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_19'] = x_tds_scheme__mutmut_19 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_20'] = x_tds_scheme__mutmut_20 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_21'] = x_tds_scheme__mutmut_21 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_22'] = x_tds_scheme__mutmut_22 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_23'] = x_tds_scheme__mutmut_23 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_24'] = x_tds_scheme__mutmut_24 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_25'] = x_tds_scheme__mutmut_25 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_26'] = x_tds_scheme__mutmut_26 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_27'] = x_tds_scheme__mutmut_27 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_28'] = x_tds_scheme__mutmut_28 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_29'] = x_tds_scheme__mutmut_29 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_30'] = x_tds_scheme__mutmut_30 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_31'] = x_tds_scheme__mutmut_31 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_32'] = x_tds_scheme__mutmut_32 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_33'] = x_tds_scheme__mutmut_33 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_34'] = x_tds_scheme__mutmut_34 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_35'] = x_tds_scheme__mutmut_35 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_36'] = x_tds_scheme__mutmut_36 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_37'] = x_tds_scheme__mutmut_37 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_38'] = x_tds_scheme__mutmut_38 # type: ignore # mutmut generated
mutants_x_tds_scheme__mutmut['x_tds_scheme__mutmut_39'] = x_tds_scheme__mutmut_39 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_collection_division__mutmut)
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


def x__check_collection_division__mutmut_orig(collection_type: str, division: str) -> None:
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


def x__check_collection_division__mutmut_1(collection_type: str, division: str) -> None:
    require_length(None, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_2(collection_type: str, division: str) -> None:
    require_length(collection_type, None, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_3(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, None)
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_4(collection_type: str, division: str) -> None:
    require_length(1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_5(collection_type: str, division: str) -> None:
    require_length(collection_type, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_6(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, )
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_7(collection_type: str, division: str) -> None:
    require_length(collection_type, 2, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_8(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "XXproduct code collection typeXX")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_9(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "PRODUCT CODE COLLECTION TYPE")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_10(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_11(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(None)
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_12(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(None, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_13(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, None, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_14(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, None)
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_15(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_16(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_17(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, )
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_18(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 3, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_19(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "XXproduct code division codeXX")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_20(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "PRODUCT CODE DIVISION CODE")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_21(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division not in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_22(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER and division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_23(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[1] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_24(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_25(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[2] not in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_26(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] in LOWER | {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_27(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER & {"0"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_28(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"XX0XX"}:
        raise ScanError(f"product code division code must be 00, 99, or a capital letter then a "
                        f"lower-case letter or 0, scanned {division!r}")


def x__check_collection_division__mutmut_29(collection_type: str, division: str) -> None:
    require_length(collection_type, 1, "product code collection type")
    if collection_type not in COLLECTION_TYPES:
        raise ScanError(f"product code collection type {collection_type!r} is not in "
                        f"ST-001 Table 7")
    require_length(division, 2, "product code division code")
    if division in (NOT_DIVIDED, SEE_DIVISIONS_STRUCTURE):
        return
    if division[0] not in UPPER or division[1] not in LOWER | {"0"}:
        raise ScanError(None)

mutants_x__check_collection_division__mutmut['_mutmut_orig'] = x__check_collection_division__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_1'] = x__check_collection_division__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_2'] = x__check_collection_division__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_3'] = x__check_collection_division__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_4'] = x__check_collection_division__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_5'] = x__check_collection_division__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_6'] = x__check_collection_division__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_7'] = x__check_collection_division__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_8'] = x__check_collection_division__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_9'] = x__check_collection_division__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_10'] = x__check_collection_division__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_11'] = x__check_collection_division__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_12'] = x__check_collection_division__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_13'] = x__check_collection_division__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_14'] = x__check_collection_division__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_15'] = x__check_collection_division__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_16'] = x__check_collection_division__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_17'] = x__check_collection_division__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_18'] = x__check_collection_division__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_19'] = x__check_collection_division__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_20'] = x__check_collection_division__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_21'] = x__check_collection_division__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_22'] = x__check_collection_division__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_23'] = x__check_collection_division__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_24'] = x__check_collection_division__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_25'] = x__check_collection_division__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_26'] = x__check_collection_division__mutmut_26 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_27'] = x__check_collection_division__mutmut_27 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_28'] = x__check_collection_division__mutmut_28 # type: ignore # mutmut generated
mutants_x__check_collection_division__mutmut['x__check_collection_division__mutmut_29'] = x__check_collection_division__mutmut_29 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_three_character_tds__mutmut)
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


def x__check_three_character_tds__mutmut_orig(scheme: TdsScheme, tds: str) -> None:
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


def x__check_three_character_tds__mutmut_1(scheme: TdsScheme, tds: str) -> None:
    if scheme != TdsScheme.DIVISION_NUMBER:
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


def x__check_three_character_tds__mutmut_2(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(None, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_3(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, None, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_4(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, None)
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_5(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_6(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_7(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, )
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_8(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 4, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_9(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "XXproduct code division code (tds)XX")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_10(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "PRODUCT CODE DIVISION CODE (TDS)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_11(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme != TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_12(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds == "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_13(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "XX000XX":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_14(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(None)
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_15(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(None, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_16(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, None, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_17(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, None)
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_18(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_19(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_20(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, )
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_21(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 4, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_22(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "XXproduct code tdsXX")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_23(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "PRODUCT CODE TDS")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_24(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(None, _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_25(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], None, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_26(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, None, "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_27(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", None)
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_28(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(_NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_29(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_30(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_31(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", )
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_32(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[1], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_33(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "XXproduct code tXX", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_34(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "PRODUCT CODE T", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_35(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "XXa letter or digitXX")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_36(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "A LETTER OR DIGIT")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_37(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(None, UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_38(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], None, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_39(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, None, "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_40(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", None)
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_41(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_42(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_43(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_44(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", )
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_45(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[2], UPPER_ALNUM, "product code d", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_46(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "XXproduct code dXX", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_47(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "PRODUCT CODE D", "A-Z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_48(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "XXA-Z or 0-9XX")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_49(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "a-z or 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_50(scheme: TdsScheme, tds: str) -> None:
    if scheme == TdsScheme.DIVISION_NUMBER:
        require_digits(tds, 3, "product code division code (tds)")
    elif scheme == TdsScheme.RESERVED:
        if tds != "000":
            raise ScanError(f"product code tds is reserved and must be 000 for prefixes X1-X9, "
                            f"scanned {tds!r}")
    else:
        require_length(tds, 3, "product code tds")
        require_chars(tds[0], _NATIONAL_T, "product code t", "a letter or digit")
        require_chars(tds[1], UPPER_ALNUM, "product code d", "A-Z OR 0-9")
        require_chars(tds[2], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_51(scheme: TdsScheme, tds: str) -> None:
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
        require_chars(None, _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_52(scheme: TdsScheme, tds: str) -> None:
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
        require_chars(tds[2], None, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_53(scheme: TdsScheme, tds: str) -> None:
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
        require_chars(tds[2], _NATIONAL_S, None, "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_54(scheme: TdsScheme, tds: str) -> None:
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
        require_chars(tds[2], _NATIONAL_S, "product code s", None)


def x__check_three_character_tds__mutmut_55(scheme: TdsScheme, tds: str) -> None:
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
        require_chars(_NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_56(scheme: TdsScheme, tds: str) -> None:
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
        require_chars(tds[2], "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_57(scheme: TdsScheme, tds: str) -> None:
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
        require_chars(tds[2], _NATIONAL_S, "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_58(scheme: TdsScheme, tds: str) -> None:
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
        require_chars(tds[2], _NATIONAL_S, "product code s", )


def x__check_three_character_tds__mutmut_59(scheme: TdsScheme, tds: str) -> None:
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
        require_chars(tds[3], _NATIONAL_S, "product code s", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_60(scheme: TdsScheme, tds: str) -> None:
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
        require_chars(tds[2], _NATIONAL_S, "XXproduct code sXX", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_61(scheme: TdsScheme, tds: str) -> None:
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
        require_chars(tds[2], _NATIONAL_S, "PRODUCT CODE S", "a lower-case letter or digit")


def x__check_three_character_tds__mutmut_62(scheme: TdsScheme, tds: str) -> None:
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
        require_chars(tds[2], _NATIONAL_S, "product code s", "XXa lower-case letter or digitXX")


def x__check_three_character_tds__mutmut_63(scheme: TdsScheme, tds: str) -> None:
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
        require_chars(tds[2], _NATIONAL_S, "product code s", "A LOWER-CASE LETTER OR DIGIT")

mutants_x__check_three_character_tds__mutmut['_mutmut_orig'] = x__check_three_character_tds__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_1'] = x__check_three_character_tds__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_2'] = x__check_three_character_tds__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_3'] = x__check_three_character_tds__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_4'] = x__check_three_character_tds__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_5'] = x__check_three_character_tds__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_6'] = x__check_three_character_tds__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_7'] = x__check_three_character_tds__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_8'] = x__check_three_character_tds__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_9'] = x__check_three_character_tds__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_10'] = x__check_three_character_tds__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_11'] = x__check_three_character_tds__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_12'] = x__check_three_character_tds__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_13'] = x__check_three_character_tds__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_14'] = x__check_three_character_tds__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_15'] = x__check_three_character_tds__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_16'] = x__check_three_character_tds__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_17'] = x__check_three_character_tds__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_18'] = x__check_three_character_tds__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_19'] = x__check_three_character_tds__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_20'] = x__check_three_character_tds__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_21'] = x__check_three_character_tds__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_22'] = x__check_three_character_tds__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_23'] = x__check_three_character_tds__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_24'] = x__check_three_character_tds__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_25'] = x__check_three_character_tds__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_26'] = x__check_three_character_tds__mutmut_26 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_27'] = x__check_three_character_tds__mutmut_27 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_28'] = x__check_three_character_tds__mutmut_28 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_29'] = x__check_three_character_tds__mutmut_29 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_30'] = x__check_three_character_tds__mutmut_30 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_31'] = x__check_three_character_tds__mutmut_31 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_32'] = x__check_three_character_tds__mutmut_32 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_33'] = x__check_three_character_tds__mutmut_33 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_34'] = x__check_three_character_tds__mutmut_34 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_35'] = x__check_three_character_tds__mutmut_35 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_36'] = x__check_three_character_tds__mutmut_36 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_37'] = x__check_three_character_tds__mutmut_37 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_38'] = x__check_three_character_tds__mutmut_38 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_39'] = x__check_three_character_tds__mutmut_39 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_40'] = x__check_three_character_tds__mutmut_40 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_41'] = x__check_three_character_tds__mutmut_41 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_42'] = x__check_three_character_tds__mutmut_42 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_43'] = x__check_three_character_tds__mutmut_43 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_44'] = x__check_three_character_tds__mutmut_44 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_45'] = x__check_three_character_tds__mutmut_45 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_46'] = x__check_three_character_tds__mutmut_46 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_47'] = x__check_three_character_tds__mutmut_47 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_48'] = x__check_three_character_tds__mutmut_48 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_49'] = x__check_three_character_tds__mutmut_49 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_50'] = x__check_three_character_tds__mutmut_50 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_51'] = x__check_three_character_tds__mutmut_51 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_52'] = x__check_three_character_tds__mutmut_52 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_53'] = x__check_three_character_tds__mutmut_53 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_54'] = x__check_three_character_tds__mutmut_54 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_55'] = x__check_three_character_tds__mutmut_55 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_56'] = x__check_three_character_tds__mutmut_56 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_57'] = x__check_three_character_tds__mutmut_57 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_58'] = x__check_three_character_tds__mutmut_58 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_59'] = x__check_three_character_tds__mutmut_59 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_60'] = x__check_three_character_tds__mutmut_60 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_61'] = x__check_three_character_tds__mutmut_61 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_62'] = x__check_three_character_tds__mutmut_62 # type: ignore # mutmut generated
mutants_x__check_three_character_tds__mutmut['x__check_three_character_tds__mutmut_63'] = x__check_three_character_tds__mutmut_63 # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁProductCodeǁparse__mutmut: MutantDict = {}  # type: ignore
mutants_xǁProductCodeǁfields__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class ProductCode:
    """PDC + collection type + division; collection_type is "" where tds is one 3-char code."""

    data_structure: ClassVar[str] = "003"
    data_identifier: ClassVar[str] = "=<"

    pdc: str
    collection_type: str
    division: str

    @_mutmut_mutated(mutants_xǁProductCodeǁ__post_init____mutmut)
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

    def xǁProductCodeǁ__post_init____mutmut_orig(self) -> None:
        require_pdc(self.pdc, "product code")
        scheme = tds_scheme(self.pdc)
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.collection_type, self.division)
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(scheme, self.division)

    def xǁProductCodeǁ__post_init____mutmut_1(self) -> None:
        require_pdc(None, "product code")
        scheme = tds_scheme(self.pdc)
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.collection_type, self.division)
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(scheme, self.division)

    def xǁProductCodeǁ__post_init____mutmut_2(self) -> None:
        require_pdc(self.pdc, None)
        scheme = tds_scheme(self.pdc)
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.collection_type, self.division)
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(scheme, self.division)

    def xǁProductCodeǁ__post_init____mutmut_3(self) -> None:
        require_pdc("product code")
        scheme = tds_scheme(self.pdc)
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.collection_type, self.division)
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(scheme, self.division)

    def xǁProductCodeǁ__post_init____mutmut_4(self) -> None:
        require_pdc(self.pdc, )
        scheme = tds_scheme(self.pdc)
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.collection_type, self.division)
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(scheme, self.division)

    def xǁProductCodeǁ__post_init____mutmut_5(self) -> None:
        require_pdc(self.pdc, "XXproduct codeXX")
        scheme = tds_scheme(self.pdc)
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.collection_type, self.division)
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(scheme, self.division)

    def xǁProductCodeǁ__post_init____mutmut_6(self) -> None:
        require_pdc(self.pdc, "PRODUCT CODE")
        scheme = tds_scheme(self.pdc)
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.collection_type, self.division)
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(scheme, self.division)

    def xǁProductCodeǁ__post_init____mutmut_7(self) -> None:
        require_pdc(self.pdc, "product code")
        scheme = None
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.collection_type, self.division)
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(scheme, self.division)

    def xǁProductCodeǁ__post_init____mutmut_8(self) -> None:
        require_pdc(self.pdc, "product code")
        scheme = tds_scheme(None)
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.collection_type, self.division)
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(scheme, self.division)

    def xǁProductCodeǁ__post_init____mutmut_9(self) -> None:
        require_pdc(self.pdc, "product code")
        scheme = tds_scheme(self.pdc)
        if scheme != TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.collection_type, self.division)
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(scheme, self.division)

    def xǁProductCodeǁ__post_init____mutmut_10(self) -> None:
        require_pdc(self.pdc, "product code")
        scheme = tds_scheme(self.pdc)
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(None, self.division)
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(scheme, self.division)

    def xǁProductCodeǁ__post_init____mutmut_11(self) -> None:
        require_pdc(self.pdc, "product code")
        scheme = tds_scheme(self.pdc)
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.collection_type, None)
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(scheme, self.division)

    def xǁProductCodeǁ__post_init____mutmut_12(self) -> None:
        require_pdc(self.pdc, "product code")
        scheme = tds_scheme(self.pdc)
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.division)
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(scheme, self.division)

    def xǁProductCodeǁ__post_init____mutmut_13(self) -> None:
        require_pdc(self.pdc, "product code")
        scheme = tds_scheme(self.pdc)
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.collection_type, )
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(scheme, self.division)

    def xǁProductCodeǁ__post_init____mutmut_14(self) -> None:
        require_pdc(self.pdc, "product code")
        scheme = tds_scheme(self.pdc)
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.collection_type, self.division)
            return
        if self.collection_type:
            raise ScanError(None)
        _check_three_character_tds(scheme, self.division)

    def xǁProductCodeǁ__post_init____mutmut_15(self) -> None:
        require_pdc(self.pdc, "product code")
        scheme = tds_scheme(self.pdc)
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.collection_type, self.division)
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(None, self.division)

    def xǁProductCodeǁ__post_init____mutmut_16(self) -> None:
        require_pdc(self.pdc, "product code")
        scheme = tds_scheme(self.pdc)
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.collection_type, self.division)
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(scheme, None)

    def xǁProductCodeǁ__post_init____mutmut_17(self) -> None:
        require_pdc(self.pdc, "product code")
        scheme = tds_scheme(self.pdc)
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.collection_type, self.division)
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(self.division)

    def xǁProductCodeǁ__post_init____mutmut_18(self) -> None:
        require_pdc(self.pdc, "product code")
        scheme = tds_scheme(self.pdc)
        if scheme == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            _check_collection_division(self.collection_type, self.division)
            return
        if self.collection_type:
            raise ScanError(f"product code {self.pdc} has no collection type: its tds is a "
                            f"single 3-character code (pass collection_type='')")
        _check_three_character_tds(scheme, )

    @classmethod
    @_mutmut_mutated(mutants_xǁProductCodeǁparse__mutmut, is_classmethod = True)
    def parse(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_orig(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_1(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(None, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_2(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, None)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_3(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_4(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, )
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_5(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = None
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_6(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:6]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_7(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(None, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_8(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, None)
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_9(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc("product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_10(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, )
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_11(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "XXproduct codeXX")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_12(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "PRODUCT CODE")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_13(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(None) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_14(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) != TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_15(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=None, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_16(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=None, division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_17(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=None)
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_18(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_19(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_20(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], )
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_21(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[6], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_22(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[7:])
        return cls(pdc=pdc, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_23(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=None, collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_24(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type=None, division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_25(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=None)

    @classmethod
    def xǁProductCodeǁparse__mutmut_26(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(collection_type="", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_27(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_28(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", )

    @classmethod
    def xǁProductCodeǁparse__mutmut_29(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="XXXX", division=content[5:])

    @classmethod
    def xǁProductCodeǁparse__mutmut_30(cls, content: str) -> ProductCode:
        """Parses ``αooootds`` (8 characters), splitting tds as the prefix α requires."""
        require_content_length(cls.data_structure, content)
        pdc = content[:5]
        require_pdc(pdc, "product code")
        if tds_scheme(pdc) == TdsScheme.COLLECTION_TYPE_AND_DIVISION:
            return cls(pdc=pdc, collection_type=content[5], division=content[6:])
        return cls(pdc=pdc, collection_type="", division=content[6:])

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

    @_mutmut_mutated(mutants_xǁProductCodeǁfields__mutmut)
    def fields(self) -> dict[str, Any]:
        return {
            "pdc": self.pdc,
            "product_type": _PRODUCT_TYPES[self.pdc[0]],
            "collection_type": self.collection_type or None,
            "collection_type_meaning": COLLECTION_TYPES.get(self.collection_type),
            "division": self.division,
            "needs_divisions_structure": self.needs_divisions_structure,
        }

    def xǁProductCodeǁfields__mutmut_orig(self) -> dict[str, Any]:
        return {
            "pdc": self.pdc,
            "product_type": _PRODUCT_TYPES[self.pdc[0]],
            "collection_type": self.collection_type or None,
            "collection_type_meaning": COLLECTION_TYPES.get(self.collection_type),
            "division": self.division,
            "needs_divisions_structure": self.needs_divisions_structure,
        }

    def xǁProductCodeǁfields__mutmut_1(self) -> dict[str, Any]:
        return {
            "XXpdcXX": self.pdc,
            "product_type": _PRODUCT_TYPES[self.pdc[0]],
            "collection_type": self.collection_type or None,
            "collection_type_meaning": COLLECTION_TYPES.get(self.collection_type),
            "division": self.division,
            "needs_divisions_structure": self.needs_divisions_structure,
        }

    def xǁProductCodeǁfields__mutmut_2(self) -> dict[str, Any]:
        return {
            "PDC": self.pdc,
            "product_type": _PRODUCT_TYPES[self.pdc[0]],
            "collection_type": self.collection_type or None,
            "collection_type_meaning": COLLECTION_TYPES.get(self.collection_type),
            "division": self.division,
            "needs_divisions_structure": self.needs_divisions_structure,
        }

    def xǁProductCodeǁfields__mutmut_3(self) -> dict[str, Any]:
        return {
            "pdc": self.pdc,
            "XXproduct_typeXX": _PRODUCT_TYPES[self.pdc[0]],
            "collection_type": self.collection_type or None,
            "collection_type_meaning": COLLECTION_TYPES.get(self.collection_type),
            "division": self.division,
            "needs_divisions_structure": self.needs_divisions_structure,
        }

    def xǁProductCodeǁfields__mutmut_4(self) -> dict[str, Any]:
        return {
            "pdc": self.pdc,
            "PRODUCT_TYPE": _PRODUCT_TYPES[self.pdc[0]],
            "collection_type": self.collection_type or None,
            "collection_type_meaning": COLLECTION_TYPES.get(self.collection_type),
            "division": self.division,
            "needs_divisions_structure": self.needs_divisions_structure,
        }

    def xǁProductCodeǁfields__mutmut_5(self) -> dict[str, Any]:
        return {
            "pdc": self.pdc,
            "product_type": _PRODUCT_TYPES[self.pdc[1]],
            "collection_type": self.collection_type or None,
            "collection_type_meaning": COLLECTION_TYPES.get(self.collection_type),
            "division": self.division,
            "needs_divisions_structure": self.needs_divisions_structure,
        }

    def xǁProductCodeǁfields__mutmut_6(self) -> dict[str, Any]:
        return {
            "pdc": self.pdc,
            "product_type": _PRODUCT_TYPES[self.pdc[0]],
            "XXcollection_typeXX": self.collection_type or None,
            "collection_type_meaning": COLLECTION_TYPES.get(self.collection_type),
            "division": self.division,
            "needs_divisions_structure": self.needs_divisions_structure,
        }

    def xǁProductCodeǁfields__mutmut_7(self) -> dict[str, Any]:
        return {
            "pdc": self.pdc,
            "product_type": _PRODUCT_TYPES[self.pdc[0]],
            "COLLECTION_TYPE": self.collection_type or None,
            "collection_type_meaning": COLLECTION_TYPES.get(self.collection_type),
            "division": self.division,
            "needs_divisions_structure": self.needs_divisions_structure,
        }

    def xǁProductCodeǁfields__mutmut_8(self) -> dict[str, Any]:
        return {
            "pdc": self.pdc,
            "product_type": _PRODUCT_TYPES[self.pdc[0]],
            "collection_type": self.collection_type and None,
            "collection_type_meaning": COLLECTION_TYPES.get(self.collection_type),
            "division": self.division,
            "needs_divisions_structure": self.needs_divisions_structure,
        }

    def xǁProductCodeǁfields__mutmut_9(self) -> dict[str, Any]:
        return {
            "pdc": self.pdc,
            "product_type": _PRODUCT_TYPES[self.pdc[0]],
            "collection_type": self.collection_type or None,
            "XXcollection_type_meaningXX": COLLECTION_TYPES.get(self.collection_type),
            "division": self.division,
            "needs_divisions_structure": self.needs_divisions_structure,
        }

    def xǁProductCodeǁfields__mutmut_10(self) -> dict[str, Any]:
        return {
            "pdc": self.pdc,
            "product_type": _PRODUCT_TYPES[self.pdc[0]],
            "collection_type": self.collection_type or None,
            "COLLECTION_TYPE_MEANING": COLLECTION_TYPES.get(self.collection_type),
            "division": self.division,
            "needs_divisions_structure": self.needs_divisions_structure,
        }

    def xǁProductCodeǁfields__mutmut_11(self) -> dict[str, Any]:
        return {
            "pdc": self.pdc,
            "product_type": _PRODUCT_TYPES[self.pdc[0]],
            "collection_type": self.collection_type or None,
            "collection_type_meaning": COLLECTION_TYPES.get(None),
            "division": self.division,
            "needs_divisions_structure": self.needs_divisions_structure,
        }

    def xǁProductCodeǁfields__mutmut_12(self) -> dict[str, Any]:
        return {
            "pdc": self.pdc,
            "product_type": _PRODUCT_TYPES[self.pdc[0]],
            "collection_type": self.collection_type or None,
            "collection_type_meaning": COLLECTION_TYPES.get(self.collection_type),
            "XXdivisionXX": self.division,
            "needs_divisions_structure": self.needs_divisions_structure,
        }

    def xǁProductCodeǁfields__mutmut_13(self) -> dict[str, Any]:
        return {
            "pdc": self.pdc,
            "product_type": _PRODUCT_TYPES[self.pdc[0]],
            "collection_type": self.collection_type or None,
            "collection_type_meaning": COLLECTION_TYPES.get(self.collection_type),
            "DIVISION": self.division,
            "needs_divisions_structure": self.needs_divisions_structure,
        }

    def xǁProductCodeǁfields__mutmut_14(self) -> dict[str, Any]:
        return {
            "pdc": self.pdc,
            "product_type": _PRODUCT_TYPES[self.pdc[0]],
            "collection_type": self.collection_type or None,
            "collection_type_meaning": COLLECTION_TYPES.get(self.collection_type),
            "division": self.division,
            "XXneeds_divisions_structureXX": self.needs_divisions_structure,
        }

    def xǁProductCodeǁfields__mutmut_15(self) -> dict[str, Any]:
        return {
            "pdc": self.pdc,
            "product_type": _PRODUCT_TYPES[self.pdc[0]],
            "collection_type": self.collection_type or None,
            "collection_type_meaning": COLLECTION_TYPES.get(self.collection_type),
            "division": self.division,
            "NEEDS_DIVISIONS_STRUCTURE": self.needs_divisions_structure,
        }

mutants_xǁProductCodeǁ__post_init____mutmut['_mutmut_orig'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut['xǁProductCodeǁ__post_init____mutmut_1'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut['xǁProductCodeǁ__post_init____mutmut_2'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut['xǁProductCodeǁ__post_init____mutmut_3'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut['xǁProductCodeǁ__post_init____mutmut_4'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut['xǁProductCodeǁ__post_init____mutmut_5'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut['xǁProductCodeǁ__post_init____mutmut_6'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut['xǁProductCodeǁ__post_init____mutmut_7'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut['xǁProductCodeǁ__post_init____mutmut_8'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut['xǁProductCodeǁ__post_init____mutmut_9'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut['xǁProductCodeǁ__post_init____mutmut_10'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut['xǁProductCodeǁ__post_init____mutmut_11'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut['xǁProductCodeǁ__post_init____mutmut_12'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut['xǁProductCodeǁ__post_init____mutmut_13'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut['xǁProductCodeǁ__post_init____mutmut_14'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut['xǁProductCodeǁ__post_init____mutmut_15'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut['xǁProductCodeǁ__post_init____mutmut_16'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut['xǁProductCodeǁ__post_init____mutmut_17'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁProductCodeǁ__post_init____mutmut['xǁProductCodeǁ__post_init____mutmut_18'] = ProductCode.xǁProductCodeǁ__post_init____mutmut_18 # type: ignore # mutmut generated

mutants_xǁProductCodeǁparse__mutmut['_mutmut_orig'] = ProductCode.xǁProductCodeǁparse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_1'] = ProductCode.xǁProductCodeǁparse__mutmut_1 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_2'] = ProductCode.xǁProductCodeǁparse__mutmut_2 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_3'] = ProductCode.xǁProductCodeǁparse__mutmut_3 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_4'] = ProductCode.xǁProductCodeǁparse__mutmut_4 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_5'] = ProductCode.xǁProductCodeǁparse__mutmut_5 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_6'] = ProductCode.xǁProductCodeǁparse__mutmut_6 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_7'] = ProductCode.xǁProductCodeǁparse__mutmut_7 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_8'] = ProductCode.xǁProductCodeǁparse__mutmut_8 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_9'] = ProductCode.xǁProductCodeǁparse__mutmut_9 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_10'] = ProductCode.xǁProductCodeǁparse__mutmut_10 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_11'] = ProductCode.xǁProductCodeǁparse__mutmut_11 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_12'] = ProductCode.xǁProductCodeǁparse__mutmut_12 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_13'] = ProductCode.xǁProductCodeǁparse__mutmut_13 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_14'] = ProductCode.xǁProductCodeǁparse__mutmut_14 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_15'] = ProductCode.xǁProductCodeǁparse__mutmut_15 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_16'] = ProductCode.xǁProductCodeǁparse__mutmut_16 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_17'] = ProductCode.xǁProductCodeǁparse__mutmut_17 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_18'] = ProductCode.xǁProductCodeǁparse__mutmut_18 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_19'] = ProductCode.xǁProductCodeǁparse__mutmut_19 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_20'] = ProductCode.xǁProductCodeǁparse__mutmut_20 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_21'] = ProductCode.xǁProductCodeǁparse__mutmut_21 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_22'] = ProductCode.xǁProductCodeǁparse__mutmut_22 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_23'] = ProductCode.xǁProductCodeǁparse__mutmut_23 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_24'] = ProductCode.xǁProductCodeǁparse__mutmut_24 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_25'] = ProductCode.xǁProductCodeǁparse__mutmut_25 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_26'] = ProductCode.xǁProductCodeǁparse__mutmut_26 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_27'] = ProductCode.xǁProductCodeǁparse__mutmut_27 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_28'] = ProductCode.xǁProductCodeǁparse__mutmut_28 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_29'] = ProductCode.xǁProductCodeǁparse__mutmut_29 # type: ignore # mutmut generated
mutants_xǁProductCodeǁparse__mutmut['xǁProductCodeǁparse__mutmut_30'] = ProductCode.xǁProductCodeǁparse__mutmut_30 # type: ignore # mutmut generated

mutants_xǁProductCodeǁfields__mutmut['_mutmut_orig'] = ProductCode.xǁProductCodeǁfields__mutmut_orig # type: ignore # mutmut generated
mutants_xǁProductCodeǁfields__mutmut['xǁProductCodeǁfields__mutmut_1'] = ProductCode.xǁProductCodeǁfields__mutmut_1 # type: ignore # mutmut generated
mutants_xǁProductCodeǁfields__mutmut['xǁProductCodeǁfields__mutmut_2'] = ProductCode.xǁProductCodeǁfields__mutmut_2 # type: ignore # mutmut generated
mutants_xǁProductCodeǁfields__mutmut['xǁProductCodeǁfields__mutmut_3'] = ProductCode.xǁProductCodeǁfields__mutmut_3 # type: ignore # mutmut generated
mutants_xǁProductCodeǁfields__mutmut['xǁProductCodeǁfields__mutmut_4'] = ProductCode.xǁProductCodeǁfields__mutmut_4 # type: ignore # mutmut generated
mutants_xǁProductCodeǁfields__mutmut['xǁProductCodeǁfields__mutmut_5'] = ProductCode.xǁProductCodeǁfields__mutmut_5 # type: ignore # mutmut generated
mutants_xǁProductCodeǁfields__mutmut['xǁProductCodeǁfields__mutmut_6'] = ProductCode.xǁProductCodeǁfields__mutmut_6 # type: ignore # mutmut generated
mutants_xǁProductCodeǁfields__mutmut['xǁProductCodeǁfields__mutmut_7'] = ProductCode.xǁProductCodeǁfields__mutmut_7 # type: ignore # mutmut generated
mutants_xǁProductCodeǁfields__mutmut['xǁProductCodeǁfields__mutmut_8'] = ProductCode.xǁProductCodeǁfields__mutmut_8 # type: ignore # mutmut generated
mutants_xǁProductCodeǁfields__mutmut['xǁProductCodeǁfields__mutmut_9'] = ProductCode.xǁProductCodeǁfields__mutmut_9 # type: ignore # mutmut generated
mutants_xǁProductCodeǁfields__mutmut['xǁProductCodeǁfields__mutmut_10'] = ProductCode.xǁProductCodeǁfields__mutmut_10 # type: ignore # mutmut generated
mutants_xǁProductCodeǁfields__mutmut['xǁProductCodeǁfields__mutmut_11'] = ProductCode.xǁProductCodeǁfields__mutmut_11 # type: ignore # mutmut generated
mutants_xǁProductCodeǁfields__mutmut['xǁProductCodeǁfields__mutmut_12'] = ProductCode.xǁProductCodeǁfields__mutmut_12 # type: ignore # mutmut generated
mutants_xǁProductCodeǁfields__mutmut['xǁProductCodeǁfields__mutmut_13'] = ProductCode.xǁProductCodeǁfields__mutmut_13 # type: ignore # mutmut generated
mutants_xǁProductCodeǁfields__mutmut['xǁProductCodeǁfields__mutmut_14'] = ProductCode.xǁProductCodeǁfields__mutmut_14 # type: ignore # mutmut generated
mutants_xǁProductCodeǁfields__mutmut['xǁProductCodeǁfields__mutmut_15'] = ProductCode.xǁProductCodeǁfields__mutmut_15 # type: ignore # mutmut generated
