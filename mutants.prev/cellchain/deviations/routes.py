"""Deviation pages: list, detail with investigation and CAPA, closure by QA with an
e-signature, and opening one by hand from the lot page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from sqlmodel import col, select

from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import MANUFACTURING, UNBLINDED, Role
from cellchain.clock import utcnow
from cellchain.db import SessionDep
from cellchain.deviations import service as deviations
from cellchain.deviations.models import Deviation
from cellchain.errors import BadInput
from cellchain.lots import service as lots
from cellchain.lots.states import LotState, deviation_outcome
from cellchain.signatures import service as signatures
from cellchain.signatures.rules import Meaning
from cellchain.web import SettingsDep, redirect_with_flash, render

router = APIRouter()
Reader = Annotated[Principal, Depends(allow(*UNBLINDED))]
Opener = Annotated[Principal, Depends(allow(*MANUFACTURING))]
QualityAssurance = Annotated[Principal, Depends(allow(Role.QA))]


@router.get("/deviations")
def list_deviations(request: Request, session: SessionDep, _: Reader) -> Response:
    rows = session.exec(select(Deviation).order_by(
        col(Deviation.status).desc(), col(Deviation.id).desc())).all()
    return render(request, "deviations/list.html", {"deviations": rows})


@router.get("/deviations/{deviation_id}")
def deviation_detail(
    request: Request, session: SessionDep, principal: Reader, deviation_id: int
) -> Response:
    deviation = deviations.get_deviation(session, deviation_id)
    return render(request, "deviations/detail.html", {
        "deviation": deviation, "lot": lots.get_lot(session, deviation.lot_id),
        "signatures": signatures.manifest(session, entity_type="deviation",
                                          entity_id=deviation.id,
                                          snapshot=deviations.snapshot(deviation)),
        "is_qa": Role.QA in principal.roles, "meaning": Meaning.DEVIATION_CLOSED,
        "needs_user_id": signatures.signer_needs_user_id(session, principal),
    })


@router.post("/lots/{lot_id}/deviations")
def open_deviation(
    request: Request, session: SessionDep, principal: Opener, lot_id: int,
    description: Annotated[str, Form(max_length=2000)] = "",
    severity: Annotated[str, Form(max_length=16)] = "major",
) -> Response:
    try:
        level = deviations.Severity(severity)
    except ValueError:
        raise BadInput("severity must be minor, major or critical", field="severity") from None
    lot = lots.get_lot(session, lot_id)
    before = LotState(lot.status)
    deviation = deviations.open_deviation(session, actor=principal.actor, lot=lot,
                                          description=description, severity=level, now=utcnow())
    return redirect_with_flash(request, f"/deviations/{deviation.id}",
                               f"{deviation.number} opened; {deviation_outcome(before)}.")


@router.post("/deviations/{deviation_id}")
def update_deviation(
    request: Request, session: SessionDep, principal: QualityAssurance, deviation_id: int,
    investigation: Annotated[str, Form(max_length=5000)] = "",
    capa: Annotated[str, Form(max_length=5000)] = "",
) -> Response:
    deviation = deviations.get_deviation(session, deviation_id)
    deviations.update_investigation(session, actor=principal.actor, deviation=deviation,
                                    investigation=investigation, capa=capa, now=utcnow())
    return redirect_with_flash(request, f"/deviations/{deviation_id}", "Deviation updated.")


@router.post("/deviations/{deviation_id}/close")
def close_deviation(
    request: Request, session: SessionDep, principal: QualityAssurance, settings: SettingsDep,
    deviation_id: int, password: Annotated[str, Form(max_length=256)],
    username: Annotated[str, Form(max_length=64)] = "",
) -> Response:
    now = utcnow()
    proof = signatures.require_signer(session, principal=principal, username=username,
                                      password=password, now=now, settings=settings)
    deviation = deviations.close(session, proof=proof,
                                 deviation=deviations.get_deviation(session, deviation_id),
                                 now=now)
    return redirect_with_flash(request, f"/deviations/{deviation_id}",
                               f"{deviation.number} closed and signed.")


@router.post("/lots/{lot_id}/lift-hold")
def lift_hold(
    request: Request, session: SessionDep, principal: QualityAssurance, lot_id: int,
    reason: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    """QA returns a held lot to the state it was held from; refused while deviations are open."""
    lot = lots.lift_hold(session, actor=principal.actor, lot=lots.get_lot(session, lot_id),
                         reason=reason, now=utcnow())
    return redirect_with_flash(request, f"/lots/{lot_id}",
                               f"Hold lifted: lot {lot.din} is {LotState(lot.status).label} "
                               "again.")
