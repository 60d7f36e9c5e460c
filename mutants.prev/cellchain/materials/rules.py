"""Whether a reagent lot or a piece of equipment may be used in a manufacturing step. Pure.

DESIGN §4 rule 3: a step cannot use an expired, quarantined or rejected reagent lot, nor
equipment past its calibration date. 21 CFR 1271.210(a): supplies and reagents are not used
until verified to meet specifications (211.84 in drug GMP: quarantine until QA approves);
21 CFR 1271.200(c) and 211.68, EU GMP Part I 3.41: equipment is calibrated at defined
intervals and not used outside them; 1271.200(b) and 211.67: maintained on a schedule.

Decisions where DESIGN is silent:
- Expiry is derived, never stored: a lot whose ``expires_on`` is before today is expired; it
  is still usable *on* its expiry date (supplier certificates state "use by").
- Calibration and maintenance are due *on* their date: equipment is usable that day and
  overdue the day after.
- Equipment that is out of service, or overdue for planned maintenance, is refused as well.
- Every refusal is returned, not only the first, so the station can show a checklist.
- "Today" is the site's calendar date (``site_today``), not the UTC date.
- QA decides once: quarantine → released | rejected, both final; a lot that expired while in
  quarantine is rejected, not released.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Final, Protocol

from cellchain.equipment.rules import EquipmentFacts, equipment_refusals
from cellchain.errors import BadInput, Conflict
from cellchain.inputs.rules import parse_iso_date

# How far ahead the lists warn that an expiry or calibration date is near.
DUE_SOON: Final = timedelta(days=30)
_CODE = re.compile(r"M(\d{6,15})")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
# Asset numbers are printed on the equipment's own label: letters, digits and - . / _


class MaterialKind(StrEnum):
    RETRONECTIN = "retronectin"
    ANTI_CD3 = "anti_cd3"
    IL2 = "il2"
    MEDIUM = "medium"
    SERUM_ALBUMIN = "serum_albumin"
    SALINE = "saline"
    CULTURE_BAG = "culture_bag"
    INFUSION_BAG = "infusion_bag"

    @property
    def label(self) -> str:
        return _MATERIAL_LABELS[self]


_MATERIAL_LABELS: Final[dict[MaterialKind, str]] = {
    MaterialKind.RETRONECTIN: "RetroNectin",
    MaterialKind.ANTI_CD3: "Anti-CD3",
    MaterialKind.IL2: "IL-2",
    MaterialKind.MEDIUM: "Medium",
    MaterialKind.SERUM_ALBUMIN: "Serum albumin",
    MaterialKind.SALINE: "Saline",
    MaterialKind.CULTURE_BAG: "Culture bag",
    MaterialKind.INFUSION_BAG: "Infusion bag",
}


class MaterialStatus(StrEnum):
    QUARANTINE = "quarantine"
    RELEASED = "released"
    REJECTED = "rejected"


class MaterialCondition(StrEnum):
    """What a list shows: the stored status, except that a released lot past expiry is
    expired."""

    QUARANTINE = "quarantine"
    RELEASED = "released"
    EXPIRED = "expired"
    REJECTED = "rejected"


# QA decides once: a released or rejected lot does not change status again (a supplier
# recall of a released lot is a deviation, handled outside this table).
MATERIAL_TRANSITIONS: Final[dict[MaterialStatus, frozenset[MaterialStatus]]] = {
    MaterialStatus.QUARANTINE: frozenset({MaterialStatus.RELEASED, MaterialStatus.REJECTED}),
    MaterialStatus.RELEASED: frozenset(),
    MaterialStatus.REJECTED: frozenset(),
}


class MaterialFacts(Protocol):
    """What the rules read from a material lot (``MaterialLot`` satisfies it)."""

    code: str
    kind: str
    supplier_lot: str
    expires_on: date
    status: str
    status_reason: str | None
mutants_x_site_today__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_site_today__mutmut)
def site_today(now: datetime, zone: tzinfo) -> date:
    """Returns the calendar date at the site: expiry and due dates are site dates."""
    return now.astimezone(zone).date()


def x_site_today__mutmut_orig(now: datetime, zone: tzinfo) -> date:
    """Returns the calendar date at the site: expiry and due dates are site dates."""
    return now.astimezone(zone).date()


def x_site_today__mutmut_1(now: datetime, zone: tzinfo) -> date:
    """Returns the calendar date at the site: expiry and due dates are site dates."""
    return now.astimezone(None).date()

mutants_x_site_today__mutmut['_mutmut_orig'] = x_site_today__mutmut_orig # type: ignore # mutmut generated
mutants_x_site_today__mutmut['x_site_today__mutmut_1'] = x_site_today__mutmut_1 # type: ignore # mutmut generated
mutants_x_material_kind_label__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_material_kind_label__mutmut)
def material_kind_label(kind: str) -> str:
    """Returns the printed name of a material kind ("IL-2"), or the raw value if unknown."""
    try:
        return MaterialKind(kind).label
    except ValueError:
        return kind


def x_material_kind_label__mutmut_orig(kind: str) -> str:
    """Returns the printed name of a material kind ("IL-2"), or the raw value if unknown."""
    try:
        return MaterialKind(kind).label
    except ValueError:
        return kind


def x_material_kind_label__mutmut_1(kind: str) -> str:
    """Returns the printed name of a material kind ("IL-2"), or the raw value if unknown."""
    try:
        return MaterialKind(None).label
    except ValueError:
        return kind

mutants_x_material_kind_label__mutmut['_mutmut_orig'] = x_material_kind_label__mutmut_orig # type: ignore # mutmut generated
mutants_x_material_kind_label__mutmut['x_material_kind_label__mutmut_1'] = x_material_kind_label__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_material_kind__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_material_kind__mutmut)
def parse_material_kind(text: str) -> MaterialKind:
    """Returns the kind named by text, or raises BadInput listing the kinds."""
    try:
        return MaterialKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in MaterialKind)
        raise BadInput(f"Material kind '{text}' is not one of: {valid}.", field="kind") from None


def x_parse_material_kind__mutmut_orig(text: str) -> MaterialKind:
    """Returns the kind named by text, or raises BadInput listing the kinds."""
    try:
        return MaterialKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in MaterialKind)
        raise BadInput(f"Material kind '{text}' is not one of: {valid}.", field="kind") from None


def x_parse_material_kind__mutmut_1(text: str) -> MaterialKind:
    """Returns the kind named by text, or raises BadInput listing the kinds."""
    try:
        return MaterialKind(None)
    except ValueError:
        valid = ", ".join(k.value for k in MaterialKind)
        raise BadInput(f"Material kind '{text}' is not one of: {valid}.", field="kind") from None


def x_parse_material_kind__mutmut_2(text: str) -> MaterialKind:
    """Returns the kind named by text, or raises BadInput listing the kinds."""
    try:
        return MaterialKind(text.strip().upper())
    except ValueError:
        valid = ", ".join(k.value for k in MaterialKind)
        raise BadInput(f"Material kind '{text}' is not one of: {valid}.", field="kind") from None


def x_parse_material_kind__mutmut_3(text: str) -> MaterialKind:
    """Returns the kind named by text, or raises BadInput listing the kinds."""
    try:
        return MaterialKind(text.strip().lower())
    except ValueError:
        valid = None
        raise BadInput(f"Material kind '{text}' is not one of: {valid}.", field="kind") from None


def x_parse_material_kind__mutmut_4(text: str) -> MaterialKind:
    """Returns the kind named by text, or raises BadInput listing the kinds."""
    try:
        return MaterialKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(None)
        raise BadInput(f"Material kind '{text}' is not one of: {valid}.", field="kind") from None


def x_parse_material_kind__mutmut_5(text: str) -> MaterialKind:
    """Returns the kind named by text, or raises BadInput listing the kinds."""
    try:
        return MaterialKind(text.strip().lower())
    except ValueError:
        valid = "XX, XX".join(k.value for k in MaterialKind)
        raise BadInput(f"Material kind '{text}' is not one of: {valid}.", field="kind") from None


def x_parse_material_kind__mutmut_6(text: str) -> MaterialKind:
    """Returns the kind named by text, or raises BadInput listing the kinds."""
    try:
        return MaterialKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in MaterialKind)
        raise BadInput(None, field="kind") from None


def x_parse_material_kind__mutmut_7(text: str) -> MaterialKind:
    """Returns the kind named by text, or raises BadInput listing the kinds."""
    try:
        return MaterialKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in MaterialKind)
        raise BadInput(f"Material kind '{text}' is not one of: {valid}.", field=None) from None


def x_parse_material_kind__mutmut_8(text: str) -> MaterialKind:
    """Returns the kind named by text, or raises BadInput listing the kinds."""
    try:
        return MaterialKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in MaterialKind)
        raise BadInput(field="kind") from None


def x_parse_material_kind__mutmut_9(text: str) -> MaterialKind:
    """Returns the kind named by text, or raises BadInput listing the kinds."""
    try:
        return MaterialKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in MaterialKind)
        raise BadInput(f"Material kind '{text}' is not one of: {valid}.", ) from None


def x_parse_material_kind__mutmut_10(text: str) -> MaterialKind:
    """Returns the kind named by text, or raises BadInput listing the kinds."""
    try:
        return MaterialKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in MaterialKind)
        raise BadInput(f"Material kind '{text}' is not one of: {valid}.", field="XXkindXX") from None


def x_parse_material_kind__mutmut_11(text: str) -> MaterialKind:
    """Returns the kind named by text, or raises BadInput listing the kinds."""
    try:
        return MaterialKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in MaterialKind)
        raise BadInput(f"Material kind '{text}' is not one of: {valid}.", field="KIND") from None

mutants_x_parse_material_kind__mutmut['_mutmut_orig'] = x_parse_material_kind__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_material_kind__mutmut['x_parse_material_kind__mutmut_1'] = x_parse_material_kind__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_material_kind__mutmut['x_parse_material_kind__mutmut_2'] = x_parse_material_kind__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_material_kind__mutmut['x_parse_material_kind__mutmut_3'] = x_parse_material_kind__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_material_kind__mutmut['x_parse_material_kind__mutmut_4'] = x_parse_material_kind__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_material_kind__mutmut['x_parse_material_kind__mutmut_5'] = x_parse_material_kind__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_material_kind__mutmut['x_parse_material_kind__mutmut_6'] = x_parse_material_kind__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_material_kind__mutmut['x_parse_material_kind__mutmut_7'] = x_parse_material_kind__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_material_kind__mutmut['x_parse_material_kind__mutmut_8'] = x_parse_material_kind__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_material_kind__mutmut['x_parse_material_kind__mutmut_9'] = x_parse_material_kind__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_material_kind__mutmut['x_parse_material_kind__mutmut_10'] = x_parse_material_kind__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_material_kind__mutmut['x_parse_material_kind__mutmut_11'] = x_parse_material_kind__mutmut_11 # type: ignore # mutmut generated
mutants_x_material_code__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_material_code__mutmut)
def material_code(material_id: int) -> str:
    """Returns the code printed on a material label and scanned at the station: M000012."""
    if material_id < 1:
        raise ValueError(f"a material lot id is positive, got {material_id}")
    return f"M{material_id:06d}"


def x_material_code__mutmut_orig(material_id: int) -> str:
    """Returns the code printed on a material label and scanned at the station: M000012."""
    if material_id < 1:
        raise ValueError(f"a material lot id is positive, got {material_id}")
    return f"M{material_id:06d}"


def x_material_code__mutmut_1(material_id: int) -> str:
    """Returns the code printed on a material label and scanned at the station: M000012."""
    if material_id <= 1:
        raise ValueError(f"a material lot id is positive, got {material_id}")
    return f"M{material_id:06d}"


def x_material_code__mutmut_2(material_id: int) -> str:
    """Returns the code printed on a material label and scanned at the station: M000012."""
    if material_id < 2:
        raise ValueError(f"a material lot id is positive, got {material_id}")
    return f"M{material_id:06d}"


def x_material_code__mutmut_3(material_id: int) -> str:
    """Returns the code printed on a material label and scanned at the station: M000012."""
    if material_id < 1:
        raise ValueError(None)
    return f"M{material_id:06d}"

mutants_x_material_code__mutmut['_mutmut_orig'] = x_material_code__mutmut_orig # type: ignore # mutmut generated
mutants_x_material_code__mutmut['x_material_code__mutmut_1'] = x_material_code__mutmut_1 # type: ignore # mutmut generated
mutants_x_material_code__mutmut['x_material_code__mutmut_2'] = x_material_code__mutmut_2 # type: ignore # mutmut generated
mutants_x_material_code__mutmut['x_material_code__mutmut_3'] = x_material_code__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_material_code__mutmut)
def parse_material_code(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_orig(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_1(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = None
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_2(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().lower()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_3(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = None
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_4(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(None)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_5(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 and material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_6(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None and int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_7(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is not None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_8(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(None) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_9(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(None)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_10(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(2)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_11(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) <= 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_12(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 2 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_13(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(None) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_14(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(None)) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_15(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(None))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_16(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(2))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_17(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) == value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_18(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(None,
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_19(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field=None)
    return int(match.group(1))


def x_parse_material_code__mutmut_20(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_21(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       )
    return int(match.group(1))


def x_parse_material_code__mutmut_22(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "XXdigits, as printed on the material label (e.g. M000012).XX",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_23(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. m000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_24(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "DIGITS, AS PRINTED ON THE MATERIAL LABEL (E.G. M000012).",
                       field="material_code")
    return int(match.group(1))


def x_parse_material_code__mutmut_25(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="XXmaterial_codeXX")
    return int(match.group(1))


def x_parse_material_code__mutmut_26(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="MATERIAL_CODE")
    return int(match.group(1))


def x_parse_material_code__mutmut_27(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(None)


def x_parse_material_code__mutmut_28(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(None))


def x_parse_material_code__mutmut_29(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(2))

mutants_x_parse_material_code__mutmut['_mutmut_orig'] = x_parse_material_code__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_1'] = x_parse_material_code__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_2'] = x_parse_material_code__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_3'] = x_parse_material_code__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_4'] = x_parse_material_code__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_5'] = x_parse_material_code__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_6'] = x_parse_material_code__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_7'] = x_parse_material_code__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_8'] = x_parse_material_code__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_9'] = x_parse_material_code__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_10'] = x_parse_material_code__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_11'] = x_parse_material_code__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_12'] = x_parse_material_code__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_13'] = x_parse_material_code__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_14'] = x_parse_material_code__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_15'] = x_parse_material_code__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_16'] = x_parse_material_code__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_17'] = x_parse_material_code__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_18'] = x_parse_material_code__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_19'] = x_parse_material_code__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_20'] = x_parse_material_code__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_21'] = x_parse_material_code__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_22'] = x_parse_material_code__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_23'] = x_parse_material_code__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_24'] = x_parse_material_code__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_25'] = x_parse_material_code__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_26'] = x_parse_material_code__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_27'] = x_parse_material_code__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_28'] = x_parse_material_code__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_material_code__mutmut['x_parse_material_code__mutmut_29'] = x_parse_material_code__mutmut_29 # type: ignore # mutmut generated
mutants_x_required_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_required_text__mutmut)
def required_text(text: str, *, field: str, label: str, max_length: int) -> str:
    """Returns text trimmed, or raises BadInput naming the field when empty or too long."""
    value = text.strip()
    if not value:
        raise BadInput(f"{label} is required.", field=field)
    if len(value) > max_length:
        raise BadInput(f"{label} is {len(value)} characters long; the limit is {max_length}.",
                       field=field)
    return value


def x_required_text__mutmut_orig(text: str, *, field: str, label: str, max_length: int) -> str:
    """Returns text trimmed, or raises BadInput naming the field when empty or too long."""
    value = text.strip()
    if not value:
        raise BadInput(f"{label} is required.", field=field)
    if len(value) > max_length:
        raise BadInput(f"{label} is {len(value)} characters long; the limit is {max_length}.",
                       field=field)
    return value


def x_required_text__mutmut_1(text: str, *, field: str, label: str, max_length: int) -> str:
    """Returns text trimmed, or raises BadInput naming the field when empty or too long."""
    value = None
    if not value:
        raise BadInput(f"{label} is required.", field=field)
    if len(value) > max_length:
        raise BadInput(f"{label} is {len(value)} characters long; the limit is {max_length}.",
                       field=field)
    return value


def x_required_text__mutmut_2(text: str, *, field: str, label: str, max_length: int) -> str:
    """Returns text trimmed, or raises BadInput naming the field when empty or too long."""
    value = text.strip()
    if value:
        raise BadInput(f"{label} is required.", field=field)
    if len(value) > max_length:
        raise BadInput(f"{label} is {len(value)} characters long; the limit is {max_length}.",
                       field=field)
    return value


def x_required_text__mutmut_3(text: str, *, field: str, label: str, max_length: int) -> str:
    """Returns text trimmed, or raises BadInput naming the field when empty or too long."""
    value = text.strip()
    if not value:
        raise BadInput(None, field=field)
    if len(value) > max_length:
        raise BadInput(f"{label} is {len(value)} characters long; the limit is {max_length}.",
                       field=field)
    return value


def x_required_text__mutmut_4(text: str, *, field: str, label: str, max_length: int) -> str:
    """Returns text trimmed, or raises BadInput naming the field when empty or too long."""
    value = text.strip()
    if not value:
        raise BadInput(f"{label} is required.", field=None)
    if len(value) > max_length:
        raise BadInput(f"{label} is {len(value)} characters long; the limit is {max_length}.",
                       field=field)
    return value


def x_required_text__mutmut_5(text: str, *, field: str, label: str, max_length: int) -> str:
    """Returns text trimmed, or raises BadInput naming the field when empty or too long."""
    value = text.strip()
    if not value:
        raise BadInput(field=field)
    if len(value) > max_length:
        raise BadInput(f"{label} is {len(value)} characters long; the limit is {max_length}.",
                       field=field)
    return value


def x_required_text__mutmut_6(text: str, *, field: str, label: str, max_length: int) -> str:
    """Returns text trimmed, or raises BadInput naming the field when empty or too long."""
    value = text.strip()
    if not value:
        raise BadInput(f"{label} is required.", )
    if len(value) > max_length:
        raise BadInput(f"{label} is {len(value)} characters long; the limit is {max_length}.",
                       field=field)
    return value


def x_required_text__mutmut_7(text: str, *, field: str, label: str, max_length: int) -> str:
    """Returns text trimmed, or raises BadInput naming the field when empty or too long."""
    value = text.strip()
    if not value:
        raise BadInput(f"{label} is required.", field=field)
    if len(value) >= max_length:
        raise BadInput(f"{label} is {len(value)} characters long; the limit is {max_length}.",
                       field=field)
    return value


def x_required_text__mutmut_8(text: str, *, field: str, label: str, max_length: int) -> str:
    """Returns text trimmed, or raises BadInput naming the field when empty or too long."""
    value = text.strip()
    if not value:
        raise BadInput(f"{label} is required.", field=field)
    if len(value) > max_length:
        raise BadInput(None,
                       field=field)
    return value


def x_required_text__mutmut_9(text: str, *, field: str, label: str, max_length: int) -> str:
    """Returns text trimmed, or raises BadInput naming the field when empty or too long."""
    value = text.strip()
    if not value:
        raise BadInput(f"{label} is required.", field=field)
    if len(value) > max_length:
        raise BadInput(f"{label} is {len(value)} characters long; the limit is {max_length}.",
                       field=None)
    return value


def x_required_text__mutmut_10(text: str, *, field: str, label: str, max_length: int) -> str:
    """Returns text trimmed, or raises BadInput naming the field when empty or too long."""
    value = text.strip()
    if not value:
        raise BadInput(f"{label} is required.", field=field)
    if len(value) > max_length:
        raise BadInput(field=field)
    return value


def x_required_text__mutmut_11(text: str, *, field: str, label: str, max_length: int) -> str:
    """Returns text trimmed, or raises BadInput naming the field when empty or too long."""
    value = text.strip()
    if not value:
        raise BadInput(f"{label} is required.", field=field)
    if len(value) > max_length:
        raise BadInput(f"{label} is {len(value)} characters long; the limit is {max_length}.",
                       )
    return value

mutants_x_required_text__mutmut['_mutmut_orig'] = x_required_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_required_text__mutmut['x_required_text__mutmut_1'] = x_required_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_required_text__mutmut['x_required_text__mutmut_2'] = x_required_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_required_text__mutmut['x_required_text__mutmut_3'] = x_required_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_required_text__mutmut['x_required_text__mutmut_4'] = x_required_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_required_text__mutmut['x_required_text__mutmut_5'] = x_required_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_required_text__mutmut['x_required_text__mutmut_6'] = x_required_text__mutmut_6 # type: ignore # mutmut generated
mutants_x_required_text__mutmut['x_required_text__mutmut_7'] = x_required_text__mutmut_7 # type: ignore # mutmut generated
mutants_x_required_text__mutmut['x_required_text__mutmut_8'] = x_required_text__mutmut_8 # type: ignore # mutmut generated
mutants_x_required_text__mutmut['x_required_text__mutmut_9'] = x_required_text__mutmut_9 # type: ignore # mutmut generated
mutants_x_required_text__mutmut['x_required_text__mutmut_10'] = x_required_text__mutmut_10 # type: ignore # mutmut generated
mutants_x_required_text__mutmut['x_required_text__mutmut_11'] = x_required_text__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_form_date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_form_date__mutmut)
def parse_form_date(text: str, *, field: str, label: str) -> date:
    """Returns the date an ISO form field (YYYY-MM-DD) holds, or raises BadInput naming it."""
    return parse_iso_date(text, label=label, field=field)


def x_parse_form_date__mutmut_orig(text: str, *, field: str, label: str) -> date:
    """Returns the date an ISO form field (YYYY-MM-DD) holds, or raises BadInput naming it."""
    return parse_iso_date(text, label=label, field=field)


def x_parse_form_date__mutmut_1(text: str, *, field: str, label: str) -> date:
    """Returns the date an ISO form field (YYYY-MM-DD) holds, or raises BadInput naming it."""
    return parse_iso_date(None, label=label, field=field)


def x_parse_form_date__mutmut_2(text: str, *, field: str, label: str) -> date:
    """Returns the date an ISO form field (YYYY-MM-DD) holds, or raises BadInput naming it."""
    return parse_iso_date(text, label=None, field=field)


def x_parse_form_date__mutmut_3(text: str, *, field: str, label: str) -> date:
    """Returns the date an ISO form field (YYYY-MM-DD) holds, or raises BadInput naming it."""
    return parse_iso_date(text, label=label, field=None)


def x_parse_form_date__mutmut_4(text: str, *, field: str, label: str) -> date:
    """Returns the date an ISO form field (YYYY-MM-DD) holds, or raises BadInput naming it."""
    return parse_iso_date(label=label, field=field)


def x_parse_form_date__mutmut_5(text: str, *, field: str, label: str) -> date:
    """Returns the date an ISO form field (YYYY-MM-DD) holds, or raises BadInput naming it."""
    return parse_iso_date(text, field=field)


def x_parse_form_date__mutmut_6(text: str, *, field: str, label: str) -> date:
    """Returns the date an ISO form field (YYYY-MM-DD) holds, or raises BadInput naming it."""
    return parse_iso_date(text, label=label, )

mutants_x_parse_form_date__mutmut['_mutmut_orig'] = x_parse_form_date__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_form_date__mutmut['x_parse_form_date__mutmut_1'] = x_parse_form_date__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_form_date__mutmut['x_parse_form_date__mutmut_2'] = x_parse_form_date__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_form_date__mutmut['x_parse_form_date__mutmut_3'] = x_parse_form_date__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_form_date__mutmut['x_parse_form_date__mutmut_4'] = x_parse_form_date__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_form_date__mutmut['x_parse_form_date__mutmut_5'] = x_parse_form_date__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_form_date__mutmut['x_parse_form_date__mutmut_6'] = x_parse_form_date__mutmut_6 # type: ignore # mutmut generated
mutants_x_is_expired__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_expired__mutmut)
def is_expired(expires_on: date, today: date) -> bool:
    return expires_on < today


def x_is_expired__mutmut_orig(expires_on: date, today: date) -> bool:
    return expires_on < today


def x_is_expired__mutmut_1(expires_on: date, today: date) -> bool:
    return expires_on <= today

mutants_x_is_expired__mutmut['_mutmut_orig'] = x_is_expired__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_expired__mutmut['x_is_expired__mutmut_1'] = x_is_expired__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_due_soon__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_due_soon__mutmut)
def is_due_soon(due_on: date, today: date) -> bool:
    """True when a date is today or within DUE_SOON, and not already past."""
    return today <= due_on <= today + DUE_SOON


def x_is_due_soon__mutmut_orig(due_on: date, today: date) -> bool:
    """True when a date is today or within DUE_SOON, and not already past."""
    return today <= due_on <= today + DUE_SOON


def x_is_due_soon__mutmut_1(due_on: date, today: date) -> bool:
    """True when a date is today or within DUE_SOON, and not already past."""
    return today < due_on <= today + DUE_SOON


def x_is_due_soon__mutmut_2(due_on: date, today: date) -> bool:
    """True when a date is today or within DUE_SOON, and not already past."""
    return today <= due_on < today + DUE_SOON


def x_is_due_soon__mutmut_3(due_on: date, today: date) -> bool:
    """True when a date is today or within DUE_SOON, and not already past."""
    return today <= due_on <= today - DUE_SOON

mutants_x_is_due_soon__mutmut['_mutmut_orig'] = x_is_due_soon__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_due_soon__mutmut['x_is_due_soon__mutmut_1'] = x_is_due_soon__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_due_soon__mutmut['x_is_due_soon__mutmut_2'] = x_is_due_soon__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_due_soon__mutmut['x_is_due_soon__mutmut_3'] = x_is_due_soon__mutmut_3 # type: ignore # mutmut generated
mutants_x_material_condition__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_material_condition__mutmut)
def material_condition(lot: MaterialFacts, today: date) -> MaterialCondition:
    """Returns what a list shows for the lot: its status, or expired for a released lot."""
    if lot.status == MaterialStatus.RELEASED and is_expired(lot.expires_on, today):
        return MaterialCondition.EXPIRED
    return MaterialCondition(lot.status)


def x_material_condition__mutmut_orig(lot: MaterialFacts, today: date) -> MaterialCondition:
    """Returns what a list shows for the lot: its status, or expired for a released lot."""
    if lot.status == MaterialStatus.RELEASED and is_expired(lot.expires_on, today):
        return MaterialCondition.EXPIRED
    return MaterialCondition(lot.status)


def x_material_condition__mutmut_1(lot: MaterialFacts, today: date) -> MaterialCondition:
    """Returns what a list shows for the lot: its status, or expired for a released lot."""
    if lot.status == MaterialStatus.RELEASED or is_expired(lot.expires_on, today):
        return MaterialCondition.EXPIRED
    return MaterialCondition(lot.status)


def x_material_condition__mutmut_2(lot: MaterialFacts, today: date) -> MaterialCondition:
    """Returns what a list shows for the lot: its status, or expired for a released lot."""
    if lot.status != MaterialStatus.RELEASED and is_expired(lot.expires_on, today):
        return MaterialCondition.EXPIRED
    return MaterialCondition(lot.status)


def x_material_condition__mutmut_3(lot: MaterialFacts, today: date) -> MaterialCondition:
    """Returns what a list shows for the lot: its status, or expired for a released lot."""
    if lot.status == MaterialStatus.RELEASED and is_expired(None, today):
        return MaterialCondition.EXPIRED
    return MaterialCondition(lot.status)


def x_material_condition__mutmut_4(lot: MaterialFacts, today: date) -> MaterialCondition:
    """Returns what a list shows for the lot: its status, or expired for a released lot."""
    if lot.status == MaterialStatus.RELEASED and is_expired(lot.expires_on, None):
        return MaterialCondition.EXPIRED
    return MaterialCondition(lot.status)


def x_material_condition__mutmut_5(lot: MaterialFacts, today: date) -> MaterialCondition:
    """Returns what a list shows for the lot: its status, or expired for a released lot."""
    if lot.status == MaterialStatus.RELEASED and is_expired(today):
        return MaterialCondition.EXPIRED
    return MaterialCondition(lot.status)


def x_material_condition__mutmut_6(lot: MaterialFacts, today: date) -> MaterialCondition:
    """Returns what a list shows for the lot: its status, or expired for a released lot."""
    if lot.status == MaterialStatus.RELEASED and is_expired(lot.expires_on, ):
        return MaterialCondition.EXPIRED
    return MaterialCondition(lot.status)


def x_material_condition__mutmut_7(lot: MaterialFacts, today: date) -> MaterialCondition:
    """Returns what a list shows for the lot: its status, or expired for a released lot."""
    if lot.status == MaterialStatus.RELEASED and is_expired(lot.expires_on, today):
        return MaterialCondition.EXPIRED
    return MaterialCondition(None)

mutants_x_material_condition__mutmut['_mutmut_orig'] = x_material_condition__mutmut_orig # type: ignore # mutmut generated
mutants_x_material_condition__mutmut['x_material_condition__mutmut_1'] = x_material_condition__mutmut_1 # type: ignore # mutmut generated
mutants_x_material_condition__mutmut['x_material_condition__mutmut_2'] = x_material_condition__mutmut_2 # type: ignore # mutmut generated
mutants_x_material_condition__mutmut['x_material_condition__mutmut_3'] = x_material_condition__mutmut_3 # type: ignore # mutmut generated
mutants_x_material_condition__mutmut['x_material_condition__mutmut_4'] = x_material_condition__mutmut_4 # type: ignore # mutmut generated
mutants_x_material_condition__mutmut['x_material_condition__mutmut_5'] = x_material_condition__mutmut_5 # type: ignore # mutmut generated
mutants_x_material_condition__mutmut['x_material_condition__mutmut_6'] = x_material_condition__mutmut_6 # type: ignore # mutmut generated
mutants_x_material_condition__mutmut['x_material_condition__mutmut_7'] = x_material_condition__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_material_transition__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_material_transition__mutmut)
def check_material_transition(lot: MaterialFacts, target: MaterialStatus) -> None:
    """Raises Conflict unless the lot may move to target (only from quarantine)."""
    current = MaterialStatus(lot.status)
    if target not in MATERIAL_TRANSITIONS[current]:
        raise Conflict(f"{_material_name(lot)} is already {current.value}; only a lot in "
                       f"quarantine can be {target.value}.")


def x_check_material_transition__mutmut_orig(lot: MaterialFacts, target: MaterialStatus) -> None:
    """Raises Conflict unless the lot may move to target (only from quarantine)."""
    current = MaterialStatus(lot.status)
    if target not in MATERIAL_TRANSITIONS[current]:
        raise Conflict(f"{_material_name(lot)} is already {current.value}; only a lot in "
                       f"quarantine can be {target.value}.")


def x_check_material_transition__mutmut_1(lot: MaterialFacts, target: MaterialStatus) -> None:
    """Raises Conflict unless the lot may move to target (only from quarantine)."""
    current = None
    if target not in MATERIAL_TRANSITIONS[current]:
        raise Conflict(f"{_material_name(lot)} is already {current.value}; only a lot in "
                       f"quarantine can be {target.value}.")


def x_check_material_transition__mutmut_2(lot: MaterialFacts, target: MaterialStatus) -> None:
    """Raises Conflict unless the lot may move to target (only from quarantine)."""
    current = MaterialStatus(None)
    if target not in MATERIAL_TRANSITIONS[current]:
        raise Conflict(f"{_material_name(lot)} is already {current.value}; only a lot in "
                       f"quarantine can be {target.value}.")


def x_check_material_transition__mutmut_3(lot: MaterialFacts, target: MaterialStatus) -> None:
    """Raises Conflict unless the lot may move to target (only from quarantine)."""
    current = MaterialStatus(lot.status)
    if target in MATERIAL_TRANSITIONS[current]:
        raise Conflict(f"{_material_name(lot)} is already {current.value}; only a lot in "
                       f"quarantine can be {target.value}.")


def x_check_material_transition__mutmut_4(lot: MaterialFacts, target: MaterialStatus) -> None:
    """Raises Conflict unless the lot may move to target (only from quarantine)."""
    current = MaterialStatus(lot.status)
    if target not in MATERIAL_TRANSITIONS[current]:
        raise Conflict(None)


def x_check_material_transition__mutmut_5(lot: MaterialFacts, target: MaterialStatus) -> None:
    """Raises Conflict unless the lot may move to target (only from quarantine)."""
    current = MaterialStatus(lot.status)
    if target not in MATERIAL_TRANSITIONS[current]:
        raise Conflict(f"{_material_name(None)} is already {current.value}; only a lot in "
                       f"quarantine can be {target.value}.")

mutants_x_check_material_transition__mutmut['_mutmut_orig'] = x_check_material_transition__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_material_transition__mutmut['x_check_material_transition__mutmut_1'] = x_check_material_transition__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_material_transition__mutmut['x_check_material_transition__mutmut_2'] = x_check_material_transition__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_material_transition__mutmut['x_check_material_transition__mutmut_3'] = x_check_material_transition__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_material_transition__mutmut['x_check_material_transition__mutmut_4'] = x_check_material_transition__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_material_transition__mutmut['x_check_material_transition__mutmut_5'] = x_check_material_transition__mutmut_5 # type: ignore # mutmut generated
mutants_x__material_name__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__material_name__mutmut)
def _material_name(lot: MaterialFacts) -> str:
    return f"{material_kind_label(lot.kind)} lot {lot.code}"


def x__material_name__mutmut_orig(lot: MaterialFacts) -> str:
    return f"{material_kind_label(lot.kind)} lot {lot.code}"


def x__material_name__mutmut_1(lot: MaterialFacts) -> str:
    return f"{material_kind_label(None)} lot {lot.code}"

mutants_x__material_name__mutmut['_mutmut_orig'] = x__material_name__mutmut_orig # type: ignore # mutmut generated
mutants_x__material_name__mutmut['x__material_name__mutmut_1'] = x__material_name__mutmut_1 # type: ignore # mutmut generated
mutants_x_material_refusals__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_material_refusals__mutmut)
def material_refusals(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = _material_name(lot)
    reasons = []
    if lot.status == MaterialStatus.QUARANTINE:
        reasons.append(f"{name} is in quarantine: QA has not released it")
    elif lot.status == MaterialStatus.REJECTED:
        reasons.append(f"{name} was rejected by QA: {lot.status_reason or 'no reason recorded'}")
    elif lot.status != MaterialStatus.RELEASED:
        reasons.append(f"{name} has an unknown status '{lot.status}'")
    if is_expired(lot.expires_on, today):
        reasons.append(f"{name} (supplier lot {lot.supplier_lot}) expired on "
                       f"{lot.expires_on.isoformat()}")
    return reasons


def x_material_refusals__mutmut_orig(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = _material_name(lot)
    reasons = []
    if lot.status == MaterialStatus.QUARANTINE:
        reasons.append(f"{name} is in quarantine: QA has not released it")
    elif lot.status == MaterialStatus.REJECTED:
        reasons.append(f"{name} was rejected by QA: {lot.status_reason or 'no reason recorded'}")
    elif lot.status != MaterialStatus.RELEASED:
        reasons.append(f"{name} has an unknown status '{lot.status}'")
    if is_expired(lot.expires_on, today):
        reasons.append(f"{name} (supplier lot {lot.supplier_lot}) expired on "
                       f"{lot.expires_on.isoformat()}")
    return reasons


def x_material_refusals__mutmut_1(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = None
    reasons = []
    if lot.status == MaterialStatus.QUARANTINE:
        reasons.append(f"{name} is in quarantine: QA has not released it")
    elif lot.status == MaterialStatus.REJECTED:
        reasons.append(f"{name} was rejected by QA: {lot.status_reason or 'no reason recorded'}")
    elif lot.status != MaterialStatus.RELEASED:
        reasons.append(f"{name} has an unknown status '{lot.status}'")
    if is_expired(lot.expires_on, today):
        reasons.append(f"{name} (supplier lot {lot.supplier_lot}) expired on "
                       f"{lot.expires_on.isoformat()}")
    return reasons


def x_material_refusals__mutmut_2(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = _material_name(None)
    reasons = []
    if lot.status == MaterialStatus.QUARANTINE:
        reasons.append(f"{name} is in quarantine: QA has not released it")
    elif lot.status == MaterialStatus.REJECTED:
        reasons.append(f"{name} was rejected by QA: {lot.status_reason or 'no reason recorded'}")
    elif lot.status != MaterialStatus.RELEASED:
        reasons.append(f"{name} has an unknown status '{lot.status}'")
    if is_expired(lot.expires_on, today):
        reasons.append(f"{name} (supplier lot {lot.supplier_lot}) expired on "
                       f"{lot.expires_on.isoformat()}")
    return reasons


def x_material_refusals__mutmut_3(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = _material_name(lot)
    reasons = None
    if lot.status == MaterialStatus.QUARANTINE:
        reasons.append(f"{name} is in quarantine: QA has not released it")
    elif lot.status == MaterialStatus.REJECTED:
        reasons.append(f"{name} was rejected by QA: {lot.status_reason or 'no reason recorded'}")
    elif lot.status != MaterialStatus.RELEASED:
        reasons.append(f"{name} has an unknown status '{lot.status}'")
    if is_expired(lot.expires_on, today):
        reasons.append(f"{name} (supplier lot {lot.supplier_lot}) expired on "
                       f"{lot.expires_on.isoformat()}")
    return reasons


def x_material_refusals__mutmut_4(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = _material_name(lot)
    reasons = []
    if lot.status != MaterialStatus.QUARANTINE:
        reasons.append(f"{name} is in quarantine: QA has not released it")
    elif lot.status == MaterialStatus.REJECTED:
        reasons.append(f"{name} was rejected by QA: {lot.status_reason or 'no reason recorded'}")
    elif lot.status != MaterialStatus.RELEASED:
        reasons.append(f"{name} has an unknown status '{lot.status}'")
    if is_expired(lot.expires_on, today):
        reasons.append(f"{name} (supplier lot {lot.supplier_lot}) expired on "
                       f"{lot.expires_on.isoformat()}")
    return reasons


def x_material_refusals__mutmut_5(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = _material_name(lot)
    reasons = []
    if lot.status == MaterialStatus.QUARANTINE:
        reasons.append(None)
    elif lot.status == MaterialStatus.REJECTED:
        reasons.append(f"{name} was rejected by QA: {lot.status_reason or 'no reason recorded'}")
    elif lot.status != MaterialStatus.RELEASED:
        reasons.append(f"{name} has an unknown status '{lot.status}'")
    if is_expired(lot.expires_on, today):
        reasons.append(f"{name} (supplier lot {lot.supplier_lot}) expired on "
                       f"{lot.expires_on.isoformat()}")
    return reasons


def x_material_refusals__mutmut_6(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = _material_name(lot)
    reasons = []
    if lot.status == MaterialStatus.QUARANTINE:
        reasons.append(f"{name} is in quarantine: QA has not released it")
    elif lot.status != MaterialStatus.REJECTED:
        reasons.append(f"{name} was rejected by QA: {lot.status_reason or 'no reason recorded'}")
    elif lot.status != MaterialStatus.RELEASED:
        reasons.append(f"{name} has an unknown status '{lot.status}'")
    if is_expired(lot.expires_on, today):
        reasons.append(f"{name} (supplier lot {lot.supplier_lot}) expired on "
                       f"{lot.expires_on.isoformat()}")
    return reasons


def x_material_refusals__mutmut_7(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = _material_name(lot)
    reasons = []
    if lot.status == MaterialStatus.QUARANTINE:
        reasons.append(f"{name} is in quarantine: QA has not released it")
    elif lot.status == MaterialStatus.REJECTED:
        reasons.append(None)
    elif lot.status != MaterialStatus.RELEASED:
        reasons.append(f"{name} has an unknown status '{lot.status}'")
    if is_expired(lot.expires_on, today):
        reasons.append(f"{name} (supplier lot {lot.supplier_lot}) expired on "
                       f"{lot.expires_on.isoformat()}")
    return reasons


def x_material_refusals__mutmut_8(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = _material_name(lot)
    reasons = []
    if lot.status == MaterialStatus.QUARANTINE:
        reasons.append(f"{name} is in quarantine: QA has not released it")
    elif lot.status == MaterialStatus.REJECTED:
        reasons.append(f"{name} was rejected by QA: {lot.status_reason and 'no reason recorded'}")
    elif lot.status != MaterialStatus.RELEASED:
        reasons.append(f"{name} has an unknown status '{lot.status}'")
    if is_expired(lot.expires_on, today):
        reasons.append(f"{name} (supplier lot {lot.supplier_lot}) expired on "
                       f"{lot.expires_on.isoformat()}")
    return reasons


def x_material_refusals__mutmut_9(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = _material_name(lot)
    reasons = []
    if lot.status == MaterialStatus.QUARANTINE:
        reasons.append(f"{name} is in quarantine: QA has not released it")
    elif lot.status == MaterialStatus.REJECTED:
        reasons.append(f"{name} was rejected by QA: {lot.status_reason or 'XXno reason recordedXX'}")
    elif lot.status != MaterialStatus.RELEASED:
        reasons.append(f"{name} has an unknown status '{lot.status}'")
    if is_expired(lot.expires_on, today):
        reasons.append(f"{name} (supplier lot {lot.supplier_lot}) expired on "
                       f"{lot.expires_on.isoformat()}")
    return reasons


def x_material_refusals__mutmut_10(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = _material_name(lot)
    reasons = []
    if lot.status == MaterialStatus.QUARANTINE:
        reasons.append(f"{name} is in quarantine: QA has not released it")
    elif lot.status == MaterialStatus.REJECTED:
        reasons.append(f"{name} was rejected by QA: {lot.status_reason or 'NO REASON RECORDED'}")
    elif lot.status != MaterialStatus.RELEASED:
        reasons.append(f"{name} has an unknown status '{lot.status}'")
    if is_expired(lot.expires_on, today):
        reasons.append(f"{name} (supplier lot {lot.supplier_lot}) expired on "
                       f"{lot.expires_on.isoformat()}")
    return reasons


def x_material_refusals__mutmut_11(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = _material_name(lot)
    reasons = []
    if lot.status == MaterialStatus.QUARANTINE:
        reasons.append(f"{name} is in quarantine: QA has not released it")
    elif lot.status == MaterialStatus.REJECTED:
        reasons.append(f"{name} was rejected by QA: {lot.status_reason or 'no reason recorded'}")
    elif lot.status == MaterialStatus.RELEASED:
        reasons.append(f"{name} has an unknown status '{lot.status}'")
    if is_expired(lot.expires_on, today):
        reasons.append(f"{name} (supplier lot {lot.supplier_lot}) expired on "
                       f"{lot.expires_on.isoformat()}")
    return reasons


def x_material_refusals__mutmut_12(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = _material_name(lot)
    reasons = []
    if lot.status == MaterialStatus.QUARANTINE:
        reasons.append(f"{name} is in quarantine: QA has not released it")
    elif lot.status == MaterialStatus.REJECTED:
        reasons.append(f"{name} was rejected by QA: {lot.status_reason or 'no reason recorded'}")
    elif lot.status != MaterialStatus.RELEASED:
        reasons.append(None)
    if is_expired(lot.expires_on, today):
        reasons.append(f"{name} (supplier lot {lot.supplier_lot}) expired on "
                       f"{lot.expires_on.isoformat()}")
    return reasons


def x_material_refusals__mutmut_13(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = _material_name(lot)
    reasons = []
    if lot.status == MaterialStatus.QUARANTINE:
        reasons.append(f"{name} is in quarantine: QA has not released it")
    elif lot.status == MaterialStatus.REJECTED:
        reasons.append(f"{name} was rejected by QA: {lot.status_reason or 'no reason recorded'}")
    elif lot.status != MaterialStatus.RELEASED:
        reasons.append(f"{name} has an unknown status '{lot.status}'")
    if is_expired(None, today):
        reasons.append(f"{name} (supplier lot {lot.supplier_lot}) expired on "
                       f"{lot.expires_on.isoformat()}")
    return reasons


def x_material_refusals__mutmut_14(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = _material_name(lot)
    reasons = []
    if lot.status == MaterialStatus.QUARANTINE:
        reasons.append(f"{name} is in quarantine: QA has not released it")
    elif lot.status == MaterialStatus.REJECTED:
        reasons.append(f"{name} was rejected by QA: {lot.status_reason or 'no reason recorded'}")
    elif lot.status != MaterialStatus.RELEASED:
        reasons.append(f"{name} has an unknown status '{lot.status}'")
    if is_expired(lot.expires_on, None):
        reasons.append(f"{name} (supplier lot {lot.supplier_lot}) expired on "
                       f"{lot.expires_on.isoformat()}")
    return reasons


def x_material_refusals__mutmut_15(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = _material_name(lot)
    reasons = []
    if lot.status == MaterialStatus.QUARANTINE:
        reasons.append(f"{name} is in quarantine: QA has not released it")
    elif lot.status == MaterialStatus.REJECTED:
        reasons.append(f"{name} was rejected by QA: {lot.status_reason or 'no reason recorded'}")
    elif lot.status != MaterialStatus.RELEASED:
        reasons.append(f"{name} has an unknown status '{lot.status}'")
    if is_expired(today):
        reasons.append(f"{name} (supplier lot {lot.supplier_lot}) expired on "
                       f"{lot.expires_on.isoformat()}")
    return reasons


def x_material_refusals__mutmut_16(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = _material_name(lot)
    reasons = []
    if lot.status == MaterialStatus.QUARANTINE:
        reasons.append(f"{name} is in quarantine: QA has not released it")
    elif lot.status == MaterialStatus.REJECTED:
        reasons.append(f"{name} was rejected by QA: {lot.status_reason or 'no reason recorded'}")
    elif lot.status != MaterialStatus.RELEASED:
        reasons.append(f"{name} has an unknown status '{lot.status}'")
    if is_expired(lot.expires_on, ):
        reasons.append(f"{name} (supplier lot {lot.supplier_lot}) expired on "
                       f"{lot.expires_on.isoformat()}")
    return reasons


def x_material_refusals__mutmut_17(lot: MaterialFacts, today: date) -> list[str]:
    """Returns every reason the lot cannot be used in a step today (empty: usable)."""
    name = _material_name(lot)
    reasons = []
    if lot.status == MaterialStatus.QUARANTINE:
        reasons.append(f"{name} is in quarantine: QA has not released it")
    elif lot.status == MaterialStatus.REJECTED:
        reasons.append(f"{name} was rejected by QA: {lot.status_reason or 'no reason recorded'}")
    elif lot.status != MaterialStatus.RELEASED:
        reasons.append(f"{name} has an unknown status '{lot.status}'")
    if is_expired(lot.expires_on, today):
        reasons.append(None)
    return reasons

mutants_x_material_refusals__mutmut['_mutmut_orig'] = x_material_refusals__mutmut_orig # type: ignore # mutmut generated
mutants_x_material_refusals__mutmut['x_material_refusals__mutmut_1'] = x_material_refusals__mutmut_1 # type: ignore # mutmut generated
mutants_x_material_refusals__mutmut['x_material_refusals__mutmut_2'] = x_material_refusals__mutmut_2 # type: ignore # mutmut generated
mutants_x_material_refusals__mutmut['x_material_refusals__mutmut_3'] = x_material_refusals__mutmut_3 # type: ignore # mutmut generated
mutants_x_material_refusals__mutmut['x_material_refusals__mutmut_4'] = x_material_refusals__mutmut_4 # type: ignore # mutmut generated
mutants_x_material_refusals__mutmut['x_material_refusals__mutmut_5'] = x_material_refusals__mutmut_5 # type: ignore # mutmut generated
mutants_x_material_refusals__mutmut['x_material_refusals__mutmut_6'] = x_material_refusals__mutmut_6 # type: ignore # mutmut generated
mutants_x_material_refusals__mutmut['x_material_refusals__mutmut_7'] = x_material_refusals__mutmut_7 # type: ignore # mutmut generated
mutants_x_material_refusals__mutmut['x_material_refusals__mutmut_8'] = x_material_refusals__mutmut_8 # type: ignore # mutmut generated
mutants_x_material_refusals__mutmut['x_material_refusals__mutmut_9'] = x_material_refusals__mutmut_9 # type: ignore # mutmut generated
mutants_x_material_refusals__mutmut['x_material_refusals__mutmut_10'] = x_material_refusals__mutmut_10 # type: ignore # mutmut generated
mutants_x_material_refusals__mutmut['x_material_refusals__mutmut_11'] = x_material_refusals__mutmut_11 # type: ignore # mutmut generated
mutants_x_material_refusals__mutmut['x_material_refusals__mutmut_12'] = x_material_refusals__mutmut_12 # type: ignore # mutmut generated
mutants_x_material_refusals__mutmut['x_material_refusals__mutmut_13'] = x_material_refusals__mutmut_13 # type: ignore # mutmut generated
mutants_x_material_refusals__mutmut['x_material_refusals__mutmut_14'] = x_material_refusals__mutmut_14 # type: ignore # mutmut generated
mutants_x_material_refusals__mutmut['x_material_refusals__mutmut_15'] = x_material_refusals__mutmut_15 # type: ignore # mutmut generated
mutants_x_material_refusals__mutmut['x_material_refusals__mutmut_16'] = x_material_refusals__mutmut_16 # type: ignore # mutmut generated
mutants_x_material_refusals__mutmut['x_material_refusals__mutmut_17'] = x_material_refusals__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_usable__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_usable__mutmut)
def check_usable(
    materials: Iterable[MaterialFacts], equipment: Iterable[EquipmentFacts], today: date
) -> list[str]:
    """Returns every refusal for a step's materials then equipment, in the order given."""
    reasons = [r for lot in materials for r in material_refusals(lot, today)]
    reasons += [r for eq in equipment for r in equipment_refusals(eq, today)]
    return reasons


