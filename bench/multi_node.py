"""Several cellchain processes against one PostgreSQL database (issue 13, "beyond one process").

Usage: python bench/multi_node.py [--url URL] [--processes 2] [--connections 16]
       [--duration 20] [--no-reference] [--no-takeover] [--kill] [--logs DIR]

Starts N cellchain processes together (bench/serve.py, as ``cellchain serve`` runs; a site's
service manager starts them at once too) on their own loopback ports against one PostgreSQL
database (``--url``; default: the database ``cc_multi`` on the local server, created and given
the demo when missing or empty), each with the scheduler enabled as on a site. A small driver
runs ``wrk`` against every process at once, each connection sending in turn a bedside
verification of a GO pair and of a STOP pair (audited writes: each records an attempt and
appends to the audit chain), a scan of the bag's 2-D text and the list of bags at the ward
(reads). Before that, the first process alone takes all the connections with the same mix:
the reference measured in the same run (the machine is shared). Prints each process's req/s,
CPU per request and peak RSS, the totals and their ratio to the reference. Then it shows:

- the audit chain did not fork: ``cellchain audit verify`` passes on the URL afterwards, and
  the ``bedside.verified`` events added equal the verifications recorded, at least the write
  answers wrk counted and at most the writes it sent (the rest were in flight when it stopped);
- exactly one scheduler leader: pg_locks, sampled during the load, always shows one holder of
  the leader's advisory lock (cellchain.scheduler.LeaderLock); then the leader is stopped and
  another process takes the lock at its next retry (Runner's retry interval, not a setting).

Writes sign-in sessions, verifications and the QA alerts of the STOPs: never point it at a
site's live database. Exits 1 when a proof fails; speed is printed, not judged.
"""

from __future__ import annotations

import argparse
import inspect
import os
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from closedloop import (
    MIXED_LUA,
    ClosedLoopResult,
    machine_cpu,
    memory_mb,
    mixed_env,
    reset_peak_memory,
    start_wrk,
    wait_idle,
)
from http_inputs import prepare, signed_in
from http_report import git_commit
from http_servers import CLI, Server, answer_problem, database_url, note, start
from openloop import Request
from sqlalchemy import Engine, create_engine, func, text
from sqlmodel import col, select

# _AUDIT_APPEND_LOCK and _LEADER_LOCK_KEY come from the modules that take the locks: a copy here
# could drift and watch a lock nobody takes.
from cellchain.audit.models import AuditEvent
from cellchain.audit.service import _AUDIT_APPEND_LOCK
from cellchain.bedside.models import BedsideVerification
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.scheduler import _LEADER_LOCK_KEY, Runner

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/cc_multi"
# The mix each connection sends in turn; the first two write.
MIX = ["POST /api/v1/bedside/verify GO", "POST /api/v1/bedside/verify STOP",
       "POST /api/v1/scan (bag 2-D)", "GET /api/v1/bags?status=at_ward"]
RETRY_SECONDS = inspect.signature(Runner).parameters["retry_seconds"].default


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default=DEFAULT_URL, help=f"PostgreSQL URL ({DEFAULT_URL})")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--connections", type=int, default=16, help="per process")
    parser.add_argument("--duration", type=int, default=20, help="load, whole seconds")
    parser.add_argument("--reference", action=argparse.BooleanOptionalAction, default=True,
                        help="first load the first process alone with all the connections, "
                             "for a ratio measured in the same run (default: on)")
    parser.add_argument("--takeover", action=argparse.BooleanOptionalAction, default=True,
                        help=f"stop the leader and wait up to {RETRY_SECONDS} s + 15 s for "
                             "another process to take over (default: on)")
    parser.add_argument("--kill", action="store_true",
                        help="stop the leader with SIGKILL (a crash) instead of SIGTERM")
    parser.add_argument("--logs", help="keep the servers' logs in this directory")
    args = parser.parse_args()
    if not args.url.startswith("postgresql"):
        parser.error("several processes need PostgreSQL; on SQLite run one process")
    if args.processes < 1:
        parser.error("--processes must be at least 1")
    return args


@dataclass
class Node:
    name: str  # its PostgreSQL application_name, so pg_locks can say which process holds
    server: Server


@dataclass(frozen=True)
class Measured:
    name: str
    result: ClosedLoopResult
    peak_mb: float


# ---- the scheduler leader -------------------------------------------------------------------


