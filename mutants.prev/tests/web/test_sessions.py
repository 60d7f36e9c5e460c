"""Server-side sessions end when they should, and forged or replayed credentials are refused.

ASVS 3.3/3.4/3.5/7.x; 21 CFR 11.10(d) (limited access) and 11.200(a)(1) (the continuous period
of controlled access ends with the session).
"""

from __future__ import annotations

import copy
from datetime import timedelta
from http.cookiejar import Cookie

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import func, select
from time_machine import TimeMachineFixture

from cellchain.audit.models import AuditEvent
from cellchain.auth.models import AuthSession, User
from cellchain.clock import utcnow
from cellchain.db import Database
from tests.conftest import bearer_token, csrf_from, login
from tests.factories import CAST

SESSION_COOKIE = "__Host-cellchain"
BASE_URL = "https://testserver"


def session_cookie(client: TestClient) -> Cookie:
    matches = [c for c in client.cookies.jar if c.name == SESSION_COOKIE]
    assert len(matches) == 1, "client holds no session cookie"
    return matches[0]


def user_id(database: Database, username: str) -> int:
    with database.session_scope(write=False) as session:
        user = session.exec(select(User).where(User.username == username)).one()
        assert user.id is not None
        return user.id


def is_sent_to_login(client: TestClient, path: str = "/") -> bool:
    response = client.get(path, follow_redirects=False)
    return response.status_code == 303 and response.headers["location"].startswith("/login")


def login_page_after_refusal(client: TestClient) -> str:
    """Follows the redirect a refused page gives and returns the login page it lands on."""
    response = client.get("/")
    assert response.url.path == "/login"
    return response.text




def test_a_session_cookie_replayed_after_sign_out_is_refused(client: TestClient) -> None:
    csrf = login(client, "tech")
    saved = session_cookie(client)

    signed_out = client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False)
    assert signed_out.status_code == 303
    assert is_sent_to_login(client)

    client.cookies.jar.set_cookie(saved)
    assert client.cookies.get(SESSION_COOKIE) == saved.value
    assert is_sent_to_login(client)
    assert "You have signed out" in login_page_after_refusal(client)


def test_an_api_token_is_not_accepted_as_a_session_cookie(client: TestClient) -> None:
    login(client, "tech")
    web_cookie = session_cookie(client)
    forged = copy.copy(web_cookie)
    forged.value = bearer_token(client, "tech")

    client.cookies.jar.set_cookie(forged)
    assert is_sent_to_login(client)
    # Putting the real session cookie back works, so the refusal was about the token's kind.
    client.cookies.jar.set_cookie(web_cookie)
    assert client.get("/", follow_redirects=False).status_code == 200


def test_a_session_cookie_is_not_accepted_as_an_api_token(app: FastAPI, client: TestClient) -> None:
    login(client, "tech")
    cookie_value = session_cookie(client).value
    assert client.get("/").status_code == 200

    with TestClient(app, base_url=BASE_URL) as other:
        response = other.get("/api/v1/me", headers={"Authorization": f"Bearer {cookie_value}"})
    assert response.status_code == 401
    assert "detail" in response.json()


def test_a_session_ends_after_fifteen_idle_minutes(
    client: TestClient, time_machine: TimeMachineFixture
) -> None:
    time_machine.move_to(utcnow())
    login(client, "qc")

    time_machine.shift(timedelta(minutes=14))
    assert client.get("/", follow_redirects=False).status_code == 200
    # Activity restarts the idle clock: 28 minutes after sign-in, 14 after the last request.
    time_machine.shift(timedelta(minutes=14))
    assert client.get("/", follow_redirects=False).status_code == 200

    time_machine.shift(timedelta(minutes=15, seconds=1))
    assert is_sent_to_login(client)
    assert "after a period without activity" in login_page_after_refusal(client)


def test_an_active_session_still_ends_at_its_absolute_limit(
    client: TestClient, time_machine: TimeMachineFixture, web_database: Database
) -> None:
    time_machine.move_to(utcnow())
    login(client, "qc")
    step = timedelta(minutes=14)
    elapsed = timedelta()
    while elapsed + step < timedelta(hours=12):
        time_machine.shift(step)
        elapsed += step
        assert client.get("/", follow_redirects=False).status_code == 200, elapsed

    time_machine.shift(timedelta(hours=12) - elapsed + timedelta(seconds=1))
    assert is_sent_to_login(client)
    assert "reached its maximum length" in login_page_after_refusal(client)


