"""Batch-record figures on SQLite (WAL, synchronous=FULL): recording steps through the service
(every check, audit record and state change included), building the lot page's view model,
and the printable record as PDF (the record page laid out by WeasyPrint).

Usage: .venv/bin/python bench/batch_record.py [-n 20]
Makes N lots from planning to verified formulation (7 steps each) and prints milliseconds per
step, per lot view and per PDF. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cellchain.audit.service import Actor
from cellchain.batch.document import record_pdf
from cellchain.batch.view import lot_record
from cellchain.config import Settings
from cellchain.db import database_for
from cellchain.demo.manufacture import make_lot
from cellchain.isbt128.din import Din
from cellchain.lots import service as lots
from cellchain.migrate import upgrade

DAY0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
STEPS_PER_LOT = 7  # activation, transfer, 2 feeds, in-process QC, harvest, formulation


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=20)
    n = parser.parse_args().n
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), database_url=f"sqlite:///{tmp}/bench.db")
        database = database_for(settings)
        upgrade(database)
        maker, checker, qa = Actor(None, "tech"), Actor(None, "qc"), Actor(None, "qa")
        lot_seconds, lot_ids = [], []
        for i in range(n):
            start = time.perf_counter()
            with database.session_scope() as session:
                lot = make_lot(session, maker=maker, checker=checker, qa=qa, settings=settings,
                               bank_din=Din("A9991", "26", f"{i + 1:06d}"),
                               day0=DAY0 + timedelta(hours=i), until="formulation")
                lot_ids.append(lot.id or 0)
            lot_seconds.append(time.perf_counter() - start)
        views, pdfs = [], []
        for lot_id in lot_ids:
            with database.session_scope(write=False) as session:
                start = time.perf_counter()
                view = lot_record(session, lots.get_lot(session, lot_id), settings,
                                  DAY0 + timedelta(days=15))
                views.append(time.perf_counter() - start)
                start = time.perf_counter()
                record_pdf(view, settings, printed_at=DAY0 + timedelta(days=15), printed_by="qa")
                pdfs.append(time.perf_counter() - start)
        database.dispose()
    per_step = [s / (STEPS_PER_LOT + 3) * 1000 for s in lot_seconds]  # + plan, receipt, accept
    print(f"{n} lots, each: receipt, QA acceptance, planning, {STEPS_PER_LOT} steps, "
          "second-person checks (one transaction per lot)")
    print(f"whole lot            median {statistics.median(lot_seconds) * 1000:7.1f} ms")
    print(f"per recorded action  median {statistics.median(per_step):7.2f} ms")
    print(f"lot page view model  median {statistics.median(views) * 1000:7.2f} ms")
    print(f"batch record PDF     median {statistics.median(pdfs) * 1000:7.2f} ms")


if __name__ == "__main__":
    main()
