"""Receiving a cord blood unit in Debian chromium, the way a keyboard-wedge scanner does it.

The live server, browser and page come from tests/web/browser_support.py (module-scoped, so
this module serves its own copy of the seeded database).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect
from sqlmodel import select

from cellchain.cbu.models import CordBloodUnit
from tests.web.browser_support import LiveServer, sign_in

pytestmark = pytest.mark.browser

def wedge_scan(page: Page, text: str) -> None:
    """What a keyboard-wedge scanner sends: the bar code's characters, then Enter."""
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def test_a_technician_receives_a_unit_by_scanning_its_labels_and_lands_on_its_page(
    page: Page, live_server: LiveServer
) -> None:
    sign_in(page, live_server, "tech")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Tess Tech")
    page.get_by_role("navigation").get_by_role("link", name="Cord blood").click()
    page.get_by_role("button", name="Receive a unit").click()
    expect(page).to_have_url(live_server.url("/cbu/receive"))

    # The DIN field has the focus; each read's Enter moves on instead of submitting.
    expect(page.locator("#f-din_scan")).to_be_focused()
    wedge_scan(page, "]C0=A99912600481800")
    expect(page.locator("#f-product_code_scan")).to_be_focused()
    expect(page).to_have_url(live_server.url("/cbu/receive"))
    wedge_scan(page, "]C0=<S9998V00")
    expect(page.locator("#f-abo_rh_scan")).to_be_focused()
    wedge_scan(page, "]C0=%5100")
    expect(page.locator("#f-coi_scan")).to_be_focused()
    page.keyboard.press("Enter")  # cord blood from a bank: no chain-of-identity label
    expect(page.locator("#f-bank_name")).to_be_focused()

    page.keyboard.type("Validation Cord Blood Bank")
    page.keyboard.press("Enter")
    expect(page.locator("#f-collected_at")).to_be_focused()
    page.locator("#f-collected_at").fill("2025-11-02T07:45")
    for field, value in (("volume_ml", "25"), ("total_nucleated_cells", "1.4e9"),
                         ("viability_pct", "94")):
        page.locator(f"#f-{field}").fill(value)
    page.locator("#f-idm_status").select_option("negative")
    page.locator("#f-container_intact").select_option("yes")
    page.locator("#f-arrival_temp_c").focus()
    wedge_scan(page, "-183")  # Enter in the last field receives the unit

    expect(page).to_have_url(re.compile(r"/cbu/\d+$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Cord blood unit A9991 26 004818 S9998V00")
    expect(page.get_by_role("status")).to_contain_text("received into quarantine")
    with live_server.database.session_scope(write=False) as session:
        unit = session.exec(select(CordBloodUnit).where(
            CordBloodUnit.din == "A999126004818")).one()
    expect(page).to_have_url(live_server.url(f"/cbu/{unit.id}"))
    assert (unit.status, unit.abo_rh, unit.arrival_temp_c) == ("received", "5100", -183.0)
