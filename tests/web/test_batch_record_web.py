"""One lot made through the web layer: cord blood receipt, QA acceptance, planning from the
scanned unit, every step up to harvest on its culture day, the second-person check, and the
lot page, printable record and PDF that show it."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import time_machine
from fastapi.testclient import TestClient
from pypdf import PdfReader

from cellchain.audit.service import Actor
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo.manufacture import accepted_unit, materials_for, values_for
from cellchain.demo.materials import seed_materials
from cellchain.isbt128.din import Din
from tests.conftest import login
from tests.factories import CAST
from tests.web.test_cbu_web import FORM

DAY0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
EQUIPMENT = {"activation": "BSC-01\nINC-01\nCNT-01", "transfer": "BSC-01\nCNT-01\nINC-01",
             "feed": "BSC-01\nCNT-01", "inprocess_qc": "", "harvest": "BSC-01\nCEN-01\nCNT-01"}
KINDS = {"activation": ("retronectin", "anti_cd3", "il2", "medium"),
         "transfer": ("culture_bag", "medium", "il2"), "feed": ("medium", "il2"),
         "inprocess_qc": (), "harvest": ()}


def _made_lot(database: Database, settings: Settings, unit: int, until: str,
              **kw: Any) -> tuple[int, str]:
    """A lot made through the batch record by the cast (tech makes, QC checks, QA accepts)."""
    from cellchain.demo.manufacture import make_lot

    with database.session_scope() as session:
        lot = make_lot(session, maker=Actor(1, "Tess Tech"), checker=Actor(2, "Quinn Cole"),
                       qa=Actor(3, "Quentin Ashby"), settings=settings,
                       bank_din=Din("A9991", "26", f"{unit:06d}"), day0=DAY0, until=until,
                       **kw)
        return lot.id or 0, lot.din


def test_a_lot_from_receipt_to_harvest_through_the_web(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    with web_database.session_scope() as session:
        seed_materials(session, actor=Actor(1, "Tess Tech"), now=DAY0 - timedelta(days=40))
        codes = {step: "\n".join(materials_for(session, kinds, DAY0.date()))
                 for step, kinds in KINDS.items()}
    with time_machine.travel(DAY0 - timedelta(days=2)):
        csrf = login(client, "tech")
        received = client.post("/cbu", data={**FORM, "csrf_token": csrf},
                               follow_redirects=False)
        assert received.status_code == 303, received.text
        cbu_path = received.headers["location"]
        csrf = login(client, "qa")
        accepted = client.post(f"{cbu_path}/accept", data={
            "csrf_token": csrf, "username": "qa", "password": CAST["qa"].password,
            "reason": "Receipt reviewed"}, follow_redirects=False)
        assert accepted.status_code == 303, accepted.text
    with time_machine.travel(DAY0 - timedelta(hours=3)):
        csrf = login(client, "tech")
        planned = client.post("/lots/plan", data={
            "csrf_token": csrf, "material": "=+02000=A99912600471100=<S9998V00",
            "target_dose": "3e9"}, follow_redirects=False)
        assert planned.status_code == 303, planned.text
        label_path = planned.headers["location"]  # planning lands on the lot label
        assert re.fullmatch(r"/lots/\d+/label", label_path)
        lot_path = label_path.removesuffix("/label")
        assert "Print its lot label for the culture vessel." in client.get(label_path).text
        assert "planned" in client.get(lot_path).text
    for step, day in (("activation", 0), ("transfer", 4), ("feed", 6), ("feed", 9),
                      ("inprocess_qc", 11), ("harvest", 14)):
        with time_machine.travel(DAY0 + timedelta(days=day)):
            csrf = login(client, "tech")
            form = client.get(f"{lot_path}/steps/{step}")
            assert form.status_code == 200, (step, form.text)
            done = client.post(f"{lot_path}/steps/{step}", data={
                "csrf_token": csrf, "materials": codes[step], "equipment": EQUIPMENT[step],
                **values_for(step, bags=2, cells_per_bag=3e9, viability=91)},
                follow_redirects=False)
            assert done.status_code == 303, (step, done.text)
    with time_machine.travel(DAY0 + timedelta(days=14, hours=1)):
        csrf = login(client, "qc")
        page = client.get(lot_path).text
        assert "Status: <strong>harvested</strong>" in page
        harvest_id = re.findall(r"/entries/(\d+)/verify", page)[-1]
        verified = client.post(f"{lot_path}/entries/{harvest_id}/verify",
                               data={"csrf_token": csrf}, follow_redirects=False)
        assert verified.status_code == 303, verified.text
        login(client, "qa")
        page = client.get(lot_path).text
        assert "verified by Quinn Cole" in page
        assert "Fold expansion</th><td>66.0" in page  # 1e8 seeded, 6.6e9 harvested
        assert 'class="growth-chart"' in page and "RetroNectin GMP grade" in page
        assert "No deviations." in page
        printable = client.get(f"{lot_path}/record")
        assert printable.status_code == 200 and "Batch record — lot" in printable.text
        pdf = client.get(f"{lot_path}/record.pdf")
        assert pdf.headers["content-type"] == "application/pdf"
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
        assert "Harvest" in text and "verified by Quinn Cole" in text


def test_the_technician_dashboard_lists_due_work_with_links_to_the_step(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    lot_id, din = _made_lot(web_database, web_settings, 78, "feed")
    with time_machine.travel(DAY0 + timedelta(days=10)):
        login(client, "tech")
        page = client.get("/").text
        assert "Due work" in page
        assert (f'<a href="/lots/{lot_id}/steps/feed">Lot {din}: Feed / split is overdue '
                "(day 8–9)</a>") in page
        login(client, "clin")
        assert "Due work" not in client.get("/").text


def test_the_station_explains_a_scan_that_opens_no_step(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    _, held_din = _made_lot(web_database, web_settings, 79, "harvest", harvest_viability=70)
    with web_database.session_scope() as session:
        accepted_unit(session, actor=Actor(1, "Tess Tech"), qa=Actor(3, "Quentin Ashby"),
                      din=Din("A9991", "26", "000080"), now=DAY0)
    with time_machine.travel(DAY0 + timedelta(days=14, hours=2)):
        login(client, "tech")
        cases = {
            # The cord blood unit the held lot was made from opens that lot.
            "=+02000=A99912600007900=<S9998V00": f"Lot {held_din} has no step to record now "
                                                 "(it is on hold)",
            "=A99912600008000": "has not been planned into a lot yet; plan a lot from it",
            "=A99902600099900": "No lot or cord blood unit has DIN A9990 26 000999",
            f"={held_din}00": "has no step to record now (it is on hold)",
        }
        for scan, message in cases.items():
            page = client.get("/station/open", params={"code": scan})
            assert page.status_code == 200 and message in page.text, scan


def test_qa_closes_a_deviation_with_an_e_signature_and_then_lifts_the_hold(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    from cellchain.deviations.service import open_for_lot

    lot_id, _ = _made_lot(web_database, web_settings, 80, "harvest", harvest_viability=74)
    with web_database.session_scope(write=False) as session:
        (deviation,) = open_for_lot(session, lot_id)
        path = f"/deviations/{deviation.id}"
    csrf = login(client, "qa")
    refused = client.post(f"{path}/close", data={"csrf_token": csrf, "username": "qa",
                                                 "password": CAST["qa"].password})
    assert refused.status_code == 422 and "cannot close without investigation and CAPA" \
        in refused.text
    saved = client.post(path, data={"csrf_token": csrf, "investigation": "Counter mis-set",
                                    "capa": "Counter SOP retrained"}, follow_redirects=False)
    assert saved.status_code == 303
    closed = client.post(f"{path}/close", data={"csrf_token": csrf, "username": "qa",
                                                "password": CAST["qa"].password},
                         follow_redirects=False)
    assert closed.status_code == 303, closed.text
    page = client.get(path).text
    assert "Signed by <strong>Quentin Ashby</strong>" in page and "I close this deviation" in page
    lot_page = client.get(f"/lots/{lot_id}").text
    assert "(user ID qa) on" in lot_page and "I close this deviation" in lot_page
    assert 'action="/lots/' in lot_page and "Lift hold" in lot_page
    lifted = client.post(f"/lots/{lot_id}/lift-hold", data={
        "csrf_token": csrf, "reason": "Deviation closed; harvest counts confirmed"},
        follow_redirects=False)
    assert lifted.status_code == 303
    assert "Status: <strong>harvested</strong>" in client.get(f"/lots/{lot_id}").text
    tech_csrf = login(client, "tech")
    refused = client.post(f"{path}/close", data={"csrf_token": tech_csrf, "password": "x"})
    assert refused.status_code == 403 and "Your roles do not include it" in refused.text


def test_a_deviation_on_a_released_lot_says_it_was_not_held_and_the_lot_stays_released(
    client: TestClient, web_database: Database
) -> None:
    from cellchain.lots.states import LotState
    from tests.factories import make_lot

    with web_database.session_scope() as session:
        lot_id = make_lot(session, state=LotState.RELEASED).id
    csrf = login(client, "tech")
    opened = client.post(f"/lots/{lot_id}/deviations", data={
        "csrf_token": csrf, "description": "Label smudged on bag B0", "severity": "minor"})
    assert opened.status_code == 200
    assert "the lot is released and was not put on hold: QA must assess" in opened.text
    assert "the lot is on hold" not in opened.text
    assert "Status: <strong>released</strong>" in client.get(f"/lots/{lot_id}").text


def test_the_lot_page_history_reads_in_words_not_stored_json(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    lot_id, _ = _made_lot(web_database, web_settings, 81, "transfer")
    login(client, "qa")
    page = client.get(f"/lots/{lot_id}").text
    history = page[page.index("<h2>History</h2>"):]
    assert "Step recorded" in history and "batch.step_recorded" not in history
    assert '"field"' not in history and "&#34;field&#34;" not in history
    assert "<del>planned</del> → activated" in history  # the status change, old → new
