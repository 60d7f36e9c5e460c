"""The audit trail as a reviewer reads it: in words, filtered by what people know, a page at a
time, exported as audited CSV; blinded readers filter through the same projection."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import col, select

from cellchain.audit import service as audit
from cellchain.audit.models import AuditEvent
from cellchain.audit.service import Actor, Change
from cellchain.bags.models import Bag
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.display import din_text
from cellchain.lots.models import Lot
from tests.conftest import csrf_from, login
from tests.factories import seed_identity_records


@pytest.fixture
def seeded(web_database: Database, web_settings: Settings) -> dict[str, Any]:
    seed_identity_records(web_database, web_settings)
    with web_database.session_scope(write=False) as session:
        bags = session.exec(select(Bag).order_by(col(Bag.id))).all()
        kit = next(b for b in bags if b.kit_number and b.subject_id)
        lots = {lot.id: lot for lot in session.exec(select(Lot))}
        return {"kit": kit, "kit_din": lots[kit.lot_id].din,
                "open_bag": next(b for b in bags if b.subject_id and not b.kit_number),
                "lots": lots}


def _table(html: str) -> str:
    """The trail's table only (the form's action list names every action)."""
    match = re.search(r'<table class="audit">.*?</table>', html, re.S)
    return match.group(0) if match else ""


def _rows(html: str) -> list[str]:
    return re.findall(r"<tr>\s*<td>(\d+)</td>", html)


def _count(html: str) -> str:
    match = re.search(r"records?:\s*(\d+) \(", html) or re.search(r":\s*(\d+) \(", html)
    assert match, html
    return match.group(1)


def test_changes_read_as_words_with_the_records_own_identifier(
    client: TestClient, seeded: dict[str, Any]
) -> None:
    login(client, "qa")
    din = next(iter(seeded["lots"].values())).din
    page = client.get("/audit", params={"record": din})
    assert page.status_code == 200
    table = _table(page.text)
    assert "Lot planned" in table and f"Lot {din_text(din)}" in table
    assert "lot.planned" not in table and "&#34;field&#34;" not in table
    assert re.search(r'<span class="field">Status</span>\s*<del>planned</del> → '
                     r"<ins>activated</ins>", table)
    assert not re.search(r">\s*(lot|bag|user) \d+\s*<", table)  # never "lot 4"


def test_a_din_typed_as_printed_finds_the_lot_its_bags_and_where_the_payload_names_it(
    client: TestClient, seeded: dict[str, Any]
) -> None:
    login(client, "qa")
    lot = next(iter(seeded["lots"].values()))
    eye = f"{lot.din[:5]} {lot.din[5:7]} {lot.din[7:]}"
    page = _table(client.get("/audit", params={"record": eye}).text)
    assert "Lot planned" in page and "Bag made" in page
    assert f"Bag {din_text(lot.din)} " in page
    assert "Cord blood unit used for a lot" in page  # its data names the lot's DIN
    other = next(x for x in seeded["lots"].values() if x.id != lot.id)
    assert f"Lot {din_text(other.din)}" not in page


def test_filters_by_subject_number_user_action_and_site_dates(
    client: TestClient, seeded: dict[str, Any], web_database: Database, web_settings: Settings
) -> None:
    login(client, "qa")
    subject = _table(client.get("/audit", params={"record": "rak001"}).text)
    assert "Subject registered" in subject and "Subject RAK001" in subject
    assert "Bag allocated to a subject" in subject  # its payload names the subject's COI
    assert "Lot planned" not in subject
    mine = _table(client.get("/audit", params={"user": "QA"}).text)
    assert "Signed in" in mine and "Quentin Ashby (qa)" in mine
    assert "Subject registered" not in mine
    planned = _table(client.get("/audit", params={"action": "lot.planned"}).text)
    assert _rows(planned) and "Lot status changed" not in planned
    zone = web_settings.zone
    with web_database.session_scope(write=False) as session:
        days = [e.at.astimezone(zone).date() for e in session.exec(select(AuditEvent))]
    first = min(days)
    in_range = sum(first <= day <= first + timedelta(days=1) for day in days)
    window = {"date_from": first.isoformat(), "date_to": (first + timedelta(days=1)).isoformat()}
    assert _count(client.get("/audit", params=window).text) == str(in_range)
    old = {"date_from": "2020-01-01", "date_to": "2020-12-31"}
    assert "No audit records match." in client.get("/audit", params=old).text


@pytest.mark.parametrize(("params", "field", "rule"), [
    ({"date_from": "30/11/2026"}, "date_from", "is not a date: use YYYY-MM-DD"),
    ({"action": "batch.step_recorded []"}, "action", "is not an action the audit trail"),
    ({"user": "nobody-here"}, "user", "no user has the user ID"),
])
def test_a_bad_filter_gets_400_naming_the_field_with_the_form_kept(
    client: TestClient, params: dict[str, str], field: str, rule: str
) -> None:
    login(client, "qa")
    page = client.get("/audit", params={"record": "RAK001", **params})
    assert page.status_code == 400
    assert rule in page.text
    assert f'aria-describedby="e-{field}"' in page.text
    assert 'value="RAK001"' in page.text
    assert "<table class=\"audit\">" not in page.text


def test_pages_of_fifty_newest_first_keep_the_filter_in_their_links(
    client: TestClient, seeded: dict[str, Any], web_database: Database
) -> None:
    with web_database.session_scope() as session:
        for i in range(60):
            audit.record(session, actor=Actor(None, "system:tests"), action="deviation.updated",
                         entity_type="deviation", entity_id=999, now=utcnow(),
                         changes=[Change("capa", None, f"step {i}")])
    login(client, "qa")
    first = client.get("/audit", params={"action": "deviation.updated"}).text
    seqs = [int(s) for s in _rows(first)]
    assert len(seqs) == 50 and seqs == sorted(seqs, reverse=True)
    assert "60 (page 1 of 2, newest first)" in first
    assert 'href="?action=deviation.updated&amp;page=2" rel="next"' in first
    second = client.get("/audit", params={"action": "deviation.updated", "page": 2}).text
    assert [int(s) for s in _rows(second)] == list(range(seqs[-1] - 1, seqs[-1] - 11, -1))
    assert 'href="?action=deviation.updated&amp;page=1" rel="prev"' in second


def test_the_export_is_a_post_that_is_audited_and_returns_the_filtered_view_as_csv(
    client: TestClient, seeded: dict[str, Any], web_database: Database
) -> None:
    login(client, "qa")
    page = client.get("/audit", params={"record": "RAK001"})
    assert client.get("/audit/export").status_code == 405
    response = client.post("/audit/export", data={
        "csrf_token": csrf_from(page.text), "record": "RAK001"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"].startswith(
        'attachment; filename="audit-trail-')
    rows = list(csv.reader(io.StringIO(response.text.removeprefix("\ufeff"))))
    assert rows[0] == ["Sequence", "When", "Who", "Action", "Record", "Changes", "Reason"]
    records = {r[4] for r in rows[1:]}
    assert "Subject RAK001" in records
    assert all(r.startswith(("Subject RAK001", "Wristband of subject RAK001", "Bag "))
               for r in records)
    assert any(r[3] == "Subject registered" and "Subject number: RAK001" in r[5]
               for r in rows[1:])
    with web_database.session_scope(write=False) as session:
        exported = session.exec(select(AuditEvent).where(
            AuditEvent.action == "audit.exported")).all()
    assert len(exported) == 1
    assert json.loads(exported[0].data) == {"filter": {"record": "RAK001"},
                                            "rows": len(rows) - 1, "format": "csv"}
    assert exported[0].actor_name == "Quentin Ashby"
    trail = _table(client.get("/audit", params={"action": "audit.exported"}).text)
    assert "Audit trail exported" in trail


def test_an_export_without_the_form_token_is_refused_and_not_recorded(
    client: TestClient, seeded: dict[str, Any], web_database: Database
) -> None:
    login(client, "qa")
    assert client.post("/audit/export", data={"record": "RAK001"}).status_code == 403
    with web_database.session_scope(write=False) as session:
        assert session.exec(select(AuditEvent).where(
            AuditEvent.action == "audit.exported")).all() == []


def test_a_cell_that_would_be_a_spreadsheet_formula_is_exported_as_text(
    client: TestClient, seeded: dict[str, Any], web_database: Database
) -> None:
    with web_database.session_scope() as session:
        audit.record(session, actor=Actor(None, "-2+3"), action="deviation.updated",
                     entity_type="deviation", entity_id=999, now=utcnow(),
                     changes=[Change("capa", None, '=HYPERLINK("http://x","y")')],
                     reason="@SUM(1)")
    csrf = login(client, "qa")
    response = client.post("/audit/export", data={"csrf_token": csrf,
                                                  "action": "deviation.updated"})
    (row,) = list(csv.reader(io.StringIO(response.text.removeprefix("\ufeff"))))[1:]
    assert row[2] == "'-2+3"
    assert row[5] == 'Capa: =HYPERLINK("http://x","y")'  # starts with the field's name
    assert row[6] == "'@SUM(1)"


def test_a_blinded_reader_gets_one_answer_for_a_hidden_din_and_an_unknown_one(
    client: TestClient, seeded: dict[str, Any]
) -> None:
    login(client, "monitor")
    hidden = client.get("/audit", params={"record": seeded["kit_din"]})
    absent = client.get("/audit", params={"record": "A999026999999"})
    assert hidden.status_code == absent.status_code == 200
    assert "No audit records match." in hidden.text
    assert hidden.text.replace(seeded["kit_din"], "X") == \
        absent.text.replace("A999026999999", "X")
    # The kit is found by its kit number, and named only by it.
    kit = _table(client.get("/audit", params={"record": seeded["kit"].kit_number}).text)
    assert "Bag allocated to a subject" in kit and f"Kit {seeded['kit'].kit_number}" in kit
    assert seeded["kit_din"] not in kit
    # An action whose records are hidden counts nothing, exactly like no match.
    assert "No audit records match." in client.get(
        "/audit", params={"action": "lot.planned"}).text


def test_a_blinded_readers_export_holds_only_what_their_page_shows(
    client: TestClient, seeded: dict[str, Any]
) -> None:
    csrf = login(client, "monitor")
    response = client.post("/audit/export", data={"csrf_token": csrf})
    text = response.text
    assert response.status_code == 200
    assert "Restricted record" in text and "Lot planned" not in text
    assert not any(din in text for din in (lot.din for lot in seeded["lots"].values())
                   if f"CH{din}" not in text)
    filtered = client.post("/audit/export", data={"csrf_token": csrf,
                                                  "record": seeded["kit_din"]})
    assert list(csv.reader(io.StringIO(filtered.text.removeprefix("\ufeff"))))[1:] == []
