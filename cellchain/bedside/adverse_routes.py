"""Adverse-event pages: report one from the subject page, read it, and change it afterwards
with a reason. Clinicians record (blinded: nothing here names a lot type or arm); the
coordinator, QA and monitors read."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from sqlmodel import Session

from cellchain.audit import service as audit
from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import SUBJECT_VIEWERS, Role
from cellchain.bedside import adverse_forms, adverse_service
from cellchain.bedside.adverse import GRADE_WORDS, GRADES, OTHER, Relatedness
from cellchain.bedside.ctcae import current_vocabulary
from cellchain.bedside.dlt import flag_disagrees
from cellchain.bedside.models import AdverseEvent
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import SessionDep
from cellchain.errors import CellchainError, ConcurrentModification
from cellchain.labels.data import print_date
from cellchain.trial.models import Subject
from cellchain.trial.service import get_subject
from cellchain.web import SettingsDep, redirect_with_flash, render

router = APIRouter()
RECORDERS: frozenset[Role] = frozenset({Role.CLINICIAN})
Reader = Annotated[Principal, Depends(allow(*SUBJECT_VIEWERS))]
Recorder = Annotated[Principal, Depends(allow(*RECORDERS))]
# Generous at the edge: the rules give the precise limit with the field named.
Text = Annotated[str, Form(max_length=4000)]
Short = Annotated[str, Form(max_length=64)]


def _choices() -> dict[str, Any]:
    return {"grades": [(g, GRADE_WORDS[g]) for g in GRADES], "relatedness": list(Relatedness),
            "other": OTHER, "day": print_date}


def _subject_name(subject: Subject) -> str:
    return subject.subject_number or subject.screening_number


def _report_page(
    request: Request, session: Session, settings: Settings, subject: Subject,
    form: dict[str, str], errors: dict[str, str], status_code: int = 200,
) -> Response:
    return render(request, "bedside/adverse_new.html", {
        **_choices(), "subject": subject, "subject_name": _subject_name(subject),
        "terms": current_vocabulary(settings).terms,
        "ctcae_version": current_vocabulary(settings).ctcae_version,
        "infusions": adverse_service.infusions_of(session, subject.id or 0),
        "form": form, "errors": errors}, status_code=status_code)


@router.get("/subjects/{subject_id}/adverse-events/new")
def new_adverse_event(
    request: Request, session: SessionDep, settings: SettingsDep, _: Recorder, subject_id: int
) -> Response:
    subject = get_subject(session, subject_id)
    return _report_page(request, session, settings, subject, {}, {})


@router.post("/subjects/{subject_id}/adverse-events")
def report_adverse_event(
    request: Request, session: SessionDep, settings: SettingsDep, principal: Recorder,
    subject_id: int, term: Text = "", other_term: Text = "", grade: Short = "",
    onset_on: Short = "", resolved_on: Short = "", serious: Short = "",
    related_to_rak: Short = "", related_to_tas102: Short = "", dlt: Short = "",
    infusion_id: Short = "", note: Text = "",
) -> Response:
    subject = get_subject(session, subject_id)
    form = dict(zip(adverse_forms.REPORT_FIELDS, (
        term, other_term, grade, onset_on, resolved_on, serious, related_to_rak,
        related_to_tas102, dlt, infusion_id, note), strict=True))
    try:
        read = adverse_forms.read_report(form, current_vocabulary(settings))
        event = adverse_service.report(
            session, actor=principal.actor, subject=subject,
            infusion=adverse_service.infusion_of(session, subject, read.infusion_id),
            facts=read.facts, now=utcnow(), settings=settings)
    except CellchainError as refusal:
        if not refusal.problems:
            raise
        return _report_page(request, session, settings, subject, form, refusal.problems,
                            status_code=refusal.status_code)
    return redirect_with_flash(request, f"/subjects/{subject_id}",
                               _reported_message(session, subject, event, settings))


def _reported_message(
    session: Session, subject: Subject, event: AdverseEvent, settings: Settings
) -> str:
    words = [f"Adverse event reported for subject {_subject_name(subject)}: {event.term}, "
             f"grade {event.grade}."]
    if event.serious:
        words.append("Serious: QA and the coordinator have been notified (the sponsor is told "
                     "within 24 hours).")
    view = next(v for v in adverse_service.views_of(session, subject, settings)
                if v.event.id == event.id)
    disagreement = flag_disagrees(event.dlt, view.suggestion)
    if disagreement:
        words.append(disagreement)
    return " ".join(words)


def _event_page(
    request: Request, session: Session, settings: Settings, principal: Principal,
    event: AdverseEvent, form: dict[str, str] | None = None,
    errors: dict[str, str] | None = None, status_code: int = 200,
) -> Response:
    subject = get_subject(session, event.subject_id)
    view = next(v for v in adverse_service.views_of(session, subject, settings)
                if v.event.id == event.id)
    shown = form or {
        "grade": str(event.grade), "resolved_on": event.resolved_on.isoformat()
        if event.resolved_on else "", "serious": "yes" if event.serious else "",
        "related_to_rak": event.related_to_rak, "related_to_tas102": event.related_to_tas102,
        "dlt": "yes" if event.dlt else "", "reason": "", "version": str(event.version)}
    return render(request, "bedside/adverse_event.html", {
        **_choices(), "view": view, "event": event, "subject": subject,
        "subject_name": _subject_name(subject), "form": shown, "errors": errors or {},
        "can_change": principal.has_any(RECORDERS),
        "history": audit.events_for(session, "adverse_event", event.id)},
        status_code=status_code)


@router.get("/adverse-events/{event_id}")
def adverse_event_detail(
    request: Request, session: SessionDep, settings: SettingsDep, principal: Reader,
    event_id: int,
) -> Response:
    event = adverse_service.get_event(session, event_id)
    return _event_page(request, session, settings, principal, event)


@router.post("/adverse-events/{event_id}")
def change_adverse_event(
    request: Request, session: SessionDep, settings: SettingsDep, principal: Recorder,
    event_id: int, grade: Short = "", resolved_on: Short = "", serious: Short = "",
    related_to_rak: Short = "", related_to_tas102: Short = "", dlt: Short = "",
    reason: Text = "", version: Short = "",
) -> Response:
    event = adverse_service.get_event(session, event_id)
    form = dict(zip(adverse_forms.UPDATE_FIELDS, (
        grade, resolved_on, serious, related_to_rak, related_to_tas102, dlt, reason, version),
        strict=True))
    try:
        read = adverse_forms.read_update(form)
        made = adverse_service.update(
            session, actor=principal.actor, event=event, changes=read.changes,
            reason=read.reason, now=utcnow(), settings=settings, seen_version=read.seen_version)
    except ConcurrentModification as lost:
        # Someone changed it first: show what is stored now, with who changed it.
        session.refresh(event)
        return _event_page(request, session, settings, principal, event, None,
                           {"form": lost.message}, status_code=lost.status_code)
    except CellchainError as refusal:
        if not refusal.problems:
            raise
        return _event_page(request, session, settings, principal, event, form,
                           refusal.problems, status_code=refusal.status_code)
    changed = ", ".join(c.field.replace("_", " ") for c in made)
    return redirect_with_flash(request, f"/adverse-events/{event_id}",
                               f"Adverse event {event_id} changed ({changed}).")
