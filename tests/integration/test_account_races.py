"""Changes of roles and passwords are guarded writes: two people changing one account at once
yield one change, one audit event, and a refusal naming who changed it first (both databases,
synchronised by a barrier)."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from cellchain.audit.service import Actor
from cellchain.auth import accounts
from cellchain.auth import service as auth_service
from cellchain.auth.models import User, UserRole
from cellchain.auth.passwords import verify_password
from cellchain.auth.roles import Role
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from tests.factories import CAST, audit_events, principal_for
from tests.support.race import one_winner, race, waits_then_sees

ADMINS = {0: Actor(100, "Adam Novak"), 1: Actor(101, "Second Admin")}


def _user_id(database: Database, username: str) -> int:
    with database.session_scope(write=False) as session:
        user = auth_service.find_user(session, username)
        assert user is not None and user.id is not None
        return user.id


def test_two_administrators_changing_one_persons_roles_yield_one_change(
    database: Database,
) -> None:
    qc_id = _user_id(database, "qc")
    wanted = {0: [Role.QC, Role.TECHNICIAN], 1: [Role.QA]}

    def change(session: Session, user: User, worker: int) -> None:
        accounts.set_roles(session, actor=ADMINS[worker], user_id=qc_id, roles=wanted[worker],
                           reason=f"decision {worker}", now=utcnow())

    winner, loser = one_winner(race(database, lambda s: s.get(User, qc_id), change))

    assert f"changed by {ADMINS[winner.worker].name}" in loser.refusal
    [event] = audit_events(database, "user.roles_changed", qc_id)
    assert event.actor_name == ADMINS[winner.worker].name
    with database.session_scope(write=False) as session:
        held = set(session.exec(select(UserRole.role).where(UserRole.user_id == qc_id)))
    assert held == {r.value for r in wanted[winner.worker]}


def test_a_reset_and_the_owners_own_change_at_once_leave_one_password_someone_knows(
    database: Database, settings: Settings
) -> None:
    tech_id = _user_id(database, "tech")
    with database.session_scope() as session:
        principal = principal_for(session, "tech", settings)
    chosen = {0: "reset-by-admin-2026", 1: "chosen-by-owner-26"}

    def change(session: Session, user: User, worker: int) -> None:
        if worker == 0:
            accounts.reset_password(session, actor=ADMINS[0], user_id=tech_id,
                                    temporary_password=chosen[0], reason="Forgot it",
                                    now=utcnow(), settings=settings)
        else:
            accounts.change_own_password(
                session, principal=principal, current_password=CAST["tech"].password,
                new_password=chosen[1], confirm_password=chosen[1], now=utcnow(),
                settings=settings)

    winner, loser = one_winner(race(database, lambda s: s.get(User, tech_id), change))

    who = ADMINS[0].name if winner.worker == 0 else CAST["tech"].printed_name
    assert f"changed by {who}" in loser.refusal
    with database.session_scope(write=False) as session:
        tech = session.get(User, tech_id)
        assert tech is not None
        assert verify_password(tech.password_hash, chosen[winner.worker])
        assert tech.must_change_password is (winner.worker == 0)
    changes = (audit_events(database, "user.password_reset", tech_id)
               + audit_events(database, "user.password_changed", tech_id))
    assert len(changes) == 1


def test_on_postgresql_a_sign_in_at_the_moment_of_a_lockout_neither_succeeds_nor_clears_it(
    database: Database, settings: Settings
) -> None:
    """The fifth wrong password locks the account while the right one is being checked: the
    success path reads the account under the lock the lock-out holds until it commits, so the
    sign-in is refused and the lock stays (21 CFR 11.300(d))."""
    if database.is_sqlite:
        pytest.skip("SQLite runs one write transaction at a time")
    tech_id = _user_id(database, "tech")
    with database.session_scope() as session:
        tech = session.get(User, tech_id)
        assert tech is not None
        tech.failed_logins = settings.login_max_failures - 1
        session.add(tech)
    signed_in: list[User | None] = []

    def fifth_wrong_password(session: Session) -> None:
        auth_service.authenticate(session, username="tech", password="not-the-password-1",
                                  now=utcnow(), settings=settings)

    def right_password(session: Session) -> None:
        signed_in.append(auth_service.authenticate(
            session, username="tech", password=CAST["tech"].password, now=utcnow(),
            settings=settings).user)

    waits_then_sees(database, fifth_wrong_password, right_password)

    assert signed_in == [None]
    with database.session_scope(write=False) as session:
        tech = session.get(User, tech_id)
        assert tech is not None
        assert tech.locked_until is not None and tech.locked_until > utcnow()
    [_] = audit_events(database, "user.locked", tech_id)
    assert not audit_events(database, "auth.login", tech_id)
