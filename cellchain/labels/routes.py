"""Label pages: preview, print, reprint and void beside each record; the print log; sheets.

Each label kind gets its own routes under its record (``/bags/{id}/label``,
``/subjects/{id}/wristband`` …) so each has its own access rule in the route table.
"""

# No ``from __future__ import annotations`` here: the per-kind route functions below take their
# access rule from a local Annotated type, which FastAPI can only see if it is evaluated.
import re
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from sqlmodel import Session, col, select
from starlette.background import BackgroundTask

from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import (
    BAG_LABEL_PRINTERS,
    LABEL_REVIEWERS,
    Role,
)
from cellchain.clock import utcnow
from cellchain.db import SessionDep
from cellchain.labels import outbox, service
from cellchain.labels.data import LabelData, LabelKind, content_hash
from cellchain.labels.kinds import KINDS, KindRoutes
from cellchain.labels.models import LabelPrint
from cellchain.labels.render import MEDIA_TYPES, render_preview_svg, template_info
from cellchain.web import SettingsDep, redirect_with_flash, render

router = APIRouter()
_PREVIEW_MARK = (
    '<g opacity="0.35"><text x="50%" y="50%" text-anchor="middle" font-size="9" fill="#c00" '
    'font-family="DejaVu Sans,sans-serif" transform="rotate(-30 {cx} {cy})">PREVIEW - NOT A LABEL'
    '</text></g></svg>')


def _preview(svg: str) -> str:
    """Marks a preview so it cannot pass for a printed, logged label."""
    box = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg)
    cx, cy = (float(box.group(1)) / 2, float(box.group(2)) / 2) if box else (50.0, 50.0)
    return svg.replace("</svg>", _PREVIEW_MARK.format(cx=cx, cy=cy), 1)


def _label_page(
    request: Request, session: Session, principal: Principal, spec: KindRoutes,
    record_id: int, settings: SettingsDep,
) -> Response:
    label = service.label_data_for(session, spec.kind, record_id, settings)
    prints = service.prints_for(session, spec.kind, record_id)
    return render(request, "labels/label.html", {
        "spec": spec, "record_id": record_id, "label": label,
        "info": template_info(spec.kind), "prints": prints,
        "can_print": principal.has_any(spec.printers),
        "refusals": service.print_refusals(session, spec.kind, record_id, utcnow()),
        "printer": f"{settings.printer_host}:{settings.printer_port}"
        if settings.printer_host else None,
        "base": f"{spec.base}/{record_id}",
        "outdated": _outdated_print(prints, label),
    })


def _outdated_print(prints: list[LabelPrint], label: LabelData) -> LabelPrint | None:
    """The last valid print when the record no longer matches it (an allocation added the
    subject's chain of identity to a bag, a deallocation took it away): that label must be
    printed again and the old one destroyed."""
    valid = [p for p in prints if p.voided_at is None]
    if valid and valid[-1].content_sha256 != content_hash(label):
        return valid[-1]
    return None


