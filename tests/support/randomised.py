"""Randomised-stage test setup: a randomisation list in force (rows written directly: the list
service is built in parallel) and subjects randomised through ``randomisation.assign``; and, for
the blinding matrix, study-product kit bags of a RAK lot and of a placebo lot allocated to
subjects of both arms.

SETUP ONLY where said: the list rows and the infusion rows; lots, bags, allocation, custody and
randomisation go through the real services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import Session, col, select

from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo.manufacture import make_lot
from cellchain.isbt128.din import Din
from cellchain.lots.models import Lot
from cellchain.qc.models import QcResult
from cellchain.release.rules import Decision
from cellchain.trial import randomisation
from cellchain.trial.blinding_models import RandomisationList, RandomisationSlot
from cellchain.trial.models import Subject
from cellchain.trial.service import current_coi
from tests.factories import SEEDER, cast_actor, releaser, seed_identity_records
from tests.support.bedside import to_ward
from tests.support.trace import record_infusion

STAGE = "randomised"


def put_list_in_force(session: Session, arms: list[str]) -> RandomisationList:
    """SETUP: a one-stratum list whose slots give ``arms`` in order."""
    coordinator = cast_actor(session, "coord")
    assert coordinator.id is not None
    made = RandomisationList(stage=STAGE, source="generated", fingerprint="0" * 64,
                             slots=len(arms), active=True, created_by=coordinator.id,
                             created_by_name=coordinator.name, created_at=utcnow())
    session.add(made)
    session.flush()
    for sequence, arm in enumerate(arms, 1):
        session.add(RandomisationSlot(list_id=made.id or 0, stratum="", sequence=sequence,
                                      block=1, block_size=len(arms), arm=arm))
    session.flush()
    return made


def randomise(session: Session, subject: Subject) -> str:
    """Enrols the subject into the randomised stage and takes the next slot; returns the arm."""
    subject.stage, subject.stratum = STAGE, ""
    session.add(subject)
    slot = randomisation.assign(session, actor=cast_actor(session, "coord"), subject=subject,
                                stage=STAGE, stratum="", now=utcnow())
    return slot.arm


@dataclass(frozen=True)
class BlindedTrial:
    """RAK003 (arm RAK, a kit bag of the RAK lot) and RAK004 (arm CONTROL, a kit bag of the
    placebo lot), both infused; RAK001/RAK002 are the demo's open-label subjects."""

    subjects: dict[str, int]
    rak_lot: Lot
    placebo_lot: Lot
    kit_bags: dict[str, int]  # subject number -> the kit bag allocated to it
    qc_values: frozenset[str]  # every QC result value of the two study-product lots


def seed_blinded_trial(database: Database, settings: Settings) -> BlindedTrial:
    seed_identity_records(database, settings)
    now = utcnow()
    with database.session_scope() as session:
        subjects = {s.subject_number or s.screening_number: s
                    for s in session.exec(select(Subject))}
        lots = list(session.exec(select(Lot).order_by(col(Lot.id))))
        rak_lot = lots[1]
        placebo_lot = make_lot(
            session, maker=cast_actor(session, "tech"), checker=cast_actor(session, "qc"),
            qa=cast_actor(session, "qa2"), settings=settings, bank_din=Din("A9991", "26",
                                                                           "004799"),
            day0=now - timedelta(days=14, hours=5), until="formulation", bags=2)
        release = releaser(session, settings)
        release.results(session, placebo_lot, now)
        release.decide(session, placebo_lot, Decision.RELEASED, "", now)
        placebo_kits = bags.assign_kit_numbers(session, actor=SEEDER, lot=placebo_lot, now=now)
        # The unblinded coordinator's record of what each lot is (hidden with the lot table).
        for lot, kind in ((rak_lot, "rak"), (placebo_lot, "placebo")):
            lot.lot_type = kind
            session.add(lot)
        put_list_in_force(session, ["RAK", "CONTROL"])
        assert randomise(session, subjects["RAK003"]) == "RAK"
        assert randomise(session, subjects["RAK004"]) == "CONTROL"
        rak004 = subjects["RAK004"]
        coi = current_coi(session, rak004.id or 0)
        assert coi is not None
        bags.allocate(session, actor=SEEDER, bag=placebo_kits[0], coi=coi, now=now)
        rak_kit = session.exec(select(Bag).where(Bag.lot_id == rak_lot.id,
                                                 col(Bag.subject_id).is_not(None))).one()
        kit_bags = {"RAK003": rak_kit.id or 0, "RAK004": placebo_kits[0].id or 0}
        for number, bag_id in kit_bags.items():
            bag = session.get(Bag, bag_id)
            assert bag is not None
            to_ward(session, bag, settings)
            record_infusion(session, bag_id, subjects[number].id or 0,
                            now - timedelta(hours=1))
        values = frozenset(r.result for r in session.exec(select(QcResult).where(
            col(QcResult.lot_id).in_([rak_lot.id, placebo_lot.id]))))
        session.expunge_all()
        return BlindedTrial({n: s.id or 0 for n, s in subjects.items()}, rak_lot, placebo_lot,
                            kit_bags, values)
