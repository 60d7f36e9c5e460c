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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_equipment_kind_label__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_equipment_kind_label__mutmut)
def equipment_kind_label(kind: str) -> str:
    try:
        return EquipmentKind(kind).label
    except ValueError:
        return kind


def x_equipment_kind_label__mutmut_orig(kind: str) -> str:
    try:
        return EquipmentKind(kind).label
    except ValueError:
        return kind


def x_equipment_kind_label__mutmut_1(kind: str) -> str:
    try:
        return EquipmentKind(None).label
    except ValueError:
        return kind

mutants_x_equipment_kind_label__mutmut['_mutmut_orig'] = x_equipment_kind_label__mutmut_orig # type: ignore # mutmut generated
mutants_x_equipment_kind_label__mutmut['x_equipment_kind_label__mutmut_1'] = x_equipment_kind_label__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_equipment_kind__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_equipment_kind__mutmut)
def parse_equipment_kind(text: str) -> EquipmentKind:
    try:
        return EquipmentKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in EquipmentKind)
        raise BadInput(f"Equipment kind '{text}' is not one of: {valid}.", field="kind") from None


def x_parse_equipment_kind__mutmut_orig(text: str) -> EquipmentKind:
    try:
        return EquipmentKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in EquipmentKind)
        raise BadInput(f"Equipment kind '{text}' is not one of: {valid}.", field="kind") from None


def x_parse_equipment_kind__mutmut_1(text: str) -> EquipmentKind:
    try:
        return EquipmentKind(None)
    except ValueError:
        valid = ", ".join(k.value for k in EquipmentKind)
        raise BadInput(f"Equipment kind '{text}' is not one of: {valid}.", field="kind") from None


def x_parse_equipment_kind__mutmut_2(text: str) -> EquipmentKind:
    try:
        return EquipmentKind(text.strip().upper())
    except ValueError:
        valid = ", ".join(k.value for k in EquipmentKind)
        raise BadInput(f"Equipment kind '{text}' is not one of: {valid}.", field="kind") from None


def x_parse_equipment_kind__mutmut_3(text: str) -> EquipmentKind:
    try:
        return EquipmentKind(text.strip().lower())
    except ValueError:
        valid = None
        raise BadInput(f"Equipment kind '{text}' is not one of: {valid}.", field="kind") from None


def x_parse_equipment_kind__mutmut_4(text: str) -> EquipmentKind:
    try:
        return EquipmentKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(None)
        raise BadInput(f"Equipment kind '{text}' is not one of: {valid}.", field="kind") from None


def x_parse_equipment_kind__mutmut_5(text: str) -> EquipmentKind:
    try:
        return EquipmentKind(text.strip().lower())
    except ValueError:
        valid = "XX, XX".join(k.value for k in EquipmentKind)
        raise BadInput(f"Equipment kind '{text}' is not one of: {valid}.", field="kind") from None


def x_parse_equipment_kind__mutmut_6(text: str) -> EquipmentKind:
    try:
        return EquipmentKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in EquipmentKind)
        raise BadInput(None, field="kind") from None


def x_parse_equipment_kind__mutmut_7(text: str) -> EquipmentKind:
    try:
        return EquipmentKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in EquipmentKind)
        raise BadInput(f"Equipment kind '{text}' is not one of: {valid}.", field=None) from None


def x_parse_equipment_kind__mutmut_8(text: str) -> EquipmentKind:
    try:
        return EquipmentKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in EquipmentKind)
        raise BadInput(field="kind") from None


def x_parse_equipment_kind__mutmut_9(text: str) -> EquipmentKind:
    try:
        return EquipmentKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in EquipmentKind)
        raise BadInput(f"Equipment kind '{text}' is not one of: {valid}.", ) from None


def x_parse_equipment_kind__mutmut_10(text: str) -> EquipmentKind:
    try:
        return EquipmentKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in EquipmentKind)
        raise BadInput(f"Equipment kind '{text}' is not one of: {valid}.", field="XXkindXX") from None


def x_parse_equipment_kind__mutmut_11(text: str) -> EquipmentKind:
    try:
        return EquipmentKind(text.strip().lower())
    except ValueError:
        valid = ", ".join(k.value for k in EquipmentKind)
        raise BadInput(f"Equipment kind '{text}' is not one of: {valid}.", field="KIND") from None

