"""Trace API, pages, CSV and look-up box (issue 11 item 6): who may trace what, what blinded
readers see, every DIN form, formulas kept out of spreadsheets, and a download that writes
nothing."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from cellchain.audit import service as audit
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.isbt128.din import Din
from cellchain.labels.data import LabelKind
from cellchain.labels.service import label_data_for
from cellchain.lots.models import LotParent
from tests.conftest import bearer_token, login
from tests.support.trace import (
    KIT_DONOR,
    OPEN_DONOR,
    Seeded,
    record_handoffs,
    record_infusion,
    seed_chain,
)

MISSING = Din("A9991", "26", "009999")
FORMULA_LOCATION = '=HYPERLINK("http://evil.example","Ward 7")'


@pytest.fixture
def seeded(web_database: Database, web_settings: Settings) -> Seeded:
    chain = seed_chain(web_database, web_settings)
    now = utcnow()
    with web_database.session_scope() as session:
        first = chain.open_bags[0]
        record_handoffs(session, first.id or 0, now - timedelta(hours=2),
                        location=FORMULA_LOCATION)
        record_infusion(session, first.id or 0, first.subject_id or 0, now - timedelta(hours=1))
    return chain


def _api(client: TestClient, username: str, path: str) -> Any:
    return client.get(path, headers={"Authorization": f"Bearer {bearer_token(client, username)}"})


def _shown(din: str) -> str:
    return f"{din[:5]} {din[5:7]} {din[7:]}"


def test_the_donor_trace_names_each_kind_and_reads_every_form_of_the_din(
    client: TestClient, seeded: Seeded
) -> None:
    token = bearer_token(client, "qa")
    din, k = OPEN_DONOR, OPEN_DONOR.check_character
    answers = [client.get(f"/api/v1/trace/donor/{quote(form)}",
                          headers={"Authorization": f"Bearer {token}"})
               for form in (din.text, f"{din.text}{k}", f"{din.eye_readable} {k}",
                            din.barcode_text(din.check_flag()))]
    assert {a.status_code for a in answers} == {200}
    body = answers[0].json()
    assert all(a.json() == body for a in answers)
    assert body["donor"] == {"din": din.text, "eye_readable": din.eye_readable,
                             "check_character": k}
    assert [i["kind"] for i in body["items"]] == [
        "donor", "lot", "bag", "bag", "subject", "subject", "custody_event", "custody_event",
        "infusion"]
    bag = body["items"][2]
    assert bag["lot_id"] == seeded.open_lot.id and bag["din"] == seeded.open_lot.din
    assert bag["subject_number"] == "RAK001" and bag["coi"]


def test_a_typed_din_with_a_wrong_check_character_is_refused_naming_the_rule(
    client: TestClient, seeded: Seeded
) -> None:
    wrong = "0" if OPEN_DONOR.check_character != "0" else "1"
    answer = _api(client, "qa", f"/api/v1/trace/donor/{OPEN_DONOR.text}{wrong}")
    assert answer.status_code == 422
    assert answer.json()["field"] == "din" and "check character" in answer.json()["detail"]


@pytest.mark.parametrize("username", ["clin", "monitor"])
def test_a_blinded_reader_gets_one_refusal_for_a_hidden_and_a_missing_donor(
    client: TestClient, seeded: Seeded, username: str
) -> None:
    token = bearer_token(client, username)
    answers = [client.get(f"/api/v1/trace/donor/{din.text}",
                          headers={"Authorization": f"Bearer {token}"})
               for din in (OPEN_DONOR, MISSING)]
    assert answers[0].status_code == answers[1].status_code == 403
    assert answers[0].json() == answers[1].json()
    login(client, username)
    pages = [client.get(f"/trace/donor/{din.text}{suffix}")
             for suffix in ("", ".csv") for din in (OPEN_DONOR, MISSING)]
    assert {p.status_code for p in pages} == {403}
    assert pages[0].text == pages[1].text and pages[2].text == pages[3].text
    assert OPEN_DONOR.eye_readable not in pages[0].text


@pytest.mark.parametrize("username", ["clin", "monitor"])
def test_a_blinded_subject_trace_shows_the_kit_bag_but_no_din_lot_or_donor(
    client: TestClient, seeded: Seeded, username: str
) -> None:
    subject_id = seeded.subjects["RAK003"]
    answer = _api(client, username, f"/api/v1/trace/subject/{subject_id}")
    body = answer.json()
    assert answer.status_code == 200 and body["blinded"] is True
    (bag,) = body["items"]
    assert bag["kind"] == "bag" and bag["kit_number"] == seeded.kit_bag.kit_number
    assert bag["din"] is bag["lot_id"] is bag["division"] is bag["product_code"] is None
    login(client, username)
    page = client.get(f"/trace/subject/{subject_id}")
    export = client.get(f"/trace/subject/{subject_id}.csv")
    assert f"Kit {seeded.kit_bag.kit_number}" in page.text
    assert f",{seeded.kit_bag.kit_number}," in export.text  # the Kit column
    for text in (answer.text, page.text, export.text):
        for hidden in (seeded.kit_lot.din, KIT_DONOR.text):
            assert hidden not in text and _shown(hidden) not in text
        assert f"/lots/{seeded.kit_lot.id}" not in text


def test_a_blinded_open_label_trace_shows_the_printed_din_but_no_lot_or_donor(
    client: TestClient, seeded: Seeded
) -> None:
    subject_id = seeded.subjects["RAK001"]
    body = _api(client, "clin", f"/api/v1/trace/subject/{subject_id}").json()
    assert [i["kind"] for i in body["items"]] == [
        "bag", "custody_event", "custody_event", "infusion"]
    assert body["items"][0]["din"] == seeded.open_lot.din and body["items"][0]["lot_id"] is None
    login(client, "clin")
    page = client.get(f"/trace/subject/{subject_id}").text
    assert "Lots and donors are not shown to blinded roles" in page
    assert OPEN_DONOR.text not in page and _shown(OPEN_DONOR.text) not in page
    assert "/lots/" not in page and "/cbu/" not in page and "/trace/donor/" not in page


def test_an_unblinded_subject_trace_links_bag_lot_and_donor(
    client: TestClient, seeded: Seeded
) -> None:
    subject_id = seeded.subjects["RAK001"]
    login(client, "coord")
    page = client.get(f"/trace/subject/{subject_id}")
    assert page.status_code == 200
    for link in (f"/bags/{seeded.open_bags[0].id}", f"/lots/{seeded.open_lot.id}",
                 f"/trace/donor/{OPEN_DONOR.text}", f"/trace/subject/{subject_id}.csv"):
        assert f'href="{link}"' in page.text, link
    assert "Dispatched" in page.text and "Received" in page.text and "Infused" in page.text


def test_qa_traces_a_subject_by_number_with_no_date_of_birth(
    client: TestClient, seeded: Seeded
) -> None:
    subject_id = seeded.subjects["RAK001"]  # born 14 March 1961 (cellchain.demo.identity)
    login(client, "qa")
    texts = [client.get(f"/trace/subject/{subject_id}{s}").text for s in ("", ".csv")]
    texts.append(_api(client, "qa", f"/api/v1/trace/subject/{subject_id}").text)
    for text in texts:
        assert "RAK001" in text
        assert "1961" not in text and "14 MAR" not in text


def test_the_donor_page_shows_the_tree_with_links_and_an_empty_state_per_bag(
    client: TestClient, seeded: Seeded
) -> None:
    login(client, "qa")
    page = client.get(f"/trace/donor/{OPEN_DONOR.eye_readable} {OPEN_DONOR.check_character}")
    assert page.status_code == 200
    assert f"<title>Trace of donor {OPEN_DONOR.eye_readable}" in page.text
    for link in (f"/lots/{seeded.open_lot.id}", *(f"/bags/{b.id}" for b in seeded.open_bags),
                 f"/subjects/{seeded.subjects['RAK002']}",
                 f"/trace/subject/{seeded.subjects['RAK002']}",
                 f"/trace/donor/{OPEN_DONOR.text}.csv"):
        assert f'href="{link}"' in page.text, link
    # The second bag has no handoff yet: the page says what will appear there.
    assert "No handoff or infusion recorded for this bag yet" in page.text
    assert "data-print" in page.text


def _rows(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_the_donor_csv_keeps_formulas_out_of_spreadsheets_and_writes_nothing(
    client: TestClient, seeded: Seeded, web_database: Database
) -> None:
    login(client, "qa")
    with web_database.session_scope(write=False) as session:
        before = audit.head(session)
    response = client.get(f"/trace/donor/{OPEN_DONOR.text}.csv")
    with web_database.session_scope(write=False) as session:
        assert audit.head(session) == before
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"].startswith(
        f'attachment; filename="trace-donor-{OPEN_DONOR.text}-')
    rows = _rows(response.text)
    assert rows[0][:2] == ["Kind", "ID"]
    assert [r[0] for r in rows[1:]] == ["donor", "lot", "bag", "bag", "subject", "subject",
                                       "custody_event", "custody_event", "infusion"]
    receipt = rows[8]
    assert receipt[rows[0].index("Where")] == "'" + FORMULA_LOCATION
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_the_look_up_box_opens_the_trace_a_din_subject_wristband_or_bag_names(
    client: TestClient, seeded: Seeded, web_database: Database, web_settings: Settings
) -> None:
    csrf = login(client, "qa")
    form = client.get("/trace")
    assert form.status_code == 200 and "autofocus" in form.text
    with web_database.session_scope(write=False) as session:
        wristband = label_data_for(session, LabelKind.WRISTBAND, seeded.subjects["RAK002"],
                                   web_settings).label_2d
        bag_2d = label_data_for(session, LabelKind.BAG, seeded.open_bags[0].id or 0,
                                web_settings).label_2d
    donor = f"/trace/donor/{OPEN_DONOR.text}"
    expected = {
        OPEN_DONOR.text: donor, OPEN_DONOR.text.lower(): donor,
        f"{OPEN_DONOR.eye_readable} {OPEN_DONOR.check_character}": donor,
        "RAK001": f"/trace/subject/{seeded.subjects['RAK001']}",
        wristband: f"/trace/subject/{seeded.subjects['RAK002']}",
        bag_2d: f"/trace/subject/{seeded.subjects['RAK001']}",
    }
    for text, url in expected.items():
        answer = client.post("/trace", data={"scan": text, "csrf_token": csrf},
                             follow_redirects=False)
        assert (answer.status_code, answer.headers.get("location")) == (303, url), text


def test_the_look_up_box_explains_a_lot_din_an_unknown_din_and_a_blinded_din(
    client: TestClient, seeded: Seeded, web_database: Database
) -> None:
    csrf = login(client, "qa")

    def refusal(text: str, token: str) -> tuple[int, str]:
        answer = client.post("/trace", data={"scan": text, "csrf_token": token})
        return answer.status_code, answer.text

    status, text = refusal(seeded.open_lot.din, csrf)
    assert status == 422 and "is a lot, not a donor" in text and _shown(OPEN_DONOR.text) in text
    status, text = refusal(MISSING.text, csrf)
    assert status == 404 and "No cord blood unit or lot has DIN" in text
    client.post("/logout", data={"csrf_token": csrf})
    csrf = login(client, "clin")
    hidden, missing = refusal(OPEN_DONOR.text, csrf), refusal(MISSING.text, csrf)
    assert hidden[0] == missing[0] == 403
    assert "Donor traces are for unblinded roles" in hidden[1]
    assert hidden[1].replace(OPEN_DONOR.text, "X") == missing[1].replace(MISSING.text, "X")


def test_subject_lot_and_unit_pages_link_to_their_traces(
    client: TestClient, seeded: Seeded, web_database: Database
) -> None:
    login(client, "qa")
    subject_id = seeded.subjects["RAK001"]
    assert f'href="/trace/subject/{subject_id}"' in client.get(f"/subjects/{subject_id}").text
    link = f'href="/trace/donor/{OPEN_DONOR.text}"'
    assert link in client.get(f"/lots/{seeded.open_lot.id}").text
    with web_database.session_scope(write=False) as session:
        cbu_id = session.exec(select(LotParent.cbu_id).where(
            LotParent.lot_id == seeded.open_lot.id)).one()
    assert link in client.get(f"/cbu/{cbu_id}").text


def test_the_openapi_document_describes_each_item_kind(client: TestClient) -> None:
    login(client, "qa")
    document = client.get("/openapi.json").json()
    assert "/api/v1/trace/donor/{din}" in document["paths"]
    assert "/api/v1/trace/subject/{subject_id}" in document["paths"]
    schemas = document["components"]["schemas"]
    items = schemas["DonorTrace"]["properties"]["items"]["items"]
    assert set(items["discriminator"]["mapping"]) == {
        "donor", "lot", "bag", "subject", "custody_event", "infusion"}
    assert "date_of_birth" not in str(schemas["SubjectTrace"]) + str(schemas["SubjectItem"])
    assert {"din", "eye_readable", "check_character"} <= set(
        schemas["DonorRef"]["properties"])
    # The pages are not part of the API's description (DESIGN §6: the document is the API).
    assert not [path for path in document["paths"] if path.startswith("/trace")]
