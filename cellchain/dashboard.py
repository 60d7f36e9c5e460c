"""The home page per role and the global scan box."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse, Response

from cellchain.auth.deps import Authenticated
from cellchain.auth.roles import UNBLINDED
from cellchain.db import SessionDep
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.parse import parse_scan
from cellchain.isbt128.scan import normalise
from cellchain.lots import service as lots
from cellchain.lots.states import LotState
from cellchain.notifications import service as notifications
from cellchain.web import redirect_with_flash, render

router = APIRouter()


@router.get("/")
def dashboard(request: Request, session: SessionDep, principal: Authenticated) -> Response:
    context: dict[str, object] = {
        "notifications": notifications.open_for(session, principal.roles),
    }
    if principal.has_any(UNBLINDED):
        counts = lots.count_by_status(session)
        context["lot_counts"] = [(state, counts.get(state, 0)) for state in LotState]
    return render(request, "dashboard/index.html", context)


def _lot_din_in(text: str) -> str:
    """Returns the DIN a scan names: a DS001 bar code read, or the DIN text itself."""
    if text.startswith("="):
        try:
            return str(parse_scan(text)["din"])
        except ScanError:
            return text
    return "".join(text.split()).upper()


@router.get("/scan")
def scan(
    request: Request,
    session: SessionDep,
    principal: Authenticated,
    code: Annotated[str, Query(max_length=200)] = "",
) -> Response:
    """Opens the record a scanned barcode refers to, or explains why nothing matched."""
    text = normalise(code)
    if not text:
        return redirect_with_flash(request, "/", "Scan or type a barcode first.", kind="info")
    if principal.has_any(UNBLINDED):
        lot = lots.find_by_din(session, _lot_din_in(text))
        if lot is not None:
            return RedirectResponse(f"/lots/{lot.id}", status_code=303)
    return redirect_with_flash(
        request, "/",
        f"No record you can open matches the scan '{text[:40]}'. Check the label and scan again.",
        kind="error",
    )
