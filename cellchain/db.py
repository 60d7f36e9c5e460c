"""Engines, the one transaction boundary, and the column types every table shares.

Transaction contract (STYLE §4.2): services never commit. A web request gets one session from
``get_session``: it commits when the route returns and rolls back when anything raises, before
the response is sent. CLI commands and scheduled jobs use ``Database.session_scope()`` with
the same contract.

SQLite (PERFORMANCE-NOTES rule 2): one process owns the writes. Every write transaction takes
an in-process lock and starts with ``BEGIN IMMEDIATE``, so writers queue instead of starving in
SQLite's busy handler, and the audit chain's head cannot be read by two writers at once.
Read-only requests (GET/HEAD) use a second engine whose connections are ``query_only``:
a page view can never change data. On PostgreSQL read-only requests run in READ ONLY
transactions and audit appends serialise on an advisory lock (see ``cellchain.audit``).
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, TypeVar

import anyio
from anyio import to_thread
from fastapi import Depends, Request
from sqlalchemy import DateTime, Engine, Table, create_engine, event
from sqlalchemy.engine import Dialect, Result
from sqlalchemy.sql.base import Executable
from sqlalchemy.types import TypeDecorator
from sqlmodel import Session, SQLModel

from cellchain.config import Settings
from cellchain.errors import CellchainError, NotFound
from cellchain.wal import BACKSTOP_PAGES

T = TypeVar("T")
RecordT = TypeVar("RecordT")

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Requests a process works on at once (cellchain.admission): each holds at most one pooled
# connection from its first query until its transaction ends, and waits for a worker thread in
# between, so the pool and the thread pool must both have room for all of them or requests
# deadlock waiting for each other. More at once only queue on the GIL and SQLite's writer:
# at 16, threads handing the GIL to each other doubled a page's CPU time (bench at 32
# connections, SQLite, 16 -> 8: bedside verify 265 -> 336 req/s, scan 1,209 -> 1,329, lot page
# 53 -> 64; PostgreSQL unchanged). Not fewer: a few slow requests at once (a batch record PDF)
# must not hold every place while a ward scans.
REQUESTS_AT_ONCE = 8
# And the activity writer, the scheduler's jobs and a command-line run beside them.
POOL_SIZE = REQUESTS_AT_ONCE + 4
# session.info key: the action was refused; end its transaction with a rollback.
ROLLBACK_ONLY = "cellchain.rollback_only"


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back timezone-aware.

    SQLite has no time zone type and returns naive datetimes; normalising here keeps hashes of
    audit records identical on SQLite and PostgreSQL (microsecond precision on both).
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; pass an aware UTC time")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _sqlite_pragmas(read_only: bool) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event decide how each transaction starts.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed custody record survives power loss (PERFORMANCE-NOTES rule 6).
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        else:  # the served app checkpoints in the background (cellchain.wal)
            cursor.execute(f"PRAGMA wal_autocheckpoint={BACKSTOP_PAGES}")
        cursor.close()

    return on_connect


class Database:
    """The engines of one database and the lock that serialises SQLite writers."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        self.write_lock = threading.Lock()
        if self.is_sqlite:
            if self.sqlite_path:
                Path(self.sqlite_path).parent.mkdir(parents=True, exist_ok=True)
            self.engine = self._sqlite_engine(url, read_only=False, begin="BEGIN IMMEDIATE")
            self.read_engine = self._sqlite_engine(url, read_only=True, begin="BEGIN")
        else:
            self.engine = create_engine(url, echo=echo, pool_pre_ping=True,
                                        pool_size=POOL_SIZE, max_overflow=POOL_SIZE)
            self.read_engine = self.engine.execution_options(postgresql_readonly=True)

    @property
    def sqlite_path(self) -> str | None:
        """The SQLite file (None: PostgreSQL, or an in-memory database)."""
        path = self.url.split("///", 1)[-1] if self.is_sqlite else ""
        return path if path and path != ":memory:" else None

    @staticmethod
    def _sqlite_engine(url: str, *, read_only: bool, begin: str) -> Engine:
        # Enough pooled connections for every request thread (cellchain.main caps them), so no
        # request opens a fresh connection and re-runs the pragmas.
        engine = create_engine(url, connect_args={"check_same_thread": False},
                               pool_size=POOL_SIZE, max_overflow=POOL_SIZE)
        event.listen(engine, "connect", _sqlite_pragmas(read_only))

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            # Straight to the driver: every request begins a transaction, and SQLAlchemy's
            # statement machinery cost more than the BEGIN itself (issue 13).
            conn.connection.driver_connection.execute(begin)

        return engine

    @contextmanager
    def session_scope(self, *, write: bool = True, locked: bool = False) -> Iterator[Session]:
        """Yields a session that commits on success and rolls back on any exception.

        The one way a refused action leaves nothing: a raised refusal rolls back (unless it
        ``keeps_writes``: the evidence of a failed sign-in or signing), and so does a refusal
        the caller answered itself, marked with ``refuse_writes``.

        ``locked``: the caller has already taken the SQLite write lock, and the scope releases
        it when it ends.
        """
        serialise = write and self.is_sqlite
        if serialise and not locked:
            self.write_lock.acquire()
        try:
            engine = self.engine if write else self.read_engine
            with Session(engine, expire_on_commit=False) as session:
                try:
                    yield session
                    # A read-only scope just closes: its connection's transaction ends without
                    # expiring the objects the caller has loaded.
                    if write and not session.info.get(ROLLBACK_ONLY):
                        session.commit()
                    elif write:
                        session.rollback()
                except CellchainError as refusal:
                    if write and refusal.keeps_writes:
                        session.commit()
                    else:
                        session.rollback()
                    raise
                except BaseException:
                    session.rollback()
                    raise
        finally:
            if serialise:
                self.write_lock.release()

    def dispose(self) -> None:
        self.engine.dispose()
        self.read_engine.dispose()


