"""Raising, listing and acknowledging notifications."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.auth.roles import Role
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
    """Creates a notification unless one with the same key exists; returns it either way."""
    existing = session.exec(select(Notification).where(Notification.key == key)).first()
    if existing is not None:
        return existing
    note = Notification(
        key=key, kind=kind, message=message, created_at=now,
        roles=",".join(sorted(r.value for r in roles)), about_user_id=about_user_id,
    )
    session.add(note)
    session.flush()
    return note


def _audience(note: Notification) -> frozenset[Role]:
    return frozenset(Role(r) for r in note.roles.split(",") if r)


def open_for(session: Session, roles: frozenset[Role]) -> list[Notification]:
    """Returns the unacknowledged notifications addressed to any of roles, newest first."""
    notes = session.exec(
        select(Notification)
        .where(col(Notification.acknowledged_at).is_(None))
        .order_by(col(Notification.created_at).desc())
    ).all()
    return [n for n in notes if _audience(n) & roles]


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
