"""The global scan box opens the record a scan names, and never a blinded user's forbidden one."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from cellchain.db import Database
from tests.conftest import login
from tests.factories import make_lot


@pytest.fixture
def lot_id(web_database: Database) -> int:
    with web_database.session_scope() as session:
        lot = make_lot(session, din="A999026000042")
        assert lot.id is not None
        return lot.id


@pytest.mark.parametrize("scanned", ["]C0=A99902600004200\r\n", "=A99902600004200",
                                     "A9990 26 000042", "a999026000042"])
def test_a_lot_scan_opens_the_lot(client: TestClient, lot_id: int, scanned: str) -> None:
    login(client, "tech")
    response = client.get("/scan", params={"code": scanned}, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/lots/{lot_id}"


def test_an_unknown_or_malformed_scan_explains_itself_without_an_error(
    client: TestClient, lot_id: int
) -> None:
    login(client, "tech")
    for scanned in ("=A99902600004271", "=%6200", "<script>", "x" * 200):
        page = client.get("/scan", params={"code": scanned})
        assert page.status_code == 200
        assert "No record you can open matches the scan" in page.text


def test_a_blinded_clinician_cannot_open_a_lot_by_scanning_it(
    client: TestClient, lot_id: int
) -> None:
    login(client, "clin")
    page = client.get("/scan", params={"code": "=A99902600004200"})
    assert "No record you can open matches" in page.text
    assert "A9990 26" not in page.text
