"""Emergency unblinding pages (issue 12 item 4; DESIGN §4 rule 6): the investigator gives a
reason and signs on one form, and is shown the arm at once (Post/Redirect/Get: the record's
page shows it to its requester, so a reload never breaks the blind twice)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from sqlmodel import Session

from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import SUBJECT_VIEWERS
from cellchain.clock import utcnow
from cellchain.db import SessionDep, get_record
from cellchain.errors import CellchainError, Conflict
from cellchain.signatures import service as signatures
from cellchain.signatures.rules import Meaning
from cellchain.trial import randomisation, unblinding
from cellchain.trial.blinding_models import EmergencyUnblinding
from cellchain.trial.models import Subject
from cellchain.trial.service import get_subject
from cellchain.web import SettingsDep, redirect_with_flash, render

router = APIRouter()
Requester = Annotated[Principal, Depends(allow(*unblinding.REQUESTERS))]
Reader = Annotated[Principal, Depends(allow(*SUBJECT_VIEWERS))]


def _randomised(session: Session, subject: Subject) -> Subject:
    # The same words whatever the reason (open label, not enrolled): nothing else is revealed.
    if randomisation.slot_of(session, subject.id or 0) is None:
        raise Conflict(f"Subject {unblinding.subject_name(subject)} is not in the randomised "
                       "stage; there is no arm to reveal.")
    return subject


def _form(request: Request, session: Session, principal: Principal, subject: Subject,
          reason: str = "", errors: dict[str, str] | None = None,
          status_code: int = 200, keep_writes: bool = False) -> Response:
    return render(request, "subjects/unblind.html", {
        "subject": subject, "subject_name": unblinding.subject_name(subject),
        "reason": reason, "errors": errors or {}, "meaning": Meaning.UNBLINDED,
        "needs_user_id": signatures.signer_needs_user_id(session, principal),
        "reason_min": unblinding.REASON_MIN, "reason_max": unblinding.REASON_MAX},
        status_code=status_code, keep_writes=keep_writes)


@router.get("/subjects/{subject_id}/unblind")
def unblind_form(
    request: Request, session: SessionDep, principal: Requester, subject_id: int
) -> Response:
    subject = _randomised(session, get_subject(session, subject_id))
    return _form(request, session, principal, subject)


@router.post("/subjects/{subject_id}/unblind")
def unblind(
    request: Request, session: SessionDep, settings: SettingsDep, principal: Requester,
    subject_id: int, password: Annotated[str, Form(max_length=256)] = "",
    username: Annotated[str, Form(max_length=64)] = "",
    reason: Annotated[str, Form(max_length=4000)] = "",
) -> Response:
    subject = _randomised(session, get_subject(session, subject_id))
    now = utcnow()
    try:
        unblinding.check_reason(reason)  # before the signing ceremony: nothing is written
        proof = signatures.require_signer(session, principal=principal, username=username,
                                          password=password, now=now, settings=settings)
        row = unblinding.unblind(session, proof=proof, subject=subject, reason=reason,
                                 now=now, settings=settings)
    except CellchainError as refusal:
        if not refusal.problems:
            raise
        # A refused signature keeps its failed-attempt count and record (21 CFR 11.300(d)).
        return _form(request, session, principal, subject, reason, refusal.problems,
                     status_code=refusal.status_code, keep_writes=refusal.keeps_writes)
    return redirect_with_flash(
        request, f"/unblindings/{row.id}",
        f"Blind broken for subject {unblinding.subject_name(subject)}; the coordinator and QA "
        "have been notified.")


@router.get("/unblindings/{unblinding_id}")
def unblinding_record(
    request: Request, session: SessionDep, settings: SettingsDep, principal: Reader,
    unblinding_id: int,
) -> Response:
    """The record; the arm to its requester and unblinded roles, the placeholder to others."""
    row = get_record(session, EmergencyUnblinding, unblinding_id, "emergency unblinding")
    subject = get_subject(session, row.subject_id)
    return render(request, "subjects/unblinding.html", {
        "subject": subject, "subject_name": unblinding.subject_name(subject),
        "record": unblinding.shown(session, row, subject, principal, settings)})
