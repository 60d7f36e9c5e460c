"""Audit trail pages: browse and filter in words, export CSV, verify the chain, record a
signed review."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import Response
from sqlmodel import Session

from cellchain.audit import browse, reviews
from cellchain.audit import service as audit
from cellchain.audit.filters import read_filter
from cellchain.audit.models import AuditReview
from cellchain.audit.words import ACTION_LABELS, action_label
from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import AUDIT_READERS, Role
from cellchain.clock import utcnow
from cellchain.db import SessionDep
from cellchain.errors import BadInput
from cellchain.inputs.rules import MAX_ID
from cellchain.signatures import service as signatures
from cellchain.signatures.rules import Meaning
from cellchain.web import SettingsDep, redirect_with_flash, render

router = APIRouter(prefix="/audit")
Reader = Annotated[Principal, Depends(allow(*AUDIT_READERS))]
Reviewer = Annotated[Principal, Depends(allow(Role.QA))]


async def _filter_form(
    record: Annotated[str, Query(max_length=200)] = "",
    user: Annotated[str, Query(max_length=200)] = "",
    action: Annotated[str, Query(max_length=200)] = "",
    date_from: Annotated[str, Query(max_length=200)] = "",
    date_to: Annotated[str, Query(max_length=200)] = "",
) -> dict[str, str]:
    return {"record": record, "user": user, "action": action, "date_from": date_from,
            "date_to": date_to}


async def _export_form(
    record: Annotated[str, Form(max_length=200)] = "",
    user: Annotated[str, Form(max_length=200)] = "",
    action: Annotated[str, Form(max_length=200)] = "",
    date_from: Annotated[str, Form(max_length=200)] = "",
    date_to: Annotated[str, Form(max_length=200)] = "",
) -> dict[str, str]:
    return {"record": record, "user": user, "action": action, "date_from": date_from,
            "date_to": date_to}


def _page_context(session: Session, principal: Principal,
                  typed: dict[str, str]) -> dict[str, Any]:
    return {
        "form": typed, "actions": sorted(ACTION_LABELS.items(), key=lambda item: item[1]),
        "action_words": action_label,
        "reviews": _reviews(session),
        "can_review": Role.QA in principal.roles,
        "needs_user_id": signatures.signer_needs_user_id(session, principal),
        "meaning": Meaning.REVIEWED,
    }


def _reviews(session: Session) -> list[tuple[AuditReview, list[signatures.ShownSignature]]]:
    """The recent reviews with their signatures (one query for all the signatures)."""
    recent = reviews.recent(session)
    signed = signatures.manifests(session, entity_type="audit_review", snapshots={
        r.id: reviews.snapshot(r) for r in recent})
    return [(r, signed[r.id]) for r in recent]


def _refused(request: Request, session: Session, principal: Principal,
             typed: dict[str, str], refusal: BadInput) -> Response:
    """The page again with the form as typed, the field and the rule named, no results."""
    return render(request, "audit/list.html",
                  {**_page_context(session, principal, typed), "error": refusal},
                  status_code=400)


@router.get("")
def audit_trail(
    request: Request,
    session: SessionDep,
    principal: Reader,
    settings: SettingsDep,
    typed: Annotated[dict[str, str], Depends(_filter_form)],
    page: Annotated[int, Query(ge=1, le=MAX_ID)] = 1,
) -> Response:
    try:
        flt = read_filter(**typed)
        trail = browse.page(session, flt, principal.roles, zone=settings.zone, number=page)
    except BadInput as refusal:
        return _refused(request, session, principal, typed, refusal)
    return render(request, "audit/list.html", {
        **_page_context(session, principal, typed), "trail": trail, "filter": flt,
        "link": lambda number: "?" + urlencode({**flt.params(), "page": number}),
    })


@router.post("/export")
def export_trail(
    request: Request,
    session: SessionDep,
    principal: Reader,
    settings: SettingsDep,
    typed: Annotated[dict[str, str], Depends(_export_form)],
) -> Response:
    """The filtered view as a CSV attachment. A POST, not a GET: an export discloses records,
    so it is itself audited (who, when, which filter, how many rows; 21 CFR 11.10(e))."""
    now = utcnow()
    try:
        flt = read_filter(**typed)
        text, _ = browse.export(session, flt, actor=principal.actor, roles=principal.roles,
                                zone=settings.zone, now=now)
    except BadInput as refusal:
        return _refused(request, session, principal, typed, refusal)
    name = f"audit-trail-{now.astimezone(settings.zone):%Y%m%d-%H%M%S}.csv"
    # A byte-order mark lets spreadsheet programs read the UTF-8 names and units as UTF-8.
    return Response("\ufeff" + text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/verify")
def verify_chain(request: Request, session: SessionDep, _: Reader) -> Response:
    result = audit.verify(session)
    return render(request, "audit/verify.html", {"result": result, "checked_at": utcnow()})


@router.post("/reviews")
def record_review(
    request: Request,
    session: SessionDep,
    principal: Reviewer,
    comment: Annotated[str, Form(max_length=2000)],
    password: Annotated[str, Form(max_length=256)],
    username: Annotated[str, Form(max_length=64)] = "",
) -> Response:
    now = utcnow()
    proof = signatures.require_signer(session, principal=principal, username=username,
                                      password=password, now=now,
                                      settings=request.app.state.settings)
    review = reviews.record_review(session, proof=proof, comment=comment, now=now)
    verdict = "intact" if review.chain_ok else "BROKEN"
    return redirect_with_flash(
        request, "/audit",
        f"Review signed: chain {verdict} up to sequence {review.up_to_seq}.",
        kind="success" if review.chain_ok else "error",
    )
