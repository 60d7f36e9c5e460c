"""Writing and verifying the audit trail. Appends happen only inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, text, type_coerce
from sqlalchemy import select as core_select
from sqlalchemy.types import NullType
from sqlmodel import Session, col, select

from cellchain.audit.anchors import Anchor
from cellchain.audit.chain import (
    GENESIS_HASH,
    ROW_COLUMNS,
    ChainRecord,
    VerifyResult,
    canonical_json,
    verify_rows,
)
from cellchain.audit.models import AuditEvent
from cellchain.blinding.rules import audit_class
from cellchain.db import column_rows, table_of

_APPEND = table_of(AuditEvent).insert()

# Arbitrary constant naming the PostgreSQL advisory lock that serialises audit appends.
_AUDIT_APPEND_LOCK = 0x63656C6C  # "cell"


@dataclass(frozen=True)
class Actor:
    """Who did it: a user (id and printed name at the time) or the system (id None)."""

    id: int | None
    name: str

    @classmethod
    def system(cls, job_id: str) -> Actor:
        return cls(None, f"system:{job_id}")


ANONYMOUS = Actor(None, "anonymous")


@dataclass(frozen=True)
class Change:
    field: str
    old: Any
    new: Any


# Built once: every audited action runs both (issue 13).
_TAKE_APPEND_LOCK = text("SELECT pg_advisory_xact_lock(:key)")
_HEAD = core_select(col(AuditEvent.seq), col(AuditEvent.hash)).order_by(
    col(AuditEvent.seq).desc()).limit(1)


def lock_for_append(session: Session) -> None:
    """Takes the audit append lock for the rest of the transaction (re-entrant)."""
    # On SQLite the write transaction already holds the database's single write lock
    # (BEGIN IMMEDIATE, see cellchain.db). PostgreSQL needs an explicit lock: a unique
    # constraint alone would turn concurrent appends into failed transactions.
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_TAKE_APPEND_LOCK, {"key": _AUDIT_APPEND_LOCK})


def head(session: Session) -> tuple[int, str]:
    """Returns the last sequence number and hash (0 and the genesis hash when empty)."""
    row = column_rows(session, _HEAD).first()
    return (row[0], row[1]) if row else (0, GENESIS_HASH)


def record(
    session: Session,
    *,
    actor: Actor,
    action: str,
    entity_type: str,
    entity_id: object,
    now: datetime,
    changes: Sequence[Change] = (),
    reason: str | None = None,
    data: dict[str, Any] | None = None,
) -> AuditEvent:
    """Appends one audit record in the caller's transaction and returns it (never commits)."""
    lock_for_append(session)
    session.flush()
    last_seq, last_hash = head(session)
    chain_record = ChainRecord(
        seq=last_seq + 1,
        at=now,
        actor_id=actor.id,
        actor_name=actor.name,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        changes=canonical_json([{"field": c.field, "old": c.old, "new": c.new} for c in changes]),
        reason=reason,
        data=canonical_json(data or {}),
        prev_hash=last_hash,
        blinding=audit_class(action, entity_type).value,
    )
    # The record's fields are the table's columns, plus the hash over them.
    values = {**asdict(chain_record), "hash": chain_record.compute_hash()}
    # One Core INSERT rather than the unit of work: every audited action appends here, and the
    # ORM's flush cost as much as the rest of the append (issue 13). The event returned is the
    # row as written, not attached to the session.
    session.execute(_APPEND, values)
    session.info.setdefault(OWN_EVENTS, set()).add(chain_record.seq)
    return AuditEvent(**values)


# session.info key: the sequence numbers this transaction appended (cleared with the session),
# so a refused guarded write names the other writer, never this transaction's own events.
OWN_EVENTS = "cellchain.audit.own_events"


def own_events(session: Session) -> frozenset[int]:
    """Returns the sequence numbers of the events this session has appended."""
    return frozenset(session.info.get(OWN_EVENTS, ()))


def stored_rows(session: Session, batch: int = 5000) -> Iterator[Row[Any]]:
    """Every audit row in sequence order, streamed, with ``chain.ROW_COLUMNS``; ``at`` as the
    driver returns it (``chain.row_hasher`` reads it as the column type would, for less)."""
    table = AuditEvent.__table__  # type: ignore[attr-defined]
    columns = [type_coerce(table.c.at, NullType()).label("at") if name == "at"
               else table.c[name] for name in ROW_COLUMNS]
    # Statement-level option: a connection-level one would leak into later statements.
    statement = select(*columns).order_by(table.c.seq).execution_options(yield_per=batch)
    return iter(session.connection().execute(statement))


def read_at(session: Session) -> Any:
    """The column type's own reader of a raw ``at`` value (text on SQLite) on this database."""
    dialect = session.get_bind().dialect
    column = AuditEvent.__table__.c.at  # type: ignore[attr-defined]
    reader = column.type.dialect_impl(dialect).result_processor(dialect, None)
    return reader or (lambda value: value)


def verify(session: Session, *, anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Re-computes the whole chain from the database, streaming, and reports the first break
    (including a tail shorter than an anchor proves it was): every record's sequence number,
    its link to its predecessor's hash, and its hash recomputed from all its hashed fields
    (``chain.row_hasher``)."""
    return verify_rows(stored_rows(session), read_at(session), anchors)


def first_actor(session: Session, entity_type: str, entity_id: object, action: str) -> int | None:
    """Returns the user id that first did ``action`` on a record (None: nobody, or the system)."""
    return session.exec(
        select(AuditEvent.actor_id)
        .where(AuditEvent.entity_type == entity_type, AuditEvent.entity_id == str(entity_id),
               AuditEvent.action == action)
        .order_by(col(AuditEvent.seq)).limit(1)
    ).first()


def events_for(session: Session, entity_type: str, entity_id: object) -> list[AuditEvent]:
    """Returns the audit history of one record, oldest first."""
    return list(
        session.exec(
            select(AuditEvent)
            .where(AuditEvent.entity_type == entity_type, AuditEvent.entity_id == str(entity_id))
            .order_by(col(AuditEvent.seq))
        )
    )
