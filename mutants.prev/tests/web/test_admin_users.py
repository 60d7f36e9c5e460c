"""Administrators create, unlock and deactivate users; every change is audited.

21 CFR 11.10(d)/(g) and 11.100(a): identities are unique and never reused; 11.10(e): audited.
"""

from __future__ import annotations

import json
import re

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import select

from cellchain.auth.models import User
from cellchain.db import Database
from tests.conftest import csrf_from, login
from tests.factories import CAST, audit_events

BASE_URL = "https://testserver"
NEW_PASSWORD = "fresh-start-2026"


def user_row(database: Database, username: str) -> User:
    with database.session_scope(write=False) as session:
        return session.exec(select(User).where(User.username == username)).one()


def users_named(database: Database, username: str) -> int:
    with database.session_scope(write=False) as session:
        return len(session.exec(select(User).where(User.username == username)).all())




def create_user(client: TestClient, csrf: str, username: str, roles: list[str]) -> int:
    response = client.post("/admin/users", data={
        "csrf_token": csrf, "username": username, "printed_name": "Nina New",
        "password": NEW_PASSWORD, "roles": roles}, follow_redirects=False)
    return response.status_code


def admin_post(client: TestClient, csrf: str, path: str, reason: str) -> int:
    response = client.post(path, data={"csrf_token": csrf, "reason": reason},
                           follow_redirects=False)
    return response.status_code


def sign_in_status(app: FastAPI, username: str, password: str) -> int:
    with TestClient(app, base_url=BASE_URL) as other:
        page = other.get("/login")
        return other.post("/login", data={
            "username": username, "password": password, "csrf_token": csrf_from(page.text),
            "next": "/"}, follow_redirects=False).status_code


def login_error_page(app: FastAPI, username: str) -> str:
    with TestClient(app, base_url=BASE_URL) as other:
        page = other.get("/login")
        response = other.post("/login", data={
            "username": username, "password": CAST[username].password,
            "csrf_token": csrf_from(page.text), "next": "/"}, follow_redirects=False)
    assert response.status_code == 401
    return response.text


def lock(app: FastAPI, username: str) -> None:
    for _ in range(5):
        assert sign_in_status(app, username, "wrong-password-123") == 401


def test_an_admin_creates_a_user_with_roles_who_can_then_sign_in(
    app: FastAPI, client: TestClient
) -> None:
    login(client, "admin")
    form = client.get("/admin/users/new").text
    offered = set(re.findall(r'name="roles" value="([a-z]+)"', form))
    assert {"technician", "qc"} <= offered

    created = client.post("/admin/users", data={
        "csrf_token": csrf_from(form), "username": "Nina.New", "printed_name": "Nina New",
        "password": NEW_PASSWORD, "roles": ["technician", "qc"]})

    assert created.url.path == "/admin/users"
    assert "User &#39;nina.new&#39; created." in created.text
    with TestClient(app, base_url=BASE_URL) as nina:
        login(nina, "nina.new", NEW_PASSWORD)
        home = nina.get("/").text
    assert "Welcome, Nina New" in home
    assert "Signed in as GMP technician, QC analyst." in home


def test_the_user_creation_is_audited_with_the_admin_as_actor(
    client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "admin")
    assert create_user(client, csrf, "nina", ["qc"]) == 303
    admin = user_row(web_database, "admin")

    [event] = audit_events(web_database, "user.created", user_row(web_database, "nina").id)

    assert (event.actor_id, event.actor_name) == (admin.id, CAST["admin"].printed_name)
    changes = {c["field"]: c["new"] for c in json.loads(event.changes)}
    assert changes == {"username": "nina", "printed_name": "Nina New", "roles": ["qc"]}
    assert NEW_PASSWORD not in event.changes + event.data


@pytest.mark.parametrize("taken", ["tech", "TECH", " Tech "])
def test_a_taken_username_is_refused_whatever_its_case(
    client: TestClient, web_database: Database, taken: str
) -> None:
    csrf = login(client, "admin")

    response = client.post("/admin/users", data={
        "csrf_token": csrf, "username": taken, "printed_name": "Impostor",
        "password": NEW_PASSWORD, "roles": ["qa"]})

    assert response.status_code == 409
    assert "username &#39;tech&#39; is already taken" in response.text
    assert users_named(web_database, "tech") == 1
    assert user_row(web_database, "tech").printed_name == CAST["tech"].printed_name


