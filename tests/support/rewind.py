"""Takes a test database back to an earlier revision by dropping what later migrations made,
so a test can run an upgrade's backfill over records the services wrote."""

from __future__ import annotations

from sqlalchemy import Connection, text

from cellchain.db import Database


def _drop_lot_status_count(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("DROP TRIGGER lot_status_count_apply ON lot"))
        connection.execute(text("DROP FUNCTION lot_status_count_apply()"))
        connection.execute(text("DROP FUNCTION lot_status_count_add(VARCHAR, INTEGER)"))
    else:
        for event in ("insert", "update", "delete"):
            connection.execute(text(f"DROP TRIGGER lot_status_count_{event}"))
    connection.execute(text("DROP TABLE lot_status_count"))


def rewind(database: Database, revision: str) -> None:
    """Back to ``revision`` (0011_entry_check or 0010_performance_indexes)."""
    with database.engine.begin() as connection:
        # 0013_batch_entry_steps_index
        connection.execute(text("CREATE INDEX ix_batch_entry_lot_id ON batch_entry (lot_id)"))
        connection.execute(text("DROP INDEX ix_batch_entry_lot_step"))
        _drop_lot_status_count(connection)
        if revision == "0010_performance_indexes":
            connection.execute(text("DROP TABLE entry_check"))
        else:
            assert revision == "0011_entry_check", revision
        connection.execute(text("UPDATE alembic_version SET version_num = :revision"),
                           {"revision": revision})
