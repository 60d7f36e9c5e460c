"""The custody stations driven through Debian chromium (see browser_support): the lab dispatches
a kit bag by scanning its label and the ward receives it the same way, keyboard only, as a
wedge scanner types (each read ends with Enter)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from sqlmodel import col, select

from cellchain.bags import service as bags
from cellchain.clock import utcnow
from cellchain.custody.models import CustodyEvent
from cellchain.display import din_text
from cellchain.labels.data import BagLabel, LabelKind
from cellchain.labels.service import label_data_for
from tests.support.custody import released_bags
from tests.web.browser_support import LiveServer, sign_in

pytestmark = pytest.mark.browser


def test_a_kit_bag_is_dispatched_by_the_lab_then_received_at_the_ward_by_scanning(
    page: Page, live_server: LiveServer
) -> None:
    with live_server.database.session_scope() as session:
        made = released_bags(session, live_server.settings, now=utcnow(), din="A999026000501",
                             kits=True, subjects=["RAK951"])
        label = label_data_for(session, LabelKind.BAG, made.bag_ids[0], live_server.settings)
    assert isinstance(label, BagLabel)
    kit = label.recipient

    sign_in(page, live_server, "tech")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    page.get_by_role("link", name="Dispatch").click()
    expect(page.locator("#custody-code")).to_be_focused()
    page.keyboard.type(label.label_2d)
    page.keyboard.press("Enter")
    expect(page.locator("main h2").first).to_have_text(f"Bag {din_text(made.din)} A0 (kit {kit})")
    expect(page.locator("#f-courier")).to_be_focused()
    page.keyboard.type("Medcourier Ltd")
    page.keyboard.press("Enter")  # moves on to the container, as after a scan
    expect(page.locator("#f-container")).to_be_focused()
    page.keyboard.type("SHIP-0042")
    page.keyboard.press("Enter")
    expect(page.locator("#f-temperature_c")).to_be_focused()
    page.keyboard.type("20.5")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text(f"Kit {kit} dispatched from the lab at ")
    expect(page.locator("#custody-code")).to_be_focused()  # ready for the next bag

    page.context.clear_cookies()
    sign_in(page, live_server, "clin")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    page.get_by_role("link", name="Ward receipt").click()
    expect(page.locator("#custody-code")).to_be_focused()
    page.keyboard.type(label.label_2d)
    page.keyboard.press("Enter")
    expect(page.locator("main h2").first).to_have_text(f"Kit {kit}")
    expect(page.locator("main")).not_to_contain_text(din_text(made.din)[:14])
    expect(page.locator("#f-temperature_c")).to_be_focused()
    page.keyboard.type("21")
    page.get_by_label("Intact").check()
    page.locator("#f-temperature_c").press("Enter")
    expect(page.get_by_role("status")).to_contain_text(f"Kit {kit} received at the ward at ")
    with live_server.database.session_scope(write=False) as session:
        assert bags.get_bag(session, made.bag_ids[0]).status == "at_ward"
        events = session.exec(select(CustodyEvent.kind, CustodyEvent.actor_name).where(
            CustodyEvent.bag_id == made.bag_ids[0]).order_by(col(CustodyEvent.id))).all()
    assert [tuple(e) for e in events] == [("dispatched", "Tess Tech"),
                                          ("received", "Clara Ruiz")]
