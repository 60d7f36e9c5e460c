"""``GET /api/v1/lots`` (DESIGN §6)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel
from sqlmodel import col, select

from cellchain.api_errors import API_ERRORS
from cellchain.auth.deps import allow
from cellchain.auth.roles import UNBLINDED
from cellchain.db import SessionDep
from cellchain.isbt128.din import parse_din_text
from cellchain.labels.data import checked_din_barcode
from cellchain.lots import service
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.paging import PageDep

router = APIRouter(prefix="/api/v1", tags=["lots"], responses=API_ERRORS)


class LotOut(BaseModel):
    id: int
    din: str
    status: LotState
    # DINs of the starting material (cord blood units) the lot was made from.
    parent_dins: list[str]
    created_at: datetime
    # The lot label's Code 128 text: the DIN with its Type 3 check flag (as bags carry theirs).
    barcode: str


@router.get("/lots", response_model=list[LotOut], dependencies=[Depends(allow(*UNBLINDED))])
def list_lots(
    session: SessionDep, page: PageDep, request: Request, response: Response,
    status: Annotated[LotState | None, Query()] = None,
) -> list[LotOut]:
    """Returns lots, optionally only those in one status, a page at a time."""
    query = select(Lot)
    if status is not None:
        query = query.where(Lot.status == status.value)
    lots = page.rows(session.exec(page.of(query, col(Lot.id))).all(), lambda lot: lot.id or 0,
                     request, response)
    parents = service.parent_dins(session, [lot.id or 0 for lot in lots])
    return [
        LotOut(id=lot.id or 0, din=lot.din, status=LotState(lot.status),
               parent_dins=parents.get(lot.id or 0, []), created_at=lot.created_at,
               barcode=checked_din_barcode(parse_din_text(lot.din)))
        for lot in lots
    ]
