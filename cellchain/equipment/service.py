"""Equipment use cases: registration, calibration and maintenance dates, in or out of service.

Calibration and maintenance are recorded as the next due date with a reason (the certificate
or work order), audited old → new (21 CFR 211.67 and 211.68: records of maintenance and
calibration; EU GMP Part I 3.41). Writes are compare-and-swap on ``version``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlmodel import Session, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.db import get_record
from cellchain.equipment.models import Equipment
from cellchain.equipment.rules import (
    equipment_kind_label,
    normalise_asset_number,
    parse_equipment_kind,
)
from cellchain.errors import Conflict
from cellchain.guarded import guarded_update, read_for_write
from cellchain.materials.rules import required_text


def get_equipment(session: Session, equipment_id: int) -> Equipment:
    return get_record(session, Equipment, equipment_id, "equipment")


def find_equipment_by_asset(session: Session, asset_number: str) -> Equipment | None:
    """Returns the equipment a scanned asset number names, or None."""
    return session.exec(select(Equipment).where(
        Equipment.asset_number == normalise_asset_number(asset_number))).first()


def register_equipment(
    session: Session, *, actor: Actor, asset_number: str, kind: str, name: str,
    calibration_due_on: date, maintenance_due_on: date, now: datetime,
) -> Equipment:
    """Registers a piece of equipment by the asset number on its own label.

    A due date already past is allowed: the equipment is then refused at every step until
    it is calibrated or maintained, which is what a newly installed, not yet qualified
    instrument needs.
    """
    asset = normalise_asset_number(asset_number)
    parsed = parse_equipment_kind(kind)
    name = required_text(name, field="name", label="Name", max_length=200)
    read_for_write(session)  # registered twice at once: refused by name (see materials)
    if find_equipment_by_asset(session, asset) is not None:
        raise Conflict(f"Equipment {asset} is already registered; an asset number is "
                       "registered once.", field="asset_number")
    eq = Equipment(asset_number=asset, kind=parsed.value, name=name,
                   calibration_due_on=calibration_due_on, maintenance_due_on=maintenance_due_on)
    session.add(eq)
    session.flush()
    audit.record(session, actor=actor, action="equipment.registered", entity_type="equipment",
                 entity_id=eq.id, now=now,
                 changes=[Change("asset_number", None, asset), Change("kind", None, eq.kind),
                          Change("name", None, name),
                          Change("calibration_due_on", None, calibration_due_on.isoformat()),
                          Change("maintenance_due_on", None, maintenance_due_on.isoformat()),
                          Change("in_service", None, True)])
    return eq


def record_calibration(
    session: Session, *, actor: Actor, equipment: Equipment, calibration_due_on: date,
    reason: str, now: datetime,
) -> Equipment:
    """Records a calibration as the new calibration due date; the reason names the evidence."""
    return _new_due_date(session, actor=actor, equipment=equipment,
                         field="calibration_due_on", due=calibration_due_on, reason=reason,
                         evidence="calibration certificate", action="equipment.calibrated",
                         now=now)


def record_maintenance(
    session: Session, *, actor: Actor, equipment: Equipment, maintenance_due_on: date,
    reason: str, now: datetime,
) -> Equipment:
    """Records planned maintenance done, as the next maintenance due date."""
    return _new_due_date(session, actor=actor, equipment=equipment,
                         field="maintenance_due_on", due=maintenance_due_on, reason=reason,
                         evidence="maintenance record", action="equipment.maintained", now=now)


def _new_due_date(
    session: Session, *, actor: Actor, equipment: Equipment, field: str, due: date,
    reason: str, evidence: str, action: str, now: datetime,
) -> Equipment:
    reason = required_text(reason, field="reason", label=f"Reason ({evidence})", max_length=500)
    old: date = getattr(equipment, field)
    _swap(session, equipment, {field: due})
    audit.record(session, actor=actor, action=action, entity_type="equipment",
                 entity_id=equipment.id, now=now, reason=reason,
                 changes=[Change(field, old.isoformat(), due.isoformat())])
    return equipment


def set_in_service(
    session: Session, *, actor: Actor, equipment: Equipment, in_service: bool, reason: str,
    now: datetime,
) -> Equipment:
    """Takes equipment out of service (a fault, an excursion) or returns it; reason required."""
    reason = required_text(reason, field="reason", label="Reason", max_length=500)
    if equipment.in_service == in_service:
        state = "in service" if in_service else "out of service"
        raise Conflict(f"{equipment_kind_label(equipment.kind)} {equipment.asset_number} is "
                       f"already {state}.")
    _swap(session, equipment, {"in_service": in_service})
    audit.record(session, actor=actor, action="equipment.service_changed",
                 entity_type="equipment", entity_id=equipment.id, now=now, reason=reason,
                 changes=[Change("in_service", not in_service, in_service)])
    return equipment


def _swap(session: Session, equipment: Equipment, values: dict[str, Any]) -> None:
    """Writes values if nobody changed the equipment since it was read (compare-and-swap)."""
    assert equipment.id is not None
    guarded_update(session, equipment, values, record=f"Equipment {equipment.asset_number}",
                   audit_entity=("equipment", equipment.id))
