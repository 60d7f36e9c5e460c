"""Subjects and their chain-of-identity identifiers (the trial issue extends both)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, String
from sqlmodel import Field, SQLModel

from cellchain.db import UTCDateTime


class Subject(SQLModel, table=True):
    __tablename__ = "subject"

    id: int | None = Field(default=None, primary_key=True)
    screening_number: str = Field(sa_column=Column(String(16), unique=True, nullable=False))
    # Assigned on enrolment; upper-case letters and digits so it fits ISBT 128 DS025.
    subject_number: str | None = Field(
        default=None, sa_column=Column(String(12), unique=True, nullable=True))
    date_of_birth: date
    status: str = Field(max_length=32, index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)


class ChainOfIdentity(SQLModel, table=True):
    """One COI identifier per subject therapy, modelled on ISBT 128 DS040."""

    __tablename__ = "chain_of_identity"

    id: int | None = Field(default=None, primary_key=True)
    # The 15-character DS040 content, e.g. ``CHA999026000001`` (no data identifier, no K).
    identifier: str = Field(sa_column=Column(String(15), unique=True, nullable=False))
    subject_id: int = Field(foreign_key="subject.id", index=True)
    issued_at: datetime = Field(sa_type=UTCDateTime)
