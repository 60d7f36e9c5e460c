"""Dispatch, receipt and return on both databases: each handoff is one append-only event with
who, when and where, moves the bag through the guarded bag move and is audited; a repeated scan
writes nothing; a refused handoff leaves nothing; two scans at once record one handoff."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlmodel import Session, col, select

from cellchain.audit.models import AuditEvent
from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.custody import service as custody
from cellchain.custody.models import CustodyEvent
from cellchain.custody.rules import CustodyState
from cellchain.db import Database
from cellchain.errors import InvalidFields, TransitionBlocked
from cellchain.lots import service as lots
from cellchain.lots.states import LotState
from tests.factories import SEEDER, cast_actor
from tests.support.custody import released_bags, written
from tests.support.race import race


def _bag(database: Database, settings: Settings, **options: Any) -> int:
    with database.session_scope() as session:
        return released_bags(session, settings, now=utcnow(), **options).bag_ids[0]


def _dispatch(session: Session, settings: Settings, bag_id: int, *, user: str = "tech",
              temperature: float = 20.0, readings: str = "", now: datetime | None = None,
              ) -> custody.Handoff:
    return custody.dispatch(session, actor=cast_actor(session, user),
                            bag=bags.get_bag(session, bag_id), courier="Medcourier Ltd",
                            container="SHIP-0042", temperature_c=temperature,
                            logger_readings=readings, now=now or utcnow(), settings=settings)


def _receive(session: Session, settings: Settings, bag_id: int, *, condition: str = "intact",
             temperature: float = 21.0, now: datetime | None = None) -> custody.Handoff:
    return custody.receive(session, actor=cast_actor(session, "clin"),
                           bag=bags.get_bag(session, bag_id), temperature_c=temperature,
                           condition=condition, logger_readings="", note="",
                           now=now or utcnow(), settings=settings)


def _return(session: Session, settings: Settings, bag_id: int) -> custody.Handoff:
    return custody.return_to_lab(session, actor=cast_actor(session, "tech"),
                                 bag=bags.get_bag(session, bag_id), temperature_c=19.0,
                                 condition="intact", logger_readings="",
                                 reason="infusion postponed", now=utcnow(), settings=settings)


def _events(session: Session, bag_id: int) -> list[CustodyEvent]:
    return list(session.exec(select(CustodyEvent).where(CustodyEvent.bag_id == bag_id)
                             .order_by(col(CustodyEvent.id))))


def _actions(session: Session, bag_id: int) -> list[str]:
    return list(session.exec(select(AuditEvent.action).where(
        AuditEvent.entity_type == "bag", AuditEvent.entity_id == str(bag_id),
        col(AuditEvent.action).like("%.%")).order_by(col(AuditEvent.seq))))


def test_dispatch_receipt_and_return_record_who_when_and_where_and_move_the_bag(
    database: Database, settings: Settings
) -> None:
    bag_id = _bag(database, settings)
    with database.session_scope() as session:
        sent = _dispatch(session, settings, bag_id)
        assert not sent.repeated and not sent.held
        assert bags.get_bag(session, bag_id).status == BagStatus.DISPATCHED.value
        assert custody.custody_state(session, bag_id) == CustodyState(True, None, 0)
    with database.session_scope() as session:
        received = _receive(session, settings, bag_id)
        assert bags.get_bag(session, bag_id).status == BagStatus.AT_WARD.value
        assert custody.custody_state(session, bag_id) == CustodyState(
            True, received.event.at, 0)
    with database.session_scope() as session:
        _return(session, settings, bag_id)
        assert bags.get_bag(session, bag_id).status == BagStatus.RETURNED.value
        # A finished journey is not custody the bedside can rely on.
        assert custody.custody_state(session, bag_id) == CustodyState(False, None, 0)
        events = _events(session, bag_id)
        assert [(e.kind, e.leg, e.location, e.actor_name) for e in events] == [
            ("dispatched", 1, "Cell processing facility", "Tess Tech"),
            ("received", 1, "Oncology day ward", "Clara Ruiz"),
            ("returned", 1, "Cell processing facility", "Tess Tech")]
        assert (events[0].courier, events[0].container, events[0].temperature_c) == (
            "Medcourier Ltd", "SHIP-0042", 20.0)
        assert (events[1].condition, events[2].note) == ("intact", "infusion postponed")
        assert _actions(session, bag_id)[-6:] == [
            "bag.dispatched", "custody.dispatched", "bag.at_ward", "custody.received",
            "bag.returned", "custody.returned"]
        timeline = custody.custody_timeline(session, bag_id)
        assert [(t.what, t.event.kind) for t in timeline] == [
            ("handoff", "dispatched"), ("handoff", "received"), ("handoff", "returned")]


def test_a_bag_sent_again_after_its_return_travels_a_new_leg(
    database: Database, settings: Settings
) -> None:
    bag_id = _bag(database, settings)
    with database.session_scope() as session:
        _dispatch(session, settings, bag_id)
        _return(session, settings, bag_id)
        bag = bags.get_bag(session, bag_id)
        lot = lots.get_lot(session, bag.lot_id)
        bags.move(session, actor=SEEDER, bag=bag, lot=lot, target=BagStatus.RELEASED,
                  now=utcnow(), reason="returned unopened, back to stock (as QA)")
        again = _dispatch(session, settings, bag_id)
        assert not again.repeated and again.event.leg == 2
        assert custody.custody_state(session, bag_id) == CustodyState(True, None, 0)


def test_a_repeated_scan_of_each_handoff_returns_the_first_record_and_writes_nothing(
    database: Database, settings: Settings
) -> None:
    bag_id = _bag(database, settings)
    steps = [(_dispatch, "dispatched from the lab", "Tess Tech"),
             (_receive, "received at the ward", "Clara Ruiz"),
             (_return, "returned to the lab", "Tess Tech")]
    for handoff, done, by in steps:
        with database.session_scope() as session:
            first = handoff(session, settings, bag_id)
        before = written(database)
        with database.session_scope() as session:
            again = handoff(session, settings, bag_id)
            assert again.repeated and again.event.id == first.event.id
            message = custody.outcome_message(again, settings)
        assert f"was already {done} at " in message and f" by {by}; " in message
        assert message.endswith("this scan recorded nothing new.")
        assert written(database) == before


def test_two_scans_of_one_dispatch_at_once_record_it_once_and_both_are_told_so(
    database: Database, settings: Settings
) -> None:
    bag_id = _bag(database, settings)
    answers: list[bool] = []

    def scan(session: Session, bag: Bag, worker: int) -> None:
        # Each scans the bag as it read it, before the other's dispatch was committed.
        answers.append(custody.dispatch(
            session, actor=cast_actor(session, "tech" if worker else "coord"), bag=bag,
            courier="Medcourier Ltd", container="SHIP-0042", temperature_c=20.0,
            logger_readings="", now=utcnow(), settings=settings).repeated)

    outcomes = race(database, lambda s: bags.get_bag(s, bag_id), scan)
    assert all(o.won for o in outcomes), outcomes
    assert sorted(answers) == [False, True]
    with database.session_scope(write=False) as session:
        assert len(_events(session, bag_id)) == 1
        assert _actions(session, bag_id).count("bag.dispatched") == 1


@pytest.mark.parametrize(("status", "message"), [
    (BagStatus.QUARANTINE, "the bag is in quarantine (held for QA's decision); only a released "
                           "bag is dispatched"),
    (BagStatus.DISPATCHED, "the bag is dispatched (in transit); only a released bag is "
                           "dispatched"),
])
def test_a_refused_dispatch_leaves_nothing_written(
    database: Database, settings: Settings, status: BagStatus, message: str
) -> None:
    bag_id = _bag(database, settings)
    with database.session_scope() as session:
        bag = bags.get_bag(session, bag_id)
        bags.move(session, actor=SEEDER, bag=bag, lot=lots.get_lot(session, bag.lot_id),
                  target=status, now=utcnow(), reason="test setup")
    before = written(database)
    with pytest.raises(TransitionBlocked, match="cannot be dispatched from the lab now") as no, \
            database.session_scope() as session:
        _dispatch(session, settings, bag_id)
    assert no.value.reasons == [message]
    assert written(database) == before


def test_a_held_lot_or_an_expired_bag_is_refused_and_nothing_is_written(
    database: Database, settings: Settings
) -> None:
    expired = _bag(database, settings, din="A999026000002", expires_in=timedelta(seconds=1))
    held = _bag(database, settings, din="A999026000003")
    with database.session_scope() as session:
        lot = lots.get_lot(session, bags.get_bag(session, held).lot_id)
        lots.transition(session, actor=SEEDER, lot=lot, target=LotState.RECALLED,
                        now=utcnow(), reason="sterility positive", gate=lots.RELEASE_GATE)
    before = written(database)
    later = utcnow() + timedelta(minutes=1)
    with pytest.raises(TransitionBlocked) as no, database.session_scope() as session:
        _dispatch(session, settings, expired, now=later)
    assert no.value.reasons[0].startswith("it expired at ")
    with pytest.raises(TransitionBlocked) as no, database.session_scope() as session:
        _dispatch(session, settings, held)
    assert "its lot is recalled, not released" in no.value.reasons
    assert written(database) == before


def test_bad_fields_are_all_refused_at_once_and_nothing_is_written(
    database: Database, settings: Settings
) -> None:
    bag_id = _bag(database, settings)
    before = written(database)
    with pytest.raises(InvalidFields) as no, database.session_scope() as session:
        custody.dispatch(session, actor=cast_actor(session, "tech"),
                         bag=bags.get_bag(session, bag_id), courier=" ", container="",
                         temperature_c=float("nan"), logger_readings="2026-05-01 10:00,20",
                         now=utcnow(), settings=settings)
    assert set(no.value.problems) == {"courier", "container", "temperature_c", "logger_readings"}
    assert no.value.problems["logger_readings"].startswith("logger_readings line 1: ")
    assert written(database) == before
    with database.session_scope(write=False) as session:
        assert bags.get_bag(session, bag_id).status == BagStatus.RELEASED.value
