"""Audit trail figures: appends (one writer, then several threads and processes at once, with a
check that the chain never forks) and full-chain verification against plain hashlib chaining.

Usage: .venv/bin/python bench/audit_chain.py [--events 2000] [--verify-events 50000]
       [--rounds 3] [--threads 4] [--processes 2] [--concurrent-events 200]
       [--url postgresql+psycopg://postgres@127.0.0.1:5432/bench | --db FILE.sqlite] [--cli]
Without --url or --db it uses a fresh SQLite file (WAL, synchronous=FULL) in a temporary
directory; --db keeps (or reuses) a file, topped up to --verify-events with ``bulk_append``
(1M events take a while, once). --cli also times ``cellchain audit verify`` end to end.

verify   ``audit.verify`` (what ``cellchain audit verify`` runs): sequence, link and every
         record's hash recomputed from its fields;
floor    the same rows read the same way (``audit.stored_rows``), each row's stored fields
         chained with hashlib.sha256 in a tight loop and nothing checked.
Both are medians of --rounds rounds, interleaved; the ratio is verify / floor (target >= 50 %,
issue 13). Nothing is asserted (speed is measured here, not in tests).
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from cellchain.audit import service as audit
from cellchain.audit.chain import GENESIS_HASH
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


def bulk_append(database: Database, n: int, batch: int = 1000, progress: bool = False) -> None:
    done = 0
    while done < n:
        with database.session_scope() as session:
            for i in range(min(batch, n - done)):
                audit.record(session, actor=ACTOR, action="lot.status_changed", entity_type="lot",
                             entity_id=i, now=utcnow(), data={"i": done + i})
        done += batch
        if progress and done % 50_000 < batch:
            print(f"  bulk_append: {min(done, n)} / {n}", file=sys.stderr, flush=True)


def _writer(url: str, n: int, errors: list[str]) -> None:
    """One concurrent writer: ``n`` audited transactions, each its own commit."""
    database = Database(url)
    try:
        for i in range(n):
            try:
                one_write(database, i)
            except Exception as exc:  # noqa: BLE001 - counted and reported, not hidden
                errors.append(f"{type(exc).__name__}: {exc}"[:200])
    finally:
        database.dispose()


def _process_writer(url: str, n: int) -> list[str]:
    errors: list[str] = []
    _writer(url, n, errors)
    return errors


def concurrent_appends(database: Database, *, threads: int, processes: int, each: int) -> None:
    """Threads in this process and separate processes append at once; then the whole chain
    must verify (no fork, no gap) and hold every committed event."""
    with database.session_scope(write=False) as session:
        before = audit.head(session)[0]
    errors: list[str] = []
    start = time.perf_counter()
    workers = [threading.Thread(target=_writer, args=(database.url, each, errors))
               for _ in range(threads)]
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        pending = pool.starmap_async(_process_writer, [(database.url, each)] * processes)
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        for result in pending.get():
            errors += result
    elapsed = time.perf_counter() - start
    with database.session_scope(write=False) as session:
        after = audit.head(session)[0]
        result = audit.verify(session)
    wanted = (threads + processes) * each
    print(f"concurrent appends: {threads} threads + {processes} processes x {each} "
          f"transactions: {after - before} appended of {wanted} in {elapsed:.2f} s "
          f"({(after - before) / elapsed:.0f}/s), {len(errors)} failed")
    for error in sorted(set(errors))[:3]:
        print(f"  failed: {error}")
    print(f"  chain after: {result.count} events, ok={result.ok} "
          f"{'(no fork, no gap)' if result.ok else result.problem}")


def floor_chain(database: Database) -> int:
    """Plain hashlib chaining over the same rows, read the same way; nothing checked."""
    count, digest = 0, GENESIS_HASH
    with database.session_scope(write=False) as session:
        for row in audit.stored_rows(session):
            digest = hashlib.sha256(
                (digest + "\x1f".join(map(str, row))).encode("utf-8")).hexdigest()
            count += 1
    return count


def verify_once(database: Database) -> int:
    with database.session_scope(write=False) as session:
        result = audit.verify(session)
    if not result.ok:
        raise SystemExit(f"the chain does not verify: {result.problem}")
    return result.count


def timed(fn: object, database: Database) -> float:
    start = time.perf_counter()
    count = fn(database)  # type: ignore[operator]
    return float(count) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--verify-events", type=int, default=50000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--concurrent-events", type=int, default=200, help="per writer")
    parser.add_argument("--url", default="")
    parser.add_argument("--db", type=Path, help="SQLite file to keep and reuse")
    parser.add_argument("--cli", action="store_true", help="time `cellchain audit verify` too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.url or f"sqlite:///{(args.db or Path(tmp) / 'bench.db').resolve()}"
        database = Database(url)
        upgrade(database)
        print(f"database: {'PostgreSQL' if not database.is_sqlite else 'SQLite WAL FULL'}")
        times = sorted(one_write(database, i) for i in range(args.events))
        total = sum(times)
        print(f"audited write transactions, one writer: {args.events} in {total:.2f} s "
              f"({args.events / total:.0f}/s)")
        print(f"  latency p50 {statistics.median(times) * 1000:.2f} ms, "
              f"p99 {times[int(len(times) * 0.99) - 1] * 1000:.2f} ms, "
              f"max {times[-1] * 1000:.2f} ms")
        if args.threads + args.processes:
            concurrent_appends(database, threads=args.threads, processes=args.processes,
                               each=args.concurrent_events)
        with database.session_scope(write=False) as session:
            have = audit.head(session)[0]
        if have < args.verify_events:
            start = time.perf_counter()
            bulk_append(database, args.verify_events - have, progress=True)
            print(f"bulk_append: {args.verify_events - have} events in "
                  f"{time.perf_counter() - start:.0f} s")
        floors, verifies = [], []
        for _ in range(args.rounds):
            floors.append(timed(floor_chain, database))
            verifies.append(timed(verify_once, database))
        floor, verify = statistics.median(floors), statistics.median(verifies)
        print(f"verify {max(args.verify_events, have)} events, median of {args.rounds} rounds: "
              f"{verify:,.0f} events/s; plain hashlib chaining of the same rows "
              f"{floor:,.0f} events/s; ratio {verify / floor:.0%}")
        settings = Settings(data_dir=Path(tmp), secret_key="bench-secret",
                            database_url=database.url)
        with database.session_scope(write=False) as session:
            write_checkpoint(session, settings=settings, now=utcnow())
            start = time.perf_counter()
            report = verify_all(session, settings=settings)
            elapsed = time.perf_counter() - start
        print(f"verify against checkpoints, reviews and signatures ({report.anchors} anchors): "
              f"{elapsed:.2f} s, ok={report.ok}")
        if args.cli and database.is_sqlite:
            cli = Path(sys.executable).with_name("cellchain")
            command = [str(cli), "audit", "verify", "--db", url.removeprefix("sqlite:///")]
            env = {**os.environ, "CELLCHAIN_DATA_DIR": tmp, "CELLCHAIN_SECRET_KEY": "bench-secret"}
            start = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
            elapsed = time.perf_counter() - start
            print(f"`cellchain audit verify` end to end: {elapsed:.2f} s "
                  f"(exit {done.returncode}): {done.stdout.strip().splitlines()[-1:]}")
        database.dispose()


if __name__ == "__main__":
    main()
