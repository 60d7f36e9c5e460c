"""Lot pages (read-only until the batch record arrives)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlmodel import col, select

from cellchain.audit import service as audit
from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import BAG_LABEL_PRINTERS, MANUFACTURING, UNBLINDED, Role
from cellchain.batch.view import lot_record
from cellchain.clock import utcnow
from cellchain.db import SessionDep
from cellchain.labels.data import LabelKind
from cellchain.labels.kinds import KINDS
from cellchain.lots import service
from cellchain.lots.models import Lot
from cellchain.lots.states import CORRECTABLE, VERIFIABLE, LotState, allowed_targets
from cellchain.release import late
from cellchain.release.service import release_of
from cellchain.web import SettingsDep, render

router = APIRouter(prefix="/lots")
# Lots are manufacturing data: blinded roles never see them (DESIGN §4.6).
LotReader = Annotated[Principal, Depends(allow(*UNBLINDED))]


@router.get("")
def list_lots(
    request: Request, session: SessionDep, _: LotReader,
    status: Annotated[LotState | None, Query()] = None,
) -> Response:
    query = select(Lot).order_by(col(Lot.created_at).desc())
    if status is not None:
        query = query.where(Lot.status == status.value)
    return render(request, "lots/list.html", {
        "lots": session.exec(query).all(), "status": status, "states": list(LotState),
        "counts": service.count_by_status(session),
    })


@router.get("/{lot_id}")
def lot_detail(
    request: Request, session: SessionDep, principal: LotReader, settings: SettingsDep,
    lot_id: int,
) -> Response:
    lot = service.get_lot(session, lot_id)
    state = LotState(lot.status)
    held_from = LotState(lot.held_from) if lot.held_from else None
    # The batch record has read the lot's bags, samples and parents: shown from it, not
    # read again.
    record = lot_record(session, lot, settings, utcnow())
    return render(request, "lots/detail.html", {
        "lot": lot, "state": state, "held_from": held_from,
        "can_label_lot": principal.has_any(KINDS[LabelKind.LOT].viewers),
        "next_states": allowed_targets(state, held_from=held_from),
        "history": audit.events_for(session, "lot", lot.id),
        "bags": record.bags, "samples": record.samples,
        "can_print_bags": principal.has_any(BAG_LABEL_PRINTERS),
        "record": record, "actions": True,
        "can_record": principal.has_any(frozenset({Role.TECHNICIAN})),
        # Offered only while the record takes them (the services refuse them otherwise).
        "can_verify": state in VERIFIABLE
        and principal.has_any(frozenset({Role.TECHNICIAN, Role.QC, Role.QA})),
        "can_correct": state in CORRECTABLE
        and principal.has_any(frozenset({Role.TECHNICIAN, Role.QA})),
        "can_open_deviation": principal.has_any(MANUFACTURING),
        "can_lift_hold": Role.QA in principal.roles,
        "can_review_release": Role.QA in principal.roles,
        "release": release_of(session, lot, settings),
        "parents": record.parents,
        "lot_bags": late.bags_of_lot(session, lot),
    })
