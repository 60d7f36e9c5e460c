"""Receiving cord blood units from scanned labels, on SQLite and PostgreSQL: what is stored,
what is refused (with nothing written), and the audit record of each receipt."""

from __future__ import annotations

import json
import threading
import time
from datetime import date, timedelta
from typing import Any

import pytest
from sqlmodel import func, select

from cellchain.audit.models import AuditEvent
from cellchain.audit.service import Actor
from cellchain.cbu import service
from cellchain.cbu.models import CordBloodUnit
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.errors import Conflict
from cellchain.trial import service as trial
from cellchain.trial.rules import SubjectStatus
from tests.factories import audit_events, make_lot

TECH = Actor(101, "Tess Tech")


def receipt(**overrides: Any) -> dict[str, Any]:
    """The keyword arguments of a receipt within specification, as a scanner sends them."""
    now = utcnow()
    values: dict[str, Any] = {
        "actor": TECH, "din_scan": "]C0=A99912600471100", "product_code_scan": "]C0=<S9998V00",
        "abo_rh_scan": "]C0=%5100", "bank_name": "Validation Cord Blood Bank",
        "collected_at": now - timedelta(days=300), "volume_ml": 25.0,
        "total_nucleated_cells": 1.2e9, "viability_pct": 92.0, "idm_status": "negative",
        "arrival_temp_c": -182.0, "container_intact": True, "now": now,
    }
    values.update(overrides)
    return values


def unit_count(database: Database) -> int:
    with database.session_scope(write=False) as session:
        return session.exec(select(func.count()).select_from(CordBloodUnit)).one()


def test_a_unit_is_received_into_quarantine_from_scanned_labels(database: Database) -> None:
    with database.session_scope() as session:
        cbu = service.receive_scanned(session, **receipt())
        cbu_id = cbu.id
    with database.session_scope(write=False) as session:
        stored = service.get_cbu(session, cbu_id or 0)
        assert (stored.din, stored.product_code, stored.status) == (
            "A999126004711", "S9998V00", "received")
        assert (stored.source_type, stored.subject_id, stored.coi_id) == ("cord_blood", None, None)
        assert (stored.volume_ml, stored.total_nucleated_cells, stored.viability_pct) == (
            25.0, 1.2e9, 92.0)
        assert (stored.abo_rh, stored.idm_status, stored.arrival_temp_c,
                stored.container_intact) == ("5100", "negative", -182.0, True)
        assert stored.version == 1 and service.findings_for(stored) == []
    (event,) = audit_events(database, "cbu.received", cbu_id)
    changes = {c["field"]: (c["old"], c["new"]) for c in json.loads(event.changes)}
    assert changes["din"] == (None, "A999126004711")
    assert changes["status"] == (None, "received")
    assert changes["arrival_temp_c"] == (None, -182.0)
    assert event.actor_id == 101 and event.actor_name == "Tess Tech"
    assert json.loads(event.data) == {"findings": []}


def test_a_typed_din_with_its_check_character_is_accepted(database: Database) -> None:
    with database.session_scope() as session:
        cbu = service.receive_scanned(session, **receipt(din_scan="A9991 26 004711 L"))
        assert cbu.din == "A999126004711"


def test_findings_are_recorded_with_the_receipt(database: Database) -> None:
    with database.session_scope() as session:
        cbu = service.receive_scanned(session, **receipt(arrival_temp_c=-120.0,
                                                         idm_status="pending"))
        cbu_id = cbu.id
    (event,) = audit_events(database, "cbu.received", cbu_id)
    assert json.loads(event.data)["findings"] == [
        "Arrival temperature -120 °C is outside -196 to -150 °C.",
        "Infectious-disease markers are pending."]


@pytest.mark.parametrize(("overrides", "field", "message"), [
    ({"din_scan": "=A99912600471180"}, "din_scan",
     "DIN: the check flags of the DIN do not match: scan the label again, "
     "or re-type the whole identifier"),
    ({"din_scan": "A999126004711"}, "din_scan", "DIN: a typed DIN needs 13 characters"),
    ({"product_code_scan": "S9998V00"}, "product_code_scan", "Product code: scan the product"),
    ({"abo_rh_scan": "=%5101"}, "abo_rh_scan", "ABO/RhD: blood groups reserved character"),
    ({"idm_status": "unknown"}, "idm_status", "infectious-disease marker status must be"),
    ({"viability_pct": 101.0}, "viability_pct", "viability must be between 0 and 100 %"),
])
def test_a_bad_scan_or_value_is_refused_naming_the_field_and_nothing_is_written(
    database: Database, overrides: dict[str, Any], field: str, message: str
) -> None:
    before = unit_count(database)
    with pytest.raises(service.InvalidReceipt) as refusal, \
            database.session_scope() as session:
        service.receive_scanned(session, **receipt(**overrides))
    assert refusal.value.status_code == 422
    assert refusal.value.errors[field].startswith(message)
    assert refusal.value.field == field
    assert unit_count(database) == before
    with database.session_scope(write=False) as session:
        assert session.exec(select(AuditEvent).where(
            AuditEvent.action == "cbu.received")).all() == []


