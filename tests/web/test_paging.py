"""The JSON lists answer a page at a time (cellchain.paging, issue 13): following the Link
header's rel="next" gives every item once, in id order, and a blinded reader's pages are the
same whether or not a hidden record exists (DESIGN §4 rule 6)."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from cellchain.bags.service import create_bags
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.paging import DEFAULT_LIMIT, MAX_LIMIT
from tests.conftest import bearer_token
from tests.factories import SEEDER, make_lot, seed_identity_records

NEXT = re.compile(r'^<(/api/v1/[^>]+)>; rel="next"$')


def pages(client: TestClient, first: str, token: str) -> list[tuple[list[dict[str, Any]], str]]:
    """Every page from ``first`` on, following rel="next": (items, Link header) each."""
    answered = []
    url: str | None = first
    while url is not None:
        response = client.get(url, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200, response.text
        link = response.headers.get("link", "")
        answered.append((response.json(), link))
        match = NEXT.match(link)
        assert match or link == "", link
        url = match.group(1) if match else None
        assert len(answered) < 50, "the pages never end"
    return answered


@pytest.mark.parametrize(("path", "username"), [
    ("/api/v1/bags", "coord"), ("/api/v1/bags?status=released", "qa"),
    ("/api/v1/lots", "qa"), ("/api/v1/subjects", "coord"), ("/api/v1/bags", "clin"),
])
def test_following_next_gives_every_item_once_in_id_order(
    client: TestClient, web_database: Database, web_settings: Settings, path: str,
    username: str,
) -> None:
    seed_identity_records(web_database, web_settings)
    token = bearer_token(client, username)
    (everything, link), = pages(client, path, token)
    assert link == "" and len(everything) >= 2

    paged = pages(client, path + ("&" if "?" in path else "?") + "limit=1", token)

    assert [len(items) for items, _ in paged] == [1] * len(everything)
    assert paged[-1][1] == ""
    assert [item for items, _ in paged for item in items] == everything
    ids = [item["id"] for item in everything]
    assert ids == sorted(set(ids))
    # The status filter is kept from page to page.
    assert all("status=released" in link for _, link in paged[:-1]) == ("status=" in path)


def test_a_blinded_readers_pages_are_the_same_whether_or_not_a_hidden_bag_exists(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    seed_identity_records(web_database, web_settings)
    token = bearer_token(client, "clin")
    before = pages(client, "/api/v1/bags?limit=1", token)

    with web_database.session_scope() as session:
        # An unallocated bag, hidden from blinded roles, with the highest id of all: it is
        # the one that a "more follow" test counting hidden rows would give away.
        lot = make_lot(session, din="A999026000777")
        create_bags(session, actor=SEEDER, lot=lot, count=2, pdc="S9999", collection_type="V",
                    expires_at=utcnow() + timedelta(days=1), now=utcnow())

    assert pages(client, "/api/v1/bags?limit=1", token) == before
    assert len(pages(client, "/api/v1/bags?limit=1", bearer_token(client, "coord"))) \
        > len(before)


@pytest.mark.parametrize(("query", "rule"), [
    ("limit=0", "limit: Input should be greater than or equal to 1"),
    (f"limit={MAX_LIMIT + 1}", f"limit: Input should be less than or equal to {MAX_LIMIT}"),
    ("after=-1", "after: Input should be greater than or equal to 0"),
    ("after=x", "after: Input should be a valid integer"),
    ("after=2147483648", "after: Input should be less than or equal to 2147483647"),
])
def test_a_bad_page_gets_422_naming_the_field_and_the_rule(
    client: TestClient, query: str, rule: str
) -> None:
    response = client.get(f"/api/v1/lots?{query}",
                          headers={"Authorization": f"Bearer {bearer_token(client, 'qa')}"})

    assert response.status_code == 422
    assert rule in response.text


@pytest.mark.parametrize("path", ["/api/v1/bags", "/api/v1/lots", "/api/v1/subjects"])
def test_the_api_document_gives_each_list_its_page_bounds(client: TestClient, path: str) -> None:
    # Clients learn the default and the ceiling from /openapi.json (DESIGN §6).
    document = client.get("/openapi.json", headers={
        "Authorization": f"Bearer {bearer_token(client, 'qa')}"}).json()
    parameters = {p["name"]: p for p in document["paths"][path]["get"]["parameters"]}

    assert parameters["limit"]["schema"]["default"] == DEFAULT_LIMIT
    assert parameters["limit"]["schema"]["maximum"] == MAX_LIMIT
    assert parameters["after"]["schema"]["minimum"] == 0
