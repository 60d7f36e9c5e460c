"""Compare-and-swap QA decisions: two QA users deciding on one material lot yield one decision."""

from __future__ import annotations

import threading

import pytest

from cellchain.audit.service import Actor
from cellchain.clock import utcnow
from cellchain.db import Database
from cellchain.errors import Conflict
from cellchain.materials import service
from tests.factories import audit_events
from tests.support.materials import receive


@pytest.mark.parametrize("decisions", [("release", "release"), ("release", "reject")])
def test_two_qa_users_deciding_on_one_lot_at_once_yield_one_decision(
    database: Database, decisions: tuple[str, str]
) -> None:
    with database.session_scope() as session:
        lot_id = receive(session).id or 0
    # On PostgreSQL both threads read the lot before either writes (the interleaving that needs
    # the compare-and-swap); on SQLite the write lock already queues them.
    loaded = threading.Barrier(2) if not database.is_sqlite else None
    outcomes: list[str] = []

    def decide(decision: str, name: str) -> None:
        try:
            with database.session_scope() as session:
                lot = service.get_material(session, lot_id)
                if loaded is not None:
                    loaded.wait(timeout=10)
                if decision == "release":
                    service.release_material(session, actor=Actor(None, name), lot=lot,
                                             now=utcnow())
                else:
                    service.reject_material(session, actor=Actor(None, name), lot=lot,
                                            reason="CoA mismatch", now=utcnow())
            outcomes.append(decision)
        except Conflict as refusal:
            outcomes.append(type(refusal).__name__)

    threads = [threading.Thread(target=decide, args=(d, f"QA {i}"))
               for i, d in enumerate(decisions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(outcomes) == 2
    winners = [o for o in outcomes if o in ("release", "reject")]
    assert len(winners) == 1, outcomes
    with database.session_scope(write=False) as session:
        lot = service.get_material(session, lot_id)
        assert lot.version == 2
        assert lot.status == {"release": "released", "reject": "rejected"}[winners[0]]
    decided = audit_events(database, "material.released", lot_id) + audit_events(
        database, "material.rejected", lot_id)
    assert len(decided) == 1
