"""GET /api/v1/lots (DESIGN §6): each lot names the starting-material DINs it was made from."""

from __future__ import annotations

from fastapi.testclient import TestClient

from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo.identity import BANK_UNITS
from tests.conftest import bearer_token
from tests.factories import seed_identity_records


def test_lots_list_their_parent_cord_blood_dins(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    seed_identity_records(web_database, web_settings)
    headers = {"Authorization": f"Bearer {bearer_token(client, 'qa')}"}
    lots = client.get("/api/v1/lots", headers=headers).json()
    assert [lot["parent_dins"] for lot in lots] == [[din.text] for din in BANK_UNITS]
    released = client.get("/api/v1/lots", params={"status": "released"}, headers=headers).json()
    assert {lot["id"] for lot in released} == {lot["id"] for lot in lots}
    assert client.get("/api/v1/lots", params={"status": "planned"}, headers=headers).json() == []