def x_check_usable__mutmut_orig(
    materials: Iterable[MaterialFacts], equipment: Iterable[EquipmentFacts], today: date
) -> list[str]:
    """Returns every refusal for a step's materials then equipment, in the order given."""
    reasons = [r for lot in materials for r in material_refusals(lot, today)]
    reasons += [r for eq in equipment for r in equipment_refusals(eq, today)]
    return reasons


def x_check_usable__mutmut_1(
    materials: Iterable[MaterialFacts], equipment: Iterable[EquipmentFacts], today: date
) -> list[str]:
    """Returns every refusal for a step's materials then equipment, in the order given."""
    reasons = None
    reasons += [r for eq in equipment for r in equipment_refusals(eq, today)]
    return reasons


def x_check_usable__mutmut_2(
    materials: Iterable[MaterialFacts], equipment: Iterable[EquipmentFacts], today: date
) -> list[str]:
    """Returns every refusal for a step's materials then equipment, in the order given."""
    reasons = [r for lot in materials for r in material_refusals(None, today)]
    reasons += [r for eq in equipment for r in equipment_refusals(eq, today)]
    return reasons


def x_check_usable__mutmut_3(
    materials: Iterable[MaterialFacts], equipment: Iterable[EquipmentFacts], today: date
) -> list[str]:
    """Returns every refusal for a step's materials then equipment, in the order given."""
    reasons = [r for lot in materials for r in material_refusals(lot, None)]
    reasons += [r for eq in equipment for r in equipment_refusals(eq, today)]
    return reasons


