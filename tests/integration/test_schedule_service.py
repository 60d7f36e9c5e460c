"""The treatment schedule service (both databases): starting cycles (numbered, audited,
refused with the field named), the reminder facts read in one query per table, and the
reminder job raising each notification once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlmodel import func, select

from cellchain.audit.models import AuditEvent
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.errors import BadInput, Conflict
from cellchain.notifications.models import Notification
from cellchain.trial import schedule
from cellchain.trial.jobs import send_reminders
from cellchain.trial.models import TreatmentCycle
from cellchain.trial.rules import SubjectStatus
from cellchain.trial.schedule_rules import ReminderKind
from tests.factories import audit_events, cast_actor
from tests.support.adverse import make_subject
from tests.support.schedule import NOW, TODAY, add_lab, scheduled_subject, subject_of


def _start(database: Database, settings: Settings, subject_id: int, offset_days: int) -> int:
    with database.session_scope() as session:
        cycle = schedule.start_cycle(
            session, actor=cast_actor(session, "clin"), subject=subject_of(session, subject_id),
            start_date=TODAY + timedelta(days=offset_days), now=NOW, settings=settings)
        return cycle.cycle_number


def _enrolled(database: Database, number: str = "RAK001") -> int:
    with database.session_scope() as session:
        return make_subject(session, number=number).id or 0


def _counts(database: Database) -> tuple[int, int]:
    with database.session_scope(write=False) as session:
        return (session.exec(select(func.count()).select_from(TreatmentCycle)).one(),
                session.exec(select(func.count()).select_from(AuditEvent)).one())


def test_cycles_are_numbered_in_order_stored_and_audited_on_the_subject(
    database: Database, settings: Settings
) -> None:
    subject_id = _enrolled(database)
    assert _start(database, settings, subject_id, -42) == 1
    # The registered schedule's cycle is 21 days: day 1 of cycle 2 on day 22 is allowed.
    assert _start(database, settings, subject_id, -21) == 2
    assert _start(database, settings, subject_id, 0) == 3
    with database.session_scope(write=False) as session:
        cycles = schedule.cycles_of(session, subject_id)
        clin = cast_actor(session, "clin")
        visits = schedule.visits_of(session, subject_of(session, subject_id), settings)
    assert [(c.cycle_number, c.start_date) for c in cycles] == [
        (1, TODAY - timedelta(days=42)), (2, TODAY - timedelta(days=21)), (3, TODAY)]
    assert {(c.recorded_by, c.recorded_by_name, c.recorded_at) for c in cycles} == {
        (clin.id, clin.name, NOW)}
    assert [v.target for v in visits] == [TODAY - timedelta(days=28), TODAY - timedelta(days=7),
                                          TODAY + timedelta(days=14)]
    started = audit_events(database, "cycle.started", subject_id)
    assert [(e.entity_type, e.actor_id) for e in started] == [("subject", clin.id)] * 3
    assert [{c["field"]: c["new"] for c in json.loads(e.changes)} for e in started] == [
        {"cycle_number": n, "start_date": (TODAY + timedelta(days=d)).isoformat()}
        for n, d in ((1, -42), (2, -21), (3, 0))]
    assert {e.blinding for e in started} == {"open"}


@pytest.mark.parametrize(("offset", "words"), [
    (-1, "cycle 2 cannot start on 2026-07-09: cycle 1 runs 21 days, so the next cycle starts "
         "on 2026-07-10 or later"),
    (1, "Start date 2026-07-11 is in the future"),
])
def test_a_start_too_early_or_in_the_future_is_refused_naming_the_field_and_writes_nothing(
    database: Database, settings: Settings, offset: int, words: str
) -> None:
    subject_id = _enrolled(database)
    _start(database, settings, subject_id, -21)
    before = _counts(database)
    with pytest.raises(BadInput) as refused:
        _start(database, settings, subject_id, offset)
    assert refused.value.field == "start_date"
    assert words in refused.value.message
    assert _counts(database) == before


@pytest.mark.parametrize("status", [SubjectStatus.SCREENING, SubjectStatus.COMPLETED,
                                    SubjectStatus.WITHDRAWN])
def test_a_subject_not_enrolled_or_on_treatment_starts_no_cycle(
    database: Database, settings: Settings, status: SubjectStatus
) -> None:
    subject_id = _enrolled(database)
    with database.session_scope() as session:
        subject_of(session, subject_id).status = status.value
    before = _counts(database)
    with pytest.raises(Conflict, match=f"Subject RAK001 is {status.label}: a TAS-102 cycle"):
        _start(database, settings, subject_id, 0)
    assert _counts(database) == before


def test_reminder_facts_hold_open_visits_the_latest_uncorrected_labs_bags_and_first_infusion(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        made = scheduled_subject(session, settings)
        add_lab(session, made.subject_id, "anc_10e9_l", TODAY - timedelta(days=3))
        wrong = add_lab(session, made.subject_id, "plt_10e9_l", TODAY)
        add_lab(session, made.subject_id, "plt_10e9_l", TODAY - timedelta(days=5), wrong)
        add_lab(session, made.subject_id, "crp_mg_l", TODAY)  # not a pre-infusion lab
        screening = make_subject(session, number="RAK002")
        screening.status = SubjectStatus.SCREENING.value
    with database.session_scope(write=False) as session:
        [facts] = schedule.reminder_facts(session, settings, TODAY)
    assert facts.subject_ref == "RAK001"
    # Cycle 1's window closed long ago: only cycle 2's visit, not infused yet.
    assert [(v.visit.cycle_number, v.visit.target, v.infused_on) for v in facts.visits] == [
        (2, TODAY, None)]
    assert facts.labs == {"ANC": TODAY - timedelta(days=3), "PLT": TODAY - timedelta(days=5)}
    assert [(b.bag_ref, b.expires_at, b.infused) for b in facts.bags] == [
        (made.kit, NOW + timedelta(hours=2), False)]
    assert facts.first_infusion_on == TODAY - timedelta(days=26)


def test_an_infusion_in_a_cycles_period_is_that_visits_infusion() -> None:
    starts = [TODAY, TODAY + timedelta(days=21)]
    days = [TODAY - timedelta(days=1), TODAY + timedelta(days=30), TODAY + timedelta(days=16),
            TODAY + timedelta(days=20)]
    assert schedule.infused_days(starts, days) == [TODAY + timedelta(days=16),
                                                   TODAY + timedelta(days=30)]
    assert schedule.infused_days(starts, []) == [None, None]


def _notes(database: Database) -> list[Notification]:
    with database.session_scope(write=False) as session:
        return list(session.exec(select(Notification).order_by(Notification.key)))


def test_the_job_raises_each_reminder_once_to_clinicians_and_the_coordinator(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        made = scheduled_subject(session, settings)
    assert send_reminders(database, settings, NOW) == 4
    notes = _notes(database)
    assert {(n.kind, n.key) for n in notes} == {
        (ReminderKind.BAG_EXPIRY.value, f"schedule:bag_expiry:RAK001:bag-{made.kit}"),
        (ReminderKind.DLT_WINDOW_ENDING.value, "schedule:dlt_window_ending:RAK001"),
        (ReminderKind.INFUSION_DUE.value, "schedule:infusion_due:RAK001:cycle-2"),
        (ReminderKind.LABS_DUE.value, "schedule:labs_due:RAK001:cycle-2")}
    assert {n.roles for n in notes} == {"clinician,coordinator"}
    by_kind = {n.kind: n.message for n in notes}
    assert by_kind["labs_due"].startswith("Subject RAK001: pre-infusion labs ANC, PLT, HGB")
    assert by_kind["dlt_window_ending"] == ("Subject RAK001: the 28-day DLT window ends on "
                                            "2026-07-12 (first study infusion on 2026-06-14).")
    assert f"bag {made.kit}, allocated and not infused, expires at 2026-07-10 12:00 BST" \
        in by_kind["bag_expiry"]
    # Nothing of the lot or an arm in any message a blinded clinician reads.
    assert not any(word in n.message.lower() for n in notes
                   for word in ("a999", "placebo", "control", "arm"))
    assert send_reminders(database, settings, NOW + timedelta(hours=1)) == 0
    assert len(_notes(database)) == 4


def test_labs_drawn_the_day_before_the_target_day_are_not_asked_for(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        made = scheduled_subject(session, settings)
        for analyte in ("anc_10e9_l", "plt_10e9_l", "hgb_g_l"):
            add_lab(session, made.subject_id, analyte, TODAY - timedelta(days=1))
    assert send_reminders(database, settings, NOW) == 3
    assert {n.kind for n in _notes(database)} == {"infusion_due", "bag_expiry",
                                                  "dlt_window_ending"}


@contextmanager
def _counting() -> Iterator[list[str]]:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    event.listen(Engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(Engine, "before_cursor_execute", count)


def _facts_queries(database: Database, settings: Settings) -> tuple[int, int]:
    with database.session_scope(write=False) as session, _counting() as statements:
        found = schedule.reminder_facts(session, settings, TODAY)
    return len(found), len([s for s in statements if s.lstrip().upper().startswith("SELECT")])


def test_reminder_facts_read_one_query_per_table_whatever_the_number_of_subjects(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        scheduled_subject(session, settings, number="RAK001", lot_number=1)
    one = _facts_queries(database, settings)
    with database.session_scope() as session:
        for n in range(2, 11):
            scheduled_subject(session, settings, number=f"RAK{n:03d}", lot_number=n)
    ten = _facts_queries(database, settings)
    assert (one[0], ten[0]) == (1, 10)
    assert one[1] == ten[1] == 5  # subjects, cycles, infusions, labs, bags with their lots


def test_a_subject_whose_stored_cycles_the_schedule_now_refuses_stops_nobody_elses_reminders(
        database: Database, settings: Settings) -> None:
    """A site lengthened its cycle after cycles were recorded: that subject's stored starts no
    longer fit, and the calendar and the reminder job pass over them, not over everyone."""
    with database.session_scope() as session:
        scheduled_subject(session, settings, number="RAK001", lot_number=101)
        other = scheduled_subject(session, settings, number="RAK002", lot_number=102)
        # Cycle 3 recorded 10 days after cycle 2, as a shorter cycle once allowed.
        session.add(TreatmentCycle(subject_id=other.subject_id, cycle_number=3,
                                   start_date=TODAY - timedelta(days=4), recorded_by=None,
                                   recorded_by_name="migration", recorded_at=NOW))
        session.flush()
        with pytest.raises(BadInput):
            schedule.visits_of(session, subject_of(session, other.subject_id), settings)
        assert [f.subject_ref for f in schedule.reminder_facts(session, settings, TODAY)] == [
            "RAK001"]
        assert list(schedule.calendar_visits(session, settings, TODAY).visits) == ["RAK001"]
