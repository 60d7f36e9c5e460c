"""``GET /api/v1/bags`` (DESIGN §6): ``barcode`` and ``label_2d`` are the bag label's texts."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel
from sqlalchemy import Executable, bindparam
from sqlalchemy import select as core_select
from sqlmodel import Session, col

from cellchain.api_errors import API_ERRORS
from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import BAG_VIEWERS, Role
from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.bags.rows import BAG_ROW_COLUMNS, BagRow
from cellchain.bags.rules import BagStatus
from cellchain.blinding import rules as blinding
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import SessionDep, column_rows, off_loop
from cellchain.labels.data import BagLabel, LabelKind
from cellchain.labels.service import bag_label_from, label_data_for
from cellchain.lots.models import Lot
from cellchain.paging import PageDep, keyset
from cellchain.trial.models import ChainOfIdentity, Subject
from cellchain.web import SettingsDep

router = APIRouter(prefix="/api/v1", tags=["bags"], responses=API_ERRORS)
BagViewer = Annotated[Principal, Depends(allow(*BAG_VIEWERS))]


class BagOut(BaseModel):
    id: int
    # DIN, division, product code, barcode and 2-D text are null for blinded readers of a
    # kit-numbered bag: they would let kits be grouped by lot (cellchain.blinding).
    din: str | None
    division: str | None
    product_code: str | None
    status: BagStatus
    subject_id: int | None
    kit_number: str | None
    coi: str | None
    expires_at: datetime
    # The exact text of the bag label's DIN Code 128 (with its Type 3 check flag).
    barcode: str | None
    # The exact text of the bag label's Data Matrix: an ISBT 128 compound message.
    label_2d: str | None


@dataclass(frozen=True)
class ListedBag(BagRow):
    """A listed bag with what its label names besides its own columns."""

    din: str
    subject_number: str | None
    coi_identifier: str | None

    def label(self, settings: Settings) -> BagLabel:
        return bag_label_from(settings, product_code=self.product_code,
                              kit_number=self.kit_number, expires_at=self.expires_at,
                              din=self.din, coi_identifier=self.coi_identifier,
                              subject_number=self.subject_number)


_LISTED = (
    core_select(*BAG_ROW_COLUMNS, col(Lot.din), col(Subject.subject_number),
                col(ChainOfIdentity.identifier))
    .join(Lot, col(Lot.id) == col(Bag.lot_id))
    .outerjoin(Subject, col(Subject.id) == col(Bag.subject_id))
    .outerjoin(ChainOfIdentity, col(ChainOfIdentity.id) == col(Bag.coi_id))
)


@functools.lru_cache(maxsize=256)
def _listing(roles: frozenset[Role], status: BagStatus | None) -> Executable:
    """The page statement for these roles and this status filter, built once; its parameters
    are ``now`` and the page's bounds."""
    query = _LISTED.where(bags.where_visible(roles))
    if status is not None:
        query = query.where(bags.where_effective_status(status, bindparam("now")))
    return keyset(query, col(Bag.id))


@router.get("/bags", response_model=list[BagOut])
async def list_bags(
    session: SessionDep, settings: SettingsDep, principal: BagViewer, page: PageDep,
    request: Request, response: Response,
    status: Annotated[BagStatus | None, Query()] = None,
) -> list[BagOut]:
    """Returns the bags the caller may see, optionally only those in one status, a page at a
    time (``cellchain.paging``). Blinded roles get only bags allocated to subjects, and no lot
    identity of kit bags (DESIGN §4.6)."""
    now = utcnow()
    # One query for the bags and what their labels name, whatever the number of bags; run
    # where the request's transaction runs (inline for a SQLite read: cellchain.db.off_loop).
    found = await off_loop(request, lambda: [ListedBag(*row) for row in column_rows(
        session, _listing(principal.roles, status), {"now": now, **page.bounds})])
    rows = page.rows(found, lambda row: row.id, request, response)
    return [_shown(row.label(settings), principal.roles, row, now) for row in rows]


def bag_out(session: Session, settings: Settings, roles: frozenset[Role], bag: Bag, din: str,
            now: datetime) -> BagOut:
    """One bag as the API shows it to these roles (blinded: no lot identity of a kit bag)."""
    # The label read from the bag's records; the row's own label columns are then unused.
    row = ListedBag(bag.id or 0, bag.division, bag.product_code, bag.status, bag.subject_id,
                    bag.kit_number, bag.expires_at, din, None, None)
    return _shown(label_data_for(session, LabelKind.BAG, bag.id or 0, settings), roles, row,
                  now)


def _shown(label: BagLabel, roles: frozenset[Role], bag: ListedBag, now: datetime) -> BagOut:
    shown = blinding.shows_lot_identity(roles, kit_number=bag.kit_number)
    return BagOut(
        id=bag.id, din=bag.din if shown else None,
        division=bag.division if shown else None,
        product_code=bag.product_code if shown else None,
        status=bags.effective_status(bag, now),
        subject_id=bag.subject_id, kit_number=bag.kit_number,
        coi=label.coi if label.coi_check else None, expires_at=bag.expires_at,
        barcode=label.din.barcode if shown else None,
        label_2d=label.label_2d if shown else None)
