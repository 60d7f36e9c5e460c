"""The home page per role and the global scan box."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse, Response

from cellchain.auth.deps import Authenticated
from cellchain.auth.roles import MANUFACTURING, UNBLINDED
from cellchain.clock import utcnow
from cellchain.db import SessionDep
from cellchain.errors import Forbidden, NotFound
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.scan import normalise
from cellchain.lots import service as lots
from cellchain.lots.due_work import collect
from cellchain.lots.states import LotState
from cellchain.notifications import service as notifications
from cellchain.scanning.service import resolve
from cellchain.web import SettingsDep, redirect_with_flash, render

router = APIRouter()


@router.get("/")
def dashboard(
    request: Request, session: SessionDep, principal: Authenticated, settings: SettingsDep
) -> Response:
    context: dict[str, object] = {
        "notifications": notifications.open_for(session, principal.roles),
    }
    if principal.has_any(UNBLINDED):
        counts = lots.count_by_status(session)
        context["lot_counts"] = [(state, counts.get(state, 0)) for state in LotState]
    if principal.has_any(MANUFACTURING):
        context["due_work"] = [item for item in collect(session, settings, utcnow())
                               if principal.has_any(frozenset(item.roles))]
    return render(request, "dashboard/index.html", context)


def _sentence(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text.endswith(".") else text + "."


@router.get("/scan")
def scan(
    request: Request,
    session: SessionDep,
    principal: Authenticated,
    code: Annotated[str, Query(max_length=500)] = "",
) -> Response:
    """Opens the record a scanned barcode refers to (the same resolution as POST /api/v1/scan),
    or explains why nothing matched."""
    if not normalise(code):
        return redirect_with_flash(request, "/", "Scan or type a barcode first.", kind="info")
    try:
        match = resolve(session, code, principal)
    except (ScanError, NotFound, Forbidden) as exc:
        return redirect_with_flash(
            request, "/", f"{_sentence(exc.message)} Check the label and scan again.",
            kind="error")
    return RedirectResponse(match.url, status_code=303)
