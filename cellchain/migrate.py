"""Schema upgrades through Alembic; the app and CLI never call ``create_all``."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from cellchain.db import Database
from cellchain.paths import MIGRATIONS_DIR

# Arbitrary constant naming the PostgreSQL advisory lock that serialises schema upgrades.
_UPGRADE_LOCK = 0x6D696772  # "migr"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(database: Database, revision: str = "head") -> None:
    """Brings the database schema up to revision (default: the newest)."""
    config = alembic_config(database.url)
    with database.engine.begin() as connection:
        if not database.is_sqlite:
            # Every `cellchain serve` upgrades as it starts, and a site restarts its processes
            # together after installing a release: unserialised, each ran the pending
            # migrations and all but the first failed to start on what the first created. The
            # lock lasts the transaction; the next holder then finds the schema current.
            # (SQLite's upgrade transaction already takes the one write lock: BEGIN IMMEDIATE.)
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                               {"key": _UPGRADE_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def is_current(database: Database) -> bool:
    """Returns whether the database is at the newest migration."""
    script = ScriptDirectory.from_config(alembic_config(database.url))
    with database.read_engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_heads()
    return set(current) == set(script.get_heads())