mutants_x_parse_equipment_kind__mutmut['_mutmut_orig'] = x_parse_equipment_kind__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_equipment_kind__mutmut['x_parse_equipment_kind__mutmut_1'] = x_parse_equipment_kind__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_equipment_kind__mutmut['x_parse_equipment_kind__mutmut_2'] = x_parse_equipment_kind__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_equipment_kind__mutmut['x_parse_equipment_kind__mutmut_3'] = x_parse_equipment_kind__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_equipment_kind__mutmut['x_parse_equipment_kind__mutmut_4'] = x_parse_equipment_kind__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_equipment_kind__mutmut['x_parse_equipment_kind__mutmut_5'] = x_parse_equipment_kind__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_equipment_kind__mutmut['x_parse_equipment_kind__mutmut_6'] = x_parse_equipment_kind__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_equipment_kind__mutmut['x_parse_equipment_kind__mutmut_7'] = x_parse_equipment_kind__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_equipment_kind__mutmut['x_parse_equipment_kind__mutmut_8'] = x_parse_equipment_kind__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_equipment_kind__mutmut['x_parse_equipment_kind__mutmut_9'] = x_parse_equipment_kind__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_equipment_kind__mutmut['x_parse_equipment_kind__mutmut_10'] = x_parse_equipment_kind__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_equipment_kind__mutmut['x_parse_equipment_kind__mutmut_11'] = x_parse_equipment_kind__mutmut_11 # type: ignore # mutmut generated
mutants_x_normalise_asset_number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_normalise_asset_number__mutmut)
def normalise_asset_number(text: str) -> str:
    """Returns an asset number as stored (upper case, trimmed), or raises BadInput."""
    value = text.strip().upper()
    if not _ASSET.fullmatch(value):
        raise BadInput(f"Asset number '{text.strip()}' is not valid: use up to 32 letters, "
                       "digits, '-', '.', '/' or '_', as on the equipment label (e.g. INC-02).",
                       field="asset_number")
    return value


def x_normalise_asset_number__mutmut_orig(text: str) -> str:
    """Returns an asset number as stored (upper case, trimmed), or raises BadInput."""
    value = text.strip().upper()
    if not _ASSET.fullmatch(value):
        raise BadInput(f"Asset number '{text.strip()}' is not valid: use up to 32 letters, "
                       "digits, '-', '.', '/' or '_', as on the equipment label (e.g. INC-02).",
                       field="asset_number")
    return value


def x_normalise_asset_number__mutmut_1(text: str) -> str:
    """Returns an asset number as stored (upper case, trimmed), or raises BadInput."""
    value = None
    if not _ASSET.fullmatch(value):
        raise BadInput(f"Asset number '{text.strip()}' is not valid: use up to 32 letters, "
                       "digits, '-', '.', '/' or '_', as on the equipment label (e.g. INC-02).",
                       field="asset_number")
    return value


def x_normalise_asset_number__mutmut_2(text: str) -> str:
    """Returns an asset number as stored (upper case, trimmed), or raises BadInput."""
    value = text.strip().lower()
    if not _ASSET.fullmatch(value):
        raise BadInput(f"Asset number '{text.strip()}' is not valid: use up to 32 letters, "
                       "digits, '-', '.', '/' or '_', as on the equipment label (e.g. INC-02).",
                       field="asset_number")
    return value


def x_normalise_asset_number__mutmut_3(text: str) -> str:
    """Returns an asset number as stored (upper case, trimmed), or raises BadInput."""
    value = text.strip().upper()
    if _ASSET.fullmatch(value):
        raise BadInput(f"Asset number '{text.strip()}' is not valid: use up to 32 letters, "
                       "digits, '-', '.', '/' or '_', as on the equipment label (e.g. INC-02).",
                       field="asset_number")
    return value


def x_normalise_asset_number__mutmut_4(text: str) -> str:
    """Returns an asset number as stored (upper case, trimmed), or raises BadInput."""
    value = text.strip().upper()
    if not _ASSET.fullmatch(None):
        raise BadInput(f"Asset number '{text.strip()}' is not valid: use up to 32 letters, "
                       "digits, '-', '.', '/' or '_', as on the equipment label (e.g. INC-02).",
                       field="asset_number")
    return value


def x_normalise_asset_number__mutmut_5(text: str) -> str:
    """Returns an asset number as stored (upper case, trimmed), or raises BadInput."""
    value = text.strip().upper()
    if not _ASSET.fullmatch(value):
        raise BadInput(None,
                       field="asset_number")
    return value


