"""Two sessions race to change one record; a barrier (never a sleep) makes both read first.

On PostgreSQL both transactions run at once: each reads inside its write transaction, waits
for the other at the barrier, then writes. SQLite serialises whole write transactions (one
writer, cellchain.db), so the interleaving that matters there is the one a user makes: both
read (a page or form opened), then both write; each worker reads in a read-only session, meets
the other at the barrier, then writes through a new session that starts from what it read.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import text
from sqlmodel import Session

from cellchain.db import Database
from cellchain.errors import CellchainError

RowT = TypeVar("RowT")


@dataclass(frozen=True)
class Outcome:
    worker: int
    won: bool
    refusal: str = ""


def race(
    database: Database,
    load: Callable[[Session], Any],
    act: Callable[[Session, Any, int], object],
    workers: int = 2,
) -> list[Outcome]:
    """Runs ``act`` in ``workers`` threads after each has loaded the record; returns outcomes."""
    barrier = threading.Barrier(workers)
    outcomes: list[Outcome] = []
    errors: list[BaseException] = []

    def run(worker: int) -> None:
        try:
            if database.is_sqlite:
                with database.session_scope(write=False) as reader:
                    row = load(reader)
                    reader.expunge(row)
                barrier.wait(timeout=20)
                with database.session_scope() as session:
                    act(session, session.merge(row, load=False), worker)
            else:
                with database.session_scope() as session:
                    row = load(session)
                    barrier.wait(timeout=20)
                    act(session, row, worker)
            outcomes.append(Outcome(worker, True))
        except CellchainError as refusal:
            outcomes.append(Outcome(worker, False, refusal.message))
        except BaseException as unexpected:  # noqa: BLE001 - re-raised in the main thread
            errors.append(unexpected)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return sorted(outcomes, key=lambda o: o.worker)


def one_winner(outcomes: list[Outcome]) -> tuple[Outcome, Outcome]:
    """Asserts exactly one of two workers won; returns (winner, loser)."""
    winners = [o for o in outcomes if o.won]
    losers = [o for o in outcomes if not o.won]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    return winners[0], losers[0]


def waits_then_sees(
    database: Database,
    first: Callable[[Session], object],
    then: Callable[[Session], object],
) -> Outcome:
    """PostgreSQL: ``first`` writes and keeps its transaction open; ``then`` starts in another
    transaction and runs until it waits for a lock held by ``first``; only then does ``first``
    commit. Returns how ``then`` ended: a service that takes the audit append lock before it
    reads what it checks sees what ``first`` wrote; one that reads first decides on the old
    facts (a check followed by a separate write)."""
    assert not database.is_sqlite, "SQLite serialises whole write transactions"
    written, finish = threading.Event(), threading.Event()
    outcomes: list[Outcome] = []
    errors: list[BaseException] = []

    def run_first() -> None:
        try:
            with database.session_scope() as session:
                first(session)
                written.set()
                finish.wait(timeout=20)
        except BaseException as unexpected:  # noqa: BLE001 - re-raised in the main thread
            errors.append(unexpected)
            written.set()

    def run_then() -> None:
        try:
            with database.session_scope() as session:
                then(session)
            outcomes.append(Outcome(1, True))
        except CellchainError as refusal:
            outcomes.append(Outcome(1, False, refusal.message))
        except BaseException as unexpected:  # noqa: BLE001 - re-raised in the main thread
            errors.append(unexpected)

    holder = threading.Thread(target=run_first)
    holder.start()
    written.wait(timeout=20)
    waiter = threading.Thread(target=run_then)
    waiter.start()
    try:
        _until_a_transaction_waits_for_a_lock(database, waiter)
    finally:
        finish.set()
        holder.join()
        waiter.join()
    if errors:
        raise errors[0]
    return outcomes[0]


def _until_a_transaction_waits_for_a_lock(database: Database, waiter: threading.Thread) -> None:
    """Polls PostgreSQL's lock table (a condition, not a guessed sleep) until some
    transaction waits for a lock, or the waiter ended without waiting."""
    deadline = time.monotonic() + 20
    while waiter.is_alive() and time.monotonic() < deadline:
        with database.engine.connect() as connection:
            if connection.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted")
                                  ).scalar_one():
                return
        time.sleep(0.01)
