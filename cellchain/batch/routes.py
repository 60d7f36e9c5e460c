"""Batch-record pages: the scan station, step forms, verification, corrections, the printable
record. Routes parse input and call one service function; the request's transaction commits or
rolls back as a whole."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from sqlmodel import Session

from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import UNBLINDED, Role
from cellchain.bags.allocation_rules import RAK
from cellchain.batch import checks, definitions, document, planning, steps
from cellchain.batch import entries as batch_entries
from cellchain.batch.process import outside_window, window_warning
from cellchain.batch.view import lot_record
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import SessionDep
from cellchain.errors import BadInput, CellchainError, Conflict, NotFound
from cellchain.inputs.rules import parse_number
from cellchain.lots import service as lots
from cellchain.lots.states import LotState
from cellchain.release.service import release_of
from cellchain.scanning.service import resolve
from cellchain.trial.configuration import trial_config
from cellchain.web import PostedForm, SettingsDep, redirect_with_flash, render

router = APIRouter()
Technician = Annotated[Principal, Depends(allow(Role.TECHNICIAN))]
Verifier = Annotated[Principal, Depends(allow(Role.TECHNICIAN, Role.QC, Role.QA))]
Corrector = Annotated[Principal, Depends(allow(Role.TECHNICIAN, Role.QA))]
Reader = Annotated[Principal, Depends(allow(*UNBLINDED))]
# The unblinded coordinator prepares placebo kits (DESIGN §1; domain notes §5.3) and plans
# their lots; technicians may too. Their steps are recorded at the station by technicians,
# as every lot's are, and QA releases them on the release page.
PlaceboPlanner = Annotated[Principal, Depends(allow(Role.COORDINATOR, Role.TECHNICIAN))]


@router.get("/station")
def station(request: Request, _: Technician) -> Response:
    return render(request, "lots/station.html", {})


@router.get("/station/open")
def station_open(
    request: Request, session: SessionDep, principal: Technician, settings: SettingsDep,
    code: Annotated[str, Query(max_length=500)] = "",
) -> Response:
    """A scanned lot label (or a bag of the lot, or the cord blood unit it was made from)
    opens the lot's next due step."""
    try:
        match = resolve(session, code, principal)
    except (CellchainError) as exc:
        return redirect_with_flash(request, "/station", exc.message, kind="error")
    made = lots.lots_made_from(session, match.id) if match.kind == "cbu" else []
    if match.kind == "bag":
        lot_id = batch_entries.bag_lot_id(session, match.id)
    elif match.kind == "lot":
        lot_id = match.id
    elif len(made) == 1:
        lot_id = made[0].id or 0
    elif match.kind == "cbu" and not made:
        return redirect_with_flash(request, "/station", f"{match.title} has not been planned "
                                   "into a lot yet; plan a lot from it first.", kind="error")
    else:
        return redirect_with_flash(request, "/station", f"{match.title} is not a lot; scan the "
                                   "lot's label at the station.", kind="error")
    lot = lots.get_lot(session, lot_id)
    due = batch_entries.due_steps(session, lot, settings, utcnow())
    if not due:
        return redirect_with_flash(request, f"/lots/{lot_id}",
                                   f"Lot {lot.din} has no step to record now (it is "
                                   f"{LotState(lot.status).label}).", kind="info")
    return RedirectResponse(f"/lots/{lot_id}/steps/{due[0].step.id}", status_code=303)


