"""Each role's work queues on the dashboard, in Debian chromium, against the demo's records (one
lot in every state, an open deviation, a unit awaiting decision, subjects): counts, links to
where the work is done, and no lot for a blinded role.

The live server, browser and page come from tests/web/browser_support.py (module-scoped, so
this module serves its own copy of the seeded database, with the demo records added once).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlmodel import col, select

from cellchain.audit.service import Actor
from cellchain.auth import service as auth_service
from cellchain.clock import utcnow
from cellchain.demo.batch import seed_every_state
from cellchain.demo.identity import seed_identity
from cellchain.deviations.models import Deviation
from cellchain.display import din_text
from cellchain.lots.models import Lot
from cellchain.trial.models import Subject
from tests.factories import SEEDER, releaser
from tests.web.browser_support import LiveServer, sign_in

pytestmark = pytest.mark.browser
# Set CELLCHAIN_SCREENSHOTS=DIR to keep a full-page screenshot of each dashboard to look at.
SHOTS = os.environ.get("CELLCHAIN_SCREENSHOTS")


@pytest.fixture(scope="module")
def demo(live_server: LiveServer) -> LiveServer:
    with live_server.database.session_scope() as session:
        people = []
        for username in ("tech", "qc", "qa"):
            user = auth_service.find_user(session, username)
            assert user is not None and user.id is not None
            people.append(Actor(user.id, user.printed_name))
        maker, checker, qa = people
        seed_identity(session, actor=SEEDER, settings=live_server.settings, now=utcnow(),
                      people=(maker, checker, qa),
                      releaser=releaser(session, live_server.settings))
        seed_every_state(session, people=(maker, checker, qa),
                         releaser=releaser(session, live_server.settings),
                         settings=live_server.settings, now=utcnow())
    return live_server


def queue(page: Page, title: str):  # type: ignore[no-untyped-def]
    return page.get_by_role("region", name=title)


def shot(page: Page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / f"dashboard-{name}.png"), full_page=True)


def test_qa_sees_each_queue_with_its_count_and_opens_the_deviation(
    page: Page, demo: LiveServer
) -> None:
    sign_in(page, demo, "qa")
    # The held lot and the lot held by an out-of-specification viability (cellchain.demo).
    for title, count in (("Open deviations", 2), ("Cord blood units awaiting decision", 1),
                         ("Material lots in quarantine", 1),
                         ("Entries awaiting second-person verification", 1),
                         ("Lots in QC awaiting release decision", 1), ("Lots on hold", 2)):
        expect(queue(page, f"{title} ({count})").get_by_role("heading")).to_have_text(
            f"{title} ({count})")
    shot(page, "qa")
    with demo.database.session_scope(write=False) as session:
        deviation = session.exec(select(Deviation).order_by(col(Deviation.id))).first()
        assert deviation is not None
    queue(page, "Open deviations (2)").get_by_role("link", name=deviation.number).click()
    expect(page).to_have_url(demo.url(f"/deviations/{deviation.id}"))


def test_qc_sees_the_lot_in_qc_and_its_samples_and_opens_a_sample(
    page: Page, demo: LiveServer
) -> None:
    sign_in(page, demo, "qc")
    with demo.database.session_scope(write=False) as session:
        in_qc = session.exec(select(Lot).where(Lot.status == "in_qc")).one()
    lots = queue(page, "Lots in QC awaiting release decision (1)")
    expect(lots.get_by_role("link")).to_have_text([f"Lot {din_text(in_qc.din)}"])
    # Every sample of the demo's undecided lots (the queue does not yet leave out samples whose
    # tests all have results; process v2 adds a final-product tube at formulation).
    samples = queue(page, "QC samples awaiting results (18)")
    expect(samples.get_by_role("link")).to_have_count(18)
    expect(page.get_by_text("Nothing is due")).to_have_count(0)
    shot(page, "qc")
    samples.get_by_role("link", name=f"Lot {din_text(in_qc.din)} sample 001").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"QC sample 001 of lot {din_text(in_qc.din)}")


def test_a_clinician_sees_the_subjects_and_no_lot(page: Page, demo: LiveServer) -> None:
    sign_in(page, demo, "clin")
    with demo.database.session_scope(write=False) as session:
        dins = list(session.exec(select(Lot.din)))
        first = session.exec(select(Subject).where(Subject.subject_number == "RAK001")).one()
    subjects = queue(page, "Subjects (5)")
    expect(subjects.get_by_role("link")).to_have_text([
        "Subject RAK001", "Subject RAK002", "Subject RAK003", "Subject RAK004",
        "Screening SCR005"])
    expect(page.get_by_text("once the trial is configured")).to_have_count(0)
    text = page.locator("body").inner_text()
    assert dins and not [din for din in dins if din in text]
    shot(page, "clinician")
    subjects.get_by_role("link", name="Subject RAK001").click()
    expect(page).to_have_url(demo.url(f"/subjects/{first.id}"))
