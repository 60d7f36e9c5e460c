"""Randomisation lists and emergency unblinding (issue 12 item 4; DESIGN §4.6).

The list and its slots are hidden from blinded roles with their whole tables; an emergency
unblinding row is visible (that a subject was unblinded, by whom and why, is part of the
subject's record) except its ``arm`` field, which only the requester sees (one subject at a
time: WHO GCP, domain notes §5.1).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer, String, UniqueConstraint
from sqlmodel import Field, SQLModel

from cellchain.db import UTCDateTime


class RandomisationList(SQLModel, table=True):
    __tablename__ = "randomisation_list"

    id: int | None = Field(default=None, primary_key=True)
    stage: str = Field(max_length=16)
    source: str = Field(max_length=16)  # generated | imported
    # sha-256 of the list's canonical text: names the list in force without showing it.
    fingerprint: str = Field(max_length=64)
    # sha-256 of the seed of a generated list; the seed itself is shown once to its creator.
    seed_hash: str | None = Field(default=None, max_length=64)
    slots: int
    active: bool
    created_by: int | None = Field(default=None, foreign_key="user_account.id")
    created_by_name: str = Field(max_length=200)
    created_at: datetime = Field(sa_type=UTCDateTime)
    version: int = 1


class RandomisationSlot(SQLModel, table=True):
    __tablename__ = "randomisation_slot"
    __table_args__ = (UniqueConstraint("list_id", "stratum", "sequence"),)

    id: int | None = Field(default=None, primary_key=True)
    list_id: int = Field(foreign_key="randomisation_list.id", index=True)
    stratum: str = Field(max_length=32)
    sequence: int
    block: int
    block_size: int
    arm: str = Field(max_length=16)
    subject_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("subject.id"), unique=True, nullable=True))
    assigned_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    version: int = 1


class EmergencyUnblinding(SQLModel, table=True):
    __tablename__ = "emergency_unblinding"

    id: int | None = Field(default=None, primary_key=True)
    subject_id: int = Field(foreign_key="subject.id", index=True)
    requested_by: int = Field(foreign_key="user_account.id")
    requested_by_name: str = Field(max_length=200)
    requester_role: str = Field(max_length=16)
    reason: str = Field(max_length=1000)
    arm: str = Field(sa_column=Column(String(16), nullable=False))
    signature_id: int = Field(foreign_key="signature.id")
    unblinded_at: datetime = Field(sa_type=UTCDateTime)


class EscalationDecision(SQLModel, table=True):
    """The safety review committee's decision for a cohort, signed (issue 12 item 3)."""

    __tablename__ = "escalation_decision"

    id: int | None = Field(default=None, primary_key=True)
    dose_level: str = Field(max_length=8)
    cohort: int
    treated: int
    dlt: int
    recommendation: str = Field(max_length=16)
    decision: str = Field(max_length=16)
    next_dose_level: str | None = Field(default=None, max_length=8)
    mtd_dose_level: str | None = Field(default=None, max_length=8)
    rationale: str = Field(max_length=2000)
    decided_by: int = Field(foreign_key="user_account.id")
    decided_by_name: str = Field(max_length=200)
    decided_at: datetime = Field(sa_type=UTCDateTime)
    signature_id: int = Field(foreign_key="signature.id")
