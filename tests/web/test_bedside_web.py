"""The bedside API (DESIGN §6) and pages through the real app: GO and STOP as JSON, malformed
scans never a 5xx or a GO, the tablet flow from scans to the infusion record, kit bags named by
kit number only."""

from __future__ import annotations

import re
import time
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import col, select

from cellchain.bags.models import Bag
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.labels.data import LabelKind
from cellchain.labels.service import label_data_for
from cellchain.lots.models import Lot
from tests.conftest import bearer_token, login
from tests.factories import CAST
from tests.support.bedside import WardBag, ward_bags


@pytest.fixture
def ward(web_database: Database, web_settings: Settings) -> list[WardBag]:
    return ward_bags(web_database, web_settings)


def _verify_api(client: TestClient, body: object, user: str = "clin") -> tuple[int, object]:
    token = bearer_token(client, user)
    response = client.post("/api/v1/bedside/verify", json=body,
                           headers={"Authorization": f"Bearer {token}"})
    return response.status_code, response.json()


def test_the_api_answers_go_with_every_check_and_the_attempt_id(
    client: TestClient, ward: list[WardBag]
) -> None:
    status, body = _verify_api(client, {"wristband": ward[0].wristband, "bag": ward[0].label})
    assert status == 200 and isinstance(body, dict)
    assert body["verdict"] == "go" and isinstance(body["verification_id"], int)
    assert {c["name"] for c in body["checks"]} >= {"coi_match", "custody_complete"}
    assert all(c["passed"] for c in body["checks"])


def test_the_api_answers_stop_naming_the_failed_check_for_another_subjects_bag(
    client: TestClient, ward: list[WardBag]
) -> None:
    status, body = _verify_api(client, {"wristband": ward[0].wristband, "bag": ward[1].label})
    assert status == 200 and isinstance(body, dict) and body["verdict"] == "stop"
    failed = [c for c in body["checks"] if not c["passed"]]
    assert [c["name"] for c in failed] == ["coi_match"]
    assert f"not to subject {ward[0].subject_number}'s" in failed[0]["message"]


@pytest.mark.parametrize("scans", [
    {"wristband": "", "bag": ""},
    {"wristband": "=A99902600000", "bag": "garbage \u00e9\u00e8"},
    {"wristband": "%" * 500, "bag": "=<E0001V00"},
])
def test_a_malformed_scan_is_a_stop_never_a_5xx_or_a_go(
    client: TestClient, ward: list[WardBag], scans: dict[str, str]
) -> None:
    status, body = _verify_api(client, scans)
    assert status == 200 and isinstance(body, dict) and body["verdict"] == "stop"


@pytest.mark.parametrize(("body", "field"), [
    ({"bag": "x"}, "wristband"), ({"wristband": "x"}, "bag"),
    ({"wristband": "x" * 501, "bag": "x"}, "wristband"),
])
def test_a_missing_or_over_long_field_is_a_422_naming_it(
    client: TestClient, ward: list[WardBag], body: dict[str, str], field: str
) -> None:
    status, answer = _verify_api(client, body)
    assert status == 422 and field in str(answer)


def test_the_tablet_flow_checks_confirms_and_records_the_infusion(
    client: TestClient, web_settings: Settings, ward: list[WardBag]
) -> None:
    csrf = login(client, "clin")
    checked = client.post("/bedside/checks", data={
        "csrf_token": csrf, "wristband": ward[0].wristband, "bag": ward[0].label},
        follow_redirects=False)
    assert checked.status_code == 303
    page = client.get(checked.headers["location"])
    assert "verdict-go" in page.text and "Second clinician" in page.text
    check_url = checked.headers["location"]

    refused = client.post(f"{check_url}/confirm", data={
        "csrf_token": csrf, "witness_username": "clin", "witness_password":
        CAST["clin"].password}, follow_redirects=False)
    assert refused.status_code == 422
    assert "nobody confirms their own check" in refused.text

    confirmed = client.post(f"{check_url}/confirm", data={
        "csrf_token": csrf, "witness_username": "clin2",
        "witness_password": CAST["clin2"].password}, follow_redirects=False)
    assert confirmed.headers["location"] == f"{check_url}/infusion"

    # The infusion starts after the GO and has stopped by the time it is recorded; the form
    # takes seconds, so two seconds after the GO there is room for both.
    time.sleep(2)
    zone = web_settings.zone
    stop = utcnow().replace(microsecond=0)
    start = stop - timedelta(seconds=1)
    local = lambda moment: moment.astimezone(zone).strftime("%Y-%m-%dT%H:%M:%S")  # noqa: E731
    vitals = {f"{point}-{field}": value for point in ("pre", "end") for field, value in (
        ("temperature_c", "36.9"), ("heart_rate", "70"), ("systolic", "120"),
        ("diastolic", "80"), ("respiratory_rate", "14"), ("spo2", "98"))}
    form = {"csrf_token": csrf, "started_at": local(start), "stopped_at": local(start),
            "volume_ml": "250", "reaction_grade": "0", "pre-taken_at": local(start),
            "end-taken_at": local(stop), **vitals}
    wrong = client.post(f"{check_url}/infusion", data={**form, "end-spo2": "9"})
    assert wrong.status_code == 422
    assert "At the end: SpO₂ (%): 9 is outside 50–100" in wrong.text
    assert "stopped at: must be after the start" in wrong.text

    recorded = client.post(f"{check_url}/infusion", data={**form, "stopped_at": local(stop)},
                           follow_redirects=False)
    assert recorded.status_code == 303, recorded.text
    record = client.get(recorded.headers["location"])
    assert "Infusion related reaction" in record.text and "Before the infusion" in record.text
    assert "Sam Okafor" in record.text
    subject_page = client.get(f"/subjects/{ward[0].subject_id}").text
    assert recorded.headers["location"] in subject_page  # the infusion, linked
    assert check_url in subject_page and "STOP" not in subject_page


def test_a_kit_bag_is_named_by_its_kit_number_to_the_blinded_clinician(
    client: TestClient, web_database: Database, web_settings: Settings, ward: list[WardBag]
) -> None:
    with web_database.session_scope() as session:
        kit_bag = session.exec(select(Bag).where(col(Bag.kit_number).is_not(None),
                                                 col(Bag.subject_id).is_not(None))).one()
        lot = session.get(Lot, kit_bag.lot_id)
        assert lot is not None and kit_bag.id is not None and kit_bag.subject_id is not None
        label = label_data_for(session, LabelKind.BAG, kit_bag.id, web_settings).label_2d
        wristband = label_data_for(session, LabelKind.WRISTBAND, kit_bag.subject_id,
                                   web_settings).label_2d
        din, kit = lot.din, kit_bag.kit_number
    status, body = _verify_api(client, {"wristband": wristband, "bag": label})
    assert status == 200 and isinstance(body, dict) and body["verdict"] == "stop"
    text = str(body)
    assert f"Kit {kit}" in text or f"kit {kit}" in text
    assert din[7:] not in text
    csrf = login(client, "clin")
    page = client.get(f"/bedside/checks/{body['verification_id']}")
    assert f"Kit {kit}" in page.text
    # (The COI identifier shares the FIN and year; the lot's sequence number must not show.)
    assert not re.search(re.escape(din[:5]) + r"\s*" + din[5:7] + r"\s*" + din[7:], page.text)
    assert csrf
