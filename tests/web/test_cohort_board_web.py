"""The cohort board page (issue 12 item 3): levels, cohorts and each subject's DLT window, the
recommendation, and the investigators' signed decision form (refusals beside the field with the
form kept, nothing written; a technician is refused)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlmodel import func, select

from cellchain.audit.models import AuditEvent
from cellchain.clock import utcnow
from cellchain.db import Database
from cellchain.trial.blinding_models import EscalationDecision
from tests.conftest import login
from tests.factories import CAST
from tests.support.escalation import escalation_cohort

NOW = utcnow()


@pytest.fixture
def cohort(web_database: Database) -> list[int]:
    """Cohort 1 at DL1: two subjects past their window, one on day 4 of 28."""
    with web_database.session_scope() as session:
        return escalation_cohort(session, 1, "DL1", [30, 29, 3], NOW)


@pytest.fixture
def complete(web_database: Database) -> list[int]:
    """Cohort 1 at DL1: all three subjects past their DLT window, no DLT."""
    with web_database.session_scope() as session:
        return escalation_cohort(session, 1, "DL1", [30, 29, 28], NOW)


def _decisions(database: Database) -> int:
    with database.session_scope(write=False) as session:
        return session.exec(select(func.count()).select_from(EscalationDecision)).one()


def _form(**fields: str) -> dict[str, str]:
    return {"cohort": "1", "decision": "escalate", "next_dose_level": "DL2",
            "mtd_dose_level": "", "rationale": "0 of 3 DLTs at DL1; escalate to DL2",
            "username": "clin", "password": CAST["clin"].password, **fields}


def test_the_board_shows_levels_cohorts_windows_and_the_recommendation(
    client: TestClient, cohort: list[int]
) -> None:
    login(client, "monitor")
    page = client.get("/escalation")
    assert page.status_code == 200
    text = page.text
    assert 'href="/escalation" aria-current="page">Cohort board</a>' in text
    statuses = re.findall(r'<td class="window-status">(.*?)</td>', text)
    assert statuses == ["window completed", "window completed", "in DLT window, day 4 of 28"]
    assert "2 DLT-evaluable · 0 with a DLT · 1 still in the DLT window" in text
    assert "DL1: wait until 1 more subject(s) complete the DLT window" in text
    assert "cohort 1 at DL1" in text
    assert "Sign and record the decision" not in text  # monitors read, investigators decide


def test_a_clinician_records_the_decision_signed_and_the_board_shows_it(
    client: TestClient, web_database: Database, complete: list[int]
) -> None:
    csrf = login(client, "clin")
    page = client.get("/escalation").text
    assert "data-confirm=\"Record this decision on cohort 1 at DL1" in page
    response = client.post("/escalation/decisions", data={"csrf_token": csrf, **_form()},
                           follow_redirects=False)
    assert response.status_code == 303, response.text
    board = client.get("/escalation").text
    assert "Decision on cohort 1 at DL1 recorded and signed: escalate." in board
    assert re.search(r"Signed by <strong>Clara Ruiz</strong>\s+\(user ID clin\) on \d{4}-\d\d-\d\d "
                     r"\d\d:\d\d:\d\d \w+ — I record the safety review committee&#39;s "
                     "dose-escalation decision", board)
    assert "Open cohort: <strong>cohort 2 at DL2</strong>" in board
    assert _decisions(web_database) == 1


def test_a_refused_decision_shows_each_problem_beside_its_field_and_keeps_the_form(
    client: TestClient, web_database: Database, complete: list[int]
) -> None:
    csrf = login(client, "clin")
    response = client.post("/escalation/decisions", data={
        "csrf_token": csrf, **_form(next_dose_level="DL1", rationale="short")})
    assert response.status_code == 422
    assert re.search(r'id="e-rationale" class="field-error">Rationale must be at least 10',
                     response.text)
    assert re.search(r'id="e-next_dose_level" class="field-error">Escalate from DL1 goes to a '
                     r"level above DL1, not DL1\.", response.text)
    assert ">short</textarea>" in response.text
    assert '<option value="escalate" selected>' in response.text
    assert _decisions(web_database) == 0


def test_a_cohort_still_in_its_window_is_refused_naming_the_subject(
    client: TestClient, web_database: Database, cohort: list[int]
) -> None:
    csrf = login(client, "clin")
    response = client.post("/escalation/decisions", data={"csrf_token": csrf, **_form()})
    assert response.status_code == 409
    assert "RAK003 (in DLT window, day 4 of 28) not yet DLT-evaluable" in response.text
    assert _decisions(web_database) == 0


def test_a_wrong_password_is_refused_beside_the_field_and_the_attempt_is_kept(
    client: TestClient, web_database: Database, complete: list[int]
) -> None:
    csrf = login(client, "clin")
    response = client.post("/escalation/decisions",
                           data={"csrf_token": csrf, **_form(password="not-my-password")})
    assert response.status_code == 422
    assert 'id="e-password" class="field-error">Signature not applied' in response.text
    assert "0 of 3 DLTs at DL1; escalate to DL2</textarea>" in response.text
    assert _decisions(web_database) == 0
    with web_database.session_scope(write=False) as session:
        assert session.exec(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "auth.signature_failed")).one() == 1


def test_a_technician_neither_reads_the_board_nor_decides(
    client: TestClient, web_database: Database, cohort: list[int]
) -> None:
    csrf = login(client, "tech")
    assert client.get("/escalation").status_code == 403
    response = client.post("/escalation/decisions", data={"csrf_token": csrf, **_form()})
    assert response.status_code == 403
    assert _decisions(web_database) == 0


def test_a_cohort_number_that_is_not_ascii_digits_is_no_cohort_seen_never_a_500(
    client: TestClient, complete: list[int]
) -> None:
    csrf = login(client, "clin")
    response = client.post("/escalation/decisions",
                           data={"csrf_token": csrf, **_form(cohort="²")},
                           follow_redirects=False)
    assert response.status_code == 303
