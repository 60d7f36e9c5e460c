"""QA's decision on a unit in quarantine and its consumption, on SQLite and PostgreSQL:
compare-and-swap (one winner), reasons, segregation of duties, audit rows and signatures."""

from __future__ import annotations

import json
import threading

import pytest
from sqlmodel import select

from cellchain.audit.service import Actor
from cellchain.cbu import service
from cellchain.cbu.models import CordBloodUnit
from cellchain.cbu.rules import InvalidTransition
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.errors import BadInput, ConcurrentModification, Conflict, Forbidden
from cellchain.signatures import service as signatures
from cellchain.signatures.models import Signature
from tests.factories import CAST, audit_events, make_lot, principal_for
from tests.integration.test_cbu_receipt import TECH, receipt

QA = Actor(201, "Quentin Ashby")


def _received(database: Database, **overrides: object) -> int:
    with database.session_scope() as session:
        cbu = service.receive_scanned(session, **receipt(**overrides))
        assert cbu.id is not None
        return cbu.id


def _changes(database: Database, action: str, cbu_id: int) -> dict[str, tuple[object, object]]:
    (event,) = audit_events(database, action, cbu_id)
    return {c["field"]: (c["old"], c["new"]) for c in json.loads(event.changes)}


def test_qa_accepts_a_unit_and_the_decision_is_stored_and_audited(database: Database) -> None:
    cbu_id = _received(database)
    with database.session_scope() as session:
        cbu = service.accept(session, actor=QA, cbu=service.get_cbu(session, cbu_id),
                             now=utcnow())
        assert (cbu.status, cbu.version, cbu.decided_by_name) == ("accepted", 2, "Quentin Ashby")
        assert cbu.decision_reason is None and cbu.decided_at is not None
    changes = _changes(database, "cbu.accepted", cbu_id)
    assert changes["status"] == ("received", "accepted")
    assert changes["decided_by_name"] == (None, "Quentin Ashby")
    assert changes["decided_at"][0] is None and str(changes["decided_at"][1]).endswith("Z")


def test_qa_rejects_a_unit_only_with_a_reason(database: Database) -> None:
    cbu_id = _received(database)
    with pytest.raises(BadInput, match="reason is required to reject"), \
            database.session_scope() as session:
        service.reject(session, actor=QA, cbu=service.get_cbu(session, cbu_id), reason=" ",
                       now=utcnow())
    with database.session_scope() as session:
        cbu = service.reject(session, actor=QA, cbu=service.get_cbu(session, cbu_id),
                             reason="  bag cracked  ", now=utcnow())
        assert (cbu.status, cbu.decision_reason) == ("rejected", "bag cracked")
    (event,) = audit_events(database, "cbu.rejected", cbu_id)
    assert event.reason == "bag cracked"
    assert _changes(database, "cbu.rejected", cbu_id)["status"] == ("received", "rejected")


def test_accepting_a_unit_with_findings_needs_a_justification(database: Database) -> None:
    cbu_id = _received(database, viability_pct=70.0)
    with pytest.raises(BadInput, match="with 1 receipt finding"), \
            database.session_scope() as session:
        service.accept(session, actor=QA, cbu=service.get_cbu(session, cbu_id), now=utcnow())
    with database.session_scope() as session:
        cbu = service.accept(session, actor=QA, cbu=service.get_cbu(session, cbu_id),
                             now=utcnow(), reason="only unit matching; PI approved")
        assert cbu.decision_reason == "only unit matching; PI approved"


def test_the_person_who_received_a_unit_cannot_decide_on_it(database: Database) -> None:
    cbu_id = _received(database)
    with pytest.raises(Forbidden, match="a different QA person"), \
            database.session_scope() as session:
        service.accept(session, actor=Actor(TECH.id, "Tess, also QA"),
                       cbu=service.get_cbu(session, cbu_id), now=utcnow())


