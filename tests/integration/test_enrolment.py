"""Screening, screen failure and enrolment (issue 12 item 2) on both databases: every
evaluation is kept as shown with the labs entered, a screen failure carries its reasons, and an
eligible subject is enrolled once, with subject number, COI, stage and dose level or arm."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlmodel import Session, col, func, select

from cellchain.audit.models import AuditEvent
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.errors import BadInput, Conflict
from cellchain.trial import enrolment
from cellchain.trial.blinding_models import RandomisationList, RandomisationSlot
from cellchain.trial.models import LabResult, ScreeningEvaluation, Subject
from cellchain.trial.rules import SubjectStatus
from cellchain.trial.service import current_coi
from tests.factories import SEEDER
from tests.support.race import one_winner, race, waits_then_sees
from tests.support.screening import eligible_input

BORN = date(1962, 5, 17)


def _today(settings: Settings) -> date:
    return utcnow().astimezone(settings.zone).date()


def _screened(session: Session, settings: Settings, **changes: object) -> Subject:
    subject = enrolment.start_screening(session, actor=SEEDER, date_of_birth=BORN,
                                       now=utcnow(), settings=settings)
    enrolment.evaluate_screening(session, actor=SEEDER, subject=subject,
                                 data=eligible_input(BORN, _today(settings), **changes),
                                 now=utcnow(), settings=settings)
    return subject


def _actions(session: Session, subject_id: int) -> list[str]:
    return list(session.exec(select(AuditEvent.action).where(
        AuditEvent.entity_type == "subject", AuditEvent.entity_id == str(subject_id))
        .order_by(col(AuditEvent.seq))))


def test_an_evaluation_is_kept_with_every_criterion_and_the_labs_once(
        database: Database, settings: Settings) -> None:
    with database.session_scope() as session:
        subject = _screened(session, settings)
        assert subject.screening_number.startswith("SCR")
        # The same labs evaluated again are not new results; a changed value is.
        labs = eligible_input(BORN, _today(settings))["labs"]
        labs["hgb_g_l"] = {**labs["hgb_g_l"], "value": 79}
        _, result = enrolment.evaluate_screening(
            session, actor=SEEDER, subject=subject,
            data=eligible_input(BORN, _today(settings), labs=labs), now=utcnow(),
            settings=settings)
        assert not result.eligible
        assert [c.id for c in result.criteria if not c.passed] == ["hgb"]
        rows = session.exec(select(ScreeningEvaluation).where(
            ScreeningEvaluation.subject_id == subject.id)
            .order_by(col(ScreeningEvaluation.id))).all()
        assert [r.eligible for r in rows] == [True, False]
        criteria = json.loads(rows[1].criteria)
        assert len(criteria) == 17 and "HGB 79 g/L" in criteria[9]["message"]
        hgb = session.exec(select(LabResult.value).where(
            LabResult.subject_id == subject.id, LabResult.analyte == "hgb_g_l")
            .order_by(col(LabResult.id))).all()
        assert hgb == [110, 79]
        assert _actions(session, subject.id or 0).count("lab.recorded") == 8
        assert _actions(session, subject.id or 0).count("screening.evaluated") == 2


def test_malformed_input_names_the_field_and_writes_nothing(
        database: Database, settings: Settings) -> None:
    with database.session_scope() as session:
        subject = enrolment.start_screening(session, actor=SEEDER, date_of_birth=BORN,
                                            now=utcnow(), settings=settings)
        subject_id = subject.id
    for changes, field in (({"ecog": "one"}, "ecog"),
                           ({"date_of_birth": "1962-05-18"}, "date_of_birth"),
                           ({"evaluation_date": (_today(settings) + timedelta(days=1))
                             .isoformat(), "consent_date": _today(settings).isoformat()},
                            "evaluation_date")):
        with pytest.raises(BadInput) as refused, database.session_scope() as session:
            enrolment.evaluate_screening(
                session, actor=SEEDER, subject=session.get(Subject, subject_id),
                data=eligible_input(BORN, _today(settings), **changes), now=utcnow(),
                settings=settings)
        assert refused.value.field == field
    with database.session_scope() as session:
        assert session.exec(select(ScreeningEvaluation)).first() is None
        assert session.exec(select(LabResult)).first() is None


def test_a_screen_failure_records_the_failed_criteria_as_its_reasons(
        database: Database, settings: Settings) -> None:
    with database.session_scope() as session:
        subject = _screened(session, settings, ecog=4)
        enrolment.record_screen_failure(session, actor=SEEDER, subject=subject, now=utcnow())
        assert subject.status == SubjectStatus.SCREEN_FAILED
        assert subject.screen_failure_reasons is not None
        assert "ECOG performance status 4" in subject.screen_failure_reasons
        with pytest.raises(Conflict, match="is screen failed; they cannot become enrolled"):
            enrolment.enrol(session, actor=SEEDER, subject=subject, stage_code="escalation",
                            now=utcnow(), settings=settings)


def test_an_eligible_subject_is_not_a_screen_failure(
        database: Database, settings: Settings) -> None:
    with database.session_scope() as session:
        subject = _screened(session, settings)
        with pytest.raises(Conflict, match="found them eligible"):
            enrolment.record_screen_failure(session, actor=SEEDER, subject=subject,
                                            now=utcnow())


def test_only_an_eligible_subject_is_enrolled(database: Database, settings: Settings) -> None:
    with database.session_scope() as session:
        subject = _screened(session, settings, concurrent_malignancy=True)
        with pytest.raises(Conflict, match="no eligible evaluation"):
            enrolment.enrol(session, actor=SEEDER, subject=subject, stage_code="escalation",
                            now=utcnow(), settings=settings)
        with pytest.raises(BadInput) as refused:
            enrolment.enrol(session, actor=SEEDER, subject=subject, stage_code="phase9",
                            now=utcnow(), settings=settings)
        assert refused.value.field == "trial_stage"


def test_enrolment_into_escalation_assigns_number_coi_cohort_and_the_lowest_level(
        database: Database, settings: Settings) -> None:
    with database.session_scope() as session:
        subjects = [_screened(session, settings) for _ in range(4)]
        for subject in subjects[:3]:
            enrolment.enrol(session, actor=SEEDER, subject=subject, stage_code="escalation",
                            now=utcnow(), settings=settings)
        first = subjects[0]
        assert first.status == SubjectStatus.ENROLLED
        assert (first.stage, first.dose_level, first.cohort) == ("escalation", "DL1", 1)
        assert first.subject_number and first.subject_number.startswith("RAK")
        assert len({s.subject_number for s in subjects[:3]}) == 3
        assert current_coi(session, first.id or 0) is not None
        assert "subject.enrolled" in _actions(session, first.id or 0)
        # The cohort holds three; the fourth waits for the committee.
        with pytest.raises(Conflict, match="Cohort 1 at DL1 is full"):
            enrolment.enrol(session, actor=SEEDER, subject=subjects[3],
                            stage_code="escalation", now=utcnow(), settings=settings)


def _list_in_force(session: Session, arms: list[str]) -> None:
    row = RandomisationList(stage="randomised", source="imported", fingerprint="f" * 64,
                            slots=len(arms), active=True, created_by=None,
                            created_by_name="tests", created_at=utcnow())
    session.add(row)
    session.flush()
    for n, arm in enumerate(arms, start=1):
        session.add(RandomisationSlot(list_id=row.id or 0, stratum="", sequence=n, block=1,
                                      block_size=len(arms), arm=arm))
    session.flush()


def test_enrolment_into_the_randomised_stage_takes_the_next_slot_and_hides_the_arm(
        database: Database, settings: Settings) -> None:
    with database.session_scope() as session:
        subject = _screened(session, settings)
        with pytest.raises(Conflict, match="No randomisation list is in force"):
            enrolment.enrol(session, actor=SEEDER, subject=subject, stage_code="randomised",
                            now=utcnow(), settings=settings)
    with database.session_scope() as session:
        _list_in_force(session, ["CONTROL", "RAK"])
        subject = _screened(session, settings)
        enrolment.enrol(session, actor=SEEDER, subject=subject, stage_code="randomised",
                        now=utcnow(), settings=settings)
        assert (subject.stage, subject.dose_level, subject.cohort) == ("randomised", "DL2",
                                                                       None)
        slot = session.exec(select(RandomisationSlot).where(
            RandomisationSlot.subject_id == subject.id)).one()
        assert (slot.sequence, slot.arm) == (1, "CONTROL")
        events = session.exec(select(AuditEvent).where(
            AuditEvent.entity_id == str(subject.id))).all()
        enrolled = next(e for e in events if e.action == "subject.enrolled")
        randomised = next(e for e in events if e.action == "subject.randomised")
        assert "CONTROL" not in enrolled.changes and enrolled.blinding == "open"
        assert "CONTROL" in randomised.changes and randomised.blinding == "unblinded"


def test_two_clinicians_enrolling_one_subject_enrol_them_once(
        database: Database, settings: Settings) -> None:
    with database.session_scope() as session:
        subject_id = _screened(session, settings).id

    def act(session: Session, subject: Subject, worker: int) -> None:
        enrolment.enrol(session, actor=SEEDER, subject=subject, stage_code="escalation",
                        now=utcnow(), settings=settings)

    one_winner(race(database, lambda s: s.get(Subject, subject_id), act))
    with database.session_scope() as session:
        assert _actions(session, subject_id or 0).count("subject.enrolled") == 1


def test_two_enrolments_racing_for_a_cohorts_last_place_give_it_to_one(
        database: Database, settings: Settings) -> None:
    with database.session_scope() as session:
        for _ in range(2):
            enrolment.enrol(session, actor=SEEDER, subject=_screened(session, settings),
                            stage_code="escalation", now=utcnow(), settings=settings)
        racers = [_screened(session, settings).id for _ in range(2)]

    def act(session: Session, _: Subject, worker: int) -> None:
        enrolment.enrol(session, actor=SEEDER, subject=session.get(Subject, racers[worker]),
                        stage_code="escalation", now=utcnow(), settings=settings)

    _, loser = one_winner(race(database, lambda s: s.get(Subject, racers[0]), act))
    assert "Cohort 1 at DL1 is full (3 of 3 subjects)" in loser.refusal
    with database.session_scope(write=False) as session:
        assert session.exec(select(func.count()).select_from(Subject).where(
            Subject.cohort == 1)).one() == 3


def test_on_postgresql_an_enrolment_heeds_an_evaluation_saved_while_it_waited(
        database: Database, settings: Settings) -> None:
    """New labs make the subject ineligible while another clinician enrols them: the
    enrolment reads the latest evaluation under the lock the evaluation holds until it
    commits, so nobody is enrolled on an evaluation that is no longer the latest."""
    if database.is_sqlite:
        pytest.skip("SQLite runs one write transaction at a time")
    with database.session_scope() as session:
        subject_id = _screened(session, settings).id or 0

    def new_labs(session: Session) -> None:
        enrolment.evaluate_screening(
            session, actor=SEEDER, subject=session.get_one(Subject, subject_id),
            data=eligible_input(BORN, _today(settings), concurrent_malignancy=True),
            now=utcnow(), settings=settings)

    def enrol(session: Session) -> None:
        enrolment.enrol(session, actor=SEEDER, subject=session.get_one(Subject, subject_id),
                        stage_code="escalation", now=utcnow(), settings=settings)

    outcome = waits_then_sees(database, new_labs, enrol)
    assert not outcome.won and "no eligible evaluation" in outcome.refusal, outcome
    with database.session_scope(write=False) as session:
        assert session.get_one(Subject, subject_id).status == SubjectStatus.SCREENING
