"""Issue 12's "done when", driven through Debian chromium on the data ``cellchain demo``
makes: a clinician screens a new subject (a failure explained, corrected, then eligible) and
enrols them into the randomised stage, landing on the wristband; the coordinator sees the arm
the list gave them and allocates the spare placebo kit by scanning; clinicians and monitors
see the cohort board, and only the clinician may record the committee's decision."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlmodel import col, select

from cellchain.bags.models import Bag
from cellchain.clock import utcnow
from cellchain.db import Database
from cellchain.demo import DEMO_USERS, seed
from cellchain.labels.data import LabelKind
from cellchain.labels.service import label_data_for
from cellchain.lots.models import Lot
from cellchain.migrate import upgrade
from cellchain.trial.models import Subject
from cellchain.trial.screening_form import FACTS, form_from_input
from tests.conftest import _settings
from tests.support.screening import eligible_input
from tests.web.browser_support import LiveServer, serving, sign_in

pytestmark = pytest.mark.browser
BORN = date(1964, 2, 29)
PASSWORDS = {user.username: user.password for user in DEMO_USERS}


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The demo's database (``cellchain demo`` seeds it the same way), served on loopback."""
    data_dir: Path = tmp_path_factory.mktemp("demo-browser")
    settings = _settings(f"sqlite:///{data_dir / 'demo.db'}", data_dir)
    database = Database(settings.resolved_database_url)
    upgrade(database)
    seed(database, settings)
    database.dispose()
    with serving(settings) as server:
        yield server


def _sign_in(page: Page, server: LiveServer, username: str) -> None:
    sign_in(page, server, username, PASSWORDS[username])
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")


def _fill_screening(page: Page, values: dict[str, str]) -> None:
    for field in FACTS:
        control = page.locator(f"#f-{field.name}")
        if field.kind in ("date", "number"):
            control.fill(values[field.name])
        else:
            control.select_option(values[field.name])
    for name, value in values.items():
        if name.endswith(("_value", "_date")) and name not in {f.name for f in FACTS}:
            page.locator(f"#f-{name}").fill(value)


def test_a_clinician_screens_and_enrols_a_subject_into_the_randomised_stage(
    page: Page, live_server: LiveServer
) -> None:
    _sign_in(page, live_server, "clinician")
    page.get_by_role("link", name="Subjects", exact=True).click()
    page.get_by_role("button", name="Register a subject for screening").click()
    expect(page.locator("#f-date_of_birth")).to_be_focused()
    page.locator("#f-date_of_birth").fill(BORN.isoformat())
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"Screening · SCR"))
    expect(page.get_by_text("No evaluation yet")).to_be_visible()

    today = utcnow().astimezone(live_server.settings.zone).date()
    values = form_from_input(eligible_input(BORN, today))
    _fill_screening(page, {**values, "anc_10e9_l_value": "0.9"})
    page.get_by_role("button", name="Evaluate eligibility").click()
    expect(page.locator(".verdict")).to_contain_text("NOT ELIGIBLE")
    expect(page.locator("ul.failed-criteria")).to_contain_text(
        "is below the minimum of 1.0 ×10⁹/L: fails")
    # The form comes back as evaluated: correct the one value and evaluate again.
    expect(page.locator("#f-anc_10e9_l_value")).to_have_value("0.9")
    page.locator("#f-anc_10e9_l_value").fill("2.9")
    page.get_by_role("button", name="Evaluate eligibility").click()
    expect(page.locator(".verdict")).to_contain_text("ELIGIBLE")
    expect(page.locator("table.criteria tr.failed")).to_have_count(0)

    page.locator("#f-trial_stage").select_option("randomised")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Enrol subject").click()
    expect(page).to_have_url(re.compile(r"/subjects/\d+/label$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Subject label")
    expect(page.locator("#flash")).to_contain_text(
        "Subject enrolled as RAK007 (randomised comparison, dose level DL2). "
        "Print the wristband now.")
    page.screenshot(path=str(Path(live_server.settings.data_dir) / "enrolled.png"))
    # The clinician is blinded: the subject page shows no arm.
    page.goto(live_server.url(page.url.removeprefix(live_server.base_url)
                              .removesuffix("/label")))
    expect(page.locator("table.record")).to_contain_text("hidden (blinded)")


def test_the_coordinator_sees_the_arm_and_allocates_the_spare_placebo_kit(
    page: Page, live_server: LiveServer
) -> None:
    settings = live_server.settings
    with live_server.database.session_scope(write=False) as session:
        subject = session.exec(select(Subject).where(Subject.subject_number == "RAK007")).one()
        kit = session.exec(select(Bag).join(Lot, col(Lot.id) == col(Bag.lot_id)).where(
            Lot.lot_type == "placebo", col(Bag.subject_id).is_(None))).one()
        kit_scan = label_data_for(session, LabelKind.BAG, kit.id or 0, settings).label_2d
        wristband = label_data_for(session, LabelKind.WRISTBAND, subject.id or 0,
                                   settings).label_2d
    _sign_in(page, live_server, "coordinator")
    page.get_by_role("link", name="Randomisation").click()
    row = page.locator("tr", has_text="RAK007")
    expect(row).to_contain_text("CONTROL")

    page.get_by_role("link", name="Allocation").click()
    expect(page.locator("#f-bag")).to_be_focused()
    page.keyboard.type(kit_scan)
    page.keyboard.press("Enter")
    expect(page.locator("#f-wristband")).to_be_focused()
    page.keyboard.type(wristband)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm the allocation")
    page.get_by_role("button", name="Allocate and print the label").click()
    expect(page.locator("#flash")).to_contain_text("is allocated to subject RAK007")
    with live_server.database.session_scope(write=False) as session:
        allocated = session.get(Bag, kit.id)
        assert allocated is not None and allocated.subject_id == subject.id


def test_the_cohort_board_shows_both_levels_and_only_clinicians_record_decisions(
    page: Page, live_server: LiveServer
) -> None:
    _sign_in(page, live_server, "monitor")
    page.get_by_role("link", name="Cohort board").click()
    expect(page.get_by_text("Open cohort: cohort 2 at DL2")).to_be_visible()
    expect(page.locator("body")).to_contain_text("Cytokine release syndrome grade 3")
    expect(page.get_by_role("button", name="Sign and record the decision")).to_have_count(0)
    page.context.clear_cookies()
    _sign_in(page, live_server, "clinician")
    page.get_by_role("link", name="Cohort board").click()
    expect(page.get_by_role("button", name="Sign and record the decision")).to_be_visible()
    page.screenshot(path=str(Path(live_server.settings.data_dir) / "board.png"),
                    full_page=True)
