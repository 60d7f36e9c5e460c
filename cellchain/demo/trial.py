"""Demo records of NCT07212933's two stages (issue 12 item 7; DESIGN §6 demo data), made
through the same audited services a site uses.

``seed_trial_history`` runs before the identity records: the coordinator puts the statistician's
randomisation list in force; the escalation stage's cohort 1 (RAK101-RAK103) was dosed at DL1
eight weeks ago and completed its DLT windows without a DLT; the investigator signed the safety
review committee's decision to escalate to DL2; cohort 2's sentinel RAK104 was dosed at DL2
twenty days ago and had a DLT (grade 3 cytokine release syndrome). The identity records then
add RAK001 and RAK002 to cohort 2 (the sentinel interval has passed) and randomise RAK003 and
RAK004 (cellchain.demo.identity, ``trial=True``).

``seed_trial_present`` runs last: placebo kit lots made and released like any lot; RAK005 and
RAK006 randomised to the placebo arm, RAK005's kit held in quarantine by QA and RAK006's kit
expired unused, and a spare placebo kit for the next placebo-arm subject; an emergency
unblinding of RAK005 in the history; a screen failure with its reasons. The earlier cohorts'
subjects carry numbers RAK101-RAK104 because the identity records keep the numbers
RAK001-RAK004 the tests name; their enrolment dates tell the true order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from cellchain.audit.service import Actor
from cellchain.bags import disposition
from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.bedside import adverse_service
from cellchain.bedside import service as bedside
from cellchain.bedside.adverse import AdverseEventFacts
from cellchain.config import Settings
from cellchain.demo.bedside import principal_of
from cellchain.demo.infusion import infuse
from cellchain.demo.manufacture import make_lot
from cellchain.demo.placebo import make_placebo_lot
from cellchain.demo.release import Releaser
from cellchain.isbt128.din import Din
from cellchain.release.rules import Decision
from cellchain.signatures import service as signatures
from cellchain.signatures.service import SignerProof
from cellchain.trial import cohort_board, enrolment, randomisation, randomisation_lists
from cellchain.trial import service as trial_service
from cellchain.trial.configuration import trial_config
from cellchain.trial.models import Subject
from cellchain.trial.rules import SubjectStatus
from cellchain.trial.unblinding import unblind

# The statistician's list (1:1, blocks of four): the first block gives RAK003 and RAK004 the
# RAK arm and RAK005 and RAK006 the placebo arm.
LIST_CSV = ("stratum,sequence,block,arm\n"
            ",1,1,RAK\n,2,1,RAK\n,3,1,CONTROL\n,4,1,CONTROL\n"
            ",5,2,CONTROL\n,6,2,RAK\n,7,2,CONTROL\n,8,2,RAK\n")
COHORT_1 = (("SCR101", "RAK101", date(1958, 4, 2)), ("SCR102", "RAK102", date(1963, 9, 17)),
            ("SCR103", "RAK103", date(1971, 1, 25)))
SENTINEL_2 = ("SCR104", "RAK104", date(1960, 12, 8))
PLACEBO_ARM = (("SCR106", "RAK005", date(1966, 7, 4)), ("SCR107", "RAK006", date(1969, 3, 11)))
# Cord blood units of the earlier cohorts' lots (validation FIN, after the other demo units).
HISTORY_UNITS = (Din("A9991", "26", "004721"), Din("A9991", "26", "004722"),
                 Din("A9991", "26", "004723"))


@dataclass(frozen=True)
class Cast:
    """Who does what in the trial's records."""

    people: tuple[Actor, Actor, Actor]  # maker, second person, QA (manufacturing)
    coordinator: Actor
    clinician: str  # username: checks, infuses, reports, signs the committee's decision
    clinician_password: str
    witness: tuple[str, str]  # second clinician's username and password
    qa_username: str
    qa_password: str
    releaser: Releaser


def signer_proof(session: Session, username: str, password: str, settings: Settings,
                 now: datetime) -> SignerProof:
    proof = signatures.check_signer(session, principal=principal_of(session, username),
                                    username=username, password=password, now=now,
                                    settings=settings)
    assert isinstance(proof, SignerProof), proof
    return proof


def _enrolled(session: Session, cast: Cast, settings: Settings, entry: tuple[str, str, date],
              *, stage: str, dose_level: str, cohort: int | None, at: datetime) -> Subject:
    screening, number, born = entry
    clinician = principal_of(session, cast.clinician).actor
    subject = trial_service.register_subject(
        session, actor=clinician, screening_number=screening, subject_number=number,
        date_of_birth=born, now=at, status=SubjectStatus.ENROLLED, stage=stage,
        dose_level=dose_level, cohort=cohort, enrolled_at=at)
    trial_service.issue_coi(session, actor=clinician, subject=subject, settings=settings,
                            now=at)
    return subject


