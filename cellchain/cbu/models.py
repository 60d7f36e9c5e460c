"""Cord blood units as received from the bank (receipt details arrive with the batch record)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, String, UniqueConstraint
from sqlmodel import Field, SQLModel

from cellchain.db import UTCDateTime


class CordBloodUnit(SQLModel, table=True):
    __tablename__ = "cord_blood_unit"
    # Unique product identity is DIN + product code (ST-001 §7.3; domain notes §9.3).
    __table_args__ = (UniqueConstraint("din", "product_code"),)

    id: int | None = Field(default=None, primary_key=True)
    din: str = Field(sa_column=Column(String(13), nullable=False, index=True))
    product_code: str = Field(max_length=8)
    bank_name: str = Field(max_length=200)
    status: str = Field(max_length=32, index=True)
    received_at: datetime = Field(sa_type=UTCDateTime)
    collected_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
