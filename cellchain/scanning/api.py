"""``POST /api/v1/scan``: what a scanned text refers to, or a clear reason (never a 5xx)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from cellchain.api_errors import API_ERRORS
from cellchain.auth.deps import Authenticated
from cellchain.db import SessionDep, off_loop, read_only
from cellchain.scanning.service import resolve

router = APIRouter(prefix="/api/v1", tags=["scan"], responses=API_ERRORS)


class ScanIn(BaseModel):
    scan: str = Field(max_length=500, description="The text a scanner or keyboard sent")


class ScanOut(BaseModel):
    kind: str = Field(description="lot | bag | cbu | qc_sample | subject | material_lot | "
                                  "equipment")
    id: int
    title: str
    url: str
    data_structures: list[str]


@router.post("/scan", response_model=ScanOut)
@read_only
async def scan(request: Request, body: ScanIn, session: SessionDep, principal: Authenticated
               ) -> ScanOut:
    # A lookup of a few indexed rows: on the event loop on SQLite (cellchain.db.off_loop).
    match = await off_loop(request, lambda: resolve(session, body.scan, principal))
    return ScanOut(kind=match.kind, id=match.id, title=match.title, url=match.url,
                   data_structures=match.data_structures)
