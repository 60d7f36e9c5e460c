"""Cord blood unit pages: the technician's scan-driven receipt and QA's signed decision."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlmodel import func, select

from cellchain.cbu import service
from cellchain.cbu.models import CordBloodUnit
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.signatures.models import Signature
from tests.conftest import bearer_token, login
from tests.factories import CAST
from tests.integration.test_cbu_receipt import receipt

FORM = {
    "din_scan": "]C0=A99912600471100", "product_code_scan": "]C0=<S9998V00",
    "abo_rh_scan": "=%6200", "bank_name": "Validation Cord Blood Bank",
    "collected_at": "2025-03-01T08:15", "volume_ml": "24.5", "total_nucleated_cells": "1.3e9",
    "viability_pct": "93", "idm_status": "negative", "container_intact": "yes",
    "arrival_temp_c": "-181",
}


def _units(database: Database) -> int:
    with database.session_scope(write=False) as session:
        return session.exec(select(func.count()).select_from(CordBloodUnit)).one()


def _received_unit(database: Database, **overrides: object) -> int:
    with database.session_scope() as session:
        cbu = service.receive_scanned(session, **receipt(**overrides))
        return cbu.id or 0


def test_the_receipt_form_starts_at_the_din_and_each_scan_moves_to_the_next_field(
    client: TestClient
) -> None:
    csrf = login(client, "tech")
    page = client.get("/cbu/receive").text
    # The form itself carries the session's token (the scan box and sign-out carry it too).
    assert page.count(f'name="csrf_token" value="{csrf}"') == 3  # scan box, sign-out, this form
    din = re.search(r"<input id=\"f-din_scan\"[^>]*>", page)
    assert din and "autofocus" in din.group(0)
    assert 'data-scan-next="f-product_code_scan"' in din.group(0)
    order = re.findall(r'data-scan-next="f-(\w+)"', page)
    assert order == ["product_code_scan", "abo_rh_scan", "coi_scan", "bank_name", "collected_at",
                     "volume_ml", "total_nucleated_cells", "viability_pct", "idm_status",
                     "container_intact", "arrival_temp_c"]
    last = re.search(r"<input id=\"f-arrival_temp_c\"[^>]*>", page)
    assert last and "data-scan-next" not in last.group(0)


def test_a_technician_receives_a_unit_and_lands_on_its_page(
    client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "tech")
    response = client.post("/cbu", data={**FORM, "csrf_token": csrf}, follow_redirects=False)
    assert response.status_code == 303, response.text
    location = response.headers["location"]
    assert re.fullmatch(r"/cbu/\d+", location)
    page = client.get(location).text
    assert "Cord blood unit A9991 26 004711 S9998V00 received into quarantine" in page
    assert "A9991 26 004711 L" in page  # eye-readable DIN with its check character
    assert "A RhD positive" in page and "1.3 × 10⁹" in page
    assert "No findings" in page
    assert f'href="{location}/label"' in page
    assert "Accept and sign" not in page  # technicians do not decide
    assert "Cord blood unit received" in page  # history, in words


def test_a_bad_scan_comes_back_beside_its_field_and_nothing_is_saved(
    client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "tech")
    response = client.post("/cbu", data={**FORM, "din_scan": "=A99912600471180",
                                         "volume_ml": "a lot", "csrf_token": csrf})
    assert response.status_code == 422
    assert ('id="e-din_scan" class="field-error">DIN: the check flags of the DIN do not match: '
            'scan the label again, or re-type the whole identifier') in response.text
    assert "volume must be a number" in response.text
    assert 'value="]C0=&lt;S9998V00"' in response.text  # what was scanned is kept
    assert "Nothing was saved" in response.text
    assert _units(web_database) == 0


def test_receiving_the_same_unit_twice_is_refused_on_the_form(
    client: TestClient, web_database: Database
) -> None:
    _received_unit(web_database)
    csrf = login(client, "tech")
    response = client.post("/cbu", data={**FORM, "csrf_token": csrf})
    assert response.status_code == 409
    assert "was already received" in response.text
    assert _units(web_database) == 1


def test_the_list_filters_by_status_and_says_when_it_is_empty(
    client: TestClient, web_database: Database
) -> None:
    login(client, "qc")
    assert "No cord blood units have been received yet." in client.get("/cbu").text
    _received_unit(web_database)
    assert "A9991 26 004711" in client.get("/cbu?status=received").text
    assert "No cord blood units are accepted yet." in client.get("/cbu?status=accepted").text
    assert "Receive a unit" not in client.get("/cbu").text  # QC reads, does not receive


def test_qa_accepts_a_unit_with_an_e_signature(
    client: TestClient, web_database: Database
) -> None:
    cbu_id = _received_unit(web_database)
    csrf = login(client, "qa")
    page = client.get(f"/cbu/{cbu_id}").text
    assert "Accept and sign" in page and 'name="username"' in page
    # scan box, accept, reject, sign-out
    assert page.count(f'name="csrf_token" value="{csrf}"') == 4
    assert 'data-confirm="Accept cord blood unit A9991 26 004711 S9998V00' in page
    accepted = client.post(f"/cbu/{cbu_id}/accept", follow_redirects=True, data={
        "csrf_token": csrf, "username": "qa", "password": CAST["qa"].password})
    assert accepted.status_code == 200
    assert "Cord blood unit A9991 26 004711 S9998V00 accepted." in accepted.text
    assert "Signed by <strong>Quentin Ashby</strong>" in accepted.text
    assert "Accept and sign" not in accepted.text
    with web_database.session_scope(write=False) as session:
        assert service.get_cbu(session, cbu_id).status == "accepted"
        assert len(session.exec(select(Signature)).all()) == 1


def test_qa_cannot_reject_without_a_reason_or_sign_with_a_wrong_password(
    client: TestClient, web_database: Database
) -> None:
    cbu_id = _received_unit(web_database)
    csrf = login(client, "qa")
    signed = {"csrf_token": csrf, "username": "qa", "password": CAST["qa"].password}
    no_reason = client.post(f"/cbu/{cbu_id}/reject", data=signed)
    assert no_reason.status_code == 422
    assert "reason is required to reject" in no_reason.text
    wrong = client.post(f"/cbu/{cbu_id}/reject",
                        data={**signed, "password": "not-it", "reason": "IDM positive"})
    assert wrong.status_code == 401
    rejected = client.post(f"/cbu/{cbu_id}/reject", follow_redirects=True,
                           data={**signed, "reason": "IDM positive"})
    assert "rejected." in rejected.text and "IDM positive" in rejected.text
    with web_database.session_scope(write=False) as session:
        assert service.get_cbu(session, cbu_id).status == "rejected"


def test_a_technician_cannot_accept(client: TestClient, web_database: Database) -> None:
    cbu_id = _received_unit(web_database)
    csrf = login(client, "tech")
    refused = client.post(f"/cbu/{cbu_id}/accept", data={
        "csrf_token": csrf, "username": "tech", "password": CAST["tech"].password})
    assert refused.status_code == 403
    with web_database.session_scope(write=False) as session:
        assert service.get_cbu(session, cbu_id).status == "received"


def test_a_clinician_sees_no_cord_blood_unit(client: TestClient, web_database: Database) -> None:
    cbu_id = _received_unit(web_database)
    login(client, "clin")
    assert "Cord blood" not in client.get("/").text  # no navigation entry
    for path in ("/cbu", f"/cbu/{cbu_id}", "/cbu/receive"):
        response = client.get(path)
        assert response.status_code == 403, path
        assert "A9991 26 004711" not in response.text


def test_a_subjects_own_blood_is_received_bound_to_the_scanned_chain_of_identity(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    from tests.factories import seed_identity_records

    seed_identity_records(web_database, web_settings)
    headers = {"Authorization": f"Bearer {bearer_token(client, 'clin')}"}
    wristband = next(s["wristband"] for s in client.get("/api/v1/subjects", headers=headers)
                     .json() if s["subject_number"] == "RAK004")
    csrf = login(client, "tech")
    autologous = {**FORM, "din_scan": "=A99902699000100", "coi_scan": wristband,
                  "arrival_temp_c": "21", "csrf_token": csrf}
    response = client.post("/cbu", data=autologous, follow_redirects=False)
    assert response.status_code == 303, response.text
    with web_database.session_scope(write=False) as session:
        unit = session.exec(select(CordBloodUnit).where(
            CordBloodUnit.din == "A999026990001")).one()
        assert unit.source_type == "autologous_blood" and unit.subject_id == 4
        assert unit.coi_id is not None
    unknown = client.post("/cbu", data={**autologous, "din_scan": "=A99902699000200",
                                        "coi_scan": "&/CHA999026999999"})
    assert unknown.status_code == 422
    assert "COI: no subject has identifier CHA999026999999" in unknown.text
