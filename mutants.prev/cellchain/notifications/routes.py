"""Acknowledging notifications from the dashboard."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from cellchain.auth.deps import Authenticated
from cellchain.clock import utcnow
from cellchain.db import SessionDep
from cellchain.notifications import service
from cellchain.web import redirect_with_flash

router = APIRouter(prefix="/notifications")


@router.post("/{notification_id}/acknowledge")
def acknowledge(
    request: Request, session: SessionDep, principal: Authenticated, notification_id: int
) -> Response:
    service.acknowledge(session, actor=principal.actor, roles=principal.roles,
                        notification_id=notification_id, now=utcnow())
    return redirect_with_flash(request, "/", "Notification acknowledged.")
