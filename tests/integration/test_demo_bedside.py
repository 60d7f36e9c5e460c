"""``cellchain demo`` custody and bedside records (issue 11 item 7): bags at every custody
stage, two bags of one lot at the ward for two subjects (RAK001's is GO today), an infused
bag with its confirmed GO, infusion and vital signs, and a STOP in the history."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from sqlmodel import col, select
from typer.testing import CliRunner

from cellchain.bags.models import Bag
from cellchain.bedside import service
from cellchain.bedside.models import BedsideConfirmation, BedsideVerification, Infusion, VitalSign
from cellchain.cli import app
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.custody.models import TemperatureExcursion
from cellchain.db import Database
from cellchain.demo.bedside import principal_of
from cellchain.labels.data import LabelKind
from cellchain.labels.service import label_data_for
from cellchain.trial.models import Subject


def test_the_demo_has_every_custody_stage_an_infusion_and_a_stop(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    env = {"CELLCHAIN_DATA_DIR": str(tmp_path), "CELLCHAIN_DATABASE_URL": ""}
    for _ in range(2):  # a second run adds nothing
        ran = CliRunner().invoke(app, ["demo", "--db", str(path), "--no-serve"], env=env)
        assert ran.exit_code == 0, ran.output
    database = Database(f"sqlite:///{path}")
    settings = Settings(data_dir=tmp_path, database_url=f"sqlite:///{path}")
    with database.session_scope() as session:
        statuses = Counter(session.exec(select(Bag.status)))
        assert {"released", "dispatched", "at_ward", "infused", "returned",
                "quarantine"} <= set(statuses)
        at_ward = session.exec(select(Bag).where(Bag.status == "at_ward")).all()
        assert len(at_ward) == 2 and len({b.lot_id for b in at_ward}) == 1
        assert len({b.subject_id for b in at_ward}) == 2
        assert session.exec(select(TemperatureExcursion).where(
            col(TemperatureExcursion.acknowledged_at).is_(None))).all() != []

        rak004 = session.exec(select(Subject).where(Subject.subject_number == "RAK004")).one()
        infusion = session.exec(select(Infusion).where(
            Infusion.subject_id == rak004.id)).one()
        check = session.get(BedsideVerification, infusion.verification_id)
        assert check is not None and check.verdict == "go"
        assert session.get(BedsideConfirmation, check.id) is not None
        assert len(session.exec(select(VitalSign).where(
            VitalSign.infusion_id == infusion.id)).all()) == 6
        stops = session.exec(select(BedsideVerification).where(
            BedsideVerification.verdict == "stop")).all()
        assert [[c["name"] for c in json.loads(s.checks) if not c["passed"]]
                for s in stops] == [["coi_match"]]

        rak001 = session.exec(select(Subject).where(Subject.subject_number == "RAK001")).one()
        bag = session.exec(select(Bag).where(Bag.subject_id == rak001.id)).one()
        _, result = service.verify(
            session, principal=principal_of(session, "clinician"),
            wristband=label_data_for(session, LabelKind.WRISTBAND, rak001.id or 0,
                                     settings).label_2d,
            bag=label_data_for(session, LabelKind.BAG, bag.id or 0, settings).label_2d,
            acknowledged=False, settings=settings, now=utcnow())
        assert result.verdict == "go", [c for c in result.checks if not c.passed]
    database.dispose()
