"""The coordinator's allocation pages and API (issue 11 item 1) over the demo's identity
records: scan or choose, review, confirm, reprint; deallocation from the bag page; and the
JSON API's answers and refusals."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from sqlmodel import select

from cellchain.audit.models import AuditEvent
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.isbt128.coi import CoiIdentifier
from cellchain.trial.models import ChainOfIdentity, Subject
from tests.conftest import bearer_token, login
from tests.factories import seed_identity_records


@pytest.fixture
def seeded(web_database: Database, web_settings: Settings) -> None:
    seed_identity_records(web_database, web_settings)


def _headers(client: TestClient, username: str) -> dict[str, str]:
    """A bearer token per test client and user (signing in hashes a password: slow)."""
    tokens: dict[str, str] = client.__dict__.setdefault("_allocation_tokens", {})
    if username not in tokens:
        tokens[username] = bearer_token(client, username)
    return {"Authorization": f"Bearer {tokens[username]}"}


def _api(client: TestClient, path: str, username: str = "coord") -> Any:
    return client.get(path, headers=_headers(client, username)).json()


def _free_bag(client: TestClient) -> dict[str, Any]:
    """The demo's one released bag not yet allocated (a kit bag of the blinded lot)."""
    (bag,) = [b for b in _api(client, "/api/v1/bags?status=released") if b["subject_id"] is None]
    return bag


def _subject(client: TestClient, number: str) -> dict[str, Any]:
    (subject,) = [s for s in _api(client, "/api/v1/subjects") if s["subject_number"] == number]
    return subject


def _post(client: TestClient, csrf: str, path: str, **form: object) -> Response:
    return client.post(path, data={"csrf_token": csrf, **form}, follow_redirects=False)


def _coi_eye(web_database: Database, subject_id: int) -> str:
    with web_database.session_scope(write=False) as session:
        coi = session.exec(select(ChainOfIdentity).where(
            ChainOfIdentity.subject_id == subject_id)).one()
    parsed = CoiIdentifier.parse(coi.identifier)
    return f"{parsed.eye_readable} {parsed.check_character}"


def test_the_form_autofocuses_the_bag_scan_and_offers_both_lists(
    client: TestClient, seeded: None
) -> None:
    bag, rak004 = _free_bag(client), _subject(client, "RAK004")
    login(client, "coord")
    page = client.get("/allocation").text
    assert re.search(r'id="f-bag"[^>]*data-scan-next="f-wristband"[^>]*autofocus', page)
    assert f'<option value="{bag["id"]}" >' in page and f"kit {bag['kit_number']}" in page
    assert f'<option value="{rak004["id"]}" >RAK004 · enrolled</option>' in page
    # Screening subjects (no subject number, no COI) receive no bag.
    assert "SCR005" not in page
    # Opened from the dashboard with the bag chosen: the wristband scan takes the focus.
    chosen = client.get(f"/allocation?bag_id={bag['id']}").text
    assert f'<option value="{bag["id"]}" selected>' in chosen
    assert re.search(r'id="f-wristband"[^>]*autofocus', chosen)
    assert not re.search(r'id="f-bag"[^>]*autofocus', chosen)


def test_scanning_the_bag_and_the_wristband_reviews_then_allocates_and_opens_the_label(
    client: TestClient, seeded: None, web_database: Database
) -> None:
    bag, rak004 = _free_bag(client), _subject(client, "RAK004")
    coi = _coi_eye(web_database, rak004["id"])
    csrf = login(client, "coord")
    review = _post(client, csrf, "/allocation/review", bag=bag["label_2d"],
                   wristband=rak004["wristband"])
    assert review.status_code == 200, review.text
    assert "Confirm the allocation" in review.text and coi in review.text
    assert "Bags the subject already holds</th><td>none" in review.text
    coi_id = re.search(r'name="coi_id" value="(\d+)"', review.text)
    assert coi_id is not None
    with web_database.session_scope(write=False) as session:
        assert session.exec(select(AuditEvent).where(
            AuditEvent.action == "bag.allocated", AuditEvent.entity_id == str(bag["id"]))
        ).all() == []  # the review writes nothing
    done = _post(client, csrf, "/allocation", bag_id=bag["id"], coi_id=coi_id.group(1))
    assert done.status_code == 303 and done.headers["location"] == f"/bags/{bag['id']}/label"
    label = client.get(done.headers["location"]).text
    assert f"is allocated to subject RAK004 (chain of identity {coi})" in label
    assert "Print its label again now" in label
    after = [b for b in _api(client, "/api/v1/bags") if b["id"] == bag["id"]][0]
    assert after["subject_id"] == rak004["id"] and rak004["wristband"].endswith(
        after["label_2d"][-15:])  # the wristband's COI is now on the bag's 2-D symbol


