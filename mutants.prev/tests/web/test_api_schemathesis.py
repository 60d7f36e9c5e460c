"""schemathesis drives every operation of the OpenAPI document with generated requests (a
bounded number per operation): no 5xx, and every response is one the document declares
(status code, content type and body schema)."""

from __future__ import annotations

from typing import Any

import pytest  # noqa: F401 - fixtures come from conftest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from cellchain.auth import service as auth_service
from cellchain.auth.roles import Role
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from tests.factories import SEEDER, seed_identity_records

EVERY_ROLE_BUT_ADMIN = "apifuzz"
PASSWORD = "schema-driven-calls-26"


@pytest.fixture
def api_token(app: FastAPI, web_database: Database, web_settings: Settings) -> str:
    seed_identity_records(web_database, web_settings)
    with web_database.session_scope() as session:
        auth_service.add_user(session, actor=SEEDER, username=EVERY_ROLE_BUT_ADMIN,
                              printed_name="Api Fuzzer", password=PASSWORD, now=utcnow(),
                              roles=[r for r in Role if r != Role.ADMIN],
                              settings=web_settings)
    with web_database.session_scope() as session:
        user = auth_service.find_user(session, EVERY_ROLE_BUT_ADMIN)
        assert user is not None
        token, _ = auth_service.start_session(session, user=user, kind="api", now=utcnow(),
                                              settings=web_settings)
    return token


def test_every_api_operation_answers_as_its_document_says(app: FastAPI, api_token: str) -> None:
    auth = {"Authorization": f"Bearer {api_token}"}
    schema = schemathesis.openapi.from_asgi("/openapi.json", app, headers=auth)
    checked = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        def answers_as_documented(case: Any) -> None:
            response = case.call(headers=auth)
            assert response.status_code < 500, (case.path, response.text)
            case.validate_response(response, checks=[
                not_a_server_error, status_code_conformance, content_type_conformance,
                response_schema_conformance])

        answers_as_documented()
        checked.append(operation.label)
    assert len(checked) >= 6, checked
