"""Checking one receipt before anything is written: every scan read, every value plausible.

No database access: ``checked_unit`` returns an unsaved CordBloodUnit in quarantine or raises
InvalidReceipt listing every problem at once, each under the form field it belongs to.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from cellchain.cbu import scans
from cellchain.cbu.models import CordBloodUnit
from cellchain.cbu.rules import CbuState, IdmStatus, SourceType, receipt_value_errors
from cellchain.errors import BadInput
from cellchain.isbt128.errors import ScanError

T = TypeVar("T")


class InvalidReceipt(BadInput):
    """One or more receipt fields are wrong; ``errors`` maps each form field to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("Receipt not saved: " + "; ".join(errors.values()),
                         field=next(iter(errors)))
        self.errors = errors


def checked_unit(
    *, din_scan: str, product_code_scan: str, abo_rh_scan: str | None, bank_name: str,
    collected_at: datetime, volume_ml: float, total_nucleated_cells: float,
    viability_pct: float, idm_status: str, arrival_temp_c: float, container_intact: bool,
    now: datetime,
) -> CordBloodUnit:
    """Returns the unsaved allogeneic unit the receipt describes, or raises InvalidReceipt."""
    errors: dict[str, str] = {}
    din = _read(scans.read_din, din_scan, errors)
    code = _read(scans.read_product_code, product_code_scan, errors)
    groups = _read(scans.read_blood_groups, abo_rh_scan, errors)
    idm = _idm_status(idm_status, errors)
    errors.update(receipt_value_errors(
        bank_name=bank_name, volume_ml=volume_ml, total_nucleated_cells=total_nucleated_cells,
        viability_pct=viability_pct, arrival_temp_c=arrival_temp_c, collected_at=collected_at,
        now=now))
    if errors:
        raise InvalidReceipt(errors)
    assert din is not None and code is not None and idm is not None
    return CordBloodUnit(
        din=din.text, product_code=code.content, bank_name=bank_name.strip(),
        status=CbuState.RECEIVED.value, received_at=now, collected_at=collected_at,
        source_type=SourceType.CORD_BLOOD.value, volume_ml=volume_ml,
        total_nucleated_cells=total_nucleated_cells, viability_pct=viability_pct,
        # The DS002 content ``ggre`` as scanned; BloodGroups.parse gives its meaning back.
        abo_rh=groups.content if groups else None, idm_status=idm.value,
        arrival_temp_c=arrival_temp_c, container_intact=container_intact)


def _read(reader: Callable[[str], T | None], raw: str | None, errors: dict[str, str]
          ) -> T | None:
    try:
        return reader(raw or "")
    except ScanError as exc:
        errors[exc.field or "scan"] = exc.message
        return None


def _idm_status(text: str, errors: dict[str, str]) -> IdmStatus | None:
    try:
        return IdmStatus(text.strip().lower())
    except ValueError:
        errors["idm_status"] = ("infectious-disease marker status must be negative, positive "
                                "or pending")
        return None
