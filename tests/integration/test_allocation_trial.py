"""Allocation in the trial (issue 12 items 4 and 5), on both databases: a bag of another dose
level is refused in any stage, and a randomised subject receives only a kit of their arm's
product; refusals write nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import Session

from cellchain.bags import service as bags
from cellchain.bags.allocation_rules import AllocationRefused
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.trial import randomisation, randomisation_lists
from cellchain.trial import service as trial
from cellchain.trial.models import Subject
from cellchain.trial.rules import SubjectStatus
from tests.factories import SEEDER, audit_events, cast_actor, make_lot

# Slot 1 goes to the first subject randomised: CONTROL (placebo), slot 2: RAK.
LIST = "stratum,sequence,block,arm\n,1,1,CONTROL\n,2,1,RAK\n"


def _subject(session: Session, settings: Settings, n: int, *, dose_level: str) -> Subject:
    subject = trial.register_subject(
        session, actor=SEEDER, screening_number=f"SCR4{n:02d}", subject_number=f"RAK4{n:02d}",
        date_of_birth=date(1960, 1, n), status=SubjectStatus.ENROLLED, now=utcnow())
    subject.dose_level = dose_level  # test setup: enrolment records it (issue 12 item 2)
    session.add(subject)
    trial.issue_coi(session, actor=SEEDER, subject=subject, settings=settings, now=utcnow())
    return subject


def _kit(session: Session, n: int, *, lot_type: str | None, dose_level: str,
         kit: bool = True) -> Bag:
    lot = make_lot(session, din=f"A99902600000{n}", state=LotState.RELEASED)
    lot.lot_type, lot.dose_level = lot_type, dose_level  # test setup: set when planned
    session.add(lot)
    (bag,) = bags.create_bags(session, actor=SEEDER, lot=lot, count=1, pdc="YA999",
                              collection_type="V", expires_at=utcnow() + timedelta(hours=6),
                              now=utcnow(), blinded=kit)
    bags.move(session, actor=SEEDER, bag=bag, lot=lot, target=BagStatus.RELEASED,
              now=utcnow(), reason="lot released")
    return bag


def _allocate(database: Database, bag_id: int, subject_id: int) -> None:
    with database.session_scope() as session:
        bags.allocate_to_subject(session, actor=SEEDER, bag=bags.get_bag(session, bag_id),
                                 subject=trial.get_subject(session, subject_id), now=utcnow())


def test_a_bag_of_another_dose_level_is_refused_and_nothing_is_written(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        subject = _subject(session, settings, 1, dose_level="DL2").id or 0
        wrong = _kit(session, 1, lot_type=None, dose_level="DL1", kit=False).id or 0
        right = _kit(session, 2, lot_type=None, dose_level="DL2", kit=False).id or 0
    with pytest.raises(AllocationRefused, match="made for dose level DL1; the subject is "
                                                "assigned dose level DL2"):
        _allocate(database, wrong, subject)
    assert audit_events(database, "bag.allocated", wrong) == []
    _allocate(database, right, subject)
    assert len(audit_events(database, "bag.allocated", right)) == 1


def test_a_randomised_subject_receives_only_a_kit_of_their_arms_product(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        coordinator = cast_actor(session, "coord")
        randomisation_lists.import_csv(session, actor=coordinator, stage="randomised",
                                       text=LIST, now=utcnow(), settings=settings)
        placebo_subject = _subject(session, settings, 1, dose_level="DL2")
        rak_subject = _subject(session, settings, 2, dose_level="DL2")
        for subject in (placebo_subject, rak_subject):
            randomisation.assign(session, actor=coordinator, subject=subject,
                                 stage="randomised", stratum="", now=utcnow())
        ids = (placebo_subject.id or 0, rak_subject.id or 0)
        rak_kit = _kit(session, 1, lot_type="rak", dose_level="DL2").id or 0
        placebo_kit = _kit(session, 2, lot_type="placebo", dose_level="DL2").id or 0
        open_bag = _kit(session, 3, lot_type="rak", dose_level="DL2", kit=False).id or 0
    with pytest.raises(AllocationRefused, match="randomised to arm CONTROL, which receives "
                                                "placebo kits; this bag is of a rak lot"):
        _allocate(database, rak_kit, ids[0])
    with pytest.raises(AllocationRefused, match="receives only a kit-numbered"):
        _allocate(database, open_bag, ids[1])
    _allocate(database, placebo_kit, ids[0])
    _allocate(database, rak_kit, ids[1])
    with database.session_scope(write=False) as session:
        assert [session.get(Bag, b).subject_id  # type: ignore[union-attr]
                for b in (placebo_kit, rak_kit, open_bag)] == [ids[0], ids[1], None]
        lot = session.get(Lot, bags.get_bag(session, placebo_kit).lot_id)
        assert lot is not None and lot.lot_type == "placebo"
