"""``cellchain labels render KIND ID --format … --out FILE`` (DESIGN §6) for every kind."""

from __future__ import annotations

import getpass
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import col, select
from typer.testing import CliRunner

from cellchain.audit.models import AuditEvent
from cellchain.cli import app
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.labels.data import LabelKind
from cellchain.labels.models import LabelPrint
from cellchain.labels.render import FORMATS
from cellchain.labels.service import CLI_REPRINT_REASON, label_data_for
from tests.conftest import _settings
from tests.factories import seed_identity_records
from tests.support.decode import decode_png

RUNNER = CliRunner()


@pytest.fixture
def web_settings(sqlite_url: str, tmp_path: Path) -> Settings:
    """``--db PATH`` names a SQLite file (DESIGN §6), so these run on SQLite only."""
    return _settings(sqlite_url, tmp_path)


@pytest.fixture
def db_file(web_database: Database, web_settings: Settings) -> Path:
    seed_identity_records(web_database, web_settings)
    return Path(web_settings.resolved_database_url.removeprefix("sqlite:///"))


@pytest.mark.parametrize(("kind", "record_id", "symbols"), [
    ("bag", 1, {"Code128", "DataMatrix"}), ("cbu", 1, {"Code128", "DataMatrix"}),
    ("sample", 1, {"Code128", "DataMatrix"}), ("wristband", 1, {"QRCode"}),
    ("lot", 1, {"Code128", "DataMatrix"}),
])
def test_each_kind_renders_in_every_format_and_its_png_reads_back(
    db_file: Path, tmp_path: Path, web_database: Database, web_settings: Settings,
    kind: str, record_id: int, symbols: set[str],
) -> None:
    with web_database.session_scope(write=False) as session:
        label = label_data_for(session, LabelKind(kind), record_id, web_settings)
    for fmt in FORMATS:
        out = tmp_path / f"{kind}.{fmt}"
        result = RUNNER.invoke(app, ["labels", "render", kind, str(record_id), "--format", fmt,
                                     "--out", str(out), "--db", str(db_file)])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
    assert (tmp_path / f"{kind}.pdf").read_bytes().startswith(b"%PDF")
    assert label.label_2d in (tmp_path / f"{kind}.zpl").read_text(encoding="utf-8")
    decoded = decode_png((tmp_path / f"{kind}.png").read_bytes(), rotate=270, scale_to_dpi=203)
    assert {fmt for fmt, _ in decoded} == symbols
    assert label.label_2d in {text for _, text in decoded}
    # A rendered file is a real label: each render is a controlled print in the print log.
    with web_database.session_scope(write=False) as session:
        prints = session.exec(select(LabelPrint).where(
            LabelPrint.kind == kind, LabelPrint.record_id == record_id)
            .order_by(col(LabelPrint.id))).all()
        assert [p.output for p in prints] == [f"{f} file {kind}.{f}" for f in FORMATS]
        assert [p.is_reprint for p in prints] == [False, True, True, True]
        assert [p.reason for p in prints] == [None, *[CLI_REPRINT_REASON] * 3]
        assert {p.printed_by_name for p in prints} == {f"cli:{getpass.getuser()}"}
        actions = session.exec(select(AuditEvent.action).where(
            AuditEvent.entity_type == kind, AuditEvent.entity_id == record_id,
            col(AuditEvent.action).like("label.%"))).all()
        assert sorted(actions) == ["label.printed", *["label.reprinted"] * 3]


def test_a_reprint_reason_given_on_the_command_line_is_logged(
    db_file: Path, tmp_path: Path, web_database: Database
) -> None:
    for reason in ("", "label smudged"):
        result = RUNNER.invoke(app, ["labels", "render", "cbu", "1", "--out",
                                     str(tmp_path / "cbu.svg"), "--reason", reason,
                                     "--db", str(db_file)])
        assert result.exit_code == 0, result.output
    assert "a reprint" in result.output
    with web_database.session_scope(write=False) as session:
        last = session.exec(select(LabelPrint).where(LabelPrint.kind == "cbu")
                            .order_by(col(LabelPrint.id).desc())).first()
        assert last is not None and last.is_reprint and last.reason == "label smudged"


def test_a_bad_kind_format_or_id_exits_2_with_a_message(db_file: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "x")
    cases = {
        ("labels", "render", "tube", "1", "--out", out): "KIND must be one of",
        ("labels", "render", "bag", "1", "--format", "gif", "--out", out): "--format must be",
        ("labels", "render", "bag", "999", "--out", out): "No bag with id 999",
    }
    for args, message in cases.items():
        result = RUNNER.invoke(app, [*args, "--db", str(db_file)])
        assert result.exit_code == 2 and message in result.output, result.output


def test_a_wristband_needs_a_subject_number(db_file: Path, tmp_path: Path) -> None:
    # Subject 5 of the demo is still in screening.
    result = RUNNER.invoke(app, ["labels", "render", "wristband", "5", "--out",
                                 str(tmp_path / "w.svg"), "--db", str(db_file)])
    assert result.exit_code == 2 and "has no subject number yet" in result.output


def test_after_cellchain_demo_the_other_commands_find_the_demo_database(tmp_path: Path) -> None:
    """README order: `cellchain demo --no-serve`, then commands without --db."""
    env = {"CELLCHAIN_DATA_DIR": str(tmp_path), "CELLCHAIN_DATABASE_URL": ""}
    demo = RUNNER.invoke(app, ["demo", "--no-serve"], env=env)
    assert demo.exit_code == 0, demo.output
    assert (tmp_path / "demo.db").exists()
    verify = RUNNER.invoke(app, ["audit", "verify"], env=env)
    assert verify.exit_code == 0, verify.output
    assert "using the demo database" in verify.output
    assert verify.output.strip().splitlines()[-1].startswith("ok: ")
    out = tmp_path / "bag.png"
    with sqlite3.connect(tmp_path / "demo.db") as db:
        # RAK001's bag, at the ward and in date (earlier cohorts' bags are infused).
        [(bag_id,)] = db.execute("SELECT bag.id FROM bag JOIN subject ON subject.id = "
                                 "bag.subject_id WHERE subject_number = 'RAK001'").fetchall()
    render = RUNNER.invoke(app, ["labels", "render", "bag", str(bag_id), "--format", "png",
                                 "--out", str(out)], env=env)
    assert render.exit_code == 0, render.output
    assert "DataMatrix" in {fmt for fmt, _ in decode_png(out.read_bytes())}
