"""The database and the server processes of http_load.py and multi_node.py, and start-up timings."""

from __future__ import annotations

import http.client
import os
import shlex
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from openloop import Request
from sqlalchemy import create_engine, make_url, text
from sqlmodel import select

from cellchain.auth.models import User
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.migrate import upgrade

HERE = Path(__file__).resolve().parent
HOST = "127.0.0.1"
CLI = [sys.executable, "-m", "cellchain.cli"]


def note(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---- the database -------------------------------------------------------------------------


def database_url(db: str | None, url: str | None, scale: int | None,
                 tmp: Path) -> tuple[str, str]:
    """Returns the URL to measure and what it is; makes the demo database where asked."""
    if db:
        path = Path(db).expanduser().resolve()
        if not path.exists():
            sys.exit(f"error: no database file {path}")
        return f"sqlite:///{path}", f"SQLite {path}"
    if url:
        _create_if_missing(url)
        database = Database(url)
        upgrade(database)
        if _has_users(database):
            database.dispose()
            return url, "PostgreSQL (as found)"
        _cellchain_demo(scale, tmp, {"CELLCHAIN_DATABASE_URL": url})
        if not _has_users(database):
            # `cellchain demo` does not seed the configured database yet (issue 13 item 0).
            if scale:
                sys.exit("error: cellchain demo --scale did not seed the configured database")
            from cellchain import demo

            demo.seed(database, Settings(database_url=url, data_dir=tmp))
        database.dispose()
        return url, "PostgreSQL (fresh demo)"
    path = tmp / "demo.db"
    _cellchain_demo(scale, tmp, {}, "--db", str(path))
    return f"sqlite:///{path}", "SQLite (fresh demo)"


def _create_if_missing(url: str) -> None:
    """Creates the PostgreSQL database a URL names when the server lacks it."""
    wanted = make_url(url)
    server = create_engine(wanted.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as connection:
            found = connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"),
                                       {"name": wanted.database}).first()
            if found is None:
                note(f"creating database {wanted.database}")
                connection.execute(text(f'CREATE DATABASE "{wanted.database}"'))
    finally:
        server.dispose()


def _cellchain_demo(scale: int | None, tmp: Path, env: dict[str, str], *extra: str) -> None:
    command = [*CLI, "demo", "--no-serve", *extra, *(["--scale", str(scale)] if scale else [])]
    note(f"seeding: cellchain {shlex.join(command[3:])}")
    done = subprocess.run(command, env=dict(os.environ, CELLCHAIN_DATA_DIR=str(tmp), **env),
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"error: {shlex.join(command)} failed:\n{done.stderr}")


def _has_users(database: Database) -> bool:
    with database.session_scope(write=False) as session:
        return session.exec(select(User.id).limit(1)).first() is not None


# ---- servers -------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def _answers(port: int, path: str) -> bool:
    connection = http.client.HTTPConnection(HOST, port, timeout=5)
    try:
        connection.request("GET", path)
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


def answer_problem(port: int, request: Request, expect: str) -> str | None:
    """Sends one request: None when the answer is 200 and holds ``expect``, else what came
    back."""
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request(request.method, request.path, body=request.body or None,
                           headers=request.headers)
        response = connection.getresponse()
        body = response.read().decode(errors="replace")
    finally:
        connection.close()
    if response.status != 200 or expect not in body:
        return f"{response.status}, expected {expect!r}: {body[:300]}"
    return None


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    port: int
    start_seconds: float  # from launch to the first 200 answer

    @property
    def pid(self) -> int:
        return self.process.pid

    def url(self, path: str) -> str:
        return f"http://{HOST}:{self.port}{path}"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:  # stuck requests keep a graceful shutdown waiting
            self.process.kill()
            self.process.wait()


def start(app: str, ready_path: str, log: Path, env: dict[str, str] | None = None) -> Server:
    """Serves ``app`` (serve.py) on a free port with this environment plus ``env``; returns
    once ``ready_path`` answers 200."""
    port = _free_port()
    began = time.perf_counter()
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, str(HERE / "serve.py"), app, "--port", str(port)],
            stdout=out, stderr=out, env=dict(os.environ, **(env or {})))
    while time.perf_counter() - began < 60:
        if process.poll() is not None:
            sys.exit(f"error: {app} exited with {process.returncode}:\n{log.read_text()}")
        if _answers(port, ready_path):
            return Server(process, port, time.perf_counter() - began)
        time.sleep(0.01)
    process.kill()
    sys.exit(f"error: {app} did not answer within 60 s:\n{log.read_text()}")


@contextmanager
def servers(logs: Path, starts: int) -> Iterator[tuple[dict[str, Server], dict[str, float]]]:
    """cellchain and the floor, running; with the start-up times: cellchain's is the median
    of ``starts`` cold starts (the last one is kept running)."""
    times = []
    for _ in range(starts - 1):
        trial = start("cellchain", "/login", logs / "cellchain.log")
        times.append(trial.start_seconds)
        trial.stop()
    running = {"cellchain": start("cellchain", "/login", logs / "cellchain.log")}
    try:
        running["floor"] = start("floor", "/floor", logs / "floor.log")
        times.append(running["cellchain"].start_seconds)
        yield running, {"cellchain": statistics.median(times),
                        "floor": running["floor"].start_seconds}
    finally:
        for server in running.values():
            server.stop()


def help_seconds(runs: int) -> float:
    """Median wall time of ``cellchain --help``."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run([*CLI, "--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - began)
    return statistics.median(times)
