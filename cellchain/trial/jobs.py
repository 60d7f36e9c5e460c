"""The ward reminders of the treatment schedule (issue 12 item 6): pre-infusion labs due,
infusion due, an allocated bag's expiry approaching, the DLT window ending. Each reminder is
one notification to the clinicians and the coordinator, raised once per reminder key.

Hourly: every rule works in site days except the bag expiry, whose warning (24 h by default,
``schedule.bag_expiry_warning_hours``) is then at most an hour late. The messages come from
``cellchain.trial.schedule_rules`` and name subject numbers, bags or kits and dates only, never
a lot type or an arm (clinicians are blinded, domain note §5.3).
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from apscheduler.triggers.cron import CronTrigger
from sqlmodel import col, select

from cellchain.auth.roles import Role
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.notifications import service as notifications
from cellchain.notifications.models import Notification
from cellchain.scheduler import scheduled
from cellchain.trial.schedule import (
    dlt_window_days,
    reminder_facts,
    schedule_settings,
    site_today,
)
from cellchain.trial.schedule_rules import due_reminders

AUDIENCE: Final = (Role.CLINICIAN, Role.COORDINATOR)
KEY_PREFIX: Final = "schedule:"


@scheduled(CronTrigger(minute=7), id="trial.reminders")  # stable id
def send_reminders(database: Database, settings: Settings, now: datetime) -> int:
    """Raises each due reminder not raised before; returns how many it raised now."""
    with database.session_scope() as session:
        reminders = due_reminders(
            reminder_facts(session, settings, site_today(now, settings)), now, settings.zone,
            settings=schedule_settings(settings), dlt_window_days=dlt_window_days(settings))
        keys = [KEY_PREFIX + r.key for r in reminders]
        sent = set(session.exec(select(Notification.key).where(col(Notification.key).in_(keys))))
        fresh = [r for r in reminders if KEY_PREFIX + r.key not in sent]
        for reminder in fresh:
            notifications.raise_notification(
                session, key=KEY_PREFIX + reminder.key, kind=reminder.kind.value,
                message=reminder.message, roles=AUDIENCE, now=now)
    return len(fresh)
