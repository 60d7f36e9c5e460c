"""API refusals have the one body the OpenAPI document declares for them (ErrorOut)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from cellchain.api_errors import ErrorOut
from tests.conftest import bearer_token

REFUSALS = ("401", "403", "404", "409", "422")


def test_every_api_operation_documents_each_refusal_with_the_error_body(
    client: TestClient,
) -> None:
    document = client.get("/openapi.json", headers={
        "Authorization": f"Bearer {bearer_token(client, 'monitor')}"}).json()
    operations = [(path, method, op) for path, item in document["paths"].items()
                  if path.startswith("/api/") for method, op in item.items()]
    assert len(operations) >= 6
    for path, method, operation in operations:
        for status in REFUSALS:
            schema = operation["responses"][status]["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/ErrorOut"}, (path, method, status)
    assert document["components"]["schemas"]["ErrorOut"]["properties"]["detail"]["type"] == \
        "string"


def test_real_refusals_match_the_documented_body(client: TestClient) -> None:
    token = bearer_token(client, "tech")
    auth = {"Authorization": f"Bearer {token}"}
    refusals = {
        401: client.get("/api/v1/bags"),
        403: client.get("/api/v1/subjects", headers=auth),
        404: client.get("/api/v1/lots/999999", headers=auth),
        422: client.get("/api/v1/bags", params={"status": "lost"}, headers=auth),
    }
    for status, response in refusals.items():
        assert response.status_code == status, (status, response.text)
        body = ErrorOut.model_validate(response.json(), strict=True)
        assert body.detail
    invalid = ErrorOut.model_validate(refusals[422].json())
    assert invalid.field == "status" and invalid.reasons