def _step_form(
    request: Request, session: Session, settings: Settings, lot_id: int, step_id: str, *,
    form: dict[str, str] | None = None, error: CellchainError | None = None,
) -> Response:
    lot = lots.get_lot(session, lot_id)
    definition = definitions.definition_for(lot, settings)
    step = definition.step(step_id)
    due = next((d for d in batch_entries.due_steps(session, lot, settings, utcnow())
                if d.step.id == step_id), None)
    day = batch_entries.culture_day(lot, utcnow(), settings)
    recorded_day = 0 if steps.starts_clock(step) else day
    outside = recorded_day is not None and outside_window(step, recorded_day)
    return render(request, "lots/step_form.html", {
        "window": due.window if due and due.window else step.window,
        "lot": lot, "step": step, "definition": definition, "form": form or {},
        "error": error, "reasons": getattr(error, "reasons", []) if error else [],
        "day": day,
        "window_warning": window_warning(step, recorded_day or 0) if outside else None,
    }, status_code=422 if error else 200)


@router.get("/lots/{lot_id}/steps/{step_id}")
def step_form(
    request: Request, session: SessionDep, _: Technician, settings: SettingsDep, lot_id: int,
    step_id: str,
) -> Response:
    return _step_form(request, session, settings, lot_id, step_id)


@router.post("/lots/{lot_id}/steps/{step_id}")
def record_step(
    request: Request, session: SessionDep, principal: Technician, settings: SettingsDep,
    lot_id: int, step_id: str, posted: PostedForm,
) -> Response:
    form = {key: value for key, value in posted.items() if key != "csrf_token"}
    lot = lots.get_lot(session, lot_id)
    try:
        recorded = steps.record_step(
            session, actor=principal.actor, lot=lot, step_id=step_id, raw_values=form,
            material_codes=_lines(form.get("materials", "")),
            asset_numbers=_lines(form.get("equipment", "")), settings=settings, now=utcnow(),
            outside_window_confirmed=form.get("outside_window") == "yes")
    except (BadInput, Conflict, NotFound) as exc:
        return _step_form(request, session, settings, lot_id, step_id, form=form, error=exc)
    title = definitions.definition_for(lot, settings).step(recorded.entry.step_id).title
    message = f"{title} recorded."
    if recorded.deviation_number:
        message += (f" Out of specification: {recorded.deviation_number} opened and the lot is "
                    "on hold.")
    return redirect_with_flash(request, f"/lots/{lot_id}", message,
                               kind="error" if recorded.deviation_number else "success")


def _lines(text: str) -> list[str]:
    """Scans typed into a textarea by a wedge scanner: one per line."""
    return [line.strip() for line in text.replace("\r", "\n").split("\n") if line.strip()]


@router.post("/lots/{lot_id}/entries/{entry_id}/verify")
def verify_entry(
    request: Request, session: SessionDep, principal: Verifier, settings: SettingsDep,
    lot_id: int, entry_id: int, labels: Annotated[str, Form(max_length=20000)] = "",
) -> Response:
    lot = lots.get_lot(session, lot_id)
    checks.verify_entry(session, actor=principal.actor, lot=lot, entry_id=entry_id,
                        now=utcnow(), settings=settings, label_scans=_lines(labels))
    return redirect_with_flash(request, f"/lots/{lot_id}", "Entry verified.")


