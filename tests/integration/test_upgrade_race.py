"""Several processes upgrading one PostgreSQL database at once (web processes restarted
together after a release) all start: the upgrade is serialised, not run twice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cellchain.db import Database
from cellchain.migrate import is_current

UPGRADE = ("import sys; from cellchain.db import Database; from cellchain.migrate import upgrade;"
           " upgrade(Database(sys.argv[1]))")


def test_processes_upgrading_an_empty_database_together_all_succeed(
    empty_postgres: str,
) -> None:
    root = Path(__file__).resolve().parents[2]
    started = [subprocess.Popen([sys.executable, "-c", UPGRADE, empty_postgres], cwd=root,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
               for _ in range(3)]
    outcomes = [(process.wait(120), process.stdout.read() if process.stdout else "")
                for process in started]
    assert [code for code, _ in outcomes] == [0, 0, 0], "\n".join(out for _, out in outcomes)
    database = Database(empty_postgres)
    try:
        assert is_current(database)
    finally:
        database.dispose()
