"""Plain factory functions and the shared cast of users (one per role, plus second persons)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from cellchain.audit import reviews
from cellchain.audit.models import AuditEvent
from cellchain.audit.service import Actor
from cellchain.auth import service as auth_service
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo import DemoUser
from cellchain.demo.release import Releaser
from cellchain.lots import service as lot_service
from cellchain.lots.models import Lot
from cellchain.lots.states import RELEASES, LotState
from cellchain.signatures import service as signatures

CAST: dict[str, DemoUser] = {
    u.username: u
    for u in (
        DemoUser("tech", "Tess Tech", (Role.TECHNICIAN,), "bench-work-2026"),
        DemoUser("qc", "Quinn Cole", (Role.QC,), "assay-check-2026"),
        DemoUser("qa", "Quentin Ashby", (Role.QA,), "batch-review-26"),
        DemoUser("qa2", "Priya Shah", (Role.QA,), "second-qa-pass"),
        DemoUser("coord", "Cora Lind", (Role.COORDINATOR,), "allocation-2026"),
        DemoUser("clin", "Clara Ruiz", (Role.CLINICIAN,), "bedside-check-26"),
        # The second clinician who confirms a bedside check (DESIGN §4.1).
        DemoUser("clin2", "Sam Okafor", (Role.CLINICIAN,), "second-check-26"),
        DemoUser("monitor", "Mona Berg", (Role.MONITOR,), "sdv-password-11"),
        DemoUser("admin", "Adam Novak", (Role.ADMIN,), "console-pass-11"),
        DemoUser("monadmin", "Dual Role", (Role.MONITOR, Role.ADMIN), "dual-role-pass"),
    )
}
ROLE_USER: dict[Role, str] = {
    Role.TECHNICIAN: "tech", Role.QC: "qc", Role.QA: "qa", Role.COORDINATOR: "coord",
    Role.CLINICIAN: "clin", Role.MONITOR: "monitor", Role.ADMIN: "admin",
}
SEEDER = Actor.system("tests.seed")


def seed_cast(database: Database, settings: Settings) -> None:
    with database.session_scope() as session:
        for user in CAST.values():
            auth_service.add_user(session, actor=SEEDER, username=user.username,
                                  printed_name=user.printed_name, roles=user.roles,
                                  password=user.password, now=utcnow(), settings=settings)


def make_lot(
    session: Session,
    *,
    din: str = "A999026000001",
    state: LotState = LotState.PLANNED,
    now: datetime | None = None,
) -> Lot:
    """Plans a lot and walks it along the main path to state (audited like real use). A
    released or conditionally released lot is test setup made as if QA had signed: it passes
    the release gate with its token (the signed path itself is tested in test_release.py)."""
    now = now or utcnow()
    lot = lot_service.plan_lot(session, actor=SEEDER, din=din, now=now)
    decided = state if state in RELEASES else LotState.RELEASED
    path = [LotState.ACTIVATED, LotState.EXPANDING, LotState.HARVESTED, LotState.IN_QC,
            decided]
    for step in path:
        if LotState(lot.status) == state:
            break
        lot = lot_service.transition(session, actor=SEEDER, lot=lot, target=step, now=now,
                                     gate=lot_service.RELEASE_GATE)
    assert LotState(lot.status) == state, f"make_lot cannot reach {state} on the main path"
    return lot


def principal_for(session: Session, username: str, settings: Settings) -> Principal:
    """Signs a cast member in (a new server-side session) and returns their Principal."""
    user = auth_service.find_user(session, username)
    assert user is not None
    token, _ = auth_service.start_session(session, user=user, kind="web", now=utcnow(),
                                          settings=settings)
    resolved = auth_service.resolve_token(session, token=token, now=utcnow(), settings=settings)
    assert resolved.principal is not None
    return resolved.principal


def make_signed_review(database: Database, settings: Settings, username: str = "qa") -> int:
    """Records an audit-trail review signed by username; returns the review id."""
    with database.session_scope() as session:
        principal = principal_for(session, username, settings)
        proof = signatures.check_signer(session, principal=principal, username=username,
                                        password=CAST[username].password, now=utcnow(),
                                        settings=settings)
        assert isinstance(proof, signatures.SignerProof), proof
        review = reviews.record_review(session, proof=proof, comment="reviewed", now=utcnow())
        assert review.id is not None
        return review.id


def audit_events(database: Database, action: str, entity_id: object) -> list[AuditEvent]:
    """Returns the audit records of one action on one entity, oldest first."""
    with database.session_scope(write=False) as session:
        return list(session.exec(
            select(AuditEvent)
            .where(AuditEvent.action == action, AuditEvent.entity_id == str(entity_id))
            .order_by(col(AuditEvent.seq))
        ).all())


def cast_actor(session: Session, username: str) -> Actor:
    user = auth_service.find_user(session, username)
    assert user is not None and user.id is not None
    return Actor(user.id, user.printed_name)


def releaser(session: Session, settings: Settings) -> Releaser:
    """The cast tests and releases like the demo: qc enters results, qa2 reviews them and qa
    (who took no part) signs the decisions."""
    return Releaser(analyst=cast_actor(session, "qc"), reviewer=cast_actor(session, "qa2"),
                    username="qa", password=CAST["qa"].password, settings=settings)


def seed_identity_records(database: Database, settings: Settings) -> None:
    """The demo's identity records: units, two lots with bags and samples, subjects, COIs."""
    from cellchain.demo.identity import seed_identity

    with database.session_scope() as session:
        seed_identity(session, actor=SEEDER, settings=settings, now=utcnow(),
                      releaser=releaser(session, settings))
