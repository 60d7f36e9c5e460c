"""Demo identity records: two lots made through the batch record from two cord blood units
(one with subject-allocated bags and QC samples, one with kit-numbered blinded bags), and
subjects with chain-of-identity identifiers and wristbands.

Created through the same audited services a site uses; only the release itself is a plain
status move until the release issue adds QA's signed release.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from cellchain.audit.service import Actor
from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.cbu.models import CordBloodUnit
from cellchain.config import Settings
from cellchain.demo.manufacture import make_lot
from cellchain.demo.release import Releaser
from cellchain.isbt128.din import Din
from cellchain.lots.models import Lot
from cellchain.release.rules import Decision
from cellchain.trial import randomisation
from cellchain.trial import service as trial_service
from cellchain.trial.configuration import trial_config
from cellchain.trial.rules import SubjectStatus

# A validation FIN (A9990-A9999) stands for the cord blood bank.
BANK_UNITS = (Din("A9991", "26", "004711"), Din("A9991", "26", "004712"))
SUBJECTS = (
    ("SCR001", "RAK001", date(1961, 3, 14)),
    ("SCR002", "RAK002", date(1958, 11, 2)),
    ("SCR003", "RAK003", date(1970, 6, 30)),
    ("SCR004", "RAK004", date(1966, 1, 9)),
    ("SCR005", None, date(1975, 8, 21)),
)


def seed_identity(
    session: Session, *, actor: Actor, settings: Settings, now: datetime,
    releaser: Releaser, people: tuple[Actor, Actor, Actor] | None = None,
    trial: bool = False,
) -> None:
    """Creates the demo records once (does nothing if its first cord blood unit exists).

    ``people`` are who make, check (second person) and accept (QA) in the records; by default
    the seeding actor does all three. ``releaser`` tests the two lots and signs their release.
    Their 14-day sterility is entered as read today, so the demo has fully released lots whose
    bags are still in date (a real fresh product is released conditionally until then).
    """
    if session.exec(select(CordBloodUnit.id)
                    .where(CordBloodUnit.din == BANK_UNITS[0].text)).first() is not None:
        return
    maker, checker, qa = people or (actor, actor, actor)
    cois = []
    for index, (screening, number, born) in enumerate(SUBJECTS):
        stage, dose_level, cohort = (_stage_of(index, settings) if trial and number
                                     else (None, None, None))
        subject = trial_service.register_subject(
            session, actor=actor, screening_number=screening, subject_number=number,
            date_of_birth=born, now=now,
            status=SubjectStatus.ENROLLED if number else SubjectStatus.SCREENING,
            stage=stage, dose_level=dose_level, cohort=cohort,
            enrolled_at=now - timedelta(days=3) if stage else None)
        if number:
            cois.append(trial_service.issue_coi(session, actor=actor, subject=subject,
                                                settings=settings, now=now))
        if stage == "randomised":
            randomisation.assign(session, actor=actor, subject=subject, stage="randomised",
                                 stratum="", now=now)
    # Formulated three hours after day 14 began, so the bags are still in date today.
    day0 = now - timedelta(days=14, hours=3, minutes=30)
    config = trial_config(settings)
    # Cohort 2's level (the second dose level), and the randomised stage's level for kits.
    open_level = config.dose_levels[1].code if trial else None
    level = config.randomised_dose_level if trial else None
    open_lot = make_lot(session, maker=maker, checker=checker, qa=qa, settings=settings,
                        bank_din=BANK_UNITS[0], day0=day0, until="formulation", bags=2,
                        dose_level=open_level)
    _release(session, releaser, open_lot, now)
    open_bags = session.exec(select(Bag).where(Bag.lot_id == open_lot.id)
                             .order_by(col(Bag.division))).all()
    for bag, coi in zip(open_bags[:2], cois[:2], strict=True):
        bags.allocate(session, actor=actor, bag=bag, coi=coi, now=now)

    blinded_lot = make_lot(session, maker=maker, checker=checker, qa=qa, settings=settings,
                           bank_din=BANK_UNITS[1], day0=day0 + timedelta(minutes=30),
                           until="formulation", bags=2, lot_type="rak" if trial else None,
                           dose_level=level)
    _release(session, releaser, blinded_lot, now)
    # A RAK kit lot is formulated into kits; an unstaged lot is kit-numbered afterwards.
    kit_bags = (bags.bags_of(session, blinded_lot.id or 0) if trial else
                bags.assign_kit_numbers(session, actor=actor, lot=blinded_lot, now=now))
    bags.allocate(session, actor=actor, bag=kit_bags[0], coi=cois[2], now=now)


def _stage_of(index: int, settings: Settings) -> tuple[str, str, int | None]:
    """RAK001/RAK002: escalation cohort 2; RAK003/RAK004: the randomised stage."""
    config = trial_config(settings)
    if index < 2:
        return "escalation", config.dose_levels[1].code, 2
    return "randomised", config.randomised_dose_level, None


def _release(session: Session, releaser: Releaser, lot: Lot, now: datetime) -> None:
    releaser.results(session, lot, now)
    releaser.decide(session, lot, Decision.RELEASED, "", now)
