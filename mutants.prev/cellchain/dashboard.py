"""The home page per role."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from cellchain.auth.deps import Authenticated
from cellchain.auth.roles import MANUFACTURING, UNBLINDED
from cellchain.batch.due_work import collect
from cellchain.clock import utcnow
from cellchain.db import SessionDep
from cellchain.lots import service as lots
from cellchain.lots.states import LotState
from cellchain.notifications import service as notifications
from cellchain.web import SettingsDep, render

router = APIRouter()


@router.get("/")
def dashboard(
    request: Request, session: SessionDep, principal: Authenticated, settings: SettingsDep
) -> Response:
    context: dict[str, object] = {
        "notifications": notifications.open_for(session, principal.roles),
    }
    if principal.has_any(UNBLINDED):
        counts = lots.count_by_status(session)
        context["lot_counts"] = [(state, counts.get(state, 0)) for state in LotState]
    if principal.has_any(MANUFACTURING):
        context["due_work"] = [item for item in collect(session, settings, utcnow())
                               if principal.has_any(frozenset(item.roles))]
    return render(request, "dashboard/index.html", context)
