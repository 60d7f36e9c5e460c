"""Escalation-stage test setup: subjects enrolled into a cohort at a dose level (as enrolment
sets them) and their first infusions (rows written directly, tests.support.adverse)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from cellchain.trial.models import Subject
from tests.factories import cast_actor
from tests.support.adverse import make_infusion, make_subject

DAY = timedelta(days=1)


def escalation_subject(session: Session, number: str, cohort: int, level: str,
                       now: datetime) -> Subject:
    subject = make_subject(session, number, registered=now - 90 * DAY)
    subject.stage, subject.dose_level, subject.cohort = "escalation", level, cohort
    session.add(subject)
    session.flush()
    return subject


def infuse(session: Session, subject: Subject, at: datetime) -> None:
    make_infusion(session, subject, at, clinician=cast_actor(session, "clin"),
                  din=f"A99902600{subject.id or 0:04d}")


def escalation_cohort(session: Session, cohort: int, level: str, days_ago: list[int | None],
                      now: datetime, first: int = 1) -> list[int]:
    """Subjects RAK{first..} of one cohort, each infused days_ago (None: not dosed)."""
    ids = []
    for offset, ago in enumerate(days_ago):
        subject = escalation_subject(session, f"RAK{first + offset:03d}", cohort, level, now)
        if ago is not None:
            infuse(session, subject, now - ago * DAY)
        ids.append(subject.id or 0)
    return ids
