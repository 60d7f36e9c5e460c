"""The demo's reagents and equipment: one of each kind usable, one lot expired, one in
quarantine, one incubator overdue for calibration (DESIGN §6)."""

from __future__ import annotations

import pytest

from cellchain.audit import service as audit
from cellchain.audit.service import Actor
from cellchain.clock import utcnow
from cellchain.db import Database
from cellchain.demo.materials import seed_materials
from cellchain.errors import TransitionBlocked
from cellchain.materials import service
from cellchain.materials.rules import MaterialCondition, MaterialKind, material_condition

SEEDER = Actor.system("tests.seed_materials")


def test_demo_materials_cover_every_kind_and_each_refusal(database: Database) -> None:
    now = utcnow()
    today = now.date()
    with database.session_scope() as session:
        lots, equipment = seed_materials(session, actor=SEEDER, now=now)
        assert seed_materials(session, actor=SEEDER, now=now) == ([], [])  # once only
        conditions = [(lot.kind, material_condition(lot, today)) for lot in lots]
        usable = [lot.code for lot in lots
                  if material_condition(lot, today) == MaterialCondition.RELEASED]
        expired = [lot for lot in lots if material_condition(lot, today)
                   == MaterialCondition.EXPIRED]
        quarantined = [lot for lot in lots if lot.status == "quarantine"]
    assert {k for k, c in conditions if c == MaterialCondition.RELEASED} == {
        k.value for k in MaterialKind}
    assert len(usable) == 8
    assert [(lot.kind, lot.status) for lot in expired] == [("il2", "released")]
    assert [lot.kind for lot in quarantined] == ["medium"]
    assert [eq.asset_number for eq in equipment] == [
        "INC-01", "BSC-01", "CEN-01", "CNT-01", "INC-02"]
    with database.session_scope() as session:
        service.resolve_for_step(session, material_codes=usable,
                                 asset_numbers=["INC-01", "BSC-01", "CEN-01", "CNT-01"],
                                 today=today)
        with pytest.raises(TransitionBlocked) as refusal:
            service.resolve_for_step(
                session, material_codes=[expired[0].code, quarantined[0].code],
                asset_numbers=["INC-02"], today=today)
        assert audit.verify(session).ok
    assert [r.split(" ")[0:3] for r in refusal.value.reasons] == [
        ["IL-2", "lot", expired[0].code], ["Medium", "lot", quarantined[0].code],
        ["Incubator", "INC-02", "is"]]
    assert "calibration date" in refusal.value.reasons[-1]
