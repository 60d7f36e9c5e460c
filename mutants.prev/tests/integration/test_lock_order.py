"""One lock order on PostgreSQL: the audit append lock before any row lock, in every write.

A technician records the transfer step (which appends audit records, then moves the lot to
expanding) while QA puts the same lot on hold (a guarded write, then its audit record). If the
hold took the lot's row lock before the audit lock, each would wait for the other: a deadlock
that PostgreSQL breaks by failing one transaction with an error. With the audit lock first, QA
waits for the technician, then is refused by name because the lot moved meanwhile.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from cellchain.audit import service as audit
from cellchain.audit.service import Actor
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.errors import ConcurrentModification
from cellchain.lots import service as lots
from cellchain.lots.states import LotState
from tests.integration.test_batch_record import lot_id as lot_id  # noqa: F401 - fixture
from tests.integration.test_batch_record import step


def _wait_until_a_backend_waits_for_a_lock(url: str, deadline_s: float = 20.0) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            stop = time.monotonic() + deadline_s
            while time.monotonic() < stop:
                waiting = conn.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock'")).scalar_one()
                if waiting:
                    return
                time.sleep(0.01)
    finally:
        engine.dispose()
    raise AssertionError("QA's transaction never waited for a lock")


def test_a_step_and_a_hold_on_one_lot_at_once_never_deadlock(
    database: Database, settings: Settings, lot_id: int,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if database.is_sqlite:
        pytest.skip("SQLite runs one write transaction at a time; no lock order to get wrong")
    step(database, settings, lot_id, "activation", 0)
    qa_has_read = threading.Barrier(2)
    technician = threading.current_thread()
    original_record = audit.record
    paused: list[bool] = []

    def record_then_pause(session: Any, **kwargs: Any) -> Any:
        event = original_record(session, **kwargs)
        if threading.current_thread() is technician and not paused:
            paused.append(True)  # the technician now holds the audit lock
            qa_has_read.wait(timeout=20)
            _wait_until_a_backend_waits_for_a_lock(database.url)
        return event

    monkeypatch.setattr(audit, "record", record_then_pause)
    qa_outcome: list[BaseException | str] = []

    def put_on_hold() -> None:
        try:
            with database.session_scope() as session:
                lot = lots.get_lot(session, lot_id)
                qa_has_read.wait(timeout=20)
                lots.transition(session, actor=Actor(3, "Quentin Ashby"), lot=lot,
                                target=LotState.ON_HOLD, now=utcnow(), reason="excursion")
            qa_outcome.append("held")
        except BaseException as outcome:  # noqa: BLE001 - inspected below
            qa_outcome.append(outcome)

    qa = threading.Thread(target=put_on_hold)
    qa.start()
    step(database, settings, lot_id, "transfer", 4)  # the technician, in this thread
    qa.join()
    assert len(qa_outcome) == 1
    refusal = qa_outcome[0]
    assert isinstance(refusal, ConcurrentModification), refusal
    assert "changed by Tess Tech" in refusal.message
    with database.session_scope(write=False) as session:
        assert lots.get_lot(session, lot_id).status == LotState.EXPANDING.value
