"""Migrations and models describe the same schema; SQLite runs with the GMP pragmas."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

import cellchain.models  # noqa: F401
from cellchain.db import Database
from cellchain.migrate import is_current


def test_migrated_schema_matches_the_models(database: Database) -> None:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        diff = compare_metadata(context, SQLModel.metadata)
    # Indexes named differently are harmless; tables and columns must match exactly.
    structural = [d for d in diff if d[0] in ("add_table", "remove_table", "add_column",
                                               "remove_column")]
    assert structural == []
    assert is_current(database)


def test_sqlite_connections_use_wal_full_sync_and_foreign_keys(database: Database) -> None:
    if not database.is_sqlite:
        return
    with database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_read_only_sessions_cannot_write(database: Database) -> None:
    import pytest
    from sqlalchemy.exc import DBAPIError

    with pytest.raises(DBAPIError), database.session_scope(write=False) as session:
        session.execute(text("UPDATE lot SET status = 'released'"))
