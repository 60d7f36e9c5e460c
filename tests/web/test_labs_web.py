"""Pre-infusion labs on the subject page (DESIGN §1 clinicians enter labs; §4.1 the bedside
check needs them): the section shows the gate's judgement today, a clinician records a blood
draw, and the bedside check that was STOP for missing labs is then GO."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import func, select

from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.trial.models import LabResult
from tests.conftest import bearer_token, login
from tests.support.bedside import WardBag, ward_bags


@pytest.fixture
def ward(web_database: Database, web_settings: Settings) -> list[WardBag]:
    return ward_bags(web_database, web_settings, labs=False)


def _verdict(client: TestClient, bag: WardBag) -> tuple[str, list[str]]:
    token = bearer_token(client, "clin")
    answer = client.post("/api/v1/bedside/verify",
                         json={"wristband": bag.wristband, "bag": bag.label},
                         headers={"Authorization": f"Bearer {token}"}).json()
    return answer["verdict"], [c["name"] for c in answer["checks"] if not c["passed"]]


def _results(database: Database) -> int:
    with database.session_scope(write=False) as session:
        return session.exec(select(func.count()).select_from(LabResult)).one()


def test_a_clinician_records_labs_and_the_bedside_check_turns_go(
        client: TestClient, ward: list[WardBag], web_settings: Settings) -> None:
    first = ward[0]
    assert _verdict(client, first) == ("stop", ["pre_infusion_labs"])
    csrf = login(client, "clin")
    page = client.get(f"/subjects/{first.subject_id}").text
    assert "The bedside lab gate does not pass today" in page
    assert "ANC is missing (no result)" in page
    today = utcnow().astimezone(web_settings.zone).date()
    response = client.post(f"/subjects/{first.subject_id}/labs", data={
        "csrf_token": csrf, "measured_on": today.isoformat(), "anc": "2.4", "plt": "160",
        "hgb": "105"}, follow_redirects=False)
    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    assert (f"Labs recorded for subject {first.subject_number}: ANC 2.4, PLT 160, HGB 105, "
            f"measured on {today.isoformat()}.") in page
    assert "The bedside lab gate passes today" in page
    assert _verdict(client, first) == ("go", [])


def test_bad_entries_come_back_beside_their_field_and_nothing_is_recorded(
        client: TestClient, ward: list[WardBag], web_settings: Settings,
        web_database: Database) -> None:
    subject_id = ward[0].subject_id
    csrf = login(client, "clin")
    tomorrow = utcnow().astimezone(web_settings.zone).date() + timedelta(days=1)
    cases = (
        ({"measured_on": "", "anc": "2.4", "plt": "x", "hgb": "105"}, ("e-labs-plt",
                                                                      "e-labs-measured_on")),
        ({"measured_on": tomorrow.isoformat(), "anc": "2.4", "plt": "", "hgb": ""},
         ("e-labs-measured_on",)),
        ({"measured_on": tomorrow.isoformat(), "anc": "", "plt": "", "hgb": ""},
         ("e-labs-anc",)),
        ({"measured_on": "2026-01-01", "anc": "-1", "plt": "", "hgb": ""}, ("e-labs-anc",)),
    )
    for form, errors in cases:
        response = client.post(f"/subjects/{subject_id}/labs", data={"csrf_token": csrf, **form})
        assert response.status_code == 422, form
        for error in errors:
            assert re.search(rf'id="{error}"', response.text), (form, error)
    assert _results(web_database) == 0


def test_monitors_see_the_gate_but_record_nothing(
        client: TestClient, ward: list[WardBag]) -> None:
    csrf = login(client, "monitor")
    page = client.get(f"/subjects/{ward[0].subject_id}").text
    assert "Pre-infusion labs" in page and "Record labs" not in page
    response = client.post(f"/subjects/{ward[0].subject_id}/labs",
                           data={"csrf_token": csrf, "anc": "2"})
    assert response.status_code == 403
