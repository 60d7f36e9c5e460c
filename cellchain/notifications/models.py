"""The notification table."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, String, Text, text
from sqlmodel import Field, SQLModel

from cellchain.db import UTCDateTime


class Notification(SQLModel, table=True):
    __tablename__ = "notification"
    # The open ones, newest first, on every dashboard: a few among all ever raised.
    __table_args__ = (
        Index("ix_notification_open", "created_at", sqlite_where=text("acknowledged_at IS NULL"),
              postgresql_where=text("acknowledged_at IS NULL")),
    )

    id: int | None = Field(default=None, primary_key=True)
    # Idempotency key: a job that runs twice raises one notification, not two.
    key: str = Field(sa_column=Column(String(200), unique=True, nullable=False))
    kind: str = Field(max_length=32)
    message: str = Field(sa_column=Column(Text, nullable=False))
    roles: str = Field(max_length=200)  # comma-separated role names
    created_at: datetime = Field(sa_type=UTCDateTime)
    acknowledged_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    acknowledged_by: int | None = None
    # The person a security alert is about (a lock-out, a foreign user ID): not its acknowledger.
    about_user_id: int | None = None
