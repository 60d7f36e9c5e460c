"""HTTP load on cellchain against a bare FastAPI app (the floor) in the same run (issue 13).

Usage: python bench/http_load.py [--db PATH | --url URL] [--scale N] [--rounds 3]
       [--duration 3] [--open-duration 3] [--rates 10,50,200] [--json FILE]

Starts cellchain as ``cellchain serve`` would (bench/serve.py: one uvicorn process, uvloop and
httptools, warnings only, no access log) on a SQLite file (``--db``), a PostgreSQL URL
(``--url``; an empty database gets the demo) or, by default, a fresh ``cellchain demo``
database in a temporary directory; and the floor app on identical settings. For each endpoint:
a closed loop with ``wrk`` at 32 connections (req/s, the server's CPU per request, its peak
RSS) and an open loop at each fixed rate with Poisson arrivals, latency from the scheduled send
(p50, p99, max). Figures are medians of the rounds; "of floor" is the median of each round's
req/s over the floor's req/s in that round. Prints Markdown tables for the README.

Writes: a sign-in session per measurement (ended after it) and every bedside verification sent
(each STOP alerts QA), so point --db/--url at a copy, never at a site's live database. Reads are
measured before any verification is written, so the bench's own STOP alerts cannot slow the
QA dashboard it measures. Nothing is asserted: speed is printed here, not tested.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import uvloop
from closedloop import memory_mb, reset_peak_memory, run_wrk, wait_idle
from http_inputs import Endpoint, NoInput, prepare, signed_in
from http_report import Figures, Run, print_report, save
from http_servers import HOST, Server, answer_problem, database_url, help_seconds, note, servers
from openloop import Request, run_open_loop

from cellchain.config import Settings
from cellchain.db import Database


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", help="SQLite file to measure (default: a fresh demo)")
    where.add_argument("--url", help="PostgreSQL URL to measure; an empty one gets the demo")
    parser.add_argument("--scale", type=int,
                        help="passed to `cellchain demo --scale N` when the bench makes the demo")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=3,
                        help="closed loop, whole seconds (wrk takes no fractions)")
    parser.add_argument("--open-duration", type=float, default=3, help="open loop per rate, s")
    parser.add_argument("--rates", default="10,50,200",
                        help="open-loop rates, requests/s (10/s: a ward's pages at a busy hour)")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--drain", type=float, default=2,
                        help="seconds to wait for open-loop answers after the last send")
    parser.add_argument("--warmup", type=int, default=1, help="wrk seconds per endpoint")
    parser.add_argument("--only", action="append", default=[],
                        help="measure only endpoints whose name contains this (repeatable)")
    parser.add_argument("--no-scheduler", action="store_true",
                        help="serve with CELLCHAIN_SCHEDULER_ENABLED=false (default: the "
                             "scheduled jobs run, as on a site)")
    parser.add_argument("--logs", help="keep the servers' logs in this directory")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    args.rates = [float(rate) for rate in args.rates.split(",") if rate]
    if args.scale and args.db:
        parser.error("--scale makes a demo database; --db measures an existing one")
    return args


@dataclass
class Bench:
    args: argparse.Namespace
    servers: dict[str, Server]
    database: Database
    settings: Settings
    notes: list[str]

    def _answer(self, endpoint: Endpoint, request: Request) -> str | None:
        """One request: None when the answer is the one meant, else what came back."""
        return answer_problem(self.servers[endpoint.server].port, request, endpoint.expect)

    def ready(self, endpoints: list[Endpoint]) -> list[Endpoint]:
        """The endpoints that answer as meant, each warmed up by a short wrk run."""
        found = []
        for endpoint in endpoints:
            server = self.servers[endpoint.server]
            with signed_in(self.database, self.settings, endpoint) as request:
                if problem := self._answer(endpoint, request):
                    self.notes.append(f"{endpoint.name} not measured: {problem}")
                    continue
                run_wrk(request, url=server.url(request.path), pid=server.pid,
                        connections=self.args.connections, duration=self.args.warmup)
            found.append(endpoint)
        return found

    def measure(self, endpoint: Endpoint, figures: Figures, floor_rps: float, round_no: int,
                *, open_loop: bool = True) -> float:
        """Closed loop, then the open loop at each rate the server can sustain."""
        args, server = self.args, self.servers[endpoint.server]
        with signed_in(self.database, self.settings, endpoint) as request:
            wait_idle(server.pid)
            reset_peak_memory(server.pid)
            closed = run_wrk(request, url=server.url(request.path), pid=server.pid,
                             connections=args.connections, duration=args.duration)
            figures.rps.append(closed.rps)
            figures.of_floor.append(closed.rps / floor_rps if floor_rps else 1.0)
            figures.cpu_ms.append(closed.cpu_ms_per_request)
            figures.errors += closed.errors
            line = f"round {round_no}: {endpoint.name}: {closed.rps:.0f} req/s"
            line += f" ({closed.errors} errors)" if closed.errors else ""
            for rate in args.rates if open_loop else []:
                runs = figures.open.setdefault(rate, [])
                if closed.rps < rate:
                    # Arrivals faster than the answers queue without bound: the latency would
                    # measure only how long the run lasted.
                    runs.append({"rate": rate, "over_capacity": 1})
                    line += f", {rate:g}/s over capacity"
                    continue
                wait_idle(server.pid)
                with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
                    result = runner.run(run_open_loop(
                        request, host=HOST, port=server.port, rate=rate,
                        duration=args.open_duration, seed=round_no * 7919 + int(rate),
                        connections=args.connections, drain=args.drain))
                runs.append(result.summary())
                line += f", {rate:g}/s p99 {runs[-1]['p99_ms']:.1f} ms"
            figures.peak_mb.append(memory_mb(server.pid)["peak"])
        note(line)
        return closed.rps

    def phase(self, endpoints: list[Endpoint], floor: Endpoint,
              results: dict[str, Figures], *, floor_open: bool) -> None:
        """Rounds over some endpoints, each round opened by the floor's closed loop (the
        denominator of that round's ratios)."""
        for endpoint in endpoints:
            results[endpoint.name] = Figures()
        for round_no in range(1, self.args.rounds + 1):
            floor_rps = self.measure(floor, results[floor.name], 0, round_no,
                                     open_loop=floor_open)
            for endpoint in endpoints:
                self.measure(endpoint, results[endpoint.name], floor_rps, round_no)

    def run(self, endpoints: list[Endpoint]) -> dict[str, Figures]:
        """Reads first, then the endpoints that write (their records must not feed the reads).
        Results keep the order of ``endpoints``."""
        floor, *rest = endpoints
        if not self.ready([floor]):
            sys.exit(f"error: {self.notes[-1]}")
        only = self.args.only
        chosen = [e for e in rest if not only or any(text in e.name for text in only)]
        results = {floor.name: Figures()}
        reads = self.ready([e for e in chosen if not e.writes])
        self.phase(reads, floor, results, floor_open=True)
        if writes := [e for e in chosen if e.writes]:
            self.phase(self.ready(writes), floor, results, floor_open=not reads)
        return {e.name: results[e.name] for e in endpoints if e.name in results}


