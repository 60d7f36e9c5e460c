"""Pure rules for bags: the lifecycle table (DESIGN §3), how a bag follows its lot, whether a
bag may be used or labelled at a given time, and division codes.

Decisions where DESIGN §3 is silent (recorded here because this table is what validation reads):
- A bag is formulated into ``quarantine`` and is released only by its lot's QA release (a
  conditional release releases the bags too; the bedside shows and asks to acknowledge it).
- A lot recall recalls every bag that is not infused, destroyed or expired.
- A rejected lot's bags stay in quarantine (they were never released and can never be) until
  their destruction is recorded; a held lot's bags are in quarantine too.
- ``expired`` is evaluated against the clock on every read (``effective_status``): a bag past
  its expiry time is expired whether or not the move has been recorded yet.
- A returned bag goes back to stock only through QA (``released``), or is destroyed.
- A bag not yet infused is held (``quarantine``) when a late result of its released lot is out
  of specification, or when QA quarantines it: from released, dispatched, at the ward or
  returned. It leaves quarantine only by QA's signed release from quarantine (after assessment),
  by its lot's recall, or by its destruction; a later release decision on its lot (conditional
  to full) does not release it. An infused bag is never moved again (the look-back lists it).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum
from string import ascii_uppercase
from typing import Final

from cellchain.errors import BadInput, Conflict
from cellchain.lifecycle import Lifecycle


class BagStatus(StrEnum):
    """DESIGN §3 bag vocabulary (API values)."""

    QUARANTINE = "quarantine"
    RELEASED = "released"
    DISPATCHED = "dispatched"
    AT_WARD = "at_ward"
    INFUSED = "infused"
    RETURNED = "returned"
    DESTROYED = "destroyed"
    EXPIRED = "expired"
    RECALLED = "recalled"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


TRANSITIONS: Final[Mapping[BagStatus, frozenset[BagStatus]]] = {
    BagStatus.QUARANTINE: frozenset({BagStatus.RELEASED, BagStatus.RECALLED,
                                     BagStatus.DESTROYED}),
    BagStatus.RELEASED: frozenset({BagStatus.DISPATCHED, BagStatus.RECALLED, BagStatus.EXPIRED,
                                   BagStatus.DESTROYED, BagStatus.QUARANTINE}),
    BagStatus.DISPATCHED: frozenset({BagStatus.AT_WARD, BagStatus.RETURNED, BagStatus.RECALLED,
                                     BagStatus.EXPIRED, BagStatus.QUARANTINE}),
    BagStatus.AT_WARD: frozenset({BagStatus.INFUSED, BagStatus.RETURNED, BagStatus.RECALLED,
                                  BagStatus.EXPIRED, BagStatus.DESTROYED, BagStatus.QUARANTINE}),
    BagStatus.RETURNED: frozenset({BagStatus.RELEASED, BagStatus.RECALLED, BagStatus.DESTROYED,
                                   BagStatus.QUARANTINE}),
    BagStatus.EXPIRED: frozenset({BagStatus.DESTROYED}),
    BagStatus.RECALLED: frozenset({BagStatus.DESTROYED}),
    BagStatus.INFUSED: frozenset(),
    BagStatus.DESTROYED: frozenset(),
}

# What must be true before a bag may enter each status: used to explain a refusal.
_PREREQUISITE: Final[Mapping[BagStatus, str]] = {
    BagStatus.QUARANTINE: "a bag is quarantined when it is formulated, or held while released, "
                          "dispatched, at the ward or returned",
    BagStatus.RELEASED: "only a quarantined or returned bag is released, by its lot's release",
    BagStatus.DISPATCHED: "only a released bag is dispatched",
    BagStatus.AT_WARD: "only a dispatched bag is received at the ward",
    BagStatus.INFUSED: "only a bag received at the ward is infused",
    BagStatus.RETURNED: "only a dispatched bag or one at the ward is returned",
    BagStatus.DESTROYED: "an infused or destroyed bag has no further disposition",
    BagStatus.EXPIRED: "only a bag in use (released, dispatched or at the ward) expires",
    BagStatus.RECALLED: "an infused, expired or destroyed bag is not recalled",
}

# Statuses in which a bag is available for use, if its lot is released and it is in date.
IN_USE: Final = frozenset({BagStatus.RELEASED, BagStatus.DISPATCHED, BagStatus.AT_WARD})
# Lot statuses (values of cellchain.lots.states.LotState) under which its bags may be used.
USABLE_LOT_STATUSES: Final = frozenset({"released", "conditionally_released"})
# Bag statuses whose label may not be printed: out of use for good, or in use elsewhere.
_NO_LABEL: Final = frozenset({BagStatus.INFUSED, BagStatus.RETURNED, BagStatus.DESTROYED,
                              BagStatus.EXPIRED, BagStatus.RECALLED})
# Lot statuses under which no bag label is printed (quarantine during QC is labelled).
_NO_LABEL_LOT: Final = frozenset({"on_hold", "rejected", "recalled", "closed"})


class InvalidBagMove(Conflict):
    """A move the bag lifecycle does not allow."""


LIFECYCLE: Final = Lifecycle("Bag", TRANSITIONS, _PREREQUISITE, InvalidBagMove)


def check_move(bag_label: str, current: BagStatus, target: BagStatus) -> None:
    """Raises InvalidBagMove with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(bag_label, current, target)


