"""QC sample tubes drawn from a lot (results arrive with the QC issue)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from cellchain.db import UTCDateTime


class QcSample(SQLModel, table=True):
    __tablename__ = "qc_sample"
    __table_args__ = (UniqueConstraint("lot_id", "sample_number"),)

    id: int | None = Field(default=None, primary_key=True)
    lot_id: int = Field(foreign_key="lot.id", index=True)
    # 1, 2, 3 ... within the lot; printed and encoded on the tube label.
    sample_number: int
    test: str = Field(max_length=64)
    taken_at: datetime = Field(sa_type=UTCDateTime)