def main() -> None:
    args = _arguments()
    # A terminated bench still stops the servers it started (the finally blocks run).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with tempfile.TemporaryDirectory(prefix="cellchain-bench-") as name:
        tmp = Path(name)
        url, kind = database_url(args.db, args.url, args.scale, tmp)
        # The servers inherit these; this process's Settings() reads the same.
        os.environ.update(CELLCHAIN_DATABASE_URL=url, CELLCHAIN_DATA_DIR=str(tmp))
        if args.no_scheduler:
            os.environ["CELLCHAIN_SCHEDULER_ENABLED"] = "false"
        settings, database = Settings(), Database(url)
        try:
            prepared = prepare(database, settings)
        except NoInput as missing:
            sys.exit(f"error: the database has {missing}")
        startup = {"help": help_seconds(3)}
        logs = Path(args.logs) if args.logs else tmp
        logs.mkdir(parents=True, exist_ok=True)
        try:
            with servers(logs, args.rounds) as (running, started):
                startup.update(started)
                bench = Bench(args, running, database, settings, prepared.notes)
                results = bench.run(prepared.endpoints)
        finally:
            database.dispose()
        run = Run(args, kind, prepared.counts, startup, results, prepared.notes)
        print_report(run)
        if args.json:
            save(args.json, run)


if __name__ == "__main__":
    main()
