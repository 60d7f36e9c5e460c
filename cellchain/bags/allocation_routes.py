"""The coordinator's allocation pages: scan (or choose) a bag and a subject, review, confirm;
then the bag's label is printed again under print control, because it now carries the
subject's chain of identity. Deallocation is posted from the bag page with a reason.

The scans are posted, never sent in a URL: a wristband read carries a subject number and date
of birth, which must not land in access logs or the browser history (as /scan).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import Response

from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.bags import allocation_page as page
from cellchain.bags import service as bags
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import SessionDep
from cellchain.errors import CellchainError, NotFound
from cellchain.inputs.rules import MAX_ID
from cellchain.isbt128.coi import CoiIdentifier
from cellchain.lots.models import Lot
from cellchain.trial.models import ChainOfIdentity, Subject
from cellchain.web import SettingsDep, redirect_with_flash, render

router = APIRouter()
# Allocation is the unblinded coordinator's (DESIGN §1): it binds kits to subjects.
Coordinator = Annotated[Principal, Depends(allow(Role.COORDINATOR))]
ScanText = Annotated[str, Form(max_length=500)]
ChoiceId = Annotated[str, Form(max_length=12)]


def _form_page(
    request: Request, session: SessionDep, settings: Settings, form: page.AllocationForm, *,
    errors: dict[str, str] | None = None, refusals: list[str] | None = None,
    status_code: int = 200,
) -> Response:
    now = utcnow()
    context: dict[str, Any] = {
        "form": form, "errors": errors or {}, "refusals": refusals or [],
        "bag_choices": page.bag_choices(session, now, settings.zone),
        "subject_choices": page.subject_choices(session), "list_cap": page.LIST_CAP}
    return render(request, "bags/allocation.html", context, status_code=status_code)


@router.get("/allocation")
def allocation_form(
    request: Request, session: SessionDep, _: Coordinator, settings: SettingsDep,
    bag_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    subject_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
) -> Response:
    """The scan form; the dashboard's queues open it with the bag or the subject chosen."""
    form = page.AllocationForm(bag_id=str(bag_id or ""), subject_id=str(subject_id or ""))
    return _form_page(request, session, settings, form)


@router.post("/allocation/review")
def allocation_review(
    request: Request, session: SessionDep, principal: Coordinator, settings: SettingsDep,
    bag: ScanText = "", bag_id: ChoiceId = "", wristband: ScanText = "",
    subject_id: ChoiceId = "",
) -> Response:
    """Shows what the allocation will bind, for the coordinator to confirm; writes nothing."""
    form = page.AllocationForm(bag=bag, bag_id=bag_id, wristband=wristband,
                               subject_id=subject_id)
    try:
        chosen_bag, subject = page.chosen(session, form, principal)
    except CellchainError as refused:
        return _form_page(request, session, settings, form, status_code=refused.status_code,
                          errors=refused.problems or {"bag": refused.message})
    review = page.review(session, bag=chosen_bag, subject=subject, now=utcnow(),
                         zone=settings.zone)
    if review.refusals:
        return _form_page(request, session, settings, form, status_code=409,
                          refusals=[r.message for r in review.refusals])
    return render(request, "bags/allocation_review.html", {"review": review})


@router.post("/allocation")
def allocate(
    request: Request, session: SessionDep, principal: Coordinator, settings: SettingsDep,
    bag_id: Annotated[int, Form(ge=1, le=MAX_ID)],
    coi_id: Annotated[int, Form(ge=1, le=MAX_ID)],
) -> Response:
    """Allocates the reviewed bag under the reviewed COI (refused if either changed since),
    then opens the bag's label for printing again."""
    bag = bags.get_bag(session, bag_id)
    coi = session.get(ChainOfIdentity, coi_id)
    if coi is None:
        raise NotFound(f"No chain-of-identity identifier with id {coi_id}.", field="coi_id")
    try:
        bags.allocate(session, actor=principal.actor, bag=bag, coi=coi, now=utcnow(),
                      settings=settings)
    except CellchainError as refused:
        return _form_page(request, session, settings, page.AllocationForm(bag_id=str(bag_id)),
                          status_code=refused.status_code,
                          refusals=getattr(refused, "reasons", None) or [refused.message])
    lot = session.get(Lot, bag.lot_id)
    subject = session.get(Subject, coi.subject_id)
    assert lot is not None and subject is not None
    parsed = CoiIdentifier.parse(coi.identifier)
    return redirect_with_flash(
        request, f"/bags/{bag_id}/label",
        f"{bags.bag_name(bag, lot)} is allocated to subject {subject.subject_number} "
        f"(chain of identity {parsed.eye_readable} {parsed.check_character}). Print its label "
        "again now: the label must carry the subject's chain of identity. Put the new label "
        "on the bag and destroy the earlier one.")


@router.post("/bags/{bag_id}/deallocation")
def deallocate(
    request: Request, session: SessionDep, principal: Coordinator, bag_id: int,
    reason: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    """Takes the bag back from its subject (with a reason), then opens its label: the printed
    one names the subject's chain of identity and must be voided and destroyed."""
    bag = bags.get_bag(session, bag_id)
    lot = session.get(Lot, bag.lot_id)
    holder = session.get(Subject, bag.subject_id) if bag.subject_id is not None else None
    bags.deallocate(session, actor=principal.actor, bag=bag, reason=reason, now=utcnow())
    assert lot is not None and holder is not None
    return redirect_with_flash(
        request, f"/bags/{bag_id}/label",
        f"{bags.bag_name(bag, lot)} is no longer allocated to subject "
        f"{holder.subject_number or holder.screening_number}. Its printed label still carries "
        "their chain of identity: void that print below and destroy the label; print a new one "
        "before the bag is used.")
