"""One lot made from planning to formulation through the batch-record service, and every
refusal path: unusable materials and equipment, steps out of order or out of window,
out-of-specification values, holds, corrections, second-person checks (both databases)."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlmodel import Session, col, select

from cellchain.audit.service import Actor
from cellchain.bags.models import Bag
from cellchain.batch import checks, definitions, planning, steps
from cellchain.batch import entries as batch_entries
from cellchain.batch.models import EntryCheck, EntryVerification
from cellchain.batch.view import lot_record
from cellchain.cbu import service as cbu_service
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo.materials import seed_materials
from cellchain.deviations import service as deviations
from cellchain.errors import BadInput, Conflict, TransitionBlocked
from cellchain.isbt128.din import Din
from cellchain.isbt128.product_code import ProductCode
from cellchain.labels.data import LabelKind
from cellchain.labels.service import label_data_for
from cellchain.lots import service as lots
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.materials.models import MaterialLot
from cellchain.migrate import upgrade
from cellchain.qc.models import QcSample
from cellchain.signatures import service as signatures
from tests.factories import CAST, audit_events, principal_for
from tests.support.race import one_winner, race
from tests.support.rewind import rewind

DAY0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
TECH = Actor(1, "Tess Tech")
OTHER = Actor(2, "Quinn Cole")
EQUIPMENT = {
    "activation": ["BSC-01", "INC-01", "CNT-01"], "transfer": ["BSC-01", "CNT-01", "INC-01"],
    "feed": ["BSC-01", "CNT-01"], "inprocess_qc": [],
    "harvest": ["BSC-01", "CEN-01", "CNT-01"], "formulation": ["BSC-01"],
}
VALUES = {
    "activation": {"mnc_count": "5e8", "viability_pct": "92", "seeded_cells": "1e8",
                   "seeding_density": "1.5e6", "vessel": "T175 RetroNectin/OKT3"},
    "transfer": {"viable_cells": "4e8", "viability_pct": "93", "volume_ml": "300"},
    "feed": {"viable_cells": "1.2e9", "viability_pct": "91", "volume_added_ml": "300"},
    "inprocess_qc": {"sample_volume_ml": "5"},
    "harvest": {"viable_cells": "6.4e9", "viability_pct": "90", "wash_cycles": "2"},
    "formulation": {"bag_count": "2", "cells_per_bag": "3e9", "volume_per_bag_ml": "100",
                    "expiry_hours": "6"},
}


def material_codes(session: Session, *kinds: str) -> list[str]:
    today = DAY0.date()
    codes = []
    for kind in kinds:
        lot = session.exec(select(MaterialLot).where(
            MaterialLot.kind == kind, MaterialLot.status == "released",
            col(MaterialLot.expires_on) > today + timedelta(days=60))).first()
        assert lot is not None, kind
        codes.append(lot.code)
    return codes


def accepted_unit(session: Session, sequence: int) -> int:
    unit = cbu_service.receive(session, actor=TECH, din=Din("A9991", "26", f"{sequence:06d}"),
                               product_code=ProductCode("S9998", "V", "00"),
                               bank_name="Test bank", now=DAY0 - timedelta(days=3))
    cbu_service.accept(session, actor=Actor(3, "Quentin Ashby"), cbu=unit,
                       now=DAY0 - timedelta(days=2), reason="bank certificate reviewed")
    return unit.id or 0


@pytest.fixture
def lot_id(database: Database, settings: Settings) -> int:
    with database.session_scope() as session:
        seed_materials(session, actor=TECH, now=DAY0 - timedelta(days=30))
        lot = planning.plan_for_manufacture(session, actor=TECH,
                                          cbu_ids=[accepted_unit(session, 42)],
                                          settings=settings, now=DAY0 - timedelta(days=1),
                                          target_dose_cells=3e9)
        return lot.id or 0


def step(database: Database, settings: Settings, lot_id: int, step_id: str, day: int,
         actor: Actor = TECH, **changes: Any) -> steps.Recorded:
    with database.session_scope() as session:
        definition = definitions.definition_for(lots.get_lot(session, lot_id), settings)
        spec = definition.step(step_id)
        values = {**VALUES[step_id], **changes.pop("values", {})}
        codes = changes.pop("materials", None)
        result = steps.record_step(
            session, actor=actor, lot=lots.get_lot(session, lot_id), step_id=step_id,
            raw_values=values,
            material_codes=codes if codes is not None else material_codes(session,
                                                                          *spec.materials),
            asset_numbers=changes.pop("equipment", EQUIPMENT[step_id]), settings=settings,
            now=DAY0 + timedelta(days=day, hours=1),
            outside_window_confirmed=changes.pop("outside_window_confirmed", False))
        session.expunge_all()
        return result


def activation_entry(database: Database, settings: Settings, lot_id: int) -> int:
    """Records day 0 and returns its entry id."""
    return step(database, settings, lot_id, "activation", 0).entry.id or 0


def state(database: Database, lot_id: int) -> LotState:
    with database.session_scope(write=False) as session:
        return LotState(lots.get_lot(session, lot_id).status)


def make_to_harvest(database: Database, settings: Settings, lot_id: int) -> None:
    for step_id, day in (("activation", 0), ("transfer", 4), ("feed", 6), ("feed", 9),
                         ("inprocess_qc", 11), ("harvest", 14)):
        assert step(database, settings, lot_id, step_id, day).findings == [], step_id


def test_a_lot_made_from_planning_to_formulation(
    database: Database, settings: Settings, lot_id: int
) -> None:
    make_to_harvest(database, settings, lot_id)
    assert state(database, lot_id) == LotState.HARVESTED
    formulated = step(database, settings, lot_id, "formulation", 14)
    assert formulated.findings == []
    assert state(database, lot_id) == LotState.IN_QC
    with database.session_scope(write=False) as session:
        lot = lots.get_lot(session, lot_id)
        bags = session.exec(select(Bag).where(Bag.lot_id == lot_id)).all()
        assert [b.division for b in bags] == ["A0", "B0"]
        assert all(b.expires_at == DAY0 + timedelta(days=14, hours=7) for b in bags)
        samples = session.exec(select(QcSample.test).where(QcSample.lot_id == lot_id)
                               .order_by(col(QcSample.sample_number))).all()
        assert samples == ["supernatant sterility", "endotoxin", "mycoplasma PCR",
                           "final product"]
        view = lot_record(session, lot, settings, DAY0 + timedelta(days=14, hours=2))
        assert view.growth.fold_expansion == pytest.approx(64)
        assert view.growth.population_doublings == pytest.approx(6)
        assert [e.step_id for e in view.entries] == [
            "activation", "transfer", "feed", "feed", "inprocess_qc", "harvest", "formulation"]
        assert view.entries[0].materials and view.entries[0].equipment
        labels = [label_data_for(session, LabelKind.BAG, b.id or 0, settings).label_2d
                  for b in bags]
        entry_id = view.entries[-1].id
    with database.session_scope() as session:
        lot = lots.get_lot(session, lot_id)
        with pytest.raises(Conflict, match="a second person must verify"):
            checks.verify_entry(session, actor=TECH, lot=lot, entry_id=entry_id,
                                now=DAY0 + timedelta(days=14, hours=2), settings=settings,
                                label_scans=labels)
        checks.verify_entry(session, actor=OTHER, lot=lot, entry_id=entry_id,
                            now=DAY0 + timedelta(days=14, hours=2), settings=settings,
                            label_scans=[f"]d1{labels[1]}", labels[0]])


def test_the_label_check_refuses_a_wrong_missing_or_repeated_label(
    database: Database, settings: Settings, lot_id: int
) -> None:
    make_to_harvest(database, settings, lot_id)
    step(database, settings, lot_id, "formulation", 14)
    with database.session_scope() as session:
        lot = lots.get_lot(session, lot_id)
        bags = session.exec(select(Bag).where(Bag.lot_id == lot_id)).all()
        first = label_data_for(session, LabelKind.BAG, bags[0].id or 0, settings).label_2d
        entry_id = batch_entries.entries_of(session, lot_id)[-1].id or 0
        wrong = first.replace("=<S9999VA0", "=<S9999VC0")
        with pytest.raises(TransitionBlocked) as refused:
            checks.verify_entry(session, actor=OTHER, lot=lot, entry_id=entry_id,
                                now=DAY0 + timedelta(days=14, hours=3), settings=settings,
                                label_scans=[first, first, wrong])
    reasons = " | ".join(refused.value.reasons)
    assert "bag A0 was scanned twice" in reasons
    assert "is not a bag label of lot" in reasons
    assert "bag B0 label was not scanned" in reasons


@pytest.mark.parametrize(("materials", "equipment", "says"), [
    (None, ["BSC-01", "INC-02", "CNT-01"], "past its calibration date"),
    ("expired", None, "expired on"),
    ("quarantine", None, "quarantine"),
    ([], None, "needs a scanned RetroNectin lot"),
    (None, ["BSC-01", "CNT-01"], "needs a scanned incubator"),
])
def test_unusable_or_missing_materials_and_equipment_are_refused(
    database: Database, settings: Settings, lot_id: int, materials: Any, equipment: Any,
    says: str,
) -> None:
    with database.session_scope(write=False) as session:
        codes = material_codes(session, "retronectin", "anti_cd3", "il2", "medium")
        if isinstance(materials, str):  # swap one good lot for an unusable one of its kind
            kind, status = ("il2", "released") if materials == "expired" else ("medium",
                                                                                "quarantine")
            unusable = session.exec(select(MaterialLot).where(
                MaterialLot.kind == kind, MaterialLot.status == status).order_by(
                col(MaterialLot.expires_on))).first()
            assert unusable is not None
            index = 2 if kind == "il2" else 3
            codes = [*codes[:index], unusable.code, *codes[index + 1:]]
        elif materials is not None:
            codes = materials
    kwargs: dict[str, Any] = {"materials": codes}
    if equipment is not None:
        kwargs["equipment"] = equipment
    with pytest.raises(TransitionBlocked) as refused:
        step(database, settings, lot_id, "activation", 0, **kwargs)
    assert says in " ".join(refused.value.reasons)
    assert state(database, lot_id) == LotState.PLANNED
    with database.session_scope(write=False) as session:
        assert batch_entries.entries_of(session, lot_id) == []


def test_a_step_that_is_not_next_is_refused(
    database: Database, settings: Settings, lot_id: int
) -> None:
    with pytest.raises(Conflict, match="is not next for lot"):
        step(database, settings, lot_id, "harvest", 0)


def test_out_of_specification_entry_is_kept_opens_a_deviation_and_holds_the_lot(
    database: Database, settings: Settings, lot_id: int
) -> None:
    step(database, settings, lot_id, "activation", 0)
    # Outside its window (day 3-5) the step is refused until the technician confirms it.
    with pytest.raises(BadInput, match="due on culture day 3–5; this is culture day 7") as warned:
        step(database, settings, lot_id, "transfer", 7, values={"viability_pct": "70"})
    assert warned.value.field == "outside_window"
    assert state(database, lot_id) == LotState.ACTIVATED  # the refusal left nothing
    late = step(database, settings, lot_id, "transfer", 7, values={"viability_pct": "70"},
                outside_window_confirmed=True)
    assert len(late.findings) == 2 and late.deviation_number
    assert state(database, lot_id) == LotState.ON_HOLD
    with pytest.raises(Conflict, match="on hold: no steps can be recorded"):
        step(database, settings, lot_id, "feed", 9)
    with database.session_scope() as session, pytest.raises(TransitionBlocked,
                                                             match="deviations are open"):
        lots.transition(session, actor=TECH, lot=lots.get_lot(session, lot_id),
                        target=LotState.EXPANDING, now=DAY0 + timedelta(days=8))
    with database.session_scope() as session:
        deviation = deviations.open_for_lot(session, lot_id)[0]
        deviations.update_investigation(session, actor=TECH, deviation=deviation,
                                        investigation="Transfer delayed by incubator alarm",
                                        capa="Alarm escalation procedure revised",
                                        now=DAY0 + timedelta(days=8))
        qa = principal_for(session, "qa", settings)
        proof = signatures.check_signer(session, principal=qa, username="qa",
                                        password=CAST["qa"].password, now=DAY0 + timedelta(days=8),
                                        settings=settings)
        assert isinstance(proof, signatures.SignerProof)
        deviations.close(session, proof=proof, deviation=deviation, now=DAY0 + timedelta(days=8))
        lots.transition(session, actor=TECH, lot=lots.get_lot(session, lot_id),
                        target=LotState.EXPANDING, now=DAY0 + timedelta(days=8),
                        reason="deviation closed")
    assert state(database, lot_id) == LotState.EXPANDING


def test_a_correction_keeps_the_old_value_and_an_out_of_range_one_opens_a_deviation(
    database: Database, settings: Settings, lot_id: int
) -> None:
    entry_id = activation_entry(database, settings, lot_id)
    with database.session_scope() as session:
        lot = lots.get_lot(session, lot_id)
        with pytest.raises(BadInput, match="reason is required"):
            checks.correct_entry(session, actor=TECH, lot=lot, entry_id=entry_id,
                                 field="viability_pct", new_value="91", reason=" ",
                                 settings=settings, now=DAY0 + timedelta(hours=3))
        checks.correct_entry(session, actor=TECH, lot=lot, entry_id=entry_id,
                             field="viability_pct", new_value="91", reason="transcription",
                             settings=settings, now=DAY0 + timedelta(hours=3))
        checks.correct_entry(session, actor=OTHER, lot=lot, entry_id=entry_id,
                             field="viability_pct", new_value="75", reason="recount",
                             settings=settings, now=DAY0 + timedelta(hours=4))
    with database.session_scope(write=False) as session:
        view = lot_record(session, lots.get_lot(session, lot_id), settings, DAY0)
        shown = next(v for v in view.entries[0].values if v.name == "viability_pct")
        assert shown.original == "92 %" and shown.current == "75 %"
        assert [(c.old, c.new, c.reason) for c in shown.corrections] == [
            ("92 %", "91 %", "transcription"), ("91 %", "75 %", "recount")]
        assert view.open_deviations == 1
    assert state(database, lot_id) == LotState.ON_HOLD


def test_formulating_more_cells_than_were_harvested_is_refused_and_under_dose_flagged(
    database: Database, settings: Settings, lot_id: int
) -> None:
    make_to_harvest(database, settings, lot_id)
    with pytest.raises(BadInput, match="the harvest recorded 6.4 × 10⁹"):
        step(database, settings, lot_id, "formulation", 14, values={"cells_per_bag": "4e9"})
    under = step(database, settings, lot_id, "formulation", 14,
                 values={"bag_count": "3", "cells_per_bag": "2e9"})
    assert any("Under-dose" in f for f in under.findings)
    assert state(database, lot_id) == LotState.ON_HOLD


def test_planning_refuses_starting_material_not_accepted_by_qa(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        unit = cbu_service.receive(session, actor=TECH, din=Din("A9991", "26", "000043"),
                                   product_code=ProductCode("S9998", "V", "00"),
                                   bank_name="Test bank", now=DAY0)
        with pytest.raises(TransitionBlocked) as refused:
            planning.plan_for_manufacture(session, actor=TECH, cbu_ids=[unit.id or 0],
                                        settings=settings, now=DAY0, target_dose_cells=None)
    assert "not accepted by QA" in refused.value.reasons[0]
    with database.session_scope(write=False) as session:
        assert session.exec(select(Lot)).all() == []


def test_materials_expire_by_date_not_by_status(database: Database, settings: Settings,
                                                lot_id: int) -> None:
    with database.session_scope(write=False) as session:
        expired = session.exec(select(MaterialLot).where(
            col(MaterialLot.expires_on) < date(2026, 11, 2))).all()
        assert expired and all(m.status == "released" for m in expired)


def test_a_new_process_version_applies_to_new_lots_only(
    database: Database, settings: Settings, lot_id: int, tmp_path: Any
) -> None:
    from cellchain.batch.process import SHIPPED

    stricter = SHIPPED.read_text(encoding="utf-8").replace('version = "2"', 'version = "3"') \
        .replace('accept = [80, 100] },\n  { name = "seeded_cells"',
                 'accept = [85, 100] },\n  { name = "seeded_cells"')
    site_file = tmp_path / "rak-3.toml"
    site_file.write_text(stricter, encoding="utf-8")
    site = settings.model_copy(update={"process_definition": site_file})
    with database.session_scope() as session:
        new_lot = planning.plan_for_manufacture(session, actor=TECH,
                                              cbu_ids=[accepted_unit(session, 44)],
                                              settings=site, now=DAY0 - timedelta(days=1),
                                              target_dose_cells=3e9)
        old_lot = lots.get_lot(session, lot_id)
        assert (old_lot.process_version, new_lot.process_version) == ("2", "3")
        assert definitions.definition_for(old_lot, site).version == "2"
        new_id = new_lot.id or 0
    viability = {"values": {"viability_pct": "82"}}
    assert step(database, site, lot_id, "activation", 0, **viability).findings == []
    assert step(database, site, new_id, "activation", 0, **viability).findings == [
        "Viability 82 % is outside the acceptance range 85 %-100 %"]


def test_a_verified_value_corrected_later_opens_a_deviation_and_the_check_shows_superseded(
    database: Database, settings: Settings, lot_id: int
) -> None:
    entry_id = activation_entry(database, settings, lot_id)
    with database.session_scope() as session:
        lot = lots.get_lot(session, lot_id)
        checks.verify_entry(session, actor=OTHER, lot=lot, entry_id=entry_id,
                            now=DAY0 + timedelta(hours=2), settings=settings)
        checks.correct_entry(session, actor=TECH, lot=lot, entry_id=entry_id,
                             field="mnc_count", new_value="4.9e8", reason="recount",
                             settings=settings, now=DAY0 + timedelta(hours=3))
    with database.session_scope(write=False) as session:
        view = lot_record(session, lots.get_lot(session, lot_id), settings, DAY0)
        assert view.entries[0].verification_superseded
        (deviation,) = deviations.open_for_lot(session, lot_id)
        assert "after Quinn Cole verified the entry" in deviation.description
    assert state(database, lot_id) == LotState.ON_HOLD


def test_whoever_corrected_an_entry_cannot_verify_it(
    database: Database, settings: Settings, lot_id: int
) -> None:
    entry_id = activation_entry(database, settings, lot_id)
    with database.session_scope() as session:
        lot = lots.get_lot(session, lot_id)
        checks.correct_entry(session, actor=OTHER, lot=lot, entry_id=entry_id,
                             field="mnc_count", new_value="4.9e8", reason="recount",
                             settings=settings, now=DAY0 + timedelta(hours=1))
        with pytest.raises(Conflict, match="You corrected this entry"):
            checks.verify_entry(session, actor=OTHER, lot=lot, entry_id=entry_id,
                                now=DAY0 + timedelta(hours=2), settings=settings)


def test_a_lot_past_manufacture_takes_no_corrections(
    database: Database, settings: Settings, lot_id: int
) -> None:
    make_to_harvest(database, settings, lot_id)
    step(database, settings, lot_id, "formulation", 14)
    with database.session_scope() as session:
        lot = lots.get_lot(session, lot_id)
        harvest_id = [e for e in batch_entries.entries_of(session, lot_id)
                      if e.step_id == "harvest"][0].id or 0
        with pytest.raises(Conflict, match="closed to corrections"):
            checks.correct_entry(session, actor=TECH, lot=lot, entry_id=harvest_id,
                                 field="viable_cells", new_value="1e6", reason="typo",
                                 settings=settings, now=DAY0 + timedelta(days=15))


@pytest.mark.parametrize("dose", [float("nan"), float("inf"), -3e9, 0.0, 1e400])
def test_an_impossible_target_dose_is_refused(
    database: Database, settings: Settings, dose: float
) -> None:
    with database.session_scope() as session, pytest.raises(BadInput, match="target dose"):
        planning.plan_for_manufacture(session, actor=TECH, cbu_ids=[accepted_unit(session, 45)],
                                    settings=settings, now=DAY0, target_dose_cells=dose)


def test_planning_names_every_parent_din_in_the_lot_event_and_the_unit_names_the_lot(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        seed_materials(session, actor=TECH, now=DAY0 - timedelta(days=30))
        units = [accepted_unit(session, 51), accepted_unit(session, 50)]
        lot = planning.plan_for_manufacture(session, actor=TECH, cbu_ids=units, settings=settings,
                                          now=DAY0, target_dose_cells=3e9)
        lot_id, din = lot.id or 0, lot.din
    [planned] = audit_events(database, "lot.planned", lot_id)
    changes = {c["field"]: c["new"] for c in json.loads(planned.changes)}
    assert changes["parent_dins"] == ["A999126000050", "A999126000051"]
    for unit_id in units:
        [consumed] = audit_events(database, "cbu.consumed", unit_id)
        assert json.loads(consumed.data) == {"lot": din, "lot_id": lot_id}


def _check(database: Database, entry_id: int) -> EntryCheck | None:
    with database.session_scope(write=False) as session:
        found = session.get(EntryCheck, entry_id)
        if found is not None:
            session.expunge(found)
        return found


def test_an_entry_needing_a_second_person_stays_open_until_verified_once(
    database: Database, settings: Settings, lot_id: int
) -> None:
    entry_id = activation_entry(database, settings, lot_id)
    transfer = step(database, settings, lot_id, "transfer", 4).entry.id or 0
    opened = _check(database, entry_id)
    assert opened is not None and opened.checked_at is None
    assert _check(database, transfer) is None  # the process asks no second check of transfer
    verified_at = DAY0 + timedelta(hours=2)
    with database.session_scope() as session:
        checks.verify_entry(session, actor=OTHER, lot=lots.get_lot(session, lot_id),
                            entry_id=entry_id, now=verified_at, settings=settings)
    closed = _check(database, entry_id)
    assert closed is not None and closed.checked_at == verified_at
    with pytest.raises(Conflict, match="activation was already verified by Quinn Cole at "), \
            database.session_scope() as session:
        checks.verify_entry(session, actor=Actor(3, "Third Person"),
                            lot=lots.get_lot(session, lot_id), entry_id=entry_id,
                            now=verified_at, settings=settings)
    assert len(audit_events(database, "batch.entry_verified", lot_id)) == 1


def test_two_people_verifying_one_entry_yield_one_verification(
    database: Database, settings: Settings, lot_id: int
) -> None:
    entry_id = activation_entry(database, settings, lot_id)
    people = (OTHER, Actor(3, "Third Person"))

    def verify(session: Session, _check_row: EntryCheck, worker: int) -> None:
        checks.verify_entry(session, actor=people[worker], lot=lots.get_lot(session, lot_id),
                            entry_id=entry_id, now=DAY0 + timedelta(hours=2), settings=settings)

    winner, loser = one_winner(race(database, lambda s: s.get(EntryCheck, entry_id), verify))
    # Told who verified: by the guarded write (PostgreSQL, both checked before either wrote)
    # or by the check made under the append lock (SQLite, the second reads the first's).
    assert re.search(f"(changed|verified) by {people[winner.worker].name}", loser.refusal)
    assert len(audit_events(database, "batch.entry_verified", lot_id)) == 1
    with database.session_scope(write=False) as session:
        verification = session.get(EntryVerification, entry_id)
        assert verification is not None
        assert verification.verified_by_name == people[winner.worker].name


def _checks(database: Database) -> list[tuple[int, datetime | None]]:
    with database.session_scope(write=False) as session:
        return [(c.id, c.checked_at) for c in session.exec(
            select(EntryCheck).order_by(col(EntryCheck.id)))]


def _upgrade_from_before_entry_checks(database: Database) -> None:
    """Takes the database back to revision 0010 (no entry_check table) and upgrades it."""
    rewind(database, "0010_performance_indexes")
    upgrade(database)


def test_the_upgrade_backfills_the_checks_the_services_would_have_written(
    database: Database, settings: Settings, lot_id: int
) -> None:
    entry_id = activation_entry(database, settings, lot_id)
    step(database, settings, lot_id, "transfer", 4)
    for verify in (False, True):
        if verify:
            with database.session_scope() as session:
                checks.verify_entry(session, actor=OTHER, lot=lots.get_lot(session, lot_id),
                                    entry_id=entry_id, now=DAY0 + timedelta(hours=2),
                                    settings=settings)
        written = _checks(database)
        assert [entry for entry, _ in written] == [entry_id]
        _upgrade_from_before_entry_checks(database)
        assert _checks(database) == written


def _stale_lot(database: Database, lot_id: int) -> Lot:
    """The lot as the technician's page read it, before anything below changed it."""
    with database.session_scope(write=False) as session:
        stale = lots.get_lot(session, lot_id)
        session.expunge(stale)
        return stale


