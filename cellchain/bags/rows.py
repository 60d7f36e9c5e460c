"""A bag's own columns as a list or a check reads them: plain values, not ORM records (building
records cost more than the rest of a list of bags or of a bedside check; issue 13)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col

from cellchain.bags.models import Bag


@dataclass(frozen=True)
class BagRow:
    """The columns of ``BAG_ROW_COLUMNS``, in their order; subclasses add what they join."""

    id: int
    division: str
    product_code: str
    status: str
    subject_id: int | None
    kit_number: str | None
    expires_at: datetime


BAG_ROW_COLUMNS = (col(Bag.id), col(Bag.division), col(Bag.product_code), col(Bag.status),
                   col(Bag.subject_id), col(Bag.kit_number), col(Bag.expires_at))
