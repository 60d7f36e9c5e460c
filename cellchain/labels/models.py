"""Print control (FACT-JACIE D7): template versions and a log of every label printed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from cellchain.db import UTCDateTime


class LabelTemplate(SQLModel, table=True):
    """One version of one label template file, fixed by the hash of its text."""

    __tablename__ = "label_template"
    __table_args__ = (UniqueConstraint("name", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64)
    version: int
    content_sha256: str = Field(max_length=64)
    status: str = Field(max_length=16)  # active | obsolete
    registered_at: datetime = Field(sa_type=UTCDateTime)


class LabelPrint(SQLModel, table=True):
    """One print of one label; reprints and voids are kept, never overwritten."""

    __tablename__ = "label_print"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16, index=True)
    record_id: int = Field(index=True)
    template_id: int = Field(foreign_key="label_template.id")
    # SHA-256 of the exact label data printed (what the symbols encode and the text shows).
    content_sha256: str = Field(max_length=64)
    output: str = Field(max_length=120)  # svg | png | pdf | zpl | printer host:port
    copies: int = 1
    is_reprint: bool = False
    reason: str | None = Field(default=None, max_length=500)
    printed_by: int | None = Field(default=None, foreign_key="user_account.id")
    printed_by_name: str = Field(max_length=200)
    printed_at: datetime = Field(sa_type=UTCDateTime)
    voided_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    voided_by_name: str | None = Field(default=None, max_length=200)
    void_reason: str | None = Field(default=None, max_length=500)


class PrintJob(SQLModel, table=True):
    """A label waiting for (or sent to) a network printer: the outbox.

    Sending happens after the print is committed and outside any write transaction, so a
    printer that does not answer never holds a database lock; a failed send is retried by
    the scheduler and shown in the print log until it succeeds or is given up.
    """

    __tablename__ = "print_job"

    id: int | None = Field(default=None, primary_key=True)
    print_id: int = Field(foreign_key="label_print.id", index=True)
    host: str = Field(max_length=120)
    port: int
    payload: str = Field(sa_column=Column(Text, nullable=False))  # ZPL, every copy
    status: str = Field(max_length=16, index=True)  # pending | sending | sent | failed
    attempts: int = 0
    last_error: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(sa_type=UTCDateTime)
    # When a sender claimed the job (status sending), to find one that stopped mid-send.
    claimed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    version: int = 1
