"""Pre-infusion labs on the subject page (DESIGN §1: clinicians enter labs; §4.1: the bedside
check needs them current and within limits). The section shows the gate's judgement today,
the same one the bedside check reads, and clinicians record a blood draw's ANC, PLT and HGB."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Final

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from sqlmodel import Session

from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import SessionDep
from cellchain.errors import BadInput, CellchainError, InvalidFields
from cellchain.inputs.rules import parse_iso_date, parse_number
from cellchain.trial import labs
from cellchain.trial.eligibility_rules import LAB_WORDS, CriterionResult, Lab
from cellchain.trial.models import Subject
from cellchain.trial.rules import SubjectStatus
from cellchain.trial.service import get_subject
from cellchain.web import SettingsDep, redirect_with_flash, render

router = APIRouter()
RECORDERS: Final = frozenset({Role.CLINICIAN})
# Subjects who may still receive a bag (DESIGN §3).
RECEIVING: Final = frozenset({SubjectStatus.ENROLLED, SubjectStatus.ON_TREATMENT})
Recorder = Annotated[Principal, Depends(allow(*RECORDERS))]
Short = Annotated[str, Form(max_length=64)]
# Form field per lab of the gate, in the gate's order.
FIELDS: Final = {Lab.ANC: "anc", Lab.PLT: "plt", Lab.HGB: "hgb"}


@dataclass(frozen=True)
class LabsSection:
    judged: tuple[CriterionResult, ...]
    can_record: bool
    form: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def current(self) -> bool:
        return all(c.passed for c in self.judged)

    @property
    def inputs(self) -> list[tuple[str, str, str]]:
        """(field, label, unit) of each value the form takes."""
        return [(name, LAB_WORDS[lab][1], LAB_WORDS[lab][2] or "") for lab, name in
                FIELDS.items()]


def labs_section(session: Session, subject: Subject, settings: Settings, principal: Principal,
                 form: dict[str, str] | None = None,
                 errors: dict[str, str] | None = None) -> LabsSection | None:
    """None for a subject who will receive no bag (screening, screen failed, finished)."""
    if subject.status not in RECEIVING:
        return None
    now = utcnow()
    return LabsSection(
        labs.judged_pre_infusion_labs(session, subject.id or 0, settings, now),
        principal.has_any(RECORDERS),
        form or {"measured_on": now.astimezone(settings.zone).date().isoformat()},
        errors or {})


def _read(form: dict[str, str]) -> tuple[dict[Lab, float], dict[str, str]]:
    values: dict[Lab, float] = {}
    problems: dict[str, str] = {}
    for lab, name in FIELDS.items():
        text = form[name].strip()
        if not text:
            continue
        try:
            values[lab] = parse_number(text, label=LAB_WORDS[lab][1], field=name)
        except BadInput as refusal:
            problems[name] = refusal.message
    if not values and not problems:
        problems["anc"] = "enter at least one result (ANC, PLT or HGB)"
    return values, problems


@router.post("/subjects/{subject_id}/labs")
def record_labs(
    request: Request, session: SessionDep, settings: SettingsDep, principal: Recorder,
    subject_id: int, measured_on: Short = "", anc: Short = "", plt: Short = "",
    hgb: Short = "",
) -> Response:
    subject = get_subject(session, subject_id)
    form = {"measured_on": measured_on, "anc": anc, "plt": plt, "hgb": hgb}
    try:
        if subject.status not in RECEIVING:
            raise BadInput(f"subject {subject.subject_number or subject.screening_number} is "
                           f"{subject.status.replace('_', ' ')}; pre-infusion labs are recorded "
                           "for an enrolled subject or one on treatment", field="form")
        values, problems = _read(form)
        try:
            day = parse_iso_date(measured_on, label="Measured on", field="measured_on")
        except BadInput as refusal:
            problems.update(refusal.problems)
        if problems:
            raise InvalidFields(problems)
        for lab, value in values.items():
            try:
                labs.record_lab(session, actor=principal.actor, subject_id=subject_id, lab=lab,
                                value=value, measured_on=day, settings=settings, now=utcnow())
            except BadInput as refusal:
                field_name = "measured_on" if refusal.field == "measured_on" else FIELDS[lab]
                raise BadInput(refusal.message, field=field_name) from None
    except CellchainError as refusal:
        if not refusal.problems:
            raise
        section = labs_section(session, subject, settings, principal, form, refusal.problems)
        return render(request, "subjects/labs_refused.html", {
            "subject": subject, "labs": section,
            "subject_name": subject.subject_number or subject.screening_number},
            status_code=refusal.status_code)
    shown = ", ".join(f"{LAB_WORDS[lab][1]} {form[FIELDS[lab]].strip()}" for lab in values)
    return redirect_with_flash(
        request, f"/subjects/{subject_id}",
        f"Labs recorded for subject {subject.subject_number}: {shown}, measured on "
        f"{day.isoformat()}.")
