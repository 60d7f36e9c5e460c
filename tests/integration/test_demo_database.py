"""``cellchain demo`` uses the configured database (issue 13 item 0): a site tries the product on
the PostgreSQL it will run; ``--db PATH`` and the data directory's SQLite file stay as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import make_url
from sqlmodel import func, select
from typer.testing import CliRunner

from cellchain import demo as demo_data
from cellchain.auth.models import User
from cellchain.cli import app, demo_settings
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo.identity import seed_identity
from cellchain.lots.models import Lot


def test_without_a_configured_database_the_demo_is_a_file_in_the_data_directory(
        tmp_path: Path) -> None:
    settings, shown = demo_settings(None, Settings(data_dir=tmp_path, database_url=""))
    assert settings.resolved_database_url == f"sqlite:///{tmp_path / 'demo.db'}"
    assert shown == str(tmp_path / "demo.db")
    assert settings.cookie_secure is False


def test_a_configured_database_is_the_demo_database_and_its_password_is_not_shown(
        tmp_path: Path) -> None:
    url = "postgresql+psycopg://site:s3cret@db.example:5432/cellchain"
    settings, shown = demo_settings(None, Settings(data_dir=tmp_path, database_url=url))
    assert settings.resolved_database_url == url
    assert settings.data_dir == tmp_path
    assert "s3cret" not in shown and shown.startswith("postgresql+psycopg://site:")
    assert settings.cookie_secure is False


def test_db_path_wins_over_the_configured_database(tmp_path: Path) -> None:
    url = "postgresql+psycopg://site@db.example:5432/cellchain"
    path = tmp_path / "mine.db"
    settings, shown = demo_settings(path, Settings(data_dir=tmp_path, database_url=url))
    assert settings.resolved_database_url == f"sqlite:///{path.resolve()}"
    assert shown == str(path)


def test_the_demo_command_seeds_the_configured_postgresql_and_writes_no_sqlite_file(
        empty_postgres: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The whole seed is covered on SQLite elsewhere; here the users and the identity lots
    # (without the trial's stages) show where the command writes, in a few seconds.
    for heavy in ("seed_trial_history", "seed_every_state", "seed_bedside",
                  "seed_trial_present"):
        monkeypatch.setattr(demo_data, heavy, lambda *_a, **_k: None)
    def without_trial(session: Any, **kw: Any) -> None:
        seed_identity(session, **{**kw, "trial": False})

    monkeypatch.setattr(demo_data, "seed_identity", without_trial)
    env = {"CELLCHAIN_DATA_DIR": str(tmp_path), "CELLCHAIN_DATABASE_URL": empty_postgres}
    ran = CliRunner().invoke(app, ["demo", "--no-serve"], env=env)
    assert ran.exit_code == 0, ran.output
    shown = make_url(empty_postgres).render_as_string(hide_password=True)
    assert f"Demo database: {shown}" in ran.output
    database = Database(empty_postgres)
    with database.session_scope(write=False) as session:
        names = set(session.exec(select(User.username)))
        assert {user.username for user in demo_data.DEMO_USERS} <= names
        assert session.exec(select(func.count()).select_from(Lot)).one() == 2
    database.dispose()
    assert list(tmp_path.glob("*.db")) == []
