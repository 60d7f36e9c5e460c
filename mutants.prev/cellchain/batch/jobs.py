"""Scheduled due-work check: what is due or overdue becomes a notification (idempotent)."""

from __future__ import annotations

from datetime import datetime

from apscheduler.triggers.cron import CronTrigger

from cellchain.batch.due_work import collect
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.notifications import service as notifications
from cellchain.scheduler import scheduled


@scheduled(CronTrigger(minute=5), id="lots.due_work")  # stable id (jobs are keyed by it)
def notify_due_work(database: Database, settings: Settings, now: datetime) -> int:
    """Raises a notification for each due or overdue item not yet notified; returns how many
    items are due (for tests and logs). Running it again adds nothing."""
    with database.session_scope() as session:
        items = collect(session, settings, now)
        for item in items:
            notifications.raise_notification(session, key=item.key, kind=f"due_{item.kind}",
                                             message=item.message, roles=item.roles, now=now)
    return len(items)
