"""The shape of a work queue on the dashboard, and how an age is said. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# How many items a queue shows; the rest are counted ("and N more") and linked where a
# filtered list page exists.
CAP = 20


@dataclass(frozen=True)
class QueueItem:
    label: str
    href: str
    detail: str = ""
    # When the work arose (opened, received, recorded...), shown as its age.
    since: datetime | None = None
    # Urgency of time-driven work (overdue, due, soon), shown before the label.
    flag: str = ""


@dataclass(frozen=True)
class Queue:
    key: str
    title: str
    total: int
    items: list[QueueItem]
    # What appears here and why, shown when the queue is empty.
    empty: str
    more_href: str | None = None
    note: str = ""

    @property
    def more(self) -> int:
        return self.total - len(self.items)


def age(since: datetime, now: datetime) -> str:
    """Says how long ago ``since`` was, in the largest whole unit: '3 days', '5 hours'."""
    seconds = max(0, int((now - since).total_seconds()))
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''}"
    return "under a minute"
