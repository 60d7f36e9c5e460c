"""The batch record: entries per process step, their corrections, materials and equipment
used, and deviations. Entries and corrections are append-only (21 CFR 211.188, 11.10(e)):
a correction is a new row, never an update."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, Text, text
from sqlmodel import Field, SQLModel

from cellchain.db import UTCDateTime


class BatchEntry(SQLModel, table=True):
    __tablename__ = "batch_entry"
    # The steps each lot being made has recorded, read from the index alone (the technician's
    # dashboard: migration 0013); it also finds a lot's entries.
    __table_args__ = (Index("ix_batch_entry_lot_step", "lot_id", "step_id", "day"),)

    id: int | None = Field(default=None, primary_key=True)
    lot_id: int = Field(foreign_key="lot.id")
    step_id: str = Field(max_length=32)
    # Culture day counted from activation (day 0); None before activation.
    day: int | None = None
    # Field name -> value as entered, canonical JSON.
    values: str = Field(sa_column=Column(Text, nullable=False))
    # Human-readable findings at entry time (out of range, out of window), canonical JSON list.
    findings: str = Field(sa_column=Column(Text, nullable=False))
    recorded_by: int | None = Field(default=None, foreign_key="user_account.id")
    recorded_by_name: str = Field(max_length=200)
    recorded_at: datetime = Field(sa_type=UTCDateTime)


class EntryVerification(SQLModel, table=True):
    """A second person's check of an entry (for steps the process marks as needing one)."""

    __tablename__ = "entry_verification"

    entry_id: int = Field(foreign_key="batch_entry.id", primary_key=True)
    verified_by: int | None = Field(default=None, foreign_key="user_account.id")
    verified_by_name: str = Field(max_length=200)
    verified_at: datetime = Field(sa_type=UTCDateTime)
    note: str | None = Field(default=None, max_length=500)


class EntryCheck(SQLModel, table=True):
    """The second person's check an entry awaits: written with every entry of a step its lot's
    process marks for one; ``checked_at`` is set, by the guarded write, when it is verified.

    The verification itself is the append-only EntryVerification. This row is what makes
    "entries awaiting verification" one search of the open ones on every dashboard rather than
    a pass over every entry a site ever recorded (issue 13: 300k checked entries at 100k lots),
    and the compare-and-swap that lets two people verifying one entry yield one verification.
    """

    __tablename__ = "entry_check"
    __table_args__ = (
        Index("ix_entry_check_open", "id", sqlite_where=text("checked_at IS NULL"),
              postgresql_where=text("checked_at IS NULL")),
    )

    id: int = Field(foreign_key="batch_entry.id", primary_key=True)  # the entry's id
    checked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class EntryCorrection(SQLModel, table=True):
    __tablename__ = "entry_correction"

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(foreign_key="batch_entry.id", index=True)
    field: str = Field(max_length=64)
    old_value: str = Field(sa_column=Column(Text, nullable=False))  # canonical JSON
    new_value: str = Field(sa_column=Column(Text, nullable=False))  # canonical JSON
    reason: str = Field(max_length=500)
    corrected_by: int | None = Field(default=None, foreign_key="user_account.id")
    corrected_by_name: str = Field(max_length=200)
    corrected_at: datetime = Field(sa_type=UTCDateTime)


class EntryMaterial(SQLModel, table=True):
    __tablename__ = "entry_material"

    entry_id: int = Field(foreign_key="batch_entry.id", primary_key=True)
    material_lot_id: int = Field(foreign_key="material_lot.id", primary_key=True, index=True)


class EntryEquipment(SQLModel, table=True):
    __tablename__ = "entry_equipment"

    entry_id: int = Field(foreign_key="batch_entry.id", primary_key=True)
    equipment_id: int = Field(foreign_key="equipment.id", primary_key=True, index=True)
