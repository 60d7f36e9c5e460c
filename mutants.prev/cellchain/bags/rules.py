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
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum
from string import ascii_uppercase
from typing import Final

from cellchain.errors import BadInput, Conflict
from cellchain.lifecycle import Lifecycle


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
                                   BagStatus.DESTROYED}),
    BagStatus.DISPATCHED: frozenset({BagStatus.AT_WARD, BagStatus.RETURNED, BagStatus.RECALLED,
                                     BagStatus.EXPIRED}),
    BagStatus.AT_WARD: frozenset({BagStatus.INFUSED, BagStatus.RETURNED, BagStatus.RECALLED,
                                  BagStatus.EXPIRED, BagStatus.DESTROYED}),
    BagStatus.RETURNED: frozenset({BagStatus.RELEASED, BagStatus.RECALLED, BagStatus.DESTROYED}),
    BagStatus.EXPIRED: frozenset({BagStatus.DESTROYED}),
    BagStatus.RECALLED: frozenset({BagStatus.DESTROYED}),
    BagStatus.INFUSED: frozenset(),
    BagStatus.DESTROYED: frozenset(),
}

# What must be true before a bag may enter each status: used to explain a refusal.
_PREREQUISITE: Final[Mapping[BagStatus, str]] = {
    BagStatus.QUARANTINE: "a bag is quarantined only when it is formulated",
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
mutants_x_check_move__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_move__mutmut)
def check_move(bag_label: str, current: BagStatus, target: BagStatus) -> None:
    """Raises InvalidBagMove with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(bag_label, current, target)


def x_check_move__mutmut_orig(bag_label: str, current: BagStatus, target: BagStatus) -> None:
    """Raises InvalidBagMove with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(bag_label, current, target)


def x_check_move__mutmut_1(bag_label: str, current: BagStatus, target: BagStatus) -> None:
    """Raises InvalidBagMove with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(None, current, target)


def x_check_move__mutmut_2(bag_label: str, current: BagStatus, target: BagStatus) -> None:
    """Raises InvalidBagMove with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(bag_label, None, target)


def x_check_move__mutmut_3(bag_label: str, current: BagStatus, target: BagStatus) -> None:
    """Raises InvalidBagMove with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(bag_label, current, None)


def x_check_move__mutmut_4(bag_label: str, current: BagStatus, target: BagStatus) -> None:
    """Raises InvalidBagMove with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(current, target)


def x_check_move__mutmut_5(bag_label: str, current: BagStatus, target: BagStatus) -> None:
    """Raises InvalidBagMove with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(bag_label, target)


def x_check_move__mutmut_6(bag_label: str, current: BagStatus, target: BagStatus) -> None:
    """Raises InvalidBagMove with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(bag_label, current, )

mutants_x_check_move__mutmut['_mutmut_orig'] = x_check_move__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_move__mutmut['x_check_move__mutmut_1'] = x_check_move__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_move__mutmut['x_check_move__mutmut_2'] = x_check_move__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_move__mutmut['x_check_move__mutmut_3'] = x_check_move__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_move__mutmut['x_check_move__mutmut_4'] = x_check_move__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_move__mutmut['x_check_move__mutmut_5'] = x_check_move__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_move__mutmut['x_check_move__mutmut_6'] = x_check_move__mutmut_6 # type: ignore # mutmut generated
mutants_x_follows_lot__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_follows_lot__mutmut)
def follows_lot(lot_status: str, bag_status: BagStatus) -> BagStatus | None:
    """Returns the status a bag moves to when its lot enters lot_status (None: it stays)."""
    if lot_status in USABLE_LOT_STATUSES and bag_status == BagStatus.QUARANTINE:
        return BagStatus.RELEASED
    if lot_status == "recalled" and BagStatus.RECALLED in TRANSITIONS[bag_status]:
        return BagStatus.RECALLED
    return None