def _infuse(session: Session, cast: Cast, settings: Settings, bag: Bag, subject: Subject,
            at: datetime) -> None:
    """Allocation, dispatch and receipt, a confirmed GO and the infusion with its vitals."""
    clinician = principal_of(session, cast.clinician)
    proof = signatures.check_witness(session, performer=clinician, username=cast.witness[0],
                                     password=cast.witness[1], roles_needed=bedside.WITNESSES,
                                     now=at + timedelta(minutes=2), settings=settings)
    assert isinstance(proof, SignerProof), proof
    infuse(session, coordinator=cast.coordinator, technician=cast.people[0],
           clinician=clinician, witness=proof, settings=settings, bag=bag, subject=subject,
           at=at)


def _lot_bags(session: Session, cast: Cast, settings: Settings, unit: Din, *, count: int,
              dose_level: str, infused_at: datetime) -> list[Bag]:
    """A released lot at a dose level, formulated on day 14 three hours before infusion."""
    maker, checker, qa = cast.people
    cells = trial_config(settings).dose_level(dose_level).cells
    lot = make_lot(session, maker=maker, checker=checker, qa=qa, settings=settings,
                   bank_din=unit, day0=infused_at - timedelta(days=14, hours=6),
                   until="formulation", bags=count, dose_level=dose_level,
                   cells_per_bag=cells)
    released = infused_at - timedelta(hours=2)
    # The dose per bag is measured within its specification of the level's target.
    cast.releaser.results(session, lot, released,
                          differing={"viable_cells_per_bag": f"{cells * 0.98:.3g}"})
    cast.releaser.decide(session, lot, Decision.RELEASED, "", released)
    return bags.bags_of(session, lot.id or 0)


def seed_trial_history(session: Session, *, cast: Cast, settings: Settings,
                       now: datetime) -> None:
    """Once (nothing when RAK101 exists): the list in force and the escalation history."""
    if session.exec(select(Subject.id).where(Subject.subject_number == "RAK101")).first():
        return
    config = trial_config(settings)
    low, second = config.dose_levels[0].code, config.dose_levels[1].code
    randomisation_lists.import_csv(session, actor=cast.coordinator, stage="randomised",
                                   text=LIST_CSV, now=now - timedelta(days=90),
                                   settings=settings)
    # Cohort 1 at the lowest level, no DLT: the sentinel RAK101 dosed ten weeks ago, RAK102
    # and RAK103 sixteen days later (after the sentinel interval), all windows complete.
    first_dose = now - timedelta(days=70)
    cohort = [_enrolled(session, cast, settings, entry, stage="escalation", dose_level=low,
                        cohort=1, at=first_dose - timedelta(days=20)) for entry in COHORT_1]
    [bag] = _lot_bags(session, cast, settings, HISTORY_UNITS[0], count=1, dose_level=low,
                      infused_at=first_dose)
    _infuse(session, cast, settings, bag, cohort[0], first_dose)
    dosed = first_dose + timedelta(days=16)
    for offset, (bag, subject) in enumerate(zip(
            _lot_bags(session, cast, settings, HISTORY_UNITS[1], count=2, dose_level=low,
                      infused_at=dosed), cohort[1:], strict=True)):
        _infuse(session, cast, settings, bag, subject, dosed + timedelta(hours=offset))
    decided = now - timedelta(days=22)
    cohort_board.decide(
        session, proof=signer_proof(session, cast.clinician, cast.clinician_password, settings,
                              decided),
        decision="escalate", next_dose_level=second, mtd_dose_level=None,
        rationale=f"0 of 3 subjects at {low} had a DLT in the 28-day window; the safety "
                  f"review committee escalates to {second}.", now=decided, settings=settings)
    # Cohort 2's sentinel at the second level: dosed 20 days ago, a DLT two days later.
    sentinel_at = now - timedelta(days=20)
    sentinel = _enrolled(session, cast, settings, SENTINEL_2, stage="escalation",
                         dose_level=second, cohort=2, at=sentinel_at - timedelta(days=16))
    [bag] = _lot_bags(session, cast, settings, HISTORY_UNITS[2], count=1, dose_level=second,
                      infused_at=sentinel_at)
    _infuse(session, cast, settings, bag, sentinel, sentinel_at)
    onset = (sentinel_at + timedelta(days=2)).date()
    adverse_service.report(
        session, actor=principal_of(session, cast.clinician).actor, subject=sentinel,
        infusion=adverse_service.infusions_of(session, sentinel.id or 0)[0],
        facts=AdverseEventFacts(
            term="Cytokine release syndrome", grade=3, onset_on=onset,
            resolved_on=onset + timedelta(days=3), serious=True, related_to_rak="probable",
            related_to_tas102="unlikely", dlt=True,
            note="Fever 39.4 °C and hypotension 36 h after the infusion; tocilizumab given."),
        now=sentinel_at + timedelta(days=6), settings=settings)


