"""Labels in the web UI: preview, print, reprint, void, sheets; and the decoded label texts
equal what the API says the labels carry (DESIGN §6)."""

from __future__ import annotations

import io
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pypdf import PdfReader
from sqlmodel import col, select

from cellchain.bags.models import Bag
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.lots.models import Lot
from cellchain.trial.models import Subject
from tests.conftest import bearer_token, login
from tests.factories import seed_identity_records
from tests.support.decode import decode_png


@pytest.fixture
def seeded(web_database: Database, web_settings: Settings) -> None:
    seed_identity_records(web_database, web_settings)


def _bags(client: TestClient, username: str = "tech") -> list[dict[str, Any]]:
    headers = {"Authorization": f"Bearer {bearer_token(client, username)}"}
    bags: list[dict[str, Any]] = client.get("/api/v1/bags", headers=headers).json()
    return bags


def _print(client: TestClient, csrf: str, path: str, **form: str) -> Any:
    return client.post(path, data={"csrf_token": csrf, **form}, follow_redirects=False)


def test_every_bag_label_decodes_to_the_apis_barcode_and_label_2d(
    client: TestClient, seeded: None
) -> None:
    bags = _bags(client)
    assert len(bags) == 4
    csrf = login(client, "tech")
    for bag in bags:
        response = _print(client, csrf, f"/bags/{bag['id']}/label/print", output="png")
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "image/png"
        for rotate in (0, 90, 180, 270):
            for dpi in (None, 203):
                found = dict(decode_png(response.content, rotate=rotate, scale_to_dpi=dpi))
                assert found["DataMatrix"] == bag["label_2d"], (bag["id"], rotate, dpi)
                codes = [t for f, t in decode_png(response.content, rotate=rotate,
                                                  scale_to_dpi=dpi) if f == "Code128"]
                assert bag["barcode"] in codes
                assert f"=<{bag['product_code']}" in codes


def test_every_wristband_decodes_to_the_apis_wristband_text(
    client: TestClient, seeded: None
) -> None:
    headers = {"Authorization": f"Bearer {bearer_token(client, 'clin')}"}
    subjects = [s for s in client.get("/api/v1/subjects", headers=headers).json()
                if s["wristband"]]
    assert len(subjects) == 4
    csrf = login(client, "clin")
    for subject in subjects:
        png = _print(client, csrf, f"/subjects/{subject['id']}/label/print", output="png")
        assert decode_png(png.content, rotate=90, scale_to_dpi=203) == [
            ("QRCode", subject["wristband"])]


def test_label_page_previews_a_marked_label_and_offers_print(
    client: TestClient, seeded: None
) -> None:
    bag_id = _bags(client)[0]["id"]
    login(client, "tech")
    page = client.get(f"/bags/{bag_id}/label")
    assert page.status_code == 200
    assert f'src="/bags/{bag_id}/label/preview.svg"' in page.text
    assert "This label has not been printed yet." in page.text
    assert ">Print</button>" in page.text
    preview = client.get(f"/bags/{bag_id}/label/preview.svg")
    assert preview.headers["content-type"].startswith("image/svg+xml")
    assert "PREVIEW - NOT A LABEL" in preview.text


def test_no_preview_of_any_label_kind_can_be_scanned(
    client: TestClient, seeded: None, web_database: Database, web_settings: Settings
) -> None:
    """Seen: a preview converted to PNG decoded to the real DIN, product code, expiry and COI.
    Previews now draw blanks where the symbols go; the printed label of the same record (the
    control) still decodes, so a broken decoder cannot make this pass."""
    from cellchain.cbu.models import CordBloodUnit
    from cellchain.labels.data import LabelKind
    from cellchain.labels.kinds import KINDS
    from cellchain.labels.output import svg_to_png
    from cellchain.labels.render import render
    from cellchain.labels.service import label_data_for
    from cellchain.materials.models import MaterialLot
    from cellchain.qc.models import QcSample

    models: dict[LabelKind, Any] = {LabelKind.BAG: Bag, LabelKind.LOT: Lot,
                                    LabelKind.CBU: CordBloodUnit,
                                    LabelKind.SAMPLE: QcSample, LabelKind.MATERIAL: MaterialLot}
    with web_database.session_scope(write=False) as session:
        ids = {kind: session.exec(select(model.id)).first() for kind, model in models.items()}
        ids[LabelKind.WRISTBAND] = session.exec(select(Subject.id).where(
            col(Subject.subject_number).is_not(None))).first()
        labels = {kind: label_data_for(session, kind, ids[kind], web_settings) for kind in ids}
    assert set(ids) == set(KINDS) and all(ids.values())
    login(client, "tech")
    for kind, record_id in ids.items():
        if kind == LabelKind.WRISTBAND:
            login(client, "clin")
        preview = client.get(f"{KINDS[kind].base}/{record_id}/label/preview.svg")
        assert preview.status_code == 200, (kind, preview.text)
        png = svg_to_png(preview.text, dpi=300)
        for rotate in (0, 90):
            assert decode_png(png, rotate=rotate) == [], kind
        assert decode_png(render(labels[kind], "png")), kind  # the printed label does scan


