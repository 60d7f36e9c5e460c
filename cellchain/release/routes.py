"""QA's release review page and signed decisions; the lot and release-check API (DESIGN §6)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from pydantic import BaseModel

from cellchain.api_errors import API_ERRORS
from cellchain.audit import service as audit
from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import UNBLINDED, Role
from cellchain.batch.view import lot_record
from cellchain.clock import utcnow
from cellchain.db import SessionDep
from cellchain.display import din_text
from cellchain.errors import BadInput
from cellchain.lots import service as lots
from cellchain.lots.states import RELEASES, LotState
from cellchain.qc import outcomes as qc_outcomes
from cellchain.qc.outcomes import ResultStatus
from cellchain.release import certificate, late, service
from cellchain.release.rules import REJECTABLE, Decision, blockers, pending_tests
from cellchain.signatures import service as signatures
from cellchain.signatures.rules import Meaning
from cellchain.web import SettingsDep, redirect_with_flash, render

router = APIRouter()
api = APIRouter(prefix="/api/v1", tags=["lots"], responses=API_ERRORS)
QA = Annotated[Principal, Depends(allow(Role.QA))]
# Lots are manufacturing data: blinded roles never see them (DESIGN §4.6).
LotReader = Annotated[Principal, Depends(allow(*UNBLINDED))]


@router.get("/lots/{lot_id}/release")
def release_review(
    request: Request, session: SessionDep, principal: QA, settings: SettingsDep, lot_id: int,
) -> Response:
    """Everything QA reads before deciding, and the decision forms (blockers in words)."""
    lot = lots.get_lot(session, lot_id)
    state = LotState(lot.status)
    facts = service.facts_for(session, lot, settings, signer_id=principal.user_id)
    return render(request, "release/review.html", {
        "lot": lot, "state": state, "facts": facts,
        # A conditionally released lot is decided again: released in full once nothing is
        # pending (or recalled, below).
        "decidable": state in REJECTABLE or state == LotState.CONDITIONALLY_RELEASED,
        "recallable": state in RELEASES, "recall_meaning": Meaning.RECALLED,
        "recall": late.recall_of(session, lot), "lot_bags": late.bags_of_lot(session, lot),
        "record": lot_record(session, lot, settings, utcnow()), "actions": False,
        "blockers": {d: blockers(facts, d) for d in Decision}, "decisions": list(Decision),
        "pending": pending_tests(facts.qc), "release": service.release_of(session, lot, settings),
        "history": audit.events_for(session, "lot", lot_id),
        "trail_head": service.trail_head(session, lot_id),
        "meanings": service.MEANINGS,
        "needs_user_id": signatures.signer_needs_user_id(session, principal),
    })


@router.get("/lots/{lot_id}/coa")
def certificate_page(
    request: Request, session: SessionDep, principal: LotReader, settings: SettingsDep,
    lot_id: int,
) -> Response:
    """The certificate of analysis as a printable page (the PDF is this page laid out)."""
    return render(request, certificate.TEMPLATE, certificate.certificate_context(
        session, lots.get_lot(session, lot_id), settings, printed_at=utcnow(),
        printed_by=principal.printed_name))


@router.get("/lots/{lot_id}/coa.pdf")
def certificate_pdf(
    session: SessionDep, principal: LotReader, settings: SettingsDep, lot_id: int
) -> Response:
    lot = lots.get_lot(session, lot_id)
    pdf = certificate.certificate_pdf(session, lot, settings, printed_at=utcnow(),
                                      printed_by=principal.printed_name)
    return Response(pdf, media_type="application/pdf", headers={
        "Content-Disposition": f'attachment; filename="coa-{lot.din}.pdf"'})


@router.post("/lots/{lot_id}/release/audit-review")
def review_audit_trail(
    request: Request, session: SessionDep, principal: QA, lot_id: int,
    through_seq: Annotated[int, Form(ge=0)],
) -> Response:
    lot = lots.get_lot(session, lot_id)
    service.review_audit_trail(session, actor=principal.actor, lot=lot,
                               through_seq=through_seq, now=utcnow())
    return redirect_with_flash(request, f"/lots/{lot_id}/release",
                               f"Your review of lot {din_text(lot.din)}'s audit trail is "
                               "recorded.")


@router.post("/lots/{lot_id}/release/decision")
def decide(
    request: Request, session: SessionDep, principal: QA, settings: SettingsDep, lot_id: int,
    decision: Annotated[str, Form(max_length=32)],
    password: Annotated[str, Form(max_length=256)],
    username: Annotated[str, Form(max_length=64)] = "",
    reason: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    """A signed release, conditional release or rejection; refused with every blocker."""
    try:
        chosen = Decision(decision)
    except ValueError:
        raise BadInput(f"decision must be one of {', '.join(d.value for d in Decision)}",
                       field="decision") from None
    lot = lots.get_lot(session, lot_id)
    now = utcnow()
    proof = signatures.require_signer(session, principal=principal, username=username,
                                      password=password, now=now, settings=settings)
    service.decide(session, proof=proof, lot=lot, decision=chosen, reason=reason,
                   settings=settings, now=now)
    return redirect_with_flash(request, f"/lots/{lot_id}/release",
                               f"Lot {din_text(lot.din)} {chosen.label}; your signature is "
                               "recorded.", kind="success" if chosen != Decision.REJECTED
                               else "info")


@router.post("/lots/{lot_id}/recall")
def recall(
    request: Request, session: SessionDep, principal: QA, settings: SettingsDep, lot_id: int,
    password: Annotated[str, Form(max_length=256)],
    username: Annotated[str, Form(max_length=64)] = "",
    reason: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    """QA's signed recall of a released lot; its bags not yet infused are recalled."""
    lot = lots.get_lot(session, lot_id)
    now = utcnow()
    proof = signatures.require_signer(session, principal=principal, username=username,
                                      password=password, now=now, settings=settings)
    late.recall(session, proof=proof, lot=lot, reason=reason, now=now)
    return redirect_with_flash(request, f"/lots/{lot_id}/release",
                               f"Lot {din_text(lot.din)} recalled; your signature is "
                               "recorded.", kind="info")


