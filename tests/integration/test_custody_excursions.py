"""Temperature excursions and damaged bags on both databases: the handoff holds the bag for QA,
keeps the first out-of-range time, tells QA and the coordinator; QA acknowledges once with a
comment (two QA users at once: one wins), and only then may QA release the bag from quarantine."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session, col, select

from cellchain.audit.models import AuditEvent
from cellchain.bags import service as bags
from cellchain.bags.disposition import Disposition, dispose
from cellchain.bags.rules import BagStatus
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.custody import service as custody
from cellchain.custody.models import TemperatureExcursion
from cellchain.custody.rules import CustodyState
from cellchain.db import Database
from cellchain.errors import BadInput, Conflict, TransitionBlocked
from cellchain.notifications.models import Notification
from tests.factories import cast_actor
from tests.integration.test_after_release import _proof
from tests.integration.test_custody_handoffs import _bag, _dispatch, _receive
from tests.support.custody import logger_text, written
from tests.support.race import one_winner, race


def _actions(session: Session, bag_id: int) -> list[str]:
    return list(session.exec(select(AuditEvent.action).where(
        AuditEvent.entity_type == "bag", AuditEvent.entity_id == str(bag_id))
        .order_by(col(AuditEvent.seq))))


def _holds(session: Session) -> list[Notification]:
    return list(session.exec(select(Notification).where(Notification.kind == "custody_hold")))


def test_an_excursion_in_the_log_holds_the_bag_at_receipt_and_keeps_its_first_time(
    database: Database, settings: Settings
) -> None:
    bag_id = _bag(database, settings, kits=True)
    now = utcnow().replace(microsecond=0)
    start = now - timedelta(hours=3)
    # Out of range twice (26.5 at +30 min, 14 at +90 min), given latest first.
    lines = logger_text(start, [20, 22, 24, 26.5, 25, 20, 19, 18, 16, 14, 15, 20], minutes=10)
    readings = "\n".join(reversed(lines.splitlines()))
    with database.session_scope() as session:
        _dispatch(session, settings, bag_id, now=now - timedelta(hours=3))
        received = custody.receive(
            session, actor=cast_actor(session, "clin"), bag=bags.get_bag(session, bag_id),
            temperature_c=21.0, condition="intact", logger_readings=readings, note="",
            now=now, settings=settings)
        excursion = received.excursion
        assert excursion is not None
        assert excursion.first_out_at == start + timedelta(minutes=30)
        assert (excursion.lowest_c, excursion.highest_c) == (14.0, 26.5)
        assert (excursion.range_low_c, excursion.range_high_c) == (15.0, 25.0)
        assert bags.get_bag(session, bag_id).status == BagStatus.QUARANTINE.value
        assert _actions(session, bag_id)[-4:] == [
            "bag.at_ward", "custody.received", "custody.excursion_opened", "bag.quarantine"]
        assert custody.custody_state(session, bag_id) == CustodyState(True, now, 1)
        message = custody.outcome_message(received, settings)
        kit = bags.get_bag(session, bag_id).kit_number
        assert message.startswith(f"Kit {kit} received at the ward at ")
        assert "then HELD in quarantine for QA's decision: temperature out of the range " \
               "15–25 °C from " in message
        [note] = _holds(session)
        assert note.roles == "coordinator,qa" and f"(kit {kit})" in note.message
        timeline = custody.custody_timeline(session, bag_id)
        assert [t.what for t in timeline] == ["handoff", "out_of_range", "handoff"]
        assert timeline[1].at == excursion.first_out_at
    before = written(database)
    with database.session_scope() as session:
        again = _receive(session, settings, bag_id)
        assert again.repeated and again.held and again.excursion is not None
        assert again.excursion.first_out_at == start + timedelta(minutes=30)
        assert custody.outcome_message(again, settings).endswith(
            "It is held in quarantine for QA's decision.")
    assert written(database) == before


def test_an_out_of_range_dispatch_never_leaves_the_lab(
    database: Database, settings: Settings
) -> None:
    bag_id = _bag(database, settings)
    with database.session_scope() as session:
        stopped = _dispatch(session, settings, bag_id, temperature=25.5)
        assert stopped.excursion is not None and stopped.excursion.highest_c == 25.5
        assert bags.get_bag(session, bag_id).status == BagStatus.QUARANTINE.value
        actions = _actions(session, bag_id)
        assert "bag.dispatched" not in actions
        assert actions[-3:] == ["bag.quarantine", "custody.dispatched", "custody.excursion_opened"]
        assert custody.custody_state(session, bag_id) == CustodyState(False, None, 1)
        assert custody.outcome_message(stopped, settings).startswith(
            f"{stopped.name[:1].upper()}{stopped.name[1:]} was NOT dispatched: temperature out")
        assert len(_holds(session)) == 1
    before = written(database)
    with database.session_scope() as session:
        again = _dispatch(session, settings, bag_id, temperature=20.0)
        assert again.repeated and again.event.id == stopped.event.id
        assert "'s dispatch was already stopped at " in custody.outcome_message(again, settings)
        assert [(t.what, t.held) for t in custody.custody_timeline(session, bag_id)] == [
            ("handoff", True), ("out_of_range", False)]
    assert written(database) == before


def test_readings_on_the_limits_are_in_range_and_a_damaged_bag_is_held_without_an_excursion(
    database: Database, settings: Settings
) -> None:
    bag_id = _bag(database, settings)
    now = utcnow()
    with database.session_scope() as session:
        sent = _dispatch(session, settings, bag_id, temperature=15.0,
                         readings=logger_text(now - timedelta(hours=1), [25.0, 15.0, 25]))
        assert sent.excursion is None and not sent.held
        damaged = _receive(session, settings, bag_id, condition="damaged", temperature=25.0)
        assert damaged.excursion is None
        assert damaged.hold_reasons == ("the bag was found damaged",)
        assert bags.get_bag(session, bag_id).status == BagStatus.QUARANTINE.value
        assert session.exec(select(TemperatureExcursion)).all() == []
        assert "the bag was found damaged" in _holds(session)[0].message


def _excursion(database: Database, settings: Settings) -> tuple[int, int]:
    bag_id = _bag(database, settings)
    with database.session_scope() as session:
        _dispatch(session, settings, bag_id)
        held = _receive(session, settings, bag_id, temperature=27.0)
        assert held.excursion is not None
        return bag_id, held.excursion.id or 0


def test_qa_acknowledges_an_excursion_once_with_a_comment_and_the_bag_stays_held(
    database: Database, settings: Settings
) -> None:
    bag_id, excursion_id = _excursion(database, settings)
    before = written(database)
    with pytest.raises(BadInput, match="comment is required") as no, \
            database.session_scope() as session:
        custody.acknowledge_excursion(session, actor=cast_actor(session, "qa"),
                                      excursion=session.get(TemperatureExcursion, excursion_id),
                                      comment="  ", now=utcnow())
    assert no.value.field == "comment" and written(database) == before
    with database.session_scope() as session:
        done = custody.acknowledge_excursion(
            session, actor=cast_actor(session, "qa"),
            excursion=session.get(TemperatureExcursion, excursion_id),
            comment=" Logger shows 40 min at 27 °C; stability data cover it. ", now=utcnow())
        assert (done.acknowledged_by_name, done.comment, done.version) == (
            "Quentin Ashby", "Logger shows 40 min at 27 °C; stability data cover it.", 2)
        assert bags.get_bag(session, bag_id).status == BagStatus.QUARANTINE.value
        assert custody.custody_state(session, bag_id).open_excursions == 0
        assert _actions(session, bag_id)[-1] == "custody.excursion_acknowledged"
    with pytest.raises(Conflict, match="already acknowledged by Quentin Ashby"), \
            database.session_scope() as session:
        custody.acknowledge_excursion(session, actor=cast_actor(session, "qa2"),
                                      excursion=session.get(TemperatureExcursion, excursion_id),
                                      comment="me too", now=utcnow())


def test_two_qa_users_acknowledging_one_excursion_at_once_yield_one_acknowledgement(
    database: Database, settings: Settings
) -> None:
    bag_id, excursion_id = _excursion(database, settings)

    def acknowledge(session: Session, excursion: TemperatureExcursion, worker: int) -> None:
        custody.acknowledge_excursion(session, actor=cast_actor(session, ("qa", "qa2")[worker]),
                                      excursion=excursion, comment=f"assessed by {worker}",
                                      now=utcnow())

    winner, loser = one_winner(race(
        database, lambda s: s.get(TemperatureExcursion, excursion_id), acknowledge))
    assert "while you were working; nothing of yours was saved" in loser.refusal
    with database.session_scope(write=False) as session:
        stored = session.get(TemperatureExcursion, excursion_id)
        assert stored is not None and stored.comment == f"assessed by {winner.worker}"
        assert _actions(session, bag_id).count("custody.excursion_acknowledged") == 1


def test_qa_may_release_the_bag_from_quarantine_only_after_acknowledging_its_excursion(
    database: Database, settings: Settings
) -> None:
    bag_id, excursion_id = _excursion(database, settings)
    with pytest.raises(TransitionBlocked) as no, database.session_scope() as session:
        dispose(session, proof=_proof(session, settings, "qa"), bag=bags.get_bag(session, bag_id),
                disposition=Disposition.RELEASE, reason="assessed", settings=settings,
                now=utcnow())
    assert len(no.value.reasons) == 1
    assert no.value.reasons[0].startswith(f"temperature excursion {excursion_id} (out of range "
                                          "from ")
    assert no.value.reasons[0].endswith(") is not yet acknowledged by QA")
    with database.session_scope() as session:
        custody.acknowledge_excursion(session, actor=cast_actor(session, "qa"),
                                      excursion=session.get(TemperatureExcursion, excursion_id),
                                      comment="within stability data", now=utcnow())
    with database.session_scope() as session:
        dispose(session, proof=_proof(session, settings, "qa"), bag=bags.get_bag(session, bag_id),
                disposition=Disposition.RELEASE, reason="assessed", settings=settings,
                now=utcnow())
        assert bags.get_bag(session, bag_id).status == BagStatus.RELEASED.value
