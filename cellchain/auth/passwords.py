"""Password hashing with argon2id (ASVS 11.4.2; argon2-cffi defaults exceed Appendix C)."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """A fixed hash to verify against when the username is unknown, so that the response time
    does not tell an attacker which usernames exist. Made at the first sign-in attempt rather
    than at import (an argon2 hash costs about 0.1-0.4 s of every start otherwise); every first
    attempt makes it, known user or not, so its cost tells nothing either."""
    return _hasher.hash("cellchain-timing-equaliser")


def hash_password(password: str) -> str:
    """Returns the argon2id hash of password."""
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Returns whether password matches; spends the same work when the user is unknown."""
    dummy = _dummy_hash()
    try:
        return _hasher.verify(password_hash or dummy, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False
