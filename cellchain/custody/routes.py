"""Chain-of-custody pages: scan stations for dispatch (lab), receipt (ward) and return (lab),
QA's excursion pages. Thin: each route reads its form and calls one service function.

A station is scan first, then the handoff form: the scan step only reads (it is a POST so a
label's COI identifier stays out of URLs and logs, as the scan box does); the form carries a
signed token of the scanned bag, so the recorded link is the scanned one (DESIGN §2).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import Response
from sqlmodel import Session

from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.bags.models import Bag
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.custody import forms, service
from cellchain.custody.rules import CustodyKind
from cellchain.db import SessionDep
from cellchain.errors import CellchainError
from cellchain.web import SettingsDep, redirect_with_flash, render

router = APIRouter(prefix="/custody")
# The lab dispatches and takes bags back (technicians; the coordinator, who allocates, too);
# the ward receives (clinicians, and the coordinator).
LabStaff = Annotated[Principal, Depends(allow(Role.TECHNICIAN, Role.COORDINATOR))]
WardStaff = Annotated[Principal, Depends(allow(Role.CLINICIAN, Role.COORDINATOR))]
Scan = Annotated[str, Form(max_length=500)]
Text = Annotated[str, Form(max_length=1000)]
Readings = Annotated[str, Form(max_length=1_000_000)]
Upload = Annotated[UploadFile | None, File()]


@dataclass(frozen=True)
class Station:
    kind: CustodyKind
    path: str
    title: str
    intro: str
    button: str


STATIONS = {s.kind: s for s in (
    Station(CustodyKind.DISPATCHED, "/custody/dispatch", "Dispatch a bag",
            "Scan the bag leaving the lab, then record the courier, the shipping container and "
            "the temperature. A temperature out of range keeps the bag in the lab, held for QA.",
            "Record dispatch"),
    Station(CustodyKind.RECEIVED, "/custody/receive", "Receive a bag at the ward",
            "Scan the bag the courier hands over, then record its temperature and condition. A "
            "temperature out of range or a damaged bag is held for QA's decision.",
            "Record receipt"),
    Station(CustodyKind.RETURNED, "/custody/return", "Return a bag to the lab",
            "Scan the bag coming back from the ward, then record why, its temperature and "
            "condition. It waits in the lab for QA's decision.", "Record return"),
)}


def _page(request: Request, station: Station, status_code: int = 200, **ctx: Any) -> Response:
    return render(request, "custody/station.html",
                  {"station": station, "step": "scan", "errors": {}, "form": {}, **ctx},
                  status_code=status_code)


def _scan_step(request: Request, session: Session, principal: Principal, settings: Settings,
               kind: CustodyKind, code: str, product: str) -> Response:
    station = STATIONS[kind]
    try:
        found = forms.scanned_bag(session, principal, code, product)
    except CellchainError as refusal:
        return _page(request, station, refusal.status_code, error=refusal.message)
    if isinstance(found, forms.NeedsProductCode):
        return _page(request, station, step="product", code=found.code)
    return _form(request, session, principal, settings, station, found)


def _form(request: Request, session: Session, principal: Principal, settings: Settings,
          station: Station, bag: Bag, *, form: dict[str, str] | None = None,
          errors: dict[str, str] | None = None, status_code: int = 200) -> Response:
    now = utcnow()
    scan = forms.scan_token(bag, principal, settings, now)
    name, rows = forms.bag_rows(session, bag, principal, settings, now)
    seen = service.preview(session, station.kind, bag=bag, now=now, settings=settings)
    return _page(request, station, status_code, step="form", bag=bag, name=name, rows=rows,
                 scan=scan, form=form or {}, errors=errors or {}, refusals=seen.refusals,
                 repeat=service.outcome_message(seen.earlier, settings) if seen.earlier else "")


Record = Callable[[Session, Bag, float, str], service.Handoff]


def _submit(request: Request, session: Session, principal: Principal, settings: Settings,
            kind: CustodyKind, scan: str, form: dict[str, str], upload: UploadFile | None,
            record: Record) -> Response:
    station = STATIONS[kind]
    try:
        found = forms.bag_from_token(session, scan, principal, settings, utcnow())
    except CellchainError as refusal:
        return _page(request, station, refusal.status_code, error=refusal.message)
    try:
        readings = forms.readings_text(form.get("logger_readings", ""), upload)
        handoff = record(session, found, forms.temperature(form.get("temperature_c", "")),
                         readings)
    except CellchainError as refusal:
        return _form(request, session, principal, settings, station, found, form=form,
                     errors=refusal.problems or {"": refusal.message},
                     status_code=refusal.status_code)
    kind_of_flash = "info" if handoff.repeated else "error" if handoff.held else "success"
    return redirect_with_flash(request, station.path, service.outcome_message(handoff, settings),
                               kind=kind_of_flash)


@router.get("/dispatch")
def dispatch_page(request: Request, _: LabStaff) -> Response:
    return _page(request, STATIONS[CustodyKind.DISPATCHED])


@router.post("/dispatch/scan")
def dispatch_scan(request: Request, session: SessionDep, principal: LabStaff,
                  settings: SettingsDep, code: Scan = "", product: Scan = "") -> Response:
    return _scan_step(request, session, principal, settings, CustodyKind.DISPATCHED, code,
                      product)


@router.post("/dispatch")
def dispatch(request: Request, session: SessionDep, principal: LabStaff, settings: SettingsDep,
             scan: Scan = "", courier: Text = "", container: Text = "", temperature_c: Text = "",
             logger_readings: Readings = "", logger_file: Upload = None) -> Response:
    form = {"courier": courier, "container": container, "temperature_c": temperature_c,
            "logger_readings": logger_readings}
    return _submit(request, session, principal, settings, CustodyKind.DISPATCHED, scan, form,
                   logger_file, lambda s, bag, celsius, readings: service.dispatch(
                       s, actor=principal.actor, bag=bag, courier=courier, container=container,
                       temperature_c=celsius, logger_readings=readings, now=utcnow(),
                       settings=settings))


@router.get("/receive")
def receive_page(request: Request, _: WardStaff) -> Response:
    return _page(request, STATIONS[CustodyKind.RECEIVED])


@router.post("/receive/scan")
def receive_scan(request: Request, session: SessionDep, principal: WardStaff,
                 settings: SettingsDep, code: Scan = "", product: Scan = "") -> Response:
    return _scan_step(request, session, principal, settings, CustodyKind.RECEIVED, code, product)


@router.post("/receive")
def receive(request: Request, session: SessionDep, principal: WardStaff, settings: SettingsDep,
            scan: Scan = "", temperature_c: Text = "", condition: Text = "", note: Text = "",
            logger_readings: Readings = "", logger_file: Upload = None) -> Response:
    form = {"temperature_c": temperature_c, "condition": condition, "note": note,
            "logger_readings": logger_readings}
    return _submit(request, session, principal, settings, CustodyKind.RECEIVED, scan, form,
                   logger_file, lambda s, bag, celsius, readings: service.receive(
                       s, actor=principal.actor, bag=bag, temperature_c=celsius,
                       condition=condition, logger_readings=readings, note=note, now=utcnow(),
                       settings=settings))


@router.get("/return")
def return_page(request: Request, _: LabStaff) -> Response:
    return _page(request, STATIONS[CustodyKind.RETURNED])


@router.post("/return/scan")
def return_scan(request: Request, session: SessionDep, principal: LabStaff,
                settings: SettingsDep, code: Scan = "", product: Scan = "") -> Response:
    return _scan_step(request, session, principal, settings, CustodyKind.RETURNED, code, product)


@router.post("/return")
def return_to_lab(request: Request, session: SessionDep, principal: LabStaff,
                  settings: SettingsDep, scan: Scan = "", temperature_c: Text = "",
                  condition: Text = "", reason: Text = "", logger_readings: Readings = "",
                  logger_file: Upload = None) -> Response:
    form = {"temperature_c": temperature_c, "condition": condition, "reason": reason,
            "logger_readings": logger_readings}
    return _submit(request, session, principal, settings, CustodyKind.RETURNED, scan, form,
                   logger_file, lambda s, bag, celsius, readings: service.return_to_lab(
                       s, actor=principal.actor, bag=bag, temperature_c=celsius,
                       condition=condition, logger_readings=readings, reason=reason,
                       now=utcnow(), settings=settings))
