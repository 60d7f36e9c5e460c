"""How the dashboard says the age of a piece of work (cellchain.worklists.queues.age)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from cellchain.worklists.queues import age

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("ago", "said"), [
    (timedelta(0), "under a minute"),
    (timedelta(seconds=59), "under a minute"),
    (timedelta(seconds=60), "1 minute"),
    (timedelta(minutes=59, seconds=59), "59 minutes"),
    (timedelta(hours=1), "1 hour"),
    (timedelta(hours=23, minutes=59), "23 hours"),
    (timedelta(days=1), "1 day"),
    (timedelta(days=2, hours=23), "2 days"),
    (timedelta(days=400), "400 days"),
    # A time a little ahead of this server's clock (another process wrote it) is not negative.
    (-timedelta(minutes=3), "under a minute"),
])
def test_age_is_said_in_the_largest_whole_unit(ago: timedelta, said: str) -> None:
    assert age(NOW - ago, NOW) == said
