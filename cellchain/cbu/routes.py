"""Cord blood unit pages (the batch-record issue adds receipt and the QA decision)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from cellchain.audit import service as audit
from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import UNBLINDED
from cellchain.cbu.service import get_cbu
from cellchain.db import SessionDep
from cellchain.isbt128.din import parse_din_text
from cellchain.web import render

router = APIRouter(prefix="/cbu")
CbuViewer = Annotated[Principal, Depends(allow(*UNBLINDED))]


@router.get("/{cbu_id}")
def cbu_detail(request: Request, session: SessionDep, _: CbuViewer, cbu_id: int) -> Response:
    cbu = get_cbu(session, cbu_id)
    din = parse_din_text(cbu.din)
    rows = [("DIN", f"{din.eye_readable} {din.check_character}"),
            ("Product code", cbu.product_code), ("Bank", cbu.bank_name),
            ("Status", cbu.status), ("Receipt number", f"CBU-{cbu.id:06d}")]
    return render(request, "records/detail.html", {
        "title": f"Cord blood unit {din.eye_readable}", "rows": rows,
        "links": [("Receipt label", f"/cbu/{cbu_id}/label")],
        "history": audit.events_for(session, "cbu", cbu_id)})
