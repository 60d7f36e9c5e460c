"""When each session or API token was last used, kept off the request path.

Idle timeouts (ASVS 3.3.2, 21 CFR 11.10(d)) need each session's last activity, but a read must
never write (PERFORMANCE-NOTES rule 10): a write would queue a scan lookup or a page view on
SQLite's single writer. So a request only notes the time in this process's memory; a
background thread writes the noted times in one transaction every few seconds
(``session_activity_flush_seconds``), and this process judges idleness from the later of the
stored time and its own note. Another process sees the activity once it is written, so a
session can look idle to it for at most one flush interval longer than it was: seconds
against a 15-minute idle limit.
"""

from __future__ import annotations

import threading
from datetime import datetime

from sqlalchemy import bindparam, update
from sqlmodel import col

from cellchain.auth.models import AuthSession
from cellchain.db import Database
from cellchain.periodic import Periodic


class Activity:
    """Last-use times noted by this process and not yet written to the database."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: dict[str, datetime] = {}

    def note(self, token_hash: str, now: datetime) -> None:
        with self._lock:
            noted = self._pending.get(token_hash)
            if noted is None or now > noted:
                self._pending[token_hash] = now

    def noted(self, token_hash: str) -> datetime | None:
        with self._lock:
            return self._pending.get(token_hash)

    def flush(self, database: Database) -> int:
        """Writes every noted time (never moving one backwards, never reviving an ended
        session) in one transaction; returns how many sessions were noted."""
        with self._lock:
            pending, self._pending = self._pending, {}
        if not pending:
            return 0
        try:
            with database.session_scope() as session:
                session.connection().execute(
                    update(AuthSession)
                    .where(col(AuthSession.token_hash) == bindparam("hash"),
                           col(AuthSession.ended_at).is_(None),
                           col(AuthSession.last_seen_at) < bindparam("seen"))
                    .values(last_seen_at=bindparam("seen")),
                    [{"hash": token_hash, "seen": seen} for token_hash, seen in pending.items()],
                )
        except Exception:
            # Keep the times for the next attempt: a lost note would end a session early.
            for token_hash, seen in pending.items():
                self.note(token_hash, seen)
            raise
        return len(pending)


def activity_writer(activity: Activity, database: Database, interval: float) -> Periodic:
    """The background thread that writes noted activity every ``interval`` seconds, and once
    more when the app stops."""
    return Periodic("activity", interval, lambda: activity.flush(database))
