"""QC sample pages (the QC issue adds results)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from cellchain.audit import service as audit
from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import UNBLINDED
from cellchain.db import SessionDep
from cellchain.lots.service import get_lot
from cellchain.qc.service import get_sample
from cellchain.web import render

router = APIRouter(prefix="/qc/samples")
SampleViewer = Annotated[Principal, Depends(allow(*UNBLINDED))]


@router.get("/{sample_id}")
def sample_detail(
    request: Request, session: SessionDep, _: SampleViewer, sample_id: int
) -> Response:
    sample = get_sample(session, sample_id)
    lot = get_lot(session, sample.lot_id)
    rows = [("Lot", lot.din), ("Sample number", f"{sample.sample_number:03d}"),
            ("Test", sample.test)]
    return render(request, "records/detail.html", {
        "title": f"QC sample {sample.sample_number:03d} of lot {lot.din}", "rows": rows,
        "links": [("Lot", f"/lots/{lot.id}"), ("Tube label", f"/qc/samples/{sample_id}/label")],
        "history": audit.events_for(session, "qc_sample", sample_id)})
