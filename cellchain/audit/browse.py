"""Reading the audit trail as a reviewer does: filtered, a page at a time, in words, and as a
CSV export of the same view. Reads only; the export's own audit record is written by
``export`` in the caller's transaction.

One projection decides what a reader sees (DESIGN §4 rule 6), and the page, its counts and
the export all come from the one query built here. Unfiltered, a blinded reader sees every
sequence number (the trail is visibly complete) with a neutral line for a record they may not
read. Filtered, only records they may read can match, so a filter never tells them whether a
hidden record exists: a hidden identifier gets the same answer as one that does not exist.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, false, or_
from sqlmodel import Session, col, func, select
from sqlmodel.sql.expression import SelectOfScalar

from cellchain.audit import service as audit
from cellchain.audit.filters import AuditFilter, time_range
from cellchain.audit.models import AuditEvent
from cellchain.audit.records import Roles, json_text, names_for, records_named, usernames
from cellchain.audit.service import Actor
from cellchain.audit.words import Line, action_label, actor_text, change_lines, references
from cellchain.auth.service import find_user
from cellchain.blinding import rules as blinding
from cellchain.blinding.rules import Blinding
from cellchain.errors import BadInput

PAGE_SIZE = 50
RESTRICTED = "Restricted record: its content is not shown to blinded roles."


@dataclass(frozen=True)
class TrailRow:
    seq: int
    visible: bool
    at: datetime | None = None
    who: str = ""
    action: str = ""
    record: str = ""
    lines: tuple[Line, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class TrailPage:
    rows: list[TrailRow]
    total: int
    page: int
    pages: int


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _named(session: Session, typed: str, roles: Roles) -> ColumnElement[bool]:
    named = records_named(session, typed, roles)
    by_kind: dict[str, list[str]] = {}
    for kind, entity_id in sorted(named.keys):
        by_kind.setdefault(kind, []).append(entity_id)
    conditions: list[ColumnElement[bool]] = [
        and_(col(AuditEvent.entity_type) == kind, col(AuditEvent.entity_id).in_(ids))
        for kind, ids in by_kind.items()]
    for text in named.texts:
        pattern = _like(json_text(text))
        conditions += [col(AuditEvent.changes).like(pattern, escape="\\"),
                       col(AuditEvent.data).like(pattern, escape="\\")]
    return or_(*conditions) if conditions else false()


def _query(session: Session, flt: AuditFilter, roles: Roles,
           zone: ZoneInfo) -> SelectOfScalar[AuditEvent]:
    query = select(AuditEvent)
    if flt.active and not blinding.is_unblinded(roles):
        query = query.where(AuditEvent.blinding == Blinding.OPEN.value)
    if flt.user:
        # User IDs are not hidden from any reader of the trail, so naming an unknown one is
        # no disclosure; it is most likely a typing error.
        user = find_user(session, flt.user)
        if user is None:
            raise BadInput(f"User: no user has the user ID '{flt.user}'.", field="user")
        query = query.where(AuditEvent.actor_id == user.id)
    if flt.action:
        query = query.where(AuditEvent.action == flt.action)
    span = time_range(flt, zone)
    if span.start is not None:
        query = query.where(col(AuditEvent.at) >= span.start)
    if span.end is not None:
        query = query.where(col(AuditEvent.at) < span.end)
    if flt.record:
        query = query.where(_named(session, flt.record, roles))
    return query


def _rows(session: Session, events: list[AuditEvent], roles: Roles) -> list[TrailRow]:
    shown = [e for e in events if blinding.sees(roles, e.blinding)]
    keys = {(e.entity_type, e.entity_id) for e in shown}
    for e in shown:
        keys |= references(e.changes, e.data)
    names = names_for(session, keys, roles)
    users = usernames(session, [e.actor_id for e in shown if e.actor_id is not None])
    rows = []
    for e in events:
        if not blinding.sees(roles, e.blinding):
            rows.append(TrailRow(e.seq, visible=False))
            continue
        rows.append(TrailRow(
            e.seq, True, e.at,
            actor_text(e.actor_name, users.get(e.actor_id) if e.actor_id else None),
            action_label(e.action), names[(e.entity_type, e.entity_id)],
            tuple(change_lines(e.changes, e.data, names)), e.reason or ""))
    return rows


def page(session: Session, flt: AuditFilter, roles: Roles, *, zone: ZoneInfo,
         number: int) -> TrailPage:
    """One page of the filtered trail, newest first, with the count of every match."""
    query = _query(session, flt, roles, zone)
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    pages = max(1, -(-total // PAGE_SIZE))
    events = list(session.exec(query.order_by(col(AuditEvent.seq).desc())
                               .offset((number - 1) * PAGE_SIZE).limit(PAGE_SIZE)))
    return TrailPage(_rows(session, events, roles), total, number, pages)


CSV_HEADER = ("Sequence", "When", "Who", "Action", "Record", "Changes", "Reason")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A cell a spreadsheet shows as text: one that would start a formula gets a leading
    apostrophe (OWASP CSV injection)."""
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def export(session: Session, flt: AuditFilter, *, actor: Actor, roles: Roles, zone: ZoneInfo,
           now: datetime) -> tuple[str, int]:
    """The whole filtered view as CSV text and its row count, and one audit record of the
    export (a disclosure of records) with the filter used and the count, in the caller's
    transaction."""
    query = _query(session, flt, roles, zone)
    events = list(session.exec(query.order_by(col(AuditEvent.seq).desc())))
    rows = _rows(session, events, roles)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for row in rows:
        if not row.visible:
            writer.writerow([str(row.seq), "", "", "", "", RESTRICTED, ""])
            continue
        when = row.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S %Z") if row.at else ""
        writer.writerow([csv_cell(v) for v in (
            str(row.seq), when, row.who, row.action, row.record,
            "\n".join(line.text() for line in row.lines), row.reason)])
    last_seq, _ = audit.head(session)
    audit.record(session, actor=actor, action="audit.exported", entity_type="audit_trail",
                 entity_id=last_seq, now=now,
                 data={"filter": flt.params(), "rows": len(rows), "format": "csv"})
    return out.getvalue(), len(rows)
