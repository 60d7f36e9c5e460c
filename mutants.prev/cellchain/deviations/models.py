"""The deviation record: what deviated, its investigation and CAPA, and QA's signed closure."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from cellchain.db import UTCDateTime


class Deviation(SQLModel, table=True):
    __tablename__ = "deviation"
    __table_args__ = (UniqueConstraint("number"),)

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(sa_column=Column(String(16), nullable=False))  # DEV-2026-0001
    lot_id: int = Field(foreign_key="lot.id", index=True)
    entry_id: int | None = Field(default=None, foreign_key="batch_entry.id")
    description: str = Field(sa_column=Column(Text, nullable=False))
    severity: str = Field(max_length=16)  # minor | major | critical
    status: str = Field(max_length=16, index=True)  # open | closed
    investigation: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    capa: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    opened_by_name: str = Field(max_length=200)
    opened_at: datetime = Field(sa_type=UTCDateTime)
    closed_by_name: str | None = Field(default=None, max_length=200)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    signature_id: int | None = Field(default=None, foreign_key="signature.id")
    version: int = 1
