"""Demo QC results, entered and reviewed through the QC service as a site does: the lot in QC
has every result but one required test (CD3+) and the 14-day sterility still pending; released
lots have their release results (14-day sterility pending: their final product was sampled
today); the conditionally released lot waits for 14-day sterility only; the recalled lot's
14-day sterility grew after release. Release decisions are not made here."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from cellchain.audit.service import Actor
from cellchain.config import Settings
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.qc import service as qc
from cellchain.qc.models import QcResult, QcSample
from cellchain.qc.specification import specification_for

# In-specification results for a lot made for 3 × 10⁹ cells per bag in 100 mL bags.
PASSING = {"supernatant_sterility": "no growth", "endotoxin": "0.2", "mycoplasma_pcr": "negative",
           "viability": "92.4", "viable_cells_per_bag": "2.95e9", "cd3": "91.3",
           "gram_stain": "no organisms seen", "sterility_14d": "no growth"}
# Per lot state: the results left out and any result that differs.
PLAN: dict[LotState, tuple[frozenset[str], dict[str, str]]] = {
    LotState.IN_QC: (frozenset({"cd3", "sterility_14d"}), {}),
    LotState.RELEASED: (frozenset({"sterility_14d"}), {}),
    LotState.CONDITIONALLY_RELEASED: (frozenset({"sterility_14d"}), {}),
    LotState.RECALLED: (frozenset(), {"sterility_14d": "growth"}),
}


def seed_qc_results(
    session: Session, *, people: tuple[Actor, Actor], settings: Settings, now: datetime
) -> None:
    """Enters (``people[0]``, a QC analyst) and reviews (``people[1]``, a second QC analyst)
    the demo lots' results, once: a demo database with results is left as it is."""
    if session.exec(select(QcResult.id)).first() is not None:
        return
    analyst, reviewer = people
    lots = session.exec(select(Lot).where(col(Lot.status).in_([s.value for s in PLAN]))
                        .order_by(col(Lot.id))).all()
    for lot in lots:
        left_out, differing = PLAN[LotState(lot.status)]
        samples = {s.test: s for s in session.exec(select(QcSample).where(
            QcSample.lot_id == lot.id))}
        for test in specification_for(lot, settings).tests:
            sample = samples.get(test.sample)
            if test.id in left_out or sample is None:
                continue
            tested = min(sample.taken_at + timedelta(minutes=10), now)
            recorded = qc.record_result(
                session, actor=analyst, lot=lot, sample=sample, test_id=test.id,
                raw_result=differing.get(test.id, PASSING[test.id]), method=test.method,
                instrument="QC-LAB-01", analyst=analyst.name, tested_at=tested,
                settings=settings, now=now)
            qc.review_result(session, actor=reviewer, result_id=recorded.result.id or 0,
                             note="", now=now)
