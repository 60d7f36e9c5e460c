"""Password hashing with argon2id (ASVS 11.4.2; argon2-cffi defaults exceed Appendix C)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()
# A fixed hash to verify against when the username is unknown, so that the response time does
# not tell an attacker which usernames exist.
_DUMMY_HASH = _hasher.hash("cellchain-timing-equaliser")


def hash_password(password: str) -> str:
    """Returns the argon2id hash of password."""
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Returns whether password matches; spends the same work when the user is unknown."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False
