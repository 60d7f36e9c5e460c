"""``GET /api/v1/subjects/{id}/adverse-events``: a subject's adverse events for the trial
issue's escalation board, each with the clinician's DLT flag and what the PROPOSED DLT
definition would say. Readers as for subjects; nothing names a lot type or arm."""

from __future__ import annotations

from datetime import date, datetime

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from cellchain.api_errors import API_ERRORS
from cellchain.auth.deps import allow
from cellchain.auth.roles import SUBJECT_VIEWERS
from cellchain.bedside import adverse_service
from cellchain.bedside.adverse import Relatedness
from cellchain.bedside.dlt import DltVerdict
from cellchain.db import SessionDep
from cellchain.trial.service import get_subject
from cellchain.web import SettingsDep

router = APIRouter(prefix="/api/v1", tags=["adverse events"], responses=API_ERRORS)


class DltSuggestionOut(BaseModel):
    verdict: DltVerdict = Field(description="What the PROPOSED DLT definition would say")
    text: str


class AdverseEventOut(BaseModel):
    id: int
    subject_id: int
    infusion_id: int | None
    term: str = Field(description="CTCAE term, or 'Other, specify: ...'")
    grade: int = Field(ge=1, le=5)
    ctcae_version: str
    onset_on: date
    resolved_on: date | None
    serious: bool
    related_to_rak: Relatedness
    related_to_tas102: Relatedness
    dlt: bool = Field(description="The clinician's DLT flag (the decision)")
    dlt_suggestion: DltSuggestionOut
    note: str | None
    recorded_by_name: str
    recorded_at: datetime
    version: int


@router.get("/subjects/{subject_id}/adverse-events", response_model=list[AdverseEventOut],
            dependencies=[Depends(allow(*SUBJECT_VIEWERS))])
def list_adverse_events(
    session: SessionDep, settings: SettingsDep, subject_id: int
) -> list[AdverseEventOut]:
    subject = get_subject(session, subject_id)
    return [
        AdverseEventOut(
            id=v.event.id or 0, subject_id=v.event.subject_id, infusion_id=v.event.infusion_id,
            term=v.event.term, grade=v.event.grade, ctcae_version=v.event.ctcae_version,
            onset_on=v.event.onset_on, resolved_on=v.event.resolved_on,
            serious=v.event.serious, related_to_rak=Relatedness(v.event.related_to_rak),
            related_to_tas102=Relatedness(v.event.related_to_tas102), dlt=v.event.dlt,
            dlt_suggestion=DltSuggestionOut(verdict=v.suggestion.verdict,
                                            text=v.suggestion.text()),
            note=v.event.note, recorded_by_name=v.event.recorded_by_name,
            recorded_at=v.event.recorded_at, version=v.event.version)
        for v in adverse_service.views_of(session, subject, settings)
    ]
