"""The application factory: routers, static files, error handlers, headers, scheduler."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cellchain import __version__, web_errors
from cellchain.admission import Admission, open_admission
from cellchain.auth.activity import Activity, activity_writer
from cellchain.auth.deps import SIGNED_IN
from cellchain.config import Settings, get_settings
from cellchain.db import Database, database_for
from cellchain.inputs.edge import check_inputs
from cellchain.paths import STATIC_DIR
from cellchain.wal import Checkpointer

log = logging.getLogger("cellchain")


def _security_headers(settings: Settings) -> dict[str, str]:
    headers = {
        # ASVS 3.4.3/3.4.6: no inline script, no plugins, no framing, no <base> hijack.
        "Content-Security-Policy": (
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
        ),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
        "X-Frame-Options": "DENY",
        "Cache-Control": "no-store",
    }
    if settings.cookie_secure:
        headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
    return headers


class SecurityHeaders:
    """Adds the security headers to every response (static files keep their own caching).

    A plain ASGI middleware: Starlette's ``BaseHTTPMiddleware`` (``@app.middleware("http")``)
    runs each request in an extra task with its own streams, a cost every request paid.
    """

    def __init__(self, app: ASGIApp, headers: dict[str, str]) -> None:
        self.app = app
        self.headers = headers
        self.static_headers = {k: v for k, v in headers.items() if k != "Cache-Control"}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        wanted = (self.static_headers if scope["path"].startswith("/static/")
                  else self.headers)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in wanted.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(settings: Settings | None = None, database: Database | None = None) -> FastAPI:
    """Builds the app for settings (default: the environment) and an optional database."""
    settings = settings or get_settings()
    database = database or database_for(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        open_admission(app.state)
        runner = None
        writer = activity_writer(activity, database, settings.session_activity_flush_seconds)
        writer.start()
        checkpoints = Checkpointer(database.sqlite_path) if database.sqlite_path else None
        if checkpoints is not None:
            checkpoints.start()
        if settings.scheduler_enabled:
            from cellchain.scheduler import Runner

            runner = Runner(database, settings)
            runner.start()
        try:
            yield
        finally:
            if runner is not None:
                runner.stop()
            writer.stop()
            if checkpoints is not None:
                checkpoints.stop()

    app = FastAPI(
        title="cellchain",
        version=__version__,
        lifespan=lifespan,
        # Served below behind sign-in: ASVS 13.4.5, no anonymous API description.
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
        # One input policy at the edge, before access checks, routes and services.
        dependencies=[Depends(check_inputs)],
    )
    app.state.settings = settings
    app.state.database = database
    activity = Activity()
    app.state.activity = activity
    web_errors.install(app)

    app.add_middleware(SecurityHeaders, headers=_security_headers(settings))
    # Added last, so outermost: a request waits for admission before anything else runs.
    app.add_middleware(Admission)

    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    _include_routers(app)

    @app.get("/openapi.json", include_in_schema=False, dependencies=[Depends(SIGNED_IN)])
    def openapi_document() -> JSONResponse:
        return JSONResponse(app.openapi())

    return app


def _include_routers(app: FastAPI) -> None:
    from cellchain import dashboard
    from cellchain.audit import routes as audit_routes
    from cellchain.auth import account_routes, admin_routes
    from cellchain.auth import api as auth_api
    from cellchain.auth import routes as auth_routes
    from cellchain.bags import allocation_api, allocation_routes  # allocation (issue 11 item 1)
    from cellchain.bags import api as bags_api
    from cellchain.bags import routes as bags_routes
    from cellchain.batch import routes as record_routes
    from cellchain.bedside import adverse_api, adverse_routes
    from cellchain.bedside import api as bedside_api
    from cellchain.bedside import routes as bedside_routes
    from cellchain.cbu import routes as cbu_routes
    from cellchain.custody import qa_routes as custody_qa_routes
    from cellchain.custody import routes as custody_routes
    from cellchain.deviations import routes as deviation_routes
    from cellchain.equipment import routes as equipment_routes
    from cellchain.labels import routes as labels_routes
    from cellchain.lots import api as lots_api
    from cellchain.lots import routes as lots_routes
    from cellchain.materials import routes as materials_routes
    from cellchain.notifications import routes as notification_routes
    from cellchain.qc import routes as qc_routes
    from cellchain.release import routes as release_routes
    from cellchain.scanning import api as scan_api
    from cellchain.scanning import routes as scan_routes
    from cellchain.trace import api as trace_api
    from cellchain.trace import routes as trace_routes
    from cellchain.trial import api as trial_api
    from cellchain.trial import (
        escalation_routes,  # cohort board (issue 12 item 3)
        labs_routes,  # pre-infusion labs
        randomisation_routes,  # randomisation (issue 12 item 4)
        schedule_routes,  # treatment schedule (issue 12 item 6)
        screening_routes,  # screening and enrolment (issue 12 item 2)
        unblinding_routes,  # emergency unblinding (issue 12 item 4)
    )
    from cellchain.trial import routes as trial_routes

    api_routers = (auth_api.router, lots_api.router, release_routes.api, bags_api.router,
                   trial_api.router, scan_api.router, bedside_api.router,
                   adverse_api.router, trace_api.router,
                   allocation_api.router)
    page_routers = (
        auth_routes.router, admin_routes.router, dashboard.router, audit_routes.router,
        record_routes.router, deviation_routes.router, lots_routes.router,
        notification_routes.router, bags_routes.router, cbu_routes.router, qc_routes.router,
        schedule_routes.router,
        labs_routes.router,  # pre-infusion labs (issue 12, DESIGN §4.1)
        unblinding_routes.router,  # emergency unblinding, before the subject pages
        # Screening (issue 12) before the subject page: /subjects/new is not a subject id.
        screening_routes.router,
        trial_routes.router, labels_routes.router, scan_routes.router, materials_routes.router,
        equipment_routes.router, account_routes.router, release_routes.router,
        bedside_routes.router,
        adverse_routes.router,
        trace_routes.router,
        # Chain of custody (issue 11 item 2).
        custody_routes.router, custody_qa_routes.router,
        allocation_routes.router,  # allocation (issue 11 item 1)
        randomisation_routes.router,  # randomisation (issue 12 item 4)
        escalation_routes.router,  # cohort board (issue 12 item 3)
    )
    for router in api_routers:
        app.include_router(router)
    # The OpenAPI document describes the JSON API (DESIGN §6); pages are not part of it.
    for router in page_routers:
        app.include_router(router, include_in_schema=False)
