"""Turns every error into something an operator can act on: a page, an htmx flash or JSON.

No stack trace or raw exception text ever reaches the user; unexpected errors get a reference
number that matches the server log.
"""

from __future__ import annotations

import logging
import secrets
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from cellchain.errors import (
    CellchainError,
    NotAuthenticated,
    PasswordChangeRequired,
    ServiceUnavailable,
)
from cellchain.web import is_htmx, redirect_with_flash, render

log = logging.getLogger("cellchain.errors")

_HTTP_MESSAGES = {
    404: "There is no page at this address. Check the link or scan the barcode again.",
    405: "This address does not accept that kind of request.",
}


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error_response(
    request: Request, status: int, message: str, *, field: str | None = None,
    reasons: list[str] | None = None, headers: dict[str, str] | None = None,
) -> Response:
    if _wants_json(request):
        body: dict[str, object] = {"detail": message}
        if field:
            body["field"] = field
        if reasons:
            body["reasons"] = reasons
        return JSONResponse(body, status_code=status, headers=headers)
    if is_htmx(request):
        response = render(request, "_partials/flash.html",
                          {"flashes": [("error", message)], "reasons": reasons or []},
                          status_code=status)
        response.headers["HX-Retarget"] = "#flash"
        response.headers["HX-Reswap"] = "innerHTML"
        return response
    return render(request, "errors/error.html",
                  {"status": status, "message": message, "reasons": reasons or [],
                   "back": _back_from(request)},
                  status_code=status)


def _back_from(request: Request) -> str:
    """Where "Back" leads after a refused action: the page whose form posted it."""
    if request.method in ("GET", "HEAD"):
        return "/"
    return request.url.path.rsplit("/", 1)[0] or "/"


async def on_domain_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, CellchainError)
    if isinstance(exc, NotAuthenticated) and not _wants_json(request):
        target = f"/login?next={quote(request.url.path)}"
        return redirect_with_flash(request, target, exc.message, kind="info")
    if isinstance(exc, PasswordChangeRequired) and not _wants_json(request):
        return redirect_with_flash(request, "/account/password", exc.message, kind="info")
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, NotAuthenticated) else None
    return _error_response(request, exc.status_code, exc.message, field=exc.field,
                           reasons=getattr(exc, "reasons", None), headers=headers)


def _field_name(location: tuple[object, ...]) -> str:
    parts = [str(p) for p in location if p not in ("body", "query", "path", "form", "header")]
    return ".".join(parts) or "request"


async def on_validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = [f"{_field_name(tuple(e['loc']))}: {e['msg']}" for e in exc.errors()]
    first_field = _field_name(tuple(exc.errors()[0]["loc"])) if exc.errors() else None
    return _error_response(request, 422, "Some fields are not valid: " + "; ".join(problems),
                           field=first_field, reasons=problems)


async def on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    message = _HTTP_MESSAGES.get(exc.status_code, str(exc.detail))
    return _error_response(request, exc.status_code, message)


async def on_unexpected_error(request: Request, exc: Exception) -> Response:
    reference = secrets.token_hex(4).upper()
    log.exception("unexpected error %s on %s %s", reference, request.method, request.url.path,
                  exc_info=exc)
    if _is_database_down(exc):
        unavailable = ServiceUnavailable("The database cannot be reached. Nothing was saved; "
                                         f"try again shortly (reference {reference}).")
        return _error_response(request, 503, unavailable.message)
    return _error_response(
        request, 500,
        f"Something went wrong and nothing was saved. Report reference {reference} to your "
        "system administrator.",
    )


def _is_database_down(exc: Exception) -> bool:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    # sqlite3's own error: a SQLite transaction begins straight on the driver (cellchain.db),
    # and a BEGIN that waited out the busy timeout is the database being unavailable too.
    return isinstance(exc, OperationalError | sqlite3.OperationalError)


def install(app: FastAPI) -> None:
    """Registers the handlers on app."""
    app.add_exception_handler(CellchainError, on_domain_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(Exception, on_unexpected_error)
