"""E-signatures against a real database: re-authentication, reporting, binding (21 CFR 11)."""

from __future__ import annotations

from sqlmodel import select

from cellchain.audit.models import AuditEvent
from cellchain.auth import service as auth_service
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.notifications.models import Notification
from cellchain.signatures import service as signatures
from cellchain.signatures.models import Signature
from cellchain.signatures.rules import Meaning
from tests.factories import CAST, principal_for

PASSWORD = CAST["qa"].password
SNAPSHOT = {"type": "lot", "id": 1, "status": "in_qc"}


def _check(session, principal, settings, username="", password=PASSWORD):  # type: ignore[no-untyped-def]
    return signatures.check_signer(session, principal=principal, username=username,
                                   password=password, now=utcnow(), settings=settings)


def test_first_signature_needs_user_id_and_password_later_ones_the_password_only(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        principal = principal_for(session, "qa", settings)
        refused = _check(session, principal, settings)
        assert isinstance(refused, signatures.SigningRefusal) and refused.field == "username"
        proof = _check(session, principal, settings, username="QA")
        assert isinstance(proof, signatures.SignerProof)
        signatures.apply(session, proof=proof, meaning=Meaning.REVIEWED, entity_type="lot",
                         entity_id=1, snapshot=SNAPSHOT, now=utcnow())
        assert isinstance(_check(session, principal, settings), signatures.SignerProof)
    with database.session_scope() as session:
        # a new session (after logout or an idle timeout) starts a new continuous period
        again = principal_for(session, "qa", settings)
        assert isinstance(_check(session, again, settings), signatures.SigningRefusal)


def test_someone_elses_user_id_never_signs_and_is_reported(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        principal = principal_for(session, "qa", settings)
        refused = _check(session, principal, settings, username="qa2",
                         password=CAST["qa2"].password)
        assert isinstance(refused, signatures.SigningRefusal)
        assert "not yours" in refused.message
    with database.session_scope(write=False) as session:
        assert session.exec(select(Signature)).all() == []
        reported = session.exec(
            select(AuditEvent).where(AuditEvent.action == "signature.foreign_user_id")).all()
        assert len(reported) == 1 and '"entered_user_id":"qa2"' in reported[0].data
        notes = session.exec(select(Notification).where(Notification.kind == "security")).all()
        assert len(notes) == 1 and notes[0].roles == "admin,qa"


def test_wrong_passwords_at_signing_lock_the_account_after_five(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        principal = principal_for(session, "qa", settings)
        for _ in range(5):
            refused = _check(session, principal, settings, username="qa", password="wrong-pw")
            assert isinstance(refused, signatures.SigningRefusal)
        assert "locked" in refused.message
        locked = _check(session, principal, settings, username="qa")
        assert isinstance(locked, signatures.SigningRefusal) and "locked" in locked.message
        user = auth_service.find_user(session, "qa")
        assert user is not None and user.locked_until is not None


def test_an_administrator_cannot_sign(database: Database, settings: Settings) -> None:
    with database.session_scope() as session:
        principal = principal_for(session, "admin", settings)
        refused = _check(session, principal, settings, username="admin",
                         password=CAST["admin"].password)
        assert isinstance(refused, signatures.SigningRefusal)
        assert "administrators cannot sign" in refused.message


def test_a_signature_carries_name_time_meaning_and_is_superseded_when_the_record_changes(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        principal = principal_for(session, "qa", settings)
        proof = _check(session, principal, settings, username="qa")
        assert isinstance(proof, signatures.SignerProof)
        signature = signatures.apply(session, proof=proof, meaning=Meaning.RELEASED,
                                     entity_type="lot", entity_id=1, snapshot=SNAPSHOT,
                                     now=utcnow())
        event = session.get(AuditEvent, signature.audit_seq)
        assert event is not None and event.action == "signature.applied"
    with database.session_scope(write=False) as session:
        shown = signatures.manifest(session, entity_type="lot", entity_id=1, snapshot=SNAPSHOT)
        assert [(s.printed_name, s.meaning, s.status) for s in shown] == [
            ("Quentin Ashby", Meaning.RELEASED, "valid")]
        assert shown[0].signed_at.tzinfo is not None
        changed = dict(SNAPSHOT, status="released")
        assert signatures.manifest(session, entity_type="lot", entity_id=1,
                                   snapshot=changed)[0].status == "superseded"
        other = signatures.manifest(session, entity_type="lot", entity_id=2, snapshot=SNAPSHOT)
        assert other == []
