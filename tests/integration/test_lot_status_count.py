"""``lot_status_count`` (migration 0012) equals a count of the lots by status after every
commit: lots made and moved through the services, a rolled-back change, a deleted lot, and two
writers moving lots between the same two statuses in opposite directions at once."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text
from sqlmodel import Session, col, func, select

from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.lots import service as lots
from cellchain.lots.models import Lot, LotStatusCount
from cellchain.lots.states import LotState
from cellchain.migrate import upgrade
from tests.factories import seed_identity_records
from tests.support.rewind import rewind


def _counted(session: Session) -> dict[str, int]:
    return dict(session.exec(select(Lot.status, func.count()).group_by(Lot.status)).all())


def _kept(session: Session) -> dict[str, int]:
    rows = session.exec(select(LotStatusCount.status, LotStatusCount.lots)).all()
    return {status: n for status, n in rows if n}


def test_the_kept_counts_equal_the_lots_made_and_released_through_the_services(
    database: Database, settings: Settings,
) -> None:
    seed_identity_records(database, settings)
    # Each lot is planned, then moved through every state to released by the services' guarded
    # writes: a count kept only on insert would still show them planned.
    with database.session_scope(write=False) as session:
        counted = _counted(session)
        assert sum(counted.values()) >= 2
        assert _kept(session) == counted
        assert lots.count_by_status(session) == {LotState(s): n for s, n in counted.items()}


def test_the_upgrade_counts_the_lots_already_there(
    database: Database, settings: Settings,
) -> None:
    seed_identity_records(database, settings)
    rewind(database, "0011_entry_check")
    with database.session_scope() as session:  # a lot the triggers never saw
        session.execute(text("UPDATE lot SET status = 'on_hold' WHERE id = (SELECT min(id) "
                             "FROM lot)"))
    upgrade(database)
    with database.session_scope(write=False) as session:
        assert _kept(session) == _counted(session)
        assert "on_hold" in _kept(session)


def test_a_rolled_back_change_leaves_the_counts_and_a_deleted_lot_leaves_them(
    database: Database, settings: Settings,
) -> None:
    seed_identity_records(database, settings)
    with database.session_scope(write=False) as session:
        before = _kept(session)
        first = session.exec(select(Lot.id, Lot.status).order_by(col(Lot.id))).first()
        assert first is not None
        lot_id, status = first
    with pytest.raises(RuntimeError), database.session_scope() as session:
        session.execute(text("UPDATE lot SET status = 'rejected' WHERE id = :id"), {"id": lot_id})
        assert _kept(session) != before  # counted inside the transaction ...
        raise RuntimeError("refused")
    with database.session_scope(write=False) as session:
        assert _kept(session) == before  # ... and gone with it
    # Nothing in cellchain deletes a lot; the trigger still keeps the count exact if one is.
    with database.session_scope() as session:
        lot = Lot(din="W000026999999", status=status, created_at=utcnow(),
                  status_changed_at=utcnow())
        session.add(lot)
        session.flush()
        assert _kept(session)[status] == before[status] + 1
        session.delete(lot)
        session.flush()
        assert _kept(session) == before == _counted(session)


def test_opposite_moves_at_once_neither_deadlock_nor_miscount(
    database: Database, settings: Settings,
) -> None:
    """Each writer flips its own lot between two statuses, in opposite directions, many times
    over; on PostgreSQL the count rows are locked in status order, so no round deadlocks."""
    seed_identity_records(database, settings)
    with database.session_scope(write=False) as session:
        ids = list(session.exec(select(Lot.id).order_by(col(Lot.id))).all())[:2]
    assert len(ids) == 2
    states = ("on_hold", "in_qc")
    with database.session_scope() as session:
        for lot_id, state in zip(ids, states, strict=True):
            session.execute(text("UPDATE lot SET status = :s WHERE id = :id"),
                            {"s": state, "id": lot_id})
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def flip(worker: int) -> None:
        try:
            for round_ in range(150):
                barrier.wait(timeout=20)
                target = states[(worker + round_ + 1) % 2]
                with database.session_scope() as session:
                    session.execute(text("UPDATE lot SET status = :s WHERE id = :id"),
                                    {"s": target, "id": ids[worker]})
        except BaseException as error:  # noqa: BLE001 - reported in the main thread
            errors.append(error)
            barrier.abort()

    threads = [threading.Thread(target=flip, args=(worker,)) for worker in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    with database.session_scope(write=False) as session:
        assert _kept(session) == _counted(session)
