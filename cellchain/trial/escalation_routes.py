"""The cohort board page (issue 12 item 3): dose levels with their cohorts and subjects, DLT
windows, the rule's recommendation, the committee's signed decisions and, for investigators,
the form recording the next one. Thin: ``cellchain.trial.cohort_board`` decides.

Who: the escalation stage is open label (domain notes §4.5), so the board is read by those who
treat, coordinate, monitor and assure the trial (clinician, coordinator, monitor, QA); an
investigator (clinician) records the committee's decision with an e-signature.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Annotated, Final

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from sqlmodel import Session

from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import SessionDep
from cellchain.errors import CellchainError
from cellchain.labels.data import print_date
from cellchain.signatures import service as signatures
from cellchain.signatures.rules import Meaning
from cellchain.signatures.service import SigningRefusal
from cellchain.trial import cohort_board
from cellchain.trial.cohort_board import CommitteeDecision
from cellchain.web import SettingsDep, redirect_with_flash, render

router = APIRouter()
READERS: Final = frozenset({Role.CLINICIAN, Role.COORDINATOR, Role.MONITOR, Role.QA})
Reader = Annotated[Principal, Depends(allow(*READERS))]
Decider = Annotated[Principal, Depends(allow(*cohort_board.DECIDERS))]
Short = Annotated[str, Form(max_length=64)]


@dataclass(frozen=True)
class DecisionForm:
    """The decision form's values, kept after a refusal."""

    cohort: str = ""
    decision: str = ""
    next_dose_level: str = ""
    mtd_dose_level: str = ""
    rationale: str = ""
    errors: dict[str, str] = field(default_factory=dict)


def _page(request: Request, session: Session, settings: Settings, principal: Principal,
          form: DecisionForm | None = None, *, status_code: int = 200,
          keep_writes: bool = False) -> Response:
    board = cohort_board.read_board(session, now=utcnow(), settings=settings)
    return render(request, "escalation/board.html", {
        "board": board, "form": form or DecisionForm(), "decisions": list(CommitteeDecision),
        "can_decide": principal.has_any(cohort_board.DECIDERS) and board.current is not None,
        "meaning": Meaning.ESCALATION_DECIDED,
        "needs_user_id": signatures.signer_needs_user_id(session, principal),
        "day": print_date}, status_code=status_code, keep_writes=keep_writes)


@router.get("/escalation")
def board_page(request: Request, session: SessionDep, settings: SettingsDep,
               principal: Reader) -> Response:
    return _page(request, session, settings, principal)


def _cohort_seen(text: str) -> int | None:
    """The board's hidden cohort number; anything but ASCII digits is no cohort seen."""
    text = text.strip()
    return int(text) if text.isascii() and text.isdecimal() else None


@router.post("/escalation/decisions")
def record_decision(
    request: Request, session: SessionDep, settings: SettingsDep, principal: Decider,
    cohort: Short = "", decision: Short = "", next_dose_level: Short = "",
    mtd_dose_level: Short = "", rationale: Annotated[str, Form(max_length=4000)] = "",
    password: Annotated[str, Form(max_length=256)] = "",
    username: Annotated[str, Form(max_length=64)] = "",
) -> Response:
    form = DecisionForm(cohort, decision, next_dose_level, mtd_dose_level, rationale)
    now = utcnow()
    proof = signatures.check_signer(session, principal=principal, username=username,
                                    password=password, now=now, settings=settings)
    if isinstance(proof, SigningRefusal):
        # The refused attempt is kept (21 CFR 11.300(d)); 422: the credentials are fields of
        # this form and the signed-in person is authenticated (as the bedside witness).
        return _page(request, session, settings, principal,
                     replace(form, errors={proof.field: proof.message}), status_code=422,
                     keep_writes=True)
    try:
        row = cohort_board.decide(
            session, proof=proof, decision=decision.strip(),
            next_dose_level=next_dose_level.strip() or None,
            mtd_dose_level=mtd_dose_level.strip() or None, rationale=rationale, now=now,
            settings=settings, cohort=_cohort_seen(cohort))
    except CellchainError as refusal:
        return _page(request, session, settings, principal,
                     replace(form, errors=refusal.problems or {"form": refusal.message}),
                     status_code=refusal.status_code)
    label = CommitteeDecision(row.decision).label.lower()
    return redirect_with_flash(request, "/escalation",
                               f"Decision on cohort {row.cohort} at {row.dose_level} recorded "
                               f"and signed: {label}.")
