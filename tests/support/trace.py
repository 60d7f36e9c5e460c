"""Test setup for traces: the chain of identity as the demo makes it, plus custody handoffs and
an infusion.

SETUP ONLY: custody events, bedside verifications and infusions are inserted as rows here,
because the services that record them (issue 11 items 2-4) are built in parallel; the trace
reads these tables whatever wrote them. Lots, bags and subjects come from the real services.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.batch import planning
from cellchain.bedside.models import BedsideVerification, Infusion
from cellchain.config import Settings
from cellchain.custody.models import CustodyEvent
from cellchain.db import Database
from cellchain.demo.identity import BANK_UNITS
from cellchain.demo.manufacture import accepted_unit
from cellchain.isbt128.din import Din
from cellchain.lots.models import Lot
from cellchain.trial.models import Subject
from cellchain.trial.service import current_coi
from tests.factories import SEEDER, cast_actor, seed_identity_records

# Demo subjects (cellchain.demo.identity): RAK001 and RAK002 hold the open-label bags of the
# first lot, RAK003 a kit bag of the second; RAK004 has a COI and no bag.
OPEN_DONOR, KIT_DONOR = BANK_UNITS


@dataclass(frozen=True)
class Seeded:
    subjects: dict[str, int]  # subject number -> id
    open_lot: Lot
    kit_lot: Lot
    open_bags: list[Bag]
    kit_bag: Bag


def seed_chain(database: Database, settings: Settings) -> Seeded:
    """The demo's identity records: one allogeneic donor -> one lot -> two bags -> two
    subjects, and a blinded lot whose kit bag went to a third subject."""
    seed_identity_records(database, settings)
    with database.session_scope(write=False) as session:
        subjects = {s.subject_number or s.screening_number: s.id or 0
                    for s in session.exec(select(Subject))}
        lots = list(session.exec(select(Lot).order_by(col(Lot.id))))
        open_bags = list(session.exec(select(Bag).where(Bag.lot_id == lots[0].id)
                                      .order_by(col(Bag.division))))
        kit_bag = session.exec(select(Bag).where(Bag.lot_id == lots[1].id,
                                                 col(Bag.subject_id).is_not(None))).one()
        return Seeded(subjects, lots[0], lots[1], open_bags, kit_bag)


def record_handoffs(session: Session, bag_id: int, at: datetime, *,
                    location: str = "Ward 7 (oncology)", courier: str = "Courier Kim"
                    ) -> list[CustodyEvent]:
    """SETUP: the bag's dispatch from the lab and its receipt at the ward, as rows."""
    tech, clin = cast_actor(session, "tech"), cast_actor(session, "clin")
    rows = [
        CustodyEvent(bag_id=bag_id, kind="dispatched", leg=1, at=at, location="GMP lab",
                     actor_id=tech.id, actor_name=tech.name, courier=courier,
                     container="SHIP-0042", temperature_c=4.5),
        CustodyEvent(bag_id=bag_id, kind="received", leg=1, at=at + timedelta(minutes=40),
                     location=location, actor_id=clin.id, actor_name=clin.name,
                     temperature_c=5.0, condition="intact"),
    ]
    session.add_all(rows)
    session.flush()
    return rows


def record_infusion(session: Session, bag_id: int, subject_id: int, at: datetime) -> Infusion:
    """SETUP: a GO bedside verification and the infusion that followed it, as rows."""
    clin = cast_actor(session, "clin")
    verification = BedsideVerification(
        wristband_scan="(setup)", bag_scan="(setup)", subject_id=subject_id, bag_id=bag_id,
        verdict="go", checks=json.dumps([]), verified_by=clin.id or 0,
        verified_by_name=clin.name, verified_at=at)
    session.add(verification)
    session.flush()
    infusion = Infusion(
        bag_id=bag_id, subject_id=subject_id, verification_id=verification.id or 0,
        started_at=at + timedelta(minutes=5), stopped_at=at + timedelta(minutes=35),
        volume_ml=100, reaction_grade=1, ctcae_version="5.0", recorded_by=clin.id or 0,
        recorded_by_name=clin.name, recorded_at=at + timedelta(minutes=36))
    session.add(infusion)
    session.flush()
    return infusion


def pooled_lot(session: Session, settings: Settings, dins: tuple[Din, ...], subject_id: int,
               now: datetime) -> Lot:
    """A lot planned from several accepted units, with one bag allocated to the subject."""
    tech, qa = cast_actor(session, "tech"), cast_actor(session, "qa")
    units = [accepted_unit(session, actor=tech, qa=qa, din=din, now=now) for din in dins]
    lot = planning.plan_for_manufacture(session, actor=tech, cbu_ids=[u.id or 0 for u in units],
                                        settings=settings, now=now, target_dose_cells=3e9)
    (bag,) = bags.create_bags(session, actor=SEEDER, lot=lot, count=1, pdc="S9999",
                              collection_type="V", expires_at=now + timedelta(days=1), now=now)
    coi = current_coi(session, subject_id)
    assert coi is not None
    # SETUP: bound as rows; the allocation service allocates only bags of released lots, and
    # this lot is only planned (what the trace walks is the link, not how it was made).
    bag.subject_id, bag.coi_id = coi.subject_id, coi.id
    session.add(bag)
    session.flush()
    return lot
