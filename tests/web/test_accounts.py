"""Accounts: people change their own password; administrators change other people's roles and
reset their passwords. Each change proves who asked, is audited without any password, and ends
the sessions opened under the old password or roles (21 CFR 11.10(d)/(e), 11.300; ASVS 6, 7).
"""

from __future__ import annotations

import json
import re

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from httpx import Response
from sqlmodel import select

from cellchain.audit.models import AuditEvent
from cellchain.auth.models import User, UserRole
from cellchain.db import Database
from tests.conftest import csrf_from, login
from tests.factories import CAST, audit_events
from tests.web.test_admin_users import sign_in_status

BASE_URL = "https://testserver"
NEW = "my-own-choice-2026"
TEMPORARY = "handed-over-2026"


def account(database: Database, username: str) -> User:
    with database.session_scope(write=False) as session:
        return session.exec(select(User).where(User.username == username)).one()


def roles_held(database: Database, username: str) -> set[str]:
    user_id = account(database, username).id
    with database.session_scope(write=False) as session:
        return set(session.exec(select(UserRole.role).where(UserRole.user_id == user_id)))


def sent_to_login_saying(client: TestClient) -> str:
    """Follows a refused page to the login page and returns what it says."""
    response = client.get("/")
    assert response.url.path == "/login", response.url
    return response.text


def field_error(html: str, field: str) -> str:
    """Returns the text shown beside field (its aria-described error), or ''."""
    match = re.search(rf'<small id="e-{re.escape(field)}" class="field-error">([^<]*)</small>',
                      html)
    return match.group(1) if match else ""


def change_own(client: TestClient, csrf: str, current: str, new: str = NEW,
               confirm: str | None = None) -> Response:
    return client.post("/account/password", data={
        "csrf_token": csrf, "current_password": current, "new_password": new,
        "confirm_password": new if confirm is None else confirm}, follow_redirects=False)


def passwords_in(event: AuditEvent) -> str:
    return event.changes + event.data + (event.reason or "")


# --- changing one's own password ----------------------------------------------------------


def test_every_signed_in_user_finds_change_password_in_the_header(client: TestClient) -> None:
    for username in ("tech", "clin", "monitor", "admin"):
        client.cookies.clear()
        login(client, username)
        header = client.get("/").text.split("</header>")[0]
        assert '<a href="/account/password"' in header, username


def test_a_user_changes_their_password_stays_signed_in_and_their_other_sessions_end(
    app: FastAPI, client: TestClient, web_database: Database
) -> None:
    with TestClient(app, base_url=BASE_URL) as elsewhere:
        login(elsewhere, "tech")
        csrf = login(client, "tech")

        response = change_own(client, csrf, CAST["tech"].password)

        assert response.status_code == 303
        home = client.get("/")
        assert home.status_code == 200 and home.url.path == "/"
        assert "Your password has been changed. Other sessions of yours ended: 1." in home.text
        assert "Your password was changed, so this session ended" in \
            sent_to_login_saying(elsewhere)
    assert sign_in_status(app, "tech", CAST["tech"].password) == 401
    assert sign_in_status(app, "tech", NEW) == 303
    tech = account(web_database, "tech")
    [event] = audit_events(web_database, "user.password_changed", tech.id)
    assert (event.actor_id, event.actor_name) == (tech.id, CAST["tech"].printed_name)
    assert json.loads(event.data) == {"sessions_ended": 2}
    for secret in (NEW, CAST["tech"].password, tech.password_hash, "argon2"):
        assert secret not in passwords_in(event)


def test_a_wrong_current_password_is_refused_beside_it_counted_and_kept_as_evidence(
    app: FastAPI, client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "tech")

    response = change_own(client, csrf, "not-my-password-at-all")

    assert response.status_code == 422
    assert "<h1>Change password</h1>" in response.text
    assert field_error(response.text, "current_password") == "the current password is incorrect"
    assert NEW not in response.text and "not-my-password-at-all" not in response.text
    tech = account(web_database, "tech")
    assert tech.failed_logins == 1
    assert len(audit_events(web_database, "auth.password_change_failed", tech.id)) == 1
    assert audit_events(web_database, "user.password_changed", tech.id) == []
    assert sign_in_status(app, "tech", CAST["tech"].password) == 303


@pytest.mark.parametrize(("new", "confirm", "field", "says"), [
    (CAST["tech"].password, None, "new_password",
     "the new password must differ from the current one"),
    ("short-one", None, "new_password", "password must be at least 12 characters"),
    ("tech-and-more-2026", None, "new_password", "password must not contain the username"),
    ("password1234", None, "new_password", "password is on the list of commonly used"),
    (NEW, NEW + "x", "confirm_password",
     "the two new passwords differ; type the same new password twice"),
], ids=["reuse", "short", "username", "common", "mistyped"])
def test_a_new_password_the_policy_refuses_is_named_beside_its_field_and_changes_nothing(
    app: FastAPI, client: TestClient, web_database: Database, new: str, confirm: str | None,
    field: str, says: str,
) -> None:
    csrf = login(client, "tech")
    before = account(web_database, "tech").password_hash

    response = change_own(client, csrf, CAST["tech"].password, new, confirm)

    assert response.status_code == 422
    assert says in field_error(response.text, field)
    assert field_error(response.text, "current_password") == ""
    assert account(web_database, "tech").password_hash == before
    assert audit_events(web_database, "user.password_changed",
                        account(web_database, "tech").id) == []


