"""``GET /api/v1/trace/donor/{din}`` and ``GET /api/v1/trace/subject/{id}`` (DESIGN §6).

Donor traces are for unblinded roles only: lots and cord blood units are manufacturing data,
so a clinician or monitor is refused by role whatever the DIN (the answer never reveals
whether a donor exists). Subject traces are for every role that handles bags; blinded readers
get the projection of ``trace.rules.subject_trace_for``.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path
from sqlmodel import Session

from cellchain.api_errors import API_ERRORS
from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import BAG_VIEWERS, UNBLINDED
from cellchain.clock import utcnow
from cellchain.db import SessionDep
from cellchain.errors import Forbidden
from cellchain.inputs.rules import MAX_ID
from cellchain.trace import rules, service
from cellchain.trace.items import DonorTrace, SubjectTrace

router = APIRouter(prefix="/api/v1/trace", tags=["trace"], responses=API_ERRORS)
# Who may trace: donors, unblinded roles; subjects, everyone who handles bags (DESIGN §4.6).
DONOR_TRACERS = UNBLINDED
SUBJECT_TRACERS = BAG_VIEWERS
DonorTracer = Annotated[Principal, Depends(allow(*DONOR_TRACERS))]
SubjectTracer = Annotated[Principal, Depends(allow(*SUBJECT_TRACERS))]
DinText = Annotated[str, Path(max_length=40, description=(
    "The donor's DIN: 13 characters, optionally with its check character, spaces allowed "
    "(A9991 26 004711 K), or the DIN bar code as scanned (=A99912600471100)"))]
SubjectId = Annotated[int, Path(ge=1, le=MAX_ID)]


def read_donor_trace(session: Session, principal: Principal, din: str) -> DonorTrace:
    """The donor trace for the page, the API and the CSV alike."""
    if rules.refuses_donor_trace(principal.roles):  # the route's rule already refused them
        raise Forbidden("Donor traces are for unblinded roles.")
    return service.donor_trace(session, din=rules.parse_donor_din(din), now=utcnow())


def read_subject_trace(session: Session, principal: Principal, subject_id: int
                       ) -> SubjectTrace:
    """The subject trace as this reader may see it (page, API and CSV alike)."""
    trace = service.subject_trace(session, subject_id=subject_id, now=utcnow())
    return rules.subject_trace_for(trace, principal.roles)


@router.get("/donor/{din}", response_model=DonorTrace)
def trace_donor(session: SessionDep, principal: DonorTracer, din: DinText) -> DonorTrace:
    """Every cord blood unit with this DIN, the lots made from it, their bags with the
    subjects they went to, and every custody event and infusion of those bags."""
    return read_donor_trace(session, principal, din)


@router.get("/subject/{subject_id}", response_model=SubjectTrace)
def trace_subject(session: SessionDep, principal: SubjectTracer, subject_id: SubjectId
                  ) -> SubjectTrace:
    """The subject's bags, their custody events and infusions, and (for unblinded readers)
    the lots and donor DINs behind them."""
    return read_subject_trace(session, principal, subject_id)
