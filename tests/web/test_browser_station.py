"""The scan station for lots in culture, driven through Debian chromium (see browser_support)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from playwright.sync_api import Page, expect
from sqlmodel import select

from cellchain.batch.models import BatchEntry
from cellchain.clock import utcnow
from cellchain.demo.manufacture import make_lot as make_batch_lot
from cellchain.demo.manufacture import materials_for
from cellchain.isbt128.din import Din, parse_din_text
from cellchain.labels.data import checked_din_barcode
from tests.factories import SEEDER
from tests.support.decode import decode_png
from tests.web.browser_support import LiveServer, sign_in

pytestmark = pytest.mark.browser


def _site_morning_days_ago(live_server: LiveServer, days: int) -> datetime:
    """08:00 at the site `days` days ago: activation (day 0 plus an hour) then falls on the same
    site date whatever the time of the run. Seen: a run at 23:19 UTC put activation past
    midnight and made culture day 4 read 3."""
    zone = live_server.settings.zone
    today = utcnow().astimezone(zone).date() - timedelta(days=days)
    return datetime.combine(today, time(8), tzinfo=zone).astimezone(UTC)


def test_a_step_outside_its_window_warns_and_asks_before_it_is_recorded(
    page: Page, live_server: LiveServer
) -> None:
    """Seen: Transfer (due day 3-5) recorded at culture day 0 opened a major deviation with no
    warning. The form now says so and refuses Enter until the confirmation is ticked."""
    with live_server.database.session_scope() as session:
        lot = make_batch_lot(session, maker=SEEDER, checker=SEEDER, qa=SEEDER,
                             settings=live_server.settings, bank_din=Din("A9991", "26", "009201"),
                             day0=utcnow() - timedelta(hours=1), until="activation")
        lot_id = lot.id
        reagents = materials_for(session, ("culture_bag", "medium", "il2"), utcnow().date())
    sign_in(page, live_server, "tech")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    page.goto(live_server.url(f"/lots/{lot_id}/steps/transfer"))
    expect(page.locator("main")).to_contain_text("culture day 0 · due on day 3–5")
    warning = page.locator(".window-warning")
    expect(warning).to_contain_text("Transfer to culture bag is due on culture day 3–5; this is "
                                    "culture day 0")
    expect(warning).to_contain_text("opens a major deviation and puts the lot on hold")
    expect(page.locator("main")).to_contain_text("Needed: Culture bag, Medium, IL-2")
    page.locator("#f-materials").fill("\n".join(reagents))
    page.locator("#f-equipment").fill("BSC-01\nCNT-01\nINC-01")
    for field, value in (("viable_cells", "4.2e8"), ("viability_pct", "93"),
                         ("volume_ml", "300")):
        page.locator(f"#f-{field}").fill(value)
    page.locator("#f-volume_ml").press("Enter")
    # Not sent: the browser holds the form on the unticked confirmation.
    expect(page.locator("#f-outside_window")).to_be_focused()
    with live_server.database.session_scope() as session:
        assert session.exec(select(BatchEntry).where(BatchEntry.lot_id == lot_id,
                                                     BatchEntry.step_id == "transfer")).all() == []

    page.locator("#f-outside_window").check()
    page.locator("#f-volume_ml").press("Enter")
    expect(page.get_by_role("alert")).to_contain_text(
        "Transfer to culture bag recorded. Out of specification: DEV-")
    expect(page.get_by_role("alert")).to_contain_text("opened and the lot is on hold")


def test_the_station_opens_a_lot_in_culture_from_its_label_or_its_cord_blood_unit(
    page: Page, live_server: LiveServer
) -> None:
    """Seen: the station asked for a lot label that did not exist, and refused the lot's own
    cord blood unit ("is not a lot")."""
    with live_server.database.session_scope() as session:
        lot = make_batch_lot(session, maker=SEEDER, checker=SEEDER, qa=SEEDER,
                             settings=live_server.settings, bank_din=Din("A9991", "26", "009202"),
                             day0=_site_morning_days_ago(live_server, 4),
                             until="activation")
        lot_id, din = lot.id, lot.din
    barcode = checked_din_barcode(parse_din_text(din))
    sign_in(page, live_server, "tech")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    page.goto(live_server.url(f"/lots/{lot_id}"))
    page.get_by_role("button", name="Lot label").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lot label")
    expect(page.get_by_role("button", name="Print", exact=True)).to_be_visible()

    for scan in (barcode, "=A99912600920200"):  # the lot label, then its cord blood unit
        page.goto(live_server.url("/station"))
        expect(page.locator("#station-code")).to_be_focused()
        page.keyboard.type(scan)
        page.keyboard.press("Enter")
        expect(page.get_by_role("heading", level=1)).to_have_text("Transfer to culture bag")
        expect(page.locator("main")).to_contain_text("culture day 4 · due on day 3–5")
        expect(page.locator(".window-warning")).to_have_count(0)


def test_a_mistyped_check_character_is_refused_without_showing_the_right_one(
    page: Page, live_server: LiveServer
) -> None:
    """Seen: "check character is K, typed X" let a user copy the expected value."""
    with live_server.database.session_scope() as session:
        lot = make_batch_lot(session, maker=SEEDER, checker=SEEDER, qa=SEEDER,
                             settings=live_server.settings, bank_din=Din("A9991", "26", "009203"),
                             day0=utcnow(), until=None)
        din = parse_din_text(lot.din)
    wrong = next(c for c in "0123456789" if c != din.check_character)
    sign_in(page, live_server, "tech")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    page.locator("#scan-code").fill(f"{din.eye_readable} {wrong}")
    page.locator("#scan-code").press("Enter")
    alert = page.locator(".flash-error, [role=alert]").first
    expect(alert).to_contain_text("The check character of the DIN does not match")
    text = alert.inner_text()
    assert f" {din.check_character}," not in text and f"is {din.check_character}" not in text


def test_the_label_preview_the_browser_shows_cannot_be_scanned(
    page: Page, live_server: LiveServer
) -> None:
    """A screenshot of the preview, as chromium draws it, decodes to nothing; the lot label
    printed from the same page does decode (the control)."""
    with live_server.database.session_scope() as session:
        lot = make_batch_lot(session, maker=SEEDER, checker=SEEDER, qa=SEEDER,
                             settings=live_server.settings, bank_din=Din("A9991", "26", "009204"),
                             day0=utcnow(), until=None)
        lot_id = lot.id
    sign_in(page, live_server, "tech")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    page.goto(live_server.url(f"/lots/{lot_id}/label"))
    preview = page.get_by_role("img", name="Preview of the lot label")
    expect(preview).to_be_visible()
    page.set_viewport_size({"width": 1600, "height": 1200})
    assert decode_png(preview.screenshot()) == []
    with page.expect_download() as download:
        page.get_by_label("Output").select_option("png")
        page.get_by_role("button", name="Print", exact=True).click()
    printed = download.value.path().read_bytes()
    assert ("Code128", checked_din_barcode(parse_din_text(lot.din))) in decode_png(printed)