def x_normalise_asset_number__mutmut_6(text: str) -> str:
    """Returns an asset number as stored (upper case, trimmed), or raises BadInput."""
    value = text.strip().upper()
    if not _ASSET.fullmatch(value):
        raise BadInput(f"Asset number '{text.strip()}' is not valid: use up to 32 letters, "
                       "digits, '-', '.', '/' or '_', as on the equipment label (e.g. INC-02).",
                       field=None)
    return value


def x_normalise_asset_number__mutmut_7(text: str) -> str:
    """Returns an asset number as stored (upper case, trimmed), or raises BadInput."""
    value = text.strip().upper()
    if not _ASSET.fullmatch(value):
        raise BadInput(field="asset_number")
    return value


def x_normalise_asset_number__mutmut_8(text: str) -> str:
    """Returns an asset number as stored (upper case, trimmed), or raises BadInput."""
    value = text.strip().upper()
    if not _ASSET.fullmatch(value):
        raise BadInput(f"Asset number '{text.strip()}' is not valid: use up to 32 letters, "
                       "digits, '-', '.', '/' or '_', as on the equipment label (e.g. INC-02).",
                       )
    return value


def x_normalise_asset_number__mutmut_9(text: str) -> str:
    """Returns an asset number as stored (upper case, trimmed), or raises BadInput."""
    value = text.strip().upper()
    if not _ASSET.fullmatch(value):
        raise BadInput(f"Asset number '{text.strip()}' is not valid: use up to 32 letters, "
                       "XXdigits, '-', '.', '/' or '_', as on the equipment label (e.g. INC-02).XX",
                       field="asset_number")
    return value


def x_normalise_asset_number__mutmut_10(text: str) -> str:
    """Returns an asset number as stored (upper case, trimmed), or raises BadInput."""
    value = text.strip().upper()
    if not _ASSET.fullmatch(value):
        raise BadInput(f"Asset number '{text.strip()}' is not valid: use up to 32 letters, "
                       "digits, '-', '.', '/' or '_', as on the equipment label (e.g. inc-02).",
                       field="asset_number")
    return value


def x_normalise_asset_number__mutmut_11(text: str) -> str:
    """Returns an asset number as stored (upper case, trimmed), or raises BadInput."""
    value = text.strip().upper()
    if not _ASSET.fullmatch(value):
        raise BadInput(f"Asset number '{text.strip()}' is not valid: use up to 32 letters, "
                       "DIGITS, '-', '.', '/' OR '_', AS ON THE EQUIPMENT LABEL (E.G. INC-02).",
                       field="asset_number")
    return value


def x_normalise_asset_number__mutmut_12(text: str) -> str:
    """Returns an asset number as stored (upper case, trimmed), or raises BadInput."""
    value = text.strip().upper()
    if not _ASSET.fullmatch(value):
        raise BadInput(f"Asset number '{text.strip()}' is not valid: use up to 32 letters, "
                       "digits, '-', '.', '/' or '_', as on the equipment label (e.g. INC-02).",
                       field="XXasset_numberXX")
    return value


def x_normalise_asset_number__mutmut_13(text: str) -> str:
    """Returns an asset number as stored (upper case, trimmed), or raises BadInput."""
    value = text.strip().upper()
    if not _ASSET.fullmatch(value):
        raise BadInput(f"Asset number '{text.strip()}' is not valid: use up to 32 letters, "
                       "digits, '-', '.', '/' or '_', as on the equipment label (e.g. INC-02).",
                       field="ASSET_NUMBER")
    return value

