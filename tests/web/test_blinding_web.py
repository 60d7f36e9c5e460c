"""Blinded roles (clinician, monitor) see only what the one projection allows, with the same
answer whether or not a hidden record exists (DESIGN §4 rule 6)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import col, select

from cellchain.bags.models import Bag
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.lots.models import Lot
from tests.conftest import bearer_token, login
from tests.factories import seed_identity_records


@pytest.fixture
def seeded(web_database: Database, web_settings: Settings) -> dict[str, Any]:
    seed_identity_records(web_database, web_settings)
    with web_database.session_scope(write=False) as session:
        bags = session.exec(select(Bag).order_by(col(Bag.id))).all()
        dins = {lot.id: lot.din for lot in session.exec(select(Lot))}
        return {
            "kit": next(b for b in bags if b.kit_number and b.subject_id),
            "unallocated": next(b for b in bags if b.subject_id is None),
            "allocated_ids": {b.id for b in bags if b.subject_id},
            "dins": dins,
            "open_label_lot_ids": {b.lot_id for b in bags if b.subject_id and not b.kit_number},
        }


@pytest.mark.parametrize("username", ["clin", "monitor"])
def test_blinded_roles_list_only_allocated_bags_and_no_lot_identity_of_kits(
    client: TestClient, seeded: dict[str, Any], username: str
) -> None:
    token = bearer_token(client, username)
    listed = client.get("/api/v1/bags", headers={"Authorization": f"Bearer {token}"}).json()
    assert {b["id"] for b in listed} == seeded["allocated_ids"]
    kit = next(b for b in listed if b["id"] == seeded["kit"].id)
    assert kit["kit_number"] == seeded["kit"].kit_number
    assert kit["din"] is kit["barcode"] is kit["label_2d"] is kit["product_code"] is None
    kit_din = seeded["dins"][seeded["kit"].lot_id]
    assert all(b["din"] != kit_din and kit_din not in (b["barcode"] or "") for b in listed)


def test_the_kit_bag_page_names_the_kit_only_and_a_hidden_bag_reads_as_missing(
    client: TestClient, seeded: dict[str, Any]
) -> None:
    login(client, "clin")
    kit = seeded["kit"]
    page = client.get(f"/bags/{kit.id}")
    assert page.status_code == 200
    assert f"<title>Kit {kit.kit_number}" in page.text
    kit_din = seeded["dins"][kit.lot_id]
    assert kit_din not in page.text
    assert f"{kit_din[:5]} {kit_din[5:7]} {kit_din[7:]}" not in page.text  # eye-readable
    hidden = client.get(f"/bags/{seeded['unallocated'].id}")
    missing = client.get("/bags/999999")
    assert hidden.status_code == missing.status_code == 404
    hidden_id = seeded["unallocated"].id
    assert f"No bag with id {hidden_id}." in hidden.text
    assert hidden.text.replace(f"with id {hidden_id}.", "with id N.") == \
        missing.text.replace("with id 999999.", "with id N.")
    assert f'href="/bags/{hidden_id}"' not in client.get("/bags").text


def test_the_monitor_sees_every_sequence_but_a_neutral_line_for_hidden_records(
    client: TestClient, seeded: dict[str, Any]
) -> None:
    login(client, "monitor")
    trail = client.get("/audit").text
    table = trail[trail.index('<table class="audit">'):]
    assert "Restricted record" in table
    assert "Bag made" not in table and "Lot planned" not in table
    # (A COI identifier "CH" + FIN + year + number can share digits with a lot DIN.) An
    # allocated open-label bag is named by the DIN printed on it, as on its own page.
    hidden = [din for lot_id, din in seeded["dins"].items()
              if lot_id not in seeded["open_label_lot_ids"]]
    assert hidden and not any(re.search(f"(?<!CH){din}", trail) for din in hidden)
    assert "Subject registered" in client.get("/audit", params={"record": "RAK001"}).text
    existing = client.get("/audit", params={"record": hidden[0]}).text
    absent = client.get("/audit", params={"record": "A999026999999"}).text
    assert "No audit records match." in existing and "No audit records match." in absent
    login(client, "qa")
    assert "Lot planned" in client.get("/audit", params={"action": "lot.planned"}).text.split(
        '<table class="audit">')[1]
