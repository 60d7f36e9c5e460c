"""Raising, listing and acknowledging notifications."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, false, func, literal, or_
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.auth.roles import Role
from cellchain.db import column_rows, table_of
from cellchain.errors import Forbidden, NotFound
from cellchain.guarded import guarded_update
from cellchain.notifications.models import Notification


def raise_notification(
    session: Session,
    *,
    key: str,
    kind: str,
    message: str,
    roles: Iterable[Role],
    now: datetime,
    about_user_id: int | None = None,
) -> Notification:
    """Creates a notification unless one with the same key exists; returns it either way.

    One guarded statement, INSERT ... ON CONFLICT (key) DO NOTHING: two raisers of one key at
    once make one notification and neither fails (a look-up followed by an insert could do
    neither), and a bedside STOP raises its alert without a look-up first (issue 13)."""
    values: dict[str, Any] = {"key": key, "kind": kind, "message": message, "created_at": now,
                              "roles": ",".join(sorted(r.value for r in roles)),
                              "about_user_id": about_user_id}
    new_id = column_rows(session, _INSERT_NEW[session.get_bind().dialect.name], values).scalar()
    if new_id is None:
        return session.exec(select(Notification).where(Notification.key == key)).one()
    return Notification(id=new_id, **values)


def _insert_new(insert: Callable[[Table], Any]) -> Any:
    table = table_of(Notification)
    return insert(table).on_conflict_do_nothing(index_elements=["key"]).returning(table.c.id)


# Built once per dialect (both name the conflict target the same way); the values are the
# statement's parameters.
_INSERT_NEW = {"sqlite": _insert_new(sqlite.insert), "postgresql": _insert_new(postgresql.insert)}


def _audience(note: Notification) -> frozenset[Role]:
    return frozenset(Role(r) for r in note.roles.split(",") if r)


def _open_to(roles: frozenset[Role]) -> ColumnElement[bool]:
    """Unacknowledged and addressed to any of roles (the stored audience is "qa,coordinator":
    each role is matched between commas, so no role name can match inside another)."""
    audience = literal(",") + col(Notification.roles) + literal(",")
    return and_(col(Notification.acknowledged_at).is_(None),
                or_(false(), *(audience.contains(f",{role.value},") for role in roles)))


def open_for(session: Session, roles: frozenset[Role], *,
             limit: int | None = None) -> list[Notification]:
    """Returns the unacknowledged notifications addressed to any of roles, newest first (at
    most ``limit``: a site can hold thousands, and a page shows the newest)."""
    return list(session.exec(
        select(Notification).where(_open_to(roles))
        .order_by(col(Notification.created_at).desc(), col(Notification.id).desc())
        .limit(limit)
    ).all())


def count_open_for(session: Session, roles: frozenset[Role]) -> int:
    return session.exec(select(func.count()).select_from(Notification)
                        .where(_open_to(roles))).one()


def acknowledge(
    session: Session, *, actor: Actor, roles: frozenset[Role], notification_id: int, now: datetime
) -> Notification:
    """Marks a notification as seen and acted upon by the actor; audited."""
    note = session.get(Notification, notification_id)
    if note is None:
        raise NotFound(f"Notification {notification_id} does not exist.")
    if not _audience(note) & roles:
        raise Forbidden("This notification is not addressed to any of your roles.")
    if note.about_user_id is not None and note.about_user_id == actor.id:
        raise Forbidden("This alert is about your own account; another QA user or "
                        "administrator must acknowledge it.")
    if note.acknowledged_at is None:
        guarded_update(session, note, {"acknowledged_at": now, "acknowledged_by": actor.id},
                       expect={"acknowledged_at": None}, versioned=False,
                       record=f"Notification {notification_id}",
                       audit_entity=("notification", notification_id))
        audit.record(session, actor=actor, action="notification.acknowledged",
                     entity_type="notification", entity_id=notification_id, now=now,
                     changes=[Change("acknowledged_at", None, now.isoformat())])
    return note
