"""Where a lot stands against its QC specification: one outcome per specified test.

This is what release reads (the release blockers, the QA review page, the certificate of
analysis and ``GET /api/v1/lots/{id}``); how results are entered, reviewed and corrected is the
QC package's business. The shapes are pure data; ``outcomes_for_lot`` reads them for one lot.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlmodel import Session

    from cellchain.config import Settings
    from cellchain.lots.models import Lot


class ResultStatus(StrEnum):
    """API vocabulary (``qc_results[].status``)."""

    PENDING = "pending"  # no current result yet
    PASS = "pass"  # in specification
    FAIL = "fail"  # out of specification


@dataclass(frozen=True)
class QcOutcome:
    test_id: str  # e.g. "viability"
    test: str  # display name, e.g. "Viability"
    method: str
    unit: str
    specification: str  # in words, limits calculated for this lot, e.g. "≥ 80 %"
    # False: the test may still be pending at release (conditional release names it).
    required_at_release: bool
    status: ResultStatus
    result: str | None  # the current result as entered ("93.5", "no growth"); None if pending
    reviewed: bool  # a second person reviewed the current result


def outcomes_for_lot(session: Session, lot: Lot, settings: Settings) -> list[QcOutcome]:
    """One outcome per test of the lot's specification (its own version), in specification
    order: PENDING where the test has no current result. Reads the lot's results, reviews and
    formulation entry in a fixed number of queries, whatever the number of tests."""
    # Imported here: the rules build QcOutcome, so they import this module.
    from cellchain.qc.results import lot_facts, results_of
    from cellchain.qc.rules import outcomes
    from cellchain.qc.specification import specification_for

    spec = specification_for(lot, settings)
    found = results_of(session, lot.id or 0)
    return outcomes(spec, lot_facts(session, lot, spec, settings), found.as_current_results())