def test_only_an_accepted_unit_is_consumed(database: Database) -> None:
    cbu_id = _received(database)
    with pytest.raises(InvalidTransition, match="only a unit accepted by QA"), \
            database.session_scope() as session:
        service.mark_consumed(session, actor=TECH, cbu=service.get_cbu(session, cbu_id),
                              lot=make_lot(session), now=utcnow())
    with database.session_scope() as session:
        cbu = service.get_cbu(session, cbu_id)
        service.accept(session, actor=QA, cbu=cbu, now=utcnow())
        lot = make_lot(session)
        service.mark_consumed(session, actor=TECH, cbu=cbu, lot=lot, now=utcnow())
        assert (cbu.status, cbu.version) == ("consumed", 3)
        with pytest.raises(InvalidTransition, match="is already consumed"):
            service.mark_consumed(session, actor=TECH, cbu=cbu, lot=lot, now=utcnow())
    assert _changes(database, "cbu.consumed", cbu_id) == {"status": ("accepted", "consumed")}
    [consumed] = audit_events(database, "cbu.consumed", cbu_id)
    assert json.loads(consumed.data) == {"lot": "A999026000001", "lot_id": lot.id}


@pytest.mark.parametrize("trial", range(3))
def test_two_qa_users_deciding_at_once_yield_one_decision(
    database: Database, trial: int
) -> None:
    cbu_id = _received(database)
    # On PostgreSQL both threads read the unit before either writes (the interleaving that
    # needs the compare-and-swap); on SQLite the write lock already queues them.
    loaded = threading.Barrier(2) if not database.is_sqlite else None
    outcomes: list[str] = []

    def decide(name: str, accept: bool) -> None:
        try:
            with database.session_scope() as session:
                cbu = service.get_cbu(session, cbu_id)
                if loaded is not None:
                    loaded.wait(timeout=10)
                actor = Actor(300 + len(name), name)
                if accept:
                    service.accept(session, actor=actor, cbu=cbu, now=utcnow())
                else:
                    service.reject(session, actor=actor, cbu=cbu, reason="IDM", now=utcnow())
            outcomes.append("decided")
        except Conflict as refusal:
            outcomes.append(type(refusal).__name__)

    threads = [threading.Thread(target=decide, args=("QA one", True)),
               threading.Thread(target=decide, args=("QA number two", False))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("decided") == 1, outcomes
    with database.session_scope(write=False) as session:
        cbu = session.get(CordBloodUnit, cbu_id)
        assert cbu is not None and cbu.status in ("accepted", "rejected") and cbu.version == 2
    decisions = (audit_events(database, "cbu.accepted", cbu_id)
                 + audit_events(database, "cbu.rejected", cbu_id))
    assert len(decisions) == 1


def test_a_stale_read_is_refused_with_a_readable_message(database: Database) -> None:
    cbu_id = _received(database)
    with database.session_scope() as session:
        stale = service.get_cbu(session, cbu_id)
        session.expunge(stale)
    with database.session_scope() as session:
        service.reject(session, actor=QA, cbu=service.get_cbu(session, cbu_id), reason="IDM",
                       now=utcnow())
    with pytest.raises(ConcurrentModification, match="changed by Quentin Ashby at "), \
            database.session_scope() as session:
        stale = session.merge(stale, load=False)
        service.accept(session, actor=Actor(202, "Priya Shah"), cbu=stale, now=utcnow())
    assert audit_events(database, "cbu.accepted", cbu_id) == []


def test_a_signed_acceptance_stays_valid_when_the_unit_is_consumed(
    database: Database, settings: Settings
) -> None:
    cbu_id = _received(database)
    with database.session_scope() as session:
        principal = principal_for(session, "qa", settings)
        proof = signatures.check_signer(session, principal=principal, username="qa",
                                        password=CAST["qa"].password, now=utcnow(),
                                        settings=settings)
        assert isinstance(proof, signatures.SignerProof)
        cbu = service.get_cbu(session, cbu_id)
        service.accept(session, actor=principal.actor, cbu=cbu, now=utcnow(), proof=proof)
        service.mark_consumed(session, actor=TECH, cbu=cbu, lot=make_lot(session), now=utcnow())
        (shown,) = signatures.manifest(session, entity_type="cbu", entity_id=cbu_id,
                                       snapshot=service.decision_snapshot(cbu))
        assert (shown.printed_name, shown.status) == ("Quentin Ashby", "valid")
        rows = session.exec(select(Signature).where(Signature.entity_id == str(cbu_id))).all()
        assert [(r.entity_type, r.meaning) for r in rows] == [("cbu", "cbu_accepted")]
