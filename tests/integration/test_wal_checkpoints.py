"""SQLite checkpoints run in the served app's background thread (cellchain.wal), not inside a
request's commit; the in-commit checkpoint stays only as a backstop."""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import text

from cellchain.config import Settings
from cellchain.db import Database
from cellchain.main import create_app
from cellchain.wal import BACKSTOP_PAGES, Checkpointer


def _write_rows(database: Database, rows: int) -> None:
    with database.session_scope() as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS filler (x TEXT)"))
    for _ in range(rows):
        with database.session_scope() as session:
            session.execute(text("INSERT INTO filler VALUES (:x)"), {"x": "x" * 3000})


def test_a_commit_leaves_the_log_to_the_checkpointer_which_copies_all_of_it(
    sqlite_url: str,
) -> None:
    database = Database(sqlite_url)
    with database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA wal_autocheckpoint")).scalar() == BACKSTOP_PAGES
    _write_rows(database, 400)  # ~1,200 pages: past SQLite's default in-commit checkpoint
    assert database.sqlite_path is not None
    checkpointer = Checkpointer(database.sqlite_path)
    busy, frames, done = checkpointer.checkpoint()
    assert busy == 0 and frames > 1000 and done == frames  # nothing was checkpointed before
    checkpointer.stop()
    database.dispose()


def test_the_served_app_runs_the_checkpointer_while_it_runs(
    sqlite_url: str, tmp_path: Path,
) -> None:
    settings = Settings(database_url=sqlite_url, data_dir=tmp_path, scheduler_enabled=False,
                        secret_key="test-secret-key")
    database = Database(sqlite_url)

    def running() -> bool:
        return any(t.name == "cellchain-wal-checkpoint" for t in threading.enumerate())

    with TestClient(create_app(settings, database)):
        assert running()
    assert not running()
    database.dispose()


def test_postgresql_has_no_checkpointer(empty_postgres: str, tmp_path: Path) -> None:
    assert Database(empty_postgres).sqlite_path is None
