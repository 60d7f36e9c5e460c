"""A site-scale database for bench/http_load.py and bench/page_queries.py: the demo site made
through the services plus bench/site_rows.py filler at N lots (100k lots, 500k bags, 5k
subjects, 1M audit events by default), on a SQLite file or a PostgreSQL database.

Usage: python bench/site_db.py (--db PATH | --url URL) [--lots 100000]
About 1.5 minutes on SQLite and 2 on PostgreSQL for 100k lots on the 2-core machine. The file
or database must not exist yet (a PostgreSQL one is created; an existing one is refused).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from http_servers import _create_if_missing, _has_users
from site_rows import add_site_rows
from sqlalchemy import text

from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo import seed
from cellchain.migrate import upgrade


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", type=Path, help="SQLite file to create")
    where.add_argument("--url", help="PostgreSQL URL of a database to create and fill")
    parser.add_argument("--lots", type=int, default=100_000)
    args = parser.parse_args()
    if args.db:
        if args.db.exists():
            sys.exit(f"error: {args.db} exists; site_db.py makes a new database")
        url = f"sqlite:///{args.db.resolve()}"
    else:
        url = args.url
        _create_if_missing(url)
    database = Database(url)
    began = time.perf_counter()
    upgrade(database)
    if _has_users(database):
        sys.exit("error: the database already holds a site; site_db.py makes a new one")
    settings = Settings(database_url=url, data_dir=Path(tempfile.mkdtemp()),
                        scheduler_enabled=False, secret_key="bench", cookie_secure=False)
    seed(database, settings)
    add_site_rows(database, args.lots)
    if not database.is_sqlite:
        with database.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("ANALYZE"))  # fresh statistics for the planner
    database.dispose()
    print(f"built {url.split('@')[-1]} with {args.lots} filler lots in "
          f"{time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
