"""Page rendering: one Jinja2 environment, flash messages, navigation per role, htmx helpers."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from cellchain.audit.words import action_label, change_lines
from cellchain.auth.principal import Principal
from cellchain.auth.roles import (
    AUDIT_READERS,
    BAG_VIEWERS,
    LABEL_REVIEWERS,
    SUBJECT_VIEWERS,
    UNBLINDED,
    Role,
)
from cellchain.config import Settings
from cellchain.cookies import signed, unsigned
from cellchain.db import keep_writes as mark_kept
from cellchain.db import refuse_writes
from cellchain.display import coi_text, days_text, din_text, scientific
from cellchain.equipment.rules import equipment_kind_label
from cellchain.errors import BadInput
from cellchain.isbt128.din import parse_din_text
from cellchain.lots.states import LotState
from cellchain.materials.rules import material_kind_label
from cellchain.paths import TEMPLATES_DIR

FLASH_COOKIE = "cellchain_flash"

templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
# Templates are part of the released software and change only with a new release and a restart:
# without this every render asked the file system whether each template it uses had changed.
templates.env.auto_reload = False
templates.env.globals["Role"] = Role
templates.env.globals["days_text"] = days_text
templates.env.filters["scientific"] = scientific
templates.env.filters["din"] = lambda text: din_with_check(text)
templates.env.filters["din_text"] = din_text
templates.env.filters["coi"] = coi_text
templates.env.filters["lot_status"] = lambda value: LotState(value).label
templates.env.globals["action_words"] = action_label
templates.env.globals["change_lines"] = change_lines
# Kinds print by their display names, never their codes ("IL-2", not "il2").
templates.env.filters["material_kind"] = material_kind_label
templates.env.filters["equipment_kind"] = equipment_kind_label


@dataclass(frozen=True)
class NavItem:
    label: str
    href: str
    roles: frozenset[Role]


NAV: tuple[NavItem, ...] = (
    NavItem("Dashboard", "/", frozenset(Role)),
    NavItem("Scan station", "/station", frozenset({Role.TECHNICIAN})),
    NavItem("Lots", "/lots", UNBLINDED),
    NavItem("Cord blood", "/cbu", UNBLINDED),
    NavItem("Deviations", "/deviations", UNBLINDED),
    NavItem("QC results", "/qc", frozenset({Role.QC, Role.QA})),
    NavItem("Materials", "/materials", UNBLINDED),
    NavItem("Equipment", "/equipment", UNBLINDED),
    NavItem("Bedside", "/bedside", frozenset({Role.CLINICIAN})),
    NavItem("Bags", "/bags", BAG_VIEWERS),
    NavItem("Subjects", "/subjects", SUBJECT_VIEWERS),
    NavItem("Labels", "/labels", LABEL_REVIEWERS),
    NavItem("Audit trail", "/audit", AUDIT_READERS),
    NavItem("Users", "/admin/users", frozenset({Role.ADMIN})),
    # Issue 11 traceability: every role that handles bags traces subjects (donors: unblinded).
    NavItem("Trace", "/trace", BAG_VIEWERS),
    # Chain of custody (issue 11 item 2): the lab's and the ward's scan stations, QA's list.
    NavItem("Dispatch", "/custody/dispatch", frozenset({Role.TECHNICIAN, Role.COORDINATOR})),
    NavItem("Ward receipt", "/custody/receive", frozenset({Role.CLINICIAN, Role.COORDINATOR})),
    NavItem("Excursions", "/custody/excursions", frozenset({Role.QA})),
    # Allocation (issue 11 item 1): the coordinator binds released bags to subjects.
    NavItem("Allocation", "/allocation", frozenset({Role.COORDINATOR})),
    # Treatment schedule (issue 12 item 6): the ward calendar of infusion visits.
    NavItem("Calendar", "/calendar", frozenset({Role.CLINICIAN, Role.COORDINATOR, Role.MONITOR})),
    NavItem("Randomisation", "/randomisation", frozenset({Role.COORDINATOR})),
    # Dose escalation (issue 12 item 3): the open-label cohort board.
    NavItem("Cohort board", "/escalation",
            frozenset({Role.CLINICIAN, Role.COORDINATOR, Role.MONITOR, Role.QA})),
)


def din_with_check(text: object) -> Markup:
    """A stored DIN as printed on its label: eye-readable, then the keyboard-entry check
    character in a box (ST-001 §7.5.1.1). Text that is not a DIN is shown as it is."""
    try:
        din = parse_din_text(str(text))
    except BadInput:
        return escape(text)
    return Markup('{} <span class="check-char" title="check character">{}</span>').format(
        din.eye_readable, din.check_character)


def nav_for(principal: Principal | None) -> list[NavItem]:
    """Returns the navigation entries the signed-in person's roles may open."""
    if principal is None or principal.must_change_password:
        return []
    return [item for item in NAV if principal.has_any(item.roles)]


