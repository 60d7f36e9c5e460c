"""``GET /api/v1/subjects`` (DESIGN §6): ``wristband`` is the text the wristband QR encodes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel
from sqlmodel import col, select

from cellchain.api_errors import API_ERRORS
from cellchain.auth.deps import allow
from cellchain.auth.roles import SUBJECT_VIEWERS
from cellchain.db import SessionDep
from cellchain.labels.service import wristband_label_of
from cellchain.paging import PageDep
from cellchain.trial.models import Subject
from cellchain.trial.rules import SubjectStatus
from cellchain.trial.service import current_cois
from cellchain.web import SettingsDep

router = APIRouter(prefix="/api/v1", tags=["subjects"], responses=API_ERRORS)


class SubjectOut(BaseModel):
    id: int
    screening_number: str
    subject_number: str | None
    status: SubjectStatus
    # Null until the subject has a subject number (wristbands are printed at enrolment).
    wristband: str | None


@router.get("/subjects", response_model=list[SubjectOut],
            dependencies=[Depends(allow(*SUBJECT_VIEWERS))])
def list_subjects(
    session: SessionDep, settings: SettingsDep, page: PageDep, request: Request,
    response: Response, status: Annotated[SubjectStatus | None, Query()] = None,
) -> list[SubjectOut]:
    """Returns subjects, optionally only those in one status, a page at a time."""
    query = select(Subject)
    if status is not None:
        query = query.where(Subject.status == status.value)
    subjects = page.rows(session.exec(page.of(query, col(Subject.id))).all(),
                         lambda subject: subject.id or 0, request, response)
    cois = current_cois(session, [s.id or 0 for s in subjects if s.subject_number])
    return [
        SubjectOut(
            id=s.id or 0, screening_number=s.screening_number, subject_number=s.subject_number,
            status=SubjectStatus(s.status),
            wristband=wristband_label_of(s, cois.get(s.id or 0), settings).label_2d
            if s.subject_number else None)
        for s in subjects
    ]
