"""The daily audit-chain check, leader election, the job registry and the scheduler switch.

Jobs are called directly (STYLE §4.6); only the Runner tests start a real APScheduler, and its
one job is a 02:15 cron, so nothing fires while they run.
"""

from __future__ import annotations

import fcntl
import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import select

from cellchain import scheduler as scheduler_module
from cellchain.audit.jobs import verify_chain_daily
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.main import create_app
from cellchain.notifications.models import Notification
from cellchain.scheduler import LeaderLock, Runner, load_jobs
from tests.conftest import _settings, login

TAMPERED_SEQ = 3


def tamper_with_audit_record(database: Database, seq: int = TAMPERED_SEQ) -> None:
    """Edits one audit record behind the application's back, as a rogue DBA could."""
    drop = (
        "DROP TRIGGER audit_event_no_update" if database.is_sqlite
        else "DROP TRIGGER audit_event_no_update_delete ON audit_event"
    )
    with database.session_scope() as session:
        session.execute(text(drop))
        changed = session.execute(
            text("UPDATE audit_event SET actor_name = 'x' WHERE seq = :seq"), {"seq": seq})
        assert changed.rowcount == 1, f"the seeded audit trail has no sequence {seq}"


def audit_chain_notifications(database: Database) -> list[Notification]:
    with database.session_scope(write=False) as session:
        return list(session.exec(
            select(Notification).where(Notification.kind == "audit_chain")).all())


def wait_for(condition: Callable[[], bool], seconds: float = 5) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def scheduler_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "APScheduler"]


# --- the daily audit-chain check -----------------------------------------------------------


def test_daily_chain_check_raises_no_notification_on_an_intact_chain(
    database: Database, settings: Settings
) -> None:
    verify_chain_daily(database, settings, utcnow())

    assert audit_chain_notifications(database) == []


def test_daily_chain_check_raises_one_notification_for_qa_and_admin_naming_the_altered_record(
    database: Database, settings: Settings,
) -> None:
    tamper_with_audit_record(database)

    verify_chain_daily(database, settings, utcnow())

    [note] = audit_chain_notifications(database)
    assert set(note.roles.split(",")) == {"qa", "admin"}
    assert f"FAILED at sequence {TAMPERED_SEQ}:" in note.message
    assert note.acknowledged_at is None


def test_daily_chain_check_run_twice_the_same_day_raises_the_notification_once(
    database: Database, settings: Settings,
) -> None:
    tamper_with_audit_record(database)
    morning = utcnow().replace(hour=2, minute=15, second=0, microsecond=0)

    verify_chain_daily(database, settings, morning)
    verify_chain_daily(database, settings, morning + timedelta(hours=3))

    assert len(audit_chain_notifications(database)) == 1


