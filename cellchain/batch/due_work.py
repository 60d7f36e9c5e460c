"""What is due or overdue: lot steps (feeds, counts, sampling, harvest window), material
expiry and equipment calibration. Read by the technician dashboard and by the hourly job
that turns it into notifications (one per item and key, so re-running adds nothing)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from cellchain.auth.roles import Role
from cellchain.batch import entries as batch_entries
from cellchain.batch.schedule import Due
from cellchain.config import Settings
from cellchain.db import column_rows
from cellchain.display import days_text
from cellchain.equipment.models import Equipment
from cellchain.equipment.rules import equipment_refusals
from cellchain.lots.models import Lot
from cellchain.lots.states import RECORDING
from cellchain.materials.models import MaterialLot

# PROPOSED look-ahead: warn a week before a material expires, two before calibration or
# maintenance is due.
MATERIAL_WARNING = timedelta(days=7)
CALIBRATION_WARNING = timedelta(days=14)


# The columns of batch.definitions.MadeLot: every lot being made is read on each dashboard.
_LOTS_BEING_MADE = core_select(
    col(Lot.id), col(Lot.din), col(Lot.status), col(Lot.process_name), col(Lot.process_version),
    col(Lot.activated_at)).where(col(Lot.status).in_([s.value for s in RECORDING]))


@dataclass(frozen=True)
class DueItem:
    key: str  # stable: the same situation gives the same key
    kind: str  # lot_step | material | equipment
    urgency: str  # overdue | due | soon
    message: str
    href: str
    roles: tuple[Role, ...]


def _equipment_item(equipment: Equipment, today: date) -> DueItem | None:
    # Overdue means exactly what the step gate refuses (calibration or maintenance past due),
    # so nothing is refused at the bench that the dashboard did not list first.
    refusals = equipment_refusals(equipment, today)
    upcoming = sorted((due_on, what) for due_on, what in (
        (equipment.calibration_due_on, "calibration"),
        (equipment.maintenance_due_on, "maintenance")) if due_on <= today + CALIBRATION_WARNING)
    if refusals:
        urgency, text, due_on = "overdue", "; ".join(refusals), min(d for d, _ in upcoming)
    elif upcoming:
        due_on, what = upcoming[0]
        urgency = "soon"
        text = f"{equipment.name} {equipment.asset_number}: {what} due on {due_on.isoformat()}"
    else:
        return None
    return DueItem(
        key=f"equipment:{equipment.id}:{urgency}:{due_on.isoformat()}", kind="equipment",
        urgency=urgency, message=text, href=f"/equipment/{equipment.id}",
        roles=(Role.TECHNICIAN, Role.QA))


def collect(session: Session, settings: Settings, now: datetime) -> list[DueItem]:
    today = now.astimezone(settings.zone).date()
    items: list[DueItem] = []
    recording = column_rows(session, _LOTS_BEING_MADE).all()
    done = batch_entries.done_steps(session, [lot.id or 0 for lot in recording])
    for lot, due in batch_entries.due_on_lots(recording, done, settings, now):
        if due.status == Due.UPCOMING:
            continue
        window = days_text(due.window) if due.window else "now"
        items.append(DueItem(
            key=f"lot-step:{lot.id}:{due.step.id}:{window}:{due.status.value}",
            kind="lot_step", urgency=due.status.value,
            message=f"Lot {lot.din}: {due.step.title} is {due.status.value} ({window})",
            href=f"/lots/{lot.id}/steps/{due.step.id}",
            roles=(Role.TECHNICIAN,) if due.status == Due.DUE
            else (Role.TECHNICIAN, Role.QA)))
    # Only the released materials within the warning window are read.
    for material in session.exec(select(MaterialLot).where(
            MaterialLot.status == "released", MaterialLot.expires_on <= today + MATERIAL_WARNING)):
        if material.expires_on < today:
            urgency, text = "overdue", f"expired on {material.expires_on.isoformat()}"
        else:
            urgency, text = "soon", f"expires on {material.expires_on.isoformat()}"
        items.append(DueItem(
            key=f"material:{material.id}:{urgency}:{material.expires_on.isoformat()}",
            kind="material", urgency=urgency,
            message=f"{material.name} lot {material.code} ({material.supplier_lot}) {text}",
            href=f"/materials/{material.id}", roles=(Role.TECHNICIAN, Role.QA)))
    for equipment in session.exec(select(Equipment).where(col(Equipment.in_service))):
        item = _equipment_item(equipment, today)
        if item is not None:
            items.append(item)
    order = {"overdue": 0, "due": 1, "soon": 2}
    return sorted(items, key=lambda item: (order[item.urgency], item.message))
