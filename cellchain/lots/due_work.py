"""What is due or overdue: lot steps (feeds, counts, sampling, harvest window), material
expiry and equipment calibration. Read by the technician dashboard and by the hourly job
that turns it into notifications (one per item and key, so re-running adds nothing)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from cellchain.auth.roles import Role
from cellchain.config import Settings
from cellchain.lots import record_service as record
from cellchain.lots.models import Lot
from cellchain.lots.schedule import Due
from cellchain.lots.states import LotState
from cellchain.materials.models import Equipment, MaterialLot

# PROPOSED look-ahead: warn a week before a material expires, two before calibration is due.
MATERIAL_WARNING = timedelta(days=7)
CALIBRATION_WARNING = timedelta(days=14)
_ACTIVE = (LotState.PLANNED, LotState.ACTIVATED, LotState.EXPANDING, LotState.HARVESTED)


@dataclass(frozen=True)
class DueItem:
    key: str  # stable: the same situation gives the same key
    kind: str  # lot_step | material | equipment
    urgency: str  # overdue | due | soon
    message: str
    href: str
    roles: tuple[Role, ...]


def collect(session: Session, settings: Settings, now: datetime) -> list[DueItem]:
    today = now.astimezone(settings.zone).date()
    items: list[DueItem] = []
    for lot in session.exec(select(Lot).where(col(Lot.status).in_([s.value for s in _ACTIVE]))):
        for due in record.due_steps(session, lot, settings, now):
            if due.status == Due.UPCOMING:
                continue
            window = f"day {due.window[0]}-{due.window[1]}" if due.window else "now"
            items.append(DueItem(
                key=f"lot-step:{lot.id}:{due.step.id}:{window}:{due.status.value}",
                kind="lot_step", urgency=due.status.value,
                message=f"Lot {lot.din}: {due.step.title} is {due.status.value} ({window})",
                href=f"/lots/{lot.id}/steps/{due.step.id}",
                roles=(Role.TECHNICIAN,) if due.status == Due.DUE
                else (Role.TECHNICIAN, Role.QA)))
    for material in session.exec(select(MaterialLot).where(MaterialLot.status == "released")):
        if material.expires_on < today:
            urgency, text = "overdue", f"expired on {material.expires_on.isoformat()}"
        elif material.expires_on <= today + MATERIAL_WARNING:
            urgency, text = "soon", f"expires on {material.expires_on.isoformat()}"
        else:
            continue
        items.append(DueItem(
            key=f"material:{material.id}:{urgency}:{material.expires_on.isoformat()}",
            kind="material", urgency=urgency,
            message=f"{material.name} lot {material.code} ({material.supplier_lot}) {text}",
            href=f"/materials/{material.id}", roles=(Role.TECHNICIAN, Role.QA)))
    for equipment in session.exec(select(Equipment).where(col(Equipment.in_service))):
        due_on = equipment.calibration_due_on
        if due_on < today:
            urgency, text = "overdue", f"calibration overdue since {due_on.isoformat()}"
        elif due_on <= today + CALIBRATION_WARNING:
            urgency, text = "soon", f"calibration due on {due_on.isoformat()}"
        else:
            continue
        items.append(DueItem(
            key=f"equipment:{equipment.id}:{urgency}:{due_on.isoformat()}", kind="equipment",
            urgency=urgency, message=f"{equipment.name} {equipment.asset_number}: {text}",
            href=f"/equipment/{equipment.id}", roles=(Role.TECHNICIAN, Role.QA)))
    order = {"overdue": 0, "due": 1, "soon": 2}
    return sorted(items, key=lambda item: (order[item.urgency], item.message))