mutants_x_normalise_asset_number__mutmut['_mutmut_orig'] = x_normalise_asset_number__mutmut_orig # type: ignore # mutmut generated
mutants_x_normalise_asset_number__mutmut['x_normalise_asset_number__mutmut_1'] = x_normalise_asset_number__mutmut_1 # type: ignore # mutmut generated
mutants_x_normalise_asset_number__mutmut['x_normalise_asset_number__mutmut_2'] = x_normalise_asset_number__mutmut_2 # type: ignore # mutmut generated
mutants_x_normalise_asset_number__mutmut['x_normalise_asset_number__mutmut_3'] = x_normalise_asset_number__mutmut_3 # type: ignore # mutmut generated
mutants_x_normalise_asset_number__mutmut['x_normalise_asset_number__mutmut_4'] = x_normalise_asset_number__mutmut_4 # type: ignore # mutmut generated
mutants_x_normalise_asset_number__mutmut['x_normalise_asset_number__mutmut_5'] = x_normalise_asset_number__mutmut_5 # type: ignore # mutmut generated
mutants_x_normalise_asset_number__mutmut['x_normalise_asset_number__mutmut_6'] = x_normalise_asset_number__mutmut_6 # type: ignore # mutmut generated
mutants_x_normalise_asset_number__mutmut['x_normalise_asset_number__mutmut_7'] = x_normalise_asset_number__mutmut_7 # type: ignore # mutmut generated
mutants_x_normalise_asset_number__mutmut['x_normalise_asset_number__mutmut_8'] = x_normalise_asset_number__mutmut_8 # type: ignore # mutmut generated
mutants_x_normalise_asset_number__mutmut['x_normalise_asset_number__mutmut_9'] = x_normalise_asset_number__mutmut_9 # type: ignore # mutmut generated
mutants_x_normalise_asset_number__mutmut['x_normalise_asset_number__mutmut_10'] = x_normalise_asset_number__mutmut_10 # type: ignore # mutmut generated
mutants_x_normalise_asset_number__mutmut['x_normalise_asset_number__mutmut_11'] = x_normalise_asset_number__mutmut_11 # type: ignore # mutmut generated
mutants_x_normalise_asset_number__mutmut['x_normalise_asset_number__mutmut_12'] = x_normalise_asset_number__mutmut_12 # type: ignore # mutmut generated
mutants_x_normalise_asset_number__mutmut['x_normalise_asset_number__mutmut_13'] = x_normalise_asset_number__mutmut_13 # type: ignore # mutmut generated
mutants_x_equipment_refusals__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_equipment_refusals__mutmut)
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


def x_equipment_refusals__mutmut_orig(eq: EquipmentFacts, today: date) -> list[str]:
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


def x_equipment_refusals__mutmut_1(eq: EquipmentFacts, today: date) -> list[str]:
    """Returns every reason the equipment cannot be used in a step today (empty: usable)."""
    name = None
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


def x_equipment_refusals__mutmut_2(eq: EquipmentFacts, today: date) -> list[str]:
    """Returns every reason the equipment cannot be used in a step today (empty: usable)."""
    name = f"{equipment_kind_label(None)} {eq.asset_number}"
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


def x_equipment_refusals__mutmut_3(eq: EquipmentFacts, today: date) -> list[str]:
    """Returns every reason the equipment cannot be used in a step today (empty: usable)."""
    name = f"{equipment_kind_label(eq.kind)} {eq.asset_number}"
    reasons = None
    if not eq.in_service:
        reasons.append(f"{name} is out of service")
    if eq.calibration_due_on < today:
        reasons.append(f"{name} is past its calibration date "
                       f"{eq.calibration_due_on.isoformat()}")
    if eq.maintenance_due_on < today:
        reasons.append(f"{name} is overdue for maintenance (due "
                       f"{eq.maintenance_due_on.isoformat()})")
    return reasons


def x_equipment_refusals__mutmut_4(eq: EquipmentFacts, today: date) -> list[str]:
    """Returns every reason the equipment cannot be used in a step today (empty: usable)."""
    name = f"{equipment_kind_label(eq.kind)} {eq.asset_number}"
    reasons = []
    if eq.in_service:
        reasons.append(f"{name} is out of service")
    if eq.calibration_due_on < today:
        reasons.append(f"{name} is past its calibration date "
                       f"{eq.calibration_due_on.isoformat()}")
    if eq.maintenance_due_on < today:
        reasons.append(f"{name} is overdue for maintenance (due "
                       f"{eq.maintenance_due_on.isoformat()})")
    return reasons


def x_equipment_refusals__mutmut_5(eq: EquipmentFacts, today: date) -> list[str]:
    """Returns every reason the equipment cannot be used in a step today (empty: usable)."""
    name = f"{equipment_kind_label(eq.kind)} {eq.asset_number}"
    reasons = []
    if not eq.in_service:
        reasons.append(None)
    if eq.calibration_due_on < today:
        reasons.append(f"{name} is past its calibration date "
                       f"{eq.calibration_due_on.isoformat()}")
    if eq.maintenance_due_on < today:
        reasons.append(f"{name} is overdue for maintenance (due "
                       f"{eq.maintenance_due_on.isoformat()})")
    return reasons


