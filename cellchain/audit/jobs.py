"""Scheduled checks of the audit trail."""

from __future__ import annotations

from datetime import datetime

from apscheduler.triggers.cron import CronTrigger

from cellchain.audit import service as audit
from cellchain.auth.roles import Role
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.notifications import service as notifications
from cellchain.scheduler import scheduled


@scheduled(CronTrigger(hour=2, minute=15), id="audit.verify_chain")
def verify_chain_daily(database: Database, settings: Settings, now: datetime) -> None:
    """Verifies the whole chain; a break raises a notification for QA and administrators."""
    with database.session_scope(write=False) as session:
        result = audit.verify(session)
    if result.ok:
        return
    with database.session_scope() as session:
        notifications.raise_notification(
            session,
            key=f"audit-chain-broken:{result.first_bad_seq}:{now.date().isoformat()}",
            kind="audit_chain",
            message=(
                f"Audit trail verification FAILED at sequence {result.first_bad_seq}: "
                f"{result.problem}. Treat the records from that point as suspect and open a "
                "deviation."
            ),
            roles=[Role.QA, Role.ADMIN],
            now=now,
        )
