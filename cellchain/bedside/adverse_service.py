"""Reporting and updating adverse events (issue 11 item 5). Never commits.

A report is a new row and one audit record with every field; a change after the report is one
guarded write on ``version`` (two clinicians editing one event: one wins, the other is told
who changed it) and one audit record listing each field old -> new with the reason. A serious
adverse event notifies QA and the coordinator at once: the investigator reports an SAE to the
sponsor without undue delay and within 24 hours of learning of it (EU CTR 536/2014 Art. 41(2);
ICH E6 4.11.1; 21 CFR 312.64(b) "immediately").

Adverse events are OPEN to blinded roles (clinicians record them): nothing here names a lot,
a lot type or an arm; an infusion is named by its time only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.auth.roles import Role
from cellchain.bedside import adverse
from cellchain.bedside.adverse import AdverseEventFacts, ReportContext
from cellchain.bedside.ctcae import current_vocabulary, load_terms
from cellchain.bedside.dlt import DltSuggestion, suggest_dlt
from cellchain.bedside.models import AdverseEvent, Infusion
from cellchain.config import Settings
from cellchain.db import get_record
from cellchain.errors import BadInput, Forbidden, InvalidFields
from cellchain.guarded import guarded_update, refuse_if_changed
from cellchain.labels.data import print_date, print_datetime
from cellchain.notifications import service as notifications
from cellchain.trial.models import Subject

ENTITY = "adverse_event"
SAE_REPORT_HOURS = 24


def get_event(session: Session, event_id: int) -> AdverseEvent:
    return get_record(session, AdverseEvent, event_id, "adverse event")


def events_of(session: Session, subject_id: int) -> list[AdverseEvent]:
    """The subject's adverse events, by onset."""
    return list(session.exec(select(AdverseEvent).where(AdverseEvent.subject_id == subject_id)
                             .order_by(col(AdverseEvent.onset_on), col(AdverseEvent.id))))


def infusions_of(session: Session, subject_id: int) -> list[Infusion]:
    """The subject's infusions, first first (an event may be linked to one of them)."""
    return list(session.exec(select(Infusion).where(Infusion.subject_id == subject_id)
                             .order_by(col(Infusion.started_at), col(Infusion.id))))


def infusion_of(session: Session, subject: Subject, infusion_id: int | None) -> Infusion | None:
    """The infusion a form names, if it is the subject's; another subject's reads as missing."""
    if infusion_id is None:
        return None
    infusion = session.get(Infusion, infusion_id)
    if infusion is None or infusion.subject_id != subject.id:
        raise BadInput(f"Infusion {infusion_id} is not one of this subject's infusions: choose "
                       "one of theirs, or none.", field="infusion_id")
    return infusion


def _site_date(at: datetime, settings: Settings) -> date:
    return at.astimezone(settings.zone).date()


def _context(
    session: Session, subject: Subject, infusion_id: int | None, ctcae_version: str,
    now: datetime, settings: Settings,
) -> ReportContext:
    infusion = session.get(Infusion, infusion_id) if infusion_id is not None else None
    return ReportContext(
        today=_site_date(now, settings), registered_on=_site_date(subject.created_at, settings),
        infusion_on=_site_date(infusion.started_at, settings) if infusion else None,
        vocabulary=load_terms().for_version(ctcae_version))


def facts_of(event: AdverseEvent) -> AdverseEventFacts:
    return AdverseEventFacts(
        term=event.term, grade=event.grade, onset_on=event.onset_on,
        resolved_on=event.resolved_on, serious=event.serious,
        related_to_rak=event.related_to_rak, related_to_tas102=event.related_to_tas102,
        dlt=event.dlt, note=event.note)


def _subject_name(subject: Subject) -> str:
    return subject.subject_number or subject.screening_number