def test_broken_chain_notification_shows_on_the_qa_dashboard_but_not_the_technicians(
    app: FastAPI, client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    tamper_with_audit_record(web_database)
    verify_chain_daily(web_database, web_settings, utcnow())
    warning = f"Audit trail verification FAILED at sequence {TAMPERED_SEQ}"

    login(client, "qa")
    qa_page = client.get("/")
    assert qa_page.status_code == 200
    assert warning in qa_page.text

    with TestClient(app, base_url="https://testserver") as tech_client:
        login(tech_client, "tech")
        tech_page = tech_client.get("/")
    assert tech_page.status_code == 200
    assert "Welcome, Tess Tech" in tech_page.text
    assert warning not in tech_page.text
    assert "Nothing needs your attention." in tech_page.text


# --- leader election -----------------------------------------------------------------------


@pytest.fixture
def other_process_database(settings: Settings) -> Iterator[Database]:
    """A second engine on the same database, standing in for another worker process."""
    database = Database(settings.resolved_database_url)
    yield database
    database.dispose()


def test_only_one_leader_lock_holds_at_a_time_and_release_hands_it_over(
    database: Database, settings: Settings
) -> None:
    first = LeaderLock(database, settings)
    second = LeaderLock(database, settings)
    try:
        assert first.try_acquire() is True
        assert second.try_acquire() is False
        first.release()
        assert second.try_acquire() is True
    finally:
        first.release()
        second.release()


def test_releasing_the_leader_lock_frees_it_for_another_process(
    database: Database, other_process_database: Database, settings: Settings
) -> None:
    leader = LeaderLock(database, settings)
    standby = LeaderLock(other_process_database, settings)
    try:
        assert leader.try_acquire() is True
        assert standby.try_acquire() is False
        leader.release()
        assert standby.try_acquire() is True
        assert leader.try_acquire() is False
    finally:
        leader.release()
        standby.release()


def test_on_sqlite_the_leader_is_whoever_holds_the_lock_file_in_the_data_directory(
    sqlite_url: str, tmp_path: Path
) -> None:
    sqlite = Database(sqlite_url)
    lock = LeaderLock(sqlite, _settings(sqlite_url, tmp_path))
    path = tmp_path / "scheduler.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as other_process:
        fcntl.flock(other_process, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert lock.try_acquire() is False
        fcntl.flock(other_process, fcntl.LOCK_UN)
    try:
        assert lock.try_acquire() is True
    finally:
        lock.release()
        sqlite.dispose()


# --- the job registry and the Runner -------------------------------------------------------


def test_load_jobs_registers_the_audit_chain_check_under_a_stable_id() -> None:
    jobs = load_jobs()

    assert jobs["audit.verify_chain"].id == "audit.verify_chain"
    assert jobs["audit.verify_chain"].func is verify_chain_daily
    assert set(load_jobs()) == set(jobs)  # loading again neither adds nor renames a job


def test_the_leader_runner_schedules_the_chain_check_and_a_second_runner_stands_by(
    database: Database, settings: Settings
) -> None:
    leader = Runner(database, settings)
    standby = Runner(database, settings, retry_seconds=3600)
    try:
        leader.start()
        assert leader.scheduler is not None
        assert leader.scheduler.running
        assert leader.scheduler.get_job("audit.verify_chain") is not None

        standby.start()
        assert standby.scheduler is None
    finally:
        standby.stop()
        leader.stop()
    assert leader.scheduler is None
    assert wait_for(lambda: not scheduler_threads())


def test_a_standby_runner_takes_over_when_the_leader_stops(
    database: Database, other_process_database: Database, settings: Settings
) -> None:
    leader = Runner(database, settings)
    standby = Runner(other_process_database, settings, retry_seconds=0.05)
    try:
        leader.start()
        standby.start()
        assert standby.scheduler is None

        leader.stop()

        assert wait_for(lambda: standby.scheduler is not None)
        assert standby.scheduler is not None
        assert standby.scheduler.get_job("audit.verify_chain") is not None
    finally:
        standby.stop()
        leader.stop()
    assert wait_for(lambda: not scheduler_threads())


# --- the scheduler switch in the app lifespan ----------------------------------------------


class RecordingRunner:
    """Stands in for Runner and records what the lifespan asked of it."""

    instances: list[RecordingRunner] = []

    def __init__(self, database: Database, settings: Settings) -> None:
        self.calls: list[str] = []
        RecordingRunner.instances.append(self)

    def start(self) -> None:
        self.calls.append("start")

    def stop(self) -> None:
        self.calls.append("stop")


@pytest.fixture
def recording_runner(monkeypatch: pytest.MonkeyPatch) -> type[RecordingRunner]:
    RecordingRunner.instances = []
    monkeypatch.setattr(scheduler_module, "Runner", RecordingRunner)
    return RecordingRunner


def test_app_with_the_scheduler_disabled_starts_no_scheduler(
    web_settings: Settings, web_database: Database, recording_runner: type[RecordingRunner]
) -> None:
    assert web_settings.scheduler_enabled is False
    app = create_app(web_settings, web_database)

    with TestClient(app, base_url="https://testserver") as client:
        assert client.get("/login").status_code == 200
        assert scheduler_threads() == []

    assert recording_runner.instances == []


def test_app_with_the_scheduler_enabled_starts_it_with_the_app_and_stops_it_after(
    web_settings: Settings, web_database: Database, recording_runner: type[RecordingRunner]
) -> None:
    settings = web_settings.model_copy(update={"scheduler_enabled": True})
    app = create_app(settings, web_database)

    with TestClient(app, base_url="https://testserver"):
        [runner] = recording_runner.instances
        assert runner.calls == ["start"]

    assert runner.calls == ["start", "stop"]
