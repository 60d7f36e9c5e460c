"""Scheduled checks of the audit trail."""

from __future__ import annotations

from datetime import datetime

from apscheduler.triggers.cron import CronTrigger

from cellchain.audit.checkpoints import verify_all, write_checkpoint
from cellchain.auth.roles import Role
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.notifications import service as notifications
from cellchain.scheduler import scheduled


@scheduled(CronTrigger(hour=2, minute=15), id="audit.verify_chain")
def verify_chain_daily(database: Database, settings: Settings, now: datetime) -> None:
    """Verifies the whole chain against its anchors; if it holds, writes a checkpoint of its
    head (so a later truncation is detected), else notifies QA and administrators."""
    with database.session_scope(write=False) as session:
        report = verify_all(session, settings=settings)
        if report.ok and report.result.count:
            write_checkpoint(session, settings=settings, now=now)
    result = report.result
    if report.ok:
        return
    found = (f"at sequence {result.first_bad_seq}: {result.problem}" if not result.ok
             else f"for signatures or checkpoints: {'; '.join(report.problems)}")
    with database.session_scope() as session:
        notifications.raise_notification(
            session,
            key=f"audit-chain-broken:{result.first_bad_seq}:{now.date().isoformat()}",
            kind="audit_chain",
            message=(f"Audit trail verification FAILED {found}. Treat the records from that "
                     "point as suspect and open a deviation."),
            roles=[Role.QA, Role.ADMIN],
            now=now,
        )
