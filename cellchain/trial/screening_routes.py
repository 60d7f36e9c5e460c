"""Screening and enrolment pages (issue 12 item 2): a clinician registers a subject for
screening, evaluates eligibility criterion by criterion, records a screen failure with its
reasons or enrols the subject into a stage, and lands on the wristband to print it."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from sqlmodel import Session

from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import SUBJECT_VIEWERS, Role
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import SessionDep
from cellchain.errors import CellchainError
from cellchain.inputs.rules import parse_iso_date
from cellchain.trial import enrolment, screening_form
from cellchain.trial.configuration import trial_config
from cellchain.trial.models import Subject
from cellchain.trial.rules import SubjectStatus
from cellchain.trial.service import get_subject
from cellchain.web import PostedForm, SettingsDep, redirect_with_flash, render

router = APIRouter()
SCREENERS: frozenset[Role] = frozenset({Role.CLINICIAN})
Screener = Annotated[Principal, Depends(allow(*SCREENERS))]
Viewer = Annotated[Principal, Depends(allow(*SUBJECT_VIEWERS))]
Short = Annotated[str, Form(max_length=64)]


async def submitted_form(posted: PostedForm) -> dict[str, str]:
    """The screening fields of the posted form."""
    return {key: value for key, value in posted.items() if key in screening_form.FIELD_NAMES}


ScreeningForm = Annotated[dict[str, str], Depends(submitted_form)]


@router.get("/subjects/new")
def new_subject(request: Request, _: Screener) -> Response:
    return render(request, "subjects/new.html", {"form": {}, "errors": {}})


@router.post("/subjects")
def register_for_screening(
    request: Request, session: SessionDep, settings: SettingsDep, principal: Screener,
    date_of_birth: Short = "",
) -> Response:
    try:
        born = parse_iso_date(date_of_birth, label="Date of birth", field="date_of_birth")
        subject = enrolment.start_screening(session, actor=principal.actor, date_of_birth=born,
                                            now=utcnow(), settings=settings)
    except CellchainError as refusal:
        if not refusal.problems:
            raise
        return render(request, "subjects/new.html",
                      {"form": {"date_of_birth": date_of_birth}, "errors": refusal.problems},
                      status_code=refusal.status_code)
    return redirect_with_flash(request, f"/subjects/{subject.id}/screening",
                               f"Subject registered for screening as "
                               f"{subject.screening_number}.")


def _screening_page(
    request: Request, session: Session, settings: Settings, principal: Principal,
    subject: Subject, form: dict[str, str] | None = None, errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    assert subject.id is not None
    latest = enrolment.latest_evaluation(session, subject.id)
    if form is None:
        form = (screening_form.form_from_input(json.loads(latest.facts)) if latest else
                {"evaluation_date": utcnow().astimezone(settings.zone).date().isoformat()})
    config = trial_config(settings)
    return render(request, "subjects/screening.html", {
        "subject": subject, "facts": screening_form.FACTS, "labs": screening_form.LABS,
        "yes_no": screening_form.YES_NO, "form": form, "errors": errors or {},
        "latest": latest, "criteria": json.loads(latest.criteria) if latest else [],
        "stages": config.stages, "can_screen": principal.has_any(SCREENERS),
        "in_screening": subject.status == SubjectStatus.SCREENING,
        # QA sees subjects by number only (DESIGN §1): no date of birth.
        "born": subject.date_of_birth if principal.has_any(SUBJECT_VIEWERS - {Role.QA})
        else None}, status_code=status_code)


@router.get("/subjects/{subject_id}/screening")
def screening(
    request: Request, session: SessionDep, settings: SettingsDep, principal: Viewer,
    subject_id: int,
) -> Response:
    return _screening_page(request, session, settings, principal,
                           get_subject(session, subject_id))


@router.post("/subjects/{subject_id}/screening")
def evaluate(
    request: Request, session: SessionDep, settings: SettingsDep, principal: Screener,
    subject_id: int, form: ScreeningForm,
) -> Response:
    subject = get_subject(session, subject_id)
    data = screening_form.eligibility_input(form, subject.date_of_birth.isoformat())
    try:
        _, result = enrolment.evaluate_screening(session, actor=principal.actor,
                                                 subject=subject, data=data, now=utcnow(),
                                                 settings=settings)
    except CellchainError as refusal:
        if not refusal.problems:
            raise
        return _screening_page(request, session, settings, principal, subject, form,
                               _on_form(refusal.problems), status_code=refusal.status_code)
    failed = sum(not c.passed for c in result.criteria)
    message = ("Eligible: every criterion is met." if result.eligible else
               f"Not eligible: {failed} criteria not met. Correct an entry and evaluate again, "
               "or record a screen failure.")
    return redirect_with_flash(request, f"/subjects/{subject_id}/screening", message,
                               kind="success" if result.eligible else "error")


def _on_form(problems: dict[str, Any]) -> dict[str, str]:
    """The rule names input keys (``labs.hgb_g_l.value``); the form's fields are flat."""
    shown: dict[str, str] = {}
    for key, message in problems.items():
        parts = str(key).split(".")
        name = f"{parts[1]}_{parts[2]}" if parts[0] == "labs" and len(parts) == 3 else parts[-1]
        shown[name if name in screening_form.FIELD_NAMES else "form"] = str(message)
    return shown


@router.post("/subjects/{subject_id}/screen-failure")
def screen_failure(
    request: Request, session: SessionDep, principal: Screener, subject_id: int,
) -> Response:
    subject = get_subject(session, subject_id)
    enrolment.record_screen_failure(session, actor=principal.actor, subject=subject,
                                    now=utcnow())
    return redirect_with_flash(request, f"/subjects/{subject_id}",
                               f"Screen failure recorded for {subject.screening_number}.")


@router.post("/subjects/{subject_id}/enrol")
def enrol(
    request: Request, session: SessionDep, settings: SettingsDep, principal: Screener,
    subject_id: int, trial_stage: Short = "",
) -> Response:
    subject = get_subject(session, subject_id)
    enrolment.enrol(session, actor=principal.actor, subject=subject, stage_code=trial_stage,
                    now=utcnow(), settings=settings)
    return redirect_with_flash(
        request, f"/subjects/{subject_id}/label",
        f"Subject enrolled as {subject.subject_number} "
        f"({trial_config(settings).stage(trial_stage).name.lower()}, dose level "
        f"{subject.dose_level}). Print the wristband now.")


