"""Whether a piece of equipment may be used in a manufacturing step today. Pure.

DESIGN §4 rule 3: no equipment past its calibration date. 21 CFR 1271.200(c) and 211.68,
EU GMP Part I 3.41: equipment is calibrated at defined intervals and not used outside them;
1271.200(b) and 211.67: maintained on a schedule. Calibration and maintenance are due *on*
their date: equipment is usable that day and overdue the day after; equipment out of service
or overdue for maintenance is refused as well. Every refusal is returned, not only the first.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Protocol

from cellchain.errors import BadInput

_ASSET = re.compile(r"[A-Z0-9][A-Z0-9./_-]{0,31}")


class EquipmentKind(StrEnum):
    INCUBATOR = "incubator"
    BIOSAFETY_CABINET = "biosafety_cabinet"
    CENTRIFUGE = "centrifuge"
    CELL_COUNTER = "cell_counter"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class EquipmentFacts(Protocol):
    """What the rules read from equipment (``Equipment`` satisfies it)."""

    asset_number: str
    kind: str
    calibration_due_on: date
    maintenance_due_on: date
    in_service: bool


def equipment_kind_label(kind: str) -> str:
    try:
        return EquipmentKind(kind).label
    except ValueError:
        return kind


def parse_equipment_kind(text: str) -> EquipmentKind:
    try:
        return EquipmentKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in EquipmentKind)
        raise BadInput(f"Equipment kind '{text}' is not one of: {valid}.", field="kind") from None


def normalise_asset_number(text: str) -> str:
    """Returns an asset number as stored (upper case, trimmed), or raises BadInput."""
    value = text.strip().upper()
    if not _ASSET.fullmatch(value):
        raise BadInput(f"Asset number '{text.strip()}' is not valid: use up to 32 letters, "
                       "digits, '-', '.', '/' or '_', as on the equipment label (e.g. INC-02).",
                       field="asset_number")
    return value


def equipment_refusals(eq: EquipmentFacts, today: date) -> list[str]:
    """Returns every reason the equipment cannot be used in a step today (empty: usable)."""
    name = f"{equipment_kind_label(eq.kind)} {eq.asset_number}"
    reasons = []
    if not eq.in_service:
        reasons.append(f"{name} is out of service")
    if eq.calibration_due_on < today:
        reasons.append(f"{name} is past its calibration date "
                       f"{eq.calibration_due_on.isoformat()}")
    if eq.maintenance_due_on < today:
        reasons.append(f"{name} is overdue for maintenance (due "
                       f"{eq.maintenance_due_on.isoformat()})")
    return reasons
