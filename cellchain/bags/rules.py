"""Pure rules for bags: status vocabulary and division codes."""

from __future__ import annotations

from enum import StrEnum
from string import ascii_uppercase

from cellchain.errors import BadInput


class BagStatus(StrEnum):
    """DESIGN §3 bag vocabulary (the custody issue adds the transition table)."""

    QUARANTINE = "quarantine"
    RELEASED = "released"
    DISPATCHED = "dispatched"
    AT_WARD = "at_ward"
    INFUSED = "infused"
    RETURNED = "returned"
    DESTROYED = "destroyed"
    EXPIRED = "expired"
    RECALLED = "recalled"


# ST-001 §2.4.3: first-level divisions are an upper-case letter and ``0`` (A0 = first bag).
MAX_BAGS_PER_LOT = len(ascii_uppercase)


def division_codes(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]
