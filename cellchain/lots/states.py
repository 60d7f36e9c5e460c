"""The lot lifecycle of DESIGN §3 as data, and the one check every status change goes through.

Decisions where DESIGN §3 is silent (recorded here because this table is what validation reads):
- A lot may be rejected from any pre-release state and from on_hold: a lot found contaminated on
  day 7 must not be pushed through harvest and QC just to be rejected.
- A conditionally released lot becomes released when its pending result (e.g. 14-day sterility)
  is in specification; a failing pending result leads to recall.
- on_hold returns only to the state it was held from (``held_from``).
- closed (every bag has a final disposition) follows released, conditionally_released,
  rejected or recalled, and is terminal.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Final

from cellchain.errors import Conflict
from cellchain.lifecycle import Lifecycle


class LotState(StrEnum):
    PLANNED = "planned"
    ACTIVATED = "activated"
    EXPANDING = "expanding"
    HARVESTED = "harvested"
    IN_QC = "in_qc"
    RELEASED = "released"
    CONDITIONALLY_RELEASED = "conditionally_released"
    REJECTED = "rejected"
    ON_HOLD = "on_hold"
    RECALLED = "recalled"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return "in QC" if self is LotState.IN_QC else self.value.replace("_", " ")


PRE_RELEASE: Final = frozenset(
    {LotState.PLANNED, LotState.ACTIVATED, LotState.EXPANDING, LotState.HARVESTED, LotState.IN_QC}
)

# States in which manufacturing steps are recorded (and fall due); a lot on hold or decided
# takes no new entries.
RECORDING: Final = frozenset(
    {LotState.PLANNED, LotState.ACTIVATED, LotState.EXPANDING, LotState.HARVESTED})
# States whose batch record still takes a correction (manufacture, or held for a deviation) or
# a second person's check (also in QC, where the last checks are made before QA decides). A
# decided lot's record is closed: a change after QA's decision would not be covered by it, so
# a late finding goes to QA as a deviation (21 CFR 211.192).
CORRECTABLE: Final = RECORDING | {LotState.ON_HOLD}
VERIFIABLE: Final = PRE_RELEASE | {LotState.ON_HOLD}

# What must happen before a lot may enter each state: used to explain a refusal.
_PREREQUISITE: Final[Mapping[LotState, str]] = {
    LotState.ACTIVATED: "it must be planned first",
    LotState.EXPANDING: "it must be activated (day 0) first",
    LotState.HARVESTED: "it must be expanding first",
    LotState.IN_QC: "it must be harvested first",
    LotState.RELEASED: "it must be in QC (or conditionally released) first",
    LotState.CONDITIONALLY_RELEASED: "it must be in QC first",
    LotState.REJECTED: "only a lot that is not yet released can be rejected; recall it instead",
    LotState.ON_HOLD: "only a lot that is not yet released can be put on hold",
    LotState.RECALLED: "only a released or conditionally released lot can be recalled",
    LotState.CLOSED: "it must be released, rejected or recalled first",
    LotState.PLANNED: "a lot cannot go back to planned",
}

TRANSITIONS: Final[Mapping[LotState, frozenset[LotState]]] = {
    LotState.PLANNED: frozenset({LotState.ACTIVATED, LotState.ON_HOLD, LotState.REJECTED}),
    LotState.ACTIVATED: frozenset({LotState.EXPANDING, LotState.ON_HOLD, LotState.REJECTED}),
    LotState.EXPANDING: frozenset({LotState.HARVESTED, LotState.ON_HOLD, LotState.REJECTED}),
    LotState.HARVESTED: frozenset({LotState.IN_QC, LotState.ON_HOLD, LotState.REJECTED}),
    LotState.IN_QC: frozenset(
        {
            LotState.RELEASED,
            LotState.CONDITIONALLY_RELEASED,
            LotState.REJECTED,
            LotState.ON_HOLD,
        }
    ),
    LotState.ON_HOLD: PRE_RELEASE | {LotState.REJECTED},
    LotState.CONDITIONALLY_RELEASED: frozenset(
        {LotState.RELEASED, LotState.RECALLED, LotState.CLOSED}
    ),
    LotState.RELEASED: frozenset({LotState.RECALLED, LotState.CLOSED}),
    LotState.REJECTED: frozenset({LotState.CLOSED}),
    LotState.RECALLED: frozenset({LotState.CLOSED}),
    LotState.CLOSED: frozenset(),
}


# Moves that must say why (Annex 11 §9: the reason for a GMP-relevant change is documented).
REASON_REQUIRED: Final = frozenset({LotState.ON_HOLD, LotState.REJECTED, LotState.RECALLED})
# Release blockers (DESIGN §4.2): while a deviation is open a lot is not released, and a hold
# is not lifted. Rejecting stays possible: an open deviation is often why a lot is rejected.
RELEASES: Final = frozenset({LotState.RELEASED, LotState.CONDITIONALLY_RELEASED})


def waits_for_open_deviations(current: LotState, target: LotState) -> bool:
    """True when the move from current to target is refused while any deviation is open."""
    leaves_hold = current == LotState.ON_HOLD and target != LotState.REJECTED
    return target in RELEASES or leaves_hold


def deviation_holds_lot(current: LotState) -> bool:
    """True when opening a deviation puts the lot on hold: only a lot still being made or in
    QC is held; a held lot stays held; a released lot is assessed by QA (a recall, if its bags
    are affected), and a rejected, recalled or closed lot has nothing left to hold."""
    return current in PRE_RELEASE


def deviation_outcome(before: LotState) -> str:
    """Says, in words, what opening a deviation did to a lot that was in state ``before``."""
    if deviation_holds_lot(before):
        return "the lot is on hold"
    if before == LotState.ON_HOLD:
        return "the lot was already on hold and stays on hold"
    if before in RELEASES:
        return (f"the lot is {before.label} and was not put on hold: QA must assess whether "
                "to recall it")
    return f"the lot is {before.label}; its status did not change"


class InvalidTransition(Conflict):
    """A move the lifecycle does not allow."""


LIFECYCLE: Final = Lifecycle("Lot", TRANSITIONS, _PREREQUISITE, InvalidTransition)


def check_transition(
    lot_label: str,
    current: LotState,
    target: LotState,
    *,
    held_from: LotState | None = None,
) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(lot_label, current, target)
    if current == LotState.ON_HOLD and target in PRE_RELEASE and target != held_from:
        back = held_from.label if held_from else "unknown"
        raise InvalidTransition(
            f"Lot {lot_label} is on hold from {back}; it can only return to {back}, "
            f"not to {target.label}."
        )


def allowed_targets(current: LotState, *, held_from: LotState | None = None) -> list[LotState]:
    """Returns the states a lot may move to next, in lifecycle order (for buttons)."""
    order = list(LotState)
    return sorted(
        (t for t in TRANSITIONS[current]
         if not (current == LotState.ON_HOLD and t in PRE_RELEASE and t != held_from)),
        key=order.index,
    )
