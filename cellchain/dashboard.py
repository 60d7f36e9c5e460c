"""The home page per role and the global scan box."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse, Response

from cellchain.auth.deps import Authenticated
from cellchain.auth.roles import UNBLINDED
from cellchain.db import SessionDep
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


def _normalise_scan(raw: str) -> str:
    # Keyboard-wedge scanners may add a trailing CR/LF/Tab; ISBT 128 parsing (with AIM
    # identifiers and check characters) arrives with the scanning issue.
    return raw.strip()


@router.get("/scan")
def scan(
    request: Request,
    session: SessionDep,
    principal: Authenticated,
    code: Annotated[str, Query(max_length=200)] = "",
) -> Response:
    """Opens the record a scanned barcode refers to, or explains why nothing matched."""
    text = _normalise_scan(code)
    if not text:
        return redirect_with_flash(request, "/", "Scan or type a barcode first.", kind="info")
    if principal.has_any(UNBLINDED):
        lot = lots.find_by_din(session, text)
        if lot is not None:
            return RedirectResponse(f"/lots/{lot.id}", status_code=303)
    return redirect_with_flash(
        request, "/",
        f"No record you can open matches the scan '{text[:40]}'. Check the label and scan again.",
        kind="error",
    )
