"""Serves cellchain or the floor app with identical uvicorn settings (http_load.py, multi_node.py).

Usage: python bench/serve.py cellchain|floor --port PORT

``cellchain`` does what ``cellchain serve`` does (settings from the environment, schema upgrade,
one process, never ``--workers``: PERFORMANCE-NOTES rule 1; start-up heap frozen: cellchain.heap)
with the production logging a site runs under load: warnings only and no access log. uvloop and
httptools are named rather than left to ``auto``, so a missing ``uvicorn[standard]`` fails here
instead of measuring the slower pure-Python loop and parser.
"""

from __future__ import annotations

import argparse
from typing import Any

import uvicorn

UVICORN: dict[str, Any] = {"host": "127.0.0.1", "loop": "uvloop", "http": "httptools",
                           "log_level": "warning", "access_log": False}


def cellchain_app() -> Any:
    from cellchain.config import Settings
    from cellchain.db import database_for
    from cellchain.heap import freeze_startup_heap
    from cellchain.main import create_app
    from cellchain.migrate import upgrade

    settings = Settings()
    database = database_for(settings)
    upgrade(database)
    application = create_app(settings, database)
    freeze_startup_heap()  # as `cellchain serve` does
    return application


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("app", choices=["cellchain", "floor"])
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    if args.app == "floor":
        from floor_app import app
    else:
        app = cellchain_app()
    uvicorn.run(app, port=args.port, **UVICORN)


if __name__ == "__main__":
    main()
