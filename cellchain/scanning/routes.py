"""The global scan box: a scan opens the record it refers to.

Submitted by POST, never GET: a wristband read carries a subject number and date of birth,
which must not land in access logs, proxies or the browser history.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from cellchain.auth.deps import Authenticated
from cellchain.db import SessionDep, read_only
from cellchain.errors import Forbidden, NotFound
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.scan import normalise
from cellchain.scanning.service import resolve
from cellchain.web import redirect_with_flash

router = APIRouter()


def _sentence(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text.endswith(".") else text + "."


@router.post("/scan")
@read_only
def scan(
    request: Request,
    session: SessionDep,
    principal: Authenticated,
    code: Annotated[str, Form(max_length=500)] = "",
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
