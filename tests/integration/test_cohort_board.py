"""The cohort board (issue 12 item 3) from real infusions and adverse events, the committee's
signed decision with its refusals and its race on both databases, and the sentinel enforced at
allocation (item 5)."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta
from typing import TypeVar

import pytest
from sqlmodel import Session, col, select

from cellchain.audit.models import AuditEvent
from cellchain.bags import service as bags
from cellchain.bags.rules import BagStatus
from cellchain.bedside.models import AdverseEvent
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.errors import Conflict, InvalidFields
from cellchain.lots.states import LotState
from cellchain.signatures import service as signatures
from cellchain.signatures.models import Signature
from cellchain.trial import cohort_board as board_service
from cellchain.trial import service as trial
from cellchain.trial.blinding_models import EscalationDecision
from cellchain.trial.cohort_board import WindowState
from cellchain.trial.cohorts import open_cohort
from cellchain.trial.configuration import trial_config
from cellchain.trial.escalation_rules import Decision
from cellchain.trial.models import Subject
from tests.factories import CAST, SEEDER, cast_actor, make_lot, principal_for
from tests.support.escalation import escalation_cohort, escalation_subject, infuse

RowT = TypeVar("RowT")
NOW = utcnow().replace(microsecond=0)
DAY = timedelta(days=1)


def _row(session: Session, model: type[RowT], key: int | None) -> RowT:
    row = session.get(model, key)
    assert row is not None
    return row


def _escalation_subject(session: Session, number: str, cohort: int, level: str = "DL1"
                        ) -> Subject:
    return escalation_subject(session, number, cohort, level, NOW)


def _dlt(session: Session, subject: Subject, onset: date, *, dlt: bool = True) -> None:
    clinician = cast_actor(session, "clin")
    assert clinician.id is not None and subject.id is not None
    session.add(AdverseEvent(
        subject_id=subject.id, term="Pneumonitis", grade=3, ctcae_version="5.0",
        onset_on=onset, serious=True, related_to_rak="probable", related_to_tas102="unlikely",
        dlt=dlt, recorded_by=clinician.id, recorded_by_name=clinician.name, recorded_at=NOW))
    session.flush()


def _cohort(database: Database, cohort: int, level: str, days_ago: list[int | None],
            first: int = 1) -> list[int]:
    with database.session_scope() as session:
        return escalation_cohort(session, cohort, level, days_ago, NOW, first)


def _board(database: Database, settings: Settings, now: datetime = NOW
           ) -> board_service.Board:
    with database.session_scope(write=False) as session:
        return board_service.read_board(session, now=now, settings=settings)


def _decide(session: Session, settings: Settings, decision: str = "escalate",
            next_level: str | None = "DL2", mtd: str | None = None, *, user: str = "clin",
            cohort: int | None = None, rationale: str = "0 of 3 DLTs at DL1; escalate",
            now: datetime = NOW) -> EscalationDecision:
    proof = signatures.check_signer(session, principal=principal_for(session, user, settings),
                                    username=user, password=CAST[user].password, now=now,
                                    settings=settings)
    assert isinstance(proof, signatures.SignerProof), proof
    return board_service.decide(session, proof=proof, decision=decision,
                                next_dose_level=next_level, mtd_dose_level=mtd,
                                rationale=rationale, now=now, settings=settings, cohort=cohort)


def test_statuses_and_tallies_come_from_infusions_and_adverse_events(
    database: Database, settings: Settings
) -> None:
    done, dlt, pending = _cohort(database, 1, "DL1", [28, 10, 3])
    with database.session_scope() as session:
        _dlt(session, _row(session, Subject, dlt), (NOW - 5 * DAY).date())
        # Flagged before the first infusion: shown, not counted.
        _dlt(session, _row(session, Subject, done), (NOW - 40 * DAY).date())
        _escalation_subject(session, "RAK009", 2, "DL2")  # enrolled, not dosed
    board = _board(database, settings)
    rows = {r.number: r for level in board.levels for c in level.cohorts for r in c.subjects}
    assert rows["RAK001"].window == "window completed"
    assert rows["RAK001"].state is WindowState.COMPLETED
    assert [e.counted for e in rows["RAK001"].dlts] == [False]
    assert rows["RAK002"].window == f"DLT on {(NOW - 5 * DAY).date().isoformat()}"
    assert [e.counted for e in rows["RAK002"].dlts] == [True]
    assert rows["RAK003"].window == "in DLT window, day 4 of 28"
    assert rows["RAK009"].window == "not dosed"
    assert rows["RAK003"].window_end == rows["RAK003"].first_infusion + 28 * DAY  # type: ignore[operator]
    level1, level2, level3 = (level.tally for level in board.levels)
    assert (level1.treated, level1.dlt, level1.evaluable_pending) == (2, 1, 1)
    assert (level2.treated, level2.dlt, level2.evaluable_pending) == (0, 0, 0)
    assert level3.dosed == 0
    assert board.recommendation is not None and board.recommendation.decision is None
    assert "wait until 1 more subject(s) complete the DLT window" in \
        board.recommendation.message
    assert board.current == ("DL1", 1) and board.decisions == ()


def test_a_window_completes_at_the_minute_and_a_dlt_on_its_last_day_counts(
    database: Database, settings: Settings
) -> None:
    (subject,) = _cohort(database, 1, "DL1", [28])
    just_before = _board(database, settings, NOW - timedelta(minutes=1))
    assert just_before.levels[0].cohorts[0].subjects[0].window == \
        "in DLT window, day 28 of 28"
    with database.session_scope() as session:
        _dlt(session, _row(session, Subject, subject), NOW.astimezone(
            settings.zone).date())
    row = _board(database, settings).levels[0].cohorts[0].subjects[0]
    assert row.state is WindowState.DLT


def test_a_complete_cohort_gets_the_rules_recommendation(
    database: Database, settings: Settings
) -> None:
    _cohort(database, 1, "DL1", [30, 29, 28])
    board = _board(database, settings)
    assert board.recommendation is not None
    assert board.recommendation.decision is Decision.ESCALATE
    assert board.recommendation.next_level == "DL2"


def test_the_decision_is_signed_bound_to_its_row_and_audited(
    database: Database, settings: Settings
) -> None:
    _cohort(database, 1, "DL1", [30, 29, 28])
    with database.session_scope() as session:
        row = _decide(session, settings, cohort=1)
        decision_id = row.id
    with database.session_scope(write=False) as session:
        row = _row(session, EscalationDecision, decision_id)
        assert (row.dose_level, row.cohort, row.treated, row.dlt, row.recommendation,
                row.decision, row.next_dose_level, row.decided_by_name) == (
            "DL1", 1, 3, 0, "escalate", "escalate", "DL2", "Clara Ruiz")
        signature = _row(session, Signature, row.signature_id)
        assert (signature.meaning, signature.entity_type, signature.entity_id) == (
            "escalation_decided", "escalation", str(decision_id))
        assert [(e.action, e.reason) for e in session.exec(select(AuditEvent).where(
            AuditEvent.entity_type == "escalation", AuditEvent.entity_id == str(decision_id))
            .order_by(col(AuditEvent.seq)))] == [
            ("signature.applied", None), ("escalation.decided", "0 of 3 DLTs at DL1; escalate")]
        assert open_cohort(session, config=trial_config(settings), settings=settings) == (
            "DL2", 2)
    board = _board(database, settings)
    assert board.current == ("DL2", 2)
    shown = board.decisions[0]
    assert shown.signature is not None and shown.signature.status == "valid"
    assert (shown.signature.printed_name, shown.signature.user_id) == ("Clara Ruiz", "clin")


def test_a_cohort_with_a_subject_still_in_the_window_is_not_decided(
    database: Database, settings: Settings
) -> None:
    _cohort(database, 1, "DL1", [30, 29, 3])
    with pytest.raises(Conflict, match=r"RAK003 \(in DLT window, day 4 of 28\) not yet "
                                       "DLT-evaluable"), database.session_scope() as session:
        _decide(session, settings)
    with database.session_scope(write=False) as session:
        assert session.exec(select(EscalationDecision)).all() == []
        assert session.exec(select(Signature).where(
            Signature.meaning == "escalation_decided")).all() == []


def test_an_undosed_subject_holds_the_decision_unless_they_left(
    database: Database, settings: Settings
) -> None:
    ids = _cohort(database, 1, "DL1", [30, 29, None])
    with pytest.raises(Conflict, match=r"RAK003 \(not dosed\)"), \
            database.session_scope() as session:
        _decide(session, settings)
    with database.session_scope() as session:
        subject = _row(session, Subject, ids[2])
        subject.status = "withdrawn"
        session.add(subject)
    with database.session_scope() as session:
        assert _decide(session, settings, "stay", "DL1").decision == "stay"


def test_a_cohort_without_subjects_is_not_decided(database: Database, settings: Settings
                                                  ) -> None:
    with pytest.raises(Conflict, match="Cohort 1 at DL1 has no subjects yet"), \
            database.session_scope() as session:
        _decide(session, settings)


@pytest.mark.parametrize(("decision", "next_level", "mtd", "rationale", "problems"), [
    ("promote", "DL2", None, "long enough text", {"decision"}),
    ("escalate", "DL2", None, "too short", {"rationale"}),
    ("escalate", "DL9", None, "long enough text", {"next_dose_level"}),
    ("declare_mtd", None, "DL7", "long enough text", {"mtd_dose_level"}),
    ("escalate", "DL1", None, "long enough text", {"next_dose_level"}),
    ("stay", "DL2", None, "long enough text", {"next_dose_level"}),
    ("de-escalate", "DL1", None, "long enough text", {"next_dose_level"}),
    ("escalate", None, None, "long enough text", {"next_dose_level"}),
    ("escalate", "DL2", "DL1", "long enough text", {"mtd_dose_level"}),
    ("stop", "DL2", "DL1", "long enough text", {"next_dose_level", "mtd_dose_level"}),
    ("declare_mtd", None, None, "long enough text", {"mtd_dose_level"}),
    ("declare_mtd", None, "DL2", "long enough text", {"mtd_dose_level"}),
    ("promote", "DL9", None, "short", {"decision", "rationale", "next_dose_level"}),
])
def test_fields_are_refused_together_naming_each_field(
    database: Database, settings: Settings, decision: str, next_level: str | None,
    mtd: str | None, rationale: str, problems: set[str]
) -> None:
    _cohort(database, 1, "DL1", [30, 29, 28])
    with pytest.raises(InvalidFields) as refused, database.session_scope() as session:
        _decide(session, settings, decision, next_level, mtd, rationale=rationale)
    assert set(refused.value.problems) == problems


def test_declaring_the_mtd_closes_the_stage(database: Database, settings: Settings) -> None:
    _cohort(database, 1, "DL1", [30, 29, 28])
    with database.session_scope() as session:
        _decide(session, settings, "declare_mtd", None, "DL1",
                rationale="protocol amendment caps the dose")
    board = _board(database, settings)
    assert (board.current, board.mtd) == (None, "DL1")
    assert board.closed is not None and board.closed.startswith("the MTD was declared at DL1")
    with pytest.raises(Conflict, match="Escalation is closed: the MTD was declared at DL1"), \
            database.session_scope() as session:
        _decide(session, settings, "stop", None)


def test_a_decision_signed_from_a_stale_board_is_refused(
    database: Database, settings: Settings
) -> None:
    _cohort(database, 1, "DL1", [30, 29, 28])
    _cohort(database, 2, "DL2", [30, 29, 28], first=4)
    with database.session_scope() as session:
        _decide(session, settings, cohort=1)
    with pytest.raises(Conflict, match="Cohort 1 was already decided by Clara Ruiz"), \
            database.session_scope() as session:
        _decide(session, settings, user="clin2", cohort=1)


@pytest.mark.parametrize("attempt", range(2))
def test_two_members_signing_at_once_record_one_decision(
    database: Database, settings: Settings, attempt: int
) -> None:
    _cohort(database, 1, "DL1", [30, 29, 28])
    _cohort(database, 2, "DL2", [30, 29, 28], first=4)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def sign(user: str) -> None:
        try:
            if database.is_sqlite:  # SQLite serialises writers: both read the board first
                cohort = _board(database, settings).current
                barrier.wait(timeout=20)
                with database.session_scope() as session:
                    _decide(session, settings, user=user, cohort=cohort[1] if cohort else 0)
            else:
                with database.session_scope() as session:
                    cohort = board_service.read_board(session, now=NOW,
                                                      settings=settings).current
                    barrier.wait(timeout=20)
                    _decide(session, settings, user=user, cohort=cohort[1] if cohort else 0)
            outcomes.append("decided")
        except Conflict as refusal:
            outcomes.append(refusal.message)

    threads = [threading.Thread(target=sign, args=(user,)) for user in ("clin", "clin2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes)[0].startswith("Cohort 1 was already decided by"), outcomes
    assert outcomes.count("decided") == 1
    with database.session_scope(write=False) as session:
        assert len(session.exec(select(EscalationDecision)).all()) == 1
        assert len(session.exec(select(Signature).where(
            Signature.meaning == "escalation_decided")).all()) == 1


# --- the sentinel at allocation ---------------------------------------------------------------

def _released_bag(session: Session) -> int:
    lot = make_lot(session, din="A999026009001", state=LotState.RELEASED)
    (bag,) = bags.create_bags(session, actor=SEEDER, lot=lot, count=1, pdc="S1234",
                              collection_type="V", expires_at=utcnow() + 30 * DAY,
                              now=utcnow())
    bags.move(session, actor=SEEDER, bag=bag, lot=lot, target=BagStatus.RELEASED,
              now=utcnow(), reason="lot released")
    return bag.id or 0


def _sentinel_setup(database: Database, settings: Settings, first_infused: datetime | None
                    ) -> tuple[int, int, int]:
    with database.session_scope() as session:
        first = _escalation_subject(session, "RAK001", 1)
        second = _escalation_subject(session, "RAK002", 1)
        for subject in (first, second):
            trial.issue_coi(session, actor=SEEDER, subject=subject, settings=settings,
                            now=NOW)
        if first_infused is not None:
            infuse(session, first, first_infused)
        return first.id or 0, second.id or 0, _released_bag(session)


def _allocate(database: Database, settings: Settings, bag_id: int, subject_id: int,
              now: datetime) -> None:
    with database.session_scope() as session:
        bags.allocate_to_subject(session, actor=SEEDER, bag=bags.get_bag(session, bag_id),
                                 subject=trial.get_subject(session, subject_id), now=now,
                                 settings=settings)


def test_the_sentinel_blocks_the_cohorts_next_subject_until_the_interval_has_passed(
    database: Database, settings: Settings
) -> None:
    infused = utcnow() - 14 * DAY + timedelta(hours=1)
    _, second, bag = _sentinel_setup(database, settings, infused)
    opens = (infused + 14 * DAY).astimezone(settings.zone)
    with pytest.raises(Conflict, match=(
            r"subject RAK002 is in cohort 1, whose first subject is RAK001: .* the next may "
            f"be dosed from {opens:%Y-%m-%d %H:%M} .*14-day sentinel")):
        _allocate(database, settings, bag, second, infused + 14 * DAY - timedelta(seconds=1))
    _allocate(database, settings, bag, second, infused + 14 * DAY)


def test_the_sentinel_waits_for_the_first_subjects_infusion(
    database: Database, settings: Settings
) -> None:
    first, second, bag = _sentinel_setup(database, settings, None)
    with pytest.raises(Conflict, match="the cohort's first subject has not been infused yet"):
        _allocate(database, settings, bag, second, utcnow())
    _allocate(database, settings, bag, first, utcnow())  # the first subject is not held


def test_the_sentinel_applies_within_a_cohort_only(database: Database, settings: Settings
                                                   ) -> None:
    with database.session_scope() as session:
        _escalation_subject(session, "RAK001", 1)
        other = _escalation_subject(session, "RAK004", 2, "DL2")
        trial.issue_coi(session, actor=SEEDER, subject=other, settings=settings, now=NOW)
        bag, other_id = _released_bag(session), other.id or 0
    _allocate(database, settings, bag, other_id, utcnow())
