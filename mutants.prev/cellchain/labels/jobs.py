"""Scheduled retry of printer jobs that could not be sent at once."""

from __future__ import annotations

from datetime import datetime

from apscheduler.triggers.interval import IntervalTrigger

from cellchain.config import Settings
from cellchain.db import Database
from cellchain.labels.outbox import deliver_pending
from cellchain.scheduler import scheduled


@scheduled(IntervalTrigger(minutes=1), id="labels.print_outbox")
def retry_print_jobs(database: Database, settings: Settings, now: datetime) -> int:
    """Sends the pending printer jobs; returns how many went out."""
    return deliver_pending(database, settings, now)