def x_equipment_refusals__mutmut_6(eq: EquipmentFacts, today: date) -> list[str]:
    """Returns every reason the equipment cannot be used in a step today (empty: usable)."""
    name = f"{equipment_kind_label(eq.kind)} {eq.asset_number}"
    reasons = []
    if not eq.in_service:
        reasons.append(f"{name} is out of service")
    if eq.calibration_due_on <= today:
        reasons.append(f"{name} is past its calibration date "
                       f"{eq.calibration_due_on.isoformat()}")
    if eq.maintenance_due_on < today:
        reasons.append(f"{name} is overdue for maintenance (due "
                       f"{eq.maintenance_due_on.isoformat()})")
    return reasons


def x_equipment_refusals__mutmut_7(eq: EquipmentFacts, today: date) -> list[str]:
    """Returns every reason the equipment cannot be used in a step today (empty: usable)."""
    name = f"{equipment_kind_label(eq.kind)} {eq.asset_number}"
    reasons = []
    if not eq.in_service:
        reasons.append(f"{name} is out of service")
    if eq.calibration_due_on < today:
        reasons.append(None)
    if eq.maintenance_due_on < today:
        reasons.append(f"{name} is overdue for maintenance (due "
                       f"{eq.maintenance_due_on.isoformat()})")
    return reasons


def x_equipment_refusals__mutmut_8(eq: EquipmentFacts, today: date) -> list[str]:
    """Returns every reason the equipment cannot be used in a step today (empty: usable)."""
    name = f"{equipment_kind_label(eq.kind)} {eq.asset_number}"
    reasons = []
    if not eq.in_service:
        reasons.append(f"{name} is out of service")
    if eq.calibration_due_on < today:
        reasons.append(f"{name} is past its calibration date "
                       f"{eq.calibration_due_on.isoformat()}")
    if eq.maintenance_due_on <= today:
        reasons.append(f"{name} is overdue for maintenance (due "
                       f"{eq.maintenance_due_on.isoformat()})")
    return reasons


def x_equipment_refusals__mutmut_9(eq: EquipmentFacts, today: date) -> list[str]:
    """Returns every reason the equipment cannot be used in a step today (empty: usable)."""
    name = f"{equipment_kind_label(eq.kind)} {eq.asset_number}"
    reasons = []
    if not eq.in_service:
        reasons.append(f"{name} is out of service")
    if eq.calibration_due_on < today:
        reasons.append(f"{name} is past its calibration date "
                       f"{eq.calibration_due_on.isoformat()}")
    if eq.maintenance_due_on < today:
        reasons.append(None)
    return reasons

mutants_x_equipment_refusals__mutmut['_mutmut_orig'] = x_equipment_refusals__mutmut_orig # type: ignore # mutmut generated
mutants_x_equipment_refusals__mutmut['x_equipment_refusals__mutmut_1'] = x_equipment_refusals__mutmut_1 # type: ignore # mutmut generated
mutants_x_equipment_refusals__mutmut['x_equipment_refusals__mutmut_2'] = x_equipment_refusals__mutmut_2 # type: ignore # mutmut generated
mutants_x_equipment_refusals__mutmut['x_equipment_refusals__mutmut_3'] = x_equipment_refusals__mutmut_3 # type: ignore # mutmut generated
mutants_x_equipment_refusals__mutmut['x_equipment_refusals__mutmut_4'] = x_equipment_refusals__mutmut_4 # type: ignore # mutmut generated
mutants_x_equipment_refusals__mutmut['x_equipment_refusals__mutmut_5'] = x_equipment_refusals__mutmut_5 # type: ignore # mutmut generated
mutants_x_equipment_refusals__mutmut['x_equipment_refusals__mutmut_6'] = x_equipment_refusals__mutmut_6 # type: ignore # mutmut generated
mutants_x_equipment_refusals__mutmut['x_equipment_refusals__mutmut_7'] = x_equipment_refusals__mutmut_7 # type: ignore # mutmut generated
mutants_x_equipment_refusals__mutmut['x_equipment_refusals__mutmut_8'] = x_equipment_refusals__mutmut_8 # type: ignore # mutmut generated
mutants_x_equipment_refusals__mutmut['x_equipment_refusals__mutmut_9'] = x_equipment_refusals__mutmut_9 # type: ignore # mutmut generated
