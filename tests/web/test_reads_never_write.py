"""A read never writes (PERFORMANCE-NOTES rule 10): a scan lookup or a page view neither takes
SQLite's write lock nor writes the session's last use on the request path; that use is noted
in memory and written by the activity writer, and still keeps the session from going idle.
Routes are plain ``def`` so their database work never runs on the event loop."""

from __future__ import annotations

import inspect
import threading
from datetime import timedelta
from types import TracebackType

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlmodel import select
from time_machine import TimeMachineFixture

from cellchain.auth.activity import Activity
from cellchain.auth.models import AuthSession
from cellchain.clock import utcnow
from cellchain.db import Database
from tests.conftest import bearer_token, login


class CountingLock:
    """Stands in for the SQLite write lock and counts who took it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.taken = 0

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        self.taken += 1
        return self._lock.acquire(blocking, timeout)

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.release()


def _last_seen(database: Database) -> list[object]:
    with database.session_scope(write=False) as session:
        return sorted(str(row.last_seen_at) for row in session.exec(select(AuthSession)))


def test_scan_lookups_and_page_views_never_take_the_write_lock_but_a_check_does(
    client: TestClient, web_database: Database, time_machine: TimeMachineFixture
) -> None:
    if not web_database.is_sqlite:
        pytest.skip("the in-process write lock serialises SQLite writers only")
    time_machine.move_to(utcnow())
    csrf = login(client, "tech")
    token = bearer_token(client, "tech")
    lock = CountingLock()
    web_database.write_lock = lock  # type: ignore[assignment]
    # Two minutes on, every request is due to note the session's use.
    time_machine.shift(timedelta(minutes=2))

    # No unit has this DIN: the lookup answers "not found", having only read.
    assert client.post("/api/v1/scan", json={"scan": "=A99902600099900"},
                       headers={"Authorization": f"Bearer {token}"}).status_code == 404
    assert client.post("/scan", data={"code": "=A99902600099900", "csrf_token": csrf},
                       follow_redirects=False).status_code == 303
    assert client.get("/").status_code == 200
    assert lock.taken == 0

    # The positive control: an action that records something does queue for the writer.
    response = client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False)
    assert response.status_code == 303
    assert lock.taken == 1


def test_use_is_written_off_the_request_path_and_keeps_the_session_alive(
    app: FastAPI, client: TestClient, web_database: Database, time_machine: TimeMachineFixture
) -> None:
    time_machine.move_to(utcnow())
    login(client, "qc")
    signed_in = _last_seen(web_database)

    time_machine.shift(timedelta(minutes=10))
    assert client.get("/", follow_redirects=False).status_code == 200
    # Nothing written by the request itself ...
    assert _last_seen(web_database) == signed_in
    activity: Activity = app.state.activity
    # ... but the use counts at once in this process: 10 + 10 minutes is not idle.
    time_machine.shift(timedelta(minutes=10))
    assert client.get("/", follow_redirects=False).status_code == 200

    # The writer stores the latest noted use, once, and a later flush has nothing to do.
    assert activity.flush(web_database) == 1
    assert _last_seen(web_database) != signed_in
    assert activity.flush(web_database) == 0


def test_a_noted_use_never_revives_a_session_that_has_ended(
    app: FastAPI, client: TestClient, web_database: Database, time_machine: TimeMachineFixture
) -> None:
    time_machine.move_to(utcnow())
    csrf = login(client, "qc")
    time_machine.shift(timedelta(minutes=2))
    assert client.get("/", follow_redirects=False).status_code == 200
    client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False)
    ended = _last_seen(web_database)

    app.state.activity.flush(web_database)

    assert _last_seen(web_database) == ended
    assert client.get("/", follow_redirects=False).status_code in (302, 303)


def test_a_failed_write_keeps_the_noted_use_for_the_next_attempt() -> None:
    activity = Activity()
    seen = utcnow()
    activity.note("a-token-hash", seen)

    class Broken(Database):
        def __init__(self) -> None:  # no engines: every write fails
            pass

        def session_scope(self, *, write: bool = True):  # type: ignore[no-untyped-def, override]
            raise RuntimeError("database unavailable")

    with pytest.raises(RuntimeError):
        activity.flush(Broken())
    assert activity.noted("a-token-hash") == seen
    activity.note("a-token-hash", seen - timedelta(minutes=5))  # never moves backwards
    assert activity.noted("a-token-hash") == seen


def test_no_route_runs_database_work_on_the_event_loop(app: FastAPI) -> None:
    # An `async def` route runs on the event loop: its blocking database calls would stall
    # every other request (PERFORMANCE-NOTES rule 4). Forms are read by an async dependency.
    coroutines = [route.path for route in app.routes if isinstance(route, APIRoute)
                  and inspect.iscoroutinefunction(route.endpoint)]
    assert coroutines == []
