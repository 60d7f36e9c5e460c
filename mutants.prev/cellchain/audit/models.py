"""The audit record table. Rows are only ever inserted; triggers refuse UPDATE and DELETE."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer, String, Text
from sqlmodel import Field, SQLModel

from cellchain.db import UTCDateTime


class AuditEvent(SQLModel, table=True):
    """One audited action: who, what (old and new values), when, why; chained by hash."""

    __tablename__ = "audit_event"

    # Assigned as predecessor + 1 under the append lock: gaps mean deleted records.
    seq: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))
    at: datetime = Field(sa_type=UTCDateTime)
    actor_id: int | None = None
    actor_name: str = Field(max_length=200)
    action: str = Field(max_length=64)
    entity_type: str = Field(max_length=64)
    entity_id: str = Field(max_length=64)
    # Canonical JSON text (not a JSON column) so the hashed bytes are the stored bytes.
    changes: str = Field(sa_column=Column(Text, nullable=False))
    reason: str | None = Field(default=None, sa_column=Column(Text))
    data: str = Field(sa_column=Column(Text, nullable=False))
    # UNIQUE: two writers can never both extend the same predecessor (no forked chain).
    prev_hash: str = Field(sa_column=Column(String(64), unique=True, nullable=False))
    hash: str = Field(sa_column=Column(String(64), unique=True, nullable=False))
    # Layout of the hashed payload (cellchain.audit.chain.CURRENT_FORMAT); 1 for old records.
    format: int = Field(sa_column=Column(Integer, nullable=False, server_default="1"))
    # cellchain.blinding.rules.Blinding: who may read this record (hashed from format 2 on).
    blinding: str = Field(sa_column=Column(String(16), nullable=False,
                                           server_default="unblinded"))


class AuditReview(SQLModel, table=True):
    """A signed periodic review of the audit trail (EU GMP Annex 11 §9: regularly reviewed)."""

    __tablename__ = "audit_review"

    id: int | None = Field(default=None, primary_key=True)
    reviewer_id: int = Field(
        sa_column=Column(Integer, ForeignKey("user_account.id"), nullable=False)
    )
    reviewed_at: datetime = Field(sa_type=UTCDateTime)
    up_to_seq: int
    head_hash: str = Field(sa_column=Column(String(64), nullable=False))
    chain_ok: bool
    comment: str = Field(sa_column=Column(Text, nullable=False))
