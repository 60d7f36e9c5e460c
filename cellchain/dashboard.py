"""The home page: the work queues of the roles the person holds (cellchain.worklists)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from cellchain.auth.deps import Authenticated
from cellchain.auth.roles import UNBLINDED
from cellchain.clock import utcnow
from cellchain.db import SessionDep
from cellchain.lots import service as lots
from cellchain.lots.states import LotState
from cellchain.notifications import service as notifications
from cellchain.web import SettingsDep, render
from cellchain.worklists.queues import age
from cellchain.worklists.view import queues_for

router = APIRouter()
# The newest notifications are listed; a site with thousands open shows how many more wait.
NOTIFICATIONS_SHOWN = 20


@router.get("/")
def dashboard(
    request: Request, session: SessionDep, principal: Authenticated, settings: SettingsDep
) -> Response:
    now = utcnow()
    context: dict[str, object] = {
        "notifications": notifications.open_for(session, principal.roles,
                                                limit=NOTIFICATIONS_SHOWN),
        "notifications_open": notifications.count_open_for(session, principal.roles),
        "queues": queues_for(session, principal, settings, now),
        "age": lambda since: age(since, now),
    }
    if principal.has_any(UNBLINDED):
        counts = lots.count_by_status(session)
        context["lot_counts"] = [(state, counts.get(state, 0)) for state in LotState]
    return render(request, "dashboard/index.html", context)
