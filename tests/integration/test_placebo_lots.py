"""Study-product lots of the randomised stage (issue 12 item 4): placebo kit lots planned by
the coordinator without starting material, made under PLACEBO v1, tested against PLACEBO-QC v1
and released only through QA's signed release gate; RAK kit lots planned with their lot type
and dose level. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlmodel import select

from cellchain.bags.models import Bag
from cellchain.batch import planning, steps
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo.manufacture import accepted_unit, materials_for
from cellchain.demo.placebo import make_placebo_lot
from cellchain.errors import BadInput, TransitionBlocked
from cellchain.isbt128.din import Din
from cellchain.lots import service as lots
from cellchain.lots.models import LotParent
from cellchain.release.rules import Decision
from tests.factories import audit_events, cast_actor, releaser

PENDING = frozenset({"sterility_14d"})


def _changes(database: Database, lot_id: int | None) -> dict[str, object]:
    (event,) = audit_events(database, "lot.process_assigned", lot_id)
    return {c["field"]: c["new"] for c in json.loads(event.changes or "[]")}


def test_the_coordinator_plans_a_placebo_lot_with_no_starting_material(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        lot = planning.plan_placebo_lot(session, actor=cast_actor(session, "coord"),
                                        dose_level="DL2", settings=settings, now=utcnow())
        assert (lot.lot_type, lot.dose_level, lot.status) == ("placebo", "DL2", "planned")
        assert (lot.process_name, lot.process_version) == ("PLACEBO", "1")
        assert (lot.qc_spec_name, lot.qc_spec_version) == ("PLACEBO-QC", "1")
        assert lot.target_dose_cells is None and lot.cell_source is None
        # A placebo has no donor: no parent link, so no donor trace reaches it.
        assert session.exec(select(LotParent).where(LotParent.lot_id == lot.id)).all() == []
        lot_id = lot.id
    assert _changes(database, lot_id) == {
        "process": "PLACEBO v1", "lot_type": "placebo", "dose_level": "DL2",
        "qc_specification": "PLACEBO-QC v1"}


@pytest.mark.parametrize(("dose_level", "message"), [
    ("DL1", "kits are made for the Randomised comparison dose level DL2, not DL1"),
    ("DL9", "dose level 'DL9' is not one of the trial's dose levels (DL1, DL2, DL3)"),
])
def test_a_placebo_lot_is_refused_for_any_other_dose_level(
    database: Database, settings: Settings, dose_level: str, message: str
) -> None:
    with database.session_scope() as session, pytest.raises(BadInput) as refused:
        planning.plan_placebo_lot(session, actor=cast_actor(session, "coord"),
                                  dose_level=dose_level, settings=settings, now=utcnow())
    assert refused.value.message == message and refused.value.field == "dose_level"


def test_a_rak_kit_lot_takes_its_target_dose_from_its_dose_level(
    database: Database, settings: Settings
) -> None:
    now = utcnow()
    with database.session_scope() as session:
        tech, qa = cast_actor(session, "tech"), cast_actor(session, "qa")
        unit = accepted_unit(session, actor=tech, qa=qa, din=Din("A9991", "26", "007301"),
                             now=now)
        lot = planning.plan_for_manufacture(session, actor=tech, cbu_ids=[unit.id or 0],
                                            settings=settings, now=now, target_dose_cells=None,
                                            lot_type="rak", dose_level="DL2")
        assert (lot.lot_type, lot.dose_level, lot.target_dose_cells) == ("rak", "DL2", 3e9)
        lot_id = lot.id
    changes = _changes(database, lot_id)
    assert (changes["lot_type"], changes["dose_level"], changes["target_dose_cells"]) == (
        "rak", "DL2", 3e9)


@pytest.mark.parametrize(("kwargs", "field", "message"), [
    ({"lot_type": "placebo", "dose_level": "DL2"}, "lot_type",
     "a placebo lot has no starting material; plan it as a placebo kit lot"),
    ({"lot_type": "sham", "dose_level": "DL2"}, "lot_type",
     "lot type must be 'rak' or 'placebo', not 'sham'"),
    ({"lot_type": "rak"}, "dose_level", "a kit lot needs its dose level"),
    ({"lot_type": "rak", "dose_level": "DL3"}, "dose_level",
     "kits are made for the Randomised comparison dose level DL2, not DL3"),
    ({"dose_level": "DL1", "target_dose_cells": 3e9}, "target_dose",
     "target dose 3e+09 is not dose level DL1's 1e+09 viable cells"),
])
def test_planning_refuses_an_inconsistent_lot_type_or_dose_level(
    database: Database, settings: Settings, kwargs: dict[str, object], field: str, message: str
) -> None:
    now = utcnow()
    with database.session_scope() as session:
        tech, qa = cast_actor(session, "tech"), cast_actor(session, "qa")
        unit = accepted_unit(session, actor=tech, qa=qa, din=Din("A9991", "26", "007302"),
                             now=now)
        with pytest.raises(BadInput) as refused:
            planning.plan_for_manufacture(
                session, actor=tech, cbu_ids=[unit.id or 0], settings=settings, now=now,
                **{"target_dose_cells": None, **kwargs})  # type: ignore[arg-type]
    assert (refused.value.field, refused.value.message) == (field, message)


def test_an_escalation_lot_may_name_its_dose_level_without_a_lot_type(
    database: Database, settings: Settings
) -> None:
    now = utcnow()
    with database.session_scope() as session:
        tech, qa = cast_actor(session, "tech"), cast_actor(session, "qa")
        unit = accepted_unit(session, actor=tech, qa=qa, din=Din("A9991", "26", "007303"),
                             now=now)
        lot = planning.plan_for_manufacture(session, actor=tech, cbu_ids=[unit.id or 0],
                                            settings=settings, now=now, target_dose_cells=1e9,
                                            dose_level="DL1")
        assert (lot.lot_type, lot.dose_level, lot.target_dose_cells) == (None, "DL1", 1e9)


def test_the_release_gate_refuses_a_placebo_lot_until_its_required_results_are_in(
    database: Database, settings: Settings
) -> None:
    day0 = utcnow() - timedelta(hours=5)
    with database.session_scope() as session:
        lot = make_placebo_lot(session, planner=cast_actor(session, "coord"),
                               maker=cast_actor(session, "tech"),
                               checker=cast_actor(session, "qc"),
                               qa=cast_actor(session, "qa2"), settings=settings, day0=day0)
        assert lot.status == "in_qc"
        made = session.exec(select(Bag).where(Bag.lot_id == lot.id)).all()
        assert len(made) == 2 and all(b.product_code.startswith("YA999") and b.kit_number
                                      for b in made)
        testing = releaser(session, settings)
        testing.results(session, lot, utcnow(), skip=PENDING | {"appearance"})
        with pytest.raises(TransitionBlocked) as refused:
            testing.decide(session, lot, Decision.CONDITIONALLY_RELEASED, "placebo kits",
                           utcnow())
        assert refused.value.reasons == [
            "Appearance: no result yet; it is required at release."]
        assert lots.get_lot(session, lot.id or 0).status == "in_qc"
        testing.results(session, lot, utcnow(), only=frozenset({"appearance"}))
        testing.decide(session, lot, Decision.CONDITIONALLY_RELEASED,
                       "14-day sterility pending", utcnow())
        assert lot.status == "conditionally_released"
        assert {b.status for b in made} == {"released"}
        lot_id = lot.id
    (decided,) = audit_events(database, "release.decided", lot_id)
    assert json.loads(decided.data or "{}")["pending_tests"] == ["14-day sterility"]


def test_a_placebo_volume_outside_the_rak_kit_range_opens_a_deviation(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        lot = make_placebo_lot(session, planner=cast_actor(session, "coord"),
                               maker=cast_actor(session, "tech"),
                               checker=cast_actor(session, "qc"),
                               qa=cast_actor(session, "qa2"), settings=settings,
                               day0=utcnow() - timedelta(hours=5), until="vehicle_inspection")
        recorded = steps.record_step(
            session, actor=cast_actor(session, "tech"), lot=lot, step_id="formulation",
            raw_values={"bag_count": "1", "volume_per_bag_ml": "300", "expiry_hours": "6"},
            material_codes=materials_for(session, ("infusion_bag",), utcnow().date()),
            asset_numbers=["BSC-01"], settings=settings, now=utcnow())
        assert recorded.findings == [
            "Volume per bag 300 mL is outside the acceptance range 50 mL-200 mL"]
        assert recorded.deviation_number is not None and lot.status == "on_hold"
