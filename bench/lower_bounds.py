"""The floor under the read paths whose throughput targets issue 13 misses: the work that no
code of cellchain's can take away, measured without cellchain's own code.

Usage: .venv/bin/python bench/lower_bounds.py --db COPY.db [--url postgresql+psycopg://...]
           [--rounds 2000]

- SQLite (``--db``, a copy of a site database): every statement that the scan and the bag list
  at the ward send, captured while each is answered in-process, then replayed through the raw
  ``sqlite3`` driver (no SQLAlchemy, no rows made into objects): what their SQL costs alone.
- PostgreSQL (``--url``): one statement round trip over loopback through psycopg, with the
  client's CPU time and the server backend's (read from /proc when the server runs on this
  machine): every statement a request sends costs one, and so do its BEGIN, its ROLLBACK or
  COMMIT and the connection pool's pre-ping.

Compare them with the budget a target leaves: at a share s of the floor's F req/s, a request
may cost the server 1 / (s F) of CPU (one core: the app runs on one event loop). Nothing is
asserted: this prints figures, as every script in bench/ does.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import psycopg
from closedloop import cpu_seconds
from fastapi.testclient import TestClient
from page_queries import bearer, build, capturing, requests

from cellchain.config import Settings
from cellchain.main import create_app

READS = ("api: scan", "api: bags at the ward")


def captured_reads(path: Path) -> dict[str, list[tuple[str, Any]]]:
    """The statements (and their parameters) each read sends, in order."""
    workdir = Path(tempfile.mkdtemp(prefix="cellchain-bounds-"))
    settings = Settings(database_url=f"sqlite:///{path}", data_dir=workdir,
                        scheduler_enabled=False, secret_key="bench", cookie_secure=False)
    database = build(path, 0, settings)
    sent: dict[str, list[tuple[str, Any]]] = {}
    with TestClient(create_app(settings, database), base_url="http://testserver") as client:
        for name, (user, _, send) in requests(database, settings).items():
            if name not in READS:
                continue
            headers = bearer(client, user)
            send(client, headers)
            with capturing(database) as captured:
                assert send(client, headers).status_code == 200, name
            sent[name] = [(statement, params) for statement, params, _ in captured.statements]
    database.dispose()
    return sent


def replayed_ms(path: Path, statements: list[tuple[str, Any]], rounds: int) -> float:
    """Median time of the statements run one after another through the raw driver."""
    connection = sqlite3.connect(path)
    times = []
    for _ in range(rounds):
        began = time.perf_counter()
        for statement, params in statements:
            connection.execute(statement, params).fetchall()
        times.append(time.perf_counter() - began)
    connection.close()
    return statistics.median(times) * 1000


def _process_cpu(pid: int) -> float | None:
    try:
        return cpu_seconds(pid)
    except OSError:  # the server runs on another machine
        return None


def round_trip(url: str, rounds: int) -> tuple[float, float, float | None]:
    """Wall, client CPU and server backend CPU (None: not on this machine) of one ``SELECT 1``,
    in ms."""
    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as connection:
        row = connection.execute("SELECT pg_backend_pid()").fetchone()
        backend = int(row[0]) if row else 0
        for _ in range(200):
            connection.execute("SELECT 1").fetchone()
        server, client, began = _process_cpu(backend), time.process_time(), time.perf_counter()
        done = 0
        # At least 2 s: /proc counts CPU in clock ticks (10 ms), so a short run reads as 0.
        while done < rounds or time.perf_counter() - began < 2:
            connection.execute("SELECT 1").fetchone()
            done += 1
        wall = (time.perf_counter() - began) / done * 1000
        client_cpu = (time.process_time() - client) / done * 1000
        after = _process_cpu(backend)
    server_cpu = (None if server is None or after is None
                  else (after - server) / done * 1000)
    return wall, client_cpu, server_cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="a copy of a SQLite site database")
    parser.add_argument("--url", help="a PostgreSQL URL, for the cost of a round trip")
    parser.add_argument("--rounds", type=int, default=2000)
    args = parser.parse_args()
    if args.db is None and args.url is None:
        parser.error("give --db, --url or both")
    if args.db is not None and not args.db.exists():
        # page_queries.build would make a fresh demo instead: measure the site given, or nothing.
        parser.error(f"--db {args.db}: no such file (copy a site database first)")
    if args.db is not None:
        print(f"SQLite {args.db}: each read's statements through the raw sqlite3 driver")
        print(f"{'request':24} {'stmts':>5} {'raw SQL ms':>10}")
        for name, statements in captured_reads(args.db).items():
            print(f"{name:24} {len(statements):5d} "
                  f"{replayed_ms(args.db, statements, args.rounds):10.3f}")
    if args.url is not None:
        wall, client, server = round_trip(args.url, args.rounds)
        backend = f"{server:.3f} ms" if server is not None else "not on this machine"
        print(f"PostgreSQL: one round trip (SELECT 1 through psycopg): wall {wall:.3f} ms, "
              f"client CPU {client:.3f} ms, server backend CPU {backend}")


if __name__ == "__main__":
    main()
