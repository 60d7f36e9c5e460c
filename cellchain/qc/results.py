"""Reading QC results: a lot's results and reviews in bulk, the facts its calculated limits
come from, and each test's current result."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from cellchain.batch.definitions import definition_for
from cellchain.batch.entries import corrections_of, current_values, entries_of
from cellchain.config import Settings
from cellchain.lots.models import Lot
from cellchain.qc.models import QcResult, QcResultReview
from cellchain.qc.outcomes import ResultStatus
from cellchain.qc.rules import CurrentResult, LotFacts, current_rows
from cellchain.qc.specification import QcSpecification


@dataclass(frozen=True)
class LotResults:
    """Every result row of a lot (corrections included, oldest first) and their reviews."""

    rows: list[QcResult]
    reviews: dict[int, QcResultReview]

    def current(self) -> dict[str, QcResult]:
        """Each test's current row (the last correction), by test id."""
        return {row.test_id: row for row in current_rows(self.rows)}

    def history(self, test_id: str) -> list[QcResult]:
        """A test's rows, oldest first (the superseded ones shown struck through)."""
        return [row for row in self.rows if row.test_id == test_id]

    def as_current_results(self) -> dict[str, CurrentResult]:
        return {test_id: CurrentResult(result=row.result, status=ResultStatus(row.status),
                                       specification=row.specification,
                                       reviewed=(row.id or 0) in self.reviews)
                for test_id, row in self.current().items()}


def results_of(session: Session, lot_id: int) -> LotResults:
    """The lot's results and reviews in two queries."""
    rows = list(session.exec(select(QcResult).where(QcResult.lot_id == lot_id)
                             .order_by(col(QcResult.id))))
    ids = [row.id for row in rows]
    reviews = {review.result_id: review for review in session.exec(
        select(QcResultReview).where(col(QcResultReview.result_id).in_(ids)))} if ids else {}
    return LotResults(rows, reviews)


def lot_facts(session: Session, lot: Lot, spec: QcSpecification, settings: Settings) -> LotFacts:
    """What the lot's calculated limits come from: its target dose per bag and the dose volume
    per bag its formulation entry records (corrections applied). Subjects carry no weight in
    cellchain yet, so endotoxin is limited by the specification's reference weight."""
    bag_steps = {step.id for step in definition_for(lot, settings).steps if step.makes_bags}
    made = [entry for entry in entries_of(session, lot.id or 0) if entry.step_id in bag_steps]
    volume = None
    if made:
        last = made[-1]
        values = current_values(last, corrections_of(session, [last.id or 0]).get(last.id or 0,
                                                                                    []))
        volume = float(values["volume_per_bag_ml"]) if "volume_per_bag_ml" in values else None
    return LotFacts(target_dose_cells=lot.target_dose_cells, volume_per_bag_ml=volume,
                    reference_weight_kg=spec.reference_weight_kg,
                    autologous=lot.cell_source == "autologous", subject_weight_kg=None)
