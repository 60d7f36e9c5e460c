"""The print outbox: a label for a network printer is queued in the print's transaction and
sent after commit, outside any write transaction (an unreachable printer's 10-second timeout
must never hold SQLite's writer or PostgreSQL's audit lock), then retried until sent or
given up after MAX_ATTEMPTS, each outcome audited and shown in the print log.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.errors import ConcurrentModification, ServiceUnavailable
from cellchain.guarded import guarded_update
from cellchain.labels.models import LabelPrint, PrintJob
from cellchain.labels.printer import send_raw

PENDING, SENDING, SENT, FAILED = "pending", "sending", "sent", "failed"
MAX_ATTEMPTS = 5
SENDER = Actor.system("labels.outbox")


def enqueue(session: Session, *, log: LabelPrint, host: str, port: int, payload: str,
            now: datetime) -> PrintJob:
    """Queues a printer job in the caller's transaction (sent once it commits)."""
    job = PrintJob(print_id=log.id or 0, host=host, port=port, payload=payload,
                   status=PENDING, created_at=now)
    session.add(job)
    session.flush()
    return job


def jobs_for(session: Session, print_ids: list[int]) -> dict[int, PrintJob]:
    """The printer job of each print that has one (for the print log)."""
    rows = session.exec(select(PrintJob).where(col(PrintJob.print_id).in_(print_ids)))
    return {job.print_id: job for job in rows}


def deliver(database: Database, settings: Settings, job_id: int, now: datetime) -> str:
    """Sends one pending job and records the outcome; returns the job's status after it.

    The job is claimed (pending -> sending, a guarded write) before the printer is called, so
    two senders (the response's background task and the scheduler) never print it twice.
    """
    with database.session_scope() as session:
        job = session.get(PrintJob, job_id)
        if job is None or job.status != PENDING:
            return job.status if job else FAILED
        try:
            guarded_update(session, job, {"status": SENDING, "claimed_at": now},
                           expect={"status": PENDING}, record=f"Printer job {job_id}",
                           audit_entity=("print_job", job_id))
        except ConcurrentModification:
            return SENDING  # another sender has it
        session.expunge(job)
    error: str | None = None
    try:  # no transaction is open here: the printer may take its whole timeout
        send_raw(job.host, job.port, job.payload.encode("utf-8"),
                 timeout=settings.printer_timeout_seconds)
    except ServiceUnavailable as refusal:
        error = refusal.message[:500]
    attempts = job.attempts + 1
    status = SENT if error is None else (FAILED if attempts >= MAX_ATTEMPTS else PENDING)
    with database.session_scope() as session:
        _record_outcome(session, session.merge(job, load=False), status=status,
                        attempts=attempts, error=error, now=now)
    return status


def _record_outcome(session: Session, job: PrintJob, *, status: str, attempts: int,
                    error: str | None, now: datetime) -> None:
    log = session.get(LabelPrint, job.print_id)
    assert log is not None
    guarded_update(session, job, {"status": status, "attempts": attempts, "last_error": error,
                                  "sent_at": now if status == SENT else None},
                   expect={"status": SENDING}, record=f"Printer job {job.id}",
                   audit_entity=(log.kind, log.record_id))
    audit.record(session, actor=SENDER,
                 action="label.sent" if status == SENT else "label.send_failed",
                 entity_type=log.kind, entity_id=log.record_id, now=now,
                 data={"print_id": log.id, "printer": f"{job.host}:{job.port}",
                       "attempt": attempts, "status": status, "error": error})


def deliver_pending(database: Database, settings: Settings, now: datetime) -> int:
    """Retries every pending job, oldest first; returns how many were sent.

    A job left "sending" longer than a send can take (its sender stopped mid-send) is marked
    failed, never resent: whether the printer printed it is unknown, and a second physical
    label must not appear without someone deciding to reprint.
    """
    stale_before = now - timedelta(seconds=settings.printer_timeout_seconds + 60)
    with database.session_scope() as session:
        for job in session.exec(select(PrintJob).where(
                PrintJob.status == SENDING, col(PrintJob.claimed_at) < stale_before)):
            _record_outcome(session, job, status=FAILED, attempts=job.attempts + 1, now=now,
                            error="outcome unknown: the sender stopped while sending; check "
                                  "the printer and reprint with a reason if no label came out")
    with database.session_scope(write=False) as session:
        ids = list(session.exec(select(PrintJob.id).where(PrintJob.status == PENDING)
                                .order_by(col(PrintJob.id))))
    return sum(deliver(database, settings, job_id, now) == SENT for job_id in ids if job_id)
