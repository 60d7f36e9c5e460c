"""Pure authentication rules: password policy, lockout and session validity. No I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from cellchain.auth.roles import Role

# A short deny-list of the passwords seen most in breaches (ASVS 6.2.4 asks for a larger list;
# sites can extend it). Compared case-insensitively.
COMMON_PASSWORDS = frozenset(
    {
        "123456789012", "password1234", "passwordpassword", "qwertyuiopas", "111111111111",
        "123123123123", "iloveyou1234", "abc123abc123", "administrator", "welcome12345",
        "changeme1234", "letmein12345", "password123!", "qwerty123456", "000000000000",
    }
)
MAX_PASSWORD_LENGTH = 128


def password_problems(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.lower() in COMMON_PASSWORDS:
        problems.append("password is on the list of commonly used passwords")
    if username and username.lower() in password.lower():
        problems.append("password must not contain the username")
    return problems


def normalise_username(username: str) -> str:
    """Returns the stored form of a username: trimmed and lower-case (11.300(a) uniqueness)."""
    return username.strip().lower()


def username_problems(username: str) -> list[str]:
    name = normalise_username(username)
    if not 2 <= len(name) <= 64:
        return ["username must be 2 to 64 characters"]
    if not all(ch.isalnum() or ch in "._-" for ch in name):
        return ["username may contain only letters, digits, '.', '_' and '-'"]
    return []


@dataclass(frozen=True)
class LockoutPolicy:
    max_failures: int
    lock_for: timedelta


def lock_until_after_failure(
    failures_so_far: int, *, policy: LockoutPolicy, now: datetime
) -> datetime | None:
    """Returns when the account unlocks if this failure reaches the limit, else None."""
    if failures_so_far + 1 >= policy.max_failures:
        return now + policy.lock_for
    return None


def is_locked(locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is not None and locked_until > now


@dataclass(frozen=True)
class SessionTimes:
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    ended_at: datetime | None


def session_end_reason(
    times: SessionTimes, *, now: datetime, idle: timedelta
) -> str | None:
    """Returns why a session can no longer be used, or None while it is valid."""
    if times.ended_at is not None:
        return "signed_out"
    if now >= times.expires_at:
        return "expired"
    if now - times.last_seen_at >= idle:
        return "idle"
    return None


END_REASON_MESSAGES = {
    "signed_out": "You have signed out. Sign in again to continue.",
    "expired": "Your session reached its maximum length. Sign in again to continue.",
    "idle": "Your session ended after a period without activity. Sign in again to continue.",
    "revoked": "Your session was ended by an administrator. Sign in again to continue.",
    "deactivated": "Your account has been deactivated. Ask an administrator.",
    "password_changed": "Your password was changed, so this session ended. Sign in again "
                        "with the new password.",
    "password_reset": "An administrator reset your password, so this session ended. Sign in "
                      "with the temporary password they gave you and choose your own.",
    "roles_changed": "An administrator changed your roles, so this session ended. Sign in "
                     "again to continue.",
}


# Roles an administrator may also hold: none that records or signs GMP or trial data
# (DESIGN §1: an admin makes no GMP data edits and cannot sign as anyone).
ADMIN_COMPATIBLE: frozenset[Role] = frozenset({Role.ADMIN, Role.MONITOR})


def role_problems(roles: frozenset[Role]) -> list[str]:
    """Returns why this set of roles may not be held together (empty: it may)."""
    if Role.ADMIN in roles and roles - ADMIN_COMPATIBLE:
        others = ", ".join(sorted(r.value for r in roles - ADMIN_COMPATIBLE))
        return [f"an administrator cannot also hold {others}: administrators make no GMP "
                "record and sign nothing (segregation of duties)"]
    return []


def role_set_problems(roles: frozenset[Role]) -> list[str]:
    """Returns why a person may not hold exactly these roles (empty: they may)."""
    if not roles:
        return ["at least one role is required"]
    return role_problems(roles)


def printed_name_key(printed_name: str) -> str:
    """Returns the form in which two printed names are the same person on a signature."""
    return " ".join(printed_name.split()).casefold()
