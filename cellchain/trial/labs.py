"""A subject's laboratory results: recording one (with its audit event) and reading the current
value of each lab on a day, as the bedside lab gate needs them (DESIGN §4.1 rule 1, "the
subject's pre-infusion labs are current and within limits"; domain §3.2 PROPOSED).

Results are append-only ``LabResult`` rows; a correction is a new row naming the one it replaces
(``replaces_id``), so the value in force is the latest result not replaced by another.

Decisions where DESIGN is silent:
- "Latest" is the latest measurement date on or before the day asked about; two results of one
  lab measured on the same day are ordered by entry (the later row wins). A result measured
  after that day is not read: it did not exist for that day's decision.
- A row replaced by a correction is never read, whatever date the correction carries.
- A result is refused when its value is negative or not a finite number, or when it is dated
  after the site's today (a measurement is entered after it is made).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, datetime

from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.config import Settings
from cellchain.errors import BadInput
from cellchain.trial.eligibility_rules import Lab, LabValue
from cellchain.trial.enrolment import LAB_UNITS
from cellchain.trial.models import LabResult


def record_lab(session: Session, *, actor: Actor, subject_id: int, lab: Lab, value: float,
               measured_on: date, settings: Settings, now: datetime) -> LabResult:
    """Keeps one laboratory result for the subject and audits it ("lab.recorded")."""
    if isinstance(value, bool) or not math.isfinite(value) or value < 0:
        raise BadInput(f"value: the {lab.name} result must be a number of 0 or more, not "
                       f"{value!r}", field="value")
    today = now.astimezone(settings.zone).date()
    if measured_on > today:
        raise BadInput(f"measured_on: {measured_on} is after today ({today}); a result is "
                       "entered after it is measured", field="measured_on")
    unit = LAB_UNITS[lab.value]
    row = LabResult(subject_id=subject_id, analyte=lab.value, value=float(value), unit=unit,
                    measured_on=measured_on, entered_by=actor.id, entered_by_name=actor.name,
                    entered_at=now)
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="lab.recorded", entity_type="subject",
                 entity_id=subject_id, now=now, changes=[Change(lab.value, None, row.value)],
                 data={"lab_result_id": row.id, "measured_on": measured_on.isoformat(),
                       "unit": unit})
    return row


def record_labs(session: Session, *, actor: Actor, subject_id: int,
                values: Mapping[Lab, float], measured_on: date, settings: Settings,
                now: datetime) -> list[LabResult]:
    """Keeps several results measured on one day (one blood draw), in the mapping's order."""
    return [record_lab(session, actor=actor, subject_id=subject_id, lab=lab, value=value,
                       measured_on=measured_on, settings=settings, now=now)
            for lab, value in values.items()]


def current_labs(session: Session, subject_id: int, on: date,
                 labs: tuple[Lab, ...]) -> dict[Lab, LabValue]:
    """The value in force of each of ``labs`` on the day ``on`` (absent: no result), read in
    one query."""
    rows = session.exec(select(LabResult).where(
        LabResult.subject_id == subject_id,
        col(LabResult.analyte).in_([lab.value for lab in labs]))
        .order_by(col(LabResult.measured_on), col(LabResult.id))).all()
    replaced = {row.replaces_id for row in rows if row.replaces_id is not None}
    found: dict[Lab, LabValue] = {}
    for row in rows:  # in date then entry order: a later row overwrites an earlier one
        if row.id not in replaced and row.measured_on <= on:
            shown = int(row.value) if row.value.is_integer() else row.value  # 120, not 120.0
            found[Lab(row.analyte)] = LabValue(shown, row.measured_on)
    return found
