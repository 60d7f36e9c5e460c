"""``POST`` and ``DELETE /api/v1/bags/{id}/allocation``: the coordinator allocates a bag to a
subject, or takes it back with a reason (rules: cellchain.bags.allocation_rules). Both answer with
the bag as ``GET /api/v1/bags`` shows it; a refusal is a 4xx naming the field and the rule.

The API does not print: after an allocation the bag's label must be printed again (it now
carries the subject's chain of identity), from its label page under print control.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from cellchain.api_errors import API_ERRORS
from cellchain.auth.deps import allow
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.bags import service as bags
from cellchain.bags.api import BagOut, bag_out
from cellchain.clock import utcnow
from cellchain.db import SessionDep
from cellchain.errors import NotFound
from cellchain.inputs.rules import MAX_ID
from cellchain.lots.models import Lot
from cellchain.trial.models import Subject
from cellchain.web import SettingsDep

router = APIRouter(prefix="/api/v1", tags=["bags"], responses=API_ERRORS)
Coordinator = Annotated[Principal, Depends(allow(Role.COORDINATOR))]


class AllocationIn(BaseModel):
    subject_id: int = Field(ge=1, le=MAX_ID,
                            description="The subject to receive the bag; their current "
                                        "chain-of-identity identifier goes on the bag")


class DeallocationIn(BaseModel):
    reason: str = Field(max_length=500, description="Why the bag is taken back (required)")


def _din(session: SessionDep, lot_id: int) -> str:
    lot = session.get(Lot, lot_id)
    assert lot is not None
    return lot.din


@router.post("/bags/{bag_id}/allocation", response_model=BagOut)
def allocate(
    bag_id: int, body: AllocationIn, session: SessionDep, settings: SettingsDep,
    principal: Coordinator,
) -> BagOut:
    """Allocates the bag to the subject (a guarded write: of two coordinators allocating one
    bag at once, one succeeds and the other is told who did)."""
    bag = bags.get_bag(session, bag_id)
    subject = session.get(Subject, body.subject_id)
    if subject is None:
        raise NotFound(f"No subject with id {body.subject_id}.", field="subject_id")
    now = utcnow()
    bags.allocate_to_subject(session, actor=principal.actor, bag=bag, subject=subject, now=now,
                             settings=settings)
    return bag_out(session, settings, principal.roles, bag, _din(session, bag.lot_id), now)


@router.delete("/bags/{bag_id}/allocation", response_model=BagOut)
def deallocate(
    bag_id: int, body: DeallocationIn, session: SessionDep, settings: SettingsDep,
    principal: Coordinator,
) -> BagOut:
    """Takes a bag not yet dispatched back from its subject; the reason is required."""
    bag = bags.get_bag(session, bag_id)
    now = utcnow()
    bags.deallocate(session, actor=principal.actor, bag=bag, reason=body.reason, now=now)
    return bag_out(session, settings, principal.roles, bag, _din(session, bag.lot_id), now)
