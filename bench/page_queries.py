"""The pages' SQL at site scale on SQLite: for each measured page and API call, how many
statements it sends, how long it takes in-process (median of rounds), its slowest statement,
and the query plan of any statement that scans a table instead of searching an index.

Usage: .venv/bin/python bench/page_queries.py [--lots 100000] [--db PATH] [--rounds 5]
           [--plans]
Builds (or reuses, with --db) a SQLite database: the demo site (through the services) plus
``bench/site_rows.py`` filler at the given number of lots. ``--plans`` prints every distinct
statement's plan. Nothing is asserted (tests/web/test_query_counts.py bounds the counts).
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from site_rows import add_site_rows
from sqlalchemy import event, text
from sqlmodel import col, select

from cellchain.bags.models import Bag
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo import DEMO_USERS, seed
from cellchain.demo.identity import BANK_UNITS
from cellchain.labels.data import LabelKind
from cellchain.labels.service import label_data_for
from cellchain.lots.models import Lot
from cellchain.main import create_app
from cellchain.migrate import upgrade

PASSWORDS = {u.username: u.password for u in DEMO_USERS}


@dataclass
class Captured:
    statements: list[tuple[str, Any, float]] = field(default_factory=list)


@contextmanager
def capturing(database: Database) -> Iterator[Captured]:
    captured, started = Captured(), {}

    def before(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        started[id(cursor)] = time.perf_counter()

    def after(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        elapsed = time.perf_counter() - started.pop(id(cursor), time.perf_counter())
        captured.statements.append((statement, params, elapsed))

    engines = (database.engine, database.read_engine)
    for engine in engines:
        event.listen(engine, "before_cursor_execute", before)
        event.listen(engine, "after_cursor_execute", after)
    try:
        yield captured
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", before)
            event.remove(engine, "after_cursor_execute", after)


def build(path: Path, lots: int, settings: Settings) -> Database:
    fresh = not path.exists()
    database = Database(f"sqlite:///{path}")
    if fresh:
        start = time.perf_counter()
        upgrade(database)
        seed(database, settings)
        add_site_rows(database, lots)
        print(f"built {path} with {lots} filler lots in {time.perf_counter() - start:.0f} s")
    return database


def sign_in(client: TestClient, username: str) -> dict[str, str]:
    page = client.get("/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert token is not None
    client.post("/login", data={"username": username, "password": PASSWORDS[username],
                                "csrf_token": token.group(1), "next": "/"},
                follow_redirects=False)
    return {}


def bearer(client: TestClient, username: str) -> dict[str, str]:
    client.cookies.clear()
    answer = client.post("/api/v1/auth/token",
                         data={"username": username, "password": PASSWORDS[username]})
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


Send = Callable[[TestClient, dict[str, str]], Any]


def requests(database: Database, settings: Settings) -> dict[str, tuple[str, bool, Send]]:
    """What is measured: name -> (user, with an API token, how it is sent)."""
    with database.session_scope(write=False) as session:
        lot = session.exec(select(Lot).where(Lot.status == "on_hold")
                           .order_by(col(Lot.id))).first()
        # A demo lot released by QA's signature (its release is shown with the signature).
        released = session.exec(select(Lot).where(Lot.status == "released", col(Lot.id) < 100)
                                .order_by(col(Lot.id))).first()
        assert released is not None
        ward = session.exec(select(Bag).where(Bag.status == "at_ward", col(Bag.lot_id) < 100)
                            .order_by(col(Bag.id))).first()
        assert lot is not None and ward is not None and ward.subject_id is not None
        lot_id, subject_id = lot.id, ward.subject_id
        pair = {"wristband": label_data_for(session, LabelKind.WRISTBAND, subject_id,
                                            settings).label_2d,
                "bag": label_data_for(session, LabelKind.BAG, ward.id or 0, settings).label_2d}
    din = BANK_UNITS[0].text

    def get(url: str) -> Send:
        return lambda client, headers: client.get(url, headers=headers)

    def post(url: str, body: dict[str, str]) -> Send:
        return lambda client, headers: client.post(url, json=body, headers=headers)

    return {
        "lot page": ("qa", False, get(f"/lots/{lot_id}")),
        "lot page: released": ("qa", False, get(f"/lots/{released.id}")),
        "home: technician": ("technician", False, get("/")),
        "home: qc": ("qc", False, get("/")),
        "home: qa": ("qa", False, get("/")),
        "home: coordinator": ("coordinator", False, get("/")),
        "home: clinician": ("clinician", False, get("/")),
        "trace page: donor": ("qa", False, get(f"/trace/donor/{din}")),
        "trace page: subject": ("coordinator", False, get(f"/trace/subject/{subject_id}")),
        "api: trace donor": ("qa", True, get(f"/api/v1/trace/donor/{din}")),
        "api: bags at the ward": ("coordinator", True, get("/api/v1/bags?status=at_ward")),
        "api: subjects": ("coordinator", True, get("/api/v1/subjects")),
        "api: scan": ("technician", True, post("/api/v1/scan", {"scan": pair["bag"]})),
        "api: bedside verify": ("clinician", True, post("/api/v1/bedside/verify", pair)),
    }


def plan(database: Database, statement: str, params: Any) -> list[str]:
    with database.read_engine.connect() as conn:
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params).all()
    return [row[-1] for row in rows]


def scans(lines: list[str]) -> list[str]:
    """Plan lines that read a whole table or index (not a search by key)."""
    return [line for line in lines if line.startswith("SCAN") and "CONSTANT ROW" not in line]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lots", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--plans", action="store_true")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="cellchain-pages-"))
    settings = Settings(database_url="", data_dir=workdir, scheduler_enabled=False,
                        secret_key="bench", cookie_secure=False)
    database = build(args.db or workdir / "site.db", args.lots, settings)
    settings = settings.model_copy(update={"database_url": database.url})
    app = create_app(settings, database)
    with database.engine.connect() as conn:
        print("lots:", conn.execute(text("select count(*) from lot")).scalar(),
              "bags:", conn.execute(text("select count(*) from bag")).scalar(),
              "audit events:", conn.execute(text("select count(*) from audit_event")).scalar())
    print(f"{'request':24} {'stmts':>5} {'ms p50':>8} {'ms max':>8} {'slowest stmt ms':>16}")
    flagged: dict[str, tuple[Any, list[str]]] = {}
    with TestClient(app, base_url="http://testserver") as client:
        for name, (user, api, send) in requests(database, settings).items():
            client.cookies.clear()
            headers = bearer(client, user) if api else sign_in(client, user)
            send(client, headers)
            timings: list[float] = []
            for _ in range(args.rounds):
                with capturing(database) as captured:
                    start = time.perf_counter()
                    assert send(client, headers).status_code == 200, name
                    timings.append((time.perf_counter() - start) * 1000)
            slowest = max(captured.statements, key=lambda s: s[2])
            print(f"{name:24} {len(captured.statements):5d} {statistics.median(timings):8.1f} "
                  f"{max(timings):8.1f} {slowest[2] * 1000:16.2f}")
            for statement, params, _ in captured.statements:
                if statement.lstrip().upper().startswith("SELECT"):
                    lines = plan(database, statement, params)
                    if args.plans or scans(lines):
                        flagged.setdefault(" ".join(statement.split()), (params, lines))
    for statement, (_, lines) in flagged.items():
        print(f"\n{statement[:300]}")
        for line in lines:
            print(f"    {line}")


if __name__ == "__main__":
    main()
