"""Equipment use cases on a real database: registration, calibration, maintenance, service."""

from __future__ import annotations

import json
from datetime import date

import pytest

from cellchain.clock import utcnow
from cellchain.db import Database
from cellchain.equipment import service as equip
from cellchain.errors import BadInput, ConcurrentModification, Conflict
from tests.factories import audit_events
from tests.support.materials import QA, TECH, register


def test_equipment_is_registered_once_by_its_asset_number(database: Database) -> None:
    with database.session_scope() as session:
        eq = register(session, asset_number=" inc-01 ")
        assert (eq.asset_number, eq.in_service, eq.version) == ("INC-01", True, 1)
        assert equip.find_equipment_by_asset(session, "INC-01") == eq
        eq_id = eq.id
    with pytest.raises(Conflict, match="INC-01 is already registered") as refusal, \
            database.session_scope() as session:
        register(session, asset_number="INC-01", kind="centrifuge")
    assert refusal.value.field == "asset_number"
    (event,) = audit_events(database, "equipment.registered", eq_id)
    assert event.entity_type == "equipment" and event.actor_name == "Tess Tech"


def test_a_calibration_is_audited_old_to_new_with_its_reason(database: Database) -> None:
    with database.session_scope() as session:
        eq = register(session, calibration_due_on=date(2026, 11, 1))
        with pytest.raises(BadInput, match="Reason") as refusal:
            equip.record_calibration(session, actor=QA, equipment=eq,
                                       calibration_due_on=date(2027, 5, 1), reason="",
                                       now=utcnow())
        assert refusal.value.field == "reason"
        equip.record_calibration(session, actor=QA, equipment=eq,
                                   calibration_due_on=date(2027, 5, 1), reason="CAL-2026-114",
                                   now=utcnow())
        assert (eq.calibration_due_on, eq.version) == (date(2027, 5, 1), 2)
        eq_id = eq.id
    (event,) = audit_events(database, "equipment.calibrated", eq_id)
    assert event.reason == "CAL-2026-114" and event.actor_name == "Quentin Ashby"
    assert json.loads(event.changes) == [
        {"field": "calibration_due_on", "old": "2026-11-01", "new": "2027-05-01"}]


def test_maintenance_is_audited_old_to_new(database: Database) -> None:
    with database.session_scope() as session:
        eq = register(session, maintenance_due_on=date(2026, 10, 1))
        equip.record_maintenance(session, actor=TECH, equipment=eq,
                                   maintenance_due_on=date(2027, 4, 1), reason="WO-2026-031",
                                   now=utcnow())
        eq_id = eq.id
    (event,) = audit_events(database, "equipment.maintained", eq_id)
    assert json.loads(event.changes) == [
        {"field": "maintenance_due_on", "old": "2026-10-01", "new": "2027-04-01"}]


def test_taking_equipment_out_of_service_needs_a_reason_and_a_change(database: Database) -> None:
    with database.session_scope() as session:
        eq = register(session)
        with pytest.raises(BadInput, match="Reason is required"):
            equip.set_in_service(session, actor=TECH, equipment=eq, in_service=False,
                                   reason=" ", now=utcnow())
        with pytest.raises(Conflict, match="Incubator INC-01 is already in service"):
            equip.set_in_service(session, actor=TECH, equipment=eq, in_service=True,
                                   reason="check", now=utcnow())
        equip.set_in_service(session, actor=TECH, equipment=eq, in_service=False,
                               reason="CO2 alarm", now=utcnow())
        assert eq.in_service is False
        eq_id = eq.id
    (event,) = audit_events(database, "equipment.service_changed", eq_id)
    assert event.reason == "CO2 alarm"
    assert json.loads(event.changes) == [{"field": "in_service", "old": True, "new": False}]


def test_an_equipment_change_on_a_stale_read_is_refused(database: Database) -> None:
    with database.session_scope() as session:
        eq_id = register(session).id or 0
    with database.session_scope() as session:
        stale = equip.get_equipment(session, eq_id)
        session.expunge(stale)
    with database.session_scope() as session:
        equip.set_in_service(session, actor=TECH, equipment=equip.get_equipment(
            session, eq_id), in_service=False, reason="fault", now=utcnow())
    with pytest.raises(ConcurrentModification, match="INC-01 was changed by Tess Tech at "), \
            database.session_scope() as session:
        equip.record_calibration(session, actor=QA, equipment=session.merge(stale, load=False),
                                   calibration_due_on=date(2027, 1, 1), reason="CAL-1",
                                   now=utcnow())
