"""The audit trail on a real database: same transaction, append-only, never forked, verifiable."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import func, select
from typer.testing import CliRunner

from cellchain.audit import service as audit
from cellchain.audit.models import AuditEvent
from cellchain.audit.service import Actor, Change
from cellchain.cli import app as cli
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from tests.factories import make_signed_review

ACTOR = Actor(1, "Tess Tech")


def _count(database: Database) -> int:
    with database.session_scope(write=False) as session:
        return session.exec(select(func.count()).select_from(AuditEvent)).one()


def _append(database: Database, n: int = 1) -> None:
    with database.session_scope() as session:
        for i in range(n):
            audit.record(session, actor=ACTOR, action="lot.status_changed", entity_type="lot",
                         entity_id=i, now=utcnow(), changes=[Change("status", "a", "b")])


def drop_append_only_trigger(database: Database) -> None:
    """What an attacker with database rights would do first."""
    with database.engine.connect() as conn:
        if database.is_sqlite:
            conn.exec_driver_sql("DROP TRIGGER audit_event_no_update")
            conn.exec_driver_sql("DROP TRIGGER audit_event_no_delete")
        else:
            conn.exec_driver_sql("DROP TRIGGER audit_event_no_update_delete ON audit_event")
        conn.commit()


def test_an_audit_record_is_written_in_the_callers_transaction(database: Database) -> None:
    before = _count(database)
    with pytest.raises(RuntimeError), database.session_scope() as session:
        audit.record(session, actor=ACTOR, action="lot.status_changed", entity_type="lot",
                     entity_id=1, now=utcnow())
        raise RuntimeError("the business change failed")
    assert _count(database) == before
    _append(database)
    assert _count(database) == before + 1


@pytest.mark.parametrize("statement", [
    "UPDATE audit_event SET actor_name = 'Mallory' WHERE seq = 1",
    "DELETE FROM audit_event WHERE seq = 1",
    "UPDATE signature SET printed_name = 'Mallory'",
    "DELETE FROM audit_review",
])
def test_the_database_refuses_to_change_or_delete_evidence(
    database: Database, settings: Settings, statement: str
) -> None:
    make_signed_review(database, settings)
    before = _count(database)
    with pytest.raises(DBAPIError, match="append-only"), database.engine.connect() as conn:
        conn.execute(text(statement))
    assert _count(database) == before


def test_postgresql_refuses_to_truncate_the_audit_trail(database: Database) -> None:
    if database.is_sqlite:
        pytest.skip("SQLite has no TRUNCATE")
    with pytest.raises(DBAPIError, match="append-only"), database.engine.connect() as conn:
        conn.execute(text("TRUNCATE audit_event CASCADE"))


def test_concurrent_writers_never_fork_the_chain(database: Database) -> None:
    threads, per_thread = 8, 15
    barrier = threading.Barrier(threads)
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            barrier.wait()
            for _ in range(per_thread):
                _append(database)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    workers = [threading.Thread(target=writer) for _ in range(threads)]
    before = _count(database)
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == []
    with database.session_scope(write=False) as session:
        rows = session.exec(select(AuditEvent.seq, AuditEvent.prev_hash)).all()
        result = audit.verify(session)
    assert len(rows) == before + threads * per_thread
    assert len({prev for _, prev in rows}) == len(rows), "two records share a predecessor"
    assert sorted(seq for seq, _ in rows) == list(range(1, len(rows) + 1))
    assert result.ok and result.count == len(rows)


def _cli_verify(database: Database) -> tuple[int, str]:
    runner = CliRunner()
    result = runner.invoke(cli, ["audit", "verify"],
                           env={"CELLCHAIN_DATABASE_URL": database.url})
    return result.exit_code, result.output


def test_cli_verify_prints_ok_with_count_and_head(database: Database) -> None:
    _append(database, 3)
    with database.session_scope(write=False) as session:
        count = session.exec(select(func.count()).select_from(AuditEvent)).one()
        _, head = audit.head(session)
    code, output = _cli_verify(database)
    assert code == 0
    assert output.strip().splitlines()[-1] == f"ok: {count} events, head {head}"


@pytest.mark.parametrize("tamper", [
    "UPDATE audit_event SET actor_name = 'Mallory' WHERE seq = 4",
    "UPDATE audit_event SET changes = '[]' WHERE seq = 4",
    "DELETE FROM audit_event WHERE seq = 4",
])
def test_cli_verify_exits_1_naming_a_record_edited_after_the_trigger_was_dropped(
    database: Database, tamper: str
) -> None:
    _append(database, 6)
    drop_append_only_trigger(database)
    with database.engine.connect() as conn:
        conn.execute(text(tamper))
        conn.commit()
    code, output = _cli_verify(database)
    assert code == 1
    assert "sequence 4" in output
