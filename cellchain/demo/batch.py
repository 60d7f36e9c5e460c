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
from cellchain.isbt128.din import Din
from cellchain.lots import service as lots
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState

_FIRST_UNIT = 4800  # bank sequence numbers of these units: A9991 26 004800, 004801, ...


def seed_every_state(
    session: Session, *, people: tuple[Actor, Actor, Actor], settings: Settings, now: datetime
) -> None:
    """Adds one lot per lot state (released comes from the identity seed), once: a demo
    database whose lots have moved on since is reused as it is."""
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

    def move(made: Lot, *targets: tuple[LotState, str | None]) -> None:
        for target, reason in targets:
            lots.transition(session, actor=qa, lot=made, target=target, now=now, reason=reason)

    plans: dict[LotState, object] = {
        LotState.PLANNED: lambda: lot(None, 1),
        LotState.ACTIVATED: lambda: lot("activation", 0.1),
        LotState.EXPANDING: lambda: lot("feed", 8),
        LotState.HARVESTED: lambda: lot("harvest", 14.2),
        LotState.IN_QC: lambda: lot("formulation", 14.3, bags=1),
        LotState.ON_HOLD: lambda: lot("harvest", 14.1, harvest_viability=72),
        LotState.CONDITIONALLY_RELEASED: lambda: move(
            lot("formulation", 15, bags=1),
            (LotState.CONDITIONALLY_RELEASED,
             "14-day final-product sterility pending; all other results in specification")),
        LotState.REJECTED: lambda: move(
            lot("inprocess_qc", 12),
            (LotState.REJECTED, "In-process supernatant sterility: growth detected day 12")),
        LotState.RECALLED: lambda: move(
            lot("formulation", 16, bags=1), (LotState.RELEASED, None),
            (LotState.RECALLED, "14-day sterility positive after release")),
        LotState.CLOSED: lambda: move(
            lot("transfer", 30), (LotState.REJECTED, "Expansion failed: viability collapsed"),
            (LotState.CLOSED, "No bags were made; lot record complete")),
    }
    for state, make in plans.items():
        if state not in present:
            make()  # type: ignore[operator]
    # One unit received three hours ago, awaiting QA's decision (the QA dashboard's queue).
    cbu_service.receive(session, actor=maker, din=Din("A9991", "26", f"{next(sequence):06d}"),
                        product_code=BANK_PRODUCT, bank_name=BANK,
                        now=now - timedelta(hours=3), collected_at=now - timedelta(days=380))
