"""``GET /api/v1/bags`` (DESIGN §6): ``barcode`` and ``label_2d`` are the bag label's texts."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from sqlmodel import col, select

from cellchain.api_errors import API_ERRORS
from cellchain.auth.deps import allow
from cellchain.auth.roles import BAG_VIEWERS
from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.clock import utcnow
from cellchain.db import SessionDep
from cellchain.labels.data import BagLabel, LabelKind
from cellchain.labels.service import label_data_for
from cellchain.lots.models import Lot
from cellchain.web import SettingsDep

router = APIRouter(prefix="/api/v1", tags=["bags"], responses=API_ERRORS)


class BagOut(BaseModel):
    id: int
    din: str
    division: str
    product_code: str
    status: BagStatus
    subject_id: int | None
    kit_number: str | None
    coi: str | None
    expires_at: datetime
    # The exact text of the bag label's DIN Code 128 (with its Type 3 check flag).
    barcode: str
    # The exact text of the bag label's Data Matrix: an ISBT 128 compound message.
    label_2d: str


@router.get("/bags", response_model=list[BagOut], dependencies=[Depends(allow(*BAG_VIEWERS))])
def list_bags(
    session: SessionDep, settings: SettingsDep,
    status: Annotated[BagStatus | None, Query()] = None,
) -> list[BagOut]:
    """Returns bags, optionally only those in one status. No arm or lot type (DESIGN §4.6)."""
    query = select(Bag, Lot.din).join(Lot, col(Lot.id) == col(Bag.lot_id)).order_by(col(Bag.id))
    now = utcnow()
    if status is not None:
        query = query.where(bags.where_effective_status(status, now))
    out = []
    for bag, din in session.exec(query):
        label = label_data_for(session, LabelKind.BAG, bag.id or 0, settings)
        assert isinstance(label, BagLabel)
        out.append(BagOut(
            id=bag.id or 0, din=din, division=bag.division, product_code=bag.product_code,
            status=bags.effective_status(bag, now), subject_id=bag.subject_id,
            kit_number=bag.kit_number,
            coi=label.coi if label.coi_check else None, expires_at=bag.expires_at,
            barcode=label.din.barcode, label_2d=label.label_2d))
    return out
