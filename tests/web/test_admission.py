"""Many requests at once on a real server: every one is answered. More requests in flight than
pooled connections once stopped the server (threads waiting for a connection held every worker
thread while the requests holding the connections waited for a thread); admission control keeps
in flight no more requests than there are connections and threads (cellchain.admission)."""

from __future__ import annotations

import http.client
import json
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

from cellchain.audit import service as audit
from cellchain.config import Settings
from cellchain.db import POOL_SIZE, REQUESTS_AT_ONCE, Database
from tests.factories import CAST
from tests.web.browser_support import serving

AT_ONCE = 6 * POOL_SIZE


def _token(base_url: str) -> str:
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
    connection.request("POST", "/api/v1/auth/token",
                       body=f"username=tech&password={CAST['tech'].password}",
                       headers={"Content-Type": "application/x-www-form-urlencoded"})
    token: str = json.loads(connection.getresponse().read())["access_token"]
    return token


def _me(base_url: str, token: str) -> int:
    parts = urlsplit(base_url)
    # A generous timeout: a stopped server fails the test instead of hanging the suite.
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=60)
    try:
        for _ in range(5):
            connection.request("GET", "/api/v1/me", headers={"Authorization": f"Bearer {token}"})
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                return response.status
        return 200
    finally:
        connection.close()


def test_six_times_more_requests_than_connections_are_all_answered(
    web_settings: Settings,
) -> None:
    with serving(web_settings) as server:
        token = _token(server.base_url)
        with ThreadPoolExecutor(max_workers=AT_ONCE) as pool:
            statuses = list(pool.map(lambda _: _me(server.base_url, token), range(AT_ONCE)))
    assert statuses == [200] * AT_ONCE


def test_many_writers_at_once_are_all_answered_and_the_audit_chain_holds(
    web_settings: Settings,
) -> None:
    # Each sign-in writes (a session and its audit record). On SQLite a writer that finds the
    # write lock free begins on the event loop and one that finds it taken waits in a worker
    # thread (cellchain.db.get_session): both ways must end every transaction and its lock.
    writers = 2 * REQUESTS_AT_ONCE
    with serving(web_settings) as server:
        with ThreadPoolExecutor(max_workers=writers) as pool:
            tokens = list(pool.map(lambda _: _token(server.base_url), range(writers)))
        # The lock is free again: one more write is answered at once.
        assert _me(server.base_url, _token(server.base_url)) == 200
    assert len(set(tokens)) == writers
    database = Database(web_settings.resolved_database_url)
    try:
        with database.session_scope(write=False) as session:
            assert audit.verify(session).ok
    finally:
        database.dispose()
