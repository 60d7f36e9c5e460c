"""Tables for users, their roles and their server-side sessions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer, String
from sqlmodel import Field, SQLModel

from cellchain.db import UTCDateTime


class User(SQLModel, table=True):
    """A person with a unique, never re-used identity (21 CFR 11.100(a), 11.300(a))."""

    __tablename__ = "user_account"

    id: int | None = Field(default=None, primary_key=True)
    # Stored lower-case so "QA1" and "qa1" can never be two people.
    username: str = Field(sa_column=Column(String(64), unique=True, nullable=False))
    printed_name: str = Field(max_length=200)
    password_hash: str = Field(max_length=255)
    active: bool = True
    failed_logins: int = 0
    locked_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(sa_type=UTCDateTime)
    # Bumped by every change of roles or password: those writes are compare-and-swap on it.
    version: int = 1
    # Set when an administrator set the password: its owner must choose their own at the next
    # sign-in before doing anything else (the administrator knows the temporary one).
    must_change_password: bool = False


class UserRole(SQLModel, table=True):
    __tablename__ = "user_role"

    user_id: int = Field(
        sa_column=Column(Integer, ForeignKey("user_account.id"), primary_key=True)
    )
    role: str = Field(sa_column=Column(String(32), primary_key=True))


class AuthSession(SQLModel, table=True):
    """A signed-in browser session or API bearer token, revocable on the server (ASVS 7.4.1).

    Only the SHA-256 of the token is stored, so a copy of the database holds no usable token.
    """

    __tablename__ = "auth_session"

    token_hash: str = Field(sa_column=Column(String(64), primary_key=True))
    user_id: int = Field(sa_column=Column(Integer, ForeignKey("user_account.id"), nullable=False))
    kind: str = Field(max_length=8)  # "web" or "api"
    csrf_token: str = Field(max_length=64)
    created_at: datetime = Field(sa_type=UTCDateTime)
    last_seen_at: datetime = Field(sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    ended_reason: str | None = Field(default=None, max_length=32)
    # 21 CFR 11.200(a)(1)(i): set at the first e-signature of this continuous period; later
    # signatures in the same session then need the password only.
    first_signed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
