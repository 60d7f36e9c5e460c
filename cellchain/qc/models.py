"""QC sample tubes drawn from a lot, the results measured on them and their reviews."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, UniqueConstraint, text
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


class QcResult(SQLModel, table=True):
    """One QC result as entered, evaluated against the lot's specification. Append-only
    (21 CFR 211.194(a), 11.10(e)): a correction is a new row naming the row it corrects, so the
    old value stays with who entered it, when, and why it was corrected."""

    __tablename__ = "qc_result"
    __table_args__ = (
        # One chain of results per test and lot: a second result for a test is a correction.
        Index("ux_qc_result_first", "lot_id", "test_id", unique=True,
              sqlite_where=text("corrects_id IS NULL"),
              postgresql_where=text("corrects_id IS NULL")),
    )

    id: int | None = Field(default=None, primary_key=True)
    lot_id: int = Field(foreign_key="lot.id", index=True)
    sample_id: int = Field(foreign_key="qc_sample.id", index=True)
    test_id: str = Field(max_length=64)
    typed: str = Field(max_length=200)  # exactly as typed
    result: str = Field(max_length=200)  # the number as typed or the vocabulary's word
    value: float | None = None  # the parsed number (numeric tests)
    unit: str = Field(max_length=32)
    method: str = Field(max_length=200)
    instrument: str = Field(max_length=200)
    analyst_name: str = Field(max_length=200)
    tested_at: datetime = Field(sa_type=UTCDateTime)
    status: str = Field(max_length=8)  # pass | fail
    specification: str = Field(max_length=300)  # the words it was evaluated against
    deviation_id: int | None = Field(default=None, foreign_key="deviation.id")
    recorded_by: int | None = Field(default=None, foreign_key="user_account.id")
    recorded_by_name: str = Field(max_length=200)
    recorded_at: datetime = Field(sa_type=UTCDateTime)
    # A correction names the result it replaces (at most one correction per row: a chain).
    corrects_id: int | None = Field(default=None, foreign_key="qc_result.id", unique=True)
    correction_reason: str | None = Field(default=None, max_length=500)


class QcResultReview(SQLModel, table=True):
    """A second person's review of one result row; a correction is a new row and needs its own
    review. Append-only; the key makes the review of a row happen once, also under a race."""

    __tablename__ = "qc_result_review"

    result_id: int = Field(foreign_key="qc_result.id", primary_key=True)
    reviewed_by: int | None = Field(default=None, foreign_key="user_account.id")
    reviewed_by_name: str = Field(max_length=200)
    reviewed_at: datetime = Field(sa_type=UTCDateTime)
    note: str | None = Field(default=None, max_length=500)
