"""Bags at the ward for bedside tests: the demo's identity records, with the first two
allocated bags dispatched by the lab and received at the ward through the custody service, and
their subjects' current pre-infusion labs recorded."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from cellchain.bags.models import Bag
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.custody import service as custody
from cellchain.db import Database
from cellchain.labels.data import LabelKind
from cellchain.labels.service import label_data_for
from cellchain.trial.models import Subject
from tests.factories import SEEDER, seed_identity_records
from tests.support.labs import record_current_labs


@dataclass(frozen=True)
class WardBag:
    subject_id: int
    subject_number: str
    bag_id: int
    wristband: str  # the wristband's 2-D symbol text
    label: str  # the bag label's 2-D symbol text


def to_ward(session: Session, bag: Bag, settings: Settings) -> None:
    """Setup: the lab dispatches the bag and the ward receives it in range (custody service)."""
    custody.dispatch(session, actor=SEEDER, bag=bag, courier="Ward porter", container="SC-01",
                     temperature_c=20.0, logger_readings="", now=utcnow(), settings=settings)
    custody.receive(session, actor=SEEDER, bag=bag, temperature_c=20.5, condition="intact",
                    logger_readings="", note="", now=utcnow(), settings=settings)


def ward_bags(database: Database, settings: Settings, *, labs: bool = True) -> list[WardBag]:
    """The demo's allocated open-label bags (subjects RAK001, RAK002), both at the ward, each
    subject with current pre-infusion labs (so the right pair is GO) unless ``labs`` is False."""
    seed_identity_records(database, settings)
    found = []
    with database.session_scope() as session:
        rows = session.exec(select(Bag, Subject).join(Subject, col(Subject.id) == col(
            Bag.subject_id)).where(col(Bag.kit_number).is_(None)).order_by(col(Bag.id))).all()
        for bag, subject in rows[:2]:
            to_ward(session, bag, settings)
            assert bag.id is not None and subject.id is not None
            if labs:
                record_current_labs(session, subject.id, settings, utcnow())
            found.append(WardBag(
                subject.id, subject.subject_number or "", bag.id,
                label_data_for(session, LabelKind.WRISTBAND, subject.id, settings).label_2d,
                label_data_for(session, LabelKind.BAG, bag.id, settings).label_2d))
    return found
