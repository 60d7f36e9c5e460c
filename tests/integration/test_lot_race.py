"""Compare-and-swap status writes: two QA users deciding on one lot yield exactly one decision
(the signed release itself races in test_release.py)."""

from __future__ import annotations

import threading

import pytest
from sqlmodel import Session, select

from cellchain.audit.models import AuditEvent
from cellchain.audit.service import Actor
from cellchain.clock import utcnow
from cellchain.db import Database
from cellchain.deviations import service as deviations
from cellchain.errors import Conflict
from cellchain.lots import service
from cellchain.lots.models import Lot
from cellchain.lots.states import InvalidTransition, LotState
from tests.factories import make_lot
from tests.support.race import waits_then_sees


def _lot_in_qc(database: Database) -> int:
    with database.session_scope() as session:
        lot = make_lot(session, state=LotState.IN_QC)
        assert lot.id is not None
        return lot.id


@pytest.mark.parametrize("trial", range(3))
def test_two_threads_rejecting_the_same_lot_yield_one_winner(
    database: Database, trial: int
) -> None:
    lot_id = _lot_in_qc(database)
    # On PostgreSQL both threads read the lot before either writes (the interleaving that needs
    # the compare-and-swap); on SQLite the write lock already queues them.
    loaded = threading.Barrier(2) if not database.is_sqlite else None
    outcomes: list[str] = []

    def release(name: str) -> None:
        try:
            with database.session_scope() as session:
                lot = service.get_lot(session, lot_id)
                if loaded is not None:
                    loaded.wait(timeout=10)
                service.transition(session, actor=Actor(None, name), lot=lot,
                                   target=LotState.REJECTED, now=utcnow(), reason="sterility")
            outcomes.append("rejected")
        except Conflict as refusal:
            outcomes.append(type(refusal).__name__)

    threads = [threading.Thread(target=release, args=(f"QA {i}",)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes)[-1] == "rejected"
    assert outcomes.count("rejected") == 1
    with database.session_scope(write=False) as session:
        lot = session.get(Lot, lot_id)
        assert lot is not None and lot.status == "rejected"
        releases = session.exec(
            select(AuditEvent).where(AuditEvent.entity_type == "lot",
                                     AuditEvent.entity_id == str(lot_id),
                                     AuditEvent.action == "lot.status_changed")
        ).all()
    assert sum('"new":"rejected"' in e.changes for e in releases) == 1


def test_a_stale_read_is_refused_with_a_readable_message(database: Database) -> None:
    lot_id = _lot_in_qc(database)
    with database.session_scope() as session:
        stale = service.get_lot(session, lot_id)
        session.expunge(stale)
    with database.session_scope() as session:
        service.transition(session, actor=Actor(None, "QA 1"), lot=service.get_lot(
            session, lot_id), target=LotState.ON_HOLD, now=utcnow(), reason="deviation")
    with pytest.raises(Conflict, match="changed by QA 1 at "), \
            database.session_scope() as session:
        stale = session.merge(stale, load=False)
        service.transition(session, actor=Actor(None, "QA 2"), lot=stale,
                           target=LotState.REJECTED, now=utcnow(), reason="sterility")


@pytest.mark.parametrize("target", [LotState.RELEASED, LotState.CONDITIONALLY_RELEASED])
def test_no_status_write_releases_a_lot_past_the_release_gate(
    database: Database, target: LotState
) -> None:
    lot_id = _lot_in_qc(database)
    with pytest.raises(Conflict, match="only by QA's signed decision on its release review"), \
            database.session_scope() as session:
        service.transition(session, actor=Actor(3, "QA"), lot=service.get_lot(session, lot_id),
                           target=target, now=utcnow())
    with database.session_scope(write=False) as session:
        assert service.get_lot(session, lot_id).status == "in_qc"


def test_every_status_change_writes_an_audit_record_and_reasons_are_required(
    database: Database,
) -> None:
    lot_id = _lot_in_qc(database)
    with pytest.raises(Conflict), database.session_scope() as session:
        lot = service.get_lot(session, lot_id)
        service.transition(session, actor=Actor(3, "QA"), lot=lot, target=LotState.PLANNED,
                           now=utcnow())
    with database.session_scope() as session:
        lot = service.get_lot(session, lot_id)
        with pytest.raises(Exception, match="reason is required"):
            service.transition(session, actor=Actor(3, "QA"), lot=lot, target=LotState.REJECTED,
                               now=utcnow())
    with database.session_scope() as session:
        lot = service.get_lot(session, lot_id)
        service.transition(session, actor=Actor(3, "QA"), lot=lot, target=LotState.ON_HOLD,
                           now=utcnow(), reason="temperature excursion")
        assert lot.held_from == "in_qc" and lot.version == 6
        with pytest.raises(InvalidTransition, match="only return to in QC"):
            service.transition(session, actor=Actor(3, "QA"), lot=lot,
                               target=LotState.EXPANDING, now=utcnow())
        events = session.exec(
            select(AuditEvent).where(AuditEvent.entity_type == "lot",
                                     AuditEvent.entity_id == str(lot_id))
        ).all()
    assert [e.action for e in events] == ["lot.planned"] + ["lot.status_changed"] * 5
    assert events[-1].reason == "temperature excursion"
    assert events[-1].actor_name == "QA"


def test_on_postgresql_a_hold_is_not_lifted_past_a_deviation_opened_meanwhile(
    database: Database,
) -> None:
    """QA lifts a hold while a technician's correction opens a deviation on the held lot: the
    lift reads the open deviations under the lock the opening holds until it commits, so the
    lot stays held with its deviation open (DESIGN §4.2), never released from hold past it."""
    if database.is_sqlite:
        pytest.skip("SQLite runs one write transaction at a time")
    lot_id = _lot_in_qc(database)
    with database.session_scope() as session:
        service.transition(session, actor=Actor(3, "QA"), lot=service.get_lot(session, lot_id),
                           target=LotState.ON_HOLD, now=utcnow(), reason="label check")

    def open_one(session: Session) -> None:
        deviations.open_deviation(session, actor=Actor(1, "Tess Tech"),
                                  lot=service.get_lot(session, lot_id), now=utcnow(),
                                  severity=deviations.Severity.MAJOR,
                                  description="Bag label smudged")

    def lift(session: Session) -> None:
        service.lift_hold(session, actor=Actor(3, "QA"), lot=service.get_lot(session, lot_id),
                          reason="labels reprinted", now=utcnow())

    outcome = waits_then_sees(database, open_one, lift)
    assert not outcome.won and "deviations are open" in outcome.refusal, outcome
    with database.session_scope(write=False) as session:
        assert service.get_lot(session, lot_id).status == LotState.ON_HOLD
