"""Randomisation at enrolment (issue 12 item 4): the next slot of the list in force.

The slot is taken with the guarded write (a slot already given to another subject is refused,
so two enrolments never share one), and the arm goes into an UNBLINDED audit record of its own:
blinded roles see that the subject was enrolled into the randomised stage, never the arm.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.errors import Conflict
from cellchain.guarded import guarded_update
from cellchain.trial.blinding_models import RandomisationList, RandomisationSlot
from cellchain.trial.models import Subject


def active_list(session: Session, stage: str) -> RandomisationList | None:
    return session.exec(select(RandomisationList).where(
        RandomisationList.stage == stage, col(RandomisationList.active).is_(True))
        .order_by(col(RandomisationList.id).desc())).first()


def slot_of(session: Session, subject_id: int) -> RandomisationSlot | None:
    return session.exec(select(RandomisationSlot)
                        .where(RandomisationSlot.subject_id == subject_id)).first()


def assign(
    session: Session, *, actor: Actor, subject: Subject, stage: str, stratum: str,
    now: datetime,
) -> RandomisationSlot:
    assert subject.id is not None
    audit.lock_for_append(session)  # with the list being replaced (randomisation_lists)
    in_force = active_list(session, stage)
    if in_force is None:
        raise Conflict("No randomisation list is in force for the randomised stage; the "
                       "coordinator generates or imports one first.")
    slot = session.exec(select(RandomisationSlot).where(
        RandomisationSlot.list_id == in_force.id, RandomisationSlot.stratum == stratum,
        col(RandomisationSlot.subject_id).is_(None))
        .order_by(col(RandomisationSlot.sequence))).first()
    if slot is None:
        raise Conflict(f"The randomisation list for stratum {stratum or '(none)'} is exhausted; "
                       "the coordinator must put a longer list in force.")
    guarded_update(session, slot, {"subject_id": subject.id, "assigned_at": now},
                   expect={"subject_id": None},
                   record=f"Randomisation slot {slot.sequence}",
                   audit_entity=("subject", subject.id))
    audit.record(session, actor=actor, action="subject.randomised", entity_type="subject",
                 entity_id=subject.id, now=now,
                 changes=[Change("arm", None, slot.arm)],
                 data={"list_id": in_force.id, "stratum": stratum, "sequence": slot.sequence})
    return slot
