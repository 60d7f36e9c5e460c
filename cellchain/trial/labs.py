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

from sqlalchemy import bindparam
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.config import Settings
from cellchain.db import column_rows
from cellchain.errors import BadInput
from cellchain.trial.configuration import trial_config
from cellchain.trial.eligibility_rules import (
    CriterionResult,
    Lab,
    LabValue,
    pre_infusion_lab_limits_from_mapping,
    pre_infusion_labs_check,
)
from cellchain.trial.models import LabResult

# Every laboratory value the trial records (the eligibility input's ``labs`` keys), with its
# unit; the APTT upper limit of normal is the laboratory's reference, kept beside APTT.
LAB_UNITS: dict[str, str] = {
    "hgb_g_l": "g/L", "wbc_10e9_l": "10^9/L", "anc_10e9_l": "10^9/L", "plt_10e9_l": "10^9/L",
    "inr": "ratio", "aptt_s": "s", "aptt_uln_s": "s",
}


def record_lab(session: Session, *, actor: Actor, subject_id: int, lab: Lab | str,
               value: float, measured_on: date, settings: Settings, now: datetime) -> LabResult:
    """Keeps one laboratory result for the subject and audits it ("lab.recorded")."""
    key = str(lab)
    if key not in LAB_UNITS:
        raise BadInput(f"lab: {key!r} is not one of {', '.join(LAB_UNITS)}", field="lab")
    name = Lab(key).name if key in set(Lab) else key
    if isinstance(value, bool) or not math.isfinite(value) or value < 0:
        raise BadInput(f"value: the {name} result must be a number of 0 or more, not "
                       f"{value!r}", field="value")
    today = now.astimezone(settings.zone).date()
    if measured_on > today:
        raise BadInput(f"measured_on: {measured_on} is after today ({today}); a result is "
                       "entered after it is measured", field="measured_on")
    unit = LAB_UNITS[key]
    row = LabResult(subject_id=subject_id, analyte=key, value=float(value), unit=unit,
                    measured_on=measured_on, entered_by=actor.id, entered_by_name=actor.name,
                    entered_at=now)
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="lab.recorded", entity_type="subject",
                 entity_id=subject_id, now=now, changes=[Change(key, None, row.value)],
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


def record_entered(session: Session, *, actor: Actor, subject_id: int,
                   labs: Mapping[str, Mapping[str, object]], settings: Settings,
                   now: datetime) -> None:
    """Keeps each lab entered on the screening form (the eligibility input's ``labs``) once:
    the same value on the same date is not a new result."""
    for key, entry in sorted(labs.items()):
        measured_on = date.fromisoformat(str(entry["date"]))
        value = float(str(entry["value"]))
        known = session.exec(select(LabResult.id).where(
            LabResult.subject_id == subject_id, LabResult.analyte == key,
            LabResult.measured_on == measured_on, LabResult.value == value)).first()
        if known is None:
            try:
                record_lab(session, actor=actor, subject_id=subject_id, lab=key, value=value,
                           measured_on=measured_on, settings=settings, now=now)
            except BadInput as refusal:
                raise BadInput(refusal.message, field=f"labs.{key}.{refusal.field}") from None


# The columns the judgement reads, not whole results, from a statement built once (the bedside's
# hot path: issue 13).
_LAB_ROWS = core_select(
    col(LabResult.id), col(LabResult.analyte), col(LabResult.value), col(LabResult.measured_on),
    col(LabResult.replaces_id)).where(
    col(LabResult.subject_id) == bindparam("subject_id"),
    col(LabResult.analyte).in_(bindparam("analytes", expanding=True))).order_by(
    col(LabResult.measured_on), col(LabResult.id))


def current_labs(session: Session, subject_id: int, on: date,
                 labs: tuple[Lab, ...]) -> dict[Lab, LabValue]:
    """The value in force of each of ``labs`` on the day ``on`` (absent: no result), read in
    one query."""
    rows = column_rows(session, _LAB_ROWS, {"subject_id": subject_id,
                                          "analytes": [lab.value for lab in labs]}).all()
    replaced = {row.replaces_id for row in rows if row.replaces_id is not None}
    found: dict[Lab, LabValue] = {}
    for row in rows:  # in date then entry order: a later row overwrites an earlier one
        if row.id not in replaced and row.measured_on <= on:
            shown = int(row.value) if row.value.is_integer() else row.value  # 120, not 120.0
            found[Lab(row.analyte)] = LabValue(shown, row.measured_on)
    return found


# The labs of the bedside lab gate (eligibility_rules.pre_infusion_labs_check).
PRE_INFUSION_LABS: tuple[Lab, ...] = (Lab.ANC, Lab.PLT, Lab.HGB)


def judged_pre_infusion_labs(session: Session, subject_id: int, settings: Settings,
                             now: datetime) -> tuple[CriterionResult, ...]:
    """The subject's labs in force on the site's day ``now`` falls on, judged by the trial's
    lab gate against the trial file's ``[pre_infusion_labs]`` limits (the bedside check and the
    subject page read the same judgement)."""
    limits = pre_infusion_lab_limits_from_mapping(
        trial_config(settings).raw.get("pre_infusion_labs", {}))
    day = now.astimezone(settings.zone).date()
    return pre_infusion_labs_check(current_labs(session, subject_id, day, PRE_INFUSION_LABS),
                                   day, limits)
