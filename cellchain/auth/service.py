"""Use cases for users and sessions. Every change is audited; nothing here commits."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.service import ANONYMOUS, Actor, Change
from cellchain.auth import rules
from cellchain.auth.activity import Activity
from cellchain.auth.models import AuthSession, User, UserRole
from cellchain.auth.passwords import hash_password, verify_password
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.config import Settings
from cellchain.db import column_rows
from cellchain.errors import BadInput, Conflict, InvalidFields, NotFound
from cellchain.guarded import guarded_update, read_for_write
from cellchain.notifications import service as notifications


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def roles_of(session: Session, user_id: int) -> frozenset[Role]:
    rows = session.exec(select(UserRole.role).where(UserRole.user_id == user_id))
    return frozenset(Role(r) for r in rows)


def find_user(session: Session, username: str) -> User | None:
    name = rules.normalise_username(username)
    return session.exec(select(User).where(User.username == name)).first()


def add_user(
    session: Session,
    *,
    actor: Actor,
    username: str,
    printed_name: str,
    roles: Iterable[Role],
    password: str,
    now: datetime,
    settings: Settings,
) -> User:
    """Creates a user with roles; refuses a taken username or a weak password.

    Every field at fault is named at once (``InvalidFields``): a broken rule answers 422, and
    when the input is well formed but the username or printed name is taken, 409.
    """
    name = rules.normalise_username(username)
    role_set = frozenset(roles)
    problems = {
        "username": rules.username_problems(name),
        "printed_name": [] if printed_name.strip() else [
            "printed name is required: it appears on every signature"],
        "password": rules.password_problems(password, username=name,
                                            min_length=settings.password_min_length),
        "roles": rules.role_set_problems(role_set),
    }
    conflicts = {
        "username": [] if problems["username"] or find_user(session, name) is None else [
            # 11.100(a): an identity is never reassigned, so a taken username is never reused.
            f"username '{name}' is already taken; usernames are never reused"],
        "printed_name": [] if problems["printed_name"] else _printed_name_in_use(
            session, printed_name),
    }
    refuse_fields({field: found + conflicts.get(field, []) for field, found in problems.items()},
                  status_code=422 if any(problems.values()) else 409)
    printed_name = " ".join(printed_name.split())
    user = User(
        username=name,
        printed_name=printed_name,
        password_hash=hash_password(password),
        created_at=now,
    )
    session.add(user)
    session.flush()
    assert user.id is not None
    for role in sorted(role_set):
        session.add(UserRole(user_id=user.id, role=role.value))
    audit.record(
        session,
        actor=actor,
        action="user.created",
        entity_type="user",
        entity_id=user.id,
        now=now,
        changes=[
            Change("username", None, name),
            Change("printed_name", None, user.printed_name),
            Change("roles", None, sorted(r.value for r in role_set)),
        ],
    )
    return user


def refuse_fields(problems: dict[str, list[str]], *, status_code: int = 422) -> None:
    """Raises InvalidFields naming each field that has problems; returns when none has."""
    named = {field: "; ".join(found) for field, found in problems.items() if found}
    if named:
        raise InvalidFields(named, status_code=status_code)


def _printed_name_in_use(session: Session, printed_name: str) -> list[str]:
    # 11.50(a)(1): the printed name on a signature must identify one person; a second account
    # with an existing person's name would sign indistinguishably from them. The unique index
    # on lower(printed_name) (migration 0004) guards a concurrent creation; this gives the
    # sentence, and also catches names that differ only in case or spacing.
    key = rules.printed_name_key(printed_name)
    for username, name in session.exec(select(User.username, User.printed_name)):
        if rules.printed_name_key(name) == key:
            shown = " ".join(printed_name.split())
            return [f"the printed name '{shown}' is already used by user {username}; printed "
                    "names identify signers and must be unique"]
    return []


@dataclass(frozen=True)
class LoginOutcome:
    user: User | None
    message: str


def authenticate(
    session: Session, *, username: str, password: str, now: datetime, settings: Settings
) -> LoginOutcome:
    """Checks credentials, counting failures and locking the account at the limit.

    Returns an outcome instead of raising so the failure counter and its audit record are
    committed (21 CFR 11.300(d): attempts at unauthorised use are recorded and reported).
    """
    user = find_user(session, username)
    # The hash is checked before any lock is taken (it is slow by design, ASVS 6.2); a
    # password changed meanwhile is checked again below.
    checked_hash = user.password_hash if user else None
    password_ok = verify_password(checked_hash, password)
    generic = sign_in_refused(settings)
    if user is None:
        audit.record(
            session, actor=ANONYMOUS, action="auth.login_failed", entity_type="user",
            entity_id=rules.normalise_username(username)[:64], now=now,
            data={"reason": "unknown username"},
        )
        return LoginOutcome(None, generic)
    # A lock-out or deactivation committed since the account was read must hold: the checks
    # below read the account under the audit lock that every write to it takes, so a
    # success cannot clear a lock it never saw (21 CFR 11.300(d)).
    read_for_write(session, user)
    if user.password_hash != checked_hash:
        password_ok = verify_password(user.password_hash, password)
    if not user.active:
        return _fail(session, user, now, "account deactivated", generic)
    if rules.is_locked(user.locked_until, now):
        return _fail(session, user, now, "account locked", generic)
    if not password_ok:
        return register_failed_password(session, user=user, now=now, settings=settings,
                                        context="login")
    user.failed_logins = 0
    user.locked_until = None
    session.add(user)
    audit.record(session, actor=Actor(user.id, user.printed_name), action="auth.login",
                 entity_type="user", entity_id=user.id, now=now)
    return LoginOutcome(user, "")


def _fail(session: Session, user: User, now: datetime, reason: str, message: str) -> LoginOutcome:
    audit.record(session, actor=ANONYMOUS, action="auth.login_failed", entity_type="user",
                 entity_id=user.id, now=now, data={"reason": reason})
    return LoginOutcome(None, message)


def sign_in_refused(settings: Settings) -> str:
    """The one answer to every refused sign-in: unknown user, wrong password, locked or
    deactivated account alike, so the answer never tells which user IDs exist (ASVS 6.3.8)."""
    return (f"Username or password is incorrect, or the account is locked or deactivated. "
            f"After {settings.login_max_failures} failed attempts an account is locked for "
            f"{settings.lockout_minutes} minutes; an administrator can unlock it sooner.")


def _locked_message(user: User, settings: Settings) -> str:
    assert user.locked_until is not None
    local = user.locked_until.astimezone(settings.zone)
    return (
        f"This account is locked after {settings.login_max_failures} failed attempts. "
        f"Try again after {local:%H:%M} {local.tzname()}, or ask an administrator to unlock it."
    )


def register_failed_password(
    session: Session, *, user: User, now: datetime, settings: Settings, context: str,
    actor: Actor = ANONYMOUS,
) -> LoginOutcome:
    """Counts a wrong password (at sign-in or at e-signature) and locks at the limit.

    ``actor`` is who is known to be acting: nobody yet at sign-in, the signed-in person at an
    e-signature (whose own session typed the wrong password).
    """
    policy = rules.LockoutPolicy(settings.login_max_failures,
                                 timedelta(minutes=settings.lockout_minutes))
    # Every failure must count, also two at once: under the audit lock (taken first, the one
    # lock order) no other write to this account can commit, so the count is read fresh.
    audit.lock_for_append(session)
    session.refresh(user)
    if user.locked_until is not None and not rules.is_locked(user.locked_until, now):
        # An expired lock starts a fresh count: one typo must not re-lock the account.
        user.failed_logins = 0
        user.locked_until = None
    lock_until = rules.lock_until_after_failure(user.failed_logins, policy=policy, now=now)
    user.failed_logins += 1
    session.add(user)
    audit.record(session, actor=actor, action=f"auth.{context}_failed", entity_type="user",
                 entity_id=user.id, now=now,
                 data={"reason": "wrong password", "consecutive_failures": user.failed_logins})
    # At sign-in nothing about the account is revealed; at an e-signature the signed-in
    # person is told about their own account.
    told = sign_in_refused(settings) if context == "login" else None
    if lock_until is None:
        return LoginOutcome(None, told or "the password is incorrect.")
    user.locked_until = lock_until
    audit.record(session, actor=Actor.system("auth.lockout"), action="user.locked",
                 entity_type="user", entity_id=user.id, now=now,
                 changes=[Change("locked_until", None, lock_until.isoformat())])
    notifications.raise_notification(
        session, key=f"lockout:{user.id}:{now.isoformat()}", kind="security",
        message=f"Account '{user.username}' ({user.printed_name}) was locked after "
                f"{user.failed_logins} failed {context} attempts.",
        roles=[Role.QA, Role.ADMIN], now=now, about_user_id=user.id,
    )
    return LoginOutcome(None, told or _locked_message(user, settings))


def start_session(
    session: Session, *, user: User, kind: str, now: datetime, settings: Settings
) -> tuple[str, AuthSession]:
    """Creates a server-side session and returns its token (shown once) and row."""
    assert user.id is not None
    token = secrets.token_urlsafe(32)  # 256 bits, ASVS 7.2.3
    row = AuthSession(
        token_hash=token_digest(token),
        user_id=user.id,
        kind=kind,
        csrf_token=secrets.token_urlsafe(32),
        created_at=now,
        last_seen_at=now,
        expires_at=now + timedelta(hours=settings.session_absolute_hours),
    )
    session.add(row)
    return token, row


def end_session(
    session: Session, *, principal: Principal, reason: str, now: datetime
) -> None:
    """Ends a session on the server so its cookie or token is refused from now on."""
    row = session.get(AuthSession, principal.token_hash)
    if row is None or row.ended_at is not None:
        return
    row.ended_at = now
    row.ended_reason = reason
    session.add(row)
    audit.record(session, actor=principal.actor, action="auth.logout", entity_type="user",
                 entity_id=principal.user_id, now=now, data={"kind": row.kind})


@dataclass(frozen=True)
class Resolved:
    principal: Principal | None
    end_reason: str | None
    needs_touch: bool


# One round trip for the session, its person and their roles (a row per role): resolving a
# token is on every request's path, so it reads columns rather than loading ORM objects
# (PERFORMANCE-NOTES rule 3), from one statement built once with the token as a parameter
# (building a statement and its cache key per request cost more than running it; issue 13).
_SESSION_USER_ROLES = core_select(*(col(column) for column in (
    AuthSession.token_hash, AuthSession.user_id, AuthSession.kind, AuthSession.csrf_token,
    AuthSession.created_at, AuthSession.last_seen_at, AuthSession.expires_at,
    AuthSession.ended_at, AuthSession.ended_reason,
    User.username, User.printed_name, User.active, User.must_change_password, UserRole.role,
))).join(User, col(User.id) == col(AuthSession.user_id)).outerjoin(
    UserRole, col(UserRole.user_id) == col(User.id)).where(
    col(AuthSession.token_hash) == bindparam("token_hash"))


def resolve_token(
    session: Session, *, token: str, now: datetime, settings: Settings,
    activity: Activity | None = None,
) -> Resolved:
    """Returns who a session token belongs to, or why it is no longer valid. Idleness counts
    from the later of the stored last use and the use this process has noted but not yet
    written (``activity``)."""
    rows = column_rows(session, _SESSION_USER_ROLES, {"token_hash": token_digest(token)}).all()
    if not rows:
        return Resolved(None, "unknown", False)
    row = rows[0]
    noted = activity.noted(row.token_hash) if activity is not None else None
    last_seen = max(row.last_seen_at, noted) if noted is not None else row.last_seen_at
    times = rules.SessionTimes(row.created_at, last_seen, row.expires_at, row.ended_at)
    reason = rules.session_end_reason(
        times, now=now, idle=timedelta(minutes=settings.session_idle_minutes)
    )
    if reason == "signed_out" and row.ended_reason:
        reason = row.ended_reason if row.ended_reason in rules.END_REASON_MESSAGES else reason
    if reason is None and not row.active:
        reason = "deactivated"
    if reason is not None:
        return Resolved(None, reason, False)
    principal = Principal(
        user_id=row.user_id,
        username=row.username,
        printed_name=row.printed_name,
        roles=frozenset(Role(r.role) for r in rows if r.role is not None),
        token_hash=row.token_hash,
        kind=row.kind,
        csrf_token=row.csrf_token,
        must_change_password=row.must_change_password,
    )
    # Note use at most once a minute: idle timeouts are counted in minutes.
    return Resolved(principal, None, now - last_seen >= timedelta(seconds=60))


def end_sessions_of(session: Session, *, user_id: int, reason: str, now: datetime) -> int:
    """Ends every open session and API token of a user on the server (ASVS 7.4.2/7.4.3), so
    each is refused from its next request with the reason; returns how many were open."""
    open_sessions = session.exec(
        select(AuthSession).where(AuthSession.user_id == user_id,
                                  col(AuthSession.ended_at).is_(None))
    ).all()
    for row in open_sessions:
        row.ended_at = now
        row.ended_reason = reason
        session.add(row)
    return len(open_sessions)


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"No user with id {user_id}.")
    return user


def list_users(session: Session) -> list[tuple[User, frozenset[Role]]]:
    users = session.exec(select(User).order_by(col(User.username))).all()
    return [(u, roles_of(session, u.id)) for u in users if u.id is not None]


def _require_reason(reason: str) -> str:
    if not reason.strip():
        raise BadInput("reason is required for a change to a user account", field="reason")
    return reason.strip()


def unlock_user(
    session: Session, *, actor: Actor, user_id: int, reason: str, now: datetime
) -> User:
    """Clears a lock-out; audited with the administrator's reason."""
    user = get_user(session, user_id)
    reason = _require_reason(reason)
    old = user.locked_until.isoformat() if user.locked_until else None
    user.locked_until = None
    user.failed_logins = 0
    session.add(user)
    audit.record(session, actor=actor, action="user.unlocked", entity_type="user",
                 entity_id=user_id, now=now, reason=reason,
                 changes=[Change("locked_until", old, None)])
    return user


def deactivate_user(
    session: Session, *, actor: Actor, user_id: int, reason: str, now: datetime
) -> User:
    """Deactivates an account and ends all its sessions (ASVS 7.4.2); the id is never reused."""
    user = get_user(session, user_id)
    reason = _require_reason(reason)
    if actor.id == user_id:
        raise Conflict("You cannot deactivate your own account; ask another administrator.")
    if not user.active:
        raise Conflict(f"User '{user.username}' is already deactivated.")
    guarded_update(session, user, {"active": False}, expect={"active": True}, versioned=False,
                   record=f"User '{user.username}'", audit_entity=("user", user_id))
    ended = end_sessions_of(session, user_id=user_id, reason="deactivated", now=now)
    audit.record(session, actor=actor, action="user.deactivated", entity_type="user",
                 entity_id=user_id, now=now, reason=reason,
                 changes=[Change("active", True, False)],
                 data={"sessions_ended": ended})
    return user