def _advisory(key: int, *, granted: bool) -> str:
    """pg_locks rows of an advisory lock on a bigint key in this database: classid holds the
    key's high 32 bits, objid the low ones, objsubid 1 (other databases on the server take the
    same keys for their own cellchain)."""
    return (f"l.locktype = 'advisory' AND l.granted = {granted} AND l.objsubid = 1 "
            f"AND l.classid::bigint = {key >> 32} AND l.objid::bigint = {key & 0xFFFFFFFF} "
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())")


@dataclass
class Samples:
    holders: list[list[str]] = field(default_factory=list)  # of the leader lock, each time
    waiting: list[int] = field(default_factory=list)  # transactions queued to append audit


@dataclass(frozen=True)
class LockWatch:
    """Reads pg_locks: who holds the leader's lock, and how many wait to append audit."""

    engine: Engine

    def holders(self) -> list[str]:
        with self.engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT coalesce(a.application_name, '') FROM pg_locks l "
                "LEFT JOIN pg_stat_activity a ON a.pid = l.pid WHERE "
                + _advisory(_LEADER_LOCK_KEY, granted=True)))
            return sorted(row[0] for row in rows)

    def waiting(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(text(
                "SELECT count(*) FROM pg_locks l WHERE "
                + _advisory(_AUDIT_APPEND_LOCK, granted=False))).scalar_one())

    @contextmanager
    def sampling(self, every: float = 0.25) -> Iterator[Samples]:
        """Samples in a thread until the block ends."""
        taken = Samples()
        stop = threading.Event()

        def sample() -> None:
            while not stop.is_set():
                taken.holders.append(self.holders())
                taken.waiting.append(self.waiting())
                stop.wait(every)

        thread = threading.Thread(target=sample, daemon=True)
        thread.start()
        try:
            yield taken
        finally:
            stop.set()
            thread.join()


def _one_holder(samples: list[list[str]]) -> tuple[bool, str]:
    counts = sorted({len(sample) for sample in samples})
    names = sorted({name for sample in samples for name in sample})
    return counts == [1], (f"{len(samples)} samples of pg_locks, holders per sample "
                           f"{'/'.join(map(str, counts))}, held by {', '.join(names) or 'none'}")


def _takeover(nodes: list[Node], watch: LockWatch, kill: bool) -> tuple[bool, str]:
    """Stops the leader; waits for another process to take the lock; asks the others for the
    sign-in page, which needs no sign-in."""
    found = watch.holders()
    if len(found) != 1:
        return False, f"not measured: the leader's lock has {len(found)} holders"
    leader_name = found[0]
    leader = next(node for node in nodes if node.name == leader_name)
    with watch.sampling() as taken:
        stopped = time.monotonic()
        if kill:
            leader.server.process.kill()
            leader.server.process.wait()
        else:
            leader.server.stop()
        gone = time.monotonic()
        deadline = gone + RETRY_SECONDS + 15
        while (holders := watch.holders()) in ([], [leader_name]) \
                and time.monotonic() < deadline:
            time.sleep(0.1)
        took = time.monotonic() - gone
    nodes.remove(leader)
    how = "SIGKILL" if kill else f"SIGTERM, exited after {gone - stopped:.1f} s"
    serving = [node.name for node in nodes
               if answer_problem(node.server.port, Request("GET", "/login", {}), "<html") is None]
    at_most_one = max(len(sample) for sample in [*taken.holders, holders]) <= 1
    if not holders or holders == [leader_name]:
        return False, (f"{leader_name} stopped ({how}); no other process took the lock within "
                       f"{took:.0f} s (retry interval {RETRY_SECONDS} s)")
    return at_most_one and len(holders) == 1, (
        f"{leader_name} stopped ({how}); {holders[0]} holds the lock {took:.1f} s later "
        f"(retry interval {RETRY_SECONDS} s, Runner's default, not a setting); at most one "
        f"holder in {len(taken.holders)} samples meanwhile: {'yes' if at_most_one else 'NO'}; "
        f"still serving: {', '.join(serving)}")


# ---- the audit chain ------------------------------------------------------------------------


def _marks(database: Database) -> tuple[int, int]:
    """The last audit sequence number and the last verification id."""
    with database.session_scope(write=False) as session:
        seq = session.exec(select(func.max(AuditEvent.seq))).one() or 0
        verification = session.exec(select(func.max(BedsideVerification.id))).one() or 0
        return seq, verification


def _added(database: Database, marks: tuple[int, int]) -> tuple[dict[str, int], int]:
    """Audit events added since the marks, per action, and verifications recorded."""
    with database.session_scope(write=False) as session:
        actions = dict(session.exec(
            select(AuditEvent.action, func.count())
            .where(col(AuditEvent.seq) > marks[0]).group_by(AuditEvent.action)).all())
        rows = session.exec(select(func.count()).select_from(BedsideVerification)
                            .where(col(BedsideVerification.id) > marks[1])).one()
        return actions, rows


