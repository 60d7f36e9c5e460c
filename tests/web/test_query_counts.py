"""The pages and API calls a site uses most send a fixed number of SQL statements, whatever the
number of lots, bags and records (issue 13: no N+1). Each is measured on a small site, then
again after one more of every kind of record it lists was added twice over; the count must not
grow, and stays under a fixed bound.

Statements are counted with SQLAlchemy's ``before_cursor_execute`` on the app's engines, so the
count covers the whole request: authentication, the page's reads and, for bedside verify, its
writes. Each request is sent once to warm it up and counted the second time, by a person who
has just signed in (a session touch, if any, is the same for both measurements).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import event

from cellchain.config import Settings
from cellchain.db import Database
from tests.conftest import bearer_token, login
from tests.support.page_data import Site, add_of_each_kind, build_site

# Upper bounds per request (statements, authentication included), with room for a few more
# reads as features grow; an N+1 exceeds them quickly at site scale, and the growth check
# below catches one at any size.
BOUNDS = {
    "lot page": 25,
    "home: technician": 18,
    "home: qc": 18,
    "home: qa": 35,
    "home: coordinator": 15,
    "home: clinician": 10,
    "home: monitor": 10,
    "home: admin": 10,
    "trace page: donor": 14,
    "trace page: subject": 14,
    "api: trace donor": 14,
    "api: trace subject": 14,
    "api: bags at the ward": 8,
    "api: subjects": 8,
    "api: scan": 10,
    "api: bedside verify": 22,
}


@dataclass
class Counter:
    statements: list[str]

    @property
    def count(self) -> int:
        return len(self.statements)


@contextmanager
def counting(database: Database) -> Iterator[Counter]:
    """Counts the statements sent on the database's engines. On PostgreSQL the read engine is
    the write engine with options: it shares its pool and fires its events, so only the write
    engine is listened to there."""
    counter = Counter([])

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        counter.statements.append(statement)

    engines: dict[int, Any] = {}
    for engine in (database.engine, database.read_engine):
        engines.setdefault(id(engine.pool), engine)
    for engine in engines.values():
        event.listen(engine, "before_cursor_execute", before)
    try:
        yield counter
    finally:
        for engine in engines.values():
            event.remove(engine, "before_cursor_execute", before)


Send = Callable[[TestClient, dict[str, str]], Any]


@dataclass(frozen=True)
class Measured:
    user: str
    send: Send
    # Sent with the user's API token (else in their signed-in browser session).
    bearer: bool = False


def _requests(site: Site) -> dict[str, Measured]:
    ward = site.ward[0]
    pair = {"wristband": ward.wristband, "bag": ward.label}

    def get(url: str) -> Send:
        return lambda client, headers: client.get(url, headers=headers)

    return {
        "lot page": Measured("qa", get(f"/lots/{site.held_lot_id}")),
        **{f"home: {role}": Measured(user, get("/")) for role, user in (
            ("technician", "tech"), ("qc", "qc"), ("qa", "qa"), ("coordinator", "coord"),
            ("clinician", "clin"), ("monitor", "monitor"), ("admin", "admin"))},
        "trace page: donor": Measured("qa", get(f"/trace/donor/{site.donor_din}")),
        "trace page: subject": Measured("coord", get(f"/trace/subject/{ward.subject_id}")),
        "api: trace donor": Measured("qa", get(f"/api/v1/trace/donor/{site.donor_din}"), True),
        "api: trace subject": Measured(
            "clin", get(f"/api/v1/trace/subject/{ward.subject_id}"), True),
        "api: bags at the ward": Measured("coord", get("/api/v1/bags?status=at_ward"), True),
        "api: subjects": Measured("coord", get("/api/v1/subjects"), True),
        "api: scan": Measured("tech", lambda client, headers: client.post(
            "/api/v1/scan", json={"scan": ward.label}, headers=headers), True),
        "api: bedside verify": Measured("clin", lambda client, headers: client.post(
            "/api/v1/bedside/verify", json=pair, headers=headers), True),
    }


def _measure(client: TestClient, database: Database, site: Site) -> dict[str, int]:
    counts = {}
    for name, measured in _requests(site).items():
        client.cookies.clear()
        headers = {}
        if measured.bearer:
            headers["Authorization"] = f"Bearer {bearer_token(client, measured.user)}"
        else:
            login(client, measured.user)
        assert measured.send(client, headers).status_code == 200, name
        with counting(database) as counter:
            response = measured.send(client, headers)
        assert response.status_code == 200, (name, response.text[:300])
        counts[name] = counter.count
    return counts


def test_pages_send_a_fixed_number_of_queries_whatever_the_data(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    site = build_site(web_database, web_settings)
    small = _measure(client, web_database, site)
    for n in (2, 3):
        add_of_each_kind(web_database, web_settings, site, n)
    grown = _measure(client, web_database, site)
    grew = {name: (small[name], grown[name]) for name in small if grown[name] != small[name]}
    assert not grew, f"statements grew with the data (before, after): {grew}"
    over = {name: count for name, count in grown.items() if count > BOUNDS[name]}
    assert not over, f"over their bounds ({BOUNDS}): {over}"