def test_a_reprint_without_a_reason_is_refused_and_with_one_is_logged_as_reprint(
    client: TestClient, seeded: None
) -> None:
    bag_id = _bags(client)[0]["id"]
    csrf = login(client, "tech")
    first = _print(client, csrf, f"/bags/{bag_id}/label/print", output="pdf")
    assert first.content.startswith(b"%PDF")
    refused = _print(client, csrf, f"/bags/{bag_id}/label/print", output="pdf")
    assert refused.status_code == 422
    assert "a reprint needs a reason" in refused.text
    again = _print(client, csrf, f"/bags/{bag_id}/label/print", output="zpl",
                   reason="label creased")
    assert again.status_code == 200 and again.content.startswith(b"^XA")
    page = client.get(f"/bags/{bag_id}/label")
    assert "Reason for reprint" in page.text and "label creased" in page.text
    assert page.text.count("<td>yes</td>") == 1  # one reprint in the log


def test_voiding_a_print_keeps_it_in_the_log_with_the_reason(
    client: TestClient, seeded: None, web_database: Database
) -> None:
    bag_id = _bags(client)[0]["id"]
    csrf = login(client, "tech")
    _print(client, csrf, f"/bags/{bag_id}/label/print", output="svg")
    page = client.get(f"/bags/{bag_id}/label")
    assert 'action="/labels/prints/1/void"' in page.text
    voided = _print(client, csrf, "/labels/prints/1/void", reason="printed on wrong stock")
    assert voided.status_code == 303
    log = client.get("/labels")
    assert "printed on wrong stock" in log.text and "Tess Tech" in log.text


def test_a_lots_bag_labels_print_on_a4_sheets_each_one_logged(
    client: TestClient, seeded: None, web_database: Database
) -> None:
    with web_database.session_scope(write=False) as session:
        lot = session.exec(select(Lot).order_by(col(Lot.id))).first()
        assert lot is not None
        bag_count = len(session.exec(select(Bag).where(Bag.lot_id == lot.id)).all())
    csrf = login(client, "tech")
    sheet = _print(client, csrf, f"/lots/{lot.id}/bag-labels", paper="A4")
    assert sheet.status_code == 200 and sheet.headers["content-type"] == "application/pdf"
    pages = PdfReader(io.BytesIO(sheet.content)).pages
    # 100 x 100 mm labels: one column, two rows fit inside A4's 10 mm margins.
    assert bag_count == 2 and len(pages) == 1
    assert round(float(pages[0].mediabox.height)) == 842
    log = client.get("/labels")
    assert log.text.count("pdf sheet A4") == bag_count
    reprint = _print(client, csrf, f"/lots/{lot.id}/bag-labels", paper="Letter")
    assert reprint.status_code == 422 and "reprint needs a reason" in reprint.text


def test_a_blinded_clinician_sees_a_kit_bag_without_its_lot_or_product(
    client: TestClient, seeded: None, web_database: Database
) -> None:
    with web_database.session_scope(write=False) as session:
        kit_bag = session.exec(select(Bag).where(col(Bag.kit_number).is_not(None),
                                                 col(Bag.subject_id).is_not(None))).first()
        assert kit_bag is not None
    login(client, "clin")
    page = client.get(f"/bags/{kit_bag.id}")
    assert page.status_code == 200
    assert kit_bag.kit_number in page.text and "STUDY PRODUCT" in page.text
    assert "RAK CELLS" not in page.text and f"/lots/{kit_bag.lot_id}" not in page.text
    assert client.get(f"/bags/{kit_bag.id}/label").status_code == 403


def test_qa_sees_a_subject_by_number_without_date_of_birth(
    client: TestClient, seeded: None, web_database: Database
) -> None:
    with web_database.session_scope(write=False) as session:
        subject = session.exec(select(Subject).where(Subject.subject_number == "RAK001")).one()
    login(client, "qa")
    page = client.get(f"/subjects/{subject.id}")
    assert "RAK001" in page.text and "1961" not in page.text
    login(client, "clin")
    assert "14 MAR 1961" in client.get(f"/subjects/{subject.id}").text


