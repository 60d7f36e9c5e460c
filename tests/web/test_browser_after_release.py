"""After release in Debian chromium: QC scans the final-product tube of a conditionally
released lot and enters a positive 14-day sterility; QA sees the held bag and the look-back on
the release review page and recalls the lot with a signature (confirming the question)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from cellchain.bags import service as bags
from tests.factories import CAST
from tests.integration.test_after_release import _released_lot
from tests.support.qc import sample_for
from tests.web.browser_support import LiveServer, shown_din, sign_in
from tests.web.test_browser_accounts import sign_out

pytestmark = pytest.mark.browser


def test_qc_enters_a_late_positive_sterility_and_qa_recalls_the_lot_with_a_signature(
    page: Page, live_server: LiveServer
) -> None:
    with live_server.database.session_scope() as session:
        lot = _released_lot(session, live_server.settings, 7301)
        tube = sample_for(session, lot, "final product")
        scan, lot_id = f"&q{lot.din}{tube.sample_number:03d}", lot.id or 0
        din = shown_din(lot.din)
        b0 = bags.bags_of(session, lot_id)[1].id
    page.on("dialog", lambda dialog: dialog.accept())
    sign_in(page, live_server, "qc")
    page.locator("#scan-code").click()
    page.keyboard.type(scan)
    page.keyboard.press("Enter")
    page.locator("#f-sterility_14d-instrument").fill("BACT-01")
    page.locator("#f-sterility_14d-result").fill("growth")
    page.locator("#f-sterility_14d-result").press("Enter")
    expect(page.locator(".flash-error")).to_contain_text(
        "1 bag(s) held pending QA's assessment, 1 already infused (look-back)")
    sign_out(page)

    sign_in(page, live_server, "qa")
    expect(page.locator(".notification-late_result")).to_contain_text(
        f"Late result out of specification on released lot {din}")
    page.goto(live_server.url(f"/lots/{lot_id}/release"))
    expect(page.locator(".lot-bags .bag-quarantine")).to_contain_text(f"{din} B0")
    expect(page.locator(".lot-bags .bag-quarantine")).to_contain_text("on hold (quarantine)")
    expect(page.locator(".look-back")).to_contain_text("Subject RAK801")
    recall = page.locator("form[action$='/recall']")
    recall.locator("input[name=reason]").fill("14-day sterility positive after release")
    recall.locator("input[name=username]").fill("qa")
    recall.locator("input[name=password]").fill(CAST["qa"].password)
    recall.get_by_role("button", name="Recall and sign").click()
    expect(page.locator(".flash").first).to_contain_text(
        f"Lot {din} recalled; your signature is recorded")
    expect(page.locator(".release-recall")).to_contain_text(
        "Signed by Quentin Ashby (user ID qa)")
    expect(page.locator(".release-recall")).to_contain_text("I recall this lot")
    page.goto(live_server.url(f"/bags/{b0}"))
    expect(page.locator("main")).to_contain_text("recalled")