# --- administrators: roles -------------------------------------------------------------------


def change_roles(client: TestClient, csrf: str, user_id: int | None, roles: list[str],
                 reason: str, **extra: object) -> Response:
    return client.post(f"/admin/users/{user_id}/roles", data={
        "csrf_token": csrf, "roles": roles, "reason": reason, **extra},
        follow_redirects=False)


def test_an_admin_changes_roles_with_a_reason_audited_old_and_new_and_their_sessions_end(
    app: FastAPI, client: TestClient, web_database: Database
) -> None:
    with TestClient(app, base_url=BASE_URL) as qc:
        login(qc, "qc")
        csrf = login(client, "admin")
        qc_id = account(web_database, "qc").id
        page = client.get(f"/admin/users/{qc_id}").text
        assert 'data-confirm="Change the roles of qc?' in page

        response = change_roles(client, csrf, qc_id, ["qc", "technician"], "Cross-trained")

        assert response.status_code == 303
        assert "An administrator changed your roles" in sent_to_login_saying(qc)
    assert roles_held(web_database, "qc") == {"qc", "technician"}
    [event] = audit_events(web_database, "user.roles_changed", qc_id)
    admin = account(web_database, "admin")
    assert (event.actor_id, event.reason) == (admin.id, "Cross-trained")
    assert json.loads(event.changes) == [
        {"field": "roles", "old": ["qc"], "new": ["qc", "technician"]}]
    assert json.loads(event.data) == {"sessions_ended": 1}


@pytest.mark.parametrize(("roles", "reason", "field", "says"), [
    (["monitor", "admin", "qa"], "Needs review", "roles",
     "an administrator cannot also hold qa"),
    ([], "Role retired", "roles", "at least one role is required"),
    (["monitor", "admin"], "No change", "roles", "already the roles of this account"),
    (["monitor"], "  ", "roles-reason", "reason is required"),
], ids=["segregation", "none", "unchanged", "no-reason"])
def test_a_refused_role_change_comes_back_as_ticked_with_the_problem_beside_its_field(
    client: TestClient, web_database: Database, roles: list[str], reason: str, field: str,
    says: str,
) -> None:
    csrf = login(client, "admin")
    target = account(web_database, "monadmin")

    response = change_roles(client, csrf, target.id, roles, reason)

    assert response.status_code == 422
    assert says in field_error(response.text, field)
    ticked = set(re.findall(r'name="roles" value="([a-z]+)" checked', response.text))
    assert ticked == set(roles)
    assert f'value="{reason}"' in response.text
    assert roles_held(web_database, "monadmin") == {"monitor", "admin"}
    assert audit_events(web_database, "user.roles_changed", target.id) == []


def test_a_role_change_sent_from_a_stale_page_is_refused_naming_who_changed_it_first(
    client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "admin")
    qc = account(web_database, "qc")
    shown = qc.version
    assert change_roles(client, csrf, qc.id, ["qc", "qa"], "Promoted",
                        version=shown).status_code == 303

    # The same page, still open, now removes qc: applied, it would silently drop the qa role.
    stale = change_roles(client, csrf, qc.id, ["technician"], "Moved", version=shown)

    assert stale.status_code == 409
    assert "was changed by Adam Novak (user ID admin)" in stale.text
    assert roles_held(web_database, "qc") == {"qc", "qa"}


def test_an_admin_cannot_change_their_own_roles_or_reset_their_own_password(
    client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "admin")
    admin = account(web_database, "admin")
    page = client.get(f"/admin/users/{admin.id}").text
    assert f'action="/admin/users/{admin.id}/roles"' not in page
    assert f'action="/admin/users/{admin.id}/password"' not in page
    assert 'href="/account/password"' in page.split("</header>")[1]

    roles = change_roles(client, csrf, admin.id, ["admin", "monitor"], "More access")
    reset = client.post(f"/admin/users/{admin.id}/password", data={
        "csrf_token": csrf, "temporary_password": TEMPORARY, "reason": "Forgot"})

    assert (roles.status_code, reset.status_code) == (409, 409)
    assert "You cannot change your own roles" in roles.text
    assert "You cannot reset your own password here" in reset.text
    assert roles_held(web_database, "admin") == {"admin"}
    assert account(web_database, "admin").password_hash == admin.password_hash


# --- administrators: password reset ----------------------------------------------------------


