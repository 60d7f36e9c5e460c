"""QA's release in Debian chromium: review the lot's audit trail, sign a conditional release
through the signature fields (confirming the question), and see a lot held by an
out-of-specification result listed with every blocker and no way to release it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from cellchain.clock import utcnow
from cellchain.demo.manufacture import make_lot
from cellchain.isbt128.din import Din
from tests.factories import CAST, cast_actor, releaser
from tests.web.browser_support import LiveServer, sign_in

pytestmark = pytest.mark.browser


def _formulated(live_server: LiveServer, unit: int, **differing: str) -> int:
    with live_server.database.session_scope() as session:
        lot = make_lot(session, maker=cast_actor(session, "tech"),
                       checker=cast_actor(session, "qc"), qa=cast_actor(session, "qa2"),
                       settings=live_server.settings, bank_din=Din("A9991", "26", f"{unit:06d}"),
                       day0=utcnow() - timedelta(days=15), until="formulation", bags=1)
        releaser(session, live_server.settings).results(
            session, lot, utcnow(), skip=frozenset({"sterility_14d"}), differing=differing)
        return lot.id or 0


def test_qa_signs_a_conditional_release_and_cannot_release_a_lot_out_of_specification(
    page: Page, live_server: LiveServer
) -> None:
    releasable = _formulated(live_server, 7201)
    blocked = _formulated(live_server, 7202, viability="71")
    page.on("dialog", lambda dialog: dialog.accept())
    sign_in(page, live_server, "qa")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    page.goto(live_server.url(f"/lots/{releasable}"))
    page.get_by_role("button", name="Release review").click()
    release = page.locator(".decision-released")
    expect(release).to_contain_text("14-day sterility: no result yet")
    expect(release.get_by_role("button")).to_have_count(0)
    page.get_by_role("button", name="I have reviewed this audit trail").click()
    expect(page.locator(".flash-success").first).to_contain_text("audit trail is recorded")

    conditional = page.locator(".decision-conditionally_released")
    expect(conditional).to_contain_text("Pending: 14-day sterility")
    conditional.locator("input[name=username]").fill("qa")
    conditional.locator("input[name=password]").fill(CAST["qa"].password)
    conditional.get_by_role("button", name="Conditionally released and sign").click()
    expect(page.locator(".flash-success").first).to_contain_text(
        "conditionally released; your signature is recorded")
    decision = page.locator(".release-decision")
    expect(decision).to_contain_text("Signed by Quentin Ashby (user ID qa)")
    expect(decision).to_contain_text("I release this lot conditionally, with results pending")

    page.goto(live_server.url(f"/lots/{blocked}/release"))
    held = page.locator(".decision-released")
    expect(held).to_contain_text("is on hold; a lot is released from QC.")
    expect(held).to_contain_text("Viability: 71 % is out of specification (≥ 80 %).")
    expect(held).to_contain_text("is open; QA must close it.")
    expect(page.locator(".decision-released form")).to_have_count(0)
    expect(page.locator(".decision-conditionally_released form")).to_have_count(0)
