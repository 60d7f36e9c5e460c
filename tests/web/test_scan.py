"""Scan resolution: POST /api/v1/scan and the global scan box name the one record a scanned
or typed text refers to, or say why not, and never answer a malformed scan with a 5xx."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import col, select

from cellchain.bags.models import Bag
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.isbt128.checkchar import check_character
from cellchain.isbt128.din import parse_din_text
from cellchain.labels.data import LabelKind
from cellchain.labels.service import label_data_for
from cellchain.lots.models import Lot
from cellchain.qc.models import QcSample
from cellchain.trial.models import Subject
from tests.conftest import bearer_token, login
from tests.factories import seed_identity_records


@pytest.fixture
def records(web_database: Database, web_settings: Settings) -> dict[str, Any]:
    seed_identity_records(web_database, web_settings)
    with web_database.session_scope(write=False) as session:
        lot = session.exec(select(Lot).order_by(col(Lot.id))).first()
        bag = session.exec(select(Bag).order_by(col(Bag.id))).first()
        kit_bag = session.exec(select(Bag).where(col(Bag.kit_number).is_not(None),
                                                 col(Bag.subject_id).is_not(None))).first()
        sample = session.exec(select(QcSample).order_by(col(QcSample.id))).first()
        subject = session.exec(select(Subject).where(Subject.subject_number == "RAK001")).one()
        assert lot and bag and kit_bag and sample
        return {"lot": lot, "bag": bag, "kit_bag": kit_bag, "sample": sample,
                "subject": subject}


def label_data_for_session(database: Database, settings: Settings, kind: LabelKind,
                           record_id: int) -> str:
    """The 2-D text printed on a record's label."""
    with database.session_scope(write=False) as session:
        return label_data_for(session, kind, record_id, settings).label_2d


def _api(client: TestClient, username: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {bearer_token(client, username)}"}


def _scan(client: TestClient, headers: dict[str, str], text: str) -> Any:
    return client.post("/api/v1/scan", json={"scan": text}, headers=headers)


def test_every_label_kind_scans_back_to_its_record(
    client: TestClient, records: dict[str, Any]
) -> None:
    tech = _api(client, "tech")
    bags = client.get("/api/v1/bags", headers=tech).json()
    bag = next(b for b in bags if b["id"] == records["bag"].id)
    lot = records["lot"]
    din = parse_din_text(lot.din)
    expected = {
        bag["label_2d"]: ("bag", bag["id"]),
        bag["barcode"]: ("lot", lot.id),
        f"]C4{bag['barcode']}=<{bag['product_code']}": ("bag", bag["id"]),
        f"]C0={lot.din}00\r\n": ("lot", lot.id),
        f"{din.eye_readable} {din.check_character}": ("lot", lot.id),
        f"&q{lot.din}{records['sample'].sample_number:03d}": ("qc_sample", records["sample"].id),
    }
    for text, (kind, record_id) in expected.items():
        response = _scan(client, tech, text)
        assert response.status_code == 200, (text, response.text)
        assert (response.json()["kind"], response.json()["id"]) == (kind, record_id), text


def test_wristband_and_coi_scans_name_the_subject(
    client: TestClient, records: dict[str, Any]
) -> None:
    clin = _api(client, "clin")
    (subject,) = [s for s in client.get("/api/v1/subjects", headers=clin).json()
                  if s["subject_number"] == "RAK001"]
    for text in (subject["wristband"], "RAK001"):
        body = _scan(client, clin, text).json()
        assert (body["kind"], body["id"], body["url"]) == (
            "subject", subject["id"], f"/subjects/{subject['id']}")
    coi = subject["wristband"].split("&/")[1]
    typed = coi + check_character(coi)
    assert _scan(client, clin, typed).json()["id"] == subject["id"]


def test_a_wristband_with_another_subjects_birth_date_is_refused(
    client: TestClient, records: dict[str, Any]
) -> None:
    clin = _api(client, "clin")
    wristband = next(s["wristband"] for s in client.get("/api/v1/subjects", headers=clin).json()
                     if s["subject_number"] == "RAK001")
    forged = wristband.replace("=#0019610314", "=#0019610315")
    response = _scan(client, clin, forged)
    assert response.status_code == 422
    assert "date of birth 1961-03-15 does not match subject RAK001" in response.json()["detail"]


@pytest.mark.parametrize(("text", "status", "says"), [
    # Type 3 flag 87 where the DIN's is 88; never "is 88" (a user could copy it, ST-001 §7.5)
    ("=A99902600000187", 422, "check flags of the DIN do not match: scan the label again"),
    ("A9990 26 000001 0", 422, "check character of the DIN does not match: re-type the whole"),
    ("K000001S", 422, "check character of the kit number does not match: re-type the whole"),
    ("=A99902600099900", 404, "No lot or cord blood unit has DIN A9990 26 000999"),
    ("=<S9999VA0", 422, "does not identify a record"),
    ("=%6200", 422, "does not identify a record"),
    ("<script>alert(1)</script>", 404, "is not an ISBT 128 bar code"),
    ("", 422, "empty"),
])
def test_bad_scans_get_a_reason_not_a_server_error(
    client: TestClient, records: dict[str, Any], text: str, status: int, says: str
) -> None:
    response = _scan(client, _api(client, "tech"), text)
    assert response.status_code == status, response.text
    assert says in response.json()["detail"]


def test_a_blinded_clinician_gets_one_answer_for_hidden_and_missing_records(
    client: TestClient, records: dict[str, Any], web_database: Database,
    web_settings: Settings,
) -> None:
    clin = _api(client, "clin")
    lot, sample = records["lot"], records["sample"]
    tube = label_data_for_session(web_database, web_settings, LabelKind.SAMPLE, sample.id)
    hidden = [f"={lot.din}00", tube, "M000001"]
    missing = ["=A99902600099900", tube.replace(lot.din, "A999026000999"), "M999999"]
    answers = [_scan(client, clin, text) for text in hidden + missing]
    assert {(r.status_code, r.json()["detail"]) for r in answers} == {
        (404, "This barcode does not open a record you can see. Scan the bag's kit label or "
              "the subject's wristband.")}
    assert all(lot.din not in r.text and "A9990 26" not in r.text for r in answers)
    kit = records["kit_bag"].kit_number
    opened = _scan(client, clin, kit).json()
    assert (opened["kind"], opened["title"]) == ("bag", f"Kit {kit}")


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(
    st.text(max_size=80),
    st.text(alphabet="=&%<>*#/+,0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcq ]\r\n",
            max_size=80),
    st.builds(lambda tail: "=+" + tail, st.text(alphabet="=&<>/#0123456789AS", max_size=60)),
))
def test_no_scanned_text_causes_a_server_error(
    client: TestClient, records: dict[str, Any], text: str
) -> None:
    if "token" not in records:
        records["token"] = bearer_token(client, "tech")
    response = client.post("/api/v1/scan", json={"scan": text},
                           headers={"Authorization": f"Bearer {records['token']}"})
    assert response.status_code in (200, 403, 404, 422), (text, response.text)


