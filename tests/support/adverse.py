"""Adverse-event test setup: a registered subject, an infusion of one of the subject's bags
(rows written directly: the bedside issue records real ones), and a report's facts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from sqlmodel import Session

from cellchain.audit.service import Actor
from cellchain.bags.models import Bag
from cellchain.bedside.adverse import AdverseEventFacts
from cellchain.bedside.models import BedsideVerification, Infusion
from cellchain.lots.states import LotState
from cellchain.trial import service as trial
from cellchain.trial.models import Subject
from cellchain.trial.rules import SubjectStatus
from tests.factories import SEEDER, make_lot

# Registered well before any onset a test uses, at noon UTC (the same date in London).
REGISTERED = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def make_subject(session: Session, number: str = "RAK001",
                 registered: datetime = REGISTERED) -> Subject:
    subject = trial.register_subject(
        session, actor=SEEDER, screening_number=f"S{number}", subject_number=number,
        date_of_birth=date(1961, 3, 14), now=registered, status=SubjectStatus.ENROLLED)
    return subject


def make_infusion(session: Session, subject: Subject, started_at: datetime, *,
                  clinician: Actor, din: str = "A999026000101") -> Infusion:
    """A released lot's kit bag (the blinded stage: named by its kit number only) infused
    into the subject, with the GO it was verified by."""
    lot = make_lot(session, din=din, state=LotState.RELEASED, now=started_at)
    bag = Bag(lot_id=lot.id or 0, division="A0", product_code="S9999VA0", status="infused",
              subject_id=subject.id, expires_at=started_at + timedelta(hours=6),
              created_at=started_at, kit_number=f"K{din[-7:]}")
    session.add(bag)
    session.flush()
    assert clinician.id is not None
    verification = BedsideVerification(
        wristband_scan="wristband", bag_scan="bag", subject_id=subject.id, bag_id=bag.id,
        verdict="go", checks="[]", verified_by=clinician.id, verified_by_name=clinician.name,
        verified_at=started_at - timedelta(minutes=10))
    session.add(verification)
    session.flush()
    infusion = Infusion(
        bag_id=bag.id or 0, subject_id=subject.id or 0, verification_id=verification.id or 0,
        started_at=started_at, stopped_at=started_at + timedelta(minutes=45), volume_ml=100.0,
        reaction_grade=0, ctcae_version="5.0", recorded_by=clinician.id,
        recorded_by_name=clinician.name, recorded_at=started_at + timedelta(minutes=50))
    session.add(infusion)
    session.flush()
    return infusion


FEVER = AdverseEventFacts(
    term="Fever", grade=2, onset_on=date(2026, 7, 1), resolved_on=None, serious=False,
    related_to_rak="possible", related_to_tas102="unlikely", dlt=False, note=None)


def facts(**changes: object) -> AdverseEventFacts:
    return replace(FEVER, **changes)  # type: ignore[arg-type]
