"""Subjects, their chain-of-identity identifiers, and what the trial records about them:
screening evaluations, labs, TAS-102 cycles (issue 12)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, String, Text, UniqueConstraint
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
    # Indexed: the subjects queue shows the first registered (cellchain.worklists).
    created_at: datetime = Field(sa_type=UTCDateTime, index=True)
    # Assigned on enrolment (issue 12): the trial stage, the dose level (escalation: the
    # cohort's level; randomised: the stage's level, the same for both arms, so it tells
    # nothing), the escalation cohort, and the randomisation stratum.
    stage: str | None = Field(default=None, max_length=16)
    dose_level: str | None = Field(default=None, max_length=8)
    cohort: int | None = None
    stratum: str | None = Field(default=None, max_length=32)
    consent_date: date | None = None
    enrolled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # The failed criteria in words, for a screen failure (also in its evaluation row).
    screen_failure_reasons: str | None = Field(default=None, max_length=2000)


class ChainOfIdentity(SQLModel, table=True):
    """One COI identifier per subject therapy, modelled on ISBT 128 DS040."""

    __tablename__ = "chain_of_identity"

    id: int | None = Field(default=None, primary_key=True)
    # The 15-character DS040 content, e.g. ``CHA999026000001`` (no data identifier, no K).
    identifier: str = Field(sa_column=Column(String(15), unique=True, nullable=False))
    subject_id: int = Field(foreign_key="subject.id", index=True)
    issued_at: datetime = Field(sa_type=UTCDateTime)


class ScreeningEvaluation(SQLModel, table=True):
    """One eligibility evaluation as shown to the investigator: the facts entered and every
    criterion's result (JSON), append-only."""

    __tablename__ = "screening_evaluation"

    id: int | None = Field(default=None, primary_key=True)
    subject_id: int = Field(foreign_key="subject.id", index=True)
    evaluation_date: date
    eligible: bool
    facts: str = Field(sa_column=Column(Text, nullable=False))
    criteria: str = Field(sa_column=Column(Text, nullable=False))
    evaluated_by: int | None = Field(default=None, foreign_key="user_account.id")
    evaluated_by_name: str = Field(max_length=200)
    evaluated_at: datetime = Field(sa_type=UTCDateTime)


class LabResult(SQLModel, table=True):
    """A laboratory value as entered; a correction is a new row naming the one it replaces."""

    __tablename__ = "lab_result"

    id: int | None = Field(default=None, primary_key=True)
    subject_id: int = Field(foreign_key="subject.id", index=True)
    analyte: str = Field(max_length=16)
    value: float
    unit: str = Field(max_length=16)
    measured_on: date
    entered_by: int | None = Field(default=None, foreign_key="user_account.id")
    entered_by_name: str = Field(max_length=200)
    entered_at: datetime = Field(sa_type=UTCDateTime)
    replaces_id: int | None = Field(default=None, foreign_key="lab_result.id")
    reason: str | None = Field(default=None, max_length=500)


class TreatmentCycle(SQLModel, table=True):
    """A TAS-102 cycle's start date; infusion visits are computed from it (schedule rules)."""

    __tablename__ = "treatment_cycle"
    __table_args__ = (UniqueConstraint("subject_id", "cycle_number"),)

    id: int | None = Field(default=None, primary_key=True)
    subject_id: int = Field(foreign_key="subject.id", index=True)
    cycle_number: int
    start_date: date
    recorded_by: int | None = Field(default=None, foreign_key="user_account.id")
    recorded_by_name: str = Field(max_length=200)
    recorded_at: datetime = Field(sa_type=UTCDateTime)
