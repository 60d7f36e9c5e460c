"""The release review page, the signed decision through the web form, the certificate of
analysis (HTML and PDF) and the lot / release-check API (DESIGN §6)."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from typing import Any

from fastapi.testclient import TestClient
from pypdf import PdfReader
from sqlmodel import select

from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo.manufacture import make_lot
from cellchain.isbt128.din import Din
from cellchain.lots.models import Lot
from tests.conftest import bearer_token, login
from tests.factories import CAST, cast_actor, releaser, seed_identity_records

SIGNED = "Signed by Quentin Ashby (user ID qa)"


def _in_qc(database: Database, settings: Settings, unit: int = 7101) -> int:
    with database.session_scope() as session:
        lot = make_lot(session, maker=cast_actor(session, "tech"),
                       checker=cast_actor(session, "qc"), qa=cast_actor(session, "qa2"),
                       settings=settings, bank_din=Din("A9991", "26", f"{unit:06d}"),
                       day0=utcnow() - timedelta(days=15), until="formulation", bags=1)
        releaser(session, settings).results(session, lot, utcnow(),
                                            skip=frozenset({"sterility_14d"}))
        return lot.id or 0


def _text(html: str) -> str:
    """The page as read: tags removed, white space folded."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split()).replace(" )", ")").replace(
        "( ", "(")


def _api(client: TestClient, username: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {bearer_token(client, username)}"}


def test_qa_reviews_the_trail_then_signs_a_conditional_release_through_the_page(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    lot_id = _in_qc(web_database, web_settings)
    check = client.get(f"/api/v1/lots/{lot_id}/release-check", headers=_api(client, "qa"))
    assert check.json()["releasable"] is False
    assert check.json()["conditionally_releasable"] is False
    assert {b["rule"] for b in check.json()["blockers"]} == {"qc_result_pending",
                                                              "audit_trail_not_reviewed"}
    csrf = login(client, "qa")
    page = client.get(f"/lots/{lot_id}/release").text
    assert "The lot&#39;s audit trail has not been reviewed since its last change." in page
    assert "Viability" in page and "in specification" in page
    head = page.split('name="through_seq" value="')[1].split('"')[0]
    reviewed = client.post(f"/lots/{lot_id}/release/audit-review",
                           data={"csrf_token": csrf, "through_seq": head},
                           follow_redirects=False)
    assert reviewed.status_code == 303
    decided = client.post(f"/lots/{lot_id}/release/decision", data={
        "csrf_token": csrf, "decision": "conditionally_released", "username": "qa",
        "password": CAST["qa"].password}, follow_redirects=False)
    assert decided.status_code == 303, decided.text
    page = _text(client.get(f"/lots/{lot_id}/release").text)
    assert SIGNED in page and "Pending at release: 14-day sterility." in page
    lot = client.get(f"/api/v1/lots/{lot_id}", headers=_api(client, "coord")).json()
    assert lot["status"] == "conditionally_released"
    assert lot["release"]["decision"] == "conditionally_released"
    assert lot["release"]["signed_by"] == "Quentin Ashby"
    assert lot["release"]["signer_user_id"] == "qa"
    assert lot["release"]["pending_tests"] == ["14-day sterility"]
    statuses = {r["test"]: r["status"] for r in lot["qc_results"]}
    assert statuses["14-day sterility"] == "pending" and statuses["Viability"] == "pass"


def test_a_wrong_password_signs_nothing(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    lot_id = _in_qc(web_database, web_settings, 7102)
    csrf = login(client, "qa")
    refused = client.post(f"/lots/{lot_id}/release/decision", data={
        "csrf_token": csrf, "decision": "rejected", "reason": "Contaminated",
        "username": "qa", "password": "not-the-password"})
    assert refused.status_code in (401, 403, 422)
    with web_database.session_scope(write=False) as session:
        assert session.get(Lot, lot_id).status == "in_qc"  # type: ignore[union-attr]


def test_the_certificate_of_analysis_shows_results_and_the_signature_in_html_and_pdf(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    seed_identity_records(web_database, web_settings)
    with web_database.session_scope(write=False) as session:
        released = session.exec(select(Lot).where(Lot.status == "released")).first()
        assert released is not None
        lot_id = released.id
    login(client, "coord")
    html = _text(client.get(f"/lots/{lot_id}/coa").text)
    assert SIGNED in html and "I release this lot for clinical use" in html
    assert "Viability" in html and "complies" in html
    pdf = client.get(f"/lots/{lot_id}/coa.pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    flat = " ".join(text.split())
    assert SIGNED in flat and "Certificate of analysis" in flat
    assert "Viability" in flat and "GMT" in flat  # the signing time names its zone
    # The signature shows wherever the lot's record does (21 CFR 11.50(b)).
    assert SIGNED in _text(client.get(f"/lots/{lot_id}").text)
    assert SIGNED in _text(client.get(f"/lots/{lot_id}/record").text)
    record = client.get(f"/lots/{lot_id}/record.pdf").content
    assert SIGNED in " ".join(" ".join(
        page.extract_text() for page in PdfReader(io.BytesIO(record)).pages).split())


def test_blinded_roles_get_no_lot_and_only_qa_checks_a_release(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    lot_id = _in_qc(web_database, web_settings, 7103)
    for username in ("clin", "monitor"):
        assert client.get(f"/api/v1/lots/{lot_id}",
                          headers=_api(client, username)).status_code == 403
    checked: Any = client.get(f"/api/v1/lots/{lot_id}/release-check",
                              headers=_api(client, "qc"))
    assert checked.status_code == 403
