"""Audit trail pages: browse, verify the chain, record a signed review."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import Response
from sqlmodel import col, func, select

from cellchain.audit import reviews
from cellchain.audit import service as audit
from cellchain.audit.models import AuditEvent
from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import AUDIT_READERS, Role
from cellchain.blinding import rules as blinding
from cellchain.blinding.rules import Blinding
from cellchain.clock import utcnow
from cellchain.db import SessionDep
from cellchain.inputs.rules import MAX_ID
from cellchain.signatures import service as signatures
from cellchain.signatures.rules import Meaning
from cellchain.web import redirect_with_flash, render

router = APIRouter(prefix="/audit")
Reader = Annotated[Principal, Depends(allow(*AUDIT_READERS))]
Reviewer = Annotated[Principal, Depends(allow(Role.QA))]
PAGE_SIZE = 50


@router.get("")
def audit_trail(
    request: Request,
    session: SessionDep,
    principal: Reader,
    entity_type: Annotated[str, Query(max_length=64)] = "",
    entity_id: Annotated[str, Query(max_length=64)] = "",
    page: Annotated[int, Query(ge=1, le=MAX_ID)] = 1,
) -> Response:
    query = select(AuditEvent)
    blinded = not blinding.is_unblinded(principal.roles)
    if blinded and (entity_type or entity_id):
        # A filter never matches a hidden record, so it cannot tell whether one exists.
        query = query.where(AuditEvent.blinding == Blinding.OPEN.value)
    if entity_type:
        query = query.where(AuditEvent.entity_type == entity_type)
    if entity_id:
        query = query.where(AuditEvent.entity_id == entity_id)
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    events = session.exec(
        query.order_by(col(AuditEvent.seq).desc()).offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE)
    ).all()
    return render(request, "audit/list.html", {
        # Blinded readers see every sequence number (the trail is visibly complete) but only
        # a neutral line for a record they may not read (DESIGN §4.6).
        "events": [(e, blinding.sees(principal.roles, e.blinding)) for e in events],
        "total": total, "page": page, "pages": max(1, -(-total // PAGE_SIZE)),
        "entity_type": entity_type, "entity_id": entity_id,
        "reviews": [(r, signatures.manifest(session, entity_type="audit_review",
                                            entity_id=r.id, snapshot=reviews.snapshot(r)))
                    for r in reviews.recent(session)],
        "can_review": Role.QA in principal.roles,
        "needs_user_id": signatures.signer_needs_user_id(session, principal),
        "meaning": Meaning.REVIEWED,
    })


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
