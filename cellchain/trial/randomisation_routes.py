"""The coordinator's randomisation page (issue 12 item 4): the list in force, every subject
randomised and their arm, and the forms to generate or import a list. The coordinator is
unblinded (DESIGN §1), and only the coordinator opens these pages.

A generated list's seed is answered in the page that confirms the generation, not carried in
a flash cookie: it is shown once, in the response body only, for the coordinator to store
sealed (cellchain.trial.randomisation_lists).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Request, UploadFile
from fastapi.responses import Response
from sqlmodel import Session

from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import SessionDep
from cellchain.errors import BadInput, CellchainError
from cellchain.trial import randomisation_lists as lists
from cellchain.trial.configuration import trial_config
from cellchain.trial.randomisation import active_list
from cellchain.web import SettingsDep, redirect_with_flash, render

router = APIRouter()
Coordinator = Annotated[Principal, Depends(allow(Role.COORDINATOR))]
Upload = Annotated[UploadFile | None, File()]


def _stage(settings: Settings) -> str:
    stage = trial_config(settings).randomised_stage
    if stage is None:
        raise BadInput("this trial has no randomised stage, so it has no randomisation list",
                       field="stage")
    return stage.code


def _page(request: Request, session: Session, settings: Settings, *, status_code: int = 200,
          errors: dict[str, str] | None = None, seed: int | None = None) -> Response:
    stage = _stage(settings)
    in_force = active_list(session, stage)
    config = trial_config(settings)
    context: dict[str, Any] = {
        "in_force": in_force, "errors": errors or {}, "seed": seed,
        "usage": lists.usage_by_stratum(session, in_force.id) if in_force and in_force.id
        else [],
        "used": lists.used_slots(session, in_force.id) if in_force and in_force.id else 0,
        "randomised": lists.randomised_subjects(session, stage),
        "arm_names": {arm.code: arm.name for arm in config.arms},
        "max_mb": lists.MAX_UPLOAD_BYTES // 1_000_000}
    return render(request, "randomisation/index.html", context, status_code=status_code)


@router.get("/randomisation")
def randomisation_page(request: Request, session: SessionDep, _: Coordinator,
                       settings: SettingsDep) -> Response:
    return _page(request, session, settings)


@router.post("/randomisation/generate")
def generate(request: Request, session: SessionDep, principal: Coordinator,
             settings: SettingsDep) -> Response:
    """Generates a list and puts it in force; the answer shows its seed once."""
    try:
        _, seed = lists.generate(session, actor=principal.actor, stage=_stage(settings),
                                 now=utcnow(), settings=settings)
    except CellchainError as refused:
        return _page(request, session, settings, status_code=refused.status_code,
                     errors={"generate": refused.message})
    return _page(request, session, settings, seed=seed)


@router.post("/randomisation/import")
def import_list(request: Request, session: SessionDep, principal: Coordinator,
                settings: SettingsDep, file: Upload = None) -> Response:
    """Imports the statistician's CSV list and puts it in force; refusals show beside the
    file field and write nothing."""
    try:
        text = _upload_text(file)
        made = lists.import_csv(session, actor=principal.actor, stage=_stage(settings),
                                text=text, now=utcnow(), settings=settings)
    except CellchainError as refused:
        return _page(request, session, settings, status_code=refused.status_code,
                     errors={"file" if refused.field == "file" else "generate":
                             refused.message})
    return redirect_with_flash(request, "/randomisation",
                               f"Randomisation list {made.id} ({made.slots} slots) is in force; "
                               f"its fingerprint is {made.fingerprint}.")


def _upload_text(upload: UploadFile | None) -> str:
    if upload is None or not upload.filename:
        raise BadInput("file: choose the CSV file of the list to import", field="file")
    raw = upload.file.read(lists.MAX_UPLOAD_BYTES + 1)
    if len(raw) > lists.MAX_UPLOAD_BYTES:
        raise BadInput(f"file: the list is larger than {lists.MAX_UPLOAD_BYTES // 1_000_000} "
                       "MB; a randomisation list is a CSV of a few hundred kilobytes at most",
                       field="file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput("file: the file is not text (UTF-8); save the list as CSV text",
                       field="file") from None