def _qa_moves(database: Database, lot_id: int, target: LotState, day: int) -> None:
    with database.session_scope() as session:
        lots.transition(session, actor=Actor(3, "Quentin Ashby"),
                        lot=lots.get_lot(session, lot_id), target=target,
                        now=DAY0 + timedelta(days=day), reason="incubator alarm")


def test_a_step_saved_after_qa_held_the_lot_is_refused_with_the_hold(
    database: Database, settings: Settings, lot_id: int
) -> None:
    """The step form was read while the lot was being made; QA held the lot before the step
    was saved. The check of the lot's state is made under the lock every state change takes,
    on the state as it now is, so nothing is recorded on the held lot."""
    activation_entry(database, settings, lot_id)
    stale = _stale_lot(database, lot_id)
    _qa_moves(database, lot_id, LotState.ON_HOLD, 4)
    with pytest.raises(Conflict, match="is on hold: no steps can be recorded"), \
            database.session_scope() as session:
        steps.record_step(
            session, actor=TECH, lot=session.merge(stale, load=False), step_id="transfer",
            raw_values=VALUES["transfer"], material_codes=material_codes(
                session, *definitions.definition_for(stale, settings).step("transfer").materials),
            asset_numbers=EQUIPMENT["transfer"], settings=settings,
            now=DAY0 + timedelta(days=4, hours=1))
    with database.session_scope(write=False) as session:
        assert [e.step_id for e in batch_entries.entries_of(session, lot_id)] == ["activation"]
    assert len(audit_events(database, "batch.step_recorded", lot_id)) == 1


