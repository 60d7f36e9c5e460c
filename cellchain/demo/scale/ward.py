"""The site's subjects and what the ward records for them: screening (and screen failures with
their evaluation), enrolment with a chain-of-identity identifier, infusions with a confirmed GO
(``cellchain.demo.infusion``), and today's bags waiting at the ward.

The site's subjects are registered as enrolled with their numbers (``register_subject``, the
path of a site's records kept before this system) outside NCT07212933's stages: the trial's
escalation cohorts and randomisation list are the demo's own, and a list in use cannot be
replaced. Their lots carry no dose level or kit numbers, so the allocation and bedside rules
that compare them pass on every other ground.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from sqlmodel import Session

from cellchain.bags.models import Bag
from cellchain.config import Settings
from cellchain.demo.infusion import infuse, to_ward
from cellchain.demo.scale.crew import Crew
from cellchain.demo.scale.plan import Course, SubjectPlan
from cellchain.demo.trial import screen_failure
from cellchain.trial import enrolment
from cellchain.trial import service as trial_service
from cellchain.trial.models import Subject
from cellchain.trial.rules import SubjectStatus

ENROLLED = frozenset({Course.ENROLLED, Course.AT_WARD, Course.TREATED})


def subject_number(index: int) -> str:
    return f"S{index + 1:06d}"


class Ward:
    """Registers subjects and takes bags to them; ``book`` maps a subject's index in the plan
    to its id (kept across transactions)."""

    def __init__(self, session: Session, settings: Settings, book: dict[int, int]) -> None:
        self.session, self.settings, self.book = session, settings, book

    def register(self, crew: Crew, plan: SubjectPlan, at: datetime) -> None:
        actor = crew.clinician.actor
        born = date(plan.born_year, 1 + plan.index % 12, 1 + plan.index % 28)
        if plan.course == Course.SCREENING:
            subject = enrolment.start_screening(self.session, actor=actor, date_of_birth=born,
                                                now=at, settings=self.settings)
        elif plan.course == Course.SCREEN_FAILED:
            subject = screen_failure(self.session, clinician=actor, born=born,
                                     settings=self.settings, now=at)
        else:
            number = subject_number(plan.index)
            subject = trial_service.register_subject(
                self.session, actor=actor, screening_number=f"SX{number[1:]}",
                subject_number=number, date_of_birth=born, now=at,
                status=SubjectStatus.ENROLLED, enrolled_at=at)
            trial_service.issue_coi(self.session, actor=actor, subject=subject,
                                    settings=self.settings, now=at)
        self.book[plan.index] = subject.id or 0

    def infuse(self, crew: Crew, bags: Sequence[Bag], subjects: list[int],
               at: datetime) -> None:
        """One bag each, 40 minutes apart, with a confirmed GO."""
        for offset, (bag, index) in enumerate(zip(bags, subjects, strict=False)):
            infuse(self.session, coordinator=crew.coordinator, technician=crew.maker,
                   clinician=crew.clinician, witness=crew.witness, settings=self.settings,
                   bag=bag, subject=self._subject(index),
                   at=at + timedelta(minutes=40 * offset))

    def wait(self, crew: Crew, bags: Sequence[Bag], subjects: list[int],
             at: datetime) -> None:
        """Allocated, dispatched and received at the ward by ``at``, labs entered: each pair
        of the subject's wristband and the bag is a GO until the bag expires."""
        for bag, index in zip(bags, subjects, strict=False):
            to_ward(self.session, coordinator=crew.coordinator, technician=crew.maker,
                    clinician=crew.clinician, settings=self.settings, bag=bag,
                    subject=self._subject(index), at=at)

    def _subject(self, index: int) -> Subject:
        subject = self.session.get(Subject, self.book[index])
        assert subject is not None
        return subject
