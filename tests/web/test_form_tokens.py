"""Every form a page renders carries the session's CSRF token, not an empty one (a macro
imported without context renders an empty token, and a browser then gets 'form expired')."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from cellchain.config import Settings
from cellchain.db import Database
from tests.conftest import login
from tests.factories import seed_identity_records

PAGES = {
    "tech": ["/", "/lots/plan", "/lots/1", "/bags/1/label", "/qc/samples/1/label", "/cbu/1/label"],
    "qa": ["/audit", "/lots/1"],
    "admin": ["/admin/users", "/admin/users/new", "/admin/users/1"],
    "clin": ["/subjects/1/label", "/account/password"],
}


@pytest.mark.parametrize("username", sorted(PAGES))
def test_each_forms_token_is_the_sessions_token(
    client: TestClient, web_database: Database, web_settings: Settings, username: str
) -> None:
    seed_identity_records(web_database, web_settings)
    session_token = login(client, username)
    for path in PAGES[username]:
        page = client.get(path)
        assert page.status_code == 200, path
        tokens = re.findall(r'name="csrf_token" value="([^"]*)"', page.text)
        assert tokens, f"{path} has no form"
        assert set(tokens) == {session_token}, path
