"""Plain factories for material lots and equipment, through the real audited services."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlmodel import Session

from cellchain.audit.service import Actor
from cellchain.clock import utcnow
from cellchain.equipment import service as equipment_service
from cellchain.equipment.models import Equipment
from cellchain.materials import service
from cellchain.materials.models import MaterialLot

TECH = Actor(None, "Tess Tech")
QA = Actor(None, "Quentin Ashby")


def receive(session: Session, *, now: datetime | None = None, **overrides: object) -> MaterialLot:
    """Receives a lot into quarantine (IL-2 by default, expiring in a year)."""
    now = now or utcnow()
    fields: dict[str, object] = {
        "kind": "il2", "name": "Recombinant human IL-2 GMP", "supplier": "Example Bio",
        "supplier_lot": "22B104", "expires_on": now.date() + timedelta(days=365),
        "certificate_ref": "CoA 22B104"}
    fields.update(overrides)
    return service.receive_material(session, actor=TECH, now=now, **fields)  # type: ignore[arg-type]


def released(session: Session, *, now: datetime | None = None, **overrides: object) -> MaterialLot:
    """Receives a lot and has QA release it."""
    now = now or utcnow()
    lot = receive(session, now=now, **overrides)
    return service.release_material(session, actor=QA, lot=lot, now=now)


def register(
    session: Session, *, asset_number: str = "INC-01", kind: str = "incubator",
    calibration_due_on: date | None = None, maintenance_due_on: date | None = None,
) -> Equipment:
    """Registers equipment calibrated and maintained until half a year from now by default."""
    later = utcnow().date() + timedelta(days=182)
    return equipment_service.register_equipment(
        session, actor=TECH, asset_number=asset_number, kind=kind, name=f"Demo {kind}",
        calibration_due_on=calibration_due_on or later,
        maintenance_due_on=maintenance_due_on or later, now=utcnow())
