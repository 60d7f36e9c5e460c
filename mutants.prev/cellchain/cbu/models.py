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
    # cord_blood (allogeneic, from a bank) or autologous_blood (the subject's own blood).
    source_type: str = Field(default="cord_blood", max_length=16)
    # Autologous material is bound to its subject's chain of identity at receipt.
    subject_id: int | None = Field(default=None, foreign_key="subject.id")
    coi_id: int | None = Field(default=None, foreign_key="chain_of_identity.id")
    volume_ml: float | None = None
    total_nucleated_cells: float | None = None
    viability_pct: float | None = None
    abo_rh: str | None = Field(default=None, max_length=16)
    # Infectious-disease markers as reported by the bank: negative | positive | pending.
    idm_status: str | None = Field(default=None, max_length=16)
    arrival_temp_c: float | None = None
    container_intact: bool | None = None
    decision_reason: str | None = Field(default=None, max_length=500)
    decided_by_name: str | None = Field(default=None, max_length=200)
    decided_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    version: int = 1
