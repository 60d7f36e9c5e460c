"""The dashboard shows each role's work queues with counts and links, says what will appear in
an empty one, and never shows blinded roles a lot."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlmodel import col, select

from cellchain.bags.models import Bag
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.display import din_text
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.trial.models import Subject
from cellchain.worklists.queues import CAP
from tests.conftest import login
from tests.factories import make_lot, seed_identity_records
from tests.support import materials as material_factory


def heading(page: str, title: str) -> str:
    """The text of a queue's heading, tags removed: 'Open deviations (1)'."""
    match = re.search(rf"<h3[^>]*>({re.escape(title)}.*?)</h3>", page)
    assert match, f"no queue headed {title!r}"
    return re.sub(r"<[^>]+>", "", match.group(1))


@pytest.mark.parametrize("username", ["clin", "monitor"])
def test_blinded_roles_see_the_subjects_with_links_and_no_lot_identifier(
    client: TestClient, web_database: Database, web_settings: Settings, username: str
) -> None:
    seed_identity_records(web_database, web_settings)
    with web_database.session_scope(write=False) as session:
        dins = list(session.exec(select(Lot.din)))
        kits = [k for k in session.exec(select(Bag.kit_number)) if k]
        subjects = session.exec(select(Subject).order_by(col(Subject.id))).all()
    login(client, username)
    page = client.get("/").text
    assert "once the trial is configured" not in page
    assert heading(page, "Subjects") == f"Subjects ({len(subjects)})"
    for subject in subjects:
        assert f'href="/subjects/{subject.id}"' in page
    assert '<a href="/subjects/1">Subject RAK001</a>' in page
    assert "/lots" not in page and "Lots by status" not in page
    for din in dins:
        assert din not in page and f"{din[:5]} {din[5:7]} {din[7:]}" not in page
    assert not [kit for kit in kits if kit in page]


def test_the_qc_dashboard_lists_a_lot_in_qc_instead_of_saying_nothing_is_due(
    client: TestClient, web_database: Database
) -> None:
    with web_database.session_scope() as session:
        lot = make_lot(session, state=LotState.IN_QC)
    login(client, "qc")
    page = client.get("/").text
    assert "Nothing is due" not in page
    assert heading(page, "Lots in QC awaiting release decision") == (
        "Lots in QC awaiting release decision (1)")
    assert f'<a href="/lots/{lot.id}">Lot {din_text(lot.din)}</a>' in page
    assert heading(page, "QC samples awaiting results") == "QC samples awaiting results (0)"
    assert "A sample appears here when it is drawn from a lot that is not yet released" in page


def test_an_empty_qa_dashboard_says_what_will_appear_in_each_queue_and_why(
    client: TestClient,
) -> None:
    login(client, "qa")
    page = client.get("/").text
    for title in ("Open deviations", "Cord blood units awaiting decision",
                  "Material lots in quarantine", "Entries awaiting second-person verification",
                  "Lots in QC awaiting release decision", "Lots on hold"):
        assert heading(page, title) == f"{title} (0)"
    assert ("No deviations are open. A deviation appears here when a recorded value is outside "
            "its range or window") in page
    assert "No cord blood unit awaits a decision. A unit appears here when it is received" in page


def test_a_long_queue_shows_the_oldest_and_links_to_the_rest(
    client: TestClient, web_database: Database
) -> None:
    with web_database.session_scope() as session:
        for n in range(CAP + 3):
            material_factory.receive(session, supplier_lot=f"L{n:02d}")
    login(client, "qa")
    page = client.get("/").text
    assert heading(page, "Material lots in quarantine") == (
        f"Material lots in quarantine ({CAP + 3})")
    assert '<a href="/materials?status=quarantine">and 3 more</a>' in page