def x_follows_lot__mutmut_orig(lot_status: str, bag_status: BagStatus) -> BagStatus | None:
    """Returns the status a bag moves to when its lot enters lot_status (None: it stays)."""
    if lot_status in USABLE_LOT_STATUSES and bag_status == BagStatus.QUARANTINE:
        return BagStatus.RELEASED
    if lot_status == "recalled" and BagStatus.RECALLED in TRANSITIONS[bag_status]:
        return BagStatus.RECALLED
    return None


def x_follows_lot__mutmut_1(lot_status: str, bag_status: BagStatus) -> BagStatus | None:
    """Returns the status a bag moves to when its lot enters lot_status (None: it stays)."""
    if lot_status in USABLE_LOT_STATUSES or bag_status == BagStatus.QUARANTINE:
        return BagStatus.RELEASED
    if lot_status == "recalled" and BagStatus.RECALLED in TRANSITIONS[bag_status]:
        return BagStatus.RECALLED
    return None


def x_follows_lot__mutmut_2(lot_status: str, bag_status: BagStatus) -> BagStatus | None:
    """Returns the status a bag moves to when its lot enters lot_status (None: it stays)."""
    if lot_status not in USABLE_LOT_STATUSES and bag_status == BagStatus.QUARANTINE:
        return BagStatus.RELEASED
    if lot_status == "recalled" and BagStatus.RECALLED in TRANSITIONS[bag_status]:
        return BagStatus.RECALLED
    return None


def x_follows_lot__mutmut_3(lot_status: str, bag_status: BagStatus) -> BagStatus | None:
    """Returns the status a bag moves to when its lot enters lot_status (None: it stays)."""
    if lot_status in USABLE_LOT_STATUSES and bag_status != BagStatus.QUARANTINE:
        return BagStatus.RELEASED
    if lot_status == "recalled" and BagStatus.RECALLED in TRANSITIONS[bag_status]:
        return BagStatus.RECALLED
    return None


def x_follows_lot__mutmut_4(lot_status: str, bag_status: BagStatus) -> BagStatus | None:
    """Returns the status a bag moves to when its lot enters lot_status (None: it stays)."""
    if lot_status in USABLE_LOT_STATUSES and bag_status == BagStatus.QUARANTINE:
        return BagStatus.RELEASED
    if lot_status == "recalled" or BagStatus.RECALLED in TRANSITIONS[bag_status]:
        return BagStatus.RECALLED
    return None


def x_follows_lot__mutmut_5(lot_status: str, bag_status: BagStatus) -> BagStatus | None:
    """Returns the status a bag moves to when its lot enters lot_status (None: it stays)."""
    if lot_status in USABLE_LOT_STATUSES and bag_status == BagStatus.QUARANTINE:
        return BagStatus.RELEASED
    if lot_status != "recalled" and BagStatus.RECALLED in TRANSITIONS[bag_status]:
        return BagStatus.RECALLED
    return None


def x_follows_lot__mutmut_6(lot_status: str, bag_status: BagStatus) -> BagStatus | None:
    """Returns the status a bag moves to when its lot enters lot_status (None: it stays)."""
    if lot_status in USABLE_LOT_STATUSES and bag_status == BagStatus.QUARANTINE:
        return BagStatus.RELEASED
    if lot_status == "XXrecalledXX" and BagStatus.RECALLED in TRANSITIONS[bag_status]:
        return BagStatus.RECALLED
    return None


def x_follows_lot__mutmut_7(lot_status: str, bag_status: BagStatus) -> BagStatus | None:
    """Returns the status a bag moves to when its lot enters lot_status (None: it stays)."""
    if lot_status in USABLE_LOT_STATUSES and bag_status == BagStatus.QUARANTINE:
        return BagStatus.RELEASED
    if lot_status == "RECALLED" and BagStatus.RECALLED in TRANSITIONS[bag_status]:
        return BagStatus.RECALLED
    return None


