"""``POST /api/v1/bedside/verify`` (DESIGN §6): the bedside check for tools (a tablet app, a
scanner's own software). A malformed scan is a STOP naming what is wrong, never a 5xx and
never a GO; a missing or over-long field is a 422 naming it."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from cellchain.api_errors import API_ERRORS
from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.bedside import service
from cellchain.clock import utcnow
from cellchain.db import SessionDep, off_loop
from cellchain.web import SettingsDep

router = APIRouter(prefix="/api/v1", tags=["bedside"], responses=API_ERRORS)
Clinician = Annotated[Principal, Depends(allow(Role.CLINICIAN))]


class BedsideScans(BaseModel):
    wristband: str = Field(max_length=500, description="the text the wristband's 2-D symbol "
                                                       "encodes, as scanned")
    bag: str = Field(max_length=500, description="the text the bag label's 2-D symbol "
                                                 "encodes, as scanned")
    acknowledge_conditional_release: bool = Field(
        default=False, description="the clinician has read that the lot is conditionally "
                                   "released with results pending")


class CheckOut(BaseModel):
    name: str
    passed: bool
    message: str


class VerificationOut(BaseModel):
    verdict: Literal["go", "stop"]
    checks: list[CheckOut]
    verification_id: int


@router.post("/bedside/verify", response_model=VerificationOut)
async def verify(request: Request, body: BedsideScans, session: SessionDep,
                 principal: Clinician, settings: SettingsDep) -> VerificationOut:
    """Checks one wristband against one bag and records the attempt, GO or STOP."""
    # The check and its record in one worker-thread hop; the answer is built on the event
    # loop (a sync route would hop once more to validate it: issue 13).
    row, result = await off_loop(request, lambda: service.verify(
        session, principal=principal, wristband=body.wristband, bag=body.bag,
        acknowledged=body.acknowledge_conditional_release, settings=settings, now=utcnow()))
    payload = result.as_json()
    return VerificationOut(verdict=payload["verdict"],
                           checks=[CheckOut(**check) for check in payload["checks"]],
                           verification_id=row.id or 0)
