"""The bedside flow on a ward tablet (1024×768) in Debian chromium: a STOP for another
subject's bag, a GO for the right one, the second clinician's confirmation (refused for the
checker themself) and the infusion record."""

from __future__ import annotations

import os
import time
from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from cellchain.clock import utcnow
from tests.support.bedside import ward_bags
from tests.web.browser_support import LiveServer, sign_in

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("CELLCHAIN_SCREENSHOTS", "")


def _shot(page: Page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


def _scan(page: Page, live_server: LiveServer, wristband: str, label: str) -> None:
    page.goto(live_server.url("/bedside"))
    expect(page.locator("#f-wristband")).to_be_focused()
    page.keyboard.type(wristband)
    page.keyboard.press("Enter")  # the wedge's Enter moves on to the bag field
    expect(page.locator("#f-bag")).to_be_focused()
    page.keyboard.type(label)
    page.keyboard.press("Enter")


def test_a_clinician_and_a_second_clinician_verify_and_record_an_infusion_on_a_tablet(
    page: Page, live_server: LiveServer
) -> None:
    ward = ward_bags(live_server.database, live_server.settings)
    page.set_viewport_size({"width": 1024, "height": 768})
    sign_in(page, live_server, "clin")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    page.get_by_role("link", name="Bedside").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bedside check")

    # Subject RAK001's wristband with RAK002's bag: STOP, and why.
    _scan(page, live_server, ward[0].wristband, ward[1].label)
    expect(page.locator(".verdict")).to_have_text("STOP — do not infuse")
    expect(page.locator("tr.failed")).to_have_count(1)
    expect(page.locator("tr.failed")).to_contain_text(
        f"not to subject {ward[0].subject_number}'s")
    expect(page.get_by_text("Second clinician")).to_have_count(0)
    _shot(page, "bedside-stop")

    # The right bag: GO, then the second clinician confirms with their own credentials.
    _scan(page, live_server, ward[0].wristband, ward[0].label)
    expect(page.locator(".verdict")).to_have_text("GO")
    expect(page.locator("tr.failed")).to_have_count(0)
    _shot(page, "bedside-go")
    expect(page.locator("#f-witness_username")).to_be_focused()
    page.keyboard.type("clin")
    page.locator("#f-witness_password").fill("bedside-check-26")
    page.keyboard.press("Enter")
    expect(page.locator("#e-witness_username")).to_contain_text(
        "nobody confirms their own check")
    page.locator("#f-witness_username").fill("clin2")
    page.locator("#f-witness_password").fill("second-check-26")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Record the infusion")
    expect(page.locator("main")).to_contain_text("confirmed by Sam Okafor")

    # Two seconds on, the infusion has started and stopped (typed to the second here).
    time.sleep(2)
    zone = live_server.settings.zone
    stop = utcnow().replace(microsecond=0)
    start = stop - timedelta(seconds=1)
    local = lambda moment: moment.astimezone(zone).strftime("%Y-%m-%dT%H:%M:%S")  # noqa: E731
    page.locator("#f-started_at").fill(local(start))
    page.locator("#f-stopped_at").fill(local(stop))
    page.locator("#f-volume_ml").fill("250")
    page.locator("#f-reaction_grade").select_option("1")
    for point, when in (("pre", start), ("end", stop)):
        page.locator(f"input[name='{point}-taken_at']").fill(local(when))
        for field, value in (("temperature_c", "36.9"), ("heart_rate", "70"),
                             ("systolic", "120"), ("diastolic", "80"),
                             ("respiratory_rate", "14"), ("spo2", "98")):
            page.locator(f"input[name='{point}-{field}']").fill(value)
    _shot(page, "bedside-infusion-form")
    page.get_by_role("button", name="Record infusion").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Infusion")
    expect(page.locator("main")).to_contain_text("grade 1 (CTCAE v5.0)")
    expect(page.locator("main")).to_contain_text("Before the infusion")
    _shot(page, "bedside-infusion-record")

    # The same bag scanned again: STOP, already infused.
    _scan(page, live_server, ward[0].wristband, ward[0].label)
    expect(page.locator(".verdict")).to_have_text("STOP — do not infuse")
    expect(page.locator("main")).to_contain_text("has already been infused")
