"""A QC analyst in Debian chromium (see browser_support): scans a sample tube into the global
scan box, types an out-of-specification result into the autofocused field as a keyboard-wedge
scanner would (Enter submits), and sees the deviation opened and the lot on hold."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from cellchain.clock import utcnow
from cellchain.isbt128.din import parse_din_text
from tests.support.qc import lot_in_qc, sample_for
from tests.web.browser_support import LiveServer, sign_in

pytestmark = pytest.mark.browser


def test_qc_scans_a_tube_enters_an_out_of_spec_result_and_sees_the_lot_held(
    page: Page, live_server: LiveServer
) -> None:
    with live_server.database.session_scope() as session:
        lot = lot_in_qc(session, now=utcnow(), din="A999026000071")
        tube = sample_for(session, lot, "final product")
        scan, lot_id = f"&q{lot.din}{tube.sample_number:03d}", lot.id
    sign_in(page, live_server, "qc")
    page.locator("#scan-code").click()
    page.keyboard.type(scan)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        f"QC sample {tube.sample_number:03d} of lot {parse_din_text(lot.din).eye_readable}")
    # The first pending result field has the focus: the analyst types and presses Enter there
    # only after filling the instrument, as the form asks.
    expect(page.locator("#f-viability-result")).to_be_focused()
    page.locator("#f-viability-instrument").fill("CNT-01")
    page.locator("#f-viability-result").click()
    page.keyboard.type("71.5")
    page.keyboard.press("Enter")
    expect(page.locator(".flash-error")).to_contain_text(
        re.compile(r"71\.5 % recorded: out of specification \(≥ 80 %\)\. DEV-\d{4}-\d{4} opened; "
                   r"the lot is on hold\."))
    expect(page.locator("#test-viability")).to_contain_text("out of specification")
    page.locator("#test-viability").get_by_role("link", name=re.compile(r"^DEV-")).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("DEV-")
    expect(page.locator("main")).to_contain_text("QC result out of specification: Viability")
    page.goto(live_server.url(f"/lots/{lot_id}"))
    expect(page.locator("main")).to_contain_text("on hold")