def test_the_scan_box_opens_the_record_or_explains_itself(
    client: TestClient, records: dict[str, Any]
) -> None:
    csrf = login(client, "tech")
    lot = records["lot"]
    opened = client.post("/scan", data={"code": f"]C0={lot.din}00\r\n", "csrf_token": csrf},
                         follow_redirects=False)
    assert (opened.status_code, opened.headers["location"]) == (303, f"/lots/{lot.id}")
    refused = client.post("/scan", data={"code": "=A99902600000187", "csrf_token": csrf})
    assert refused.status_code == 200
    assert "check flags of the DIN do not match" in refused.text
    assert "Check the label and scan again." in refused.text
    assert client.get("/scan", params={"code": "=A99902600000187"}).status_code == 405
    unknown = client.post("/scan", data={"code": "=A99902600099900", "csrf_token": csrf})
    assert "No lot or cord blood unit has DIN A9990 26 000999" in unknown.text


def test_material_and_equipment_labels_scan_to_their_records_for_unblinded_roles_only(
    client: TestClient, records: dict[str, Any], web_database: Database
) -> None:
    from cellchain.equipment.models import Equipment
    from cellchain.materials.models import MaterialLot

    with web_database.session_scope(write=False) as session:
        material = session.exec(select(MaterialLot).order_by(col(MaterialLot.id))).first()
        equipment = session.exec(select(Equipment).where(
            Equipment.asset_number == "INC-01")).one()
        assert material is not None
    tech = _api(client, "tech")
    found = _scan(client, tech, f"{material.code}\r\n").json()
    assert (found["kind"], found["url"]) == ("material_lot", f"/materials/{material.id}")
    assert _scan(client, tech, "inc-01").json()["url"] == f"/equipment/{equipment.id}"
    assert _scan(client, _api(client, "clin"), material.code).status_code == 404


def test_a_bag_label_naming_another_subjects_chain_of_identity_is_refused(
    client: TestClient, records: dict[str, Any]
) -> None:
    clin = _api(client, "clin")
    bags = client.get("/api/v1/bags", headers=clin).json()
    first, second = [b for b in bags if b["coi"]][:2]
    forged = first["label_2d"].split("&/")[0] + "&/" + second["label_2d"].split("&/")[1]
    response = _scan(client, clin, forged)
    assert response.status_code == 422
    assert "does not match the bag's allocation" in response.json()["detail"]
    assert _scan(client, clin, first["label_2d"]).json()["id"] == first["id"]
