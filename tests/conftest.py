"""Shared fixtures: a fresh, migrated database per test (SQLite always, PostgreSQL when
``CELLCHAIN_TEST_POSTGRES_URL`` is set), a cast of users (one per role), and web clients.

Each database is copied from a template that was migrated once and seeded with the cast, so a
test pays for neither migrations nor argon2 hashing.
"""

from __future__ import annotations

import os
import re
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, make_url, text

from cellchain.config import Settings
from cellchain.db import Database
from cellchain.main import create_app
from cellchain.migrate import upgrade
from tests.factories import CAST, seed_cast

PG_URL = os.environ.get("CELLCHAIN_TEST_POSTGRES_URL", "")
if os.environ.get("CI") and not PG_URL:
    raise RuntimeError("CI must set CELLCHAIN_TEST_POSTGRES_URL so the suite runs on PostgreSQL")


def _settings(url: str, data_dir: Path) -> Settings:
    return Settings(
        database_url=url, data_dir=data_dir, scheduler_enabled=False,
        secret_key="test-secret-key", cookie_secure=True, site_timezone="Europe/London",
    )


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    database = Database(f"sqlite:///{path}")
    upgrade(database)
    seed_cast(database, _settings(database.url, path.parent))
    database.dispose()
    return path


def _pg_admin_engine():  # type: ignore[no-untyped-def]
    return create_engine(PG_URL, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    if not PG_URL:
        pytest.skip("CELLCHAIN_TEST_POSTGRES_URL is not set")
    name = f"cellchain_tpl_{os.getpid()}"
    admin = _pg_admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    database = Database(url)
    upgrade(database)
    seed_cast(database, _settings(url, Path("/tmp")))
    database.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _fresh_sqlite(template: Path, tmp_path: Path) -> str:
    # The backup API copies a consistent image, WAL contents included (never a raw file copy).
    target = tmp_path / "cellchain.db"
    with sqlite3.connect(template) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return f"sqlite:///{target}"


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh migrated database with the cast, on each database the suite can reach."""
    if request.param == "sqlite":
        yield _fresh_sqlite(request.getfixturevalue("sqlite_template"), tmp_path)
        return
    with fresh_postgres(request.getfixturevalue("postgres_template")) as url:
        yield url


@contextmanager
def fresh_postgres(template: str | None = None) -> Iterator[str]:
    """A new PostgreSQL database, a copy of ``template`` or empty; dropped afterwards."""
    name = f"cellchain_t_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin_engine()
    copy = f' TEMPLATE "{template}"' if template else ""
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def empty_postgres() -> Iterator[str]:
    """A new, empty PostgreSQL database (no schema), dropped afterwards."""
    if not PG_URL:
        pytest.skip("CELLCHAIN_TEST_POSTGRES_URL is not set")
    with fresh_postgres() as url:
        yield url


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    """A fresh migrated SQLite database with the cast (for tests that need only one engine)."""
    return _fresh_sqlite(sqlite_template, tmp_path)


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    return _settings(db_url, tmp_path)


@pytest.fixture
def database(settings: Settings) -> Iterator[Database]:
    database = Database(settings.resolved_database_url)
    yield database
    database.dispose()


@pytest.fixture
def web_settings(db_url: str, tmp_path: Path) -> Settings:
    """Web and browser tests run on each database the suite can reach, like the services."""
    return _settings(db_url, tmp_path)


@pytest.fixture
def web_database(web_settings: Settings) -> Iterator[Database]:
    database = Database(web_settings.resolved_database_url)
    yield database
    database.dispose()


@pytest.fixture
def app(web_settings: Settings, web_database: Database):  # type: ignore[no-untyped-def]
    return create_app(web_settings, web_database)


@pytest.fixture
def client(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(app, base_url="https://testserver", raise_server_exceptions=False) as c:
        yield c


def csrf_from(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html) or re.search(
        r'data-csrf="([^"]+)"', html)
    assert match, "page carries no CSRF token"
    return match.group(1)


def login(client: TestClient, username: str, password: str | None = None) -> str:
    """Signs in through the real login form; returns the session's CSRF token."""
    page = client.get("/login")
    response = client.post(
        "/login",
        data={"username": username, "password": password or CAST[username].password,
              "csrf_token": csrf_from(page.text), "next": "/"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return csrf_from(client.get("/").text)


def bearer_token(client: TestClient, username: str) -> str:
    """Returns an API token for a cast member from the real token endpoint."""
    response = client.post("/api/v1/auth/token",
                           data={"username": username, "password": CAST[username].password})
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token
