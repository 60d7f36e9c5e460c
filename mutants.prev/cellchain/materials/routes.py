"""Material lot pages: list, receipt, detail with history, QA release and rejection.

Reagent lots are manufacturing data, so blinded roles never see them (DESIGN §4.6; domain
notes: "reagent lots" are hidden from blinded roles). Technicians receive; only QA releases
or rejects (21 CFR 1271.210(a), 211.22, 211.84). Equipment pages live in
``cellchain.equipment.routes``.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import Response
from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import UNBLINDED, Role
from cellchain.clock import utcnow
from cellchain.db import SessionDep
from cellchain.errors import CellchainError
from cellchain.materials import service
from cellchain.materials.models import MaterialLot
from cellchain.materials.rules import (
    MaterialCondition,
    MaterialKind,
    MaterialStatus,
    is_due_soon,
    material_condition,
    material_kind_label,
    material_refusals,
    parse_form_date,
    site_today,
)
from cellchain.web import SettingsDep, redirect_with_flash, render

router = APIRouter()

MaterialReader = Annotated[Principal, Depends(allow(*UNBLINDED))]
Receiver = Annotated[Principal, Depends(allow(Role.TECHNICIAN))]
QualityAssurance = Annotated[Principal, Depends(allow(Role.QA))]
_FORM_FIELDS = ("kind", "name", "supplier", "supplier_lot", "expires_on", "certificate_ref")


def _row(lot: MaterialLot, today: date) -> dict[str, object]:
    return {"lot": lot, "kind": material_kind_label(lot.kind),
            "condition": material_condition(lot, today),
            "due_soon": lot.status != MaterialStatus.REJECTED
            and is_due_soon(lot.expires_on, today)}


@router.get("/materials")
def list_materials(
    request: Request, session: SessionDep, settings: SettingsDep, principal: MaterialReader,
    status: Annotated[MaterialCondition | None, Query()] = None,
) -> Response:
    """Every lot with its condition today; expired is derived from the expiry date."""
    today = site_today(utcnow(), settings.zone)
    # A site holds hundreds of lots, not millions: the condition is computed by the one rule
    # rather than repeated as SQL.
    rows = [_row(lot, today) for lot in session.exec(
        select(MaterialLot).order_by(col(MaterialLot.id).desc()))]
    counts = {c: sum(r["condition"] == c for r in rows) for c in MaterialCondition}
    shown = [r for r in rows if status is None or r["condition"] == status]
    return render(request, "materials/list.html", {
        "rows": shown, "status": status, "counts": counts, "today": today,
        "can_receive": principal.has_any(frozenset({Role.TECHNICIAN}))})


def _form_page(
    request: Request, form: dict[str, str], errors: dict[str, str], status_code: int = 200
) -> Response:
    return render(request, "materials/new.html", {
        "kinds": list(MaterialKind), "form": form, "errors": errors}, status_code=status_code)


@router.get("/materials/new")
def new_material_form(request: Request, _: Receiver) -> Response:
    return _form_page(request, {}, {})


def _receive(
    session: Session, principal: Principal, form: dict[str, str], today: date
) -> MaterialLot:
    return service.receive_material(
        session, actor=principal.actor, kind=form["kind"], name=form["name"],
        supplier=form["supplier"], supplier_lot=form["supplier_lot"],
        expires_on=parse_form_date(form["expires_on"], field="expires_on", label="Expiry date"),
        certificate_ref=form["certificate_ref"], now=utcnow(), today=today)


@router.post("/materials")
def receive_material(
    request: Request, session: SessionDep, settings: SettingsDep, principal: Receiver,
    kind: Annotated[str, Form(max_length=32)] = "",
    name: Annotated[str, Form(max_length=400)] = "",
    supplier: Annotated[str, Form(max_length=400)] = "",
    supplier_lot: Annotated[str, Form(max_length=128)] = "",
    expires_on: Annotated[str, Form(max_length=32)] = "",
    certificate_ref: Annotated[str, Form(max_length=400)] = "",
) -> Response:
    """Receives a lot into quarantine; a refusal re-renders the form with the field marked."""
    form = dict(zip(_FORM_FIELDS, (kind, name, supplier, supplier_lot, expires_on,
                                   certificate_ref), strict=True))
    try:
        lot = _receive(session, principal, form, site_today(utcnow(), settings.zone))
    except CellchainError as refusal:
        if refusal.field is None:
            raise
        return _form_page(request, form, {refusal.field: refusal.message},
                          status_code=refusal.status_code)
    return redirect_with_flash(request, f"/materials/{lot.id}",
                               f"{material_kind_label(lot.kind)} lot {lot.code} received into "
                               "quarantine. Print its label and put it on the container.")


@router.get("/materials/{material_id}")
def material_detail(
    request: Request, session: SessionDep, settings: SettingsDep, principal: MaterialReader,
    material_id: int,
) -> Response:
    lot = service.get_material(session, material_id)
    today = site_today(utcnow(), settings.zone)
    return render(request, "materials/detail.html", {
        **_row(lot, today), "refusals": material_refusals(lot, today),
        "can_decide": principal.has_any(frozenset({Role.QA}))
        and lot.status == MaterialStatus.QUARANTINE,
        "can_label": principal.has_any(frozenset({Role.TECHNICIAN, Role.QA})),
        # The lot's own changes and its label prints, in the order they happened.
        "history": sorted(audit.events_for(session, "material_lot", material_id)
                          + audit.events_for(session, "material", material_id),
                          key=lambda event: event.seq)})


@router.post("/materials/{material_id}/release")
def release_material(
    request: Request, session: SessionDep, settings: SettingsDep, principal: QualityAssurance,
    material_id: int, reason: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    lot = service.get_material(session, material_id)
    service.release_material(session, actor=principal.actor, lot=lot, now=utcnow(),
                             reason=reason, today=site_today(utcnow(), settings.zone))
    return redirect_with_flash(request, f"/materials/{material_id}",
                               f"{material_kind_label(lot.kind)} lot {lot.code} released for use.")


@router.post("/materials/{material_id}/reject")
def reject_material(
    request: Request, session: SessionDep, principal: QualityAssurance, material_id: int,
    reason: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    lot = service.get_material(session, material_id)
    service.reject_material(session, actor=principal.actor, lot=lot, reason=reason, now=utcnow())
    return redirect_with_flash(request, f"/materials/{material_id}",
                               f"{material_kind_label(lot.kind)} lot {lot.code} rejected: it "
                               "can no longer be used. Segregate the containers.")
