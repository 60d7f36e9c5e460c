"""The dashboard lists the newest open notifications addressed to the reader's roles and says
how many more wait: a site can hold thousands (every STOP at the bedside raises one), and the
page once loaded them all."""

from __future__ import annotations

import re
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlmodel import Session

from cellchain.auth.roles import Role
from cellchain.clock import utcnow
from cellchain.db import Database
from cellchain.notifications import service as notifications
from tests.conftest import login


def _raise(session: Session, key: str, roles: list[Role], minutes_ago: int) -> int:
    note = notifications.raise_notification(
        session, key=key, kind="bedside", message=f"note {key}", roles=roles,
        now=utcnow() - timedelta(minutes=minutes_ago))
    return note.id or 0


def test_the_newest_twenty_are_listed_with_the_count_of_the_rest(
    client: TestClient, web_database: Database
) -> None:
    with web_database.session_scope() as session:
        for i in range(23):  # q00 the newest ... q22 the oldest
            _raise(session, f"q{i:02d}", [Role.QA, Role.COORDINATOR], minutes_ago=i + 1)
        # Not QA's: another role only, and a role whose name contains "qa" nowhere but close.
        _raise(session, "clinicians", [Role.CLINICIAN], minutes_ago=0)
        _raise(session, "qc", [Role.QC], minutes_ago=0)
    csrf = login(client, "qa")

    page = client.get("/").text
    listed = re.findall(r"note (q\d\d)", page)
    assert listed == [f"q{i:02d}" for i in range(20)]
    assert "note clinicians" not in page and "note qc" not in page
    assert "and 3 older; acknowledge these to see them." in page

    # Acknowledging one brings the next older one onto the list.
    with web_database.session_scope(write=False) as session:
        newest = notifications.open_for(session, frozenset({Role.QA}), limit=1)[0]
    assert client.post(f"/notifications/{newest.id}/acknowledge",
                       data={"csrf_token": csrf}).status_code == 200
    page = client.get("/").text
    assert re.findall(r"note (q\d\d)", page) == [f"q{i:02d}" for i in range(1, 21)]
    assert "and 2 older" in page


def test_with_twenty_or_fewer_nothing_more_is_announced(
    client: TestClient, web_database: Database
) -> None:
    with web_database.session_scope() as session:
        _raise(session, "only", [Role.QA], minutes_ago=1)
    login(client, "qa")

    page = client.get("/").text
    assert "note only" in page
    assert "older; acknowledge" not in page