def database_for(settings: Settings) -> Database:
    """Returns a Database for the configured URL."""
    return Database(settings.resolved_database_url)


def refuse_writes(request: Request) -> None:
    """Marks the request's action as refused: its transaction rolls back, nothing is kept.

    ``cellchain.web.render`` calls this for every page answered with a 4xx/5xx status, so a
    form re-rendered with its errors can never leave half an action behind.
    """
    request.state.refused = True


def keep_writes(request: Request) -> None:
    """Keeps what a refused request wrote: only the record of a refused attempt (11.300(d))."""
    request.state.keep_writes = True


EndpointT = TypeVar("EndpointT")
_READ_ONLY = "cellchain_read_only"


def read_only(endpoint: EndpointT) -> EndpointT:
    """Marks a POST route that only reads: a scan lookup is posted so that the scanned text
    stays out of URLs and logs, yet it changes nothing. Its transaction is read-only like a
    GET's and never queues for the write lock (PERFORMANCE-NOTES rule 10)."""
    setattr(endpoint, _READ_ONLY, True)
    return endpoint


def request_writes(request: Request) -> bool:
    """Whether the request's transaction may write: not for GET/HEAD/OPTIONS, nor for a route
    marked ``read_only``."""
    if request.method in SAFE_METHODS:
        return False
    return not getattr(request.scope.get("endpoint"), _READ_ONLY, False)


async def get_session(request: Request) -> AsyncIterator[Session]:
    """The request-scoped transaction: one per request, committed before the response is sent.

    A read on SQLite begins and ends on the event loop: it takes no lock and its statements
    cost microseconds, less than a hop to a worker thread and back (PERFORMANCE-NOTES rule 4).
    Anything else ends in a worker thread (a commit syncs to disk; PostgreSQL is a network round
    trip), shielded from cancellation so a client who hangs up never leaves a transaction, or
    the write lock, behind. It begins on the event loop too, as creating a session does no I/O
    (its first statement runs in the thread of the first database work), unless it is a SQLite
    writer that would wait for the write lock: only that waits in a worker thread (a hop
    cost a quarter of a millisecond per request: issue 13)."""
    database: Database = request.app.state.database
    write = request_writes(request)
    inline = reads_inline(request)
    if _lock_free_or_unneeded(database, write):
        scope = database.session_scope(write=write, locked=True)
        session = scope.__enter__()
    else:
        scope = database.session_scope(write=write)
        session = await to_thread.run_sync(scope.__enter__)
    try:
        yield session
    except BaseException as error:
        await _end(scope, inline, (type(error), error, error.__traceback__))
        raise
    state = request.state
    if getattr(state, "refused", False) and not getattr(state, "keep_writes", False):
        session.info[ROLLBACK_ONLY] = True
    await _end(scope, inline, (None, None, None))


def _lock_free_or_unneeded(database: Database, write: bool) -> bool:
    """True when a transaction can begin without waiting: it needs no write lock (a read, or
    PostgreSQL), or the SQLite write lock was free and is now taken for it."""
    return not (write and database.is_sqlite) or database.write_lock.acquire(blocking=False)


async def _end(scope: AbstractContextManager[Session], inline: bool,
               exc_info: tuple[Any, Any, Any]) -> None:
    if inline:
        scope.__exit__(*exc_info)
        return
    with anyio.CancelScope(shield=True):
        await to_thread.run_sync(lambda: scope.__exit__(*exc_info))


def reads_inline(request: Request) -> bool:
    """Whether the request's database work runs on the event loop: a SQLite read."""
    database: Database = request.app.state.database
    return database.is_sqlite and not request_writes(request)


async def off_loop(request: Request, work: Callable[[], T]) -> T:
    """Runs a route's database work where ``get_session`` runs its transaction: inline for a
    SQLite read, in a worker thread otherwise."""
    if reads_inline(request):
        return work()
    return await to_thread.run_sync(work)


# scope="function": the commit runs when the route returns, *before* the response is sent, so
# a failed commit becomes an error response instead of a 200 for data that was never stored.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def get_record(session: Session, model: type[RecordT], record_id: int, what: str) -> RecordT:
    """Returns one row by primary key, or raises NotFound naming what was asked for."""
    row = session.get(model, record_id)
    if row is None:
        raise NotFound(f"No {what} with id {record_id}.")
    return row


def table_of(model: type[SQLModel]) -> Table:
    """A table model's Core table, for the hot writes that skip the unit of work."""
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


def column_rows(session: Session, statement: Executable,
                parameters: dict[str, Any] | None = None) -> Result[*tuple[Any, ...]]:
    """Runs a statement of plain columns on the session's connection, in its transaction:
    ``Session.execute`` sets up the ORM's per-statement state even for plain columns, which
    costs as much as a small indexed query (issue 13). Anything pending is flushed first, as
    ``Session.execute`` would, so the statement sees this transaction's own changes."""
    session.flush()  # returns at once when nothing is pending
    return session.connection().execute(statement, parameters)
