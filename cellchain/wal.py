"""SQLite WAL checkpoints off the request path (issue 13).

By default SQLite checkpoints inside the commit that grows the write-ahead log past 1,000
pages: one request in a few hundred then copies the log into the database file and fsyncs it
while holding the write lock, and every writer queued behind it waits (the verify path's p99
at site scale was three times its p90). The served app instead checkpoints from a background
thread once a second, PASSIVE, so it never waits for a reader or the writer; the in-commit
checkpoint stays as a backstop at ``BACKSTOP_PAGES``, for a stalled thread and for command-line
runs that have none.
"""

from __future__ import annotations

import sqlite3

from cellchain.periodic import Periodic

# About 40 MB of log before a commit checkpoints by itself.
BACKSTOP_PAGES = 10_000
INTERVAL_SECONDS = 1.0


class Checkpointer:
    """Checkpoints one database file, from a connection of its own, every ``interval``
    seconds while started, and once more when stopped."""

    def __init__(self, path: str, interval: float = INTERVAL_SECONDS) -> None:
        self._path = path
        self._connection: sqlite3.Connection | None = None
        self._thread = Periodic("wal-checkpoint", interval, self.checkpoint)

    def checkpoint(self) -> tuple[int, int, int]:
        """One PASSIVE checkpoint: (busy, frames in the log, frames checkpointed)."""
        if self._connection is None:
            self._connection = sqlite3.connect(self._path, check_same_thread=False)
        busy, frames, done = self._connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return busy, frames, done

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._thread.stop()
        if self._connection is not None:
            self._connection.close()
            self._connection = None
