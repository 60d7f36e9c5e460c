"""Segregation of duties the system enforces whatever roles a person holds: whoever received a
material lot does not decide on it, and the person a security alert is about cannot
acknowledge it (both databases)."""

from __future__ import annotations

import pytest

from cellchain.audit.service import Actor
from cellchain.auth import service as auth_service
from cellchain.auth.roles import Role
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.errors import Forbidden
from cellchain.materials import service as materials
from cellchain.notifications import service as notifications
from tests.factories import CAST
from tests.support.materials import receive


def test_whoever_received_a_material_lot_cannot_release_or_reject_it(
    database: Database,
) -> None:
    both_roles = Actor(41, "Tess Tech")  # a technician who is also QA
    with database.session_scope() as session:
        lot = materials.receive_material(
            session, actor=both_roles, now=utcnow(), kind="il2", name="IL-2",
            supplier="Example Bio", supplier_lot="L1",
            expires_on=utcnow().date().replace(year=utcnow().year + 1), certificate_ref="CoA")
        lot_id = lot.id or 0
    for decide in (lambda s, lot: materials.release_material(s, actor=both_roles, lot=lot,
                                                             now=utcnow()),
                   lambda s, lot: materials.reject_material(s, actor=both_roles, lot=lot,
                                                            reason="damaged", now=utcnow())):
        with pytest.raises(Forbidden, match="You received IL-2 lot .* a different QA person"), \
                database.session_scope() as session:
            decide(session, materials.get_material(session, lot_id))
    with database.session_scope() as session:
        released = materials.release_material(session, actor=Actor(42, "Quentin Ashby"),
                                              lot=materials.get_material(session, lot_id),
                                              now=utcnow())
        assert released.status == "released"
    with database.session_scope() as session:
        assert receive(session, supplier_lot="L2").status == "quarantine"


def test_the_person_a_lockout_alert_is_about_cannot_acknowledge_it(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        qa = auth_service.find_user(session, "qa")
        assert qa is not None
        for _ in range(settings.login_max_failures):
            auth_service.register_failed_password(session, user=qa, now=utcnow(),
                                                  settings=settings, context="signature")
        [alert] = notifications.open_for(session, frozenset({Role.QA}))
        qa_actor = Actor(qa.id, CAST["qa"].printed_name)
        assert alert.about_user_id == qa.id
    with pytest.raises(Forbidden, match="about your own account"), \
            database.session_scope() as session:
        notifications.acknowledge(session, actor=qa_actor, roles=frozenset({Role.QA}),
                                  notification_id=alert.id or 0, now=utcnow())
    with database.session_scope() as session:
        qa2 = auth_service.find_user(session, "qa2")
        assert qa2 is not None
        seen = notifications.acknowledge(session, actor=Actor(qa2.id, "Priya Shah"),
                                         roles=frozenset({Role.QA}),
                                         notification_id=alert.id or 0, now=utcnow())
        assert seen.acknowledged_by == qa2.id
