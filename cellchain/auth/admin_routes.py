"""User administration pages (admin role only; admins edit no GMP data)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from sqlmodel import Session

from cellchain.audit import service as audit
from cellchain.auth import accounts, service
from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role, parse_role
from cellchain.clock import utcnow
from cellchain.db import SessionDep
from cellchain.errors import BadInput, CellchainError
from cellchain.web import redirect_with_flash, render

router = APIRouter(prefix="/admin")
Admin = Annotated[Principal, Depends(allow(Role.ADMIN))]
Reason = Annotated[str, Form(max_length=500)]
ROLE_OPTIONS = [(role.value, role.label) for role in Role]


@router.get("/users")
def list_users(request: Request, session: SessionDep, _: Admin) -> Response:
    return render(request, "admin/users.html",
                  {"users": service.list_users(session), "now": utcnow()})


def _new_user_page(request: Request, form: Mapping[str, object], errors: dict[str, str],
                   status_code: int = 200) -> Response:
    return render(request, "admin/user_new.html",
                  {"role_options": ROLE_OPTIONS, "form": form, "errors": errors},
                  status_code=status_code)


@router.get("/users/new")
def new_user_form(request: Request, _: Admin) -> Response:
    return _new_user_page(request, {"roles": []}, {})


def _parsed_roles(roles: list[str]) -> list[Role]:
    try:
        return [parse_role(r) for r in roles]
    except ValueError as exc:
        raise BadInput(str(exc), field="roles") from None


@router.post("/users")
def create_user(
    request: Request,
    session: SessionDep,
    principal: Admin,
    username: Annotated[str, Form(max_length=64)] = "",
    printed_name: Annotated[str, Form(max_length=200)] = "",
    password: Annotated[str, Form(max_length=256)] = "",
    roles: Annotated[list[str], Form()] = [],  # noqa: B006 (FastAPI copies form defaults)
) -> Response:
    try:
        user = service.add_user(session, actor=principal.actor, username=username,
                                printed_name=printed_name, roles=_parsed_roles(roles),
                                password=password, now=utcnow(),
                                settings=request.app.state.settings)
    except CellchainError as refusal:
        if not refusal.problems:
            raise
        # The form comes back as typed, each problem beside its field; never the password.
        typed = {"username": username, "printed_name": printed_name, "roles": roles}
        return _new_user_page(request, typed, refusal.problems, refusal.status_code)
    return redirect_with_flash(request, "/admin/users", f"User '{user.username}' created.")


def _account_page(
    request: Request, session: Session, principal: Principal, user_id: int, *,
    roles_form: Mapping[str, object] | None = None, roles_errors: dict[str, str] | None = None,
    reset_form: Mapping[str, object] | None = None, reset_errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    user = service.get_user(session, user_id)
    held = service.roles_of(session, user_id)
    return render(request, "admin/user.html", {
        "user": user, "held": held, "role_options": ROLE_OPTIONS, "now": utcnow(),
        "own": user_id == principal.user_id,
        "roles_form": roles_form or {"roles": [r.value for r in held], "version": user.version},
        "roles_errors": roles_errors or {}, "reset_form": reset_form or {},
        "reset_errors": reset_errors or {},
        "history": [e for e in audit.events_for(session, "user", user_id)
                    if e.action.startswith("user.")],
    }, status_code=status_code)


@router.get("/users/{user_id}")
def account_page(request: Request, session: SessionDep, principal: Admin,
                 user_id: int) -> Response:
    return _account_page(request, session, principal, user_id)


@router.post("/users/{user_id}/roles")
def change_roles(
    request: Request, session: SessionDep, principal: Admin, user_id: int,
    roles: Annotated[list[str], Form()] = [],  # noqa: B006 (FastAPI copies form defaults)
    reason: Reason = "", version: Annotated[int | None, Form()] = None,
) -> Response:
    try:
        user = accounts.set_roles(session, actor=principal.actor, user_id=user_id,
                                  roles=_parsed_roles(roles), reason=reason, now=utcnow(),
                                  read_version=version)
    except CellchainError as refusal:
        if not refusal.problems:
            raise
        typed = {"roles": roles, "reason": reason, "version": version}
        return _account_page(request, session, principal, user_id, roles_form=typed,
                             roles_errors=refusal.problems, status_code=refusal.status_code)
    return redirect_with_flash(request, f"/admin/users/{user_id}",
                               f"Roles of '{user.username}' changed; their sessions have ended.")


@router.post("/users/{user_id}/password")
def reset_password(
    request: Request, session: SessionDep, principal: Admin, user_id: int,
    temporary_password: Annotated[str, Form(max_length=256)] = "", reason: Reason = "",
) -> Response:
    try:
        user = accounts.reset_password(session, actor=principal.actor, user_id=user_id,
                                       temporary_password=temporary_password, reason=reason,
                                       now=utcnow(), settings=request.app.state.settings)
    except CellchainError as refusal:
        if not refusal.problems:
            raise
        return _account_page(request, session, principal, user_id,
                             reset_form={"reason": reason}, reset_errors=refusal.problems,
                             status_code=refusal.status_code)
    return redirect_with_flash(
        request, f"/admin/users/{user_id}",
        f"Password of '{user.username}' reset; their sessions have ended. Give them the "
        "temporary password in person: they must choose their own at their next sign-in.")


@router.post("/users/{user_id}/unlock")
def unlock_user(
    request: Request, session: SessionDep, principal: Admin, user_id: int,
    reason: Reason,
) -> Response:
    user = service.unlock_user(session, actor=principal.actor, user_id=user_id, reason=reason,
                               now=utcnow())
    return redirect_with_flash(request, "/admin/users", f"User '{user.username}' unlocked.")


@router.post("/users/{user_id}/deactivate")
def deactivate_user(
    request: Request, session: SessionDep, principal: Admin, user_id: int,
    reason: Reason,
) -> Response:
    user = service.deactivate_user(session, actor=principal.actor, user_id=user_id,
                                   reason=reason, now=utcnow())
    return redirect_with_flash(request, "/admin/users",
                               f"User '{user.username}' deactivated; their sessions have ended.")
