"""Trace pages: the look-up box, the donor and subject traces as printable trees, and each as
a CSV download.

The look-up box posts, like the global scan box: a wristband read carries a date of birth,
which must not land in a URL. The CSV downloads are GETs and write nothing, not even an audit
record (see ``trace.export`` for why a trace export is a read).
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from cellchain.auth.principal import Principal
from cellchain.auth.roles import SUBJECT_VIEWERS, UNBLINDED
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import SessionDep
from cellchain.errors import BadInput, Forbidden, NotFound
from cellchain.trace import export, lookup, view
from cellchain.trace.api import (
    DinText,
    DonorTracer,
    SubjectId,
    SubjectTracer,
    read_donor_trace,
    read_subject_trace,
)
from cellchain.web import SettingsDep, render

router = APIRouter(prefix="/trace")


def _links(principal: Principal) -> dict[str, bool]:
    return {"can_open_subjects": principal.has_any(SUBJECT_VIEWERS),
            "can_open_lots": principal.has_any(UNBLINDED)}


def _form(request: Request, principal: Principal, error: str | None = None,
          status_code: int = 200) -> Response:
    return render(request, "trace/form.html", {
        "error": error, "can_trace_donors": principal.has_any(UNBLINDED)},
        status_code=status_code)


@router.get("")
def trace_form(request: Request, principal: SubjectTracer) -> Response:
    return _form(request, principal)


@router.post("")
def trace_lookup(
    request: Request, session: SessionDep, principal: SubjectTracer,
    scan: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    """Opens the trace a typed or scanned text names, or shows the form with the reason."""
    try:
        url = lookup.trace_url(session, scan, principal)
    except (BadInput, NotFound, Forbidden) as refusal:
        return _form(request, principal, refusal.message, refusal.status_code)
    return RedirectResponse(url, status_code=303)


def _csv(text: str, name: str, settings: Settings) -> Response:
    stamp = f"{utcnow().astimezone(settings.zone):%Y%m%d-%H%M%S}"
    safe = re.sub(r"[^A-Za-z0-9-]", "", name)
    # A byte-order mark lets spreadsheet programs read the UTF-8 names and units as UTF-8.
    return Response("\ufeff" + text, media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="trace-{safe}-{stamp}.csv"'})


# The .csv routes come first: "{din}" alone would also match "A999126004711.csv".
@router.get("/donor/{din}.csv")
def donor_trace_csv(session: SessionDep, principal: DonorTracer, settings: SettingsDep,
                    din: DinText) -> Response:
    trace = read_donor_trace(session, principal, din)
    return _csv(export.trace_csv(trace.items, settings.zone), f"donor-{trace.donor.din}",
                settings)


@router.get("/donor/{din}")
def donor_trace_page(request: Request, session: SessionDep, principal: DonorTracer,
                     din: DinText) -> Response:
    trace = read_donor_trace(session, principal, din)
    items: list[object] = list(trace.items)
    return render(request, "trace/donor.html", {
        "trace": trace, "lots": view.donor_tree(trace), "counts": view.counts(items),
        "donors": [i for i in trace.items if i.kind == "donor"],
        "recipients": [i for i in trace.items if i.kind == "subject"], **_links(principal)})


@router.get("/subject/{subject_id}.csv")
def subject_trace_csv(session: SessionDep, principal: SubjectTracer, settings: SettingsDep,
                      subject_id: SubjectId) -> Response:
    trace = read_subject_trace(session, principal, subject_id)
    number = trace.subject.subject_number or trace.subject.screening_number
    return _csv(export.trace_csv(trace.items, settings.zone, trace.subject),
                f"subject-{number}", settings)


@router.get("/subject/{subject_id}")
def subject_trace_page(request: Request, session: SessionDep, principal: SubjectTracer,
                       subject_id: SubjectId) -> Response:
    trace = read_subject_trace(session, principal, subject_id)
    items: list[object] = list(trace.items)
    return render(request, "trace/subject.html", {
        "trace": trace, "bags": view.subject_tree(trace), "counts": view.counts(items),
        "can_trace_donors": principal.has_any(UNBLINDED), **_links(principal)})
