"""Cord blood unit pages: the list, the scan-driven receipt form, the unit and QA's decision.

Technicians receive; QA accepts or rejects with an e-signature; every unblinded role reads
(cord blood units are manufacturing data, DESIGN §4.6).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import Response
from sqlmodel import Session, col, func, select

from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import UNBLINDED, Role
from cellchain.cbu import service, view
from cellchain.cbu.forms import ReceiptForm, ReceiptValues, parse_receipt
from cellchain.cbu.models import CordBloodUnit
from cellchain.cbu.rules import CbuState, IdmStatus
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import SessionDep
from cellchain.errors import Conflict
from cellchain.signatures import service as signatures
from cellchain.web import SettingsDep, redirect_with_flash, render

router = APIRouter(prefix="/cbu")
CbuViewer = Annotated[Principal, Depends(allow(*UNBLINDED))]
Receiver = Annotated[Principal, Depends(allow(Role.TECHNICIAN))]
Decider = Annotated[Principal, Depends(allow(Role.QA))]
Scan = Annotated[str, Form(max_length=200)]
Text = Annotated[str, Form(max_length=200)]


@router.get("")
def list_units(
    request: Request, session: SessionDep, principal: CbuViewer,
    status: Annotated[CbuState | None, Query()] = None,
) -> Response:
    query = select(CordBloodUnit).order_by(col(CordBloodUnit.received_at).desc())
    if status is not None:
        query = query.where(CordBloodUnit.status == status.value)
    counts = dict(session.exec(select(CordBloodUnit.status, func.count())
                               .group_by(CordBloodUnit.status)).all())
    return render(request, "cbu/list.html", {
        "units": session.exec(query).all(), "status": status, "states": list(CbuState),
        "counts": counts, "can_receive": Role.TECHNICIAN in principal.roles,
    })


def _receipt_page(request: Request, form: ReceiptForm, errors: dict[str, str],
                  status_code: int = 200) -> Response:
    return render(request, "cbu/receive.html", {
        "form": form.as_dict(), "errors": errors,
        "idm_options": [(s.value, s.value) for s in IdmStatus],
    }, status_code=status_code)


@router.get("/receive")
def receipt_form(request: Request, _: Receiver) -> Response:
    return _receipt_page(request, ReceiptForm(), {})


@router.post("")
def receive_unit(
    request: Request, session: SessionDep, principal: Receiver, settings: SettingsDep,
    din_scan: Scan = "", product_code_scan: Scan = "", abo_rh_scan: Scan = "",
    bank_name: Text = "", collected_at: Text = "", volume_ml: Text = "",
    total_nucleated_cells: Text = "", viability_pct: Text = "", idm_status: Text = "",
    container_intact: Text = "", arrival_temp_c: Text = "", coi_scan: Scan = "",
) -> Response:
    form = ReceiptForm(din_scan, product_code_scan, abo_rh_scan, bank_name, collected_at,
                       volume_ml, total_nucleated_cells, viability_pct, idm_status,
                       container_intact, arrival_temp_c, coi_scan)
    values = parse_receipt(form, zone=settings.zone)
    if not isinstance(values, ReceiptValues):
        return _receipt_page(request, form, values, status_code=422)
    try:
        if coi_scan.strip():
            # A subject's own blood: bound at receipt to the chain of identity scanned with it.
            cbu = service.receive_autologous(
                session, actor=principal.actor, now=utcnow(),
                subject_id=service.subject_for_coi_scan(session, coi_scan), **asdict(values))
        else:
            cbu = service.receive_scanned(session, actor=principal.actor, now=utcnow(),
                                          **asdict(values))
    except (service.InvalidReceipt, Conflict) as refusal:
        # All are raised before anything is written, so re-showing the form is safe. A subject
        # who cannot give starting material is reported beside the COI they were scanned by.
        field = "coi_scan" if refusal.field == "subject_id" else refusal.field or "din_scan"
        errors = getattr(refusal, "errors", {field: refusal.message})
        return _receipt_page(request, form, errors, status_code=refusal.status_code)
    return redirect_with_flash(
        request, f"/cbu/{cbu.id}",
        f"Cord blood unit {service.unit_label(cbu)} received into quarantine; QA decides next.")


@router.get("/{cbu_id}")
def cbu_detail(request: Request, session: SessionDep, principal: CbuViewer, cbu_id: int
               ) -> Response:
    cbu = service.get_cbu(session, cbu_id)
    return render(request, "cbu/detail.html", view.detail_context(session, cbu, principal))


@router.post("/{cbu_id}/accept")
def accept_unit(
    request: Request, session: SessionDep, principal: Decider, settings: SettingsDep,
    cbu_id: int, password: Annotated[str, Form(max_length=256)],
    username: Annotated[str, Form(max_length=64)] = "",
    reason: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    return _decide(request, session, principal, settings, cbu_id, password, username, reason,
                   accept=True)


@router.post("/{cbu_id}/reject")
def reject_unit(
    request: Request, session: SessionDep, principal: Decider, settings: SettingsDep,
    cbu_id: int, password: Annotated[str, Form(max_length=256)],
    username: Annotated[str, Form(max_length=64)] = "",
    reason: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    return _decide(request, session, principal, settings, cbu_id, password, username, reason,
                   accept=False)


def _decide(
    request: Request, session: Session, principal: Principal, settings: Settings, cbu_id: int,
    password: str, username: str, reason: str, *, accept: bool,
) -> Response:
    """QA's signed decision on a unit: re-authenticate, then accept or reject."""
    cbu = service.get_cbu(session, cbu_id)
    now = utcnow()
    proof = signatures.require_signer(session, principal=principal, username=username,
                                      password=password, now=now, settings=settings)
    if accept:
        service.accept(session, actor=principal.actor, cbu=cbu, now=now, reason=reason,
                       proof=proof)
        return redirect_with_flash(request, f"/cbu/{cbu_id}",
                                   f"Cord blood unit {service.unit_label(cbu)} accepted.")
    service.reject(session, actor=principal.actor, cbu=cbu, reason=reason, now=now,
                   proof=proof)
    return redirect_with_flash(request, f"/cbu/{cbu_id}",
                               f"Cord blood unit {service.unit_label(cbu)} rejected.",
                               kind="info")