def x_follows_lot__mutmut_8(lot_status: str, bag_status: BagStatus) -> BagStatus | None:
    """Returns the status a bag moves to when its lot enters lot_status (None: it stays)."""
    if lot_status in USABLE_LOT_STATUSES and bag_status == BagStatus.QUARANTINE:
        return BagStatus.RELEASED
    if lot_status == "recalled" and BagStatus.RECALLED not in TRANSITIONS[bag_status]:
        return BagStatus.RECALLED
    return None

mutants_x_follows_lot__mutmut['_mutmut_orig'] = x_follows_lot__mutmut_orig # type: ignore # mutmut generated
mutants_x_follows_lot__mutmut['x_follows_lot__mutmut_1'] = x_follows_lot__mutmut_1 # type: ignore # mutmut generated
mutants_x_follows_lot__mutmut['x_follows_lot__mutmut_2'] = x_follows_lot__mutmut_2 # type: ignore # mutmut generated
mutants_x_follows_lot__mutmut['x_follows_lot__mutmut_3'] = x_follows_lot__mutmut_3 # type: ignore # mutmut generated
mutants_x_follows_lot__mutmut['x_follows_lot__mutmut_4'] = x_follows_lot__mutmut_4 # type: ignore # mutmut generated
mutants_x_follows_lot__mutmut['x_follows_lot__mutmut_5'] = x_follows_lot__mutmut_5 # type: ignore # mutmut generated
mutants_x_follows_lot__mutmut['x_follows_lot__mutmut_6'] = x_follows_lot__mutmut_6 # type: ignore # mutmut generated
mutants_x_follows_lot__mutmut['x_follows_lot__mutmut_7'] = x_follows_lot__mutmut_7 # type: ignore # mutmut generated
mutants_x_follows_lot__mutmut['x_follows_lot__mutmut_8'] = x_follows_lot__mutmut_8 # type: ignore # mutmut generated
mutants_x_is_expired__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_expired__mutmut)
def is_expired(expires_at: datetime, now: datetime) -> bool:
    """A bag is expired from its expiry instant on (the label's date and time)."""
    return now >= expires_at


def x_is_expired__mutmut_orig(expires_at: datetime, now: datetime) -> bool:
    """A bag is expired from its expiry instant on (the label's date and time)."""
    return now >= expires_at


def x_is_expired__mutmut_1(expires_at: datetime, now: datetime) -> bool:
    """A bag is expired from its expiry instant on (the label's date and time)."""
    return now > expires_at

mutants_x_is_expired__mutmut['_mutmut_orig'] = x_is_expired__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_expired__mutmut['x_is_expired__mutmut_1'] = x_is_expired__mutmut_1 # type: ignore # mutmut generated
mutants_x_effective_status__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_effective_status__mutmut)
def effective_status(status: BagStatus, expires_at: datetime, now: datetime) -> BagStatus:
    """Returns the status to show: a bag in use past its expiry time is expired."""
    if status in IN_USE and is_expired(expires_at, now):
        return BagStatus.EXPIRED
    return status


def x_effective_status__mutmut_orig(status: BagStatus, expires_at: datetime, now: datetime) -> BagStatus:
    """Returns the status to show: a bag in use past its expiry time is expired."""
    if status in IN_USE and is_expired(expires_at, now):
        return BagStatus.EXPIRED
    return status


def x_effective_status__mutmut_1(status: BagStatus, expires_at: datetime, now: datetime) -> BagStatus:
    """Returns the status to show: a bag in use past its expiry time is expired."""
    if status in IN_USE or is_expired(expires_at, now):
        return BagStatus.EXPIRED
    return status


def x_effective_status__mutmut_2(status: BagStatus, expires_at: datetime, now: datetime) -> BagStatus:
    """Returns the status to show: a bag in use past its expiry time is expired."""
    if status not in IN_USE and is_expired(expires_at, now):
        return BagStatus.EXPIRED
    return status


def x_effective_status__mutmut_3(status: BagStatus, expires_at: datetime, now: datetime) -> BagStatus:
    """Returns the status to show: a bag in use past its expiry time is expired."""
    if status in IN_USE and is_expired(None, now):
        return BagStatus.EXPIRED
    return status