def is_htmx(request: Request) -> bool:
    return request.headers.get("HX-Request") == "true"


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def _settings_dependency(request: Request) -> Settings:
    # async: FastAPI runs a plain ``def`` dependency in a worker thread, a hop that costs more
    # than the rest of a scan (issue 13).
    return _settings(request)


SettingsDep = Annotated[Settings, Depends(_settings_dependency)]


async def posted_form(request: Request) -> dict[str, str]:
    """Every text field of a posted form (the edge check has already refused control
    characters). Read by this async dependency so that the route itself can be a plain
    ``def``: its blocking database work then runs in the thread pool, never on the event loop
    where it would stall every other request (PERFORMANCE-NOTES rule 4)."""
    form = await request.form()
    return {key: value for key, value in form.items() if isinstance(value, str)}


PostedForm = Annotated[dict[str, str], Depends(posted_form)]


def local_time(value: datetime | None, settings: Settings) -> str:
    """Formats a stored UTC time in the site's zone, naming the zone (DESIGN §5)."""
    if value is None:
        return ""
    local = value.astimezone(settings.zone)
    return f"{local:%Y-%m-%d %H:%M:%S} {local.tzname()}"


def render(
    request: Request,
    name: str,
    context: dict[str, Any] | None = None,
    *,
    status_code: int = 200,
    keep_writes: bool = False,
) -> HTMLResponse:
    """Renders a page (or an htmx partial) with the shared context every template relies on.

    A page answered with an error status refuses the action: the request's writes roll back,
    unless ``keep_writes`` (the record of a failed sign-in must be kept, 11.300(d)).
    """
    if status_code >= 400:
        refuse_writes(request)
        if keep_writes:
            mark_kept(request)
    settings = _settings(request)
    principal: Principal | None = getattr(request.state, "principal", None)
    ctx: dict[str, Any] = {
        "principal": principal,
        "nav": nav_for(principal),
        "csrf_token": principal.csrf_token if principal else getattr(
            request.state, "login_csrf", ""),
        "flashes": read_flashes(request, settings),
        "site_name": settings.site_name,
        "local_time": lambda value: local_time(value, settings),
    }
    ctx.update(context or {})
    response = templates.TemplateResponse(request, name, ctx, status_code=status_code)
    if request.cookies.get(FLASH_COOKIE):
        response.delete_cookie(FLASH_COOKIE, path="/")
    return response


def redirect_with_flash(
    request: Request, url: str, message: str, *, kind: str = "success"
) -> Response:
    """Post/Redirect/Get with a message shown once on the next page (signed cookie)."""
    settings = _settings(request)
    payload = base64.urlsafe_b64encode(json.dumps([[kind, message]]).encode()).decode()
    response: Response
    if is_htmx(request):
        response = Response(status_code=204, headers={"HX-Redirect": url})
    else:
        response = RedirectResponse(url, status_code=303)
    response.set_cookie(
        FLASH_COOKIE, signed("flash", payload, settings), path="/", httponly=True,
        samesite="strict", secure=settings.cookie_secure, max_age=60,
    )
    return response


def read_flashes(request: Request, settings: Settings) -> list[tuple[str, str]]:
    """Returns the messages carried by a valid flash cookie (ignores a forged one)."""
    payload = unsigned("flash", request.cookies.get(FLASH_COOKIE), settings)
    if payload is None:
        return []
    try:
        items = json.loads(base64.urlsafe_b64decode(payload.encode()))
        return [(str(kind), str(message)) for kind, message in items]
    except (ValueError, TypeError):
        return []
