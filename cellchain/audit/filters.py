"""What a reviewer may filter the audit trail by, read and checked at the edge. Pure.

Dates are site dates (the time zone the site works in, ``Settings.site_timezone``), and the
range includes the whole of its last day: 2026-11-30 to 2026-11-30 is that one local day.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from cellchain.audit.words import ACTION_LABELS
from cellchain.errors import BadInput
from cellchain.inputs.rules import parse_iso_date, text_problem

MAX_TEXT = 64


@dataclass(frozen=True)
class AuditFilter:
    """A reviewer's filter, as typed (kept to refill the form and to name in an export)."""

    record: str = ""  # any identifier a person knows: DIN, subject number, user ID ...
    user: str = ""  # who did it: a user ID (username)
    action: str = ""  # an action code from ACTION_LABELS
    date_from: str = ""  # YYYY-MM-DD, site time
    date_to: str = ""  # YYYY-MM-DD, site time, inclusive

    @property
    def active(self) -> bool:
        return any(asdict(self).values())

    def params(self) -> dict[str, str]:
        """The non-empty fields, for links and for the export's audit record."""
        return {k: v for k, v in asdict(self).items() if v}


@dataclass(frozen=True)
class TimeRange:
    """UTC instants: ``start`` inclusive, ``end`` exclusive (either open when None)."""

    start: datetime | None
    end: datetime | None


_LABELS = {"record": "Record", "user": "User", "action": "Action"}


def read_filter(*, record: str = "", user: str = "", action: str = "", date_from: str = "",
                date_to: str = "") -> AuditFilter:
    """Returns the filter with surrounding spaces removed, or raises BadInput naming the field
    and the rule (control characters, an unknown action, a date that is not one)."""
    given = AuditFilter(record.strip(), user.strip(), action.strip(), date_from.strip(),
                        date_to.strip())
    for name, label in _LABELS.items():
        value = getattr(given, name)
        problem = text_problem(value)
        if problem is None and len(value) > MAX_TEXT:
            problem = f"must be at most {MAX_TEXT} characters"
        if problem is not None:
            raise BadInput(f"{label} {problem}.", field=name)
    if given.action and given.action not in ACTION_LABELS:
        raise BadInput(f"Action '{given.action}' is not an action the audit trail records; "
                       "choose one from the list.", field="action")
    first = _date(given.date_from, "From", "date_from")
    last = _date(given.date_to, "To", "date_to")
    if first and last and last < first:
        raise BadInput(f"To ({last.isoformat()}) is before From ({first.isoformat()}): the "
                       "range must not end before it starts.", field="date_to")
    return given


def _date(text: str, label: str, field: str) -> date | None:
    return parse_iso_date(text, label=label, field=field) if text else None


def _day_start(day: date, zone: ZoneInfo) -> datetime:
    # Local midnight; where the clocks skip midnight, the first instant of that local day.
    return datetime.combine(day, time.min, tzinfo=zone).astimezone(UTC)


def time_range(flt: AuditFilter, zone: ZoneInfo) -> TimeRange:
    """The filter's dates as UTC instants: from the start of the first site day to the start
    of the day after the last (so the whole last day is included, whatever its length)."""
    first = date.fromisoformat(flt.date_from) if flt.date_from else None
    last = date.fromisoformat(flt.date_to) if flt.date_to else None
    return TimeRange(
        _day_start(first, zone) if first else None,
        _day_start(last + timedelta(days=1), zone) if last else None,
    )
