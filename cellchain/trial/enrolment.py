"""Screening, screen failure and enrolment (issue 12 item 2; DESIGN §1 clinician, §3 subject).

A clinician registers a subject for screening, enters the screening facts and labs, and the
eligibility rule (``eligibility_rules``) evaluates every registry criterion; each evaluation is
kept as shown. A failed evaluation may be corrected and evaluated again, or recorded as a screen
failure with its reasons. An eligible subject is enrolled into a stage: the subject number and
the chain-of-identity identifier are assigned, and the stage decides the rest —
the escalation stage puts the subject into the open cohort at its dose level
(``cellchain.trial.cohorts``), the randomised stage takes the next slot of the randomisation
list in force (``cellchain.trial.randomisation``), whose arm only unblinded roles see.

Decisions where the issue is silent: enrolment needs an eligible evaluation dated no more than
the lab recency window before the enrolment date (labs older than that no longer describe
the subject); subject and screening numbers are assigned by the system from the trial's
prefixes so they are never retyped or reused.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.config import Settings
from cellchain.errors import BadInput, Conflict
from cellchain.guarded import guarded_update, read_for_write
from cellchain.identifiers.service import next_in_sequence
from cellchain.trial import cohorts, labs, randomisation
from cellchain.trial.configuration import trial_config
from cellchain.trial.eligibility_rules import (
    EligibilityResult,
    eligibility_limits_from_mapping,
    evaluate,
    parse_screening_input,
)
from cellchain.trial.models import ScreeningEvaluation, Subject
from cellchain.trial.rules import SubjectStatus, check_subject_move
from cellchain.trial.service import issue_coi, register_subject


def _numbered(session: Session, kind: str, prefix: str, column: Any) -> str:
    """The next unused number of ``kind``: prefix + 3 digits (more once past 999)."""
    while True:
        candidate = f"{prefix}{next_in_sequence(session, kind, prefix):03d}"
        if session.exec(select(Subject.id).where(column == candidate)).first() is None:
            return candidate


def start_screening(
    session: Session, *, actor: Actor, date_of_birth: date, now: datetime, settings: Settings,
) -> Subject:
    """Registers a subject for screening under the next screening number."""
    raw = trial_config(settings).raw
    number = _numbered(session, "screening", str(raw.get("screening_prefix", "SCR")),
                       Subject.screening_number)
    return register_subject(session, actor=actor, screening_number=number,
                            date_of_birth=date_of_birth, now=now)


def latest_evaluation(session: Session, subject_id: int) -> ScreeningEvaluation | None:
    return session.exec(
        select(ScreeningEvaluation).where(ScreeningEvaluation.subject_id == subject_id)
        .order_by(col(ScreeningEvaluation.id).desc())).first()


def evaluate_screening(
    session: Session, *, actor: Actor, subject: Subject, data: Mapping[str, Any],
    now: datetime, settings: Settings,
) -> tuple[ScreeningEvaluation, EligibilityResult]:
    """Evaluates every criterion over ``data`` (the CLI contract's JSON shape), keeps the
    labs entered and the evaluation as shown, and returns both."""
    assert subject.id is not None
    read_for_write(session, subject)  # an enrolment or screen failure cannot land meanwhile
    if subject.status != SubjectStatus.SCREENING:
        raise Conflict(f"Subject {subject.screening_number} is {subject.status.replace('_', ' ')}"
                       "; only a subject in screening is evaluated for eligibility.")
    facts = parse_screening_input(data)
    if facts.date_of_birth != subject.date_of_birth:
        raise BadInput("date of birth differs from the one registered for this subject",
                       field="date_of_birth")
    if facts.evaluation_date > now.astimezone(settings.zone).date():
        raise BadInput("evaluation date cannot be in the future", field="evaluation_date")
    result = evaluate(facts, eligibility_limits_from_mapping(
        trial_config(settings).raw.get("eligibility", {})))
    # parse_screening_input has refused any malformed lab, so each entry has a value and date.
    labs.record_entered(session, actor=actor, subject_id=subject.id,
                        labs=data.get("labs") or {}, settings=settings, now=now)
    criteria = [{"id": c.id, "passed": c.passed, "message": c.message} for c in result.criteria]
    row = ScreeningEvaluation(
        subject_id=subject.id, evaluation_date=facts.evaluation_date, eligible=result.eligible,
        facts=json.dumps(data, sort_keys=True), criteria=json.dumps(criteria),
        evaluated_by=actor.id, evaluated_by_name=actor.name, evaluated_at=now)
    session.add(row)
    if subject.consent_date != facts.consent_date:
        guarded_update(session, subject, {"consent_date": facts.consent_date},
                       expect={"status": SubjectStatus.SCREENING.value}, versioned=False,
                       record=f"Subject {subject.screening_number}",
                       audit_entity=("subject", subject.id))
    session.flush()
    failed = [c.id for c in result.criteria if not c.passed]
    audit.record(session, actor=actor, action="screening.evaluated", entity_type="subject",
                 entity_id=subject.id, now=now,
                 changes=[Change("eligible", None, result.eligible)],
                 data={"evaluation_id": row.id, "failed": failed})
    return row, result


def _failed_messages(evaluation: ScreeningEvaluation) -> list[str]:
    return [c["message"] for c in json.loads(evaluation.criteria) if not c["passed"]]


def record_screen_failure(
    session: Session, *, actor: Actor, subject: Subject, now: datetime,
) -> Subject:
    """Ends screening with the failed criteria of the latest evaluation as the reasons."""
    assert subject.id is not None
    read_for_write(session, subject)  # a new evaluation cannot land between this read and the end
    evaluation = latest_evaluation(session, subject.id)
    if evaluation is None:
        raise Conflict(f"Subject {subject.screening_number} has no eligibility evaluation; "
                       "evaluate the criteria first, so the failure has its reasons.")
    if evaluation.eligible:
        raise Conflict(f"Subject {subject.screening_number}'s latest evaluation found them "
                       "eligible; a screen failure needs an evaluation that failed.")
    reasons = "; ".join(_failed_messages(evaluation))[:2000]
    guarded_update(session, subject, {"status": SubjectStatus.SCREEN_FAILED.value,
                                      "screen_failure_reasons": reasons},
                   expect={"status": SubjectStatus.SCREENING.value}, versioned=False,
                   record=f"Subject {subject.screening_number}",
                   audit_entity=("subject", subject.id))
    audit.record(session, actor=actor, action="subject.status_changed", entity_type="subject",
                 entity_id=subject.id, now=now, reason=reasons,
                 changes=[Change("status", SubjectStatus.SCREENING.value,
                                 SubjectStatus.SCREEN_FAILED.value)])
    return subject


def enrol(
    session: Session, *, actor: Actor, subject: Subject, stage_code: str, now: datetime,
    settings: Settings, stratum: str = "",
) -> Subject:
    """Enrols an eligible subject into a stage: subject number, COI, dose level and cohort
    or randomisation slot, in one transaction. The latest evaluation is read under the lock a
    new evaluation takes, so the subject enrolled is the one that evaluation found eligible."""
    assert subject.id is not None
    read_for_write(session, subject)
    config = trial_config(settings)
    try:
        stage = config.stage(stage_code)
    except KeyError:
        raise BadInput(f"stage must be one of {', '.join(s.code for s in config.stages)}",
                       field="trial_stage") from None
    check_subject_move(subject.screening_number, SubjectStatus(subject.status),
                       SubjectStatus.ENROLLED)
    evaluation = latest_evaluation(session, subject.id)
    today = now.astimezone(settings.zone).date()
    recency = int(config.raw.get("eligibility", {}).get("lab_recency_days", 14))
    if evaluation is None or not evaluation.eligible:
        raise Conflict(f"Subject {subject.screening_number} has no eligible evaluation; "
                       "only an eligible subject is enrolled.")
    if (today - evaluation.evaluation_date).days > recency:
        raise Conflict(f"Subject {subject.screening_number}'s eligible evaluation of "
                       f"{evaluation.evaluation_date.isoformat()} is more than {recency} days "
                       "old; evaluate the criteria again with current labs.")
    prefix = str(config.raw.get("subject_prefix", "RAK"))
    number = _numbered(session, "subject", prefix, Subject.subject_number)
    values: dict[str, Any] = {"status": SubjectStatus.ENROLLED.value, "subject_number": number,
                              "stage": stage.code, "enrolled_at": now}
    if stage.randomised:
        values["dose_level"] = config.randomised_dose_level
        values["stratum"] = stratum
    else:
        level, cohort = cohorts.open_cohort(session, config=config, settings=settings)
        values["dose_level"], values["cohort"] = level, cohort
    guarded_update(session, subject, values, expect={"status": SubjectStatus.SCREENING.value},
                   versioned=False, record=f"Subject {subject.screening_number}",
                   audit_entity=("subject", subject.id))
    audit.record(session, actor=actor, action="subject.enrolled", entity_type="subject",
                 entity_id=subject.id, now=now,
                 changes=[Change("status", SubjectStatus.SCREENING.value,
                                 SubjectStatus.ENROLLED.value),
                          Change("subject_number", None, number),
                          Change("stage", None, stage.code),
                          Change("dose_level", None, values["dose_level"]),
                          Change("cohort", None, values.get("cohort"))])
    issue_coi(session, actor=actor, subject=subject, settings=settings, now=now)
    if stage.randomised:
        randomisation.assign(session, actor=actor, subject=subject, stage=stage.code,
                             stratum=stratum, now=now)
    return subject