@router.post("/lots/{lot_id}/entries/{entry_id}/corrections")
def correct_entry(
    request: Request, session: SessionDep, principal: Corrector, settings: SettingsDep,
    lot_id: int, entry_id: int, field: Annotated[str, Form(max_length=64)],
    value: Annotated[str, Form(max_length=200)],
    reason: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    lot = lots.get_lot(session, lot_id)
    checks.correct_entry(session, actor=principal.actor, lot=lot, entry_id=entry_id,
                         field=field, new_value=value, reason=reason, settings=settings,
                         now=utcnow())
    return redirect_with_flash(request, f"/lots/{lot_id}", "Correction recorded; the old "
                               "value stays visible, struck through.")


@router.get("/lots/{lot_id}/record")
def printable_record(
    request: Request, session: SessionDep, principal: Reader, settings: SettingsDep,
    lot_id: int,
) -> Response:
    """The whole batch record as one printable document; the PDF is this page laid out."""
    lot = lots.get_lot(session, lot_id)
    view = lot_record(session, lot, settings, utcnow())
    return render(request, document.TEMPLATE, document.record_context(
        view, settings, printed_at=utcnow(), printed_by=principal.printed_name,
        release=release_of(session, lot, settings)))


@router.get("/lots/{lot_id}/record.pdf")
def record_pdf(
    session: SessionDep, principal: Reader, settings: SettingsDep, lot_id: int
) -> Response:
    lot = lots.get_lot(session, lot_id)
    view = lot_record(session, lot, settings, utcnow())
    pdf = document.record_pdf(view, settings, printed_at=utcnow(),
                              printed_by=principal.printed_name,
                              release=release_of(session, lot, settings))
    return Response(pdf, media_type="application/pdf", headers={
        "Content-Disposition": f'attachment; filename="batch-record-{lot.din}.pdf"'})


@router.get("/lots/plan")
def plan_form(request: Request, _: Technician, settings: SettingsDep) -> Response:
    return render(request, "lots/plan.html", {
        "dose_levels": definitions.current_definition(settings).dose_levels, "form": {},
        "kit_dose_level": trial_config(settings).randomised_dose_level, "error": None})


@router.post("/lots/plan")
def plan_lot(
    request: Request, session: SessionDep, principal: Technician, settings: SettingsDep,
    material: Annotated[str, Form(max_length=5000)] = "",
    target_dose: Annotated[str, Form(max_length=32)] = "",
    kits: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    """Plans a lot from scanned starting material (the units' 2-D codes or DIN + product code).
    Ticking ``kits`` makes it a RAK kit lot of the randomised stage, at that stage's dose
    level (which then sets the target dose)."""
    config = trial_config(settings)
    try:
        dose = parse_number(target_dose, label="target dose", field="target_dose") \
            if target_dose.strip() and not kits else None
        lot = planning.plan_from_scans(
            session, principal=principal, scans=_lines(material), settings=settings,
            now=utcnow(), target_dose_cells=dose, lot_type=RAK if kits else None,
            dose_level=config.randomised_dose_level if kits else None)
    except CellchainError as exc:
        return render(request, "lots/plan.html", {
            "dose_levels": definitions.current_definition(settings).dose_levels,
            "form": {"material": material, "target_dose": target_dose, "kits": kits},
            "kit_dose_level": config.randomised_dose_level,
            "error": exc.message, "reasons": getattr(exc, "reasons", [])}, status_code=422)
    # The culture vessel is labelled from the start: planning lands on the lot label.
    return redirect_with_flash(request, f"/lots/{lot.id}/label",
                               f"Lot {lot.din} planned. Print its lot label for the culture "
                               "vessel.")


def _placebo_form(request: Request, settings: Settings, *, form: dict[str, str],
                  error: CellchainError | None = None) -> Response:
    config = trial_config(settings)
    return render(request, "lots/plan_placebo.html", {
        "dose_levels": [level.code for level in config.dose_levels],
        "kit_dose_level": config.randomised_dose_level, "form": form,
        "error": error.message if error else None}, status_code=422 if error else 200)


@router.get("/lots/plan-placebo")
def plan_placebo_form(request: Request, _: PlaceboPlanner, settings: SettingsDep) -> Response:
    return _placebo_form(request, settings, form={})


@router.post("/lots/plan-placebo")
def plan_placebo_lot(
    request: Request, session: SessionDep, principal: PlaceboPlanner, settings: SettingsDep,
    dose_level: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    """Plans a placebo kit lot: no starting material (cellchain.batch.planning)."""
    try:
        lot = planning.plan_placebo_lot(session, actor=principal.actor,
                                        dose_level=dose_level.strip(), settings=settings,
                                        now=utcnow())
    except CellchainError as exc:
        return _placebo_form(request, settings, form={"dose_level": dose_level}, error=exc)
    return redirect_with_flash(request, f"/lots/{lot.id}",
                               f"Placebo kit lot {lot.din} planned. Technicians record its "
                               "preparation at the scan station.")
