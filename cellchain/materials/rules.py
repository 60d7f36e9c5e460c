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


def site_today(now: datetime, zone: tzinfo) -> date:
    """Returns the calendar date at the site: expiry and due dates are site dates."""
    return now.astimezone(zone).date()


def material_kind_label(kind: str) -> str:
    """Returns the printed name of a material kind ("IL-2"), or the raw value if unknown."""
    try:
        return MaterialKind(kind).label
    except ValueError:
        return kind


def parse_material_kind(text: str) -> MaterialKind:
    """Returns the kind named by text, or raises BadInput listing the kinds."""
    try:
        return MaterialKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in MaterialKind)
        raise BadInput(f"Material kind '{text}' is not one of: {valid}.", field="kind") from None


def material_code(material_id: int) -> str:
    """Returns the code printed on a material label and scanned at the station: M000012."""
    if material_id < 1:
        raise ValueError(f"a material lot id is positive, got {material_id}")
    return f"M{material_id:06d}"


def parse_material_code(text: str) -> int:
    """Returns the material lot id a scanned or typed code names, e.g. "M000012" -> 12."""
    value = text.strip().upper()
    match = _CODE.fullmatch(value)
    if match is None or int(match.group(1)) < 1 or material_code(int(match.group(1))) != value:
        raise BadInput(f"Material code '{text.strip()}' is not valid: expected M and six "
                       "digits, as printed on the material label (e.g. M000012).",
                       field="material_code")
    return int(match.group(1))


def required_text(text: str, *, field: str, label: str, max_length: int) -> str:
    """Returns text trimmed, or raises BadInput naming the field when empty or too long."""
    value = text.strip()
    if not value:
        raise BadInput(f"{label} is required.", field=field)
    if len(value) > max_length:
        raise BadInput(f"{label} is {len(value)} characters long; the limit is {max_length}.",
                       field=field)
    return value


def parse_form_date(text: str, *, field: str, label: str) -> date:
    """Returns the date an ISO form field (YYYY-MM-DD) holds, or raises BadInput naming it."""
    return parse_iso_date(text, label=label, field=field)


def is_expired(expires_on: date, today: date) -> bool:
    return expires_on < today


def is_due_soon(due_on: date, today: date) -> bool:
    """True when a date is today or within DUE_SOON, and not already past."""
    return today <= due_on <= today + DUE_SOON


def material_condition(lot: MaterialFacts, today: date) -> MaterialCondition:
    """Returns what a list shows for the lot: its status, or expired for a released lot."""
    if lot.status == MaterialStatus.RELEASED and is_expired(lot.expires_on, today):
        return MaterialCondition.EXPIRED
    return MaterialCondition(lot.status)


def check_material_transition(lot: MaterialFacts, target: MaterialStatus) -> None:
    """Raises Conflict unless the lot may move to target (only from quarantine)."""
    current = MaterialStatus(lot.status)
    if target not in MATERIAL_TRANSITIONS[current]:
        raise Conflict(f"{_material_name(lot)} is already {current.value}; only a lot in "
                       f"quarantine can be {target.value}.")


def _material_name(lot: MaterialFacts) -> str:
    return f"{material_kind_label(lot.kind)} lot {lot.code}"


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


def check_usable(
    materials: Iterable[MaterialFacts], equipment: Iterable[EquipmentFacts], today: date
) -> list[str]:
    """Returns every refusal for a step's materials then equipment, in the order given."""
    reasons = [r for lot in materials for r in material_refusals(lot, today)]
    reasons += [r for eq in equipment for r in equipment_refusals(eq, today)]
    return reasons