def _print(
    request: Request, session: Session, principal: Principal, spec: KindRoutes,
    record_id: int, settings: SettingsDep, output: str, copies: int, reason: str,
) -> Response:
    result = service.print_label(session, actor=principal.actor, kind=spec.kind,
                                 record_id=record_id, output=output, settings=settings,
                                 now=utcnow(), reason=reason, copies=copies)
    if result.job is not None:
        what = "Reprint" if result.log.is_reprint else "Label"
        response = redirect_with_flash(
            request, f"{spec.base}/{record_id}/label",
            f"{what} queued for {settings.printer_host} ({copies} "
            f"cop{'y' if copies == 1 else 'ies'}); the print log shows when it was sent.",
            kind="info")
        # Sent after the response, once the print is committed (the outbox, never inside the
        # request's transaction); the scheduler retries it if the printer does not answer.
        response.background = BackgroundTask(outbox.deliver, request.app.state.database,
                                             settings, result.job.id or 0, utcnow())
        return response
    fmt = result.media_type_format
    name = f"{spec.kind.value}-{record_id}-print{result.log.id}.{fmt}"
    return Response(result.content, media_type=MEDIA_TYPES[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _register(spec: KindRoutes) -> None:
    viewer = Annotated[Principal, Depends(allow(*spec.viewers))]
    printer = Annotated[Principal, Depends(allow(*spec.printers))]
    path = f"{spec.base}/{{record_id}}/label"

    def label_page(request: Request, session: SessionDep, principal: viewer,
                   settings: SettingsDep, record_id: int) -> Response:
        return _label_page(request, session, principal, spec, record_id, settings)

    def preview(session: SessionDep, _: viewer,
                settings: SettingsDep, record_id: int) -> Response:
        label = service.label_data_for(session, spec.kind, record_id, settings)
        return Response(_preview(render_preview_svg(label)), media_type=MEDIA_TYPES["svg"],
                        headers={"Cache-Control": "no-store"})

    def print_label(
        request: Request, session: SessionDep, principal: printer,
        settings: SettingsDep, record_id: int,
        output: Annotated[str, Form(max_length=16)] = "pdf",
        copies: Annotated[int, Form(ge=1, le=20)] = 1,
        reason: Annotated[str, Form(max_length=500)] = "",
    ) -> Response:
        return _print(request, session, principal, spec, record_id, settings, output,
                      copies, reason)

    suffix = spec.kind.value
    router.add_api_route(path, label_page, methods=["GET"], name=f"{suffix}_label_page")
    router.add_api_route(f"{path}/preview.svg", preview, methods=["GET"],
                         name=f"{suffix}_label_preview")
    router.add_api_route(f"{path}/print", print_label, methods=["POST"],
                         name=f"{suffix}_label_print")


for _spec in KINDS.values():
    _register(_spec)

Reviewer = Annotated[Principal, Depends(allow(*LABEL_REVIEWERS, Role.CLINICIAN, Role.MONITOR))]
Voider = Annotated[Principal, Depends(allow(*LABEL_REVIEWERS, Role.CLINICIAN))]
BagPrinter = Annotated[Principal, Depends(allow(*BAG_LABEL_PRINTERS))]


@router.get("/labels")
def print_log(request: Request, session: SessionDep, principal: Reviewer) -> Response:
    """The print log, newest first, limited to the kinds this person may see."""
    kinds = [k.value for k, spec in KINDS.items() if principal.has_any(spec.viewers)]
    prints = session.exec(select(LabelPrint).where(col(LabelPrint.kind).in_(kinds))
                          .order_by(col(LabelPrint.id).desc()).limit(500)).all()
    return render(request, "labels/log.html", {
        "prints": prints, "kinds": KINDS,
        "jobs": outbox.jobs_for(session, [p.id for p in prints if p.id is not None])})


@router.post("/labels/prints/{print_id}/void")
def void_print(
    request: Request, session: SessionDep, principal: Voider, print_id: int,
    reason: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    log = service.void_print(session, actor=principal.actor, roles=principal.roles,
                             print_id=print_id, reason=reason, now=utcnow())
    spec = KINDS[LabelKind(log.kind)]
    return redirect_with_flash(request, f"{spec.base}/{log.record_id}/label",
                               f"Print {print_id} voided: the label must be destroyed.")


@router.post("/lots/{lot_id}/bag-labels")
def bag_label_sheet(
    request: Request, session: SessionDep, principal: BagPrinter, settings: SettingsDep,
    lot_id: int, paper: Annotated[str, Form(max_length=8)] = "A4",
    reason: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    """Every bag label of a lot on A4 or Letter sheets, one logged print per bag."""
    din, pdf = service.print_bag_sheet(session, actor=principal.actor, lot_id=lot_id,
                                       paper=paper, reason=reason, settings=settings,
                                       now=utcnow())
    return Response(pdf, media_type=MEDIA_TYPES["pdf"], headers={
        "Content-Disposition": f'attachment; filename="lot-{din}-bag-labels-{paper}.pdf"'})
