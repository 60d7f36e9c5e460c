"""Final containers: one dose each, identified by the lot DIN plus a division code."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, String, UniqueConstraint
from sqlmodel import Field, SQLModel

from cellchain.db import UTCDateTime


class Bag(SQLModel, table=True):
    __tablename__ = "bag"
    __table_args__ = (
        UniqueConstraint("lot_id", "division"),
        # Bags in use are filtered on status and expiry together (bags.where_effective_status).
        Index("ix_bag_status_expires_at", "status", "expires_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    lot_id: int = Field(foreign_key="lot.id", index=True)
    # ISBT 128 DS003 positions 7-8, e.g. ``A0`` for the first bag of a lot.
    division: str = Field(max_length=2)
    # The full 8-character DS003 content: PDC + collection type + division.
    product_code: str = Field(max_length=8)
    status: str = Field(max_length=32)
    subject_id: int | None = Field(default=None, foreign_key="subject.id", index=True)
    coi_id: int | None = Field(default=None, foreign_key="chain_of_identity.id")
    # Blinded identity in the randomized stage; random, so it says nothing about the arm.
    kit_number: str | None = Field(
        default=None, sa_column=Column(String(8), unique=True, nullable=True))
    expires_at: datetime = Field(sa_type=UTCDateTime)
    created_at: datetime = Field(sa_type=UTCDateTime)
    version: int = 1