def x_effective_status__mutmut_4(status: BagStatus, expires_at: datetime, now: datetime) -> BagStatus:
    """Returns the status to show: a bag in use past its expiry time is expired."""
    if status in IN_USE and is_expired(expires_at, None):
        return BagStatus.EXPIRED
    return status


def x_effective_status__mutmut_5(status: BagStatus, expires_at: datetime, now: datetime) -> BagStatus:
    """Returns the status to show: a bag in use past its expiry time is expired."""
    if status in IN_USE and is_expired(now):
        return BagStatus.EXPIRED
    return status


def x_effective_status__mutmut_6(status: BagStatus, expires_at: datetime, now: datetime) -> BagStatus:
    """Returns the status to show: a bag in use past its expiry time is expired."""
    if status in IN_USE and is_expired(expires_at, ):
        return BagStatus.EXPIRED
    return status

mutants_x_effective_status__mutmut['_mutmut_orig'] = x_effective_status__mutmut_orig # type: ignore # mutmut generated
mutants_x_effective_status__mutmut['x_effective_status__mutmut_1'] = x_effective_status__mutmut_1 # type: ignore # mutmut generated
mutants_x_effective_status__mutmut['x_effective_status__mutmut_2'] = x_effective_status__mutmut_2 # type: ignore # mutmut generated
mutants_x_effective_status__mutmut['x_effective_status__mutmut_3'] = x_effective_status__mutmut_3 # type: ignore # mutmut generated
mutants_x_effective_status__mutmut['x_effective_status__mutmut_4'] = x_effective_status__mutmut_4 # type: ignore # mutmut generated
mutants_x_effective_status__mutmut['x_effective_status__mutmut_5'] = x_effective_status__mutmut_5 # type: ignore # mutmut generated
mutants_x_effective_status__mutmut['x_effective_status__mutmut_6'] = x_effective_status__mutmut_6 # type: ignore # mutmut generated
mutants_x_unusable_reasons__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_unusable_reasons__mutmut)
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


