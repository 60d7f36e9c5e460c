"""The signature table. Append-only like the audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer, String
from sqlmodel import Field, SQLModel

from cellchain.db import UTCDateTime


class Signature(SQLModel, table=True):
    __tablename__ = "signature"

    id: int | None = Field(default=None, primary_key=True)
    signer_id: int = Field(sa_column=Column(Integer, ForeignKey("user_account.id"), nullable=False))
    # 11.50(a)(1): the printed name as it was when signing, unchanged by later renames.
    printed_name: str = Field(max_length=200)
    meaning: str = Field(max_length=32)
    signed_at: datetime = Field(sa_type=UTCDateTime)
    entity_type: str = Field(max_length=64)
    entity_id: str = Field(max_length=64)
    # 11.70: SHA-256 of the canonical snapshot of the exact record version signed.
    record_hash: str = Field(sa_column=Column(String(64), nullable=False))
    # Indexed: a release decision's signature is found from its audit record.
    audit_seq: int = Field(sa_column=Column(Integer, ForeignKey("audit_event.seq"), nullable=False,
                                            index=True))
