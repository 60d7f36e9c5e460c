"""Bags at the ward for bedside tests: the demo's identity records, with the first two
allocated bags dispatched by the lab and received at the ward through the custody service."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.custody.models import CustodyEvent
from cellchain.db import Database
from cellchain.labels.data import LabelKind
from cellchain.labels.service import label_data_for
from cellchain.lots.models import Lot
from cellchain.trial.models import Subject
from tests.factories import SEEDER, seed_identity_records


@dataclass(frozen=True)
class WardBag:
    subject_id: int
    subject_number: str
    bag_id: int
    wristband: str  # the wristband's 2-D symbol text
    label: str  # the bag label's 2-D symbol text


def to_ward(session: Session, bag: Bag) -> None:
    """Setup: the lab dispatches the bag and the ward receives it in range."""
    lot = session.get(Lot, bag.lot_id)
    assert lot is not None and bag.id is not None
    now = utcnow()
    for kind, target, where in (("dispatched", "dispatched", "lab"), ("received", "at_ward",
                                                                      "ward")):
        session.add(CustodyEvent(bag_id=bag.id, kind=kind, leg=1, at=now, location=where,
                                 actor_name="tests.seed", temperature_c=20.0))
        bags.move(session, actor=SEEDER, bag=bag, lot=lot, target=BagStatus(target),
                  now=now, reason="setup")


def ward_bags(database: Database, settings: Settings) -> list[WardBag]:
    """The demo's allocated open-label bags (subjects RAK001, RAK002), both at the ward."""
    seed_identity_records(database, settings)
    found = []
    with database.session_scope() as session:
        rows = session.exec(select(Bag, Subject).join(Subject, col(Subject.id) == col(
            Bag.subject_id)).where(col(Bag.kit_number).is_(None)).order_by(col(Bag.id))).all()
        for bag, subject in rows[:2]:
            to_ward(session, bag)
            assert bag.id is not None and subject.id is not None
            found.append(WardBag(
                subject.id, subject.subject_number or "", bag.id,
                label_data_for(session, LabelKind.WRISTBAND, subject.id, settings).label_2d,
                label_data_for(session, LabelKind.BAG, bag.id, settings).label_2d))
    return found