def x_check_usable__mutmut_4(
    materials: Iterable[MaterialFacts], equipment: Iterable[EquipmentFacts], today: date
) -> list[str]:
    """Returns every refusal for a step's materials then equipment, in the order given."""
    reasons = [r for lot in materials for r in material_refusals(today)]
    reasons += [r for eq in equipment for r in equipment_refusals(eq, today)]
    return reasons


def x_check_usable__mutmut_5(
    materials: Iterable[MaterialFacts], equipment: Iterable[EquipmentFacts], today: date
) -> list[str]:
    """Returns every refusal for a step's materials then equipment, in the order given."""
    reasons = [r for lot in materials for r in material_refusals(lot, )]
    reasons += [r for eq in equipment for r in equipment_refusals(eq, today)]
    return reasons


def x_check_usable__mutmut_6(
    materials: Iterable[MaterialFacts], equipment: Iterable[EquipmentFacts], today: date
) -> list[str]:
    """Returns every refusal for a step's materials then equipment, in the order given."""
    reasons = [r for lot in materials for r in material_refusals(lot, today)]
    reasons = [r for eq in equipment for r in equipment_refusals(eq, today)]
    return reasons


def x_check_usable__mutmut_7(
    materials: Iterable[MaterialFacts], equipment: Iterable[EquipmentFacts], today: date
) -> list[str]:
    """Returns every refusal for a step's materials then equipment, in the order given."""
    reasons = [r for lot in materials for r in material_refusals(lot, today)]
    reasons -= [r for eq in equipment for r in equipment_refusals(eq, today)]
    return reasons