def test_every_problem_of_one_receipt_is_reported_together(database: Database) -> None:
    with pytest.raises(service.InvalidReceipt) as refusal, \
            database.session_scope() as session:
        service.receive_scanned(session, **receipt(din_scan="=A99912600471180",
                                                   product_code_scan="", volume_ml=0.0))
    assert set(refusal.value.errors) == {"din_scan", "product_code_scan", "volume_ml"}


def test_the_same_unit_cannot_be_received_twice(database: Database) -> None:
    with database.session_scope() as session:
        service.receive_scanned(session, **receipt())
    with pytest.raises(service.DuplicateUnit, match="A9991 26 004711 S9998V00 was already "
                                                    "received"), \
            database.session_scope() as session:
        service.receive_scanned(session, **receipt(din_scan="A9991 26 004711 L"))
    # Another product of the same donation (a second bag, division B0) is a different unit.
    with database.session_scope() as session:
        service.receive_scanned(session, **receipt(product_code_scan="=<S9998VB0"))
    assert unit_count(database) == 2


def test_a_lot_din_of_this_facility_is_not_received_as_starting_material(
    database: Database
) -> None:
    with database.session_scope() as session:
        make_lot(session, din="A999126004711")
    with pytest.raises(service.InvalidReceipt, match="is one of this facility's lots"), \
            database.session_scope() as session:
        service.receive_scanned(session, **receipt())
    assert unit_count(database) == 0


# --- autologous starting material -----------------------------------------------------------

def _subject(database: Database, settings: Settings, *, with_coi: bool = True,
             status: SubjectStatus = SubjectStatus.ENROLLED) -> tuple[int, int | None]:
    with database.session_scope() as session:
        subject = trial.register_subject(session, actor=TECH, screening_number="SCR901",
                                         subject_number="RAK901", date_of_birth=date(1960, 1, 1),
                                         now=utcnow(), status=status)
        coi = trial.issue_coi(session, actor=TECH, subject=subject, settings=settings,
                              now=utcnow()) if with_coi else None
        assert subject.id is not None
        return subject.id, coi.id if coi else None


def test_autologous_blood_is_bound_to_its_subjects_current_coi_at_receipt(
    database: Database, settings: Settings
) -> None:
    subject_id, coi_id = _subject(database, settings)
    with database.session_scope() as session:
        cbu = service.receive_autologous(session, subject_id=subject_id, **receipt(
            product_code_scan="=<S9998100", arrival_temp_c=21.0))
        assert (cbu.source_type, cbu.subject_id, cbu.coi_id) == (
            "autologous_blood", subject_id, coi_id)
        assert service.findings_for(cbu) == []
        cbu_id = cbu.id
    (event,) = audit_events(database, "cbu.received", cbu_id)
    changes = {c["field"]: c["new"] for c in json.loads(event.changes)}
    assert (changes["source_type"], changes["subject_id"], changes["coi_id"]) == (
        "autologous_blood", subject_id, coi_id)


def test_autologous_blood_is_refused_for_a_subject_without_a_coi(
    database: Database, settings: Settings
) -> None:
    subject_id, _ = _subject(database, settings, with_coi=False)
    with pytest.raises(Conflict, match="Subject RAK901 has no chain-of-identity identifier"), \
            database.session_scope() as session:
        service.receive_autologous(session, subject_id=subject_id, **receipt())
    assert unit_count(database) == 0


def test_autologous_blood_is_refused_for_a_withdrawn_subject(
    database: Database, settings: Settings
) -> None:
    subject_id, _ = _subject(database, settings, status=SubjectStatus.WITHDRAWN)
    with pytest.raises(Conflict, match="Subject RAK901 is withdrawn"), \
            database.session_scope() as session:
        service.receive_autologous(session, subject_id=subject_id, **receipt())
    assert unit_count(database) == 0


def test_two_technicians_receiving_one_unit_at_once_register_it_once(database: Database) -> None:
    # The second receipt runs while the first is written but not committed: on PostgreSQL its
    # duplicate check cannot see the first row, so the unique constraint must turn it into a
    # readable refusal rather than a failed transaction (on SQLite the write lock queues it).
    outcomes: list[str] = []

    def second_receipt() -> None:
        try:
            with database.session_scope() as session:
                service.receive_scanned(session, **receipt())
            outcomes.append("received")
        except Conflict as refusal:
            outcomes.append(type(refusal).__name__)

    second = threading.Thread(target=second_receipt)
    with database.session_scope() as session:
        service.receive_scanned(session, **receipt())
        second.start()
        time.sleep(0.5)  # the second receipt is now waiting on the first one's row or lock
    second.join(timeout=10)
    assert outcomes == ["DuplicateUnit"]
    assert unit_count(database) == 1
