"""QA's temperature-excursion pages: the open excursions, one excursion with the handoff that
found it, and its acknowledgement (a comment and a confirmation). Acknowledging does not
decide the bag: QA's signed release from quarantine or destruction on the bag's page does, and
the release is refused while an excursion is unacknowledged (cellchain.bags.disposition)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from sqlmodel import Session, col, select

from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.bags.models import Bag
from cellchain.clock import utcnow
from cellchain.custody import forms, service, timeline
from cellchain.custody.models import CustodyEvent, TemperatureExcursion
from cellchain.db import SessionDep, get_record
from cellchain.errors import CellchainError
from cellchain.lots.models import Lot
from cellchain.web import redirect_with_flash, render

router = APIRouter(prefix="/custody/excursions")
QaUser = Annotated[Principal, Depends(allow(Role.QA))]
RECENT = 20


def _named(session: Session, principal: Principal, excursions: list[TemperatureExcursion]
           ) -> list[tuple[TemperatureExcursion, str, CustodyEvent]]:
    """Each excursion with its bag's name and the handoff that found it."""
    rows = []
    for excursion in excursions:
        bag = session.get(Bag, excursion.bag_id)
        event = session.get(CustodyEvent, excursion.custody_event_id)
        assert bag is not None and event is not None
        lot = session.get(Lot, bag.lot_id)
        assert lot is not None
        rows.append((excursion, forms.shown_name(bag, lot.din, principal), event))
    return rows


@router.get("")
def excursions(request: Request, session: SessionDep, principal: QaUser) -> Response:
    found, total = timeline.open_excursions(session, 200)
    recent = session.exec(select(TemperatureExcursion)
                          .where(col(TemperatureExcursion.acknowledged_at).is_not(None))
                          .order_by(col(TemperatureExcursion.acknowledged_at).desc())
                          .limit(RECENT)).all()
    return render(request, "custody/excursions.html", {
        "open": _named(session, principal, found), "total": total,
        "recent": _named(session, principal, list(recent))})


def _detail(request: Request, session: Session, principal: Principal, excursion_id: int, *,
            error: str = "", comment: str = "", status_code: int = 200) -> Response:
    excursion = get_record(session, TemperatureExcursion, excursion_id, "temperature excursion")
    [(_, name, event)] = _named(session, principal, [excursion])
    return render(request, "custody/excursion.html", {
        "excursion": excursion, "name": name, "event": event, "error": error,
        "comment": comment}, status_code=status_code)


@router.get("/{excursion_id}")
def excursion_detail(request: Request, session: SessionDep, principal: QaUser,
                     excursion_id: int) -> Response:
    return _detail(request, session, principal, excursion_id)


@router.post("/{excursion_id}/acknowledge")
def acknowledge(request: Request, session: SessionDep, principal: QaUser, excursion_id: int,
                comment: Annotated[str, Form(max_length=2000)] = "") -> Response:
    excursion = get_record(session, TemperatureExcursion, excursion_id, "temperature excursion")
    try:
        service.acknowledge_excursion(session, actor=principal.actor, excursion=excursion,
                                      comment=comment, now=utcnow())
    except CellchainError as refusal:
        return _detail(request, session, principal, excursion_id, error=refusal.message,
                       comment=comment, status_code=refusal.status_code)
    return redirect_with_flash(
        request, f"/custody/excursions/{excursion_id}",
        f"Temperature excursion {excursion_id} acknowledged. The bag stays in quarantine until "
        "you release it from quarantine or record its destruction, with your signature, on "
        "the bag's page.")
