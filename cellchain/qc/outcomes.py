"""Where a lot stands against its QC specification: one outcome per specified test.

This is what release reads (the release blockers, the QA review page, the certificate of
analysis and ``GET /api/v1/lots/{id}``); how results are entered, reviewed and corrected is the
QC package's business. Pure data.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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
