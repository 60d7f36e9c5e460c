"""The only place that reads the wall clock; rules receive ``now`` as an argument."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Returns the current server time, timezone-aware in UTC (ASVS 16.2.2)."""
    return datetime.now(UTC)
