"""Changes to an existing account's password and roles. Every change is a guarded write on the
account's version, audited (never with a password or hash), and ends the sessions that were
opened under the old password or roles (ASVS 7.4.3). Nothing here commits.

Segregation of duties: an administrator changes other people's roles and passwords, never their
own (another administrator does); everyone changes their own password on the change-password
page, proving the current one first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.auth import rules
from cellchain.auth.models import User, UserRole
from cellchain.auth.passwords import hash_password, verify_password
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.auth.service import (
    end_sessions_of,
    get_user,
    refuse_fields,
    register_failed_password,
    roles_of,
    start_session,
)
from cellchain.config import Settings
from cellchain.errors import Conflict, InvalidFields
from cellchain.guarded import guarded_update


class CurrentPasswordRefused(InvalidFields):
    """The current password was wrong: the counted failure is evidence and is kept (11.300(d)),
    while nothing else of the request is written."""

    keeps_writes = True


@dataclass(frozen=True)
class NewSession:
    """The session that replaces the caller's after their password changed: its token is
    shown once, to be set as the browser's cookie."""

    token: str
    sessions_ended: int


def change_own_password(
    session: Session, *, principal: Principal, current_password: str, new_password: str,
    confirm_password: str, now: datetime, settings: Settings,
) -> NewSession:
    """Changes the signed-in person's password after they prove the current one.

    Every session of the account ends, this one included, and this browser continues in a new
    session: a copy of the old cookie (or an API token) taken while the old password was valid
    is useless from now on (ASVS 7.2.4, 7.4.3), yet the person is not asked to sign in again.
    """
    user = get_user(session, principal.user_id)
    locked = rules.is_locked(user.locked_until, now)
    current_ok = not locked and verify_password(user.password_hash, current_password)
    problems = _new_password_problems(user, new_password, confirm_password, settings)
    if locked:
        problems["current_password"] = [
            "your account is locked after repeated failed attempts; ask an administrator to "
            "unlock it"]
    elif not current_ok:
        # A stolen session must not become a way to guess the password: each wrong current
        # password counts towards the lock-out, as at sign-in and at a signature.
        outcome = register_failed_password(session, user=user, now=now, settings=settings,
                                           context="password_change", actor=principal.actor)
        told = ["the current password is incorrect"]
        if rules.is_locked(user.locked_until, now):
            told.append(outcome.message)
        problems["current_password"] = told
        raise CurrentPasswordRefused(_named(problems))
    refuse_fields(problems)
    was_temporary = user.must_change_password
    _write_password(session, user, new_password, temporary=False)
    if user.failed_logins:
        user.failed_logins = 0
        session.add(user)
    ended = end_sessions_of(session, user_id=principal.user_id, reason="password_changed",
                            now=now)
    audit.record(session, actor=principal.actor, action="user.password_changed",
                 entity_type="user", entity_id=principal.user_id, now=now,
                 changes=[Change("must_change_password", True, False)] if was_temporary else [],
                 data={"sessions_ended": ended})
    token, _ = start_session(session, user=user, kind=principal.kind, now=now, settings=settings)
    return NewSession(token, ended)


def _new_password_problems(
    user: User, new_password: str, confirm_password: str, settings: Settings
) -> dict[str, list[str]]:
    new = rules.password_problems(new_password, username=user.username,
                                  min_length=settings.password_min_length)
    if new_password and verify_password(user.password_hash, new_password):
        new.append("the new password must differ from the current one")
    confirm = [] if confirm_password == new_password else [
        "the two new passwords differ; type the same new password twice"]
    return {"current_password": [], "new_password": new, "confirm_password": confirm}


def _named(problems: dict[str, list[str]]) -> dict[str, str]:
    return {field: "; ".join(found) for field, found in problems.items() if found}


def reset_password(
    session: Session, *, actor: Actor, user_id: int, temporary_password: str, reason: str,
    now: datetime, settings: Settings,
) -> User:
    """Sets a temporary password that its owner must replace at their next sign-in; every
    session of the account ends (it may have been opened by whoever knew the old one)."""
    user = _other_active_account(actor, user_id, session, what="reset your own password here; "
                                 "change it on the Change password page")
    refuse_fields({
        "temporary_password": rules.password_problems(
            temporary_password, username=user.username,
            min_length=settings.password_min_length),
        "reason": _reason_problems(reason),
    })
    was_temporary = user.must_change_password
    _write_password(session, user, temporary_password, temporary=True)
    ended = end_sessions_of(session, user_id=user_id, reason="password_reset", now=now)
    audit.record(session, actor=actor, action="user.password_reset", entity_type="user",
                 entity_id=user_id, now=now, reason=reason.strip(),
                 changes=[Change("must_change_password", was_temporary, True)],
                 data={"sessions_ended": ended})
    return user


def set_roles(
    session: Session, *, actor: Actor, user_id: int, roles: Iterable[Role], reason: str,
    now: datetime, read_version: int | None = None,
) -> User:
    """Replaces a person's roles, audited with the old and new set; their sessions end.

    ``read_version`` is the account version the administrator's form showed: if another
    change came in between, this one is refused rather than silently undoing it.
    """
    user = _other_active_account(actor, user_id, session,
                                 what="change your own roles; ask another administrator")
    new = frozenset(roles)
    old = roles_of(session, user_id)
    role_problems = rules.role_set_problems(new)
    if not role_problems and new == old:
        role_problems = ["these are already the roles of this account; nothing to change"]
    refuse_fields({"roles": role_problems, "reason": _reason_problems(reason)})
    version = user.version if read_version is None else read_version
    guarded_update(session, user, {"version": version + 1}, expect={"version": version},
                   versioned=False, record=f"User '{user.username}'",
                   audit_entity=("user", user_id))
    for row in session.exec(select(UserRole).where(UserRole.user_id == user_id)):
        if Role(row.role) not in new:
            session.delete(row)
    for role in sorted(new - old):
        session.add(UserRole(user_id=user_id, role=role.value))
    ended = end_sessions_of(session, user_id=user_id, reason="roles_changed", now=now)
    audit.record(session, actor=actor, action="user.roles_changed", entity_type="user",
                 entity_id=user_id, now=now, reason=reason.strip(),
                 changes=[Change("roles", sorted(r.value for r in old),
                                 sorted(r.value for r in new))],
                 data={"sessions_ended": ended})
    return user


def _other_active_account(actor: Actor, user_id: int, session: Session, *, what: str) -> User:
    user = get_user(session, user_id)
    if actor.id == user_id:
        raise Conflict(f"You cannot {what}.")
    if not user.active:
        raise Conflict(f"User '{user.username}' is deactivated; their account no longer "
                       "changes.")
    return user


def _reason_problems(reason: str) -> list[str]:
    return [] if reason.strip() else ["reason is required for a change to a user account"]


def _write_password(session: Session, user: User, password: str, *, temporary: bool) -> None:
    # Compare-and-swap on the version: an administrator's reset and the owner's own change
    # (or two resets) at once yield one password, never one the other person does not know.
    guarded_update(session, user, {"password_hash": hash_password(password),
                                   "must_change_password": temporary},
                   record=f"User '{user.username}'", audit_entity=("user", user.id))
