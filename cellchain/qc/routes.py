"""QC pages: lots with results outstanding, a lot's results against its specification, the
sample page a scanned tube opens (with the result form), review and correction. Routes parse
input and call one service function; a refusal re-renders the page with what was typed."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from sqlmodel import Session

from cellchain.audit import service as audit
from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import UNBLINDED, Role
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import SessionDep
from cellchain.errors import CellchainError
from cellchain.inputs.rules import site_time_to_utc
from cellchain.lots.service import get_lot
from cellchain.lots.states import deviation_outcome
from cellchain.qc import service as qc
from cellchain.qc.view import lot_qc, lots_with_results_outstanding
from cellchain.web import SettingsDep, redirect_with_flash, render

router = APIRouter()
Reader = Annotated[Principal, Depends(allow(*UNBLINDED))]
QcReader = Annotated[Principal, Depends(allow(Role.QC, Role.QA))]
Analyst = Annotated[Principal, Depends(allow(Role.QC))]
Reviewer = Annotated[Principal, Depends(allow(Role.QC, Role.QA))]
Text = Annotated[str, Form(max_length=200)]


@router.get("/qc")
def qc_lots(request: Request, session: SessionDep, _: QcReader, settings: SettingsDep
            ) -> Response:
    return render(request, "qc/lots.html",
                  {"summaries": lots_with_results_outstanding(session, settings)})


def _page(
    request: Request, session: Session, settings: Settings, principal: Principal, lot_id: int,
    *, sample_id: int | None = None, form: dict[str, str] | None = None,
    error: CellchainError | None = None, error_key: str = "",
) -> Response:
    """The lot's results page, or (``sample_id``) the sample page with its tests' forms."""
    lot = get_lot(session, lot_id)
    view = lot_qc(session, lot, settings)
    sample = qc.get_sample(session, sample_id) if sample_id is not None else None
    rows = [r for r in view.rows if sample is None or r.test.sample == sample.test]
    return render(request, "qc/sample.html" if sample else "qc/lot.html", {
        "lot": lot, "view": view, "rows": rows, "sample": sample,
        "form": form or {}, "error": error, "error_key": error_key,
        "problems": error.problems if error else {},
        "is_analyst": Role.QC in principal.roles,
        "is_reviewer": bool({Role.QC, Role.QA} & principal.roles),
        "user_id": principal.user_id, "analyst_name": principal.printed_name,
        "now_local": utcnow().astimezone(settings.zone).strftime("%Y-%m-%dT%H:%M"),
        "history": audit.events_for(session, "qc_sample", sample.id) if sample else None,
    }, status_code=422 if error else 200)


@router.get("/lots/{lot_id}/qc")
def lot_results(
    request: Request, session: SessionDep, principal: Reader, settings: SettingsDep,
    lot_id: int,
) -> Response:
    return _page(request, session, settings, principal, lot_id)


@router.get("/qc/samples/{sample_id}")
def sample_detail(
    request: Request, session: SessionDep, principal: Reader, settings: SettingsDep,
    sample_id: int,
) -> Response:
    sample = qc.get_sample(session, sample_id)
    return _page(request, session, settings, principal, sample.lot_id, sample_id=sample_id)


@router.post("/qc/samples/{sample_id}/results")
def record_result(
    request: Request, session: SessionDep, principal: Analyst, settings: SettingsDep,
    sample_id: int, test_id: Annotated[str, Form(max_length=64)], result: Text = "",
    method: Text = "", instrument: Text = "", analyst: Text = "", tested_at: Text = "",
    back: Annotated[str, Form(max_length=8)] = "sample",
) -> Response:
    """Enters a test's result on a scanned (or chosen) tube; out of specification it opens a
    deviation, said in the message."""
    sample = qc.get_sample(session, sample_id)
    lot = get_lot(session, sample.lot_id)
    on_sample = back != "lot"
    try:
        when = site_time_to_utc(tested_at, settings.zone, label="tested at", field="tested_at")
        recorded = qc.record_result(
            session, actor=principal.actor, lot=lot, sample=sample, test_id=test_id,
            raw_result=result, method=method, instrument=instrument, analyst=analyst,
            tested_at=when, settings=settings, now=utcnow())
    except CellchainError as exc:
        form = {"result": result, "method": method, "instrument": instrument,
                "analyst": analyst, "tested_at": tested_at}
        return _page(request, session, settings, principal, lot.id or 0,
                     sample_id=sample_id if on_sample else None, form=form, error=exc,
                     error_key=f"record-{test_id}")
    target = f"/qc/samples/{sample_id}" if on_sample else f"/lots/{lot.id}/qc"
    row = recorded.result
    message = f"{row.result} {row.unit}".strip() + " recorded"
    if recorded.deviation is not None:
        return redirect_with_flash(
            request, target, f"{message}: out of specification ({row.specification}). "
            f"{recorded.deviation.number} opened; {deviation_outcome(recorded.lot_before)}.",
            kind="error")
    if recorded.held is not None:
        return redirect_with_flash(
            request, target, f"{message}: out of specification ({row.specification}); the "
            f"lot is {lot.status.replace('_', ' ')}: {len(recorded.held.held)} bag(s) held "
            f"pending QA's assessment, {len(recorded.held.infused)} already infused "
            "(look-back); QA, the coordinator and the clinicians are notified.", kind="error")
    if row.status == "fail":
        return redirect_with_flash(request, target, f"{message}: out of specification "
                                   f"({row.specification}); the lot is "
                                   f"{lot.status.replace('_', ' ')}: QA assesses it.",
                                   kind="error")
    return redirect_with_flash(request, target, f"{message}: in specification.")


@router.post("/qc/results/{result_id}/review")
def review_result(
    request: Request, session: SessionDep, principal: Reviewer, result_id: int,
    note: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    review = qc.review_result(session, actor=principal.actor, result_id=result_id, note=note,
                              now=utcnow())
    lot_id = qc.get_result(session, review.result_id).lot_id
    return redirect_with_flash(request, f"/lots/{lot_id}/qc", "Result reviewed.")


@router.post("/qc/results/{result_id}/corrections")
def correct_result(
    request: Request, session: SessionDep, principal: Analyst, settings: SettingsDep,
    result_id: int, result: Text = "", reason: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    old = qc.get_result(session, result_id)
    try:
        corrected = qc.correct_result(session, actor=principal.actor, result_id=result_id,
                                      raw_result=result, reason=reason, settings=settings,
                                      now=utcnow())
    except CellchainError as exc:
        return _page(request, session, settings, principal, old.lot_id,
                     form={"result": result, "reason": reason}, error=exc,
                     error_key=f"correct-{result_id}")
    message = ("Correction recorded; the old result stays visible, struck through, and the "
               "correction needs its own review.")
    if corrected.deviation is not None:
        message += (f" Out of specification: {corrected.deviation.number} opened; "
                    f"{deviation_outcome(corrected.lot_before)}.")
    if corrected.held is not None:
        message += (f" Out of specification after release: {len(corrected.held.held)} bag(s) "
                    "held pending QA's assessment; QA, the coordinator and the clinicians are "
                    "notified.")
    return redirect_with_flash(request, f"/lots/{old.lot_id}/qc", message,
                               kind="error" if corrected.deviation or corrected.held
                               else "success")
