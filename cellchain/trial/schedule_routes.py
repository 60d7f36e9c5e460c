"""Treatment schedule pages (issue 12 item 6): the subject page's schedule section with the
clinicians' "Start cycle N" form, and the ward calendar of infusion visits. Thin: the service
(cellchain.trial.schedule) and the rules (schedule_rules) decide. Nothing here names a lot type
or an arm (clinicians and monitors are blinded, domain note §5.3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Final

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import Response
from sqlmodel import Session

from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import SessionDep
from cellchain.errors import BadInput, CellchainError
from cellchain.inputs.rules import parse_iso_date
from cellchain.labels.data import print_date
from cellchain.trial import schedule
from cellchain.trial.models import Subject
from cellchain.trial.schedule_rules import calendar
from cellchain.trial.service import get_subject
from cellchain.web import SettingsDep, redirect_with_flash, render

router = APIRouter()
STARTERS: Final = frozenset({Role.CLINICIAN})
CALENDAR_READERS: Final = frozenset({Role.CLINICIAN, Role.COORDINATOR, Role.MONITOR})
CALENDAR_DAYS: Final = 28
Starter = Annotated[Principal, Depends(allow(*STARTERS))]
CalendarReader = Annotated[Principal, Depends(allow(*CALENDAR_READERS))]
Short = Annotated[str, Form(max_length=64)]


@dataclass(frozen=True)
class ScheduleSection:
    """What the subject page's schedule partial shows."""

    plan: schedule.SubjectSchedule
    can_start: bool  # a clinician, and the subject may start a cycle
    start_date: str  # the form's value (kept after a refusal)
    errors: dict[str, str]


def schedule_section(
    session: Session, subject: Subject, settings: Settings, principal: Principal,
    start_date: str = "", errors: dict[str, str] | None = None,
) -> ScheduleSection:
    plan = schedule.subject_schedule(session, subject, settings,
                                     schedule.site_today(utcnow(), settings))
    return ScheduleSection(plan, plan.can_start and principal.has_any(STARTERS), start_date,
                           errors or {})


@router.post("/subjects/{subject_id}/cycles")
def start_cycle(
    request: Request, session: SessionDep, settings: SettingsDep, principal: Starter,
    subject_id: int, start_date: Short = "",
) -> Response:
    subject = get_subject(session, subject_id)
    try:
        day = parse_iso_date(start_date, label="Start date", field="start_date")
        cycle = schedule.start_cycle(session, actor=principal.actor, subject=subject,
                                     start_date=day, now=utcnow(), settings=settings)
    except CellchainError as refusal:
        section = schedule_section(session, subject, settings, principal, start_date,
                                   refusal.problems or {"form": refusal.message})
        return render(request, "subjects/cycle_refused.html", {
            "subject": subject, "subject_name": schedule.subject_label(subject),
            "schedule": section, "day": print_date}, status_code=refusal.status_code)
    return redirect_with_flash(
        request, f"/subjects/{subject_id}",
        f"Cycle {cycle.cycle_number} of TAS-102 recorded for subject "
        f"{schedule.subject_label(subject)}, day 1 on {print_date(day)}.")


def _calendar_start(text: str, today: date) -> date:
    if not text.strip():
        return today
    return parse_iso_date(text, label="Calendar start (start)", field="start")


@router.get("/calendar")
def ward_calendar(
    request: Request, session: SessionDep, settings: SettingsDep, _: CalendarReader,
    start: Annotated[str, Query(max_length=32)] = "",
) -> Response:
    today = schedule.site_today(utcnow(), settings)
    errors: dict[str, str] = {}
    try:
        first = _calendar_start(start, today)
    except BadInput as refusal:
        errors, first = refusal.problems, today
    found = schedule.calendar_visits(session, settings, today)
    days = calendar(found.visits, first, CALENDAR_DAYS)
    return render(request, "subjects/calendar.html", {
        "title": "Ward calendar", "days": days, "first": first,
        "last": first + timedelta(days=CALENDAR_DAYS - 1), "today": today,
        "subject_ids": found.subject_ids, "status": found.status, "start": start,
        "errors": errors, "any_visit": any(d.entries for d in days), "day": print_date,
        "earlier": first - timedelta(days=CALENDAR_DAYS),
        "later": first + timedelta(days=CALENDAR_DAYS)},
        status_code=422 if errors else 200)
