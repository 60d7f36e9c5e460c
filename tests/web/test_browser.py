"""Sign-in, scan box and scan station driven through Debian chromium (see browser_support)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect
from sqlmodel import col, select

from cellchain.bags.service import create_bags
from cellchain.clock import utcnow
from cellchain.demo.manufacture import make_lot as make_batch_lot
from cellchain.demo.manufacture import materials_for
from cellchain.isbt128.din import Din
from cellchain.labels.data import LabelKind
from cellchain.labels.service import label_data_for
from cellchain.materials.models import MaterialLot
from tests.factories import CAST, SEEDER, make_lot
from tests.web.browser_support import LiveServer, shown_din, sign_in

pytestmark = pytest.mark.browser


def test_qa_signs_in_through_the_login_page_and_sees_the_dashboard_and_nav(
    page: Page, live_server: LiveServer
) -> None:
    sign_in(page, live_server, "qa")

    expect(page).to_have_url(live_server.url("/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Quentin Ashby")
    nav = page.get_by_role("navigation")
    expect(nav.get_by_role("link", name="Dashboard")).to_be_visible()
    expect(nav.get_by_role("link", name="Lots")).to_be_visible()
    expect(nav.get_by_role("link", name="Audit trail")).to_be_visible()
    expect(nav.get_by_role("link", name="Users")).to_have_count(0)
    expect(nav.get_by_role("button", name="Sign out")).to_be_visible()


def test_a_wedge_scan_of_a_lot_din_from_the_dashboard_opens_that_lot(
    page: Page, live_server: LiveServer
) -> None:
    din = "A999026000417"
    with live_server.database.session_scope() as session:
        lot_id = make_lot(session, din=din).id
    sign_in(page, live_server, "qa")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Quentin Ashby")

    # A keyboard-wedge scanner types the bar code (DI "=", DIN, flags) into whatever has
    # focus and ends with Enter.
    expect(page.locator("#scan-code")).to_be_focused()
    page.keyboard.type(f"={din}00")
    page.keyboard.press("Enter")

    expect(page).to_have_url(live_server.url(f"/lots/{lot_id}"))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Lot {shown_din(din)}")


def test_a_wedge_scan_of_a_bags_data_matrix_opens_that_bag_and_its_label(
    page: Page, live_server: LiveServer
) -> None:
    with live_server.database.session_scope() as session:
        lot = make_lot(session, din="A999026000555")
        (bag,) = create_bags(session, actor=SEEDER, lot=lot, count=1, pdc="S9999",
                             collection_type="V", expires_at=utcnow() + timedelta(days=1),
                             now=utcnow())
        bag_id = bag.id
        label = label_data_for(session, LabelKind.BAG, bag.id or 0, live_server.settings)
    sign_in(page, live_server, "tech")
    expect(page.locator("#scan-code")).to_be_focused()
    # A 2-D imager sends the whole compound message, then Enter.
    page.keyboard.type(label.label_2d)
    page.keyboard.press("Enter")

    expect(page).to_have_url(live_server.url(f"/bags/{bag_id}"))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Bag {label.din.eye} A0")
    page.get_by_role("button", name="Label").click()
    expect(page.get_by_role("img", name="Preview of the bag label")).to_be_visible()
    expect(page.get_by_role("button", name="Print")).to_be_visible()


def test_a_wedge_scan_matching_nothing_says_no_record_and_keeps_the_scan_box_ready(
    page: Page, live_server: LiveServer
) -> None:
    sign_in(page, live_server, "coord")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Cora Lind")

    expect(page.locator("#scan-code")).to_be_focused()
    page.keyboard.type("A999026999999")
    page.keyboard.press("Enter")

    expect(page).to_have_url(live_server.url("/"))
    expect(page.get_by_role("alert")).to_contain_text(
        "Typed DIN A999026999999 needs its check character")
    expect(page.locator("#scan-code")).to_be_focused()


def test_five_wrong_passwords_lock_the_account_even_against_the_right_password(
    page: Page, live_server: LiveServer
) -> None:
    sign_in(page, live_server, "monitor", "not-my-password", succeeds=False)
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Username or password is incorrect, or the account is locked")
    for _ in range(4):
        # The failed page keeps the user ID and puts the cursor in the password field.
        expect(page.locator("#username")).to_have_value("monitor")
        expect(page.locator("#password")).to_be_focused()
        page.keyboard.type("not-my-password")
        page.keyboard.press("Enter")

    expect(alert).to_contain_text("After 5 failed attempts an account is locked for 15 minutes")
    page.keyboard.type(CAST["monitor"].password)
    page.keyboard.press("Enter")
    # The right password is refused with the same answer: nothing tells a prober the state.
    expect(alert).to_contain_text("Username or password is incorrect, or the account is locked")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")


def test_after_signing_out_back_and_reload_do_not_show_the_dashboard(
    page: Page, live_server: LiveServer
) -> None:
    sign_in(page, live_server, "tech")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Tess Tech")

    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/login"))
    expect(page.get_by_role("status")).to_have_text("You have signed out.")

    page.go_back()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")
    expect(page.get_by_text("Welcome, Tess Tech")).to_have_count(0)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")
    expect(page.get_by_text("Welcome, Tess Tech")).to_have_count(0)


def test_the_scan_station_records_a_step_typed_as_a_keyboard_wedge_scanner_does(
    page: Page, live_server: LiveServer
) -> None:
    """Scan the lot, then each reagent and asset label (each read ends with Enter), then the
    counts; Enter in the last field records the step."""
    with live_server.database.session_scope() as session:
        tech = SEEDER
        lot = make_batch_lot(session, maker=tech, checker=tech, qa=tech,
                             settings=live_server.settings, bank_din=Din("A9991", "26", "009001"),
                             day0=utcnow(), until=None)
        din = lot.din
        reagents = materials_for(session, ("retronectin", "anti_cd3", "il2", "medium"),
                                 utcnow().date())
    sign_in(page, live_server, "tech")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    page.goto(live_server.url("/station"))
    expect(page.locator("#station-code")).to_be_focused()
    page.keyboard.type(f"={din}00")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Day 0: isolation and RetroNectin/anti-CD3 activation")
    expect(page.locator("#f-materials")).to_be_focused()
    for code in reagents:
        page.keyboard.type(code)
        page.keyboard.press("Enter")  # a newline in the scan list, not a submit
    page.locator("#f-equipment").focus()
    for asset in ("BSC-01", "INC-01", "CNT-01"):
        page.keyboard.type(asset)
        page.keyboard.press("Enter")
    for field, value in (("mnc_count", "5e8"), ("viability_pct", "93"),
                         ("seeded_cells", "1e8"), ("seeding_density", "1.5e6"),
                         ("vessel", "T175 coated")):
        page.locator(f"#f-{field}").fill(value)
    page.locator("#f-vessel").press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text(f"Lot {shown_din(din)}")
    expect(page.locator(".flash-success")).to_contain_text(
        "Day 0: isolation and RetroNectin/anti-CD3 activation recorded.")
    expect(page.locator(".entries")).to_contain_text("RetroNectin GMP grade")
    expect(page.locator(".entries")).to_contain_text("awaiting second-person check")


def test_a_step_with_an_expired_reagent_is_refused_and_the_form_keeps_what_was_typed(
    page: Page, live_server: LiveServer
) -> None:
    with live_server.database.session_scope() as session:
        lot = make_batch_lot(session, maker=SEEDER, checker=SEEDER, qa=SEEDER,
                             settings=live_server.settings, bank_din=Din("A9991", "26", "009002"),
                             day0=utcnow(), until=None)
        lot_id = lot.id
        expired = session.exec(select(MaterialLot).where(
            col(MaterialLot.expires_on) < utcnow().date())).first()
        assert expired is not None
        good = materials_for(session, ("retronectin", "anti_cd3", "medium"), utcnow().date())
    sign_in(page, live_server, "tech")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    page.goto(live_server.url(f"/lots/{lot_id}/steps/activation"))
    page.locator("#f-materials").fill("\n".join([*good, expired.code]))
    page.locator("#f-equipment").fill("BSC-01\nINC-01\nCNT-01")
    for field, value in (("mnc_count", "5e8"), ("viability_pct", "93"),
                         ("seeded_cells", "1e8"), ("seeding_density", "1.5e6"),
                         ("vessel", "T175")):
        page.locator(f"#f-{field}").fill(value)
    page.locator("#f-vessel").press("Enter")

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text(f"lot {expired.code}")
    expect(alert).to_contain_text("expired on")
    expect(alert).to_contain_text("Nothing was recorded")
    expect(page.locator("#f-viability_pct")).to_have_value("93")
