"""Subject registration and chain-of-identity issue (the trial issue adds eligibility etc.)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.config import Settings
from cellchain.db import get_record
from cellchain.errors import BadInput, Conflict
from cellchain.identifiers.service import assign_coi
from cellchain.trial.models import ChainOfIdentity, Subject
from cellchain.trial.rules import SubjectStatus, validate_subject_number


def get_subject(session: Session, subject_id: int) -> Subject:
    return get_record(session, Subject, subject_id, "subject")


def register_subject(
    session: Session, *, actor: Actor, screening_number: str, date_of_birth: date,
    now: datetime, subject_number: str | None = None,
    status: SubjectStatus = SubjectStatus.SCREENING, stage: str | None = None,
    dose_level: str | None = None, cohort: int | None = None,
    enrolled_at: datetime | None = None,
) -> Subject:
    """Registers a subject as they stand: in screening (the screening pages then evaluate and
    enrol them, cellchain.trial.enrolment), or already enrolled with their number, stage and
    dose level when they were enrolled before this system kept the trial (the demo's earlier
    cohorts, a site's migration). Every field is in the audit record."""
    if session.exec(select(Subject).where(Subject.screening_number == screening_number)).first():
        raise Conflict(f"Screening number {screening_number} is already registered.")
    if subject_number is not None:
        validate_subject_number(subject_number)
        if session.exec(select(Subject).where(Subject.subject_number == subject_number)).first():
            raise Conflict(f"Subject number {subject_number} is already used.")
    if date_of_birth > now.date():
        raise BadInput("date of birth cannot be in the future", field="date_of_birth")
    subject = Subject(screening_number=screening_number, subject_number=subject_number,
                      date_of_birth=date_of_birth, status=status.value, created_at=now,
                      stage=stage, dose_level=dose_level, cohort=cohort,
                      enrolled_at=enrolled_at)
    session.add(subject)
    session.flush()
    audit.record(session, actor=actor, action="subject.registered", entity_type="subject",
                 entity_id=subject.id, now=now,
                 changes=[Change("screening_number", None, screening_number),
                          Change("subject_number", None, subject_number),
                          Change("status", None, status.value),
                          *(Change(name, None, value) for name, value in (
                              ("stage", stage), ("dose_level", dose_level), ("cohort", cohort))
                            if value is not None)])
    return subject


def issue_coi(
    session: Session, *, actor: Actor, subject: Subject, settings: Settings, now: datetime
) -> ChainOfIdentity:
    """Issues the subject's chain-of-identity identifier for a therapy (ISBT 128 DS040)."""
    assert subject.id is not None
    coi = assign_coi(session, fin=settings.fin, now=now, zone=settings.zone)
    row = ChainOfIdentity(identifier=coi.content, subject_id=subject.id, issued_at=now)
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="coi.issued", entity_type="subject",
                 entity_id=subject.id, now=now, changes=[Change("coi", None, coi.content)])
    return row


# The same choice as ``current_coi`` (the latest issued wins) as a column of a query on
# ``subject``: the bedside check reads it with the subject in one statement.
CURRENT_COI_IDENTIFIER = (core_select(col(ChainOfIdentity.identifier))
                          .where(col(ChainOfIdentity.subject_id) == col(Subject.id))
                          .order_by(col(ChainOfIdentity.id).desc()).limit(1)
                          .correlate(Subject).scalar_subquery())


def current_coi(session: Session, subject_id: int) -> ChainOfIdentity | None:
    """The subject's latest chain-of-identity identifier, if one was issued (the latest
    issued wins)."""
    return session.exec(select(ChainOfIdentity).where(
        ChainOfIdentity.subject_id == subject_id).order_by(col(ChainOfIdentity.id).desc())
        .limit(1)).first()