def test_a_rejected_lot_takes_no_verification_or_correction(
    database: Database, settings: Settings, lot_id: int
) -> None:
    """A decided lot's record is closed: a check or correction made after QA's decision would
    not be covered by it, even from a page read before the decision."""
    entry_id = activation_entry(database, settings, lot_id)
    stale = _stale_lot(database, lot_id)
    _qa_moves(database, lot_id, LotState.REJECTED, 1)
    with pytest.raises(Conflict, match="is rejected: its record is closed to verifications"), \
            database.session_scope() as session:
        checks.verify_entry(session, actor=OTHER, lot=session.merge(stale, load=False),
                            entry_id=entry_id, now=DAY0 + timedelta(days=1, hours=1),
                            settings=settings)
    with pytest.raises(Conflict, match="is rejected: its record is closed to corrections"), \
            database.session_scope() as session:
        checks.correct_entry(session, actor=TECH, lot=session.merge(stale, load=False),
                             entry_id=entry_id, field="viability_pct", new_value="93",
                             reason="typo", settings=settings,
                             now=DAY0 + timedelta(days=1, hours=1))
    opened = _check(database, entry_id)
    assert opened is not None and opened.checked_at is None
    assert audit_events(database, "batch.entry_verified", lot_id) == []
    assert audit_events(database, "batch.entry_corrected", lot_id) == []
