"""Allocating a bag to a subject and taking it back (issue 11 item 1), on both databases:
every rule refuses without writing, every allocation and deallocation is one guarded write
with its audit record, and two coordinators racing for one bag yield one allocation whose
loser is told who won."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlmodel import Session, select

from cellchain.audit.models import AuditEvent
from cellchain.audit.service import Actor
from cellchain.bags import service as bags
from cellchain.bags.allocation_rules import AllocationRefused
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.blinding.rules import Blinding
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.errors import BadInput, Conflict
from cellchain.labels import service as labels
from cellchain.labels.data import BagLabel, LabelKind
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.trial import service as trial
from cellchain.trial.models import ChainOfIdentity, Subject
from cellchain.trial.rules import SubjectStatus
from tests.factories import SEEDER, audit_events, make_lot
from tests.support.race import one_winner, race

COORDINATORS = (Actor(None, "Cora Lind"), Actor(None, "Colm Byrne"))


@dataclass(frozen=True)
class Ids:
    lot: int
    bags: list[int]
    subjects: list[int]  # RAK101, RAK102 (enrolled, COI), RAK103 (screening, no COI)


def _setup(database: Database, settings: Settings, *, lot_state: LotState = LotState.RELEASED,
           release_bags: bool = True, expires_in: timedelta = timedelta(hours=6),
           autologous_for: int | None = None) -> Ids:
    """A lot of three bags (released with it unless told otherwise) and three subjects."""
    now = utcnow()
    with database.session_scope() as session:
        subjects = []
        for n, status in ((1, SubjectStatus.ENROLLED), (2, SubjectStatus.ENROLLED),
                          (3, SubjectStatus.SCREENING)):
            subject = trial.register_subject(
                session, actor=SEEDER, screening_number=f"SCR10{n}",
                subject_number=f"RAK10{n}", date_of_birth=date(1960, 1, n), status=status,
                now=now)
            if status == SubjectStatus.ENROLLED:
                trial.issue_coi(session, actor=SEEDER, subject=subject, settings=settings,
                                now=now)
            subjects.append(subject.id or 0)
        lot = make_lot(session, state=lot_state)
        if autologous_for is not None:
            # Test setup: an autologous lot is bound to its subject at receipt (cbu.service).
            lot.cell_source, lot.subject_id = "autologous", subjects[autologous_for]
            session.add(lot)
        made = bags.create_bags(session, actor=SEEDER, lot=lot, count=3, pdc="S1234",
                                collection_type="V", expires_at=now + expires_in, now=now)
        for bag in made if release_bags else ():
            bags.move(session, actor=SEEDER, bag=bag, lot=lot, target=BagStatus.RELEASED,
                      now=now, reason="lot released")
        return Ids(lot.id or 0, [b.id or 0 for b in made], subjects)


def _allocate(session: Session, bag_id: int, subject_id: int, actor: Actor = SEEDER) -> Bag:
    return bags.allocate_to_subject(session, actor=actor, bag=bags.get_bag(session, bag_id),
                                    subject=trial.get_subject(session, subject_id),
                                    now=utcnow())


def _bag(database: Database, bag_id: int) -> Bag:
    with database.session_scope(write=False) as session:
        bag = session.get(Bag, bag_id)
        assert bag is not None
        session.expunge(bag)
        return bag


def _coi(database: Database, subject_id: int) -> str:
    with database.session_scope(write=False) as session:
        coi = trial.current_coi(session, subject_id)
        assert coi is not None
        return coi.identifier


def test_an_allocation_binds_the_current_coi_and_is_audited(
    database: Database, settings: Settings
) -> None:
    ids = _setup(database, settings)
    with database.session_scope() as session:
        _allocate(session, ids.bags[0], ids.subjects[0])
    bag = _bag(database, ids.bags[0])
    assert (bag.subject_id, bag.status, bag.version) == (ids.subjects[0], "released", 3)
    with database.session_scope(write=False) as session:
        coi = session.get(ChainOfIdentity, bag.coi_id)
        assert coi is not None and coi.identifier == _coi(database, ids.subjects[0])
        label = labels.label_data_for(session, LabelKind.BAG, ids.bags[0], settings)
    (event,) = audit_events(database, "bag.allocated", ids.bags[0])
    assert event.actor_name == SEEDER.name and event.blinding == Blinding.OPEN
    assert f'"new":{ids.subjects[0]}' in event.changes and coi.identifier in event.changes
    # The label now carries the COI, in words and in its 2-D symbol.
    assert isinstance(label, BagLabel) and label.recipient == "RAK101"
    assert label.coi_check and coi.identifier in label.label_2d


def test_an_allogeneic_lot_serves_several_subjects_one_bag_each(
    database: Database, settings: Settings
) -> None:
    ids = _setup(database, settings)
    with database.session_scope() as session:
        _allocate(session, ids.bags[0], ids.subjects[0])
        _allocate(session, ids.bags[1], ids.subjects[1])
        # A dose split over two days: a subject may hold a second bag (allocation_rules).
        _allocate(session, ids.bags[2], ids.subjects[0])
    assert [_bag(database, b).subject_id for b in ids.bags] == [
        ids.subjects[0], ids.subjects[1], ids.subjects[0]]


def test_an_autologous_lot_goes_only_to_its_own_subject(
    database: Database, settings: Settings
) -> None:
    ids = _setup(database, settings, autologous_for=1)
    with pytest.raises(AllocationRefused, match="its lot is autologous, made from subject "
                                                "RAK102's own blood; it is allocated only to "
                                                "subject RAK102"), \
            database.session_scope() as session:
        _allocate(session, ids.bags[0], ids.subjects[0])
    with database.session_scope() as session:
        _allocate(session, ids.bags[0], ids.subjects[1])
    assert _bag(database, ids.bags[0]).subject_id == ids.subjects[1]


@pytest.mark.parametrize(("setup", "subject", "rule"), [
    ({"release_bags": False}, 0, "the bag is quarantine; only a released bag still in the lab"),
    ({"lot_state": LotState.IN_QC, "release_bags": False}, 0, "its lot is in QC; only bags"),
    ({"expires_in": timedelta(seconds=-1)}, 0, "an expired bag is never allocated"),
    ({}, 2, "the subject is screening; only an enrolled subject or one on treatment"),
])
def test_a_refused_allocation_writes_nothing_and_names_the_rule(
    database: Database, settings: Settings, setup: dict[str, object], subject: int, rule: str
) -> None:
    ids = _setup(database, settings, **setup)  # type: ignore[arg-type]
    before = _bag(database, ids.bags[0])
    with pytest.raises(AllocationRefused) as refused, database.session_scope() as session:
        _allocate(session, ids.bags[0], ids.subjects[subject])
    assert rule in " ".join(refused.value.reasons)
    assert refused.value.message.startswith("Bag ") and "subject RAK10" in refused.value.message
    assert refused.value.status_code == 409
    after = _bag(database, ids.bags[0])
    assert (after.subject_id, after.coi_id, after.version) == (None, None, before.version)
    assert audit_events(database, "bag.allocated", ids.bags[0]) == []


def test_a_subject_without_a_coi_is_refused_naming_the_field(
    database: Database, settings: Settings
) -> None:
    ids = _setup(database, settings)
    with database.session_scope() as session:
        session.get(Subject, ids.subjects[2]).status = "enrolled"  # type: ignore[union-attr]
    with pytest.raises(AllocationRefused) as refused, database.session_scope() as session:
        _allocate(session, ids.bags[0], ids.subjects[2])
    assert refused.value.field == "subject_id"
    assert refused.value.message.endswith("the subject has no chain-of-identity identifier yet; "
                                          "issue one first, because it goes on the bag's record "
                                          "and label.")


def test_a_bag_is_allocated_once_and_the_refusal_names_who_allocated_it(
    database: Database, settings: Settings
) -> None:
    ids = _setup(database, settings)
    with database.session_scope() as session:
        _allocate(session, ids.bags[0], ids.subjects[0], COORDINATORS[0])
    with pytest.raises(AllocationRefused, match=r"already allocated to subject RAK101 \(by "
                                                r"Cora Lind at .* UTC\); to give it to subject "
                                                "RAK102 instead, deallocate it first"), \
            database.session_scope() as session:
        _allocate(session, ids.bags[0], ids.subjects[1])
    assert len(audit_events(database, "bag.allocated", ids.bags[0])) == 1


def test_allocating_under_a_coi_that_is_no_longer_current_is_refused(
    database: Database, settings: Settings
) -> None:
    ids = _setup(database, settings)
    with database.session_scope(write=False) as session:
        old = trial.current_coi(session, ids.subjects[0])
        assert old is not None
        session.expunge(old)
    with database.session_scope() as session:
        trial.issue_coi(session, actor=SEEDER, subject=trial.get_subject(session,
                        ids.subjects[0]), settings=settings, now=utcnow())
    with pytest.raises(Conflict, match=f"under {old.identifier}: that is not the subject's "
                                       "current chain-of-identity identifier"), \
            database.session_scope() as session:
        bags.allocate(session, actor=SEEDER, bag=bags.get_bag(session, ids.bags[0]),
                      coi=session.merge(old), now=utcnow())


def test_two_coordinators_allocating_one_bag_to_two_subjects_yield_one_allocation(
    database: Database, settings: Settings
) -> None:
    ids = _setup(database, settings)

    def allocate(session: Session, bag: Bag, worker: int) -> None:
        bags.allocate_to_subject(session, actor=COORDINATORS[worker], bag=bag,
                                 subject=trial.get_subject(session, ids.subjects[worker]),
                                 now=utcnow())

    winner, loser = one_winner(race(database, lambda s: s.get(Bag, ids.bags[0]), allocate))
    assert f"was changed by {COORDINATORS[winner.worker].name} at " in loser.refusal
    assert "nothing of yours was saved" in loser.refusal
    assert len(audit_events(database, "bag.allocated", ids.bags[0])) == 1
    bag = _bag(database, ids.bags[0])
    assert bag.subject_id == ids.subjects[winner.worker]
    with database.session_scope(write=False) as session:
        coi = session.get(ChainOfIdentity, bag.coi_id)
        assert coi is not None and coi.subject_id == ids.subjects[winner.worker]


def test_a_deallocation_takes_the_bag_back_with_its_reason_and_frees_it(
    database: Database, settings: Settings
) -> None:
    ids = _setup(database, settings)
    coi = _coi(database, ids.subjects[0])
    with database.session_scope() as session:
        _allocate(session, ids.bags[0], ids.subjects[0])
    with database.session_scope() as session:
        bags.deallocate(session, actor=COORDINATORS[1], bag=bags.get_bag(session, ids.bags[0]),
                        reason="  subject's cycle postponed  ", now=utcnow())
    bag = _bag(database, ids.bags[0])
    assert (bag.subject_id, bag.coi_id, bag.status) == (None, None, "released")
    (event,) = audit_events(database, "bag.deallocated", ids.bags[0])
    assert (event.actor_name, event.reason) == ("Colm Byrne", "subject's cycle postponed")
    assert event.blinding == Blinding.UNBLINDED
    assert f'"old":{ids.subjects[0]}' in event.changes and coi in event.changes
    with database.session_scope() as session:
        _allocate(session, ids.bags[0], ids.subjects[1])
    assert _bag(database, ids.bags[0]).subject_id == ids.subjects[1]


def test_a_bag_held_after_allocation_may_be_taken_back(
    database: Database, settings: Settings
) -> None:
    ids = _setup(database, settings)
    with database.session_scope() as session:
        bag = _allocate(session, ids.bags[0], ids.subjects[0])
        lot = session.get(Lot, ids.lot)
        assert lot is not None
        bags.move(session, actor=SEEDER, bag=bag, lot=lot, target=BagStatus.QUARANTINE,
                  now=utcnow(), reason="late result")
        bags.deallocate(session, actor=SEEDER, bag=bag, reason="held by QA", now=utcnow())
    assert _bag(database, ids.bags[0]).subject_id is None


def test_a_deallocation_is_refused_once_the_bag_left_the_lab_or_without_a_reason(
    database: Database, settings: Settings
) -> None:
    ids = _setup(database, settings)
    with database.session_scope() as session:
        bag = _allocate(session, ids.bags[0], ids.subjects[0])
        bags.move(session, actor=SEEDER, bag=bag, lot=session.get(Lot, ids.lot),  # type: ignore[arg-type]
                  target=BagStatus.DISPATCHED, now=utcnow(), reason="to the ward")
        _allocate(session, ids.bags[1], ids.subjects[1])
    with pytest.raises(AllocationRefused, match="cannot be deallocated from subject RAK101: the "
                                                "bag is dispatched; only a bag still in the lab"), \
            database.session_scope() as session:
        bags.deallocate(session, actor=SEEDER, bag=bags.get_bag(session, ids.bags[0]),
                        reason="wrong subject", now=utcnow())
    with pytest.raises(BadInput, match="cannot be deallocated from subject RAK102: a reason is "
                                       "required") as blank, database.session_scope() as session:
        bags.deallocate(session, actor=SEEDER, bag=bags.get_bag(session, ids.bags[1]),
                        reason="   ", now=utcnow())
    assert blank.value.field == "reason"
    with pytest.raises(AllocationRefused, match="is not allocated to any subject"), \
            database.session_scope() as session:
        bags.deallocate(session, actor=SEEDER, bag=bags.get_bag(session, ids.bags[2]),
                        reason="tidy up", now=utcnow())
    assert [_bag(database, b).subject_id for b in ids.bags] == [
        ids.subjects[0], ids.subjects[1], None]
    with database.session_scope(write=False) as session:
        assert session.exec(select(AuditEvent).where(
            AuditEvent.action == "bag.deallocated")).all() == []


def test_two_coordinators_deallocating_one_bag_yield_one_deallocation(
    database: Database, settings: Settings
) -> None:
    ids = _setup(database, settings)
    with database.session_scope() as session:
        _allocate(session, ids.bags[0], ids.subjects[0])

    def deallocate(session: Session, bag: Bag, worker: int) -> None:
        bags.deallocate(session, actor=COORDINATORS[worker], bag=bag,
                        reason=f"reason {worker}", now=utcnow())

    winner, loser = one_winner(race(database, lambda s: s.get(Bag, ids.bags[0]), deallocate))
    assert f"was changed by {COORDINATORS[winner.worker].name} at " in loser.refusal
    (event,) = audit_events(database, "bag.deallocated", ids.bags[0])
    assert event.reason == f"reason {winner.worker}"
