"""Audit trail figures: latency of one audited write transaction, and full-chain verification.

Usage: .venv/bin/python bench/audit_chain.py [--events 2000] [--verify-events 100000]
       [--url postgresql+psycopg://postgres@127.0.0.1:5432/bench]
Without --url it uses a fresh SQLite file (WAL, synchronous=FULL) in a temporary directory.
Prints its figures; nothing is asserted (speed is measured here, not in tests).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from cellchain.audit import service as audit
from cellchain.audit.checkpoints import verify_all, write_checkpoint
from cellchain.audit.service import Actor, Change
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.migrate import upgrade

ACTOR = Actor(1, "Bench Technician")


def one_write(database: Database, i: int) -> float:
    start = time.perf_counter()
    with database.session_scope() as session:
        audit.record(session, actor=ACTOR, action="lot.status_changed", entity_type="lot",
                     entity_id=i % 500, now=utcnow(), changes=[Change("status", "a", "b")])
    return time.perf_counter() - start


def bulk_append(database: Database, n: int, batch: int = 1000) -> None:
    done = 0
    while done < n:
        with database.session_scope() as session:
            for i in range(min(batch, n - done)):
                audit.record(session, actor=ACTOR, action="lot.status_changed", entity_type="lot",
                             entity_id=i, now=utcnow(), data={"i": done + i})
        done += batch


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--verify-events", type=int, default=50000)
    parser.add_argument("--url", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        database = Database(url)
        upgrade(database)
        times = sorted(one_write(database, i) for i in range(args.events))
        total = sum(times)
        print(f"database: {'PostgreSQL' if not database.is_sqlite else 'SQLite WAL FULL'}")
        print(f"audited write transactions: {args.events} in {total:.2f} s "
              f"({args.events / total:.0f}/s)")
        print(f"  latency p50 {statistics.median(times) * 1000:.2f} ms, "
              f"p99 {times[int(len(times) * 0.99) - 1] * 1000:.2f} ms, "
              f"max {times[-1] * 1000:.2f} ms")
        bulk_append(database, max(0, args.verify_events - args.events))
        with database.session_scope(write=False) as session:
            start = time.perf_counter()
            result = audit.verify(session)
            elapsed = time.perf_counter() - start
        print(f"verify: {result.count} events in {elapsed:.2f} s "
              f"({result.count / elapsed:.0f} events/s), ok={result.ok}")
        settings = Settings(data_dir=Path(tmp), secret_key="bench-secret",
                            database_url=database.url)
        with database.session_scope(write=False) as session:
            write_checkpoint(session, settings=settings, now=utcnow())
            start = time.perf_counter()
            report = verify_all(session, settings=settings)
            elapsed = time.perf_counter() - start
        print(f"verify against checkpoints, reviews and signatures ({report.anchors} anchors): "
              f"{elapsed:.2f} s, ok={report.ok}")
        database.dispose()


if __name__ == "__main__":
    main()