def report(
    session: Session, *, actor: Actor, subject: Subject, infusion: Infusion | None,
    facts: AdverseEventFacts, now: datetime, settings: Settings,
) -> AdverseEvent:
    """Records a new adverse event graded with the site's CTCAE version; refuses with every
    problem at once, each naming its field, and writes nothing then."""
    if actor.id is None:
        raise Forbidden("An adverse event is reported by a clinician signed in as themselves.")
    if infusion is not None and infusion.subject_id != subject.id:
        raise BadInput("The infusion is not one of this subject's.", field="infusion_id")
    vocabulary = current_vocabulary(settings)
    found = dict([term] if (term := adverse.term_problem(facts.term, vocabulary)) else [])
    found.update(adverse.problems(facts, _context(
        session, subject, infusion.id if infusion else None, vocabulary.ctcae_version, now,
        settings)))
    if found:
        raise InvalidFields(found)
    event = AdverseEvent(
        subject_id=subject.id or 0, infusion_id=infusion.id if infusion else None,
        term=facts.term, grade=facts.grade, ctcae_version=vocabulary.ctcae_version,
        onset_on=facts.onset_on, resolved_on=facts.resolved_on, serious=facts.serious,
        related_to_rak=facts.related_to_rak, related_to_tas102=facts.related_to_tas102,
        dlt=facts.dlt, note=facts.note or None, recorded_by=actor.id,
        recorded_by_name=actor.name, recorded_at=now)
    session.add(event)
    session.flush()
    audit.record(session, actor=actor, action="adverse_event.reported", entity_type=ENTITY,
                 entity_id=event.id, now=now, changes=[
                     Change("subject", None, _subject_name(subject)),
                     Change("infusion_id", None, event.infusion_id),
                     Change("term", None, event.term), Change("grade", None, event.grade),
                     Change("ctcae_version", None, event.ctcae_version),
                     Change("onset_on", None, event.onset_on.isoformat()),
                     Change("resolved_on", None, _iso(event.resolved_on)),
                     Change("serious", None, event.serious),
                     Change("related_to_rak", None, event.related_to_rak),
                     Change("related_to_tas102", None, event.related_to_tas102),
                     Change("dlt", None, event.dlt), Change("note", None, event.note)])
    if event.serious:
        _notify_sae(session, event=event, subject=subject, actor=actor, now=now,
                    settings=settings)
    return event


def _iso(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def update(
    session: Session, *, actor: Actor, event: AdverseEvent, changes: Mapping[str, object],
    reason: str, now: datetime, settings: Settings, seen_version: int | None = None,
) -> list[Change]:
    """Changes an event after its report (resolution, grade, seriousness, relatedness, DLT)
    with a reason; returns the changes made. ``seen_version`` is the version the person's form
    showed: a change made by someone else since refuses, naming them."""
    record, entity = f"Adverse event {event.id} ({event.term})", (ENTITY, event.id)
    if seen_version is not None and seen_version != event.version:
        # The form is the person's read: compare against what they saw, not what is stored now.
        set_committed_value(event, "version", seen_version)
        refuse_if_changed(session, event, record=record, audit_entity=entity)
    after, differ = adverse.apply_changes(facts_of(event), changes)
    found: dict[str, str] = {}
    if not differ:
        found["form"] = "Nothing to save: every field holds the value already recorded."
    reason_problem = adverse.reason_problem(reason)
    if reason_problem:
        found["reason"] = reason_problem
    subject = session.get(Subject, event.subject_id)
    assert subject is not None
    found.update(adverse.problems(after, _context(session, subject, event.infusion_id,
                                                  event.ctcae_version, now, settings)))
    if found:
        raise InvalidFields(found)
    guarded_update(session, event, {field: new for field, _, new in differ}, record=record,
                   audit_entity=entity)
    made = [Change(field, _iso(old), _iso(new)) for field, old, new in differ]
    audit.record(session, actor=actor, action="adverse_event.updated", entity_type=ENTITY,
                 entity_id=event.id, now=now, changes=made, reason=reason.strip())
    if any(c.field == "serious" and c.new is True for c in made):
        _notify_sae(session, event=event, subject=subject, actor=actor, now=now,
                    settings=settings)
    return made


def _notify_sae(
    session: Session, *, event: AdverseEvent, subject: Subject, actor: Actor, now: datetime,
    settings: Settings,
) -> None:
    """One notification per event (its key), however often seriousness is changed."""
    due = now + timedelta(hours=SAE_REPORT_HOURS)
    notifications.raise_notification(
        session, key=f"sae:{event.id}", kind="sae", now=now, roles=[Role.QA, Role.COORDINATOR],
        message=(f"Serious adverse event for subject {_subject_name(subject)}: {event.term}, "
                 f"grade {event.grade}, onset {print_date(event.onset_on)}, recorded by "
                 f"{actor.name}. Report it to the sponsor by {print_datetime(due, settings.zone)} "
                 f"({SAE_REPORT_HOURS} h after the site learned of it)."))


@dataclass(frozen=True)
class EventView:
    """One event as the pages and the API show it, with the DLT suggestion."""

    event: AdverseEvent
    infusion_started_at: datetime | None
    suggestion: DltSuggestion


def views_of(session: Session, subject: Subject, settings: Settings) -> list[EventView]:
    """The subject's events with what the PROPOSED DLT definition would say of each."""
    infusions = infusions_of(session, subject.id or 0)
    started = {i.id: i.started_at for i in infusions}
    first = _site_date(infusions[0].started_at, settings) if infusions else None
    terms = load_terms()
    return [EventView(e, started.get(e.infusion_id) if e.infusion_id else None,
                      suggest_dlt(facts_of(e), vocabulary=terms.for_version(e.ctcae_version),
                                  first_infusion_on=first, window_days=terms.dlt_window_days))
            for e in events_of(session, subject.id or 0)]
