"""The lot table (the batch record joins it in the manufacturing issue)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, String
from sqlmodel import Field, SQLModel

from cellchain.db import UTCDateTime


class Lot(SQLModel, table=True):
    __tablename__ = "lot"

    id: int | None = Field(default=None, primary_key=True)
    din: str = Field(sa_column=Column(String(16), unique=True, nullable=False))
    status: str = Field(max_length=32, index=True)
    # The state a lot on hold returns to when the hold is lifted.
    held_from: str | None = Field(default=None, max_length=32)
    # Bumped by every compare-and-swap status write.
    version: int = 1
    created_at: datetime = Field(sa_type=UTCDateTime)
    status_changed_at: datetime = Field(sa_type=UTCDateTime)
    # The process definition the lot is made under; a new version never changes made lots.
    process_name: str | None = Field(default=None, max_length=64)
    process_version: str | None = Field(default=None, max_length=16)
    # allogeneic (cord blood) or autologous (the subject's own blood, bound at receipt).
    cell_source: str | None = Field(default=None, max_length=16)
    subject_id: int | None = Field(default=None, foreign_key="subject.id")
    # Target viable cells per bag, from the dose level the lot is made for.
    target_dose_cells: float | None = None
    # The dose level (trial configuration code, e.g. ``DL2``) and, in the randomised stage, the
    # arm's product (``rak`` or ``placebo``) the lot is made for; lot_type is hidden from
    # blinded roles with the whole lot table (DESIGN §4.6).
    dose_level: str | None = Field(default=None, max_length=8)
    lot_type: str | None = Field(default=None, max_length=8)
    # Day 0 of culture: when activation was recorded; day windows count from here.
    activated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # The QC specification the lot is released against (None: planned before specifications
    # were recorded; the configured one applies).
    qc_spec_name: str | None = Field(default=None, max_length=64)
    qc_spec_version: str | None = Field(default=None, max_length=16)


class LotParent(SQLModel, table=True):
    """Starting material a lot was made from: donor -> lot is one link (DESIGN §2)."""

    __tablename__ = "lot_parent"

    lot_id: int = Field(foreign_key="lot.id", primary_key=True)
    cbu_id: int = Field(foreign_key="cord_blood_unit.id", primary_key=True, index=True)


class LotStatusCount(SQLModel, table=True):
    """How many lots are in each status, kept by database triggers on ``lot`` (migration 0012)
    in the same transaction as the change, so it is never stale: the dashboards show lots by
    status without counting 100k rows on every view (issue 13). Nothing in Python writes it."""

    __tablename__ = "lot_status_count"

    status: str = Field(max_length=32, primary_key=True)
    lots: int