def _chain_proof(database: Database, marks: tuple[int, int],
                 results: list[ClosedLoopResult]) -> tuple[bool, list[str]]:
    done = subprocess.run([*CLI, "audit", "verify"], capture_output=True, text=True)
    lines = [f"`cellchain audit verify` exit {done.returncode}: "
             + " / ".join((done.stdout + done.stderr).strip().splitlines())]
    actions, rows = _added(database, marks)
    verified = actions.get("bedside.verified", 0)
    sent = sum(r.counts["sent_writes"] for r in results)
    answered = sum(r.counts["answered_writes"] for r in results)
    others = ", ".join(f"{n} {a}" for a, n in sorted(actions.items()) if a != "bedside.verified")
    lines.append(f"audit events added during the load: {sum(actions.values())} "
                 f"({verified} bedside.verified{', ' + others if others else ''}); "
                 f"verifications recorded: {rows}; wrk sent {sent} writes and counted {answered} "
                 f"answers (200 with a verdict): {verified - answered} were recorded after wrk "
                 f"stopped waiting, {sent - verified} were cut off when wrk closed its connections")
    counted = verified == rows and answered <= verified <= sent
    if not counted:
        lines.append("MISMATCH: expected answers <= bedside.verified events == verifications "
                     "<= writes sent")
    return done.returncode == 0 and counted, lines


# ---- the run --------------------------------------------------------------------------------


def _start_together(count: int, logs: Path, stack: ExitStack) -> list[Node]:
    """Starts the processes at once, as a site's service manager does; each will stop when
    the bench ends."""
    names = [f"cellchain-{number}" for number in range(1, count + 1)]
    with ThreadPoolExecutor(count) as pool:
        futures = [pool.submit(start, "cellchain", "/login", logs / f"{name}.log",
                               {"PGAPPNAME": name}) for name in names]
    nodes, failed = [], None
    for name, future in zip(names, futures, strict=True):
        try:
            server = future.result()
        except SystemExit as error:  # start() says why; the others still need stopping
            failed = failed or error
            continue
        stack.callback(server.stop)
        nodes.append(Node(name, server))
    if failed:
        raise failed
    return nodes


@dataclass(frozen=True)
class Phase:
    """One load: each process's figures, what pg_locks showed, how busy the machine was."""

    label: str
    measured: list[Measured]
    samples: Samples
    machine_busy: float  # share of all CPUs busy, other users' work included


def _load(label: str, nodes: list[Node], mix: dict[str, str], connections: int,
          duration: int, watch: LockWatch) -> Phase:
    """wrk against every node at once, each with ``connections``."""
    note(f"load: {label}, {duration} s")
    for node in nodes:
        wait_idle(node.server.pid)
        reset_peak_memory(node.server.pid)
    with watch.sampling() as samples:
        before = machine_cpu()
        running = [start_wrk(MIXED_LUA, mix, url=node.server.url("/"), pid=node.server.pid,
                             connections=connections, duration=duration, threads=1)
                   for node in nodes]
        results = [wrk.result() for wrk in running]
        after = machine_cpu()
    for node in nodes:
        wait_idle(node.server.pid)  # the writes wrk left in flight are served and recorded
    busy = (after[0] - before[0]) / max(1, after[1] - before[1])
    return Phase(label, [Measured(node.name, result, memory_mb(node.server.pid)["peak"])
                         for node, result in zip(nodes, results, strict=True)], samples, busy)


def _row(name: str, measured: list[Measured]) -> tuple[str, float]:
    """A table row for one or more processes measured together, and their req/s."""
    requests = sum(m.result.requests for m in measured)
    rps = sum(m.result.rps for m in measured)
    cpu = sum(m.result.cpu_seconds for m in measured)
    cells = [name, str(requests), f"{rps:.0f}",
             str(sum(m.result.counts["answered_writes"] for m in measured)),
             str(sum(m.result.errors for m in measured)),
             f"{cpu * 1000 / requests if requests else float('nan'):.2f}",
             f"{max(m.peak_mb for m in measured):.0f}"]
    return "| " + " | ".join(cells) + " |", rps


