"""Material lot use cases on a real database: receipt, QA decisions, refusals, audit rows."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlmodel import select

from cellchain.clock import utcnow
from cellchain.db import Database
from cellchain.errors import BadInput, ConcurrentModification, Conflict
from cellchain.materials import service
from cellchain.materials.models import MaterialLot
from tests.factories import audit_events
from tests.support.materials import QA, receive
from tests.support.race import waits_then_sees


def _changes(event_changes: str) -> dict[str, object]:
    return {c["field"]: c["new"] for c in json.loads(event_changes)}


def test_a_received_lot_is_quarantined_coded_from_its_id_and_audited(database: Database) -> None:
    with database.session_scope() as session:
        lot = receive(session, supplier_lot=" 22B104 ")
        lot_id = lot.id
    with database.session_scope(write=False) as session:
        lot = service.get_material(session, lot_id or 0)
        assert (lot.status, lot.code, lot.version) == ("quarantine", f"M{lot_id:06d}", 1)
        assert lot.supplier_lot == "22B104"
        assert service.find_material_by_code(session, lot.code.lower()) == lot
    (event,) = audit_events(database, "material.received", lot_id)
    assert event.entity_type == "material_lot" and event.actor_name == "Tess Tech"
    assert _changes(event.changes) | {"expires_on": "x"} == {
        "code": f"M{lot_id:06d}", "kind": "il2", "name": "Recombinant human IL-2 GMP",
        "supplier": "Example Bio", "supplier_lot": "22B104", "expires_on": "x",
        "certificate_ref": "CoA 22B104", "status": "quarantine"}


def test_the_same_supplier_lot_is_received_once(database: Database) -> None:
    with database.session_scope() as session:
        first = receive(session)
        code = first.code
        receive(session, kind="medium")  # same supplier lot text, other kind: another product
    with pytest.raises(Conflict, match=f"already received as {code}") as refusal, \
            database.session_scope() as session:
        receive(session)
    assert refusal.value.field == "supplier_lot"


def test_on_postgresql_one_supplier_lot_received_twice_at_once_is_refused_by_name(
    database: Database,
) -> None:
    """The second receipt checks for the first under the lock the first holds until it
    commits: a clear refusal naming the field, not an aborted transaction on the unique key."""
    if database.is_sqlite:
        pytest.skip("SQLite runs one write transaction at a time")
    outcome = waits_then_sees(database, receive, receive)
    assert not outcome.won and "was already received as M" in outcome.refusal, outcome
    with database.session_scope(write=False) as session:
        assert len(session.exec(select(MaterialLot)).all()) == 1


@pytest.mark.parametrize(("overrides", "field", "message"), [
    ({"kind": "blender"}, "kind", "is not one of"),
    ({"name": "  "}, "name", "Name is required"),
    ({"supplier": ""}, "supplier", "Supplier is required"),
    ({"supplier_lot": "L" * 65}, "supplier_lot", "limit is 64"),
    ({"certificate_ref": ""}, "certificate_ref", "Certificate of analysis reference is required"),
])
def test_a_receipt_with_a_bad_field_is_refused_naming_it(
    database: Database, overrides: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(BadInput, match=message) as refusal, database.session_scope() as session:
        receive(session, **overrides)
    assert refusal.value.field == field
    with database.session_scope(write=False) as session:
        assert session.get(MaterialLot, 1) is None


def test_a_lot_already_past_expiry_is_not_received_but_one_expiring_today_is(
    database: Database,
) -> None:
    now = utcnow()
    today = now.date()
    with pytest.raises(BadInput, match="already past") as refusal, \
            database.session_scope() as session:
        receive(session, now=now, expires_on=today - timedelta(days=1))
    assert refusal.value.field == "expires_on"
    with database.session_scope() as session:
        assert receive(session, now=now, expires_on=today).status == "quarantine"


def test_qa_releases_a_quarantined_lot_once(database: Database) -> None:
    with database.session_scope() as session:
        lot = receive(session)
        service.release_material(session, actor=QA, lot=lot, now=utcnow(), reason=" CoA ok ")
        assert (lot.status, lot.status_reason, lot.version) == ("released", "CoA ok", 2)
        with pytest.raises(Conflict, match="is already released; only a lot in quarantine can"):
            service.release_material(session, actor=QA, lot=lot, now=utcnow())
        with pytest.raises(Conflict, match="can be rejected"):
            service.reject_material(session, actor=QA, lot=lot, reason="late", now=utcnow())
        lot_id = lot.id
    (event,) = audit_events(database, "material.released", lot_id)
    assert event.actor_name == "Quentin Ashby" and event.reason == "CoA ok"
    assert json.loads(event.changes) == [{"field": "status", "old": "quarantine",
                                          "new": "released"}]


def test_a_rejection_needs_a_reason_and_writes_nothing_without_one(database: Database) -> None:
    with database.session_scope() as session:
        lot_id = receive(session).id
    with pytest.raises(BadInput, match="Reason for rejection is required") as refusal, \
            database.session_scope() as session:
        service.reject_material(session, actor=QA, lot=service.get_material(
            session, lot_id or 0), reason=" ", now=utcnow())
    assert refusal.value.field == "reason"
    assert audit_events(database, "material.rejected", lot_id) == []
    with database.session_scope() as session:
        lot = service.reject_material(session, actor=QA, lot=service.get_material(
            session, lot_id or 0), reason="CoA endotoxin out of specification", now=utcnow())
        assert (lot.status, lot.status_reason) == ("rejected", "CoA endotoxin out of specification")
    (event,) = audit_events(database, "material.rejected", lot_id)
    assert event.reason == "CoA endotoxin out of specification"


def test_a_lot_that_expired_in_quarantine_cannot_be_released(database: Database) -> None:
    now = utcnow()
    with database.session_scope() as session:
        lot = receive(session, now=now, expires_on=now.date() + timedelta(days=3))
        with pytest.raises(Conflict, match="reject it instead"):
            service.release_material(session, actor=QA, lot=lot, now=now,
                                     today=now.date() + timedelta(days=4))
        assert lot.status == "quarantine"


def test_a_decision_on_a_stale_read_is_refused(database: Database) -> None:
    with database.session_scope() as session:
        lot_id = receive(session).id or 0
    with database.session_scope() as session:
        stale = service.get_material(session, lot_id)
        session.expunge(stale)
    with database.session_scope() as session:
        service.reject_material(session, actor=QA, lot=service.get_material(session, lot_id),
                                reason="damaged in transit", now=utcnow())
    with pytest.raises(ConcurrentModification, match="changed by Quentin Ashby at "), \
            database.session_scope() as session:
        service.release_material(session, actor=QA, lot=session.merge(stale, load=False),
                                 now=utcnow())
    with database.session_scope(write=False) as session:
        assert service.get_material(session, lot_id).status == "rejected"
    assert audit_events(database, "material.released", lot_id) == []

