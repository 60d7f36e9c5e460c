"""Every destructive or signed action asks first, and the question actually appears.

The first test reads every template, so a new destructive form without ``data-confirm`` fails
the build; the browser tests check that cellchain.js honours the question wherever it sits (on
the form or on the button that submits), by dismissing it and seeing that nothing happened.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Dialog, Page, expect
from sqlmodel import select

from cellchain.clock import utcnow
from cellchain.demo.manufacture import make_lot as make_batch_lot
from cellchain.deviations.models import Deviation
from cellchain.isbt128.din import Din
from tests.factories import CAST, SEEDER
from tests.web.browser_support import LiveServer, sign_in

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = [*ROOT.glob("templates/**/*.html"), *ROOT.glob("cellchain/**/templates/**/*.html")]
# Actions that destroy, decide or sign (21 CFR 11.50: a signer must know what they sign).
DESTRUCTIVE = re.compile(r"/(void|reject|accept|release|deactivate|lift-hold|deviations|close|"
                         r"corrections|verify|reviews|service|reset-password|roles)\"")
FORM = re.compile(r"<form\b(?P<tag>[^>]*)>(?P<body>.*?)</form>", re.S)


def _forms() -> list[tuple[str, str, str]]:
    found = []
    for template in TEMPLATES:
        for match in FORM.finditer(template.read_text()):
            found.append((template.name, match["tag"], match["body"]))
    return found


def test_every_destructive_or_signed_form_carries_a_question() -> None:
    checked = 0
    for name, tag, body in _forms():
        signed = "signature_fields" in body
        if DESTRUCTIVE.search(tag) or signed:
            checked += 1
            assert "data-confirm=" in tag or "data-confirm=" in body, (name, tag.strip())
    assert checked >= 12  # the forms of this rule exist: a renamed action cannot empty it


@pytest.mark.browser
def test_a_question_on_the_button_is_asked_and_no_means_nothing_happens(
    page: Page, live_server: LiveServer
) -> None:
    with live_server.database.session_scope() as session:
        lot = make_batch_lot(session, maker=SEEDER, checker=SEEDER, qa=SEEDER,
                             settings=live_server.settings, bank_din=Din("A9991", "26", "009101"),
                             day0=utcnow(), until=None)
        lot_id = lot.id
    asked: list[str] = []

    def answer(dialog: Dialog, accept: bool) -> None:
        asked.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    sign_in(page, live_server, "qa")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    page.goto(live_server.url(f"/lots/{lot_id}"))
    page.get_by_text("Open a deviation by hand").click()
    page.locator("textarea[name=description]").fill("Incubator door found open")
    page.once("dialog", lambda dialog: answer(dialog, accept=False))
    page.get_by_role("button", name="Open deviation").click()
    expect(page.get_by_text("Open a deviation by hand")).to_be_visible()
    assert asked == ["Open a deviation? The lot goes on hold."]
    with live_server.database.session_scope() as session:
        assert session.exec(select(Deviation).where(Deviation.lot_id == lot_id)).all() == []

    page.once("dialog", lambda dialog: answer(dialog, accept=True))
    page.get_by_role("button", name="Open deviation").click()
    expect(page.locator(".flash-success")).to_be_visible()
    assert len(asked) == 2
    with live_server.database.session_scope() as session:
        opened = session.exec(select(Deviation).where(Deviation.lot_id == lot_id)).one()
        deviation_id = opened.id

    # A signed action: closing the deviation with an e-signature asks first too.
    page.goto(live_server.url(f"/deviations/{deviation_id}"))
    page.locator("#f-investigation").fill("Door sensor failed; no temperature excursion")
    page.locator("#f-capa").fill("Sensor replaced")
    page.get_by_role("button", name="Save investigation").click()
    expect(page.locator(".flash-success")).to_be_visible()
    page.locator("input[name=username]").fill("qa")
    page.locator("input[name=password]").fill(CAST["qa"].password)
    page.once("dialog", lambda dialog: answer(dialog, accept=False))
    page.get_by_role("button", name="Sign and close").click()
    expect(page.get_by_role("button", name="Sign and close")).to_be_visible()
    assert asked[-1].startswith("Close DEV-") and asked[-1].endswith("electronic signature?")
    with live_server.database.session_scope() as session:
        assert session.get(Deviation, deviation_id).status == "open"  # type: ignore[union-attr]
