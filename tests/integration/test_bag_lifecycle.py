"""A bag's status follows its lot through the lifecycle table, every move is audited, and a
bag that may not be used gets no label (both databases)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session, col, select

from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus, InvalidBagMove
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.errors import TransitionBlocked
from cellchain.labels import service as labels
from cellchain.labels.data import LabelKind
from cellchain.lots import service as lots
from cellchain.lots.states import LotState
from tests.factories import SEEDER, audit_events, make_lot
from tests.integration.test_guarded_writes import _actor
from tests.support.race import one_winner, race


def _lot_with_bags(database: Database, *, expires_in: timedelta = timedelta(days=1),
                   din: str = "A999026000001") -> int:
    now = utcnow()
    with database.session_scope() as session:
        lot = make_lot(session, din=din, state=LotState.IN_QC)
        bags.create_bags(session, actor=SEEDER, lot=lot, count=2, pdc="S1234",
                         collection_type="V", expires_at=now + expires_in, now=now)
        return lot.id or 0


def _move_lot(database: Database, lot_id: int, target: LotState, reason: str | None = None
              ) -> None:
    """Moves the lot (a release as if QA had signed: the bags' side is what is tested here)."""
    with database.session_scope() as session:
        lots.transition(session, actor=SEEDER, lot=lots.get_lot(session, lot_id), target=target,
                        now=utcnow(), reason=reason, gate=lots.RELEASE_GATE)


def _statuses(session: Session, lot_id: int) -> list[str]:
    return [b.status for b in session.exec(select(Bag).where(Bag.lot_id == lot_id)
                                           .order_by(col(Bag.id)))]


@pytest.mark.parametrize("release", [LotState.RELEASED, LotState.CONDITIONALLY_RELEASED])
def test_releasing_a_lot_releases_its_bags_and_a_recall_recalls_them(
    database: Database, release: LotState
) -> None:
    lot_id = _lot_with_bags(database)
    _move_lot(database, lot_id, release)
    with database.session_scope(write=False) as session:
        assert _statuses(session, lot_id) == ["released", "released"]
        first = session.exec(select(Bag.id).where(Bag.lot_id == lot_id)).first()
    assert len(audit_events(database, "bag.released", first)) == 1
    _move_lot(database, lot_id, LotState.RECALLED, reason="sterility positive")
    with database.session_scope(write=False) as session:
        assert _statuses(session, lot_id) == ["recalled", "recalled"]
    recalled = audit_events(database, "bag.recalled", first)
    assert len(recalled) == 1 and recalled[0].reason == "sterility positive"


def test_a_held_or_rejected_lot_keeps_its_bags_in_quarantine(database: Database) -> None:
    lot_id = _lot_with_bags(database)
    _move_lot(database, lot_id, LotState.ON_HOLD, reason="excursion")
    _move_lot(database, lot_id, LotState.REJECTED, reason="excursion confirmed")
    with database.session_scope(write=False) as session:
        assert _statuses(session, lot_id) == ["quarantine", "quarantine"]


def _first_bag(database: Database, lot_id: int) -> int:
    with database.session_scope(write=False) as session:
        return session.exec(select(Bag.id).where(Bag.lot_id == lot_id)
                            .order_by(col(Bag.id))).first() or 0


def _print(database: Database, settings: Settings, bag_id: int) -> None:
    with database.session_scope() as session:
        labels.record_print(session, actor=SEEDER, kind=LabelKind.BAG, record_id=bag_id,
                            target="svg", settings=settings, now=utcnow())


def test_a_recalled_or_expired_bag_gets_no_label_and_nothing_is_logged(
    database: Database, settings: Settings
) -> None:
    lot_id = _lot_with_bags(database)
    bag_id = _first_bag(database, lot_id)
    _print(database, settings, bag_id)  # quarantine during QC: labelled at formulation
    _move_lot(database, lot_id, LotState.RELEASED)
    _move_lot(database, lot_id, LotState.RECALLED, reason="sterility positive")
    with pytest.raises(TransitionBlocked) as refused:
        _print(database, settings, bag_id)
    assert refused.value.reasons == ["the bag is recalled", "its lot is recalled"]
    expired_lot = _lot_with_bags(database, expires_in=timedelta(seconds=-1),
                                 din="A999026000002")
    with pytest.raises(TransitionBlocked, match="cannot be printed") as refused:
        _print(database, settings, _first_bag(database, expired_lot))
    assert refused.value.reasons[0].startswith("it expired at ")
    assert len(audit_events(database, "label.printed", bag_id)) == 1


def test_an_expired_bag_shows_as_expired_without_any_write(database: Database) -> None:
    lot_id = _lot_with_bags(database, expires_in=timedelta(seconds=-1))
    _move_lot(database, lot_id, LotState.RELEASED)
    with database.session_scope(write=False) as session:
        expired = session.exec(select(Bag).where(
            bags.where_effective_status(BagStatus.EXPIRED, utcnow()))).all()
        assert {b.lot_id for b in expired} == {lot_id}
        assert {bags.effective_status(b, utcnow()) for b in expired} == {BagStatus.EXPIRED}
        assert {b.status for b in expired} == {"released"}
        assert session.exec(select(Bag).where(
            bags.where_effective_status(BagStatus.RELEASED, utcnow()))).all() == []


def test_destroying_a_bag_needs_a_reason_and_follows_the_table(database: Database) -> None:
    lot_id = _lot_with_bags(database)
    bag_id = _first_bag(database, lot_id)
    with database.session_scope() as session:
        bags.destroy(session, actor=SEEDER, bag=bags.get_bag(session, bag_id),
                     reason="bag leaking", now=utcnow())
    with pytest.raises(InvalidBagMove, match="already destroyed"), \
            database.session_scope() as session:
        bags.destroy(session, actor=SEEDER, bag=bags.get_bag(session, bag_id),
                     reason="again", now=utcnow())
    assert [e.reason for e in audit_events(database, "bag.destroyed", bag_id)] == ["bag leaking"]


def test_two_users_recording_one_bag_destruction_yield_one(database: Database) -> None:
    bag_id = _first_bag(database, _lot_with_bags(database))

    def destroy(session: Session, bag: Bag, worker: int) -> None:
        bags.destroy(session, actor=_actor(worker), bag=bag, reason=f"leak {worker}",
                     now=utcnow())

    winner, loser = one_winner(race(database, lambda s: s.get(Bag, bag_id), destroy))
    assert f"changed by {_actor(winner.worker).name}" in loser.refusal
    assert len(audit_events(database, "bag.destroyed", bag_id)) == 1
