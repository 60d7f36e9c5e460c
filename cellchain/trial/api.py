"""``GET /api/v1/subjects`` (DESIGN §6): ``wristband`` is the text the wristband QR encodes."""

from __future__ import annotations

import functools
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel
from sqlalchemy import Executable
from sqlalchemy import select as core_select
from sqlmodel import col

from cellchain.api_errors import API_ERRORS
from cellchain.auth.deps import allow
from cellchain.auth.roles import SUBJECT_VIEWERS
from cellchain.db import SessionDep, column_rows
from cellchain.labels.service import wristband_label_from
from cellchain.paging import PageDep, keyset
from cellchain.trial.models import Subject
from cellchain.trial.rules import SubjectStatus
from cellchain.trial.service import CURRENT_COI_IDENTIFIER
from cellchain.web import SettingsDep

router = APIRouter(prefix="/api/v1", tags=["subjects"], responses=API_ERRORS)


class SubjectOut(BaseModel):
    id: int
    screening_number: str
    subject_number: str | None
    status: SubjectStatus
    # Null until the subject has a subject number (wristbands are printed at enrolment).
    wristband: str | None


@functools.lru_cache(maxsize=8)
def _listing(status: SubjectStatus | None) -> Executable:
    """The page statement for a status filter, built once: the columns the list shows and the
    subject's current COI identifier, in one statement (no ORM objects: issue 13)."""
    query = core_select(col(Subject.id), col(Subject.screening_number),
                        col(Subject.subject_number), col(Subject.status),
                        col(Subject.date_of_birth), CURRENT_COI_IDENTIFIER.label("coi_identifier"))
    if status is not None:
        query = query.where(col(Subject.status) == status.value)
    return keyset(query, col(Subject.id))


@router.get("/subjects", response_model=list[SubjectOut],
            dependencies=[Depends(allow(*SUBJECT_VIEWERS))])
def list_subjects(
    session: SessionDep, settings: SettingsDep, page: PageDep, request: Request,
    response: Response, status: Annotated[SubjectStatus | None, Query()] = None,
) -> list[SubjectOut]:
    """Returns subjects, optionally only those in one status, a page at a time."""
    rows = page.rows(column_rows(session, _listing(status), page.bounds).all(),
                     lambda row: row.id, request, response)
    return [
        SubjectOut(
            id=row.id, screening_number=row.screening_number,
            subject_number=row.subject_number, status=SubjectStatus(row.status),
            wristband=wristband_label_from(
                settings, subject_number=row.subject_number, birth_date=row.date_of_birth,
                coi_identifier=row.coi_identifier).label_2d if row.subject_number else None)
        for row in rows
    ]
