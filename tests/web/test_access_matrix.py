"""Who may call each route: one declared matrix, checked against the code and against live calls.

A new route without an ``Access`` rule, or a rule that drifts from the matrix below, fails the
build (21 CFR 11.10(d)/(g): access limited to authorised individuals; DESIGN §1 roles).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

import pytest
from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient
from httpx import Response

from cellchain.auth.deps import Access
from cellchain.auth.roles import Role
from tests.conftest import bearer_token, csrf_from, login
from tests.factories import ROLE_USER
from tests.web import access_parts

Public = Literal["public"]
PUBLIC: Public = "public"
Allowed = frozenset[Role] | Public

ANY_SIGNED_IN: frozenset[Role] = frozenset(Role)
ADMIN: frozenset[Role] = frozenset({Role.ADMIN})
QA: frozenset[Role] = frozenset({Role.QA})
# Spelled out rather than imported, so a change to the app's role sets shows up here.
LOT_READERS: frozenset[Role] = frozenset(
    {Role.TECHNICIAN, Role.QC, Role.QA, Role.COORDINATOR})
AUDIT_READERS: frozenset[Role] = frozenset({Role.QA, Role.MONITOR, Role.ADMIN})
BAG_VIEWERS: frozenset[Role] = LOT_READERS | {Role.CLINICIAN, Role.MONITOR}
SUBJECT_VIEWERS: frozenset[Role] = frozenset(
    {Role.COORDINATOR, Role.CLINICIAN, Role.MONITOR, Role.QA})
BAG_PRINTERS: frozenset[Role] = frozenset({Role.TECHNICIAN, Role.COORDINATOR})
CBU_PRINTERS: frozenset[Role] = frozenset({Role.TECHNICIAN})
SAMPLE_PRINTERS: frozenset[Role] = frozenset({Role.TECHNICIAN, Role.QC})
WRISTBAND_PRINTERS: frozenset[Role] = frozenset({Role.CLINICIAN, Role.COORDINATOR})
LABEL_LOG_WRITERS: frozenset[Role] = LOT_READERS | {Role.CLINICIAN}


def _label_routes(base: str, printers: frozenset[Role], viewers: frozenset[Role]) -> dict[
        tuple[str, str], frozenset[Role]]:
    return {("GET", f"{base}/{{record_id}}/label"): viewers,
            ("GET", f"{base}/{{record_id}}/label/preview.svg"): viewers,
            ("POST", f"{base}/{{record_id}}/label/print"): printers}


MATRIX: dict[tuple[str, str], Allowed] = {
    ("GET", "/login"): PUBLIC,
    ("POST", "/login"): PUBLIC,
    ("POST", "/logout"): ANY_SIGNED_IN,
    ("POST", "/api/v1/auth/token"): PUBLIC,
    ("GET", "/api/v1/me"): ANY_SIGNED_IN,
    ("GET", "/openapi.json"): ANY_SIGNED_IN,
    ("GET", "/"): ANY_SIGNED_IN,
    ("POST", "/scan"): ANY_SIGNED_IN,
    ("POST", "/notifications/{notification_id}/acknowledge"): ANY_SIGNED_IN,
    ("GET", "/admin/users"): ADMIN,
    ("GET", "/admin/users/new"): ADMIN,
    ("POST", "/admin/users"): ADMIN,
    ("POST", "/admin/users/{user_id}/unlock"): ADMIN,
    ("POST", "/admin/users/{user_id}/deactivate"): ADMIN,
    ("GET", "/audit"): AUDIT_READERS,
    ("GET", "/audit/verify"): AUDIT_READERS,
    ("POST", "/audit/export"): AUDIT_READERS,
    ("POST", "/audit/reviews"): QA,
    ("GET", "/lots"): LOT_READERS,
    ("GET", "/lots/{lot_id}"): LOT_READERS,
    ("GET", "/api/v1/lots"): LOT_READERS,
    ("GET", "/api/v1/lots/{lot_id}"): LOT_READERS,
    # QA alone reviews and decides on a release (DESIGN §4.2).
    ("GET", "/api/v1/lots/{lot_id}/release-check"): frozenset({Role.QA}),
    ("GET", "/lots/{lot_id}/release"): frozenset({Role.QA}),
    ("GET", "/lots/{lot_id}/coa"): LOT_READERS,
    ("GET", "/lots/{lot_id}/coa.pdf"): LOT_READERS,
    ("POST", "/lots/{lot_id}/release/audit-review"): frozenset({Role.QA}),
    ("POST", "/lots/{lot_id}/release/decision"): frozenset({Role.QA}),
    ("POST", "/lots/{lot_id}/recall"): frozenset({Role.QA}),
    # QA quarantines, releases from quarantine and destroys; the lab (technician) or QA records
    # a return. Blinded roles never handle a bag's disposition.
    ("POST", "/bags/{bag_id}/disposition"): frozenset({Role.QA, Role.TECHNICIAN}),
    ("GET", "/bags"): BAG_VIEWERS,
    ("GET", "/bags/{bag_id}"): BAG_VIEWERS,
    ("GET", "/api/v1/bags"): BAG_VIEWERS,
    ("GET", "/subjects"): SUBJECT_VIEWERS,
    ("GET", "/subjects/{subject_id}"): SUBJECT_VIEWERS,
    ("GET", "/api/v1/subjects"): SUBJECT_VIEWERS,
    ("GET", "/cbu/{cbu_id}"): LOT_READERS,
    ("GET", "/qc/samples/{sample_id}"): LOT_READERS,
    ("POST", "/api/v1/scan"): ANY_SIGNED_IN,
    ("GET", "/labels"): LABEL_LOG_WRITERS | {Role.MONITOR},
    ("POST", "/labels/prints/{print_id}/void"): LABEL_LOG_WRITERS,
    ("POST", "/lots/{lot_id}/bag-labels"): BAG_PRINTERS,
    **_label_routes("/bags", BAG_PRINTERS, BAG_PRINTERS | {Role.QA}),
    **_label_routes("/cbu", CBU_PRINTERS, CBU_PRINTERS | {Role.QA}),
    **_label_routes("/qc/samples", SAMPLE_PRINTERS, SAMPLE_PRINTERS | {Role.QA}),
    **_label_routes("/subjects", WRISTBAND_PRINTERS, WRISTBAND_PRINTERS | {Role.MONITOR}),
    **access_parts.MATERIALS,
    **access_parts.CBU,
    **access_parts.BATCH_RECORD,
    **access_parts.ACCOUNTS,
    **access_parts.QC_RESULTS,
    **access_parts.BEDSIDE,
    **access_parts.ADVERSE_EVENTS,
    **access_parts.TRACE,
    **access_parts.CUSTODY,
    **access_parts.ALLOCATION,  # allocation (issue 11 item 1)
    **access_parts.SCHEDULE,  # treatment schedule (issue 12 item 6)
    **access_parts.RANDOMISATION,  # randomisation (issue 12 item 4)
    **access_parts.SCREENING,  # screening and enrolment (issue 12 item 2)
    **access_parts.LABS,  # pre-infusion labs (DESIGN §4.1)
    **access_parts.UNBLINDING,  # emergency unblinding (issue 12 item 4)
    **access_parts.ESCALATION,  # cohort board (issue 12 item 3)
}

RouteKey = tuple[str, str]


def _access_rules(dependant: Dependant) -> Iterator[Access]:
    for sub in dependant.dependencies:
        if isinstance(sub.call, Access):
            yield sub.call
        yield from _access_rules(sub)


def routes_and_rules(app: FastAPI) -> dict[RouteKey, list[Access]]:
    """Returns every API route (method, path template) with the Access rules it depends on."""
    found: dict[RouteKey, list[Access]] = {}
    # FastAPI >= 0.137 keeps included routers as a tree: iter_route_contexts flattens it.
    for context in iter_route_contexts(app.routes):
        if not isinstance(context.original_route, APIRoute):
            continue
        rules = list(_access_rules(context.dependant))
        for method in sorted(context.methods or ()):
            found[(method, str(context.path))] = rules
    return found


def allowed_by(rule: Access) -> Allowed:
    if rule.public:
        return PUBLIC
    return ANY_SIGNED_IN if rule.roles is None else rule.roles


def test_a_route_added_without_a_rule_is_reported(app: FastAPI) -> None:
    @app.get("/unguarded")
    def unguarded() -> dict[str, str]:
        return {}

    found = routes_and_rules(app)
    assert found[("GET", "/unguarded")] == []
    # The walk must see routes inside included routers too, not only the app's own.
    assert found[("GET", "/admin/users")] != []


def test_every_route_has_exactly_one_access_rule(app: FastAPI) -> None:
    counts = {key: len(rules) for key, rules in routes_and_rules(app).items()}
    assert {key: n for key, n in counts.items() if n != 1} == {}


def test_every_route_is_declared_in_the_matrix(app: FastAPI) -> None:
    assert set(routes_and_rules(app)) - set(MATRIX) == set()


def test_the_matrix_names_no_route_that_no_longer_exists(app: FastAPI) -> None:
    assert set(MATRIX) - set(routes_and_rules(app)) == set()


def test_each_route_rule_admits_exactly_the_roles_the_matrix_declares(app: FastAPI) -> None:
    differences = {
        key: (allowed_by(rules[0]), MATRIX[key])
        for key, rules in routes_and_rules(app).items()
        if len(rules) == 1 and key in MATRIX and allowed_by(rules[0]) != MATRIX[key]
    }
    assert differences == {}


# --- live calls: every route x every role, plus anonymous -------------------------------------

BASE_URL = "https://testserver"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass(frozen=True)
class Caller:
    role: Role | None
    web: TestClient  # carries the session cookie (if signed in)
    api: TestClient  # carries no cookie; the bearer token goes in a header
    csrf: str = ""
    bearer: str = ""




def _wants_json(path: str) -> bool:
    return path.startswith("/api/") or path == "/openapi.json"


def call(caller: Caller, method: str, path: str) -> Response:
    url = re.sub(r"\{[^}]+\}", "1", path)
    if path.startswith("/api/"):
        headers = {"Authorization": f"Bearer {caller.bearer}"} if caller.bearer else {}
        return caller.api.request(method, url, headers=headers, follow_redirects=False)
    data: dict[str, str] | None = None
    if method in UNSAFE:
        # The public login form has its own double-submit token; everything else uses the
        # session's token, so a refusal below is about the role, never about CSRF.
        token = csrf_from(caller.web.get("/login").text) if path == "/login" else caller.csrf
        data = {"csrf_token": token} if token else {}
    return caller.web.request(method, url, data=data, follow_redirects=False)


def problem_with(caller: Caller, key: RouteKey, response: Response) -> str | None:
    """Returns what is wrong with response for caller, or None when it is as the matrix says."""
    method, path = key
    allowed = MATRIX[key]
    status = response.status_code
    where = f"{method} {path} as {caller.role or 'anonymous'}: {status}"
    if allowed == PUBLIC or (caller.role is not None and caller.role in allowed):
        # A 403 from a record-level rule (a notification addressed to other roles, made by an
        # earlier call such as a bedside STOP) is not the route's access rule refusing.
        refused_by_rule = status == 403 and "Your roles do not include it" in response.text
        return where if status == 401 or refused_by_rule or status >= 500 else None
    if caller.role is None and _wants_json(path):
        ok = status == 401 and "detail" in response.json()
        return None if ok else where
    if caller.role is None:
        ok = status == 303 and response.headers["location"].startswith("/login?next=")
        return None if ok else f"{where} -> {response.headers.get('location')}"
    return None if status == 403 and "Your roles do not include it" in response.text else where


def _logout_last(key: RouteKey) -> tuple[bool, RouteKey]:
    return (key == ("POST", "/logout"), key)


@pytest.mark.parametrize("role", [*ROLE_USER, None], ids=lambda r: r or "anonymous")
def test_each_caller_gets_exactly_the_access_the_matrix_declares(
    app: FastAPI, client: TestClient, role: Role | None
) -> None:
    with TestClient(app, base_url=BASE_URL, raise_server_exceptions=False) as api:
        caller = Caller(role, client, api)
        if role is not None:
            username = ROLE_USER[role]
            caller = Caller(role, client, api, csrf=login(client, username),
                            bearer=bearer_token(api, username))
        problems = [
            problem for key in sorted(MATRIX, key=_logout_last)
            if (problem := problem_with(caller, key, call(caller, *key))) is not None
        ]
    assert problems == []


def test_a_user_with_two_roles_may_open_what_either_role_may(client: TestClient) -> None:
    login(client, "monadmin")
    for path in ("/admin/users", "/audit", "/bags"):
        assert client.get(path).status_code == 200, path


def test_static_files_are_served_without_signing_in(client: TestClient) -> None:
    response = client.get("/static/vendor/htmx-2.0.11.min.js", follow_redirects=False)
    assert response.status_code == 200
    assert "javascript" in response.headers["content-type"]
    assert "htmx" in response.text
