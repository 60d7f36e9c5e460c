"""Equipment pages: list with what blocks each item, registration, detail with history, and
recording calibration, maintenance and service status (technicians and QA, with a reason)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import UNBLINDED, Role
from cellchain.clock import utcnow
from cellchain.db import SessionDep
from cellchain.equipment import service
from cellchain.equipment.models import Equipment
from cellchain.equipment.rules import EquipmentKind, equipment_kind_label, equipment_refusals
from cellchain.errors import BadInput, CellchainError
from cellchain.materials.rules import is_due_soon, parse_form_date, site_today
from cellchain.web import SettingsDep, redirect_with_flash, render

router = APIRouter(prefix="/equipment")

KEEPERS: frozenset[Role] = frozenset({Role.TECHNICIAN, Role.QA})
EquipmentReader = Annotated[Principal, Depends(allow(*UNBLINDED))]
Keeper = Annotated[Principal, Depends(allow(*KEEPERS))]
_FORM_FIELDS = ("asset_number", "kind", "name", "calibration_due_on", "maintenance_due_on")
Reason = Annotated[str, Form(max_length=500)]


def _row(eq: Equipment, today: date) -> dict[str, object]:
    return {"eq": eq, "kind": equipment_kind_label(eq.kind),
            "refusals": equipment_refusals(eq, today),
            "calibration_soon": is_due_soon(eq.calibration_due_on, today),
            "maintenance_soon": is_due_soon(eq.maintenance_due_on, today)}


@router.get("")
def list_equipment(
    request: Request, session: SessionDep, settings: SettingsDep, principal: EquipmentReader
) -> Response:
    today = site_today(utcnow(), settings.zone)
    rows = [_row(eq, today) for eq in session.exec(
        select(Equipment).order_by(col(Equipment.asset_number)))]
    return render(request, "equipment/list.html", {
        "rows": rows, "today": today, "can_register": principal.has_any(KEEPERS)})


def _form_page(
    request: Request, form: dict[str, str], errors: dict[str, str], status_code: int = 200
) -> Response:
    return render(request, "equipment/new.html", {
        "kinds": list(EquipmentKind), "form": form, "errors": errors}, status_code=status_code)


@router.get("/new")
def new_equipment_form(request: Request, _: Keeper) -> Response:
    return _form_page(request, {}, {})


def _register(session: Session, principal: Principal, form: dict[str, str]) -> Equipment:
    return service.register_equipment(
        session, actor=principal.actor, asset_number=form["asset_number"], kind=form["kind"],
        name=form["name"],
        calibration_due_on=parse_form_date(form["calibration_due_on"],
                                           field="calibration_due_on",
                                           label="Calibration due date"),
        maintenance_due_on=parse_form_date(form["maintenance_due_on"],
                                           field="maintenance_due_on",
                                           label="Maintenance due date"),
        now=utcnow())


@router.post("")
def register_equipment(
    request: Request, session: SessionDep, principal: Keeper,
    asset_number: Annotated[str, Form(max_length=64)] = "",
    kind: Annotated[str, Form(max_length=32)] = "",
    name: Annotated[str, Form(max_length=400)] = "",
    calibration_due_on: Annotated[str, Form(max_length=32)] = "",
    maintenance_due_on: Annotated[str, Form(max_length=32)] = "",
) -> Response:
    form = dict(zip(_FORM_FIELDS, (asset_number, kind, name, calibration_due_on,
                                   maintenance_due_on), strict=True))
    try:
        eq = _register(session, principal, form)
    except CellchainError as refusal:
        if refusal.field is None:
            raise
        return _form_page(request, form, {refusal.field: refusal.message},
                          status_code=refusal.status_code)
    return redirect_with_flash(request, f"/equipment/{eq.id}",
                               f"{equipment_kind_label(eq.kind)} {eq.asset_number} registered.")


@router.get("/{equipment_id}")
def equipment_detail(
    request: Request, session: SessionDep, settings: SettingsDep, principal: EquipmentReader,
    equipment_id: int,
) -> Response:
    eq = service.get_equipment(session, equipment_id)
    return render(request, "equipment/detail.html", {
        **_row(eq, site_today(utcnow(), settings.zone)), "can_keep": principal.has_any(KEEPERS),
        "history": audit.events_for(session, "equipment", equipment_id)})


@router.post("/{equipment_id}/calibration")
def record_calibration(
    request: Request, session: SessionDep, principal: Keeper, equipment_id: int,
    calibration_due_on: Annotated[str, Form(max_length=32)] = "", reason: Reason = "",
) -> Response:
    return _record_due(request, session, principal, equipment_id, calibration_due_on, reason,
                       calibration=True)


@router.post("/{equipment_id}/maintenance")
def record_maintenance(
    request: Request, session: SessionDep, principal: Keeper, equipment_id: int,
    maintenance_due_on: Annotated[str, Form(max_length=32)] = "", reason: Reason = "",
) -> Response:
    return _record_due(request, session, principal, equipment_id, maintenance_due_on, reason,
                       calibration=False)


def _record_due(
    request: Request, session: Session, principal: Principal, equipment_id: int,
    due_text: str, reason: str, *, calibration: bool,
) -> Response:
    """A calibration or maintenance done, recorded as the next due date."""
    eq = service.get_equipment(session, equipment_id)
    what, field = ("Calibration", "calibration_due_on") if calibration else (
        "Maintenance", "maintenance_due_on")
    due = parse_form_date(due_text, field=field, label=f"Next {what.lower()} due date")
    if calibration:
        service.record_calibration(session, actor=principal.actor, equipment=eq,
                                   calibration_due_on=due, reason=reason, now=utcnow())
    else:
        service.record_maintenance(session, actor=principal.actor, equipment=eq,
                                   maintenance_due_on=due, reason=reason, now=utcnow())
    return redirect_with_flash(request, f"/equipment/{equipment_id}",
                               f"{what} of {eq.asset_number} recorded: next due "
                               f"{due.isoformat()}.")


@router.post("/{equipment_id}/service")
def set_in_service(
    request: Request, session: SessionDep, principal: Keeper, equipment_id: int,
    in_service: Annotated[str, Form(max_length=8)] = "", reason: Reason = "",
) -> Response:
    eq = service.get_equipment(session, equipment_id)
    if in_service not in ("yes", "no"):
        raise BadInput("in_service must be yes or no.", field="in_service")
    back = in_service == "yes"
    service.set_in_service(session, actor=principal.actor, equipment=eq, in_service=back,
                           reason=reason, now=utcnow())
    state = "back in service" if back else "out of service"
    return redirect_with_flash(request, f"/equipment/{equipment_id}",
                               f"{equipment_kind_label(eq.kind)} {eq.asset_number} is {state}.")
