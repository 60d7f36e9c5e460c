"""Every form field, query parameter, path id and API field of every route, sent control
characters, NUL, ids no database holds and numbers in every wrong spelling, on SQLite and on
PostgreSQL: never a 5xx, and text the policy refuses writes nothing (DESIGN §4 rule 7)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient
from httpx import Response
from pydantic import BaseModel
from sqlmodel import func, select

from cellchain.audit.models import AuditEvent
from cellchain.auth import service as auth_service
from cellchain.auth.roles import Role
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.main import create_app
from tests.conftest import login
from tests.factories import SEEDER, seed_identity_records

REFUSED_TEXT = ("door\x00open", "door\x01open", "\x1b[2J")
NUMBERS = ("9,5", "1e-400", "nan", "\u0669\u0665", "1_000", "-1", str(2**63), "9" * 30)
HUGE_IDS = (str(2**31), str(2**63))
EVERY_ROLE_BUT_ADMIN = "fuzz"
PASSWORD = "every-field-tried-26"


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    fields: tuple[str, ...]  # query and form fields (JSON fields for the API)
    json: bool


def _routes(app: FastAPI) -> list[Route]:
    found = []
    for context in iter_route_contexts(app.routes):
        if not isinstance(context.original_route, APIRoute):
            continue
        dependant = context.dependant
        fields: list[str] = [p.alias for p in dependant.query_params]
        json = False
        for body in dependant.body_params:
            annotation = body.field_info.annotation
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                fields += list(annotation.model_fields)
                json = True
            else:
                fields.append(body.alias)
        for method in sorted(context.methods or ()):
            if (method, str(context.path)) != ("POST", "/logout"):
                found.append(Route(method, str(context.path), tuple(fields), json))
    return found


@pytest.fixture
def fuzz_app(settings: Settings, database: Database) -> Iterator[FastAPI]:
    """The app on each database, with the demo's records and a user holding every role that
    may be combined (all but admin), so requests reach the services."""
    seed_identity_records(database, settings)
    with database.session_scope() as session:
        auth_service.add_user(session, actor=SEEDER, username=EVERY_ROLE_BUT_ADMIN,
                              printed_name="Fuzz Everyrole", password=PASSWORD, now=utcnow(),
                              roles=[r for r in Role if r != Role.ADMIN], settings=settings)
    yield create_app(settings, database)


def _audit_count(database: Database) -> int:
    with database.session_scope(write=False) as session:
        return session.exec(select(func.count()).select_from(AuditEvent)).one()


def _send(client: TestClient, route: Route, csrf: str, bearer: str, *, path_value: str = "1",
          field: str | None = None, value: str = "1") -> Response:
    url = re.sub(r"\{[^}]+\}", path_value, route.path)
    values = {name: (value if name == field else "1") for name in route.fields}
    if route.path.startswith("/api/"):
        headers = {"Authorization": f"Bearer {bearer}"}
        if route.json:
            return client.request(route.method, url, json=values, headers=headers)
        if route.method == "GET":
            return client.get(url, params=values, headers=headers)
        return client.request(route.method, url, data=values, headers=headers)
    if route.method == "GET":
        return client.get(url, params=values, follow_redirects=False)
    return client.request(route.method, url, data={**values, "csrf_token": csrf},
                          follow_redirects=False)


def test_no_input_gives_a_5xx_and_refused_text_writes_nothing(
    fuzz_app: FastAPI, database: Database
) -> None:
    routes = _routes(fuzz_app)
    assert len(routes) > 60
    failures: list[str] = []
    with TestClient(fuzz_app, base_url="https://testserver",
                    raise_server_exceptions=False) as client:
        csrf = login(client, EVERY_ROLE_BUT_ADMIN, PASSWORD)
        bearer = client.post("/api/v1/auth/token", data={
            "username": EVERY_ROLE_BUT_ADMIN, "password": PASSWORD}).json()["access_token"]
        for route in routes:
            cases: list[tuple[dict[str, str], bool]] = []
            if "{" in route.path:
                cases += [({"path_value": huge}, True) for huge in HUGE_IDS]
            for field in route.fields:
                cases += [({"field": field, "value": text}, True) for text in REFUSED_TEXT]
                cases += [({"field": field, "value": number}, False) for number in NUMBERS]
            for case, refused in cases:
                before = _audit_count(database) if refused else 0
                response = _send(client, route, csrf, bearer, **case)
                where = f"{route.method} {route.path} {case!r}: {response.status_code}"
                if response.status_code >= 500:
                    failures.append(where)
                elif refused and (response.status_code != 422
                                  or _audit_count(database) != before):
                    failures.append(f"{where} (expected a 422 and no write)")
    assert failures == []
