"""Allocation driven through Debian chromium (see browser_support): a coordinator scans a bag
and a wristband with a keyboard-wedge scanner, confirms, lands on the bag's label and reprints
it; the reprinted label's symbols carry the subject's chain of identity. Deallocation asks
before it takes a bag back."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Dialog, Page, expect
from sqlmodel import col, select

from cellchain.bags.models import Bag
from cellchain.clock import utcnow
from cellchain.isbt128.coi import CoiIdentifier
from cellchain.labels import service as labels
from cellchain.labels.data import BagLabel, LabelKind
from cellchain.trial.models import Subject
from cellchain.trial.service import current_coi
from tests.factories import SEEDER, seed_identity_records
from tests.support.decode import decode_png
from tests.web.browser_support import LiveServer, sign_in

pytestmark = pytest.mark.browser


def _seeded(live_server: LiveServer) -> None:
    """The demo's identity records (once per module: seeding skips when lots exist)."""
    seed_identity_records(live_server.database, live_server.settings)


def _subject(live_server: LiveServer, number: str) -> Subject:
    with live_server.database.session_scope(write=False) as session:
        subject = session.exec(select(Subject).where(Subject.subject_number == number)).one()
        session.expunge(subject)
        return subject


def test_a_coordinator_scans_a_bag_and_a_wristband_allocates_and_reprints_the_label(
    page: Page, live_server: LiveServer
) -> None:
    _seeded(live_server)
    settings = live_server.settings
    rak004 = _subject(live_server, "RAK004")
    with live_server.database.session_scope() as session:
        # The blinded lot's kit bag nobody holds (the other test frees an open-label bag).
        bag = session.exec(select(Bag).where(col(Bag.subject_id).is_(None),
                                             col(Bag.kit_number).is_not(None))).one()
        bag_id = bag.id or 0
        before = labels.label_data_for(session, LabelKind.BAG, bag_id, settings)
        wristband = labels.label_data_for(session, LabelKind.WRISTBAND, rak004.id or 0,
                                          settings).label_2d
        coi = current_coi(session, rak004.id or 0)
        assert coi is not None and isinstance(before, BagLabel)
        # Labelled at formulation, before it was anyone's: the label says NOT ALLOCATED.
        labels.record_print(session, actor=SEEDER, kind=LabelKind.BAG, record_id=bag_id,
                            target="svg", settings=settings, now=utcnow())
    assert coi.identifier not in before.label_2d

    sign_in(page, live_server, "coord")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    page.get_by_role("link", name="Allocation").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Allocate a bag to a subject")
    # A keyboard-wedge scanner types each read and ends it with Enter.
    expect(page.locator("#f-bag")).to_be_focused()
    page.keyboard.type(before.label_2d)
    page.keyboard.press("Enter")
    expect(page.locator("#f-wristband")).to_be_focused()
    page.keyboard.type(wristband)
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm the allocation")
    parsed = CoiIdentifier.parse(coi.identifier)
    expect(page.locator("table.record")).to_contain_text(
        f"{parsed.eye_readable} {parsed.check_character}")
    expect(page.locator("table.record")).to_contain_text("RAK004")
    confirm = page.get_by_role("button", name="Allocate and print the label")
    expect(confirm).to_be_focused()
    page.keyboard.press("Enter")

    expect(page).to_have_url(live_server.url(f"/bags/{bag_id}/label"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Bag label")
    expect(page.locator("#flash")).to_contain_text(
        f"is allocated to subject RAK004 (chain of identity {parsed.eye_readable} "
        f"{parsed.check_character}). Print its label again now")
    expect(page.locator(".outdated-label")).to_contain_text("The label on the bag is out of date")
    expect(page.locator("#f-reason")).to_have_value(re.compile(r"the record changed since print"))

    page.on("dialog", lambda dialog: dialog.accept())
    with page.expect_download() as download:
        page.get_by_label("Output").select_option("png")
        page.get_by_role("button", name="Reprint").click()
    printed = download.value.path().read_bytes()
    found = decode_png(printed)
    matrix = [text for kind, text in found if kind == "DataMatrix"]
    assert len(matrix) == 1 and coi.identifier in matrix[0]
    with live_server.database.session_scope(write=False) as session:
        after = labels.label_data_for(session, LabelKind.BAG, bag_id, settings)
        (reprint,) = [p for p in labels.prints_for(session, LabelKind.BAG, bag_id)
                      if p.is_reprint]
    assert isinstance(after, BagLabel) and matrix == [after.label_2d]
    assert after.coi == parsed.eye_readable
    assert reprint.reason is not None and reprint.reason.startswith(
        "the record changed since print")
    assert ("Code128", before.din.barcode) in found


def test_deallocating_asks_first_and_then_opens_the_label_to_void(
    page: Page, live_server: LiveServer
) -> None:
    _seeded(live_server)
    rak002 = _subject(live_server, "RAK002")
    with live_server.database.session_scope(write=False) as session:
        bag_id = session.exec(select(Bag.id).where(Bag.subject_id == rak002.id)).one()
    sign_in(page, live_server, "coord")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    page.goto(live_server.url(f"/bags/{bag_id}"))
    page.locator("#f-deallocation-reason").fill("cycle postponed")

    questions: list[str] = []

    def answer(dialog: Dialog, accept: bool) -> None:
        questions.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    page.once("dialog", lambda dialog: answer(dialog, False))
    page.get_by_role("button", name="Deallocate").click()
    expect(page).to_have_url(live_server.url(f"/bags/{bag_id}"))
    with live_server.database.session_scope(write=False) as session:
        assert session.get(Bag, bag_id).subject_id == rak002.id  # type: ignore[union-attr]

    page.once("dialog", lambda dialog: answer(dialog, True))
    page.get_by_role("button", name="Deallocate").click()
    expect(page).to_have_url(live_server.url(f"/bags/{bag_id}/label"))
    expect(page.locator("#flash")).to_contain_text("is no longer allocated to subject RAK002")
    assert questions and all("back from subject RAK002?" in q for q in questions)
    with live_server.database.session_scope(write=False) as session:
        assert session.get(Bag, bag_id).subject_id is None  # type: ignore[union-attr]
