"""Bag pages. Blinded roles see the bag by number and kit, never its lot (DESIGN §4.6)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import Response
from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import BAG_LABEL_PRINTERS, BAG_VIEWERS, Role
from cellchain.bags import service as bags
from cellchain.bags.allocation_rules import DEALLOCATABLE
from cellchain.bags.disposition import SIGNERS, Disposition, dispose, open_to
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.blinding import rules as blinding
from cellchain.clock import utcnow
from cellchain.custody.timeline import custody_timeline
from cellchain.db import SessionDep
from cellchain.display import din_text
from cellchain.labels.data import BagLabel, LabelKind
from cellchain.labels.service import label_data_for
from cellchain.lots.models import Lot
from cellchain.signatures import service as signatures
from cellchain.trial.models import Subject
from cellchain.web import SettingsDep, redirect_with_flash, render

router = APIRouter(prefix="/bags")
BagViewer = Annotated[Principal, Depends(allow(*BAG_VIEWERS))]
BagDisposer = Annotated[Principal, Depends(allow(*frozenset().union(*SIGNERS.values())))]


@router.get("")
def list_bags(
    request: Request, session: SessionDep, principal: BagViewer,
    status: Annotated[BagStatus | None, Query()] = None,
) -> Response:
    query = (select(Bag, Lot.din, Subject.subject_number)
             .join(Lot, col(Lot.id) == col(Bag.lot_id))
             .outerjoin(Subject, col(Subject.id) == col(Bag.subject_id))
             .where(bags.where_visible(principal.roles))
             .order_by(col(Bag.id).desc()))
    now = utcnow()
    if status is not None:
        query = query.where(bags.where_effective_status(status, now))
    rows = [(bag, _name(principal, bag, din), number, bags.effective_status(bag, now))
            for bag, din, number in session.exec(query)]
    return render(request, "bags/list.html", {
        "rows": rows, "status": status, "states": list(BagStatus),
        "blinded": not blinding.is_unblinded(principal.roles)})


def _name(principal: Principal, bag: Bag, din_eye: str) -> str:
    """How a bag is named to this reader: by DIN and division, or by kit number alone."""
    if blinding.shows_lot_identity(principal.roles, kit_number=bag.kit_number):
        return f"{din_eye} {bag.division}"
    return f"Kit {bag.kit_number}"


@router.get("/{bag_id}")
def bag_detail(
    request: Request, session: SessionDep, principal: BagViewer, settings: SettingsDep,
    bag_id: int,
) -> Response:
    bag = bags.visible_bag(session, bag_id, principal.roles)
    label = label_data_for(session, LabelKind.BAG, bag_id, settings)
    assert isinstance(label, BagLabel)
    unblinded = blinding.is_unblinded(principal.roles)
    shown = blinding.shows_lot_identity(principal.roles, kit_number=bag.kit_number)
    identity = [("Bag", f"{label.din.eye} {bag.division}"), ("Product code", bag.product_code),
                ("Description", label.description)] if shown else [
        ("Kit", bag.kit_number or ""), ("Description", label.description)]
    rows = [
        *identity,
        ("Status", bags.effective_status(bag, utcnow()).label),
        (label.recipient_caption, label.recipient),
        ("Chain of identity", f"{label.coi} {label.coi_check}".strip()),
        ("Expires", f"{label.expiry_local} ({label.expiry_utc})"),
    ]
    links = []
    if unblinded:
        links.append(("Lot", f"/lots/{bag.lot_id}"))
    if principal.has_any(BAG_LABEL_PRINTERS | {Role.QA}):
        links.append(("Label", f"/bags/{bag_id}/label"))
    # Allocation (issue 11 item 1): the coordinator allocates a released bag or takes one back.
    deallocation = _deallocation(session, principal, bag)
    if principal.has_any(frozenset({Role.COORDINATOR})) and bag.subject_id is None \
            and bag.status == BagStatus.RELEASED:
        links.append(("Allocate", f"/allocation?bag_id={bag_id}"))
    title = f"Bag {label.din.eye} {bag.division}" if shown else f"Kit {bag.kit_number}"
    # Blinded roles hold none of the signing roles, so they never see these forms.
    dispositions = open_to(principal.roles, BagStatus(bag.status)) if unblinded else []
    return render(request, "bags/detail.html", {
        "title": title, "rows": rows, "links": links, "bag": bag, "dispositions": dispositions,
        "needs_user_id": dispositions and signatures.signer_needs_user_id(session, principal),
        "deallocation": deallocation,
        "history": audit.events_for(session, "bag", bag_id) if unblinded else None,
        # Chain of custody (issue 11 item 2): open to every bag viewer, QA's comments not.
        "custody": custody_timeline(session, bag_id), "custody_comments": unblinded})


def _deallocation(session: Session, principal: Principal, bag: Bag) -> dict[str, str] | None:
    """The deallocation form's data, when this coordinator may take the bag back now."""
    if not principal.has_any(frozenset({Role.COORDINATOR})) or bag.subject_id is None \
            or BagStatus(bag.status) not in DEALLOCATABLE:
        return None
    subject = session.get(Subject, bag.subject_id)
    return {"subject": subject.subject_number or subject.screening_number if subject else ""}


@router.post("/{bag_id}/disposition")
def bag_disposition(
    request: Request, session: SessionDep, principal: BagDisposer, settings: SettingsDep,
    bag_id: int, action: Annotated[Disposition, Form()],
    password: Annotated[str, Form(max_length=256)],
    reason: Annotated[str, Form(max_length=500)] = "",
    username: Annotated[str, Form(max_length=64)] = "",
) -> Response:
    """A signed quarantine, release from quarantine, return or destruction of one bag."""
    bag = bags.get_bag(session, bag_id)
    now = utcnow()
    proof = signatures.require_signer(session, principal=principal, username=username,
                                      password=password, now=now, settings=settings)
    dispose(session, proof=proof, bag=bag, disposition=action, reason=reason,
            settings=settings, now=now)
    lot = session.get(Lot, bag.lot_id)
    assert lot is not None
    return redirect_with_flash(request, f"/bags/{bag_id}",
                               f"Bag {din_text(lot.din)} {bag.division} is now "
                               f"{BagStatus(bag.status).label}; your signature is recorded.")
