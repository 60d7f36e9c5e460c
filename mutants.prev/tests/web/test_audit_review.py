"""QA signs an audit-trail review in the browser flow: the e-signature ceremony end to end."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import select

from cellchain.audit.models import AuditEvent, AuditReview
from cellchain.db import Database
from cellchain.signatures.models import Signature
from tests.conftest import login
from tests.factories import CAST


def _review(client: TestClient, csrf: str, **fields: str):  # type: ignore[no-untyped-def]
    data = {"comment": "Weekly review of all records", "csrf_token": csrf, **fields}
    return client.post("/audit/reviews", data=data, follow_redirects=True)


def test_first_signature_asks_for_user_id_and_the_next_only_for_the_password(
    client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "qa")
    page = client.get("/audit")
    assert 'name="username"' in page.text
    assert "I reviewed this record" in page.text
    missing_id = _review(client, csrf, password=CAST["qa"].password)
    assert missing_id.status_code == 401
    assert "Enter your user ID and password" in missing_id.text
    signed = _review(client, csrf, username="qa", password=CAST["qa"].password)
    assert signed.status_code == 200
    assert "Review signed: chain intact" in signed.text
    # the manifest shows printed name, time with zone and meaning (11.50)
    assert "Signed by <strong>Quentin Ashby</strong>\n    (user ID qa)" in signed.text
    assert "I reviewed this record" in signed.text
    assert 'name="username"' not in client.get("/audit").text
    again = _review(client, csrf, password=CAST["qa"].password)
    assert "Review signed" in again.text
    with web_database.session_scope(write=False) as session:
        assert len(session.exec(select(AuditReview)).all()) == 2
        signatures = session.exec(select(Signature)).all()
    assert [(s.printed_name, s.meaning) for s in signatures] == [
        ("Quentin Ashby", "reviewed"), ("Quentin Ashby", "reviewed")]


def test_another_persons_credentials_never_produce_a_signature(
    client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "qa")
    refused = _review(client, csrf, username="qa2", password=CAST["qa2"].password)
    assert refused.status_code == 401
    assert "not yours" in refused.text
    with web_database.session_scope(write=False) as session:
        assert session.exec(select(Signature)).all() == []
        assert session.exec(select(AuditReview)).all() == []
    client.post("/logout", data={"csrf_token": csrf})
    login(client, "admin")
    dashboard = client.get("/").text
    assert "Quentin Ashby (qa) tried to sign with the user ID &#39;qa2&#39;" in dashboard


def test_only_qa_can_sign_a_review(client: TestClient) -> None:
    csrf = login(client, "monitor")
    assert "Sign review" not in client.get("/audit").text
    refused = _review(client, csrf, username="monitor", password=CAST["monitor"].password)
    assert refused.status_code == 403


def test_a_wrong_signing_password_is_kept_under_the_signers_name_and_back_leads_to_the_form(
    client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "qa")
    refused = _review(client, csrf, username="qa", password="not-the-password")
    assert refused.status_code == 401
    assert 'href="/audit"' in refused.text
    with web_database.session_scope(write=False) as session:
        failed = session.exec(select(AuditEvent).where(
            AuditEvent.action == "auth.signature_failed")).all()
        assert session.exec(select(AuditReview)).all() == []
    assert [e.actor_name for e in failed] == ["Quentin Ashby"]