def x_unusable_reasons__mutmut_orig(
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


def x_unusable_reasons__mutmut_1(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag may not be used now (empty: usable)."""
    reasons = None
    if status not in IN_USE:
        reasons.append(f"the bag is {status.label}, not released")
    if lot_status not in USABLE_LOT_STATUSES:
        reasons.append(f"its lot is {lot_status.replace('_', ' ')}, not released")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_unusable_reasons__mutmut_2(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag may not be used now (empty: usable)."""
    reasons = []
    if status in IN_USE:
        reasons.append(f"the bag is {status.label}, not released")
    if lot_status not in USABLE_LOT_STATUSES:
        reasons.append(f"its lot is {lot_status.replace('_', ' ')}, not released")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_unusable_reasons__mutmut_3(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag may not be used now (empty: usable)."""
    reasons = []
    if status not in IN_USE:
        reasons.append(None)
    if lot_status not in USABLE_LOT_STATUSES:
        reasons.append(f"its lot is {lot_status.replace('_', ' ')}, not released")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_unusable_reasons__mutmut_4(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag may not be used now (empty: usable)."""
    reasons = []
    if status not in IN_USE:
        reasons.append(f"the bag is {status.label}, not released")
    if lot_status in USABLE_LOT_STATUSES:
        reasons.append(f"its lot is {lot_status.replace('_', ' ')}, not released")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_unusable_reasons__mutmut_5(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag may not be used now (empty: usable)."""
    reasons = []
    if status not in IN_USE:
        reasons.append(f"the bag is {status.label}, not released")
    if lot_status not in USABLE_LOT_STATUSES:
        reasons.append(None)
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_unusable_reasons__mutmut_6(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag may not be used now (empty: usable)."""
    reasons = []
    if status not in IN_USE:
        reasons.append(f"the bag is {status.label}, not released")
    if lot_status not in USABLE_LOT_STATUSES:
        reasons.append(f"its lot is {lot_status.replace(None, ' ')}, not released")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_unusable_reasons__mutmut_7(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag may not be used now (empty: usable)."""
    reasons = []
    if status not in IN_USE:
        reasons.append(f"the bag is {status.label}, not released")
    if lot_status not in USABLE_LOT_STATUSES:
        reasons.append(f"its lot is {lot_status.replace('_', None)}, not released")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_unusable_reasons__mutmut_8(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag may not be used now (empty: usable)."""
    reasons = []
    if status not in IN_USE:
        reasons.append(f"the bag is {status.label}, not released")
    if lot_status not in USABLE_LOT_STATUSES:
        reasons.append(f"its lot is {lot_status.replace(' ')}, not released")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_unusable_reasons__mutmut_9(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag may not be used now (empty: usable)."""
    reasons = []
    if status not in IN_USE:
        reasons.append(f"the bag is {status.label}, not released")
    if lot_status not in USABLE_LOT_STATUSES:
        reasons.append(f"its lot is {lot_status.replace('_', )}, not released")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_unusable_reasons__mutmut_10(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag may not be used now (empty: usable)."""
    reasons = []
    if status not in IN_USE:
        reasons.append(f"the bag is {status.label}, not released")
    if lot_status not in USABLE_LOT_STATUSES:
        reasons.append(f"its lot is {lot_status.replace('XX_XX', ' ')}, not released")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_unusable_reasons__mutmut_11(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag may not be used now (empty: usable)."""
    reasons = []
    if status not in IN_USE:
        reasons.append(f"the bag is {status.label}, not released")
    if lot_status not in USABLE_LOT_STATUSES:
        reasons.append(f"its lot is {lot_status.replace('_', 'XX XX')}, not released")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_unusable_reasons__mutmut_12(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag may not be used now (empty: usable)."""
    reasons = []
    if status not in IN_USE:
        reasons.append(f"the bag is {status.label}, not released")
    if lot_status not in USABLE_LOT_STATUSES:
        reasons.append(f"its lot is {lot_status.replace('_', ' ')}, not released")
    if is_expired(None, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_unusable_reasons__mutmut_13(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag may not be used now (empty: usable)."""
    reasons = []
    if status not in IN_USE:
        reasons.append(f"the bag is {status.label}, not released")
    if lot_status not in USABLE_LOT_STATUSES:
        reasons.append(f"its lot is {lot_status.replace('_', ' ')}, not released")
    if is_expired(expires_at, None):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_unusable_reasons__mutmut_14(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag may not be used now (empty: usable)."""
    reasons = []
    if status not in IN_USE:
        reasons.append(f"the bag is {status.label}, not released")
    if lot_status not in USABLE_LOT_STATUSES:
        reasons.append(f"its lot is {lot_status.replace('_', ' ')}, not released")
    if is_expired(now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_unusable_reasons__mutmut_15(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag may not be used now (empty: usable)."""
    reasons = []
    if status not in IN_USE:
        reasons.append(f"the bag is {status.label}, not released")
    if lot_status not in USABLE_LOT_STATUSES:
        reasons.append(f"its lot is {lot_status.replace('_', ' ')}, not released")
    if is_expired(expires_at, ):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_unusable_reasons__mutmut_16(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag may not be used now (empty: usable)."""
    reasons = []
    if status not in IN_USE:
        reasons.append(f"the bag is {status.label}, not released")
    if lot_status not in USABLE_LOT_STATUSES:
        reasons.append(f"its lot is {lot_status.replace('_', ' ')}, not released")
    if is_expired(expires_at, now):
        reasons.append(None)
    return reasons

mutants_x_unusable_reasons__mutmut['_mutmut_orig'] = x_unusable_reasons__mutmut_orig # type: ignore # mutmut generated
mutants_x_unusable_reasons__mutmut['x_unusable_reasons__mutmut_1'] = x_unusable_reasons__mutmut_1 # type: ignore # mutmut generated
mutants_x_unusable_reasons__mutmut['x_unusable_reasons__mutmut_2'] = x_unusable_reasons__mutmut_2 # type: ignore # mutmut generated
mutants_x_unusable_reasons__mutmut['x_unusable_reasons__mutmut_3'] = x_unusable_reasons__mutmut_3 # type: ignore # mutmut generated
mutants_x_unusable_reasons__mutmut['x_unusable_reasons__mutmut_4'] = x_unusable_reasons__mutmut_4 # type: ignore # mutmut generated
mutants_x_unusable_reasons__mutmut['x_unusable_reasons__mutmut_5'] = x_unusable_reasons__mutmut_5 # type: ignore # mutmut generated
mutants_x_unusable_reasons__mutmut['x_unusable_reasons__mutmut_6'] = x_unusable_reasons__mutmut_6 # type: ignore # mutmut generated
mutants_x_unusable_reasons__mutmut['x_unusable_reasons__mutmut_7'] = x_unusable_reasons__mutmut_7 # type: ignore # mutmut generated
mutants_x_unusable_reasons__mutmut['x_unusable_reasons__mutmut_8'] = x_unusable_reasons__mutmut_8 # type: ignore # mutmut generated
mutants_x_unusable_reasons__mutmut['x_unusable_reasons__mutmut_9'] = x_unusable_reasons__mutmut_9 # type: ignore # mutmut generated
mutants_x_unusable_reasons__mutmut['x_unusable_reasons__mutmut_10'] = x_unusable_reasons__mutmut_10 # type: ignore # mutmut generated
mutants_x_unusable_reasons__mutmut['x_unusable_reasons__mutmut_11'] = x_unusable_reasons__mutmut_11 # type: ignore # mutmut generated
mutants_x_unusable_reasons__mutmut['x_unusable_reasons__mutmut_12'] = x_unusable_reasons__mutmut_12 # type: ignore # mutmut generated
mutants_x_unusable_reasons__mutmut['x_unusable_reasons__mutmut_13'] = x_unusable_reasons__mutmut_13 # type: ignore # mutmut generated
mutants_x_unusable_reasons__mutmut['x_unusable_reasons__mutmut_14'] = x_unusable_reasons__mutmut_14 # type: ignore # mutmut generated
mutants_x_unusable_reasons__mutmut['x_unusable_reasons__mutmut_15'] = x_unusable_reasons__mutmut_15 # type: ignore # mutmut generated
mutants_x_unusable_reasons__mutmut['x_unusable_reasons__mutmut_16'] = x_unusable_reasons__mutmut_16 # type: ignore # mutmut generated
mutants_x_label_refusals__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_label_refusals__mutmut)
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


def x_label_refusals__mutmut_orig(
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


def x_label_refusals__mutmut_1(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag's label may not be printed now (empty: it may).

    A quarantined bag of a lot in QC is labelled (labels go on at formulation); a bag that is
    out of use, whose lot is held, rejected or recalled, or that is past its expiry is not.
    """
    reasons = None
    if status in _NO_LABEL:
        reasons.append(f"the bag is {status.label}")
    if lot_status in _NO_LABEL_LOT:
        reasons.append(f"its lot is {lot_status.replace('_', ' ')}")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_label_refusals__mutmut_2(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag's label may not be printed now (empty: it may).

    A quarantined bag of a lot in QC is labelled (labels go on at formulation); a bag that is
    out of use, whose lot is held, rejected or recalled, or that is past its expiry is not.
    """
    reasons = []
    if status not in _NO_LABEL:
        reasons.append(f"the bag is {status.label}")
    if lot_status in _NO_LABEL_LOT:
        reasons.append(f"its lot is {lot_status.replace('_', ' ')}")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_label_refusals__mutmut_3(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag's label may not be printed now (empty: it may).

    A quarantined bag of a lot in QC is labelled (labels go on at formulation); a bag that is
    out of use, whose lot is held, rejected or recalled, or that is past its expiry is not.
    """
    reasons = []
    if status in _NO_LABEL:
        reasons.append(None)
    if lot_status in _NO_LABEL_LOT:
        reasons.append(f"its lot is {lot_status.replace('_', ' ')}")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_label_refusals__mutmut_4(
    *, status: BagStatus, lot_status: str, expires_at: datetime, now: datetime
) -> list[str]:
    """Returns every reason the bag's label may not be printed now (empty: it may).

    A quarantined bag of a lot in QC is labelled (labels go on at formulation); a bag that is
    out of use, whose lot is held, rejected or recalled, or that is past its expiry is not.
    """
    reasons = []
    if status in _NO_LABEL:
        reasons.append(f"the bag is {status.label}")
    if lot_status not in _NO_LABEL_LOT:
        reasons.append(f"its lot is {lot_status.replace('_', ' ')}")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_label_refusals__mutmut_5(
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
        reasons.append(None)
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_label_refusals__mutmut_6(
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
        reasons.append(f"its lot is {lot_status.replace(None, ' ')}")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_label_refusals__mutmut_7(
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
        reasons.append(f"its lot is {lot_status.replace('_', None)}")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_label_refusals__mutmut_8(
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
        reasons.append(f"its lot is {lot_status.replace(' ')}")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_label_refusals__mutmut_9(
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
        reasons.append(f"its lot is {lot_status.replace('_', )}")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_label_refusals__mutmut_10(
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
        reasons.append(f"its lot is {lot_status.replace('XX_XX', ' ')}")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_label_refusals__mutmut_11(
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
        reasons.append(f"its lot is {lot_status.replace('_', 'XX XX')}")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_label_refusals__mutmut_12(
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
    if is_expired(None, now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_label_refusals__mutmut_13(
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
    if is_expired(expires_at, None):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_label_refusals__mutmut_14(
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
    if is_expired(now):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_label_refusals__mutmut_15(
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
    if is_expired(expires_at, ):
        reasons.append(f"it expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return reasons


def x_label_refusals__mutmut_16(
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
        reasons.append(None)
    return reasons

mutants_x_label_refusals__mutmut['_mutmut_orig'] = x_label_refusals__mutmut_orig # type: ignore # mutmut generated
mutants_x_label_refusals__mutmut['x_label_refusals__mutmut_1'] = x_label_refusals__mutmut_1 # type: ignore # mutmut generated
mutants_x_label_refusals__mutmut['x_label_refusals__mutmut_2'] = x_label_refusals__mutmut_2 # type: ignore # mutmut generated
mutants_x_label_refusals__mutmut['x_label_refusals__mutmut_3'] = x_label_refusals__mutmut_3 # type: ignore # mutmut generated
mutants_x_label_refusals__mutmut['x_label_refusals__mutmut_4'] = x_label_refusals__mutmut_4 # type: ignore # mutmut generated
mutants_x_label_refusals__mutmut['x_label_refusals__mutmut_5'] = x_label_refusals__mutmut_5 # type: ignore # mutmut generated
mutants_x_label_refusals__mutmut['x_label_refusals__mutmut_6'] = x_label_refusals__mutmut_6 # type: ignore # mutmut generated
mutants_x_label_refusals__mutmut['x_label_refusals__mutmut_7'] = x_label_refusals__mutmut_7 # type: ignore # mutmut generated
mutants_x_label_refusals__mutmut['x_label_refusals__mutmut_8'] = x_label_refusals__mutmut_8 # type: ignore # mutmut generated
mutants_x_label_refusals__mutmut['x_label_refusals__mutmut_9'] = x_label_refusals__mutmut_9 # type: ignore # mutmut generated
mutants_x_label_refusals__mutmut['x_label_refusals__mutmut_10'] = x_label_refusals__mutmut_10 # type: ignore # mutmut generated
mutants_x_label_refusals__mutmut['x_label_refusals__mutmut_11'] = x_label_refusals__mutmut_11 # type: ignore # mutmut generated
mutants_x_label_refusals__mutmut['x_label_refusals__mutmut_12'] = x_label_refusals__mutmut_12 # type: ignore # mutmut generated
mutants_x_label_refusals__mutmut['x_label_refusals__mutmut_13'] = x_label_refusals__mutmut_13 # type: ignore # mutmut generated
mutants_x_label_refusals__mutmut['x_label_refusals__mutmut_14'] = x_label_refusals__mutmut_14 # type: ignore # mutmut generated
mutants_x_label_refusals__mutmut['x_label_refusals__mutmut_15'] = x_label_refusals__mutmut_15 # type: ignore # mutmut generated
mutants_x_label_refusals__mutmut['x_label_refusals__mutmut_16'] = x_label_refusals__mutmut_16 # type: ignore # mutmut generated


# ST-001 §2.4.3: first-level divisions are an upper-case letter and ``0`` (A0 = first bag).
MAX_BAGS_PER_LOT = len(ascii_uppercase)
mutants_x_division_codes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_division_codes__mutmut)
def division_codes(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_orig(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_1(count: int, *, already: int = 1) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_2(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count <= 1:
        raise BadInput("bag count must be at least 1", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_3(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 2:
        raise BadInput("bag count must be at least 1", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_4(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput(None, field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_5(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field=None)
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_6(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput(field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_7(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", )
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_8(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("XXbag count must be at least 1XX", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_9(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("BAG COUNT MUST BE AT LEAST 1", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_10(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="XXcountXX")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_11(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="COUNT")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_12(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="count")
    if already - count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_13(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="count")
    if already + count >= MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_14(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(None, field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_15(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field=None)
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_16(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_17(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", )
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_18(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="XXcountXX")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_19(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="COUNT")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already + count)]


def x_division_codes__mutmut_20(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(None, already + count)]


def x_division_codes__mutmut_21(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, None)]


def x_division_codes__mutmut_22(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already + count)]


def x_division_codes__mutmut_23(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, )]


def x_division_codes__mutmut_24(count: int, *, already: int = 0) -> list[str]:
    """Returns the next ``count`` first-level division codes after ``already`` used ones."""
    if count < 1:
        raise BadInput("bag count must be at least 1", field="count")
    if already + count > MAX_BAGS_PER_LOT:
        raise BadInput(f"a lot can have at most {MAX_BAGS_PER_LOT} bags (divisions A0-Z0); "
                       f"{already} exist and {count} more were asked for", field="count")
    return [f"{ascii_uppercase[i]}0" for i in range(already, already - count)]

mutants_x_division_codes__mutmut['_mutmut_orig'] = x_division_codes__mutmut_orig # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_1'] = x_division_codes__mutmut_1 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_2'] = x_division_codes__mutmut_2 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_3'] = x_division_codes__mutmut_3 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_4'] = x_division_codes__mutmut_4 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_5'] = x_division_codes__mutmut_5 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_6'] = x_division_codes__mutmut_6 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_7'] = x_division_codes__mutmut_7 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_8'] = x_division_codes__mutmut_8 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_9'] = x_division_codes__mutmut_9 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_10'] = x_division_codes__mutmut_10 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_11'] = x_division_codes__mutmut_11 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_12'] = x_division_codes__mutmut_12 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_13'] = x_division_codes__mutmut_13 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_14'] = x_division_codes__mutmut_14 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_15'] = x_division_codes__mutmut_15 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_16'] = x_division_codes__mutmut_16 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_17'] = x_division_codes__mutmut_17 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_18'] = x_division_codes__mutmut_18 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_19'] = x_division_codes__mutmut_19 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_20'] = x_division_codes__mutmut_20 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_21'] = x_division_codes__mutmut_21 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_22'] = x_division_codes__mutmut_22 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_23'] = x_division_codes__mutmut_23 # type: ignore # mutmut generated
mutants_x_division_codes__mutmut['x_division_codes__mutmut_24'] = x_division_codes__mutmut_24 # type: ignore # mutmut generated
