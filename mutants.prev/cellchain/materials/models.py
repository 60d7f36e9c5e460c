"""Reagent and consumable lots, and equipment, as used by manufacturing steps."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, String, UniqueConstraint
from sqlmodel import Field, SQLModel

from cellchain.db import UTCDateTime


class MaterialLot(SQLModel, table=True):
    """One supplier lot of a reagent or consumable (RetroNectin, anti-CD3, IL-2, medium,
    serum/albumin, saline, culture and infusion bags)."""

    __tablename__ = "material_lot"
    __table_args__ = (UniqueConstraint("kind", "supplier", "supplier_lot"),)

    id: int | None = Field(default=None, primary_key=True)
    # Internal number printed on the material label and scanned at the station, e.g. M000012.
    code: str = Field(sa_column=Column(String(16), unique=True, nullable=False))
    kind: str = Field(max_length=32, index=True)
    name: str = Field(max_length=200)
    supplier: str = Field(max_length=200)
    supplier_lot: str = Field(max_length=64)
    expires_on: date
    certificate_ref: str = Field(max_length=200)
    status: str = Field(max_length=16, index=True)  # quarantine | released | rejected
    status_reason: str | None = Field(default=None, max_length=500)
    received_at: datetime = Field(sa_type=UTCDateTime)
    status_changed_at: datetime = Field(sa_type=UTCDateTime)
    version: int = 1
