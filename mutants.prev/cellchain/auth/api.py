"""API authentication: OAuth2 password form in, bearer token out (DESIGN §6)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from cellchain.api_errors import API_ERRORS, ErrorOut
from cellchain.auth import service
from cellchain.auth.deps import PUBLIC_API, Authenticated
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import SessionDep

router = APIRouter(prefix="/api/v1", tags=["auth"], responses=API_ERRORS)


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class MeOut(BaseModel):
    id: int
    username: str
    printed_name: str
    roles: list[str]


@router.post(
    "/auth/token",
    dependencies=[Depends(PUBLIC_API)],
    response_model=TokenOut,
    responses={401: {"model": ErrorOut,
                     "description": "Wrong credentials, or the account is locked"}},
)
def issue_token(
    request: Request,
    session: SessionDep,
    username: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=256)],
) -> TokenOut | JSONResponse:
    """Exchanges a username and password for a bearer token (same lock-out as sign-in)."""
    settings: Settings = request.app.state.settings
    now = utcnow()
    outcome = service.authenticate(session, username=username, password=password, now=now,
                                   settings=settings)
    if outcome.user is None:
        return JSONResponse({"detail": outcome.message}, status_code=401,
                            headers={"WWW-Authenticate": "Bearer"})
    token, _ = service.start_session(session, user=outcome.user, kind="api", now=now,
                                     settings=settings)
    return TokenOut(access_token=token, expires_in=settings.session_absolute_hours * 3600)


@router.get("/me", response_model=MeOut)
def me(principal: Authenticated) -> MeOut:
    """Returns who the token belongs to and their roles."""
    return MeOut(id=principal.user_id, username=principal.username,
                 printed_name=principal.printed_name,
                 roles=sorted(r.value for r in principal.roles))
