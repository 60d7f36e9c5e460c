"""A tail cut off the audit trail (triggers dropped first, as an attacker with database rights
would) is detected: ``audit verify`` exits 1 naming the first missing sequence and what proves
it existed: a checkpoint file, a signed review or a signature (both databases)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import func, select
from typer.testing import CliRunner

from cellchain.audit.models import AuditEvent
from cellchain.cli import app as cli
from cellchain.config import Settings
from cellchain.db import Database
from tests.factories import make_signed_review, seed_identity_records
from tests.integration.test_audit_trail import _append, drop_append_only_trigger


def _run(database: Database, settings: Settings, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["audit", *args], env={
        "CELLCHAIN_DATABASE_URL": database.url, "CELLCHAIN_DATA_DIR": str(settings.data_dir),
        "CELLCHAIN_SECRET_KEY": settings.secret_key})
    return result.exit_code, result.output


def _head(database: Database) -> int:
    with database.session_scope(write=False) as session:
        return session.exec(select(func.max(AuditEvent.seq))).one() or 0


def _cut_tail(database: Database, keep: int) -> None:
    drop_append_only_trigger(database)
    # Signatures reference their events; a thorough attacker bypasses that check too (the
    # sqlite3 shell leaves foreign keys off; PostgreSQL's replica role skips them).
    if database.is_sqlite:
        with sqlite3.connect(database.url.removeprefix("sqlite:///")) as raw:
            raw.execute("DELETE FROM audit_event WHERE seq > ?", (keep,))
        return
    with database.engine.connect() as conn:
        conn.exec_driver_sql("SET session_replication_role = replica")
        conn.execute(text("DELETE FROM audit_event WHERE seq > :keep"), {"keep": keep})
        conn.commit()


def test_checkpoint_prints_and_keeps_an_authenticated_head(
    database: Database, settings: Settings
) -> None:
    _append(database, 4)
    code, output = _run(database, settings, "checkpoint")
    assert code == 0, output
    written = json.loads(output.splitlines()[0])
    assert written["seq"] == _head(database) and len(written["hmac"]) == 64
    files = list((settings.data_dir / "audit-checkpoints").glob("checkpoint-*.json"))
    assert len(files) == 1 and json.loads(files[0].read_text()) == written
    code, output = _run(database, settings, "verify")
    assert code == 0 and output.splitlines()[-1].startswith(f"ok: {written['seq']} events")


def test_a_tail_cut_after_a_checkpoint_fails_verify_naming_the_missing_sequences(
    database: Database, settings: Settings
) -> None:
    _append(database, 6)
    assert _run(database, settings, "checkpoint")[0] == 0
    head = _head(database)
    _cut_tail(database, head - 3)
    code, output = _run(database, settings, "verify")
    assert code == 1
    assert f"sequence {head} must exist: checkpoint checkpoint-" in output
    assert f"bad: sequence {head - 2} " in output


def test_a_tail_cut_below_a_signature_fails_without_any_checkpoint(
    database: Database, settings: Settings
) -> None:
    make_signed_review(database, settings)  # the review's signature is the newest event
    signed_at = _head(database)
    _append(database, 2)
    _cut_tail(database, signed_at - 3)
    code, output = _run(database, settings, "verify")
    assert code == 1
    assert (f"sequence {signed_at} must exist: signature 1 (Quentin Ashby, "
            "reviewed) proves it") in output
    assert f"bad: sequence {signed_at - 2} " in output


def test_an_altered_or_foreign_checkpoint_file_is_reported(
    database: Database, settings: Settings
) -> None:
    _append(database, 2)
    _run(database, settings, "checkpoint")
    [path] = (settings.data_dir / "audit-checkpoints").glob("checkpoint-*.json")
    fields = json.loads(path.read_text())
    path.write_text(json.dumps({**fields, "seq": fields["seq"] + 5}))
    code, output = _run(database, settings, "verify")
    assert code == 1 and "cannot be trusted: its HMAC does not match" in output
    path.unlink()
    _run(database, settings, "checkpoint")
    [path] = (settings.data_dir / "audit-checkpoints").glob("checkpoint-*.json")
    other = settings.data_dir / "audit-checkpoints" / "checkpoint-other.json"
    other.write_text(path.read_text().replace(fields["chain_id"], "e" * 64))
    code, output = _run(database, settings, "verify")
    assert "checkpoint-other.json" in output
    assert code == 1  # its HMAC no longer matches either: edited files are never trusted


def test_a_signature_row_that_disagrees_with_its_event_fails_verify(
    database: Database, settings: Settings
) -> None:
    make_signed_review(database, settings)
    _append(database, 1)
    drop_signature_trigger(database)
    with database.engine.connect() as conn:
        conn.execute(text("UPDATE signature SET record_hash = :h"), {"h": "0" * 64})
        conn.commit()
    code, output = _run(database, settings, "verify")
    assert code == 1 and "(record hash differ)" in output


def drop_signature_trigger(database: Database) -> None:
    with database.engine.connect() as conn:
        if database.is_sqlite:
            conn.exec_driver_sql("DROP TRIGGER signature_no_update")
        else:
            conn.exec_driver_sql("DROP TRIGGER signature_no_update_delete ON signature")
        conn.commit()


@pytest.mark.parametrize("statement", [
    "UPDATE lot_parent SET cbu_id = cbu_id", "DELETE FROM lot_parent",
    "UPDATE chain_of_identity SET subject_id = subject_id", "DELETE FROM chain_of_identity",
])
def test_chain_of_identity_links_refuse_update_and_delete(
    database: Database, settings: Settings, statement: str
) -> None:
    seed_identity_records(database, settings)
    with pytest.raises(DBAPIError, match="append-only"), database.engine.connect() as conn:
        conn.execute(text(statement))
