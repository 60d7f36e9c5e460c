"""A refused action leaves nothing, one way: the request transaction rolls back on a refusal,
raised or answered as a 4xx page, unless the refusal is the evidence of a failed attempt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.testclient import TestClient
from sqlmodel import func, select

from cellchain.audit import service as audit
from cellchain.audit.models import AuditEvent
from cellchain.audit.service import Actor
from cellchain.clock import utcnow
from cellchain.db import Database, SessionDep
from cellchain.errors import BadInput, SigningRefused
from cellchain.web import render


@pytest.fixture
def probe(app: FastAPI) -> Iterator[TestClient]:
    """The real app plus routes that write one audit record, then refuse in each way."""

    def write(session: SessionDep) -> None:
        audit.record(session, actor=Actor(None, "probe"), action="notification.acknowledged",
                     entity_type="notification", entity_id=999, now=utcnow())

    @app.post("/probe/{way}")
    def refuse(request: Request, session: SessionDep, way: str) -> Response:
        write(session)
        if way == "raised":
            raise BadInput("no", field="x")
        if way == "kept":
            raise SigningRefused("wrong password", field="password")
        return render(request, "errors/error.html", {"status": 422, "message": "no"},
                      status_code=422, keep_writes=way == "page-kept")

    with TestClient(app, base_url="https://testserver", raise_server_exceptions=False) as c:
        yield c


def _written(database: Database) -> int:
    with database.session_scope(write=False) as session:
        return session.exec(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity_id == "999")).one()


@pytest.mark.parametrize(("way", "status", "kept"), [
    ("raised", 422, 0), ("page", 422, 0), ("kept", 401, 1), ("page-kept", 422, 1),
])
def test_a_refusal_rolls_back_unless_it_is_the_evidence_of_the_attempt(
    probe: TestClient, web_database: Database, way: str, status: int, kept: int
) -> None:
    # The probe routes bypass CSRF only because the middleware guards form posts of signed-in
    # users; an anonymous post reaches the route and exercises the transaction alone.
    response = probe.post(f"/probe/{way}")
    assert response.status_code == status, response.text
    assert _written(web_database) == kept
