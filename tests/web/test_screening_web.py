"""Screening and enrolment in the clinician's pages (issue 12 item 2): register, evaluate
criterion by criterion with the failures explained, correct and evaluate again, enrol, land on
the wristband; a screen failure keeps its reasons; refusals name the field and write nothing."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import func, select

from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.trial.models import ScreeningEvaluation, Subject
from cellchain.trial.screening_form import form_from_input
from tests.conftest import login
from tests.support.screening import eligible_input

BORN = date(1959, 9, 30)


def _register(client: TestClient, csrf: str) -> int:
    response = client.post("/subjects", data={"csrf_token": csrf,
                                              "date_of_birth": BORN.isoformat()},
                           follow_redirects=False)
    assert response.status_code == 303, response.text
    match = re.fullmatch(r"/subjects/(\d+)/screening", response.headers["location"])
    assert match
    return int(match.group(1))


def _form(settings: Settings, **changes: Any) -> dict[str, str]:
    today = utcnow().astimezone(settings.zone).date()
    return form_from_input(eligible_input(BORN, today, **changes))


def test_a_clinician_screens_corrects_and_enrols_a_subject(
        client: TestClient, web_settings: Settings, web_database: Database) -> None:
    csrf = login(client, "clin")
    assert "Register a subject for screening" in client.get("/subjects").text
    subject_id = _register(client, csrf)
    page = client.get(f"/subjects/{subject_id}/screening").text
    assert "No evaluation yet" in page and 'name="hgb_g_l_value"' in page

    low = {**_form(web_settings), "plt_10e9_l_value": "49"}
    response = client.post(f"/subjects/{subject_id}/screening",
                           data={"csrf_token": csrf, **low})
    assert response.status_code == 200
    assert "Not eligible: 1 criteria not met" in response.text
    assert "NOT ELIGIBLE" in response.text
    failed = re.search(r'<ul class="failed-criteria">(.*?)</ul>', response.text, re.S)
    assert failed and "PLT 49" in failed.group(1) and "below the minimum of 50" in failed.group(1)
    assert 'value="49"' in response.text  # the form is filled as evaluated, to correct it

    response = client.post(f"/subjects/{subject_id}/screening",
                           data={"csrf_token": csrf, **_form(web_settings)})
    assert "ELIGIBLE" in response.text and "Enrol subject" in response.text
    response = client.post(f"/subjects/{subject_id}/enrol",
                           data={"csrf_token": csrf, "trial_stage": "escalation"},
                           follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/subjects/{subject_id}/label"
    label_page = client.get(response.headers["location"]).text
    assert "Print the wristband now" in label_page
    with web_database.session_scope(write=False) as session:
        subject = session.get(Subject, subject_id)
        assert subject and subject.status == "enrolled" and subject.dose_level == "DL1"
        number = subject.subject_number
    assert number and number in client.get(f"/subjects/{subject_id}").text


def test_a_screen_failure_is_recorded_with_its_reasons(
        client: TestClient, web_settings: Settings) -> None:
    csrf = login(client, "clin")
    subject_id = _register(client, csrf)
    client.post(f"/subjects/{subject_id}/screening",
                data={"csrf_token": csrf, **_form(web_settings), "child_pugh": "C"})
    page = client.get(f"/subjects/{subject_id}/screening").text
    assert "Record screen failure" in page and "Enrol subject" not in page
    response = client.post(f"/subjects/{subject_id}/screen-failure",
                           data={"csrf_token": csrf}, follow_redirects=False)
    assert response.status_code == 303
    detail = client.get(f"/subjects/{subject_id}").text
    assert "screen failed" in detail and "Child-Pugh class C" in detail


def test_malformed_entries_come_back_beside_their_field_and_nothing_is_kept(
        client: TestClient, web_settings: Settings, web_database: Database) -> None:
    csrf = login(client, "clin")
    subject_id = _register(client, csrf)
    bad = {**_form(web_settings), "life_expectancy_months": "soon"}
    response = client.post(f"/subjects/{subject_id}/screening", data={"csrf_token": csrf, **bad})
    assert response.status_code == 422
    assert re.search(r'id="e-life_expectancy_months"[^>]*>life_expectancy_months: must be a '
                     r'number', response.text)
    assert 'value="soon"' in response.text
    bad = {**_form(web_settings), "anc_10e9_l_date": ""}
    response = client.post(f"/subjects/{subject_id}/screening", data={"csrf_token": csrf, **bad})
    assert response.status_code == 422 and 'id="e-anc_10e9_l_date"' in response.text
    with web_database.session_scope(write=False) as session:
        assert session.exec(select(func.count()).select_from(ScreeningEvaluation)).one() == 0


def test_a_future_date_of_birth_is_refused_beside_the_field(client: TestClient) -> None:
    csrf = login(client, "clin")
    response = client.post("/subjects", data={
        "csrf_token": csrf, "date_of_birth": (date.today() + timedelta(days=2)).isoformat()})
    assert response.status_code == 422
    assert 'id="e-date_of_birth"' in response.text


def test_monitors_read_screening_but_cannot_evaluate(client: TestClient) -> None:
    csrf = login(client, "clin")
    subject_id = _register(client, csrf)
    client.post("/logout", data={"csrf_token": csrf})
    csrf = login(client, "monitor")
    page = client.get(f"/subjects/{subject_id}/screening")
    assert page.status_code == 200 and "Evaluate eligibility" not in page.text
    response = client.post(f"/subjects/{subject_id}/screening", data={"csrf_token": csrf})
    assert response.status_code == 403


def test_qa_reads_the_screening_page_without_the_date_of_birth(client: TestClient) -> None:
    csrf = login(client, "clin")
    subject_id = _register(client, csrf)
    client.post("/logout", data={"csrf_token": csrf})
    login(client, "qa")
    page = client.get(f"/subjects/{subject_id}/screening")
    assert page.status_code == 200
    assert BORN.isoformat() not in page.text and "born" not in page.text
