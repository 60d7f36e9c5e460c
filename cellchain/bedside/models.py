"""Bedside records: every verification attempt, the second clinician's confirmation, the
infusion with its vital signs, and adverse events.

Verifications, confirmations, infusions and vital signs are append-only (DESIGN §4.1 "every
attempt, GO or STOP, is recorded"; 21 CFR 11.10(e)). One infusion per bag is also a unique
key, so a bag is never infused twice even if two tablets record at once. Adverse events are
updated (resolution, grade) through the guarded write on ``version``, each change audited.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from cellchain.db import UTCDateTime


class BedsideVerification(SQLModel, table=True):
    __tablename__ = "bedside_verification"

    id: int | None = Field(default=None, primary_key=True)
    # Exactly what was scanned (control characters refused at the edge), and what it named.
    wristband_scan: str = Field(max_length=500)
    bag_scan: str = Field(max_length=500)
    subject_id: int | None = Field(default=None, foreign_key="subject.id", index=True)
    bag_id: int | None = Field(default=None, foreign_key="bag.id", index=True)
    verdict: str = Field(max_length=8)  # go | stop
    # The checks as the API returns them: JSON list of {name, passed, message}.
    checks: str = Field(sa_column=Column(Text, nullable=False))
    conditional_acknowledged: bool = False
    verified_by: int = Field(foreign_key="user_account.id")
    verified_by_name: str = Field(max_length=200)
    verified_at: datetime = Field(sa_type=UTCDateTime)


class BedsideConfirmation(SQLModel, table=True):
    """The second clinician's independent confirmation of a GO, with their own credentials."""

    __tablename__ = "bedside_confirmation"

    verification_id: int = Field(foreign_key="bedside_verification.id", primary_key=True)
    witness_id: int = Field(foreign_key="user_account.id")
    witness_name: str = Field(max_length=200)
    confirmed_at: datetime = Field(sa_type=UTCDateTime)
    signature_id: int = Field(foreign_key="signature.id")


class Infusion(SQLModel, table=True):
    __tablename__ = "infusion"

    id: int | None = Field(default=None, primary_key=True)
    bag_id: int = Field(foreign_key="bag.id", unique=True)
    subject_id: int = Field(foreign_key="subject.id", index=True)
    verification_id: int = Field(foreign_key="bedside_verification.id", unique=True)
    started_at: datetime = Field(sa_type=UTCDateTime)
    stopped_at: datetime = Field(sa_type=UTCDateTime)
    volume_ml: float
    # CTCAE v5.0 "Infusion related reaction": 0 (none) to 5.
    reaction_grade: int
    ctcae_version: str = Field(max_length=8)
    note: str | None = Field(default=None, max_length=1000)
    recorded_by: int = Field(foreign_key="user_account.id")
    recorded_by_name: str = Field(max_length=200)
    recorded_at: datetime = Field(sa_type=UTCDateTime)


class VitalSign(SQLModel, table=True):
    __tablename__ = "vital_sign"

    id: int | None = Field(default=None, primary_key=True)
    infusion_id: int = Field(foreign_key="infusion.id", index=True)
    timepoint: str = Field(max_length=16)  # "pre", "15", "end", "end+30" ... (the schedule)
    taken_at: datetime = Field(sa_type=UTCDateTime)
    temperature_c: float
    heart_rate: int
    systolic: int
    diastolic: int
    respiratory_rate: int
    spo2: int


class AdverseEvent(SQLModel, table=True):
    __tablename__ = "adverse_event"

    id: int | None = Field(default=None, primary_key=True)
    subject_id: int = Field(foreign_key="subject.id", index=True)
    infusion_id: int | None = Field(default=None, foreign_key="infusion.id", index=True)
    term: str = Field(max_length=200)  # CTCAE term
    grade: int  # CTCAE grade 1-5
    ctcae_version: str = Field(max_length=8)
    onset_on: date
    resolved_on: date | None = None
    serious: bool
    # Relatedness is assessed separately for each product (the trial gives both).
    related_to_rak: str = Field(max_length=16)
    related_to_tas102: str = Field(max_length=16)
    dlt: bool
    note: str | None = Field(default=None, max_length=1000)
    recorded_by: int = Field(foreign_key="user_account.id")
    recorded_by_name: str = Field(max_length=200)
    recorded_at: datetime = Field(sa_type=UTCDateTime)
    version: int = 1
