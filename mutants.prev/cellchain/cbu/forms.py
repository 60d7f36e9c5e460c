"""The receipt form: raw text in, typed values or per-field messages out. Pure.

Fields arrive as text so that a wrong entry comes back beside its field on the re-rendered form
instead of as a generic validation page; the scans are read here too, so one submission reports
every problem at once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Final
from zoneinfo import ZoneInfo

from cellchain.cbu import scans
from cellchain.errors import BadInput
from cellchain.inputs.rules import parse_number, site_time_to_utc
from cellchain.isbt128.errors import ScanError

YES_NO: Final = {"yes": True, "no": False}
_NUMBER_LABELS: Final = {
    "volume_ml": "volume", "total_nucleated_cells": "total nucleated cells",
    "viability_pct": "viability", "arrival_temp_c": "arrival temperature",
}


@dataclass(frozen=True)
class ReceiptForm:
    """What the person scanned and typed, exactly as submitted (re-shown after an error)."""

    din_scan: str = ""
    product_code_scan: str = ""
    abo_rh_scan: str = ""
    bank_name: str = ""
    collected_at: str = ""
    volume_ml: str = ""
    total_nucleated_cells: str = ""
    viability_pct: str = ""
    idm_status: str = ""
    container_intact: str = ""
    arrival_temp_c: str = ""
    # Autologous blood only: the subject's chain-of-identity label, scanned at receipt.
    coi_scan: str = ""

    def as_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class ReceiptValues:
    """The typed values the receipt service takes (scans stay text: the service reads them)."""

    din_scan: str
    product_code_scan: str
    abo_rh_scan: str | None
    bank_name: str
    collected_at: datetime
    volume_ml: float
    total_nucleated_cells: float
    viability_pct: float
    idm_status: str
    container_intact: bool
    arrival_temp_c: float


def parse_receipt(form: ReceiptForm, *, zone: ZoneInfo) -> ReceiptValues | dict[str, str]:
    """Returns the typed values, or a message per field that cannot be read."""
    errors: dict[str, str] = {}
    for reader, raw in ((scans.read_din, form.din_scan),
                        (scans.read_product_code, form.product_code_scan),
                        (scans.read_blood_groups, form.abo_rh_scan)):
        try:
            reader(raw)
        except ScanError as exc:
            errors[exc.field or "scan"] = exc.message
    if not form.bank_name.strip():
        errors["bank_name"] = "bank or collection site is required"
    numbers = {name: _number(getattr(form, name), label, name, errors)
               for name, label in _NUMBER_LABELS.items()}
    collected_at = _local_time(form.collected_at, zone, errors)
    intact = YES_NO.get(form.container_intact)
    if intact is None:
        errors["container_intact"] = "say whether the container was intact (yes or no)"
    if not form.idm_status.strip():
        errors["idm_status"] = "choose the infectious-disease marker status"
    if errors:
        return errors
    assert collected_at is not None and intact is not None
    return ReceiptValues(
        din_scan=form.din_scan, product_code_scan=form.product_code_scan,
        abo_rh_scan=form.abo_rh_scan or None, bank_name=form.bank_name,
        collected_at=collected_at, idm_status=form.idm_status, container_intact=intact,
        volume_ml=numbers["volume_ml"], total_nucleated_cells=numbers["total_nucleated_cells"],
        viability_pct=numbers["viability_pct"], arrival_temp_c=numbers["arrival_temp_c"])


def _number(text: str, label: str, name: str, errors: dict[str, str]) -> float:
    if not text.strip():
        errors[name] = f"{label} is required"
        return math.nan
    try:
        return parse_number(text, label=label, field=name)
    except BadInput as refusal:
        errors[name] = refusal.message
        return math.nan


def _local_time(text: str, zone: ZoneInfo, errors: dict[str, str]) -> datetime | None:
    """Reads a ``datetime-local`` value as site time (DESIGN §5) and returns it in UTC."""
    if not text.strip():
        errors["collected_at"] = "collection date and time is required (site time)"
        return None
    try:
        return site_time_to_utc(text, zone, label="collection date and time",
                                field="collected_at")
    except BadInput as refusal:
        errors["collected_at"] = refusal.message
        return None
