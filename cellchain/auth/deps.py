"""The one dependency that decides who may call a route (21 CFR 11.10(d)/(g), ASVS 8.2.1).

Every route declares exactly one ``Access`` rule: ``Depends(allow(...))`` for signed-in roles or
``Depends(PUBLIC)`` for the login page. ``tests/web/test_access_matrix.py`` walks every route
and fails when a route has no rule or its rule differs from the declared matrix.

The same guard enforces CSRF: a cookie-authenticated request that changes state must carry the
session's CSRF token (form field ``csrf_token`` or header ``X-CSRF-Token``); the public login
form uses a double-submit cookie because no session exists yet (ASVS 3.5.1).
"""

from __future__ import annotations

import hmac
import logging
import secrets
from typing import Annotated

from fastapi import Depends, Request

from cellchain.auth import service as auth_service
from cellchain.auth.activity import Activity
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.auth.rules import END_REASON_MESSAGES
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.cookies import signed, unsigned
from cellchain.db import SAFE_METHODS, SessionDep, off_loop
from cellchain.errors import Forbidden, NotAuthenticated, PasswordChangeRequired

log = logging.getLogger("cellchain.access")

LOGIN_CSRF_COOKIE = "cellchain_login_csrf"


def session_cookie_name(settings: Settings) -> str:
    # "__Host-" pins the cookie to this host and path "/" and requires Secure (ASVS 3.3.1).
    return "__Host-cellchain" if settings.cookie_secure else "cellchain_session"


async def submitted_csrf(request: Request) -> str | None:
    """Returns the CSRF token sent with a state-changing request, if any."""
    if request.method in SAFE_METHODS:
        return None
    header = request.headers.get("X-CSRF-Token")
    if header:
        return header
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        value = (await request.form()).get("csrf_token")
        return value if isinstance(value, str) else None
    return None


CsrfDep = Annotated[str | None, Depends(submitted_csrf)]


def _bearer(request: Request) -> str | None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


class Access:
    """A route's access rule: public, or the set of roles that may call it."""

    def __init__(
        self, roles: frozenset[Role] | None, *, public: bool = False, form_csrf: bool = True,
        own_account: bool = False,
    ) -> None:
        self.roles = roles
        self.public = public
        # Open to a person whose password is temporary (changing it, signing out); every other
        # route waits until they have chosen their own.
        self.own_account = own_account
        # The public token endpoint takes no cookies, so a forged cross-site post gains nothing.
        self.form_csrf = form_csrf

    def __repr__(self) -> str:
        if self.public:
            return "Access(public)"
        names = "any signed-in user" if self.roles is None else sorted(r.value for r in self.roles)
        return f"Access({names})"

    async def __call__(self, request: Request, session: SessionDep, csrf: CsrfDep
                       ) -> Principal | None:
        settings: Settings = request.app.state.settings
        request.state.principal = None
        if self.public:
            if self.form_csrf:
                _check_login_csrf(request, csrf)
            return None
        # One indexed statement, run where the request's transaction runs: on the event loop
        # for a SQLite read, in a worker thread otherwise (cellchain.db.get_session says why).
        principal = await off_loop(request, lambda: _authenticate(request, session, settings,
                                                                  csrf))
        # Known before the role check so a refusal page still shows navigation and sign-out.
        request.state.principal = principal
        if principal.must_change_password and not self.own_account:
            raise PasswordChangeRequired("Your password was set by an administrator. Choose "
                                         "your own password before you continue.")
        if self.roles is not None and not principal.has_any(self.roles):
            log.warning("denied %s %s to user %s (roles %s)", request.method, request.url.path,
                        principal.username, sorted(principal.roles))
            needed = ", ".join(sorted(r.label for r in self.roles))
            raise Forbidden(f"This is for: {needed}. Your roles do not include it.")
        return principal


def _authenticate(
    request: Request, session: SessionDep, settings: Settings, csrf: str | None
) -> Principal:
    bearer = _bearer(request)
    token = bearer or request.cookies.get(session_cookie_name(settings))
    if not token:
        raise NotAuthenticated("Sign in to continue.")
    now = utcnow()
    activity: Activity = request.app.state.activity
    resolved = auth_service.resolve_token(session, token=token, now=now, settings=settings,
                                          activity=activity)
    principal = resolved.principal
    expected_kind = "api" if bearer else "web"
    if principal is None or principal.kind != expected_kind:
        message = END_REASON_MESSAGES.get(resolved.end_reason or "", "Sign in to continue.")
        raise NotAuthenticated(message)
    unsafe = request.method not in SAFE_METHODS
    if not bearer and unsafe and not (csrf and hmac.compare_digest(csrf, principal.csrf_token)):
        raise Forbidden("This form has expired or did not come from cellchain. "
                        "Reload the page and submit it again.")
    # A read never writes (PERFORMANCE-NOTES rule 10): use is noted in memory, at most once a
    # minute, and written off the request path (cellchain.auth.activity).
    if resolved.needs_touch:
        activity.note(principal.token_hash, now)
    return principal


def _check_login_csrf(request: Request, csrf: str | None) -> None:
    # Double submit with a *signed* cookie: a cookie planted by another site or subdomain
    # cannot carry a valid signature, so choosing cookie and field alike gains nothing.
    settings: Settings = request.app.state.settings
    cookie = login_csrf_token(request.cookies.get(LOGIN_CSRF_COOKIE), settings)
    if request.method in SAFE_METHODS:
        request.state.login_csrf = cookie or secrets.token_urlsafe(32)
        return
    if not (cookie and csrf and hmac.compare_digest(cookie, csrf)):
        raise Forbidden("The sign-in form has expired. Reload the page and sign in again.")
    # A failed sign-in re-renders the form, which needs the (already verified) token again.
    request.state.login_csrf = cookie


def login_csrf_cookie(token: str, settings: Settings) -> str:
    """The sign-in form's CSRF cookie value: the token, signed with the site secret."""
    return signed("login-csrf", token, settings)


def login_csrf_token(cookie: str | None, settings: Settings) -> str | None:
    """The token of a sign-in CSRF cookie this server signed (None: missing or forged)."""
    return unsigned("login-csrf", cookie, settings)


def allow(*roles: Role) -> Access:
    """Returns the rule admitting any of roles (no roles: any signed-in user)."""
    return Access(frozenset(roles) if roles else None)


PUBLIC = Access(None, public=True)
PUBLIC_API = Access(None, public=True, form_csrf=False)
SIGNED_IN = allow()
OWN_ACCOUNT = Access(None, own_account=True)

Authenticated = Annotated[Principal, Depends(SIGNED_IN)]
OwnAccount = Annotated[Principal, Depends(OWN_ACCOUNT)]
"""The signed-in person acting on their own account, even while their password is temporary."""
