"""Reporting and changing adverse events (both databases): what is stored and audited, the SAE
notification, refusals that write nothing, and two clinicians changing one event at once."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import Session, func, select

from cellchain.audit.models import AuditEvent
from cellchain.audit.service import Actor
from cellchain.bedside import adverse_service
from cellchain.bedside.dlt import DltVerdict
from cellchain.bedside.models import AdverseEvent
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.errors import BadInput, ConcurrentModification, InvalidFields
from cellchain.notifications.models import Notification
from cellchain.trial.models import Subject
from tests.factories import CAST, audit_events, cast_actor
from tests.support.adverse import facts, make_infusion, make_subject
from tests.support.race import one_winner, race

NOW = datetime(2026, 7, 10, 9, 0, tzinfo=UTC)


def _report(database: Database, settings: Settings, **changes: object) -> int:
    with database.session_scope() as session:
        subject = session.exec(select(Subject)).first() or make_subject(session)
        event = adverse_service.report(
            session, actor=cast_actor(session, "clin"), subject=subject, infusion=None,
            facts=facts(**changes), now=NOW, settings=settings)
        return event.id or 0


def _counts(database: Database) -> tuple[int, int, int]:
    with database.session_scope(write=False) as session:
        return tuple(session.exec(select(func.count()).select_from(table)).one()  # type: ignore[return-value]
                     for table in (AdverseEvent, AuditEvent, Notification))


def _changes(event: AuditEvent) -> dict[str, tuple[object, object]]:
    return {c["field"]: (c["old"], c["new"]) for c in json.loads(event.changes)}


def test_a_report_is_stored_with_the_sites_ctcae_version_and_audited_field_by_field(
    database: Database, settings: Settings
) -> None:
    event_id = _report(database, settings, term="Nausea", grade=3, note="<b>ondansetron</b>")
    with database.session_scope(write=False) as session:
        event = adverse_service.get_event(session, event_id)
        clin = cast_actor(session, "clin")
    assert (event.term, event.grade, event.ctcae_version, event.version) == ("Nausea", 3, "5.0", 1)
    assert (event.recorded_by, event.recorded_by_name, event.recorded_at) == (clin.id, clin.name,
                                                                             NOW)
    assert (event.related_to_rak, event.related_to_tas102) == ("possible", "unlikely")
    [reported] = audit_events(database, "adverse_event.reported", event_id)
    assert reported.entity_type == "adverse_event" and reported.blinding == "open"
    assert reported.actor_name == CAST["clin"].printed_name
    changes = _changes(reported)
    assert changes["subject"] == (None, "RAK001")
    assert changes["term"] == (None, "Nausea") and changes["grade"] == (None, 3)
    assert changes["onset_on"] == (None, "2026-07-01") and changes["resolved_on"] == (None, None)
    assert changes["related_to_tas102"] == (None, "unlikely")
    assert changes["note"] == (None, "<b>ondansetron</b>")


def test_a_serious_event_notifies_qa_and_the_coordinator_once_and_a_mild_one_nobody(
    database: Database, settings: Settings
) -> None:
    _report(database, settings)
    assert _counts(database)[2] == 0
    event_id = _report(database, settings, term="Infusion related reaction", grade=3,
                       serious=True)
    with database.session_scope(write=False) as session:
        [note] = session.exec(select(Notification)).all()
    assert (note.key, note.kind, note.roles) == (f"sae:{event_id}", "sae", "coordinator,qa")
    assert "Serious adverse event for subject RAK001: Infusion related reaction, grade 3" \
        in note.message
    # 24 h after the report, in the site's zone (London is on BST in July).
    assert "Report it to the sponsor by 11 JUL 2026 10:00 BST" in note.message


@pytest.mark.parametrize(("changes", "field"), [
    ({"grade": 5}, "serious"),
    ({"onset_on": date(2026, 7, 11)}, "onset_on"),
    ({"onset_on": date(2026, 3, 1)}, "onset_on"),
    ({"dlt": True, "related_to_rak": "unlikely"}, "dlt"),
    ({"term": "Hiccups"}, "term"),
    ({"term": "Nausea", "grade": 4, "serious": True}, "grade"),
    ({"grade": 5, "related_to_rak": "unlikely", "dlt": True}, "serious"),
])
def test_a_refused_report_writes_nothing_and_names_the_field(
    database: Database, settings: Settings, changes: dict[str, object], field: str
) -> None:
    with database.session_scope() as session:
        make_subject(session)
    before = _counts(database)
    with pytest.raises(InvalidFields) as refused:
        _report(database, settings, **changes)
    assert field in refused.value.problems
    assert _counts(database) == before


def test_an_event_is_linked_only_to_one_of_the_subjects_own_infusions_after_it_began(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        clin = cast_actor(session, "clin")
        ours, theirs = make_subject(session), make_subject(session, "RAK002")
        given = make_infusion(session, ours, datetime(2026, 7, 1, 8, 0, tzinfo=UTC),
                              clinician=clin)
        other = make_infusion(session, theirs, datetime(2026, 7, 1, 9, 0, tzinfo=UTC),
                              clinician=clin, din="A999026000102")
        with pytest.raises(BadInput, match="not one of this subject's infusions") as refused:
            adverse_service.infusion_of(session, ours, other.id)
        assert refused.value.field == "infusion_id"
        with pytest.raises(BadInput, match="not one of this subject's infusions"):
            adverse_service.infusion_of(session, ours, 999_999)
        with pytest.raises(InvalidFields, match="before the linked infusion"):
            adverse_service.report(session, actor=clin, subject=ours, infusion=given,
                                   facts=facts(onset_on=date(2026, 6, 30)), now=NOW,
                                   settings=settings)
        event = adverse_service.report(session, actor=clin, subject=ours, infusion=given,
                                       facts=facts(grade=3), now=NOW, settings=settings)
        [view] = adverse_service.views_of(session, ours, settings)
    assert event.infusion_id == given.id
    assert view.infusion_started_at == given.started_at
    assert view.suggestion.verdict is DltVerdict.COUNTS  # grade 3, day 0 of the window


def _change(database: Database, settings: Settings, event_id: int, actor: Actor | None = None,
            reason: str = "worse on day 3", seen: int | None = None,
            **changes: object) -> list[tuple[str, object, object]]:
    with database.session_scope() as session:
        made = adverse_service.update(
            session, actor=actor or cast_actor(session, "clin"),
            event=adverse_service.get_event(session, event_id), changes=changes, reason=reason,
            now=NOW + timedelta(hours=1), settings=settings, seen_version=seen)
        return [(c.field, c.old, c.new) for c in made]


def test_a_change_after_the_report_is_audited_old_to_new_with_its_reason(
    database: Database, settings: Settings
) -> None:
    event_id = _report(database, settings)
    made = _change(database, settings, event_id, grade=3, resolved_on=date(2026, 7, 5),
                   serious=False, related_to_rak="probable", related_to_tas102="unlikely",
                   dlt=True)
    assert made == [("grade", 2, 3), ("resolved_on", None, "2026-07-05"),
                    ("related_to_rak", "possible", "probable"), ("dlt", False, True)]
    [changed] = audit_events(database, "adverse_event.updated", event_id)
    assert changed.reason == "worse on day 3"
    assert _changes(changed) == {"grade": (2, 3), "resolved_on": (None, "2026-07-05"),
                                 "related_to_rak": ("possible", "probable"),
                                 "dlt": (False, True)}
    with database.session_scope(write=False) as session:
        event = adverse_service.get_event(session, event_id)
    assert (event.grade, event.resolved_on, event.dlt, event.version) == (
        3, date(2026, 7, 5), True, 2)


@pytest.mark.parametrize(("changes", "reason", "field"), [
    ({"grade": 3}, "  ", "reason"),
    ({"grade": 2}, "no change really", "form"),
    ({"grade": 5}, "died", "serious"),
    ({"resolved_on": date(2026, 6, 1)}, "typo", "resolved_on"),
    ({"dlt": True, "related_to_rak": "not_related"}, "reassessed", "dlt"),
])
def test_a_refused_change_writes_nothing(
    database: Database, settings: Settings, changes: dict[str, object], reason: str, field: str
) -> None:
    event_id = _report(database, settings)
    before = _counts(database)
    with pytest.raises(InvalidFields) as refused:
        _change(database, settings, event_id, reason=reason, **changes)
    assert field in refused.value.problems
    assert _counts(database) == before
    with database.session_scope(write=False) as session:
        assert adverse_service.get_event(session, event_id).version == 1


def test_an_event_made_serious_later_notifies_once_however_often_it_is_changed(
    database: Database, settings: Settings
) -> None:
    event_id = _report(database, settings)
    _change(database, settings, event_id, serious=True, reason="admitted overnight")
    _change(database, settings, event_id, serious=False, reason="entered in error")
    _change(database, settings, event_id, serious=True, reason="admitted after all")
    with database.session_scope(write=False) as session:
        notes = session.exec(select(Notification)).all()
    assert [n.key for n in notes] == [f"sae:{event_id}"]
    assert len(audit_events(database, "adverse_event.updated", event_id)) == 3


def test_a_change_from_a_form_read_before_another_change_is_refused_naming_who_made_it(
    database: Database, settings: Settings
) -> None:
    event_id = _report(database, settings)
    _change(database, settings, event_id, grade=3, seen=1)
    with pytest.raises(ConcurrentModification) as refused:
        _change(database, settings, event_id, grade=4, seen=1, actor=Actor(None, "Dr Two"))
    assert f"was changed by {CAST['clin'].printed_name} (user ID clin)" in refused.value.message
    with database.session_scope(write=False) as session:
        event = adverse_service.get_event(session, event_id)
    assert (event.grade, event.version) == (3, 2)


@pytest.fixture
def second_clinician(database: Database) -> Actor:
    """The cast's second clinician (tests.factories.CAST ``clin2``)."""
    with database.session_scope() as session:
        return cast_actor(session, "clin2")


