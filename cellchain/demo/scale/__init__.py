"""Site-scale data for ``cellchain demo --scale S`` (issue 13 item 1): a site's history of lots,
bags, subjects and infusions (``plan``), made through the same audited services a site uses,
so the audit chain, its hashes and every signature are real and ``cellchain audit verify``
proves them. Runs after the small demo, whose users are the site's people.

Many service calls share one transaction (``BATCH`` lots), and each working week's signers
re-authenticate once (``crew``: the signing trade-off). Lots are made in the order of their
day 0 with their whole course at once (steps, release, infusions, 14-day sterility), so the
audit trail's times run in order lot by lot, not across lots.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import func
from sqlmodel import Session, col, select

from cellchain.audit.models import AuditEvent
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.cbu.models import CordBloodUnit
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo.scale.crew import Crew, crew_for
from cellchain.demo.scale.lots import BANK_FIN, LotMaker
from cellchain.demo.scale.plan import Course, Fate, LotPlan, SitePlan, site_plan
from cellchain.demo.scale.stock import Stock
from cellchain.demo.scale.ward import Ward, subject_number
from cellchain.errors import Conflict
from cellchain.lots.models import Lot
from cellchain.trial.models import Subject

BATCH = 25
HISTORY = frozenset({Fate.SERVED, Fate.REJECTED, Fate.DESTROYED, Fate.RECALLED})


class Progress(Protocol):
    """Told what is being made (how many lots) and each batch made."""

    def begin(self, total: int, what: str) -> None: ...

    def advance(self, count: int) -> None: ...


class Quiet:
    def begin(self, total: int, what: str) -> None:
        pass

    def advance(self, count: int) -> None:
        pass


@dataclass(frozen=True)
class SiteCounts:
    """What the database holds (the demo's records included)."""

    lots: int
    bags: int
    subjects: int
    audit_events: int


def counts(database: Database) -> SiteCounts:
    with database.session_scope(write=False) as session:
        def count(model: type) -> int:
            return int(session.exec(select(func.count()).select_from(model)).one())
        return SiteCounts(count(Lot), count(Bag), count(Subject), count(AuditEvent))


def existing_units(session: Session) -> int:
    """How many of the site's bank units exist (0: no site data yet)."""
    return int(session.exec(select(func.count()).select_from(CordBloodUnit).where(
        col(CordBloodUnit.din).startswith(BANK_FIN))).one())


class _Builder:
    def __init__(self, database: Database, settings: Settings, plan: SitePlan,
                 progress: Progress) -> None:
        self.database, self.settings, self.plan, self.progress = (
            database, settings, plan, progress)
        self.book: dict[int, int] = {}
        self.crew: Crew | None = None
        self.stock: Stock | None = None
        self.registers: dict[int, list[int]] = defaultdict(list)
        for index, lot_index in sorted(plan.subject_lot.items()):
            self.registers[lot_index].append(index)

    def run(self, lots: list[LotPlan], now: datetime, shift: timedelta) -> None:
        for start in range(0, len(lots), BATCH):
            chunk = lots[start:start + BATCH]
            with self.database.session_scope() as session:
                for lot in chunk:
                    self._make(session, lot, now, shift)
            self.progress.advance(len(chunk))

    def _make(self, session: Session, lot: LotPlan, now: datetime, shift: timedelta) -> None:
        day0 = lot.day0 + shift
        crew = self._crew(session, min(day0, now - timedelta(hours=3)))
        ward = Ward(session, self.settings, self.book)
        for index in self.registers.get(lot.index, ()):
            subject = self.plan.subjects[index]
            if index not in self.book:
                ward.register(crew, subject, subject.registered_at + shift)
        subjects = lot.infusions if lot.fate != Fate.AT_WARD else [
            i for i in self.registers.get(lot.index, ())
            if self.plan.subjects[i].course == Course.AT_WARD]
        maker = LotMaker(session, crew, self._stock(crew), ward, self.settings, now)
        maker.make(LotPlan(lot.index, lot.fate, day0, lot.infusions), subjects)

    def _crew(self, session: Session, at: datetime) -> Crew:
        if self.crew is None or not self.crew.current(at):
            self.crew = crew_for(session, self.settings, at)
        return self.crew

    def _stock(self, crew: Crew) -> Stock:
        if self.stock is None:
            self.stock = Stock(receiver=crew.maker, releaser=crew.qa)
        return self.stock


def build_site(database: Database, settings: Settings, *, scale: float, now: datetime,
               progress: Progress | None = None) -> SiteCounts:
    """Builds the site of ``scale`` once (a database that has it is reused: only today's bags
    at the ward are made again when the last ones have expired; one with fewer lots, from an
    interrupted build, is refused with Conflict); ``progress`` is told each
    batch of lots made (``Quiet`` when None). Returns the database's counts."""
    plan = site_plan(scale, now)
    with database.session_scope(write=False) as session:
        made = existing_units(session)
    builder = _Builder(database, settings, plan, progress or Quiet())
    if made and made < len(plan.lots):
        raise Conflict(f"This database holds {made:,} of the {len(plan.lots):,} lots of a site "
                       f"at scale {scale:g}: a build was interrupted or another scale made "
                       "it. Build into a new database.")
    if made:
        _refresh_ward(builder, made, now)
        return counts(database)
    builder.progress.begin(len(plan.lots), "lots")
    history = [lot for lot in plan.lots if lot.fate in HISTORY]
    builder.run(history, now, timedelta(0))
    # The present is made relative to the clock when it is reached (the history takes a while),
    # so today's bags at the ward are fresh when the build ends.
    present_now = utcnow()
    builder.run([lot for lot in plan.lots if lot.fate not in HISTORY], present_now,
                present_now - now)
    return counts(database)


def _refresh_ward(builder: _Builder, made: int, now: datetime) -> None:
    """New bags at the ward for the site's waiting subjects once the last ones expired."""
    plan = builder.plan
    waiting = [s.index for s in plan.subjects if s.course == Course.AT_WARD]
    with builder.database.session_scope(write=False) as session:
        numbers = [subject_number(index) for index in waiting]
        found = dict(session.exec(select(Subject.subject_number, Subject.id).where(
            col(Subject.subject_number).in_(numbers))).all())
        fresh = session.exec(select(func.count()).select_from(Bag).where(
            col(Bag.subject_id).in_(list(found.values())),
            Bag.status == BagStatus.AT_WARD.value, col(Bag.expires_at) > now)).one()
    if fresh or len(found) != len(waiting):
        return
    builder.book.update({index: found[subject_number(index)] or 0 for index in waiting})
    builder.registers.clear()
    lots = []
    for offset, lot in enumerate(lot for lot in plan.lots if lot.fate == Fate.AT_WARD):
        lots.append(LotPlan(made + offset, Fate.AT_WARD, lot.day0))
        builder.registers[made + offset] = waiting[2 * offset:2 * offset + 2]
    builder.progress.begin(len(lots), "lots for today's bags at the ward")
    builder.run(lots, now, timedelta(0))
