"""Five wrong passwords lock an account; every attempt is recorded and QA is told.

21 CFR 11.300(d): attempts at unauthorised use are detected, recorded and reported; ASVS 6.3.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient
from httpx import Response
from sqlmodel import select
from time_machine import TimeMachineFixture

from cellchain.auth.models import User
from cellchain.clock import utcnow
from cellchain.db import Database
from tests.conftest import csrf_from, login
from tests.factories import CAST, audit_events

GENERIC = ("Username or password is incorrect, or the account is locked or deactivated. After "
           "5 failed attempts an account is locked for 15 minutes; an administrator can unlock "
           "it sooner.")
BASE_URL = "https://testserver"


def submit_login(client: TestClient, username: str, password: str) -> Response:
    page = client.get("/login")
    return client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": csrf_from(page.text),
              "next": "/"},
        follow_redirects=False,
    )


def login_error(response: Response) -> str:
    match = re.search(r'<p class="flash flash-error" role="alert">(.*?)</p>', response.text)
    assert match, "the login page shows no error"
    return match.group(1)


def fail_logins(client: TestClient, username: str, times: int) -> list[Response]:
    return [submit_login(client, username, "wrong-password-123") for _ in range(times)]


def token_attempt(client: TestClient, username: str, password: str) -> Response:
    return client.post("/api/v1/auth/token", data={"username": username, "password": password})


def user_row(database: Database, username: str) -> User:
    with database.session_scope(write=False) as session:
        return session.exec(select(User).where(User.username == username)).one()




def test_five_wrong_passwords_lock_the_account_with_the_one_answer_every_refusal_gets(
    client: TestClient,
) -> None:
    responses = fail_logins(client, "tech", 5)
    right_password = submit_login(client, "tech", CAST["tech"].password)

    assert [r.status_code for r in responses] == [401] * 5
    assert right_password.status_code == 401
    assert {login_error(r) for r in [*responses, right_password]} == {GENERIC}


def test_four_wrong_passwords_do_not_lock_and_a_success_resets_the_count(
    client: TestClient,
) -> None:
    fail_logins(client, "tech", 4)
    assert submit_login(client, "tech", CAST["tech"].password).status_code == 303
    client.cookies.clear()

    responses = fail_logins(client, "tech", 4)

    assert [login_error(r) for r in responses] == [GENERIC] * 4
    assert submit_login(client, "tech", CAST["tech"].password).status_code == 303


def test_a_locked_account_refuses_the_right_password_until_the_lock_time_passes(
    client: TestClient, time_machine: TimeMachineFixture
) -> None:
    time_machine.move_to(utcnow())
    fail_logins(client, "tech", 5)

    refused = submit_login(client, "tech", CAST["tech"].password)
    assert refused.status_code == 401
    assert login_error(refused) == GENERIC
    assert "__Host-cellchain" not in client.cookies

    time_machine.shift(timedelta(minutes=14))
    assert submit_login(client, "tech", CAST["tech"].password).status_code == 401

    time_machine.shift(timedelta(minutes=1, seconds=1))
    assert submit_login(client, "tech", CAST["tech"].password).status_code == 303


def test_after_a_lock_expires_one_wrong_password_does_not_lock_again(
    client: TestClient, time_machine: TimeMachineFixture
) -> None:
    time_machine.move_to(utcnow())
    fail_logins(client, "tech", 5)
    time_machine.shift(timedelta(minutes=15, seconds=1))
    one_typo = submit_login(client, "tech", "not-the-password")
    assert one_typo.status_code == 401
    assert submit_login(client, "tech", CAST["tech"].password).status_code == 303


def test_an_administrator_can_unlock_a_locked_account_at_once(
    app: FastAPI, client: TestClient, web_database: Database
) -> None:
    fail_logins(client, "tech", 5)
    tech_id = user_row(web_database, "tech").id

    with TestClient(app, base_url=BASE_URL) as admin:
        csrf = login(admin, "admin")
        unlocked = admin.post(f"/admin/users/{tech_id}/unlock",
                              data={"csrf_token": csrf, "reason": "Identity confirmed by phone"},
                              follow_redirects=False)
    assert unlocked.status_code == 303

    assert submit_login(client, "tech", CAST["tech"].password).status_code == 303


def test_every_failed_sign_in_writes_an_audit_record(
    client: TestClient, web_database: Database
) -> None:
    fail_logins(client, "tech", 5)
    submit_login(client, "tech", CAST["tech"].password)  # refused: locked
    submit_login(client, "nobody-here", "whatever-password")
    tech = user_row(web_database, "tech")

    failures = audit_events(web_database, "auth.login_failed", tech.id)
    reasons = [json.loads(e.data)["reason"] for e in failures]
    assert reasons == ["wrong password"] * 5 + ["account locked"]
    assert [json.loads(e.data)["consecutive_failures"] for e in failures[:5]] == [1, 2, 3, 4, 5]
    assert len(audit_events(web_database, "user.locked", tech.id)) == 1
    unknown = audit_events(web_database, "auth.login_failed", "nobody-here")
    assert [json.loads(e.data)["reason"] for e in unknown] == ["unknown username"]


def test_a_lockout_raises_a_notification_on_the_qa_and_admin_dashboards_only(
    client: TestClient,
) -> None:
    fail_logins(client, "tech", 5)
    notice = "Account &#39;tech&#39; (Tess Tech) was locked after 5 failed login attempts."

    for username, sees_it in (("qa", True), ("admin", True), ("qc", False), ("clin", False)):
        client.cookies.clear()
        login(client, username)
        assert (notice in client.get("/").text) is sees_it, username


def test_an_unknown_username_gets_the_same_answers_as_a_real_one_even_past_the_lockout(
    client: TestClient,
) -> None:
    unknown = fail_logins(client, "no-such-user", 6)
    known = fail_logins(client, "tech", 6)

    assert [r.status_code for r in unknown] == [r.status_code for r in known] == [401] * 6
    assert [login_error(r) for r in unknown] == [login_error(r) for r in known] == [GENERIC] * 6


def test_the_token_endpoint_answers_wrong_credentials_with_401_json(client: TestClient) -> None:
    response = token_attempt(client, "tech", "wrong-password-123")

    assert response.status_code == 401
    assert response.json() == {"detail": GENERIC}
    assert response.headers["www-authenticate"] == "Bearer"
    assert token_attempt(client, "no-such-user", "x").json() == {"detail": GENERIC}


def test_token_endpoint_failures_count_toward_the_same_lockout(client: TestClient) -> None:
    fail_logins(client, "tech", 3)
    api_failures = [token_attempt(client, "tech", "wrong-password-123") for _ in range(2)]

    assert api_failures[1].json()["detail"] == GENERIC
    refused = submit_login(client, "tech", CAST["tech"].password)
    assert refused.status_code == 401
    assert login_error(refused) == GENERIC
    refused_token = token_attempt(client, "tech", CAST["tech"].password)
    assert refused_token.status_code == 401
    assert refused_token.json() == {"detail": GENERIC}


def test_a_sign_in_csrf_cookie_the_server_did_not_sign_is_refused(client: TestClient) -> None:
    """An attacker who can plant a cookie chooses cookie and form field alike; the cookie
    must carry the server's signature, so the planted pair is refused (ASVS 3.5.1)."""
    client.cookies.set("cellchain_login_csrf", "chosen-by-attacker", path="/login")
    planted = client.post("/login", data={"username": "tech", "password": CAST["tech"].password,
                                          "csrf_token": "chosen-by-attacker", "next": "/"},
                          follow_redirects=False)
    assert planted.status_code == 403
    assert "The sign-in form has expired" in planted.text
    client.cookies.clear()
    page = client.get("/login")
    token = csrf_from(page.text)
    assert page.cookies["cellchain_login_csrf"].startswith(f"{token}.")
    assert submit_login(client, "tech", CAST["tech"].password).status_code == 303
