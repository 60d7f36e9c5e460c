"""Reviewing the audit trail in Debian chromium: filter by a DIN as printed, read the changes in
words, export the filtered view (audited) and print it.

The live server, browser and page come from tests/web/browser_support.py (module-scoped, so
this module serves its own copy of the seeded database).
"""

from __future__ import annotations

import csv
import io

import pytest
from playwright.sync_api import Page, expect
from sqlmodel import col, select

from cellchain.bags.models import Bag
from cellchain.display import din_text
from cellchain.lots.models import Lot
from tests.factories import seed_identity_records
from tests.web.browser_support import LiveServer, sign_in

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def identity(live_server: LiveServer) -> dict[str, str]:
    seed_identity_records(live_server.database, live_server.settings)
    with live_server.database.session_scope(write=False) as session:
        kit = session.exec(select(Bag).where(col(Bag.kit_number).is_not(None),
                                             col(Bag.subject_id).is_not(None))).first()
        assert kit is not None and kit.kit_number
        lot = session.exec(select(Lot).order_by(col(Lot.id))).first()
        kit_lot = session.get(Lot, kit.lot_id)
        assert lot is not None and kit_lot is not None
        return {"din": lot.din, "kit": kit.kit_number, "kit_din": kit_lot.din}


def _open_trail(page: Page, live_server: LiveServer, username: str) -> None:
    sign_in(page, live_server, username)
    page.get_by_role("navigation").get_by_role("link", name="Audit trail").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Audit trail")


def test_qa_filters_by_a_din_as_printed_and_reads_each_change_in_words(
    page: Page, live_server: LiveServer, identity: dict[str, str]
) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    _open_trail(page, live_server, "qa")
    din = identity["din"]
    page.get_by_role("textbox", name="Record").fill(f"{din[:5]} {din[5:7]} {din[7:]}")
    page.get_by_role("button", name="Filter").click()

    table = page.locator("table.audit")
    planned = table.locator("tr", has_text="Lot planned")
    expect(planned).to_have_count(1)
    expect(planned).to_contain_text(f"Lot {din_text(din)}")
    changed = table.locator("tr", has_text="Lot status changed").first
    expect(changed.locator("del")).to_be_visible()
    expect(changed.locator("ins")).to_be_visible()
    expect(table).not_to_contain_text('"field"')
    expect(table).not_to_contain_text("lot.status_changed")
    # Legible on one screen width: nothing runs off to the right, no row is a wall of text.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    heights = page.evaluate(
        "[...document.querySelectorAll('table.audit tbody tr')].map(r => r.offsetHeight)")
    assert heights and max(heights) < 260, heights


def test_qa_exports_the_filtered_view_as_csv_and_the_export_is_in_the_trail(
    page: Page, live_server: LiveServer, identity: dict[str, str]
) -> None:
    _open_trail(page, live_server, "qa")
    page.get_by_role("textbox", name="Record").fill("RAK001")
    page.get_by_role("combobox", name="Action").select_option(label="Subject registered")
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("table.audit tbody tr")).to_have_count(1)

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export CSV (1 records)").click()
    download = download_info.value
    assert download.suggested_filename.startswith("audit-trail-")
    with open(download.path(), encoding="utf-8-sig") as exported:
        rows = list(csv.reader(io.StringIO(exported.read())))
    assert rows[0][:5] == ["Sequence", "When", "Who", "Action", "Record"]
    assert [r[3:5] for r in rows[1:]] == [["Subject registered", "Subject RAK001"]]

    page.goto(live_server.url("/audit"))
    page.get_by_role("combobox", name="Action").select_option(label="Audit trail exported")
    page.get_by_role("button", name="Filter").click()
    row = page.locator("table.audit tbody tr").first
    expect(row).to_contain_text("Quentin Ashby (qa)")
    expect(row).to_contain_text("Record RAK001")
    expect(row).to_contain_text("Rows 1")


def test_printing_shows_the_filtered_records_without_the_controls(
    page: Page, live_server: LiveServer, identity: dict[str, str]
) -> None:
    _open_trail(page, live_server, "qa")
    page.get_by_role("textbox", name="Record").fill("RAK001")
    page.get_by_role("button", name="Filter").click()
    page.evaluate("window.print = () => { window.printed = true; }")
    page.get_by_role("button", name="Print").click()
    assert page.evaluate("window.printed === true")

    page.emulate_media(media="print")
    expect(page.locator("form.audit-filters")).to_be_hidden()
    expect(page.get_by_role("button", name="Export CSV", exact=False)).to_be_hidden()
    expect(page.locator("table.audit")).to_be_visible()
    expect(page.locator(".trail-summary")).to_contain_text("record “RAK001”")


def test_a_bad_date_comes_back_with_the_field_named_and_the_form_kept(
    page: Page, live_server: LiveServer, identity: dict[str, str]
) -> None:
    sign_in(page, live_server, "qa")
    expect(page).to_have_url(live_server.url("/"))
    response = page.goto(live_server.url("/audit?record=RAK001&date_from=30/11/2026"))
    assert response is not None and response.status == 400
    expect(page.locator("#e-date_from")).to_contain_text("is not a date: use YYYY-MM-DD")
    expect(page.get_by_role("textbox", name="Record")).to_have_value("RAK001")


def test_a_blinded_monitor_finds_a_kit_by_its_number_and_nothing_by_its_lot_din(
    page: Page, live_server: LiveServer, identity: dict[str, str]
) -> None:
    _open_trail(page, live_server, "monitor")
    page.get_by_role("textbox", name="Record").fill(identity["kit"])
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("table.audit")).to_contain_text(f"Kit {identity['kit']}")
    expect(page.locator("table.audit")).not_to_contain_text(identity["kit_din"])
    page.get_by_role("textbox", name="Record").fill(identity["kit_din"])
    page.get_by_role("button", name="Filter").click()
    expect(page.get_by_text("No audit records match.")).to_be_visible()