def test_deactivating_a_user_ends_their_live_session(
    app: FastAPI, client: TestClient, web_database: Database
) -> None:
    admin_csrf = login(client, "admin")
    with TestClient(app, base_url=BASE_URL) as tech:
        login(tech, "tech")
        assert tech.get("/", follow_redirects=False).status_code == 200

        response = client.post(
            f"/admin/users/{user_id(web_database, 'tech')}/deactivate",
            data={"csrf_token": admin_csrf, "reason": "Left the company"},
            follow_redirects=False,
        )
        assert response.status_code == 303

        assert is_sent_to_login(tech)
        assert "Your account has been deactivated" in login_page_after_refusal(tech)


@pytest.mark.parametrize("token", [None, "not-the-session-token"], ids=["missing", "wrong"])
def test_sign_out_without_the_csrf_token_is_refused_and_the_session_survives(
    client: TestClient, token: str | None
) -> None:
    login(client, "tech")
    data = {"csrf_token": token} if token else {}

    response = client.post("/logout", data=data, follow_redirects=False)

    assert response.status_code == 403
    assert "did not come from cellchain" in response.text
    assert client.get("/", follow_redirects=False).status_code == 200


@pytest.mark.parametrize("token", [None, "not-the-session-token"], ids=["missing", "wrong"])
def test_creating_a_user_without_the_csrf_token_is_refused_and_creates_nobody(
    client: TestClient, web_database: Database, token: str | None
) -> None:
    real_token = login(client, "admin")
    form = {"username": "forged", "printed_name": "Forged User",
            "password": "long-enough-password", "roles": "qc"}
    if token:
        form["csrf_token"] = token

    response = client.post("/admin/users", data=form, follow_redirects=False)

    assert response.status_code == 403
    with web_database.session_scope(write=False) as session:
        assert session.exec(select(User).where(User.username == "forged")).first() is None
    # The same form with the session's token in the header is accepted.
    accepted = client.post("/admin/users", data={**form, "csrf_token": ""},
                           headers={"X-CSRF-Token": real_token}, follow_redirects=False)
    assert accepted.status_code == 303


def _login_attempt(client: TestClient, *, csrf_token: str | None) -> int:
    data = {"username": "tech", "password": CAST["tech"].password, "next": "/"}
    if csrf_token is not None:
        data["csrf_token"] = csrf_token
    return client.post("/login", data=data, follow_redirects=False).status_code


def test_the_login_form_without_its_csrf_token_is_refused(client: TestClient) -> None:
    page = client.get("/login")
    assert _login_attempt(client, csrf_token=None) == 403
    assert _login_attempt(client, csrf_token="guessed") == 403
    assert SESSION_COOKIE not in client.cookies
    assert _login_attempt(client, csrf_token=csrf_from(page.text)) == 303


def test_the_login_form_without_its_csrf_cookie_is_refused(client: TestClient) -> None:
    token = csrf_from(client.get("/login").text)
    client.cookies.clear()

    assert _login_attempt(client, csrf_token=token) == 403
    assert SESSION_COOKIE not in client.cookies


def test_the_session_cookie_is_host_only_http_only_secure_and_same_site_strict(
    client: TestClient,
) -> None:
    page = client.get("/login")
    response = client.post(
        "/login",
        data={"username": "tech", "password": CAST["tech"].password,
              "csrf_token": csrf_from(page.text), "next": "/"},
        follow_redirects=False,
    )
    set_cookie = next(h for h in response.headers.get_list("set-cookie")
                      if h.startswith(f"{SESSION_COOKIE}="))
    attributes = {part.strip().split("=")[0].lower(): part.strip()
                  for part in set_cookie.split(";")[1:]}

    assert "httponly" in attributes
    assert "secure" in attributes
    assert attributes["samesite"].lower() == "samesite=strict"
    assert attributes["path"] == "Path=/"
    assert "domain" not in attributes  # "__Host-" cookies must not name a domain


@pytest.mark.parametrize("path", ["/login", "/", "/no-such-page"])
def test_pages_carry_the_security_headers(client: TestClient, path: str) -> None:
    login(client, "qa")
    response = client.get(path)
    csp = response.headers["content-security-policy"]

    assert "object-src 'none'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["strict-transport-security"].startswith("max-age=")


def test_a_scan_lookup_posted_within_the_minute_writes_nothing(
    client: TestClient, web_database: Database
) -> None:
    """A read never writes: posting a scan does not touch the session (at most once a
    minute) nor append anything to the audit trail."""
    csrf = login(client, "tech")

    def state() -> tuple[list[object], int]:
        with web_database.session_scope(write=False) as session:
            seen = [r.last_seen_at for r in session.exec(select(AuthSession))]
            return seen, session.exec(select(func.count()).select_from(AuditEvent)).one()

    before = state()
    for code in ("=A99902600099900", "M999999"):
        response = client.post("/scan", data={"code": code, "csrf_token": csrf},
                               follow_redirects=False)
        assert response.status_code == 303
    assert state() == before
