"""The batch record from the lot page in Debian chromium (see browser_support): the printable
record opens as a document, and the PDF link downloads a real PDF of the same record."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from cellchain.clock import utcnow
from cellchain.demo.manufacture import make_lot
from cellchain.isbt128.din import Din, parse_din_text
from tests.factories import SEEDER
from tests.web.browser_support import LiveServer, sign_in

pytestmark = pytest.mark.browser


def test_qa_opens_the_printable_record_and_downloads_its_pdf_from_the_lot_page(
    page: Page, live_server: LiveServer
) -> None:
    with live_server.database.session_scope() as session:
        lot = make_lot(session, maker=SEEDER, checker=SEEDER, qa=SEEDER,
                       settings=live_server.settings, bank_din=Din("A9991", "26", "009101"),
                       day0=utcnow() - timedelta(days=15), until="formulation")
        lot_id, din = lot.id, parse_din_text(lot.din)
    sign_in(page, live_server, "qa")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    page.goto(live_server.url(f"/lots/{lot_id}"))

    page.get_by_role("button", name="Printable batch record").click()
    expect(page).to_have_url(live_server.url(f"/lots/{lot_id}/record"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        f"Batch record — lot {din.eye_readable}")
    expect(page.locator(".identity")).to_contain_text("in QC")
    expect(page.locator(".bags")).to_contain_text(f"{din.eye_readable} {din.check_character} · A0")
    expect(page.locator("svg.growth-chart")).to_be_visible()
    page.go_back()

    link = page.get_by_role("button", name="Batch record PDF")
    with page.expect_download() as started:
        link.click()
    download = started.value
    assert download.suggested_filename == f"batch-record-{din.text}.pdf"
    with open(download.path(), "rb") as saved:
        pdf = saved.read()
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Page 1 of" in text and f"Lot {din.eye_readable} {din.check_character}" in text
    # The same link fetched with the signed-in browser's cookies answers as a PDF.
    response = page.request.get(live_server.url(str(link.get_attribute("href"))))
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
