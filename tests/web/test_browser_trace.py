"""The trace look-up box driven through Debian chromium: a DIN typed as printed opens the
donor's trace, which links on to a recipient's trace and prints without its controls."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from cellchain.clock import utcnow
from tests.support.trace import OPEN_DONOR, record_handoffs, record_infusion, seed_chain
from tests.web.browser_support import LiveServer, sign_in

pytestmark = pytest.mark.browser


def test_a_din_typed_as_printed_opens_the_donor_trace_and_walks_on_to_a_subject(
    page: Page, live_server: LiveServer
) -> None:
    chain = seed_chain(live_server.database, live_server.settings)
    with live_server.database.session_scope() as session:
        bag = chain.open_bags[0]
        record_handoffs(session, bag.id or 0, utcnow() - timedelta(hours=2))
        record_infusion(session, bag.id or 0, bag.subject_id or 0, utcnow() - timedelta(hours=1))
    sign_in(page, live_server, "qa")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Quentin Ashby")
    page.get_by_role("navigation").get_by_role("link", name="Trace").click()

    # The look-up field has the focus, so a scanner or the keyboard can start at once.
    expect(page.locator("#f-scan")).to_be_focused()
    page.keyboard.type(f"{OPEN_DONOR.eye_readable} {OPEN_DONOR.check_character}")
    page.keyboard.press("Enter")

    expect(page).to_have_url(live_server.url(f"/trace/donor/{OPEN_DONOR.text}"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Trace of donor {OPEN_DONOR.eye_readable} {OPEN_DONOR.check_character}")
    lot = page.get_by_role("region", name=re.compile(r"^Lot "))
    expect(lot.get_by_role("link", name=re.compile(r"^Bag "))).to_have_count(2)
    expect(lot.get_by_role("cell", name="Infused")).to_be_visible()
    expect(page.get_by_role("button", name="Download CSV")).to_be_visible()

    # On paper the controls go and the record stays.
    page.emulate_media(media="print")
    expect(page.get_by_role("button", name="Download CSV")).to_be_hidden()
    expect(lot).to_be_visible()
    page.emulate_media(media="screen")

    page.get_by_role("listitem").filter(has_text="Subject RAK002").get_by_role(
        "link", name="trace").click()
    expect(page).to_have_url(live_server.url(f"/trace/subject/{chain.subjects['RAK002']}"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Trace of subject RAK002")
    expect(page.get_by_role("link", name=f"donor {OPEN_DONOR.eye_readable} "
                                         f"{OPEN_DONOR.check_character}")).to_be_visible()
