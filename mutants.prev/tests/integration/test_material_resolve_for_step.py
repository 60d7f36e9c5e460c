"""``resolve_for_step``: what the batch-record step recording calls with the scanned codes
(DESIGN §4 rule 3: no expired, quarantined or rejected lot, no overdue equipment)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from cellchain.clock import utcnow
from cellchain.db import Database
from cellchain.equipment import service as equip
from cellchain.errors import BadInput, NotFound, TransitionBlocked
from cellchain.materials import service
from tests.support.materials import QA, TECH, receive, register, released


def test_scanned_codes_resolve_to_their_rows_in_scan_order_each_once(database: Database) -> None:
    today = utcnow().date()
    with database.session_scope() as session:
        il2 = released(session)
        medium = released(session, kind="medium", supplier_lot="MD1")
        incubator = register(session)
        cabinet = register(session, asset_number="BSC-01", kind="biosafety_cabinet")
        materials, equipment = service.resolve_for_step(
            session, material_codes=[medium.code, il2.code, medium.code.lower()],
            asset_numbers=["bsc-01", "INC-01", "BSC-01"], today=today)
        assert materials == [medium, il2]
        assert equipment == [cabinet, incubator]
        assert service.resolve_for_step(session, material_codes=[], asset_numbers=[],
                                        today=today) == ([], [])


def test_every_reason_a_scanned_item_is_unusable_is_listed(database: Database) -> None:
    today = utcnow().date()
    with database.session_scope() as session:
        quarantined = receive(session, kind="retronectin", supplier_lot="RN1")
        rejected = receive(session, kind="anti_cd3", supplier_lot="CD1")
        service.reject_material(session, actor=QA, lot=rejected, reason="CoA missing",
                                now=utcnow())
        expired = released(session, supplier_lot="IL9", expires_on=today)
        usable = released(session, kind="saline", supplier_lot="NS1")
        register(session, asset_number="INC-02", calibration_due_on=today - timedelta(days=1))
        register(session, asset_number="CEN-01", kind="centrifuge")
        with pytest.raises(TransitionBlocked, match="cannot use what was scanned") as refusal:
            service.resolve_for_step(
                session, material_codes=[quarantined.code, rejected.code, expired.code,
                                         usable.code],
                asset_numbers=["INC-02", "CEN-01"], today=today + timedelta(days=1))
    assert refusal.value.status_code == 409
    assert refusal.value.reasons == [
        f"RetroNectin lot {quarantined.code} is in quarantine: QA has not released it",
        f"Anti-CD3 lot {rejected.code} was rejected by QA: CoA missing",
        f"IL-2 lot {expired.code} (supplier lot IL9) expired on {today.isoformat()}",
        f"Incubator INC-02 is past its calibration date "
        f"{(today - timedelta(days=1)).isoformat()}",
    ]


def test_an_unknown_code_or_asset_is_not_found_naming_it(database: Database) -> None:
    with database.session_scope() as session:
        known = released(session)
        register(session)
        with pytest.raises(NotFound, match="No material lot with code M000998, M000999") as lost:
            service.resolve_for_step(session, material_codes=[known.code, "M000998", "M000999"],
                                     asset_numbers=[], today=date(2026, 1, 1))
        assert lost.value.field == "material_codes"
        with pytest.raises(NotFound, match="No equipment with asset number INC-99") as gone:
            service.resolve_for_step(session, material_codes=[], asset_numbers=["INC-01",
                                                                                "inc-99"],
                                     today=date(2026, 1, 1))
        assert gone.value.field == "asset_numbers"


def test_a_malformed_scan_is_refused_as_bad_input(database: Database) -> None:
    with database.session_scope() as session, pytest.raises(BadInput, match="M000012"):
        service.resolve_for_step(session, material_codes=["=A999026000001"], asset_numbers=[],
                                 today=date(2026, 1, 1))


def test_on_postgresql_checked_equipment_stays_as_checked_until_the_step_commits(
    database: Database,
) -> None:
    """Share locks: nobody takes the incubator out of service between check and record."""
    if database.is_sqlite:
        pytest.skip("SQLite already serialises every write transaction")
    with database.session_scope() as session:
        register(session)
    with database.session_scope() as step:
        service.resolve_for_step(step, material_codes=[], asset_numbers=["INC-01"],
                                 today=utcnow().date())
        with pytest.raises(OperationalError, match="lock"), \
                database.session_scope() as other:
            other.execute(text("SET LOCAL lock_timeout = '300ms'"))
            equip.set_in_service(other, actor=TECH, equipment=equip.get_equipment(
                other, 1), in_service=False, reason="fault", now=utcnow())
    with database.session_scope() as later:
        eq = equip.set_in_service(later, actor=TECH, equipment=equip.get_equipment(
            later, 1), in_service=False, reason="fault", now=utcnow())
        assert eq.in_service is False


def test_a_read_only_transaction_may_check_scans_too(database: Database) -> None:
    """A page that only previews a step (GET, read-only) takes no locks, so it cannot fail."""
    with database.session_scope() as session:
        code = released(session).code
        register(session)
    with database.session_scope(write=False) as session:
        materials, equipment = service.resolve_for_step(
            session, material_codes=[code], asset_numbers=["INC-01"], today=utcnow().date())
    assert [m.code for m in materials] == [code]
    assert [e.asset_number for e in equipment] == ["INC-01"]
