"""The bedside pages, sized for a ward tablet (1024×768): scan the wristband, scan the bag, read
GO or STOP with every check, have a second clinician confirm, record the infusion."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from sqlmodel import Session

from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.bedside import infusion as infusions
from cellchain.bedside import infusion_rules, service
from cellchain.bedside.models import BedsideVerification, Infusion
from cellchain.bedside.settings import bedside_settings
from cellchain.bedside.view import check_view, infusion_view, vitals_from_form
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import SessionDep, get_record
from cellchain.errors import CellchainError, InvalidFields
from cellchain.inputs.rules import site_time_to_utc
from cellchain.signatures import service as signatures
from cellchain.signatures.service import SigningRefusal
from cellchain.web import PostedForm, SettingsDep, redirect_with_flash, render

router = APIRouter()
Clinician = Annotated[Principal, Depends(allow(Role.CLINICIAN))]
# Who reads bedside records: those who give, monitor, allocate or assure the product.
READERS = (Role.CLINICIAN, Role.MONITOR, Role.COORDINATOR, Role.QA)
Reader = Annotated[Principal, Depends(allow(*READERS))]
Scan = Annotated[str, Form(max_length=500)]


@router.get("/bedside")
def start(request: Request, _: Clinician) -> Response:
    return render(request, "bedside/start.html", {})


# A check records an attempt and changes nothing else: no confirmation question (it would slow
# every bedside scan), unlike the destructive and signed forms (tests/web/test_confirmations).
@router.post("/bedside/checks")
def verify(
    request: Request, session: SessionDep, principal: Clinician, settings: SettingsDep,
    wristband: Scan = "", bag: Scan = "",
) -> Response:
    row, _ = service.verify(session, principal=principal, wristband=wristband, bag=bag,
                            acknowledged=False, settings=settings, now=utcnow())
    return redirect_with_flash(request, f"/bedside/checks/{row.id}",
                               "GO: every check passed." if row.verdict == "go" else
                               "STOP: do not infuse.", kind="success" if row.verdict == "go"
                               else "error")


@router.post("/bedside/checks/{verification_id}/acknowledge")
def acknowledge(
    request: Request, session: SessionDep, principal: Clinician, settings: SettingsDep,
    verification_id: int,
) -> Response:
    """Checks the same scans again with the conditional release acknowledged: a new attempt,
    recorded like any other (DESIGN §4.1 "conditional release shown and acknowledged")."""
    earlier = service.get_verification(session, verification_id)
    row, _ = service.verify(session, principal=principal, wristband=earlier.wristband_scan,
                            bag=earlier.bag_scan, acknowledged=True, settings=settings,
                            now=utcnow())
    return redirect_with_flash(request, f"/bedside/checks/{row.id}",
                               "Checked again with the conditional release acknowledged.",
                               kind="info")


def _check_page(request: Request, session: Session, principal: Principal, settings: Settings,
                row: BedsideVerification, *, problems: dict[str, str] | None = None,
                status_code: int = 200, keep_writes: bool = False) -> Response:
    return render(request, "bedside/check.html", {
        "view": check_view(session, row, principal, settings, utcnow()),
        "problems": problems or {}}, status_code=status_code, keep_writes=keep_writes)


@router.get("/bedside/checks/{verification_id}")
def check(
    request: Request, session: SessionDep, principal: Reader, settings: SettingsDep,
    verification_id: int,
) -> Response:
    row = service.get_verification(session, verification_id)
    return _check_page(request, session, principal, settings, row)


@router.post("/bedside/checks/{verification_id}/confirm")
def confirm(
    request: Request, session: SessionDep, principal: Clinician, settings: SettingsDep,
    verification_id: int, witness_username: Annotated[str, Form(max_length=64)] = "",
    witness_password: Annotated[str, Form(max_length=256)] = "",
) -> Response:
    """The second clinician types their own user ID and password on the same tablet."""
    row = service.get_verification(session, verification_id)
    now = utcnow()
    proof = signatures.check_witness(
        session, performer=principal, username=witness_username, password=witness_password,
        roles_needed=service.WITNESSES, now=now, settings=settings)
    if isinstance(proof, SigningRefusal):
        # The refused attempt (a wrong password counts) is kept (21 CFR 11.300(d)). A 422:
        # the witness's credentials are form fields; the signed-in clinician is authenticated.
        return _check_page(request, session, principal, settings, row,
                           problems={proof.field: proof.message}, status_code=422,
                           keep_writes=True)
    service.confirm(session, verification=row, witness=proof, settings=settings, now=now)
    return redirect_with_flash(request, f"/bedside/checks/{verification_id}/infusion",
                               f"Confirmed by {proof.principal.printed_name}. Record the "
                               "infusion.")


@router.get("/bedside/checks/{verification_id}/infusion")
def infusion_form(
    request: Request, session: SessionDep, principal: Clinician, settings: SettingsDep,
    verification_id: int,
) -> Response:
    row = service.get_verification(session, verification_id)
    return _infusion_form(request, session, principal, settings, row, form={}, problems={})


def _infusion_form(request: Request, session: Session, principal: Principal,
                   settings: Settings, row: BedsideVerification, *, form: dict[str, str],
                   problems: dict[str, str], status_code: int = 200) -> Response:
    now = utcnow()
    return render(request, "bedside/infusion_form.html", {
        "view": check_view(session, row, principal, settings, now),
        "refusal": infusions.ready_for_infusion(session, row, settings, now),
        "schedule": bedside_settings(settings).vitals, "vitals": infusion_rules.VITALS,
        "label": infusion_rules.timepoint_label, "form": form, "problems": problems,
        "now_local": now.astimezone(settings.zone).strftime("%Y-%m-%dT%H:%M")},
        status_code=status_code)


@router.post("/bedside/checks/{verification_id}/infusion")
def record_infusion(
    request: Request, session: SessionDep, principal: Clinician, settings: SettingsDep,
    verification_id: int, form: PostedForm,
) -> Response:
    return _record(request, session, principal, settings, verification_id, form)


def _record(request: Request, session: Session, principal: Principal, settings: Settings,
            verification_id: int, form: dict[str, str]) -> Response:
    row = service.get_verification(session, verification_id)
    try:
        times = {}
        for name, words in (("started_at", "started at"), ("stopped_at", "stopped at")):
            times[name] = site_time_to_utc(form.get(name, ""), settings.zone, label=words,
                                           field=name)
        entry = infusion_rules.InfusionEntry(
            started_at=times["started_at"], stopped_at=times["stopped_at"],
            volume_ml=form.get("volume_ml", ""), reaction_grade=form.get("reaction_grade", ""))
        vitals = vitals_from_form(form, bedside_settings(settings).vitals, settings)
        made = infusions.record_infusion(
            session, actor=principal.actor, verification=row, entry=entry, vitals=vitals,
            note=form.get("note", ""), settings=settings, now=utcnow())
    except InvalidFields as refused:
        return _infusion_form(request, session, principal, settings, row, form=form,
                              problems=refused.problems, status_code=422)
    except CellchainError as refused:
        return _infusion_form(request, session, principal, settings, row, form=form,
                              problems={refused.field or "form": refused.message},
                              status_code=refused.status_code)
    return redirect_with_flash(request, f"/infusions/{made.id}", "Infusion recorded.")


def _infusion_page(request: Request, session: Session, principal: Principal,
                   settings: Settings, infusion: Infusion, *, form: dict[str, str],
                   problems: dict[str, str], status_code: int = 200) -> Response:
    return render(request, "bedside/infusion.html", {
        "view": infusion_view(session, infusion, principal, settings),
        "schedule": bedside_settings(settings).vitals, "vitals": infusion_rules.VITALS,
        "label": infusion_rules.timepoint_label, "form": form, "problems": problems,
        "may_add": Role.CLINICIAN in principal.roles,
        "now_local": utcnow().astimezone(settings.zone).strftime("%Y-%m-%dT%H:%M")},
        status_code=status_code)


@router.get("/infusions/{infusion_id}")
def infusion_record(
    request: Request, session: SessionDep, principal: Reader, settings: SettingsDep,
    infusion_id: int,
) -> Response:
    infusion = get_record(session, Infusion, infusion_id, "infusion")
    return _infusion_page(request, session, principal, settings, infusion, form={},
                          problems={})


@router.post("/infusions/{infusion_id}/vitals")
def add_vitals(
    request: Request, session: SessionDep, principal: Clinician, settings: SettingsDep,
    infusion_id: int, form: PostedForm,
) -> Response:
    infusion = get_record(session, Infusion, infusion_id, "infusion")
    try:
        vitals = vitals_from_form(form, bedside_settings(settings).vitals, settings)
        infusions.add_vital_signs(session, actor=principal.actor, infusion=infusion,
                                  vitals=vitals, settings=settings, now=utcnow())
    except CellchainError as refused:
        return _infusion_page(request, session, principal, settings, infusion, form=form,
                              problems=refused.problems or {"form": refused.message},
                              status_code=refused.status_code)
    return redirect_with_flash(request, f"/infusions/{infusion_id}", "Vital signs added.")
