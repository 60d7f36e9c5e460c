"""Every failure reaches the user as something they can act on: a page, an htmx flash or JSON.

No traceback or raw exception text ever leaves the server (STYLE §4.7, DESIGN §4.7).
"""

from __future__ import annotations

import logging
import re
import sqlite3

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.exc import OperationalError
from sqlmodel import select

from cellchain.auth import admin_routes
from cellchain.auth.models import User
from cellchain.db import Database
from tests.conftest import login
from tests.factories import CAST

HTMX = {"HX-Request": "true"}


def bearer(client: TestClient, username: str) -> dict[str, str]:
    response = client.post("/api/v1/auth/token",
                           data={"username": username, "password": CAST[username].password})
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def user_exists(database: Database, username: str) -> bool:
    with database.session_scope(write=False) as session:
        return session.exec(select(User).where(User.username == username)).first() is not None


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "signed-in"])
def test_an_unknown_page_gets_a_readable_404_page(client: TestClient, signed_in: bool) -> None:
    if signed_in:
        login(client, "tech")

    response = client.get("/no/such/page")

    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "There is no page at this address" in response.text
    assert "Traceback" not in response.text


def test_a_403_page_names_the_roles_that_may_open_it(client: TestClient) -> None:
    login(client, "clin")

    response = client.get("/lots")

    assert response.status_code == 403
    for label in ("GMP technician", "QC analyst", "QA / qualified person",
                  "Trial product coordinator"):
        assert label in response.text
    assert "Clinician" not in response.text.split('class="error-message"')[1].split("</p>")[0]


def test_a_failed_htmx_request_gets_the_flash_partial_retargeted_to_the_flash_region(
    client: TestClient,
) -> None:
    login(client, "clin")

    response = client.get("/lots", headers=HTMX)

    assert response.status_code == 403
    assert response.headers["hx-retarget"] == "#flash"
    assert response.headers["hx-reswap"] == "innerHTML"
    assert 'class="flash flash-error"' in response.text
    assert "Your roles do not include it" in response.text
    assert "<html" not in response.text


def test_an_out_of_range_query_value_gets_422_naming_the_field_and_the_rule(
    client: TestClient,
) -> None:
    login(client, "qa")

    response = client.get("/audit?page=0")

    assert response.status_code == 422
    assert "page: Input should be greater than or equal to 1" in response.text


def test_a_short_password_for_a_new_user_gets_422_naming_the_rule_and_creates_nobody(
    client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "admin")

    response = client.post("/admin/users", data={
        "csrf_token": csrf, "username": "shorty", "printed_name": "Short Password",
        "password": "too-short", "roles": "qc"})

    assert response.status_code == 422
    assert "password must be at least 12 characters" in response.text
    assert not user_exists(web_database, "shorty")


def test_a_validation_error_in_an_htmx_form_is_flashed_not_rendered_as_a_page(
    client: TestClient,
) -> None:
    login(client, "qa")

    response = client.get("/audit?page=0", headers=HTMX)

    assert response.status_code == 422
    assert response.headers["hx-retarget"] == "#flash"
    assert "page: Input should be greater than or equal to 1" in response.text


@pytest.mark.parametrize(
    ("username", "path", "status", "detail"),
    [
        (None, "/api/v1/me", 401, "Sign in to continue."),
        ("clin", "/api/v1/lots", 403, "Your roles do not include it."),
        ("tech", "/api/v1/lots?status=not-a-state", 422, "status: Input should be"),
        ("tech", "/api/v1/no-such-thing", 404, "There is no page at this address"),
    ],
    ids=["unauthenticated", "forbidden", "invalid", "unknown"],
)
def test_api_errors_are_json_with_a_detail(
    client: TestClient, username: str | None, path: str, status: int, detail: str
) -> None:
    headers = bearer(client, username) if username else {}

    response = client.get(path, headers=headers)

    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    assert detail in response.json()["detail"]


def test_an_unexpected_error_gives_a_500_page_with_a_reference_and_no_internals(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    login(client, "qa")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr("cellchain.dashboard.notifications.open_for", broken)
    with caplog.at_level(logging.ERROR, logger="cellchain.errors"):
        response = client.get("/")

    assert response.status_code == 500
    assert "secret internals" not in response.text
    assert "Traceback" not in response.text
    match = re.search(r"reference ([0-9A-F]{8})", response.text)
    assert match, "the 500 page gives no reference number"
    # The reference leads an administrator to the logged stack trace.
    assert match.group(1) in caplog.text
    assert "secret internals" in caplog.text


def test_an_unexpected_error_in_the_api_is_json_without_internals(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    headers = bearer(client, "tech")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr("cellchain.lots.api.select", broken)
    response = client.get("/api/v1/lots", headers=headers)

    assert response.status_code == 500
    assert "secret internals" not in response.text
    assert re.search(r"reference [0-9A-F]{8}", response.json()["detail"])


def test_an_unexpected_error_after_a_write_saves_nothing(
    client: TestClient, web_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    csrf = login(client, "admin")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internals")

    # The user row and its audit record are written before the route builds its response.
    monkeypatch.setattr(admin_routes, "redirect_with_flash", broken)
    response = client.post("/admin/users", data={
        "csrf_token": csrf, "username": "half-made", "printed_name": "Half Made",
        "password": "long-enough-password", "roles": "qc"})

    assert response.status_code == 500
    assert "nothing was saved" in response.text
    assert not user_exists(web_database, "half-made")


@pytest.mark.parametrize("error", [
    sqlite3.OperationalError("database is locked"),
    OperationalError("SELECT 1", {}, Exception("connection refused")),
], ids=["sqlite-busy", "connection-lost"])
def test_a_database_that_cannot_be_reached_gives_a_503_saying_nothing_was_saved(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    # A SQLite transaction begins on the driver itself (cellchain.db), so a BEGIN that waited
    # out the busy timeout surfaces as sqlite3's error rather than SQLAlchemy's.
    headers = bearer(client, "tech")

    def unavailable(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr("cellchain.lots.api.select", unavailable)
    response = client.get("/api/v1/lots", headers=headers)

    assert response.status_code == 503
    assert "cannot be reached" in response.json()["detail"]
    assert "Nothing was saved" in response.json()["detail"]
