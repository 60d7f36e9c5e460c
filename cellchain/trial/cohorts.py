"""Dose-escalation cohorts (issue 12 item 3): which cohort and dose level a subject enrolled
into the escalation stage joins.

The open cohort is the one after the committee's latest signed decision, at the level that
decision chose (the lowest level before any decision). It holds ``cohort_size`` subjects
([escalation] in the trial file); when it is full, nobody else is enrolled into the stage until
the committee decides (no concurrent enrolment into two cohorts, domain notes §4.1 [S49]).
When the committee has stopped escalation (an MTD declared or the lowest level eliminated),
the stage takes nobody.
"""

from __future__ import annotations

from sqlmodel import Session, col, func, select

from cellchain.config import Settings
from cellchain.errors import Conflict
from cellchain.trial.blinding_models import EscalationDecision
from cellchain.trial.configuration import TrialConfig
from cellchain.trial.models import Subject


def latest_decision(session: Session) -> EscalationDecision | None:
    return session.exec(select(EscalationDecision)
                        .order_by(col(EscalationDecision.id).desc())).first()


def cohort_size(config: TrialConfig) -> int:
    return int(config.raw.get("escalation", {}).get("cohort_size", 3))


def open_cohort(session: Session, *, config: TrialConfig, settings: Settings) -> tuple[str, int]:
    """Returns (dose level, cohort number) for the next escalation subject, or refuses."""
    stage = config.escalation_stage
    decision = latest_decision(session)
    if decision is None:
        level, cohort = config.dose_levels[0].code, 1
    else:
        if decision.next_dose_level is None:
            ended = (f"the MTD was declared at {decision.mtd_dose_level}"
                     if decision.mtd_dose_level else "escalation was stopped")
            raise Conflict(f"The {stage.name if stage else 'escalation'} stage is closed: "
                           f"{ended} on {decision.decided_at.date().isoformat()}.")
        level, cohort = decision.next_dose_level, decision.cohort + 1
    members = session.exec(select(func.count()).select_from(Subject).where(
        Subject.cohort == cohort, col(Subject.stage) == (stage.code if stage else None))).one()
    size = cohort_size(config)
    if members >= size:
        raise Conflict(f"Cohort {cohort} at {level} is full ({members} of {size} subjects); "
                       "the safety review committee decides before the next cohort is "
                       "enrolled.")
    return level, cohort
