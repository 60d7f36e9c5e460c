"""Treatment-schedule test setup: a subject on the registered TAS-102 schedule (21-day cycles,
infusion on day 15 ± 2) whose cycle 2 infusion is due today, with every reminder due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlmodel import Session

from cellchain.bags.models import Bag
from cellchain.config import Settings
from cellchain.trial import schedule
from cellchain.trial.models import LabResult, Subject
from tests.factories import cast_actor
from tests.support.adverse import make_infusion, make_subject

# Mid-morning in London (BST): the site day is 10 JUL 2026.
NOW = datetime(2026, 7, 10, 9, 0, tzinfo=UTC)
TODAY = date(2026, 7, 10)


@dataclass(frozen=True)
class Scheduled:
    subject_id: int
    number: str
    kit: str


def scheduled_subject(session: Session, settings: Settings, number: str = "RAK001",
                      now: datetime = NOW, lot_number: int = 101) -> Scheduled:
    """Cycle 1 started 40 days ago, infused on its day 15 (26 days ago: the 28-day DLT window
    ends in 2 days); cycle 2, delayed, started 14 days ago so its day 15 is today (window
    today - 2 to today + 2, labs due yesterday); no labs; a kit bag at the ward expiring in
    2 hours."""
    today = now.astimezone(settings.zone).date()
    clin = cast_actor(session, "clin")
    subject = make_subject(session, number=number)
    schedule.start_cycle(session, actor=clin, subject=subject,
                         start_date=today - timedelta(days=40), now=now, settings=settings)
    infused_at = now - timedelta(days=26)
    infusion = make_infusion(session, subject, infused_at, clinician=clin,
                             din=f"A999026{lot_number:06d}")
    schedule.start_cycle(session, actor=clin, subject=subject,
                         start_date=today - timedelta(days=14), now=now, settings=settings)
    infused_bag = session.get(Bag, infusion.bag_id)
    assert infused_bag is not None
    kit = f"W{lot_number:07d}"
    session.add(Bag(lot_id=infused_bag.lot_id, division="B0", product_code="S9999VB0",
                    status="at_ward", subject_id=subject.id, kit_number=kit,
                    expires_at=now + timedelta(hours=2), created_at=now - timedelta(hours=4)))
    session.flush()
    return Scheduled(subject.id or 0, number, kit)


def add_lab(session: Session, subject_id: int, analyte: str, measured_on: date,
            replaces: LabResult | None = None) -> LabResult:
    clin = cast_actor(session, "clin")
    row = LabResult(subject_id=subject_id, analyte=analyte, value=1.0, unit="10^9/L",
                    measured_on=measured_on, entered_by=clin.id or 0, entered_by_name=clin.name,
                    entered_at=NOW, replaces_id=replaces.id if replaces else None,
                    reason="corrected" if replaces else None)
    session.add(row)
    session.flush()
    return row


def subject_of(session: Session, subject_id: int) -> Subject:
    subject = session.get(Subject, subject_id)
    assert subject is not None
    return subject
