"""Sign-in and sign-out pages."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from cellchain.auth import service
from cellchain.auth.deps import (
    LOGIN_CSRF_COOKIE,
    PUBLIC,
    OwnAccount,
    login_csrf_cookie,
    session_cookie_name,
)
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import SessionDep
from cellchain.web import redirect_with_flash, render

router = APIRouter()


def _safe_next(target: str | None) -> str:
    # Only same-site paths: never redirect to another host after sign-in (open redirect).
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return "/"


def _login_page(request: Request, *, next_url: str, error: str = "", username: str = "",
                status_code: int = 200) -> Response:
    settings: Settings = request.app.state.settings
    response = render(request, "auth/login.html",
                      {"next": next_url, "error": error, "username": username},
                      # A failed sign-in (and a lock-out) is evidence: kept (11.300(d)).
                      status_code=status_code, keep_writes=True)
    response.set_cookie(LOGIN_CSRF_COOKIE, login_csrf_cookie(request.state.login_csrf, settings),
                        httponly=True,
                        samesite="strict", secure=settings.cookie_secure, path="/login")
    return response


@router.get("/login", dependencies=[Depends(PUBLIC)])
def login_form(request: Request, next: str = "/") -> Response:
    return _login_page(request, next_url=_safe_next(next))


@router.post("/login", dependencies=[Depends(PUBLIC)])
def login(
    request: Request,
    session: SessionDep,
    username: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=256)],
    next: Annotated[str, Form()] = "/",
) -> Response:
    settings: Settings = request.app.state.settings
    now = utcnow()
    outcome = service.authenticate(session, username=username, password=password, now=now,
                                   settings=settings)
    if outcome.user is None:
        return _login_page(request, next_url=_safe_next(next), error=outcome.message,
                           username=username, status_code=401)
    token, _ = service.start_session(session, user=outcome.user, kind="web", now=now,
                                     settings=settings)
    # A temporary password (set by an administrator) is replaced before anything else.
    target = "/account/password" if outcome.user.must_change_password else _safe_next(next)
    response = RedirectResponse(target, status_code=303)
    set_session_cookie(response, token, settings)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


def set_session_cookie(response: Response, token: str, settings: Settings) -> None:
    """Gives the browser its session token (never readable by script, never sent cross-site)."""
    response.set_cookie(session_cookie_name(settings), token, httponly=True, samesite="strict",
                        secure=settings.cookie_secure, path="/")


@router.post("/logout")
def logout(request: Request, session: SessionDep, principal: OwnAccount) -> Response:
    settings: Settings = request.app.state.settings
    service.end_session(session, principal=principal, reason="signed_out", now=utcnow())
    response = redirect_with_flash(request, "/login", "You have signed out.", kind="info")
    response.delete_cookie(session_cookie_name(settings), path="/")
    return response
