"""A lot in QC with the samples and formulation entry QC results are entered against, made
directly (the batch-record tests make lots step by step; these tests are about results)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from cellchain.audit.chain import canonical_json
from cellchain.audit.service import Actor
from cellchain.batch.models import BatchEntry
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.qc import service as qc
from cellchain.qc.models import QcSample
from tests.factories import SEEDER, make_lot

SAMPLES = ("supernatant sterility", "endotoxin", "mycoplasma PCR", "final product")


def lot_in_qc(
    session: Session, *, now: datetime, din: str = "A999026000001",
    state: LotState = LotState.IN_QC, target_dose_cells: float | None = 3e9,
    volume_per_bag_ml: float | None = 100,
) -> Lot:
    """A lot in ``state`` with its four QC samples drawn a day before ``now`` and (unless
    volume_per_bag_ml is None) a formulation entry of 100 mL bags."""
    lot = make_lot(session, din=din, state=state, now=now - timedelta(days=2))
    lot.target_dose_cells = target_dose_cells
    session.add(lot)
    for test in SAMPLES:
        qc.draw_sample(session, actor=SEEDER, lot=lot, test=test, now=now - timedelta(days=1))
    if volume_per_bag_ml is not None:
        session.add(BatchEntry(
            lot_id=lot.id or 0, step_id="formulation", day=14,
            values=canonical_json({"bag_count": 1, "cells_per_bag": 3e9,
                                   "volume_per_bag_ml": volume_per_bag_ml,
                                   "expiry_hours": 6}),
            findings="[]", recorded_by_name="Seeder", recorded_at=now - timedelta(days=1)))
    session.flush()
    return lot


def sample_for(session: Session, lot: Lot, name: str) -> QcSample:
    from sqlmodel import select

    found = session.exec(select(QcSample).where(QcSample.lot_id == lot.id,
                                                QcSample.test == name)).first()
    assert found is not None, name
    return found


def record(
    session: Session, lot: Lot, test_id: str, raw: str, *, actor: Actor, settings: object,
    now: datetime, sample: str | None = None,
) -> qc.Recorded:
    """Records a result with plausible method, instrument and analyst."""
    from cellchain.qc.specification import specification_for

    test = specification_for(lot, settings).test(test_id)  # type: ignore[arg-type]
    return qc.record_result(
        session, actor=actor, lot=lot, sample=sample_for(session, lot, sample or test.sample),
        test_id=test_id, raw_result=raw, method=test.method, instrument="QC-INSTR-01",
        analyst=actor.name, tested_at=now - timedelta(hours=2),
        settings=settings, now=now)  # type: ignore[arg-type]