def test_a_blinded_monitor_reads_the_audit_trail_without_manufacturing_entries(
    client: TestClient, seeded: None
) -> None:
    login(client, "monitor")
    step = {"action": "batch.step_recorded"}
    page = client.get("/audit", params=step)
    assert page.status_code == 200
    assert "Viable cells" not in page.text and "No audit records match." in page.text
    login(client, "qa")
    assert "<td>Step recorded</td>" in client.get("/audit", params=step).text


def test_a_label_for_the_network_printer_is_queued_sent_after_the_response_and_logged(
    seeded: None, web_database: Database, web_settings: Settings
) -> None:
    from cellchain.main import create_app
    from tests.integration.test_print_control import Listener

    printer = Listener()
    configured = web_settings.model_copy(update={"printer_host": "127.0.0.1",
                                                 "printer_port": printer.port})
    with TestClient(create_app(configured, web_database), base_url="https://testserver",
                    raise_server_exceptions=False) as client:
        bag_id = _bags(client)[0]["id"]
        csrf = login(client, "tech")
        queued = client.post(f"/bags/{bag_id}/label/print", follow_redirects=True,
                             data={"csrf_token": csrf, "output": "printer"})
        assert queued.status_code == 200
        assert "Label queued for 127.0.0.1 (1 copy)" in queued.text
        printer.thread.join(timeout=10)
        assert printer.received and printer.received[0].startswith(b"^XA")
        log = client.get("/labels").text
        assert "printer 127.0.0.1" in log and '<small class="job-sent">sent ' in log
    printer.sock.close()


def test_the_label_page_of_a_recalled_bag_says_why_and_offers_no_print(
    client: TestClient, seeded: None, web_database: Database
) -> None:
    from cellchain.audit.service import Actor
    from cellchain.clock import utcnow
    from cellchain.lots import service as lots
    from cellchain.lots.states import LotState

    bag_id = _bags(client)[0]["id"]
    with web_database.session_scope() as session:
        bag = session.get(Bag, bag_id)
        assert bag is not None
        # Recalled as if QA had signed (the signed recall is tested in test_after_release.py).
        lots.transition(session, actor=Actor(None, "QA"), lot=lots.get_lot(session, bag.lot_id),
                        target=LotState.RECALLED, now=utcnow(), reason="sterility positive",
                        gate=lots.RELEASE_GATE)
    csrf = login(client, "tech")
    page = client.get(f"/bags/{bag_id}/label").text
    assert "This label cannot be printed: the bag is not for use." in page
    assert "<li>the bag is recalled</li>" in page and "<li>its lot is recalled</li>" in page
    assert 'action="/bags/' + str(bag_id) + '/label/print"' not in page
    refused = _print(client, csrf, f"/bags/{bag_id}/label/print", output="pdf")
    assert refused.status_code == 409 and "its lot is recalled" in refused.text


def _lot_in_culture(web_database: Database, web_settings: Settings, unit: int) -> int:
    from cellchain.clock import utcnow
    from cellchain.demo.manufacture import make_lot
    from cellchain.isbt128.din import Din
    from tests.factories import SEEDER

    with web_database.session_scope() as session:
        lot = make_lot(session, maker=SEEDER, checker=SEEDER, qa=SEEDER, settings=web_settings,
                       bank_din=Din("A9991", "26", f"{unit:06d}"), day0=utcnow(),
                       until="activation")
        return lot.id or 0


def test_a_lot_label_decodes_to_the_apis_barcode_and_is_a_logged_print(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    lot_id = _lot_in_culture(web_database, web_settings, 8801)
    headers = {"Authorization": f"Bearer {bearer_token(client, 'tech')}"}
    listed = {lot["id"]: lot for lot in client.get("/api/v1/lots", headers=headers).json()}
    barcode = listed[lot_id]["barcode"]
    din = listed[lot_id]["din"]
    assert barcode.startswith(f"={din}") and len(barcode) == 16  # the Type 3 check flag
    csrf = login(client, "tech")
    page = client.get(f"/lots/{lot_id}")
    assert f'href="/lots/{lot_id}/label"' in page.text
    assert '<span class="check-char" title="check character">' in page.text
    response = _print(client, csrf, f"/lots/{lot_id}/label/print", output="png")
    assert response.status_code == 200, response.text
    for rotate in (0, 90):
        found = decode_png(response.content, rotate=rotate, scale_to_dpi=203)
        assert ("Code128", barcode) in found and ("DataMatrix", barcode) in found
    log = client.get(f"/lots/{lot_id}/label").text
    assert "This label has not been printed yet." not in log and "Reason for reprint" in log
    # The scan station opens the lot in culture from its label.
    opened = client.get("/station/open", params={"code": barcode}, follow_redirects=False)
    assert opened.headers["location"] == f"/lots/{lot_id}/steps/transfer"
