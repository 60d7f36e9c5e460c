"""The demo's trial records (issue 12 item 7; DESIGN §6): both stages populated through the
services — cohorts at two dose levels with a DLT and the committee's signed decision, the
randomised stage with subjects in both arms and placebo kits, a screen failure with its
reasons, an emergency unblinding, a subject whose bag expired and one whose bag is in
quarantine — and the cohort board reads them as a site would."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import col, select
from time_machine import TimeMachineFixture
from typer.testing import CliRunner

from cellchain.bags.models import Bag
from cellchain.bags.service import effective_status
from cellchain.cli import app
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.lots.models import Lot
from cellchain.trial import cohort_board, randomisation
from cellchain.trial.blinding_models import EmergencyUnblinding, EscalationDecision
from cellchain.trial.models import Subject


def test_the_demo_populates_both_stages(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    env = {"CELLCHAIN_DATA_DIR": str(tmp_path), "CELLCHAIN_DATABASE_URL": ""}
    ran = CliRunner().invoke(app, ["demo", "--db", str(path), "--no-serve"], env=env)
    assert ran.exit_code == 0, ran.output
    database = Database(f"sqlite:///{path}")
    settings = Settings(data_dir=tmp_path, database_url=f"sqlite:///{path}")
    with database.session_scope(write=False) as session:
        subjects = {s.subject_number or s.screening_number: s
                    for s in session.exec(select(Subject))}
        assert len(subjects) >= 8
        escalation = {n: (s.dose_level, s.cohort) for n, s in subjects.items()
                      if s.stage == "escalation"}
        assert escalation == {"RAK101": ("DL1", 1), "RAK102": ("DL1", 1),
                              "RAK103": ("DL1", 1), "RAK104": ("DL2", 2),
                              "RAK001": ("DL2", 2), "RAK002": ("DL2", 2)}
        [decision] = session.exec(select(EscalationDecision)).all()
        assert (decision.dose_level, decision.decision, decision.next_dose_level) == (
            "DL1", "escalate", "DL2")
        board = cohort_board.read_board(session, settings=settings, now=utcnow())
        assert [(v.code, v.tally.treated, v.tally.dlt) for v in board.levels][:2] == [
            ("DL1", 3, 0), ("DL2", 1, 1)]
        assert board.current == ("DL2", 2)

        arms = {n: slot.arm for n, s in subjects.items()
                if (slot := randomisation.slot_of(session, s.id or 0)) is not None}
        assert arms == {"RAK003": "RAK", "RAK004": "RAK", "RAK005": "CONTROL",
                        "RAK006": "CONTROL"}
        kits = session.exec(select(Bag, Lot).join(Lot, col(Lot.id) == col(Bag.lot_id))
                            .where(col(Bag.kit_number).is_not(None))).all()
        assert {lot.lot_type for _, lot in kits} == {"rak", "placebo"}
        assert {bag.product_code[:5] for bag, _ in kits} == {"YA999"}
        held = session.exec(select(Bag).where(Bag.subject_id == subjects["RAK005"].id)).one()
        expired = session.exec(select(Bag).where(Bag.subject_id == subjects["RAK006"].id)).one()
        assert held.status == "quarantine"
        spare = [bag for bag, lot in kits if lot.lot_type == "placebo" and bag.subject_id is None]
        assert len(spare) == 1 and spare[0].status == "released"
        assert effective_status(expired, utcnow()) == "expired"

        [unblinding] = session.exec(select(EmergencyUnblinding)).all()
        assert unblinding.subject_id == subjects["RAK005"].id
        failed = [s for s in subjects.values() if s.status == "screen_failed"]
        assert len(failed) == 1 and "PLT 42" in (failed[0].screen_failure_reasons or "")
    database.dispose()


@pytest.mark.parametrize("clock", ["22:12", "23:55", "00:05"])
def test_the_demo_builds_at_any_time_of_day(tmp_path: Path, time_machine: TimeMachineFixture,
                                            clock: str) -> None:
    """The history is dated back from now: late in the evening a bag received before midnight
    is infused after it, and its day-before labs must still be the infusion day's (the demo
    failed to build between 22:00 and midnight UTC before)."""
    hour, minute = (int(part) for part in clock.split(":"))
    time_machine.move_to(datetime(2026, 12, 1, hour, minute, tzinfo=UTC), tick=True)
    env = {"CELLCHAIN_DATA_DIR": str(tmp_path), "CELLCHAIN_DATABASE_URL": ""}
    ran = CliRunner().invoke(app, ["demo", "--db", str(tmp_path / "demo.db"), "--no-serve"],
                             env=env)
    assert ran.exit_code == 0, ran.output
