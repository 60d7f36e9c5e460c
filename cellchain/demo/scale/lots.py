"""Making one lot of the site to its fate (``plan.Fate``) through the services a site uses:
the unit received and accepted, the lot planned, each step recorded at the scan station and
verified by a second person, QC results entered and reviewed, QA's signed decisions, bags
infused at the ward (``ward``), destroyed or recalled.

Times follow the process: activation at ``day0``, each step on its culture day, formulation on
day 14, the conditional release two hours later (the 14-day sterility pending, domain notes
§2.2), the full release when the sterility reads clean fourteen days after that.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from cellchain.bags import disposition
from cellchain.bags import service as bags
from cellchain.batch import planning
from cellchain.config import Settings
from cellchain.demo.batch import PENDING
from cellchain.demo.manufacture import PATH, accepted_unit, record_checked, values_for
from cellchain.demo.scale.crew import Crew
from cellchain.demo.scale.plan import Fate, LotPlan
from cellchain.demo.scale.stock import Stock
from cellchain.demo.scale.ward import Ward
from cellchain.isbt128.din import Din
from cellchain.lots import service as lots
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.release.rules import Decision

# The cord blood bank of the site's history (a validation FIN; the demo's bank is A9991).
BANK_FIN = "A9992"
CELLS_PER_BAG = 3e9
BAGS = 2
FORMULATED = timedelta(days=14, hours=3)
CONDITIONAL = "14-day final-product sterility pending; all other results in specification"


def unit_din(index: int, day0: datetime) -> Din:
    """The bank's DIN of the unit a lot is made from: collected about 400 days before."""
    return Din(BANK_FIN, f"{(day0 - timedelta(days=400)).year % 100:02d}", f"{index + 1:06d}")


class LotMaker:
    """Makes lots with one crew's people and proofs, from the site's reagent stock; ``ward``
    takes their bags to the subjects."""

    def __init__(self, session: Session, crew: Crew, stock: Stock, ward: Ward,
                 settings: Settings, now: datetime) -> None:
        self.session, self.crew, self.stock, self.ward = session, crew, stock, ward
        self.settings, self.now = settings, now

    def make(self, plan: LotPlan, subjects: list[int]) -> Lot:
        """Makes the lot of ``plan``; its bags go to ``subjects`` (by subject index), infused
        (history) or waiting at the ward (today)."""
        day0 = plan.day0
        lot = self._started(plan)
        formulated = day0 + FORMULATED
        if plan.fate == Fate.PLANNED:
            return lot
        if plan.fate == Fate.IN_CULTURE:
            return self._steps(lot, day0, until=self.now)
        if plan.fate == Fate.REJECTED:
            self._steps(lot, day0, last="inprocess_qc")
            self._decide(lot, Decision.REJECTED, formulated - timedelta(days=2),
                         "In-process supernatant sterility: growth detected day 12")
            return self._close(lot, formulated - timedelta(days=1), "No bags were made; lot "
                               "record complete")
        if plan.fate == Fate.ON_HOLD:
            return self._steps(lot, day0, last="harvest", viability=72)
        self._steps(lot, day0, last="formulation")
        self.crew.releaser.results(self.session, lot, formulated + timedelta(minutes=20),
                                   skip=PENDING)
        if plan.fate == Fate.IN_QC:
            return lot
        self._decide(lot, Decision.CONDITIONALLY_RELEASED, formulated + timedelta(minutes=30),
                     CONDITIONAL)
        made = bags.bags_of(self.session, lot.id or 0)
        # Allocated from 35 minutes after the release, at the ward 70 minutes later.
        at_ward = formulated + timedelta(minutes=105)
        if plan.fate == Fate.AT_WARD:
            self.ward.wait(self.crew, made, subjects, at_ward)
        elif plan.fate != Fate.AWAITING_STERILITY:
            self.ward.infuse(self.crew, made, subjects, at_ward + timedelta(minutes=20))
            return self._sterility(plan, lot, formulated + timedelta(days=14))
        return lot

    def _started(self, plan: LotPlan) -> Lot:
        """The unit received, accepted by QA and planned into a lot the day before day 0
        (a lot planned for later is planned now)."""
        start = min(plan.day0, self.now - timedelta(hours=2))
        self.stock.ensure(self.session, start)
        crew = self.crew
        unit = accepted_unit(self.session, actor=crew.maker, qa=crew.qa,
                             din=unit_din(plan.index, plan.day0), now=start)
        return planning.plan_for_manufacture(
            self.session, actor=crew.maker, cbu_ids=[unit.id or 0], settings=self.settings,
            now=start - timedelta(hours=20), target_dose_cells=CELLS_PER_BAG)

    def _steps(self, lot: Lot, day0: datetime, *, last: str | None = None,
               until: datetime | None = None, viability: float = 91) -> Lot:
        """Records the process's steps up to and including ``last``, or those due by
        ``until`` (their second-person check included)."""
        for step_id, day in PATH:
            at = day0 + timedelta(days=day, hours=1 if step_id != "formulation" else 3)
            if until is not None and at + timedelta(minutes=20) > until:
                break
            record_checked(self.session, maker=self.crew.maker, checker=self.crew.checker,
                           lot=lot, step_id=step_id,
                           values=values_for(step_id, bags=BAGS, cells_per_bag=CELLS_PER_BAG,
                                             viability=viability),
                           settings=self.settings, at=at, materials=self.stock.pick)
            if step_id == last:
                break
        return lot

    def _decide(self, lot: Lot, decision: Decision, at: datetime, reason: str) -> None:
        self.crew.releaser.decide(self.session, lot, decision, reason, at,
                                  proof=self.crew.signer)

    def _close(self, lot: Lot, at: datetime, reason: str) -> Lot:
        return lots.transition(self.session, actor=self.crew.qa, lot=lot,
                               target=LotState.CLOSED, now=at, reason=reason)

    def _sterility(self, plan: LotPlan, lot: Lot, read: datetime) -> Lot:
        """The 14-day sterility: clean (released in full, or with its unused bags destroyed
        and the lot closed) or growing (bags held, the lot recalled)."""
        releaser = self.crew.releaser
        if plan.fate == Fate.RECALLED:
            releaser.results(self.session, lot, read, only=PENDING,
                             differing={"sterility_14d": "growth"})
            releaser.recall(self.session, lot, "14-day sterility positive after release",
                            read + timedelta(hours=1), proof=self.crew.signer)
            return lot
        releaser.results(self.session, lot, read, only=PENDING)
        self._decide(lot, Decision.RELEASED, read + timedelta(minutes=30), "")
        if plan.fate != Fate.DESTROYED:
            return lot
        for bag in bags.bags_of(self.session, lot.id or 0):
            disposition.dispose(
                self.session, proof=self.crew.signer, bag=bag,
                disposition=disposition.Disposition.DESTROY,
                reason="Expired unused; destroyed as clinical waste", settings=self.settings,
                now=read + timedelta(hours=1))
        return self._close(lot, read + timedelta(hours=2), "Every bag has a final disposition")