def x_check_usable__mutmut_8(
    materials: Iterable[MaterialFacts], equipment: Iterable[EquipmentFacts], today: date
) -> list[str]:
    """Returns every refusal for a step's materials then equipment, in the order given."""
    reasons = [r for lot in materials for r in material_refusals(lot, today)]
    reasons += [r for eq in equipment for r in equipment_refusals(None, today)]
    return reasons


def x_check_usable__mutmut_9(
    materials: Iterable[MaterialFacts], equipment: Iterable[EquipmentFacts], today: date
) -> list[str]:
    """Returns every refusal for a step's materials then equipment, in the order given."""
    reasons = [r for lot in materials for r in material_refusals(lot, today)]
    reasons += [r for eq in equipment for r in equipment_refusals(eq, None)]
    return reasons


def x_check_usable__mutmut_10(
    materials: Iterable[MaterialFacts], equipment: Iterable[EquipmentFacts], today: date
) -> list[str]:
    """Returns every refusal for a step's materials then equipment, in the order given."""
    reasons = [r for lot in materials for r in material_refusals(lot, today)]
    reasons += [r for eq in equipment for r in equipment_refusals(today)]
    return reasons


def x_check_usable__mutmut_11(
    materials: Iterable[MaterialFacts], equipment: Iterable[EquipmentFacts], today: date
) -> list[str]:
    """Returns every refusal for a step's materials then equipment, in the order given."""
    reasons = [r for lot in materials for r in material_refusals(lot, today)]
    reasons += [r for eq in equipment for r in equipment_refusals(eq, )]
    return reasons

mutants_x_check_usable__mutmut['_mutmut_orig'] = x_check_usable__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_usable__mutmut['x_check_usable__mutmut_1'] = x_check_usable__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_usable__mutmut['x_check_usable__mutmut_2'] = x_check_usable__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_usable__mutmut['x_check_usable__mutmut_3'] = x_check_usable__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_usable__mutmut['x_check_usable__mutmut_4'] = x_check_usable__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_usable__mutmut['x_check_usable__mutmut_5'] = x_check_usable__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_usable__mutmut['x_check_usable__mutmut_6'] = x_check_usable__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_usable__mutmut['x_check_usable__mutmut_7'] = x_check_usable__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_usable__mutmut['x_check_usable__mutmut_8'] = x_check_usable__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_usable__mutmut['x_check_usable__mutmut_9'] = x_check_usable__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_usable__mutmut['x_check_usable__mutmut_10'] = x_check_usable__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_usable__mutmut['x_check_usable__mutmut_11'] = x_check_usable__mutmut_11 # type: ignore # mutmut generated
