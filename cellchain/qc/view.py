"""What the QC pages show: each specified test with its current result, status in words,
review, superseded results and the samples it is measured on; the lots with results
outstanding."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from cellchain.config import Settings
from cellchain.deviations.models import Deviation
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.qc.models import QcResult, QcResultReview, QcSample
from cellchain.qc.outcomes import QcOutcome, ResultStatus
from cellchain.qc.results import lot_facts, results_of
from cellchain.qc.rules import outcomes
from cellchain.qc.specification import QcSpecification, QcTest, specification_for

STATUS_WORDS = {ResultStatus.PASS: "in specification",
                ResultStatus.FAIL: "out of specification", ResultStatus.PENDING: "pending"}


@dataclass(frozen=True)
class TestRow:
    test: QcTest
    outcome: QcOutcome
    current: QcResult | None
    superseded: list[QcResult]  # older results of the test, oldest first (shown struck through)
    review: QcResultReview | None
    samples: list[QcSample]  # the lot's tubes this test is measured on
    # Everyone who entered or corrected the current result (they may not review it).
    authors: frozenset[int]

    @property
    def status_words(self) -> str:
        words = STATUS_WORDS[self.outcome.status]
        if self.outcome.status == ResultStatus.PENDING and not self.test.required_at_release:
            return f"{words} (may be pending at release)"
        return words


@dataclass(frozen=True)
class LotQc:
    lot: Lot
    spec: QcSpecification
    rows: list[TestRow]
    deviation_numbers: dict[int, str]  # of the deviations results opened


def lot_qc(session: Session, lot: Lot, settings: Settings) -> LotQc:
    """The lot's specification table (a fixed number of queries)."""
    spec = specification_for(lot, settings)
    found = results_of(session, lot.id or 0)
    samples = list(session.exec(select(QcSample).where(QcSample.lot_id == lot.id)
                                .order_by(col(QcSample.sample_number))))
    current = found.current()
    rows = []
    for test, outcome in zip(spec.tests, outcomes(spec, lot_facts(session, lot, spec, settings),
                                                  found.as_current_results()), strict=True):
        row = current.get(test.id)
        history = found.history(test.id)
        rows.append(TestRow(
            test=test, outcome=outcome, current=row, superseded=history[:-1],
            review=found.reviews.get(row.id or 0) if row else None,
            samples=[s for s in samples if s.test == test.sample],
            authors=frozenset(r.recorded_by for r in history if r.recorded_by is not None)))
    opened = {row.deviation_id for row in found.rows if row.deviation_id is not None}
    numbers = {d.id or 0: d.number for d in session.exec(
        select(Deviation).where(col(Deviation.id).in_(opened)))} if opened else {}
    return LotQc(lot, spec, rows, numbers)


@dataclass(frozen=True)
class LotSummary:
    lot: Lot
    pending_required: int
    pending_allowed: int
    failing: int
    unreviewed: int


# Lots whose results may still be outstanding: sampled and not rejected, recalled or closed.
OUTSTANDING_STATES = (LotState.EXPANDING, LotState.HARVESTED, LotState.IN_QC, LotState.ON_HOLD,
                      LotState.CONDITIONALLY_RELEASED, LotState.RELEASED)


def lots_with_results_outstanding(session: Session, settings: Settings) -> list[LotSummary]:
    """Sampled lots with a result pending or not yet reviewed, longest in their state first."""
    sampled = select(QcSample.lot_id)
    lots = session.exec(select(Lot).where(
        col(Lot.status).in_([s.value for s in OUTSTANDING_STATES]),
        col(Lot.id).in_(sampled)).order_by(col(Lot.status_changed_at), col(Lot.id))).all()
    summaries = []
    for lot in lots:
        found = lot_qc(session, lot, settings)
        states = [(r.outcome.status, r.test.required_at_release, r.review) for r in found.rows]
        summary = LotSummary(
            lot=lot,
            pending_required=sum(s == ResultStatus.PENDING and req for s, req, _ in states),
            pending_allowed=sum(s == ResultStatus.PENDING and not req for s, req, _ in states),
            failing=sum(s == ResultStatus.FAIL for s, _, _ in states),
            unreviewed=sum(s != ResultStatus.PENDING and rev is None for s, _, rev in states))
        if summary.pending_required or summary.pending_allowed or summary.unreviewed:
            summaries.append(summary)
    return summaries