def test_two_clinicians_changing_one_event_at_once_yield_one_change_naming_the_winner(
    database: Database, settings: Settings, second_clinician: Actor
) -> None:
    event_id = _report(database, settings)
    people = {0: ("clin", None), 1: ("clin2", second_clinician)}

    def change(session: Session, event: AdverseEvent, worker: int) -> None:
        actor = people[worker][1] or cast_actor(session, "clin")
        adverse_service.update(session, actor=actor, event=event,
                               changes={"grade": 3 + worker}, reason=f"reassessed by {worker}",
                               now=NOW, settings=settings)

    winner, loser = one_winner(race(database, lambda s: s.get(AdverseEvent, event_id), change))
    username = people[winner.worker][0]
    name = CAST["clin"].printed_name if username == "clin" else second_clinician.name
    assert f"was changed by {name} (user ID {username})" in loser.refusal
    assert "nothing of yours was saved" in loser.refusal
    [changed] = audit_events(database, "adverse_event.updated", event_id)
    assert changed.reason == f"reassessed by {winner.worker}"
    with database.session_scope(write=False) as session:
        event = adverse_service.get_event(session, event_id)
    assert (event.grade, event.version) == (3 + winner.worker, 2)


def test_the_events_of_a_subject_list_by_onset_with_their_suggestions(
    database: Database, settings: Settings
) -> None:
    later = _report(database, settings, onset_on=date(2026, 7, 8))
    earlier = _report(database, settings, onset_on=date(2026, 7, 2), grade=3)
    with database.session_scope(write=False) as session:
        subject = session.exec(select(Subject)).one()
        views = adverse_service.views_of(session, subject, settings)
    assert [v.event.id for v in views] == [earlier, later]
    # No infusion recorded: the window has not started, whatever the grade.
    assert {v.suggestion.verdict for v in views} == {DltVerdict.DOES_NOT_COUNT}
