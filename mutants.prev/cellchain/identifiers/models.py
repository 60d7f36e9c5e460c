"""Counters behind every assigned identifier (lot DINs, COI identifiers)."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class IdentifierSequence(SQLModel, table=True):
    """The last number handed out for one kind of identifier within one scope (FIN + year).

    The counter is incremented inside the caller's transaction, so a rolled-back action
    gives its number back: numbers are neither skipped nor reused (ST-001 §2.4.1 requires
    the DIN to be unique for 100 years).
    """

    __tablename__ = "identifier_sequence"

    kind: str = Field(primary_key=True, max_length=16)
    scope: str = Field(primary_key=True, max_length=16)
    last_value: int = 0