def test_a_reset_password_is_temporary_ends_the_sessions_and_must_be_replaced_at_sign_in(
    app: FastAPI, client: TestClient, web_database: Database
) -> None:
    tech_id = account(web_database, "tech").id
    with TestClient(app, base_url=BASE_URL) as tech:
        login(tech, "tech")
        csrf = login(client, "admin")
        page = client.get(f"/admin/users/{tech_id}").text
        assert 'data-confirm="Reset the password of tech?' in page

        reset = client.post(f"/admin/users/{tech_id}/password", data={
            "csrf_token": csrf, "temporary_password": TEMPORARY, "reason": "Forgot it"},
            follow_redirects=False)

        assert reset.status_code == 303
        assert "An administrator reset your password" in sent_to_login_saying(tech)
        assert sign_in_status(app, "tech", CAST["tech"].password) == 401
        # The temporary password opens only the change-password page (and sign-out).
        tech_csrf = login_to(tech, "tech", TEMPORARY, lands_on="/account/password")
        refused = tech.get("/lots", follow_redirects=False)
        assert (refused.status_code, refused.headers["location"]) == (303, "/account/password")
        page = tech.get("/account/password").text
        assert "Your password was set by an administrator" in page
        assert 'href="/lots"' not in page
        api = tech.post("/api/v1/auth/token", data={"username": "tech", "password": TEMPORARY})
        me = tech.get("/api/v1/me",
                      headers={"Authorization": f"Bearer {api.json()['access_token']}"})
        assert me.status_code == 403

        assert change_own(tech, tech_csrf, TEMPORARY).status_code == 303
        assert tech.get("/lots").status_code == 200
    [event] = audit_events(web_database, "user.password_reset", tech_id)
    assert (event.actor_name, event.reason) == (CAST["admin"].printed_name, "Forgot it")
    assert json.loads(event.changes) == [
        {"field": "must_change_password", "old": False, "new": True}]
    assert json.loads(event.data) == {"sessions_ended": 1}
    [changed] = audit_events(web_database, "user.password_changed", tech_id)
    assert json.loads(changed.changes) == [
        {"field": "must_change_password", "old": True, "new": False}]
    for secret in (TEMPORARY, NEW, "argon2"):
        assert secret not in passwords_in(event) + passwords_in(changed)


def login_to(client: TestClient, username: str, password: str, *, lands_on: str) -> str:
    page = client.get("/login")
    response = client.post("/login", data={
        "username": username, "password": password, "csrf_token": csrf_from(page.text),
        "next": "/"}, follow_redirects=False)
    assert (response.status_code, response.headers["location"]) == (303, lands_on)
    return csrf_from(client.get(lands_on).text)


@pytest.mark.parametrize(("password", "reason", "field", "says"), [
    ("short-one", "Forgot it", "temporary_password", "password must be at least 12"),
    (TEMPORARY, "", "reset-reason", "reason is required"),
], ids=["weak", "no-reason"])
def test_a_refused_reset_comes_back_with_the_problem_beside_its_field_and_no_password(
    client: TestClient, web_database: Database, password: str, reason: str, field: str,
    says: str,
) -> None:
    csrf = login(client, "admin")
    tech = account(web_database, "tech")

    response = client.post(f"/admin/users/{tech.id}/password", data={
        "csrf_token": csrf, "temporary_password": password, "reason": reason})

    assert response.status_code == 422
    assert says in field_error(response.text, field)
    assert password not in response.text
    assert f'id="f-reset-reason" name="reason" type="text" value="{reason}"' in response.text
    assert account(web_database, "tech").password_hash == tech.password_hash
    assert not account(web_database, "tech").must_change_password


# --- a refused user creation keeps the form --------------------------------------------------


@pytest.mark.parametrize(("typed", "status", "says"), [
    ({"username": "new user!", "printed_name": " ", "password": "short-pw",
      "roles": ["admin", "qa"]}, 422,
     {"username": "may contain only letters", "printed_name": "printed name is required",
      "password": "at least 12 characters", "roles": "an administrator cannot also hold qa"}),
    ({"username": "QA", "printed_name": "Quentin Ashby", "password": "long-enough-2026",
      "roles": ["qa"]}, 409,
     {"username": "already taken", "printed_name": "already used by user qa"}),
], ids=["rules", "taken"])
def test_a_refused_user_creation_comes_back_with_the_input_kept_and_each_error_beside_it(
    client: TestClient, typed: dict[str, str | list[str]], status: int, says: dict[str, str]
) -> None:
    csrf = login(client, "admin")

    response = client.post("/admin/users", data={"csrf_token": csrf, **typed})

    assert response.status_code == status
    assert "<h1>Add a user</h1>" in response.text
    for field in ("username", "printed_name"):
        assert f'name="{field}" type="text" value="{typed[field]}"' in response.text
    assert str(typed["password"]) not in response.text
    assert set(re.findall(r'name="roles" value="([a-z]+)" checked', response.text)) == set(
        typed["roles"])
    shown = {field: field_error(response.text, field)
             for field in ("username", "printed_name", "password", "roles")}
    assert {field for field, text in shown.items() if text} == set(says)
    for field, sentence in says.items():
        assert sentence in shown[field]