def test_choosing_from_the_lists_reviews_the_same_way(client: TestClient, seeded: None) -> None:
    bag, rak004 = _free_bag(client), _subject(client, "RAK004")
    csrf = login(client, "coord")
    review = _post(client, csrf, "/allocation/review", bag_id=bag["id"],
                   subject_id=rak004["id"])
    assert review.status_code == 200 and "Confirm the allocation" in review.text


SCAN_REFUSALS = [
    ({}, "bag", "Scan the bag&#39;s label, or choose the bag from the list."),
    ({"bag": "=A99912600471100"}, "bag", "Bag scan: "),
    ({"bag": "garbage"}, "bag", "Bag scan: "),
    ({"wristband": "RAK004"}, "wristband", "but is not a wristband as cellchain prints it"),
]


def test_scans_that_name_no_bag_or_no_wristband_are_refused_beside_their_field(
    client: TestClient, seeded: None
) -> None:
    csrf = login(client, "coord")
    for form, field, words in SCAN_REFUSALS:
        page = _post(client, csrf, "/allocation/review", **form)
        assert page.status_code == 422
        assert "Nothing was allocated" in page.text
        error = re.search(rf'id="e-{field}" class="field-error">([^<]*)<', page.text)
        assert error is not None and words in error.group(1), (form, page.text)


def test_a_din_alone_names_a_lot_of_two_bags_so_the_2d_symbol_is_asked_for(
    client: TestClient, seeded: None
) -> None:
    bag, rak004 = _free_bag(client), _subject(client, "RAK004")
    csrf = login(client, "coord")
    page = _post(client, csrf, "/allocation/review", bag=bag["barcode"],
                 wristband=rak004["wristband"])
    assert page.status_code == 422
    assert "which has 2 bags; scan the bag label&#39;s 2-D symbol" in page.text


def test_a_scan_and_a_choice_that_disagree_are_refused(client: TestClient, seeded: None) -> None:
    bag, rak004, rak001 = (_free_bag(client), _subject(client, "RAK004"),
                           _subject(client, "RAK001"))
    csrf = login(client, "coord")
    page = _post(client, csrf, "/allocation/review", bag=bag["label_2d"],
                 wristband=rak004["wristband"], subject_id=rak001["id"])
    assert page.status_code == 422
    assert "The scanned wristband is not the subject chosen in the list" in page.text


def test_the_review_refuses_an_allocated_bag_naming_the_subject_and_who_allocated_it(
    client: TestClient, seeded: None
) -> None:
    taken = [b for b in _api(client, "/api/v1/bags") if b["subject_id"] == _subject(
        client, "RAK001")["id"]][0]
    csrf = login(client, "coord")
    page = _post(client, csrf, "/allocation/review", bag=taken["label_2d"],
                 wristband=_subject(client, "RAK004")["wristband"])
    assert page.status_code == 409
    assert re.search(r"cannot be allocated to subject RAK004: the bag is already allocated to "
                     r"subject RAK001 \(by .+ at .+ UTC\); to give it to subject RAK004 "
                     "instead, deallocate it first, with a reason.", page.text)


def test_deallocating_from_the_bag_page_needs_a_reason_and_opens_the_label(
    client: TestClient, seeded: None, web_database: Database
) -> None:
    rak001 = _subject(client, "RAK001")
    taken = [b for b in _api(client, "/api/v1/bags") if b["subject_id"] == rak001["id"]][0]
    csrf = login(client, "coord")
    page = client.get(f"/bags/{taken['id']}").text
    assert f'action="/bags/{taken["id"]}/deallocation"' in page
    assert 'data-confirm="Take Bag A9990 ' in page and "back from subject RAK001?" in page
    refused = _post(client, csrf, f"/bags/{taken['id']}/deallocation", reason=" ")
    assert refused.status_code == 422
    assert "a reason is required to deallocate a bag" in refused.text
    done = _post(client, csrf, f"/bags/{taken['id']}/deallocation", reason="cycle postponed")
    assert done.status_code == 303 and done.headers["location"] == f"/bags/{taken['id']}/label"
    label = client.get(done.headers["location"]).text
    assert "is no longer allocated to subject RAK001" in label
    assert "void that print below and destroy the label" in label
    # Back in the pool: the bag page now offers to allocate it again.
    page = client.get(f"/bags/{taken['id']}").text
    assert f'href="/allocation?bag_id={taken["id"]}"' in page and "/deallocation" not in page


def test_others_see_no_allocation_action_on_the_bag_page(client: TestClient, seeded: None) -> None:
    taken = [b for b in _api(client, "/api/v1/bags") if b["subject_id"] is not None][0]
    login(client, "qa")
    page = client.get(f"/bags/{taken['id']}").text
    assert "/deallocation" not in page and "/allocation?" not in page


