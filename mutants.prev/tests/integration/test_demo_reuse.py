"""``cellchain demo --db EXISTING`` reuses a demo database whose lots have moved on."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import func, select
from typer.testing import CliRunner

from cellchain.audit.service import Actor
from cellchain.cli import app
from cellchain.clock import utcnow
from cellchain.db import Database
from cellchain.lots import service as lots
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState


def test_a_demo_database_whose_planned_lot_was_activated_is_reused(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    env = {"CELLCHAIN_DATA_DIR": str(tmp_path), "CELLCHAIN_DATABASE_URL": ""}
    first = CliRunner().invoke(app, ["demo", "--db", str(path), "--no-serve"], env=env)
    assert first.exit_code == 0, first.output
    database = Database(f"sqlite:///{path}")
    with database.session_scope() as session:
        planned = session.exec(select(Lot).where(Lot.status == "planned")).one()
        lots.transition(session, actor=Actor(None, "a demo user"), lot=planned,
                        target=LotState.ACTIVATED, now=utcnow())
        count = session.exec(select(func.count()).select_from(Lot)).one()
    database.dispose()
    again = CliRunner().invoke(app, ["demo", "--db", str(path), "--no-serve"], env=env)
    assert again.exit_code == 0, again.output
    assert "technician" in again.output
    database = Database(f"sqlite:///{path}")
    with database.session_scope(write=False) as session:
        assert session.exec(select(func.count()).select_from(Lot)).one() == count
    database.dispose()
