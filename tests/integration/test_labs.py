"""Laboratory results: each one kept with its audit event, refused when impossible, and read
back as the value in force on a day (the latest result not replaced by a correction)."""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime

import pytest
from sqlmodel import Session, select

from cellchain.audit.models import AuditEvent
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.errors import BadInput
from cellchain.trial.eligibility_rules import Lab, LabValue
from cellchain.trial.labs import current_labs, record_lab
from cellchain.trial.models import LabResult
from tests.factories import cast_actor
from tests.support.adverse import make_subject

NOW = datetime(2026, 7, 10, 9, 0, tzinfo=UTC)  # 10 JUL 2026 10:00 BST
TODAY = date(2026, 7, 10)
ALL = (Lab.ANC, Lab.PLT, Lab.HGB)


def _record(session: Session, settings: Settings, subject_id: int, lab: Lab, value: float,
            on: date) -> LabResult:
    return record_lab(session, actor=cast_actor(session, "clin"), subject_id=subject_id,
                      lab=lab, value=value, measured_on=on, settings=settings, now=NOW)


def test_a_recorded_lab_is_kept_with_its_unit_and_audited(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        subject = make_subject(session)
        row = _record(session, settings, subject.id or 0, Lab.PLT, 61.5, TODAY)
        assert (row.analyte, row.value, row.unit, row.entered_by_name) == (
            "plt_10e9_l", 61.5, "10^9/L", "Clara Ruiz")
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "lab.recorded")).one()
        assert (event.entity_type, event.entity_id) == ("subject", str(subject.id))
        assert json.loads(event.data) == {"lab_result_id": row.id, "measured_on": "2026-07-10",
                                          "unit": "10^9/L"}


@pytest.mark.parametrize(("value", "on", "field"), [
    (-0.1, TODAY, "value"), (math.nan, TODAY, "value"), (math.inf, TODAY, "value"),
    (1.0, date(2026, 7, 11), "measured_on"),
])
def test_an_impossible_lab_is_refused_naming_the_field(
    database: Database, settings: Settings, value: float, on: date, field: str
) -> None:
    with database.session_scope() as session:
        subject = make_subject(session)
        with pytest.raises(BadInput) as refused:
            _record(session, settings, subject.id or 0, Lab.ANC, value, on)
        assert refused.value.field == field
        assert session.exec(select(LabResult)).all() == []


def test_the_value_in_force_is_the_latest_not_corrected_and_not_after_the_day(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        subject, other = make_subject(session), make_subject(session, number="RAK002")
        sid = subject.id or 0
        _record(session, settings, sid, Lab.ANC, 0.8, date(2026, 7, 8))
        _record(session, settings, sid, Lab.ANC, 1.3, date(2026, 7, 9))
        _record(session, settings, sid, Lab.ANC, 1.6, TODAY)  # after the day asked about
        _record(session, settings, sid, Lab.PLT, 40.0, date(2026, 7, 9))
        _record(session, settings, sid, Lab.PLT, 45.0, date(2026, 7, 9))  # same day, later
        wrong = _record(session, settings, sid, Lab.HGB, 70.0, date(2026, 7, 9))
        session.add(LabResult(subject_id=sid, analyte="hgb_g_l", value=91.0, unit="g/L",
                              measured_on=date(2026, 7, 9), entered_by_name="Lab",
                              entered_at=NOW, replaces_id=wrong.id, reason="wrong sample"))
        _record(session, settings, sid, Lab.WBC, 4.0, date(2026, 7, 9))  # not asked for
        _record(session, settings, other.id or 0, Lab.HGB, 130.0, TODAY)
        session.flush()
        assert current_labs(session, sid, date(2026, 7, 9), ALL) == {
            Lab.ANC: LabValue(1.3, date(2026, 7, 9)), Lab.PLT: LabValue(45, date(2026, 7, 9)),
            Lab.HGB: LabValue(91, date(2026, 7, 9))}
        assert current_labs(session, sid, date(2026, 7, 7), ALL) == {}
        assert current_labs(session, sid, TODAY, (Lab.ANC,)) == {
            Lab.ANC: LabValue(1.6, TODAY)}
