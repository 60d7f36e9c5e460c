"""The signed-in person's own account: changing their password (every role, every user)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from cellchain.auth import accounts
from cellchain.auth.deps import OwnAccount
from cellchain.auth.routes import set_session_cookie
from cellchain.clock import utcnow
from cellchain.db import SessionDep
from cellchain.errors import CellchainError
from cellchain.web import redirect_with_flash, render

router = APIRouter(prefix="/account")
Password = Annotated[str, Form(max_length=256)]


def _password_page(request: Request, principal: OwnAccount, errors: dict[str, str],
                   *, status_code: int = 200, keep_writes: bool = False) -> Response:
    # A refused form comes back empty: a password is never sent back to the browser.
    return render(request, "account/password.html",
                  {"errors": errors, "temporary": principal.must_change_password,
                   "password_min_length": request.app.state.settings.password_min_length},
                  status_code=status_code, keep_writes=keep_writes)


@router.get("/password")
def password_form(request: Request, principal: OwnAccount) -> Response:
    return _password_page(request, principal, {})


@router.post("/password")
def change_password(
    request: Request, session: SessionDep, principal: OwnAccount,
    current_password: Password = "", new_password: Password = "",
    confirm_password: Password = "",
) -> Response:
    settings = request.app.state.settings
    try:
        renewed = accounts.change_own_password(
            session, principal=principal, current_password=current_password,
            new_password=new_password, confirm_password=confirm_password, now=utcnow(),
            settings=settings)
    except CellchainError as refusal:
        if not refusal.problems:
            raise
        return _password_page(request, principal, refusal.problems,
                              status_code=refusal.status_code,
                              keep_writes=refusal.keeps_writes)
    others = renewed.sessions_ended - 1  # this browser's session was renewed, not ended
    response = redirect_with_flash(
        request, "/", f"Your password has been changed. Other sessions of yours ended: {others}.")
    set_session_cookie(response, renewed.token, settings)
    return response
