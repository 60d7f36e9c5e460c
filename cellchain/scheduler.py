"""APScheduler 3.x with jobs declared beside their domain, run by exactly one process.

A job is a plain function ``job(database, now)`` registered with ``@scheduled``; tests call it
directly. The scheduler starts in the app lifespan only when ``CELLCHAIN_SCHEDULER_ENABLED``;
among several processes only the leader runs it: on PostgreSQL the holder of a session-level
advisory lock, on SQLite the holder of an exclusive lock on a file in the data directory.
"""

from __future__ import annotations

import fcntl
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import Connection, text

from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database

log = logging.getLogger("cellchain.scheduler")

Job = Callable[[Database, Settings, datetime], object]
_LEADER_LOCK_KEY = 0x6C656164  # "lead"


@dataclass(frozen=True)
class ScheduledJob:
    id: str
    func: Job
    trigger: Any


REGISTRY: dict[str, ScheduledJob] = {}


def scheduled(trigger: Any, *, id: str) -> Callable[[Job], Job]:
    """Registers a job under a stable id (APScheduler replaces it on restart)."""

    def register(func: Job) -> Job:
        if id in REGISTRY and REGISTRY[id].func is not func:
            raise ValueError(f"two jobs share the id {id}")
        REGISTRY[id] = ScheduledJob(id, func, trigger)
        return func

    return register


def load_jobs() -> dict[str, ScheduledJob]:
    """Imports every domain's jobs module so their jobs register; returns the registry."""
    import cellchain.audit.jobs  # noqa: F401
    import cellchain.batch.jobs  # noqa: F401
    import cellchain.bedside.jobs  # noqa: F401
    import cellchain.labels.jobs  # noqa: F401
    import cellchain.trial.jobs  # noqa: F401

    return REGISTRY


class LeaderLock:
    """Held by the one process that runs the scheduler; released on shutdown."""

    def __init__(self, database: Database, settings: Settings) -> None:
        self.database = database
        self.settings = settings
        self._connection: Connection | None = None
        self._file: TextIO | None = None

    def try_acquire(self) -> bool:
        if self.database.is_sqlite:
            path = Path(self.settings.data_dir) / "scheduler.lock"
            path.parent.mkdir(parents=True, exist_ok=True)
            handle = path.open("w")
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                return False
            self._file = handle
            return True
        connection = self.database.engine.connect()
        got = connection.execute(
            text("SELECT pg_try_advisory_lock(:key)"), {"key": _LEADER_LOCK_KEY}
        ).scalar()
        connection.commit()
        if got:
            self._connection = connection
            return True
        connection.close()
        return False

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None
        if self._connection is not None:
            # Closing alone would return the connection to the pool with its session, and the
            # session-level advisory lock, still alive: discard it so the session really ends.
            self._connection.invalidate()
            self._connection.close()
            self._connection = None


class Runner:
    """Starts the scheduler when this process becomes leader; retries leadership every minute."""

    def __init__(self, database: Database, settings: Settings, retry_seconds: float = 60) -> None:
        self.database = database
        self.settings = settings
        self.lock = LeaderLock(database, settings)
        self.scheduler: BackgroundScheduler | None = None
        self._retry_seconds = retry_seconds
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._become_leader():
            return
        self._thread = threading.Thread(target=self._retry, name="scheduler-leader", daemon=True)
        self._thread.start()

    def _retry(self) -> None:
        while not self._stopped.wait(self._retry_seconds):
            if self._become_leader():
                return

    def _become_leader(self) -> bool:
        if not self.lock.try_acquire():
            log.info("another process runs the scheduler; this one stands by")
            return False
        scheduler = BackgroundScheduler(timezone="UTC")
        for job in load_jobs().values():
            scheduler.add_job(
                _run_job, job.trigger, args=[job, self.database, self.settings], id=job.id,
                replace_existing=True, coalesce=True, max_instances=1, misfire_grace_time=3600,
            )
        scheduler.start()
        self.scheduler = scheduler
        log.info("scheduler started with jobs: %s", ", ".join(sorted(REGISTRY)))
        return True

    def stop(self) -> None:
        self._stopped.set()
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)
            self.scheduler = None
        self.lock.release()


def _run_job(job: ScheduledJob, database: Database, settings: Settings) -> None:
    try:
        job.func(database, settings, utcnow())
    except Exception:
        log.exception("scheduled job %s failed", job.id)