def _table(phases: list[Phase], leader: list[str]) -> None:
    """The reference phase as one row, the last phase per process and in total."""
    print("| processes | requests | req/s | write answers | errors | CPU ms/req | "
          "peak RSS MB |")
    print("|---|--:|--:|--:|--:|--:|--:|")
    *reference, together = phases
    for phase in reference:
        print(_row(phase.label, phase.measured)[0])
    for m in together.measured:
        print(_row(m.name + (" (leader)" if m.name in leader else ""), [m])[0])
    line, rps = _row(together.label, together.measured)
    print(line)
    print()
    if reference:
        alone = _row("", reference[0].measured)[1]
        print(f"{len(together.measured)} processes answer {rps / alone:.2f}x the requests per "
              "second of one process alone with as many connections, in the same run")
    for phase in phases:
        waiting = sorted(phase.samples.waiting) or [0]
        print(f"{phase.label}: the machine's CPUs {phase.machine_busy:.0%} busy (everyone's "
              f"work); transactions queued for the audit append lock, {len(waiting)} samples: "
              f"median {statistics.median(waiting):g}, max {waiting[-1]}")


def main() -> None:
    args = _arguments()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    proofs: list[bool] = []
    with tempfile.TemporaryDirectory(prefix="cellchain-multi-") as name, ExitStack() as stack:
        tmp = Path(name)
        url, kind = database_url(None, args.url, None, tmp)
        # The processes and the CLI share this data directory, as processes on one host do.
        os.environ.update(CELLCHAIN_DATABASE_URL=url, CELLCHAIN_DATA_DIR=str(tmp),
                          CELLCHAIN_SCHEDULER_ENABLED="true")
        settings, database = Settings(), Database(url)
        stack.callback(database.dispose)
        watch = LockWatch(create_engine(url, pool_size=1))
        stack.callback(watch.engine.dispose)
        prepared = prepare(database, settings)
        endpoints = {e.name: e for e in prepared.endpoints}
        logs = Path(args.logs) if args.logs else tmp
        logs.mkdir(parents=True, exist_ok=True)
        nodes = _start_together(args.processes, logs, stack)
        note(f"{len(nodes)} processes answer: "
             + ", ".join(f"{n.name} on port {n.server.port} ({n.server.start_seconds:.1f} s)"
                         for n in nodes))
        # Sign-ins live in the database: one per request kind, used on every process.
        requests = {n: stack.enter_context(signed_in(database, settings, endpoints[n]))
                    for n in MIX}
        for node in nodes:
            for n in MIX:
                if problem := answer_problem(node.server.port, requests[n], endpoints[n].expect):
                    sys.exit(f"error: {node.name}: {n}: {problem}")
        marks = _marks(database)
        mix = mixed_env([(requests[n], endpoints[n].writes) for n in MIX])
        phases = []
        if args.reference and len(nodes) > 1:
            phases.append(_load(f"{nodes[0].name} alone, {args.connections * len(nodes)} "
                                "connections", nodes[:1], mix, args.connections * len(nodes),
                                args.duration, watch))
        phases.append(_load(f"all {len(nodes)} at once, {args.connections} connections each",
                            nodes, mix, args.connections, args.duration, watch))
        leader = watch.holders()

        c = prepared.counts
        print(f"command: {shlex.join(['python', 'bench/multi_node.py', *sys.argv[1:]])}")
        print(f"database: {kind}: {c.lots} lots, {c.bags} bags, {c.subjects} subjects, "
              f"{c.audit_events} audit events; commit {git_commit()}; {os.cpu_count()} CPUs, "
              f"load average {os.getloadavg()[0]:.1f} at the end")
        print(f"{len(nodes)} processes, scheduler enabled in each; wrk for {args.duration} s, "
              f"each connection sending in turn: {'; '.join(MIX)}")
        print()
        _table(phases, leader)
        print()
        ok, line = _one_holder([h for phase in phases for h in phase.samples.holders])
        proofs.append(ok)
        print(f"{'ok' if ok else 'FAILED'}: one scheduler leader during the load: {line}")
        ok, lines = _chain_proof(database, marks,
                                 [m.result for phase in phases for m in phase.measured])
        proofs.append(ok)
        print(f"{'ok' if ok else 'FAILED'}: the audit chain did not fork: " + "; ".join(lines))
        if not args.takeover:
            print("takeover not measured (--no-takeover)")
        elif len(nodes) < 2:
            print("takeover not measured: one process has no one to hand over to")
        else:
            note(f"stopping the leader; another should take over within {RETRY_SECONDS} s")
            ok, line = _takeover(nodes, watch, args.kill)
            proofs.append(ok)
            print(f"{'ok' if ok else 'FAILED'}: takeover: {line}")
    if not all(proofs):
        sys.exit(1)


if __name__ == "__main__":
    main()