def test_a_deactivated_users_username_is_never_reused(
    client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "admin")
    tech_id = user_row(web_database, "tech").id
    assert admin_post(client, csrf, f"/admin/users/{tech_id}/deactivate", "Left") == 303

    assert create_user(client, csrf, "tech", ["technician"]) == 409
    assert users_named(web_database, "tech") == 1


def test_an_admin_cannot_deactivate_themselves(
    client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "admin")
    admin_id = user_row(web_database, "admin").id
    page = client.get("/admin/users").text
    assert f'action="/admin/users/{admin_id}/deactivate"' not in page

    response = client.post(f"/admin/users/{admin_id}/deactivate",
                           data={"csrf_token": csrf, "reason": "Testing"})

    assert response.status_code == 409
    assert "You cannot deactivate your own account" in response.text
    assert user_row(web_database, "admin").active
    assert client.get("/", follow_redirects=False).status_code == 200
    assert audit_events(web_database, "user.deactivated", admin_id) == []


def test_deactivation_is_audited_with_the_admin_and_the_reason(
    app: FastAPI, client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "admin")
    admin = user_row(web_database, "admin")
    tech_id = user_row(web_database, "tech").id

    status = admin_post(client, csrf, f"/admin/users/{tech_id}/deactivate", "Left the company")

    assert status == 303
    assert not user_row(web_database, "tech").active
    [event] = audit_events(web_database, "user.deactivated", tech_id)
    assert (event.actor_id, event.actor_name) == (admin.id, CAST["admin"].printed_name)
    assert event.reason == "Left the company"
    assert json.loads(event.changes) == [{"field": "active", "old": True, "new": False}]
    assert "Username or password is incorrect, or the account is locked or deactivated" in \
        login_error_page(app, "tech")


def test_unlocking_is_audited_with_the_admin_and_the_reason(
    app: FastAPI, client: TestClient, web_database: Database
) -> None:
    lock(app, "tech")
    csrf = login(client, "admin")
    admin = user_row(web_database, "admin")
    tech_id = user_row(web_database, "tech").id
    assert f'action="/admin/users/{tech_id}/unlock"' in client.get("/admin/users").text

    status = admin_post(client, csrf, f"/admin/users/{tech_id}/unlock", "Identity confirmed")

    assert status == 303
    [event] = audit_events(web_database, "user.unlocked", tech_id)
    assert (event.actor_id, event.actor_name) == (admin.id, CAST["admin"].printed_name)
    assert event.reason == "Identity confirmed"
    assert sign_in_status(app, "tech", CAST["tech"].password) == 303


@pytest.mark.parametrize("action", ["unlock", "deactivate"])
def test_an_account_change_without_a_reason_is_refused_and_changes_nothing(
    app: FastAPI, client: TestClient, web_database: Database, action: str
) -> None:
    lock(app, "tech")
    csrf = login(client, "admin")
    tech_id = user_row(web_database, "tech").id

    response = client.post(f"/admin/users/{tech_id}/{action}",
                           data={"csrf_token": csrf, "reason": "   "})

    assert response.status_code == 422
    assert "reason is required" in response.text
    tech = user_row(web_database, "tech")
    assert tech.active and tech.locked_until is not None
    assert audit_events(web_database, f"user.{action}ed", tech_id) == []



def test_an_admin_cannot_create_an_administrator_who_also_signs_gmp_records(
    client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "admin")
    response = client.post("/admin/users", data={
        "csrf_token": csrf, "username": "shadowqa", "printed_name": "Shadow Account",
        "password": NEW_PASSWORD, "roles": ["admin", "qa"]})
    assert response.status_code == 422
    assert "an administrator cannot also hold qa" in response.text
    assert users_named(web_database, "shadowqa") == 0


@pytest.mark.parametrize("copied", ["Quentin Ashby", " quentin  ASHBY "])
def test_a_printed_name_already_used_is_refused_so_signatures_stay_distinguishable(
    client: TestClient, web_database: Database, copied: str
) -> None:
    csrf = login(client, "admin")
    response = client.post("/admin/users", data={
        "csrf_token": csrf, "username": "shadowqa", "printed_name": copied,
        "password": NEW_PASSWORD, "roles": ["qa"]})
    assert response.status_code == 409
    assert "already used by user qa" in response.text
    assert users_named(web_database, "shadowqa") == 0


def test_the_database_refuses_a_second_account_with_the_same_printed_name(
    web_database: Database,
) -> None:
    from datetime import UTC, datetime

    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), web_database.session_scope() as session:
        session.add(User(username="shadowqa", printed_name="QUENTIN ASHBY", password_hash="x",
                         created_at=datetime.now(UTC)))
        session.flush()
