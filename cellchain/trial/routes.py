"""Subject pages (the trial issue adds screening, enrolment and randomization)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlmodel import col, select

from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import SUBJECT_VIEWERS, WRISTBAND_PRINTERS, Role
from cellchain.bedside import adverse_service
from cellchain.bedside import view as bedside_view
from cellchain.db import SessionDep
from cellchain.isbt128.coi import CoiIdentifier
from cellchain.labels.data import print_date
from cellchain.trial import unblinding
from cellchain.trial.configuration import trial_config
from cellchain.trial.labs_routes import labs_section
from cellchain.trial.models import Subject
from cellchain.trial.schedule_routes import schedule_section
from cellchain.trial.service import current_coi, get_subject
from cellchain.web import SettingsDep, render

router = APIRouter(prefix="/subjects")
SubjectViewer = Annotated[Principal, Depends(allow(*SUBJECT_VIEWERS))]


@router.get("")
def list_subjects(
    request: Request, session: SessionDep, settings: SettingsDep, principal: SubjectViewer,
) -> Response:
    subjects = session.exec(select(Subject).order_by(col(Subject.id))).all()
    return render(request, "subjects/list.html", {
        "subjects": subjects, "can_screen": Role.CLINICIAN in principal.roles,
        "stage_names": {s.code: s.name for s in trial_config(settings).stages}})


@router.get("/{subject_id}")
def subject_detail(
    request: Request, session: SessionDep, settings: SettingsDep, principal: SubjectViewer,
    subject_id: int,
) -> Response:
    subject = get_subject(session, subject_id)
    coi = current_coi(session, subject_id)
    coi_text = "not issued"
    if coi is not None:
        parsed = CoiIdentifier.parse(coi.identifier)
        coi_text = f"{parsed.eye_readable} {parsed.check_character}"
    rows = [("Screening number", subject.screening_number),
            ("Subject number", subject.subject_number or "not enrolled"),
            ("Status", subject.status.replace("_", " ")),
            ("Chain of identity", coi_text)]
    if subject.stage:
        stage = trial_config(settings).stage(subject.stage)
        rows.append(("Stage", stage.name))
        rows.append(("Dose level", (subject.dose_level or "—")
                     + (f", cohort {subject.cohort}" if subject.cohort else "")))
    if subject.screen_failure_reasons:
        rows.append(("Screen failure reasons", subject.screen_failure_reasons))
    # QA sees subjects by number only (DESIGN §1): no date of birth.
    if principal.has_any(SUBJECT_VIEWERS - {Role.QA}):
        rows.insert(2, ("Date of birth", print_date(subject.date_of_birth)))
    # Randomised stage (issue 12 item 4): the arm through the blinding projection, emergency
    # unblindings to everyone, and the way to break the blind for clinicians.
    arm = unblinding.subject_arm(session, subject, principal, settings)
    if arm.arm is not None:
        rows.append(("Arm", arm.arm))
    links = [("Screening", f"/subjects/{subject_id}/screening")]
    if arm.can_unblind:
        links.append(("Break the blind (emergency)", f"/subjects/{subject_id}/unblind"))
    if subject.subject_number and principal.has_any(WRISTBAND_PRINTERS | {Role.MONITOR}):
        links.append(("Wristband", f"/subjects/{subject_id}/label"))
    # Every subject viewer may trace the subject (cellchain.trace.api SUBJECT_TRACERS).
    links.append(("Trace", f"/trace/subject/{subject_id}"))
    return render(request, "subjects/detail.html", {
        "title": f"Subject {subject.subject_number or subject.screening_number}",
        "rows": rows, "links": links, "history": None, "subject": subject,
        "unblindings": arm.unblindings,
        # Adverse events (issue 11 item 5): clinicians report them; every reader sees them.
        "adverse_events": adverse_service.views_of(session, subject, settings),
        "can_report_adverse_event": Role.CLINICIAN in principal.roles,
        "day": print_date,
        # The treatment schedule (issue 12 item 6): cycles, infusion visits, "Start cycle N".
        "schedule": schedule_section(session, subject, settings, principal),
        # Pre-infusion labs (DESIGN §4.1): the gate's judgement today and the clinicians' form.
        "labs": labs_section(session, subject, settings, principal),
        # The bedside (issue 11): every check on this subject, GO or STOP, and the infusions.
        "bedside_checks": bedside_view.checks_of_subject(session, subject_id),
        "infusions": bedside_view.infusions_of_subject(session, subject_id, principal.roles)})
