"""Dose-escalation cohorts (issue 12 item 3): which cohort and dose level a subject enrolled
into the escalation stage joins.

The open cohort is the one after the committee's latest signed decision, at the level that
decision chose (the lowest level before any decision). It holds ``cohort_size`` subjects
([escalation] in the trial file); when it is full, nobody else is enrolled into the stage until
the committee decides (no concurrent enrolment into two cohorts, domain notes §4.1 [S49]).
When the committee has stopped escalation (an MTD declared or the lowest level eliminated),
the stage takes nobody.

The sentinel (domain notes §4.1 [S49], issue 12 item 5): the first subject of a cohort (the
lowest subject id in it) is observed for ``sentinel_days`` after their first recorded infusion
before a bag is allocated to any other subject of that cohort. Decisions where the sources are
silent: the interval runs from the first subject's first infusion's start time, so allocation is
possible from that time plus the interval to the minute (``escalation_rules.sentinel_blocks``);
the first subject is fixed by id whatever happens to them later (a withdrawn first subject who
was never infused holds the cohort until the committee decides).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, func, select

from cellchain.audit import service as audit
from cellchain.bedside.models import Infusion
from cellchain.config import Settings
from cellchain.errors import Conflict
from cellchain.trial.blinding_models import EscalationDecision
from cellchain.trial.configuration import TrialConfig, load_trial_config, trial_config
from cellchain.trial.escalation_rules import (
    EscalationSettings,
    escalation_settings_from_mapping,
    sentinel_blocks,
)
from cellchain.trial.models import Subject


def latest_decision(session: Session) -> EscalationDecision | None:
    return session.exec(select(EscalationDecision)
                        .order_by(col(EscalationDecision.id).desc())).first()


def cohort_size(config: TrialConfig) -> int:
    return int(config.raw.get("escalation", {}).get("cohort_size", 3))


def escalation_settings(config: TrialConfig) -> EscalationSettings:
    """The ``[escalation]`` table of the trial file, validated (escalation_rules)."""
    return escalation_settings_from_mapping(config.raw.get("escalation", {}))


def current_cohort(session: Session, config: TrialConfig) -> tuple[str, int] | None:
    """(dose level, cohort number) of the cohort the committee decides next: the one after the
    latest decision, at the level it chose (the lowest level and cohort 1 before any decision);
    None once a decision has closed the stage (no next dose level)."""
    decision = latest_decision(session)
    if decision is None:
        return config.dose_levels[0].code, 1
    if decision.next_dose_level is None:
        return None
    return decision.next_dose_level, decision.cohort + 1


def closed_reason(decision: EscalationDecision) -> str:
    ended = (f"the MTD was declared at {decision.mtd_dose_level}"
             if decision.mtd_dose_level else "escalation was stopped")
    return f"{ended} on {decision.decided_at.date().isoformat()}"


def open_cohort(session: Session, *, config: TrialConfig, settings: Settings) -> tuple[str, int]:
    """Returns (dose level, cohort number) for the next escalation subject, or refuses.

    Takes the audit append lock before reading, as the committee's decision does: two
    enrolments cannot both count a cohort as having room, nor join a cohort just decided
    (on SQLite the write transaction already holds the only write lock)."""
    audit.lock_for_append(session)
    stage = config.escalation_stage
    found = current_cohort(session, config)
    if found is None:
        decision = latest_decision(session)
        assert decision is not None
        raise Conflict(f"The {stage.name if stage else 'escalation'} stage is closed: "
                       f"{closed_reason(decision)}.")
    level, cohort = found
    members = session.exec(select(func.count()).select_from(Subject).where(
        Subject.cohort == cohort, col(Subject.stage) == (stage.code if stage else None))).one()
    size = cohort_size(config)
    if members >= size:
        raise Conflict(f"Cohort {cohort} at {level} is full ({members} of {size} subjects); "
                       "the safety review committee decides before the next cohort is "
                       "enrolled.")
    return level, cohort


def first_infusion_at(session: Session, subject_id: int) -> datetime | None:
    started: datetime | None = session.exec(
        select(func.min(Infusion.started_at)).where(Infusion.subject_id == subject_id)).one()
    return started


def sentinel_refusal(session: Session, subject: Subject, now: datetime,
                     settings: Settings | None) -> str | None:
    """Why no bag may be allocated to this subject yet under the sentinel rule, in words with
    the time from which it may, or None (module docstring). Without settings the shipped trial
    file is read (callers that predate the sentinel; the routes pass theirs)."""
    config = trial_config(settings) if settings is not None else load_trial_config()
    stage = config.escalation_stage
    if stage is None or subject.stage != stage.code or subject.cohort is None:
        return None
    first = session.exec(select(Subject).where(
        Subject.stage == stage.code, Subject.cohort == subject.cohort)
        .order_by(col(Subject.id))).first()
    if first is None or first.id is None or first.id == subject.id:
        return None
    where = (f"subject {subject.subject_number or subject.screening_number} is in cohort "
             f"{subject.cohort}, whose first subject is "
             f"{first.subject_number or first.screening_number}")
    started = first_infusion_at(session, first.id)
    if started is None:
        return f"{where}: the cohort's first subject has not been infused yet"
    zone = settings.zone if settings is not None else None
    blocked = sentinel_blocks(started.astimezone(zone) if zone else started, now,
                              escalation_settings(config).sentinel_days)
    return f"{where}: {blocked}" if blocked else None