def follows_lot(lot_status: str, bag_status: BagStatus, *, lot_before: str | None = None
                ) -> BagStatus | None:
    """Returns the status a bag moves to when its lot enters lot_status from lot_before (None:
    it stays). Only the lot's first release releases its quarantined bags: a bag held after
    that (a late result, QA's quarantine) waits for QA's signed release from quarantine."""
    if (lot_status in USABLE_LOT_STATUSES and bag_status == BagStatus.QUARANTINE
            and lot_before not in USABLE_LOT_STATUSES):
        return BagStatus.RELEASED
    if lot_status == "recalled" and BagStatus.RECALLED in TRANSITIONS[bag_status]:
        return BagStatus.RECALLED
    return None


def held_by_late_result(bag_status: BagStatus) -> bool:
    """Whether a late out-of-specification result of its lot puts the bag on hold: every bag
    that may still reach a subject (not infused, not already held or out of use for good)."""
    return BagStatus.QUARANTINE in TRANSITIONS[bag_status]


def quarantine_release_refusals(
    *, status: BagStatus, lot_status: str, failing_tests: list[str]
) -> list[str]:
    """Returns every reason QA may not release the bag from quarantine now (empty: it may):
    the bag must be held, its lot released, and no current result of the lot out of
    specification (the result that held it must be corrected, or the lot recalled)."""
    reasons = []
    if status != BagStatus.QUARANTINE:
        reasons.append(f"the bag is {status.label}, not in quarantine")
    if lot_status not in USABLE_LOT_STATUSES:
        reasons.append(f"its lot is {lot_status.replace('_', ' ')}, not released")
    reasons += [f"{test} of its lot is out of specification" for test in failing_tests]
    return reasons


def is_expired(expires_at: datetime, now: datetime) -> bool:
    """A bag is expired from its expiry instant on (the label's date and time)."""
    return now >= expires_at


def effective_status(status: BagStatus, expires_at: datetime, now: datetime) -> BagStatus:
    """Returns the status to show: a bag in use past its expiry time is expired."""
    if status in IN_USE and is_expired(expires_at, now):
        return BagStatus.EXPIRED
    return status


def unusable_reasons(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag may not be used now (empty: usable)."""
    reasons = []
    if status not in IN_USE:
        reasons.append(f"the bag is {status.label}, not released")
    if lot_status not in USABLE_LOT_STATUSES:
        reasons.append(f"its lot is {lot_status.replace('_', ' ')}, not released")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def label_refusals(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag's label may not be printed now (empty: it may).

    A quarantined bag of a lot in QC is labelled (labels go on at formulation); a bag that is
    out of use, whose lot is held, rejected or recalled, or that is past its expiry is not.
    """
    reasons = []
    if status in _NO_LABEL:
        reasons.append(f"the bag is {status.label}")
    if lot_status in _NO_LABEL_LOT:
        reasons.append(f"its lot is {lot_status.replace('_', ' ')}")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


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
