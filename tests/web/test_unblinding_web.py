"""The emergency-unblinding form's refusals (issue 12 item 4): a wrong password is refused
beside its field and nothing is revealed, but the failed attempt is kept and counted against
the account (21 CFR 11.300(d)); a short reason writes nothing at all."""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient
from sqlmodel import func, select

from cellchain.audit.models import AuditEvent
from cellchain.auth.models import User
from cellchain.clock import utcnow
from cellchain.db import Database
from cellchain.trial import service as trial
from cellchain.trial.blinding_models import EmergencyUnblinding
from cellchain.trial.rules import SubjectStatus
from tests.conftest import login
from tests.factories import SEEDER
from tests.support.randomised import put_list_in_force, randomise

REASON = "Anaphylaxis in the emergency department; treatment depends on the product given."


def _randomised_subject(database: Database) -> int:
    with database.session_scope() as session:
        put_list_in_force(session, ["CONTROL", "RAK"])
        subject = trial.register_subject(
            session, actor=SEEDER, screening_number="SRAK020", subject_number="RAK020",
            date_of_birth=date(1961, 3, 14), now=utcnow(), status=SubjectStatus.ENROLLED)
        randomise(session, subject)
        return subject.id or 0


def _state(database: Database) -> tuple[int, int, int]:
    with database.session_scope(write=False) as session:
        clin = session.exec(select(User).where(User.username == "clin")).one()
        failed = session.exec(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "auth.signature_failed")).one()
        revealed = session.exec(select(func.count()).select_from(EmergencyUnblinding)).one()
        return clin.failed_logins, failed, revealed


def test_a_wrong_password_is_refused_and_kept_as_a_failed_attempt(
        client: TestClient, web_database: Database) -> None:
    subject_id = _randomised_subject(web_database)
    csrf = login(client, "clin")
    before = _state(web_database)
    response = client.post(f"/subjects/{subject_id}/unblind", data={
        "csrf_token": csrf, "reason": REASON, "username": "clin", "password": "not-my-password"})
    assert 400 <= response.status_code < 500
    assert "CONTROL" not in response.text and "TAS-102 + placebo" not in response.text
    failed_logins, failed_records, revealed = _state(web_database)
    assert (failed_logins, failed_records, revealed) == (before[0] + 1, before[1] + 1, 0)


def test_a_short_reason_writes_nothing(client: TestClient, web_database: Database) -> None:
    subject_id = _randomised_subject(web_database)
    csrf = login(client, "clin")
    before = _state(web_database)
    response = client.post(f"/subjects/{subject_id}/unblind", data={
        "csrf_token": csrf, "reason": "urgent", "username": "clin", "password": "x"})
    assert response.status_code == 422 and 'id="e-reason"' in response.text
    assert _state(web_database) == before
