"""Pre-infusion labs for test subjects: ANC, PLT and HGB within the trial file's limits,
measured the site's day before ``now`` so that a check made a little earlier or later that day
still finds them current (the gate accepts the infusion day and the day before)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from sqlmodel import Session

from cellchain.config import Settings
from cellchain.trial.eligibility_rules import Lab
from cellchain.trial.labs import record_labs
from cellchain.trial.models import LabResult
from tests.factories import SEEDER

CURRENT: Final = {Lab.ANC: 2.1, Lab.PLT: 180.0, Lab.HGB: 112.0}


def record_current_labs(session: Session, subject_id: int, settings: Settings,
                        now: datetime) -> list[LabResult]:
    day_before = now.astimezone(settings.zone).date() - timedelta(days=1)
    return record_labs(session, actor=SEEDER, subject_id=subject_id, values=CURRENT,
                       measured_on=day_before, settings=settings, now=now)
