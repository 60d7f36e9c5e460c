"""The one error body of the JSON API, declared in the OpenAPI document for every refusal.

``cellchain.web_errors`` answers every refusal under ``/api/`` with this shape (validation
errors included: ``detail`` is a sentence, and ``reasons`` lists each field's problem), so the
document tells client authors the truth.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ErrorOut(BaseModel):
    detail: str = Field(description="What was refused and why, written for the operator")
    field: str | None = Field(default=None, description="The input field at fault, if one is")
    reasons: list[str] | None = Field(default=None, description="Every reason, when several")


def _error(description: str) -> dict[str, Any]:
    return {"model": ErrorOut, "description": description}


API_ERRORS: dict[int | str, dict[str, Any]] = {
    401: _error("Not signed in, the token expired, or the credentials are wrong"),
    403: _error("Your roles do not allow this"),
    404: _error("No such record (or not one your roles may see)"),
    409: _error("Not possible in the record's current state, or changed by someone else"),
    422: _error("The input is not valid: the field and the rule are named"),
}
