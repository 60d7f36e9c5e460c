"""Demo lots in every lot state of DESIGN §3, each made through the batch record so the
state has realistic entries, deviations and bags behind it."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, select

from cellchain.audit.service import Actor
from cellchain.cbu import service as cbu_service
from cellchain.cbu.models import CordBloodUnit
from cellchain.config import Settings
from cellchain.demo.manufacture import BANK, BANK_PRODUCT, make_lot
from cellchain.demo.release import Releaser
from cellchain.isbt128.din import Din
from cellchain.lots import service as lots
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.release.rules import Decision

# The 14-day sterility cannot be read when a fresh product is released (domain notes §2.2).
PENDING = frozenset({"sterility_14d"})
_FIRST_UNIT = 4800  # bank sequence numbers of these units: A9991 26 004800, 004801, ...


def seed_every_state(
    session: Session, *, people: tuple[Actor, Actor, Actor], releaser: Releaser,
    settings: Settings, now: datetime,
) -> None:
    """Adds one lot per lot state (released comes from the identity seed), once: a demo
    database whose lots have moved on since is reused as it is. QC results and decisions go
    through ``releaser``: the lot in QC awaits only QA's review and conditional release (its
    14-day sterility is pending), and a second formulated lot is held by an
    out-of-specification viability, so its release is blocked."""
    first = Din("A9991", "26", f"{_FIRST_UNIT:06d}")
    if session.exec(select(CordBloodUnit.id).where(CordBloodUnit.din == first.text)).first():
        return
    maker, checker, qa = people
    present = {LotState(status) for status in session.exec(select(Lot.status))}
    sequence = iter(range(_FIRST_UNIT, _FIRST_UNIT + 100))

    def lot(until: str | None, days_ago: float, **kw: object) -> Lot:
        unit = Din("A9991", "26", f"{next(sequence):06d}")
        return make_lot(session, maker=maker, checker=checker, qa=qa, settings=settings,
                        bank_din=unit, day0=now - timedelta(days=days_ago), until=until,
                        **kw)  # type: ignore[arg-type]

    def move(made: Lot, target: LotState, reason: str) -> None:
        lots.transition(session, actor=qa, lot=made, target=target, now=now, reason=reason)

    def decided(made: Lot, decision: Decision, reason: str, *,
                pending: frozenset[str] = PENDING) -> Lot:
        if decision != Decision.REJECTED:
            releaser.results(session, made, now, skip=pending)
        releaser.decide(session, made, decision, reason, now)
        return made

    def recalled() -> None:
        # The late 14-day sterility holds the bags and notifies QA, the coordinator and the
        # clinicians; QA then signs the recall on the release review page.
        made = decided(lot("formulation", 16, bags=2), Decision.CONDITIONALLY_RELEASED,
                       "14-day final-product sterility pending")
        releaser.results(session, made, now, only=PENDING, differing={
            "sterility_14d": "growth"})
        releaser.recall(session, made, "14-day sterility positive after release", now)

    plans: dict[LotState, object] = {
        LotState.PLANNED: lambda: lot(None, 1),
        LotState.ACTIVATED: lambda: lot("activation", 0.1),
        LotState.EXPANDING: lambda: lot("feed", 8),
        LotState.HARVESTED: lambda: lot("harvest", 14.2),
        LotState.IN_QC: lambda: releaser.results(
            session, lot("formulation", 14.3, bags=1), now, skip=PENDING),
        LotState.ON_HOLD: lambda: lot("harvest", 14.1, harvest_viability=72),
        LotState.CONDITIONALLY_RELEASED: lambda: decided(
            lot("formulation", 15, bags=1), Decision.CONDITIONALLY_RELEASED,
            "14-day final-product sterility pending; all other results in specification"),
        LotState.REJECTED: lambda: decided(
            lot("inprocess_qc", 12), Decision.REJECTED,
            "In-process supernatant sterility: growth detected day 12"),
        LotState.RECALLED: recalled,
        LotState.CLOSED: lambda: move(decided(
            lot("transfer", 30), Decision.REJECTED, "Expansion failed: viability collapsed"),
            LotState.CLOSED, "No bags were made; lot record complete"),
    }
    for state, make in plans.items():
        if state not in present:
            make()  # type: ignore[operator]
    # Formulated like the lot in QC, but its viability is out of specification: the result
    # opens a deviation and holds the lot, and QA's release review lists every blocker.
    releaser.results(session, lot("formulation", 14.25, bags=1), now, skip=PENDING,
                     differing={"viability": "71.0"})
    # One unit received three hours ago, awaiting QA's decision (the QA dashboard's queue).
    cbu_service.receive(session, actor=maker, din=Din("A9991", "26", f"{next(sequence):06d}"),
                        product_code=BANK_PRODUCT, bank_name=BANK,
                        now=now - timedelta(hours=3), collected_at=now - timedelta(days=380))