def seed_trial_present(session: Session, *, cast: Cast, settings: Settings,
                       now: datetime) -> None:
    """Once (nothing when RAK005 exists): placebo kits, their subjects, an emergency
    unblinding and a screen failure."""
    if session.exec(select(Subject.id).where(Subject.subject_number == "RAK005")).first():
        return
    level = trial_config(settings).randomised_dose_level
    maker, checker, qa = cast.people
    placebo = [_enrolled(session, cast, settings, entry, stage="randomised",
                         dose_level=level, cohort=None, at=now - timedelta(days=6))
               for entry in PLACEBO_ARM]
    for subject in placebo:
        randomisation.assign(session, actor=cast.coordinator, subject=subject,
                             stage="randomised", stratum="", now=now - timedelta(days=6))
    # Yesterday's placebo kit for RAK006 expired unused (a fresh product's six hours).
    expired_kit = _placebo_kits(session, cast, settings, count=1,
                                day0=now - timedelta(days=1, hours=6))[0]
    bags.allocate_to_subject(session, actor=cast.coordinator, bag=expired_kit,
                             subject=placebo[1], now=now - timedelta(days=1, hours=3),
                             settings=settings)
    # Today's placebo kits: RAK005's, held in quarantine by QA at the lab check, and one
    # spare for the next subject the list gives the placebo arm.
    held_kit = _placebo_kits(session, cast, settings, count=2, day0=now - timedelta(hours=3))[0]
    bags.allocate_to_subject(session, actor=cast.coordinator, bag=held_kit,
                             subject=placebo[0], now=now - timedelta(minutes=50),
                             settings=settings)
    disposition.dispose(
        session, proof=signer_proof(session, cast.qa_username, cast.qa_password, settings,
                              now - timedelta(minutes=40)),
        bag=held_kit, disposition=disposition.Disposition.QUARANTINE,
        reason="Overwrap seal found torn at the lab check; held pending assessment.",
        settings=settings, now=now - timedelta(minutes=40))
    # The investigator broke the blind for RAK005 (an emergency; the coordinator and QA
    # were notified).
    unblind(session, proof=signer_proof(session, cast.clinician, cast.clinician_password, settings,
                                  now - timedelta(minutes=30)),
            subject=placebo[0], now=now - timedelta(minutes=30), settings=settings,
            reason="Grade 4 neutropenic sepsis in the emergency department; the treating "
                   "physician needs the treatment assignment.")
    screen_failure(session, clinician=principal_of(session, cast.clinician).actor,
                   born=date(1962, 10, 19), settings=settings, now=now)


def _placebo_kits(session: Session, cast: Cast, settings: Settings, *, count: int,
                  day0: datetime) -> Sequence[Bag]:
    maker, checker, qa = cast.people
    lot = make_placebo_lot(session, planner=cast.coordinator, maker=maker, checker=checker,
                           qa=qa, settings=settings, day0=day0, bags=count)
    released = day0 + timedelta(hours=2)
    cast.releaser.results(session, lot, released)
    cast.releaser.decide(session, lot, Decision.RELEASED, "", released)
    return bags.bags_of(session, lot.id or 0)


def screen_failure(session: Session, *, clinician: Actor, born: date, settings: Settings,
                   now: datetime) -> Subject:
    """A subject screened from five hours before ``now`` whose platelets are below the
    registry's limit: evaluated, and the screen failure recorded at ``now``."""
    subject = enrolment.start_screening(session, actor=clinician, date_of_birth=born,
                                        now=now - timedelta(hours=5), settings=settings)
    today = now.astimezone(settings.zone).date()
    day = (today - timedelta(days=2)).isoformat()
    labs = {key: {"value": value, "date": day} for key, value in (
        ("hgb_g_l", 104), ("wbc_10e9_l", 4.2), ("anc_10e9_l", 2.4), ("plt_10e9_l", 42),
        ("inr", 1.1), ("aptt_s", 31), ("aptt_uln_s", 40))}
    enrolment.evaluate_screening(session, actor=clinician, subject=subject, now=now, data={
        "date_of_birth": born.isoformat(), "consent_signed": True,
        "consent_date": (today - timedelta(days=3)).isoformat(),
        "evaluation_date": today.isoformat(), "stage": "IV", "site": "gej",
        "histology": "adenocarcinoma", "confirmed_by": "pathology",
        "prior_frontline_failure": True, "measurable_disease": True,
        "tumour_assessment_date": (today - timedelta(days=12)).isoformat(), "ecog": 1,
        "life_expectancy_months": 6, "concurrent_malignancy": False,
        "severe_organ_disease": False, "child_pugh": "A", "ckd_stage": 2, "labs": labs},
        settings=settings)
    return enrolment.record_screen_failure(session, actor=clinician, subject=subject,
                                           now=now)

