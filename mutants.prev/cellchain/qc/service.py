"""QC samples drawn from a lot (the QC issue adds tests, results and the specification)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, func, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.db import get_record
from cellchain.errors import BadInput
from cellchain.lots.models import Lot
from cellchain.qc.models import QcSample


def get_sample(session: Session, sample_id: int) -> QcSample:
    return get_record(session, QcSample, sample_id, "QC sample")


def find_sample(session: Session, lot_id: int, sample_number: int) -> QcSample | None:
    return session.exec(select(QcSample).where(
        QcSample.lot_id == lot_id, QcSample.sample_number == sample_number)).first()


def draw_sample(
    session: Session, *, actor: Actor, lot: Lot, test: str, now: datetime
) -> QcSample:
    """Registers the lot's next sample tube for a named test."""
    if not test.strip():
        raise BadInput("test is required: name what the sample is for", field="test")
    last = session.exec(select(func.max(QcSample.sample_number))
                        .where(col(QcSample.lot_id) == lot.id)).one()
    sample = QcSample(lot_id=lot.id or 0, sample_number=int(last or 0) + 1, test=test.strip(),
                      taken_at=now)
    session.add(sample)
    session.flush()
    audit.record(session, actor=actor, action="qc_sample.drawn", entity_type="qc_sample",
                 entity_id=sample.id, now=now,
                 changes=[Change("lot", None, lot.din),
                          Change("sample_number", None, sample.sample_number),
                          Change("test", None, sample.test)])
    return sample