def test_a_printed_label_that_the_allocation_changed_is_flagged_out_of_date(
    client: TestClient, seeded: None
) -> None:
    bag, rak004 = _free_bag(client), _subject(client, "RAK004")
    csrf = login(client, "coord")
    printed = _post(client, csrf, f"/bags/{bag['id']}/label/print", output="svg")
    assert printed.status_code == 200
    assert "out of date" not in client.get(f"/bags/{bag['id']}/label").text
    review = _post(client, csrf, "/allocation/review", bag_id=bag["id"],
                   subject_id=rak004["id"])
    coi_id = re.search(r'name="coi_id" value="(\d+)"', review.text)
    assert coi_id is not None
    _post(client, csrf, "/allocation", bag_id=bag["id"], coi_id=coi_id.group(1))
    label = client.get(f"/bags/{bag['id']}/label").text
    assert "The label on the bag is out of date" in label
    assert re.search(r'id="f-reason"[^>]*value="the record changed since print \d+"', label)
    reprint = _post(client, csrf, f"/bags/{bag['id']}/label/print", output="svg",
                    reason="the record changed since print 1")
    assert reprint.status_code == 200
    assert "out of date" not in client.get(f"/bags/{bag['id']}/label").text


def test_the_coordinator_queue_opens_the_allocation_page(client: TestClient, seeded: None) -> None:
    bag, rak004 = _free_bag(client), _subject(client, "RAK004")
    login(client, "coord")
    dashboard = client.get("/").text
    assert f'href="/allocation?bag_id={bag["id"]}"' in dashboard
    assert f'href="/allocation?subject_id={rak004["id"]}"' in dashboard
    assert '<a href="/allocation">Allocation</a>' in dashboard


# --- API ----------------------------------------------------------------------------------------

def _call(client: TestClient, method: str, bag_id: int, body: dict[str, Any],
          username: str = "coord") -> Response:
    return client.request(method, f"/api/v1/bags/{bag_id}/allocation", json=body,
                          headers=_headers(client, username))


def test_the_api_allocates_and_answers_with_the_bag_as_get_shows_it(
    client: TestClient, seeded: None, web_database: Database
) -> None:
    bag, rak004 = _free_bag(client), _subject(client, "RAK004")
    response = _call(client, "POST", bag["id"], {"subject_id": rak004["id"]})
    assert response.status_code == 200, response.text
    listed = [b for b in _api(client, "/api/v1/bags") if b["id"] == bag["id"]][0]
    assert response.json() == listed
    assert listed["subject_id"] == rak004["id"]
    assert listed["coi"] == _coi_eye(web_database, rak004["id"]).rsplit(" ", 1)[0]

    again = _call(client, "POST", bag["id"], {"subject_id": _subject(client, "RAK001")["id"]})
    assert again.status_code == 409
    body = again.json()
    assert body["field"] == "bag_id" and "already allocated to subject RAK004" in body["detail"]
    assert body["reasons"] == [body["detail"]]

    back = _call(client, "DELETE", bag["id"], {"reason": "wrong kit picked"})
    assert back.status_code == 200 and back.json()["subject_id"] is None
    with web_database.session_scope(write=False) as session:
        event = session.exec(select(AuditEvent).where(
            AuditEvent.action == "bag.deallocated")).one()
    assert event.reason == "wrong kit picked" and event.actor_name == "Cora Lind"


API_REFUSALS = [
    ("POST", {"subject_id": 999_999}, 404, "subject_id", "No subject with id 999999."),
    ("POST", {}, 422, "subject_id", "subject_id"),
    ("DELETE", {"reason": ""}, 422, "reason", "a reason is required to deallocate a bag"),
    ("DELETE", {}, 422, "reason", "reason"),
]


def test_api_refusals_name_the_field_and_the_rule(client: TestClient, seeded: None) -> None:
    taken = [b for b in _api(client, "/api/v1/bags") if b["subject_id"] is not None][0]
    for method, body, status, field, words in API_REFUSALS:
        response = _call(client, method, taken["id"], body)
        assert response.status_code == status, response.text
        assert response.json()["field"] == field and words in response.json()["detail"]


def test_the_api_refuses_a_subject_who_cannot_receive_a_bag(
    client: TestClient, seeded: None, web_database: Database
) -> None:
    with web_database.session_scope(write=False) as session:
        screening = session.exec(select(Subject).where(Subject.subject_number == None)  # noqa: E711
                                 ).one()
    response = _call(client, "POST", _free_bag(client)["id"], {"subject_id": screening.id})
    assert response.status_code == 409
    body = response.json()
    assert body["field"] == "subject_id"
    assert body["detail"].endswith("cannot be allocated to subject SCR005, for 2 reasons.")
    assert any("the subject is screening" in r for r in body["reasons"])


def test_only_the_coordinator_allocates_through_the_api(
    client: TestClient, seeded: None
) -> None:
    bag, rak004 = _free_bag(client), _subject(client, "RAK004")
    for username in ("tech", "qa", "clin"):
        response = _call(client, "POST", bag["id"], {"subject_id": rak004["id"]}, username)
        assert response.status_code == 403
        assert _call(client, "DELETE", bag["id"], {"reason": "x"}, username).status_code == 403
    assert _free_bag(client)["subject_id"] is None