class QcResultOut(BaseModel):
    test: str
    result: str | None
    unit: str
    specification: str
    status: ResultStatus


class ReleaseOut(BaseModel):
    decision: Decision
    meaning: str
    signed_by: str  # printed name
    signer_user_id: str
    signed_at: Any
    pending_tests: list[str]
    status: str  # valid | superseded


class LotDetailOut(BaseModel):
    id: int
    din: str
    status: LotState
    parent_dins: list[str]
    qc_results: list[QcResultOut]
    release: ReleaseOut | None


@api.get("/lots/{lot_id}", response_model=LotDetailOut,
         dependencies=[Depends(allow(*UNBLINDED))])
def lot_detail(session: SessionDep, settings: SettingsDep, lot_id: int) -> LotDetailOut:
    """One lot with its QC results against specification and its signed release, if any."""
    lot = lots.get_lot(session, lot_id)
    shown = service.release_of(session, lot, settings)
    return LotDetailOut(
        id=lot_id, din=lot.din, status=LotState(lot.status),
        parent_dins=lots.parent_dins(session, [lot_id]).get(lot_id, []),
        qc_results=[QcResultOut(test=o.test, result=o.result, unit=o.unit,
                                specification=o.specification, status=o.status)
                    for o in qc_outcomes.outcomes_for_lot(session, lot, settings)],
        release=ReleaseOut(**shown.__dict__) if shown else None)


class BlockerOut(BaseModel):
    rule: str
    message: str


class ReleaseCheckOut(BaseModel):
    releasable: bool
    conditionally_releasable: bool
    pending_tests: list[str]
    blockers: list[BlockerOut]


@api.get("/lots/{lot_id}/release-check", response_model=ReleaseCheckOut)
def release_check(
    session: SessionDep, principal: QA, settings: SettingsDep, lot_id: int
) -> ReleaseCheckOut:
    """Whether the calling QA user may release the lot now, and every reason why not."""
    facts = service.facts_for(session, lots.get_lot(session, lot_id), settings,
                              signer_id=principal.user_id)
    found = blockers(facts, Decision.RELEASED)
    return ReleaseCheckOut(
        releasable=not found,
        conditionally_releasable=not blockers(facts, Decision.CONDITIONALLY_RELEASED),
        pending_tests=pending_tests(facts.qc),
        blockers=[BlockerOut(rule=b.rule, message=b.message) for b in found])
