"""Setup for the chain-of-custody tests: released bags (optionally kit-numbered and allocated
to a subject), the readings a logger gives, and counts of what a handoff writes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, func, select

from cellchain.audit.models import AuditEvent
from cellchain.bags import service as bags
from cellchain.config import Settings
from cellchain.custody.models import CustodyEvent, TemperatureExcursion
from cellchain.db import Database
from cellchain.lots import service as lots
from cellchain.lots.states import LotState
from cellchain.notifications.models import Notification
from cellchain.trial import service as trial
from cellchain.trial.rules import SubjectStatus
from tests.factories import SEEDER, make_lot


@dataclass(frozen=True)
class Made:
    lot_id: int
    din: str
    bag_ids: list[int]


def released_bags(
    session: Session, settings: Settings, *, now: datetime, din: str = "A999026000001",
    count: int = 2, kits: bool = False, subjects: Iterable[str] = (),
    expires_in: timedelta = timedelta(hours=8),
) -> Made:
    """A released lot's bags (as if QA had signed), kit-numbered if ``kits``, the first ones
    allocated to the given subject numbers (so blinded clinicians may see them)."""
    lot = make_lot(session, din=din, state=LotState.IN_QC, now=now)
    made = bags.create_bags(session, actor=SEEDER, lot=lot, count=count, pdc="S1234",
                            collection_type="V", expires_at=now + expires_in, now=now)
    lots.transition(session, actor=SEEDER, lot=lot, target=LotState.RELEASED, now=now,
                    gate=lots.RELEASE_GATE)
    if kits:
        bags.assign_kit_numbers(session, actor=SEEDER, lot=lot, now=now)
    for bag, number in zip(made, subjects, strict=False):
        subject = trial.register_subject(
            session, actor=SEEDER, screening_number=f"S{number}", subject_number=number,
            date_of_birth=date(1960, 1, 1), now=now, status=SubjectStatus.ENROLLED)
        coi = trial.issue_coi(session, actor=SEEDER, subject=subject, settings=settings, now=now)
        bags.allocate(session, actor=SEEDER, bag=bag, coi=coi, now=now)
    return Made(lot.id or 0, lot.din, [b.id or 0 for b in made])


def logger_text(start: datetime, celsius: Iterable[float], minutes: int = 10) -> str:
    """A logger's export: one reading every ``minutes`` from start, in UTC."""
    return "\n".join(
        f"{(start + timedelta(minutes=minutes * i)).isoformat(timespec='seconds')},{c}"
        for i, c in enumerate(celsius))


@dataclass(frozen=True)
class Written:
    events: int
    excursions: int
    audit: int
    notifications: int


def written(database: Database) -> Written:
    """How many custody rows, audit records and notifications exist."""
    with database.session_scope(write=False) as session:
        def count(model: type) -> int:
            return int(session.exec(select(func.count()).select_from(model)).one())
        return Written(count(CustodyEvent), count(TemperatureExcursion), count(AuditEvent),
                       count(Notification))
