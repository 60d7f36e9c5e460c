"""User administration pages (admin role only; admins edit no GMP data)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response

from cellchain.auth import service
from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role, parse_role
from cellchain.clock import utcnow
from cellchain.db import SessionDep
from cellchain.errors import BadInput
from cellchain.web import redirect_with_flash, render

router = APIRouter(prefix="/admin")
Admin = Annotated[Principal, Depends(allow(Role.ADMIN))]


@router.get("/users")
def list_users(request: Request, session: SessionDep, _: Admin) -> Response:
    return render(request, "admin/users.html",
                  {"users": service.list_users(session), "now": utcnow()})


@router.get("/users/new")
def new_user_form(request: Request, _: Admin) -> Response:
    return render(request, "admin/user_new.html", {"roles": list(Role), "form": {}, "errors": []})


@router.post("/users")
def create_user(
    request: Request,
    session: SessionDep,
    principal: Admin,
    username: Annotated[str, Form(max_length=64)],
    printed_name: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=256)],
    roles: Annotated[list[str], Form()] = [],  # noqa: B006 (FastAPI copies form defaults)
) -> Response:
    try:
        parsed = [parse_role(r) for r in roles]
    except ValueError as exc:
        raise BadInput(str(exc), field="roles") from None
    user = service.add_user(session, actor=principal.actor, username=username,
                            printed_name=printed_name, roles=parsed, password=password,
                            now=utcnow(), settings=request.app.state.settings)
    return redirect_with_flash(request, "/admin/users", f"User '{user.username}' created.")


@router.post("/users/{user_id}/unlock")
def unlock_user(
    request: Request, session: SessionDep, principal: Admin, user_id: int,
    reason: Annotated[str, Form(max_length=500)],
) -> Response:
    user = service.unlock_user(session, actor=principal.actor, user_id=user_id, reason=reason,
                               now=utcnow())
    return redirect_with_flash(request, "/admin/users", f"User '{user.username}' unlocked.")


@router.post("/users/{user_id}/deactivate")
def deactivate_user(
    request: Request, session: SessionDep, principal: Admin, user_id: int,
    reason: Annotated[str, Form(max_length=500)],
) -> Response:
    user = service.deactivate_user(session, actor=principal.actor, user_id=user_id,
                                   reason=reason, now=utcnow())
    return redirect_with_flash(request, "/admin/users",
                               f"User '{user.username}' deactivated; their sessions have ended.")
