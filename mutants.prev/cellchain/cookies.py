"""Cookies whose value the server signed: a client can return them, never forge them.

The purpose is part of what is signed, so a value signed for one cookie (a flash message)
cannot be replayed as another (the sign-in form's CSRF token).
"""

from __future__ import annotations

import hashlib
import hmac

from cellchain.config import Settings


def _signature(purpose: str, value: str, settings: Settings) -> str:
    key = settings.resolved_secret_key().encode()
    return hmac.new(key, f"{purpose}\x00{value}".encode(), hashlib.sha256).hexdigest()


def signed(purpose: str, value: str, settings: Settings) -> str:
    """Returns ``value.signature`` for a cookie (value must not contain a dot)."""
    return f"{value}.{_signature(purpose, value, settings)}"


def unsigned(purpose: str, raw: str | None, settings: Settings) -> str | None:
    """Returns the value of a signed cookie, or None when it is missing or forged."""
    value, _, signature = (raw or "").rpartition(".")
    if not value or not hmac.compare_digest(signature, _signature(purpose, value, settings)):
        return None
    return value
