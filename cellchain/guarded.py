"""The one guarded write: every change of state, ownership or decision goes through it.

``guarded_update`` is a compare-and-swap (STYLE §4.2, the healthchecks pattern):
``UPDATE t SET … , version = version + 1 WHERE id = :id AND version = :read [AND col = :read …]``.
If another transaction changed the row after this one read it, no row matches and the action is
refused with a sentence naming who changed the record first and when (their audit event), so a
QA user who loses a race knows whose decision stands. A check followed by a separate write
cannot give this guarantee on PostgreSQL, where two READ COMMITTED transactions can both see
"open" and both write.

Lock order: on PostgreSQL the audit append lock is taken *before* the row is updated, in every
write transaction. Appending audit records takes that lock too, so no transaction can hold a row
lock while waiting for the audit lock that another holder of the same row needs (a deadlock
between ``lots.transition`` and ``record_step`` otherwise). On SQLite the write transaction
already holds the database's only write lock.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, SQLModel, col, select

from cellchain.audit import service as audit
from cellchain.audit.models import AuditEvent
from cellchain.auth.models import User
from cellchain.errors import ConcurrentModification

Values = Mapping[str, Any]


def guarded_update(
    session: Session,
    row: SQLModel,
    values: Values,
    *,
    record: str,
    audit_entity: tuple[str, object],
    expect: Values | None = None,
    versioned: bool = True,
) -> None:
    """Writes ``values`` onto ``row`` only if nobody changed it since it was read.

    ``record`` names the row in the refusal ("Deviation DEV-2026-0001"); ``audit_entity`` is
    the (entity type, id) under which its changes are audited, to name who won. ``versioned``
    rows compare and bump their ``version`` column; ``expect`` adds further columns that must
    still hold the given values (for tables whose guard is a state, such as a print not yet
    voided). The row object is updated in place without another query.
    """
    audit.lock_for_append(session)
    model = type(row)
    key = row.id  # type: ignore[attr-defined]
    assert key is not None, "a guarded update needs a stored row"
    conditions = [col(model.id) == key]  # type: ignore[attr-defined]
    new = dict(values)
    for name, value in (expect or {}).items():
        column = getattr(model, name)
        conditions.append(column.is_(None) if value is None else column == value)
    if versioned:
        read_version = row.version  # type: ignore[attr-defined]
        conditions.append(col(model.version) == read_version)  # type: ignore[attr-defined]
        new["version"] = read_version + 1
    result = session.execute(update(model).where(*conditions).values(**new))
    if result.rowcount != 1:  # type: ignore[attr-defined]
        session.expire(row)
        raise ConcurrentModification(_lost_race_message(session, record, audit_entity))
    for name, value in new.items():
        set_committed_value(row, name, value)


def refuse_if_changed(
    session: Session, row: SQLModel, *, record: str, audit_entity: tuple[str, object]
) -> None:
    """Refuses early, naming who changed the row, when it changed since it was read; from
    here on the facts a decision gathers hold still until it commits.

    The audit append lock is taken first: every change of state (``guarded_update``) and every
    audited write takes it before writing, so on PostgreSQL nobody can change the row or a
    fact the decision reads (entries, QC results, deviations) between this check and the
    decision's own write. Without it a decision could read facts just after another user's
    decision landed and refuse for the wrong reason, or sign facts that changed meanwhile."""
    audit.lock_for_append(session)
    model = type(row)
    current = session.exec(select(model.version).where(  # type: ignore[attr-defined]
        col(model.id) == row.id)).one()  # type: ignore[attr-defined]
    if current != row.version:  # type: ignore[attr-defined]
        raise ConcurrentModification(_lost_race_message(session, record, audit_entity))


def read_for_write(session: Session, *rows: SQLModel) -> None:
    """Takes the audit append lock, then reads ``rows`` again: for a check of state followed
    by a write that is not a guarded update of that state (a batch step inserted for a lot, a
    QC result, an enrolment). Every change of state and every audited write takes the same
    lock first, so what is checked after this call (the rows, and anything queried) is still
    true at commit. Call it before the first check; on SQLite the write transaction already
    holds the only write lock, and the re-read drops what an earlier transaction read."""
    audit.lock_for_append(session)
    session.flush()
    for row in rows:
        session.refresh(row)


def _lost_race_message(session: Session, record: str, audit_entity: tuple[str, object]) -> str:
    entity_type, entity_id = audit_entity
    winner = session.exec(
        select(AuditEvent.actor_name, AuditEvent.at, User.username)
        .join(User, col(User.id) == col(AuditEvent.actor_id), isouter=True)
        .where(AuditEvent.entity_type == entity_type, AuditEvent.entity_id == str(entity_id),
               col(AuditEvent.seq).not_in(audit.own_events(session)))
        .order_by(col(AuditEvent.seq).desc()).limit(1)
    ).first()
    if winner is None:
        by = "someone else"
    else:
        name, at, username = winner
        who = f"{name} (user ID {username})" if username else name
        by = f"{who} at {at:%Y-%m-%d %H:%M:%S} UTC"
    return (f"{record} was changed by {by} while you were working; nothing of yours was "
            "saved. Reload it and check its status before trying again.")
