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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
        return self.value.replace("_", " ")


PRE_RELEASE: Final = frozenset(
    {LotState.PLANNED, LotState.ACTIVATED, LotState.EXPANDING, LotState.HARVESTED, LotState.IN_QC}
)

# States in which manufacturing steps are recorded (and fall due); a lot on hold or decided
# takes no new entries.
RECORDING: Final = frozenset(
    {LotState.PLANNED, LotState.ACTIVATED, LotState.EXPANDING, LotState.HARVESTED})

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
_RELEASES: Final = frozenset({LotState.RELEASED, LotState.CONDITIONALLY_RELEASED})
mutants_x_waits_for_open_deviations__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_waits_for_open_deviations__mutmut)
def waits_for_open_deviations(current: LotState, target: LotState) -> bool:
    """True when the move from current to target is refused while any deviation is open."""
    leaves_hold = current == LotState.ON_HOLD and target != LotState.REJECTED
    return target in _RELEASES or leaves_hold


def x_waits_for_open_deviations__mutmut_orig(current: LotState, target: LotState) -> bool:
    """True when the move from current to target is refused while any deviation is open."""
    leaves_hold = current == LotState.ON_HOLD and target != LotState.REJECTED
    return target in _RELEASES or leaves_hold


def x_waits_for_open_deviations__mutmut_1(current: LotState, target: LotState) -> bool:
    """True when the move from current to target is refused while any deviation is open."""
    leaves_hold = None
    return target in _RELEASES or leaves_hold


def x_waits_for_open_deviations__mutmut_2(current: LotState, target: LotState) -> bool:
    """True when the move from current to target is refused while any deviation is open."""
    leaves_hold = current == LotState.ON_HOLD or target != LotState.REJECTED
    return target in _RELEASES or leaves_hold


def x_waits_for_open_deviations__mutmut_3(current: LotState, target: LotState) -> bool:
    """True when the move from current to target is refused while any deviation is open."""
    leaves_hold = current != LotState.ON_HOLD and target != LotState.REJECTED
    return target in _RELEASES or leaves_hold


def x_waits_for_open_deviations__mutmut_4(current: LotState, target: LotState) -> bool:
    """True when the move from current to target is refused while any deviation is open."""
    leaves_hold = current == LotState.ON_HOLD and target == LotState.REJECTED
    return target in _RELEASES or leaves_hold


def x_waits_for_open_deviations__mutmut_5(current: LotState, target: LotState) -> bool:
    """True when the move from current to target is refused while any deviation is open."""
    leaves_hold = current == LotState.ON_HOLD and target != LotState.REJECTED
    return target in _RELEASES and leaves_hold


def x_waits_for_open_deviations__mutmut_6(current: LotState, target: LotState) -> bool:
    """True when the move from current to target is refused while any deviation is open."""
    leaves_hold = current == LotState.ON_HOLD and target != LotState.REJECTED
    return target not in _RELEASES or leaves_hold

mutants_x_waits_for_open_deviations__mutmut['_mutmut_orig'] = x_waits_for_open_deviations__mutmut_orig # type: ignore # mutmut generated
mutants_x_waits_for_open_deviations__mutmut['x_waits_for_open_deviations__mutmut_1'] = x_waits_for_open_deviations__mutmut_1 # type: ignore # mutmut generated
mutants_x_waits_for_open_deviations__mutmut['x_waits_for_open_deviations__mutmut_2'] = x_waits_for_open_deviations__mutmut_2 # type: ignore # mutmut generated
mutants_x_waits_for_open_deviations__mutmut['x_waits_for_open_deviations__mutmut_3'] = x_waits_for_open_deviations__mutmut_3 # type: ignore # mutmut generated
mutants_x_waits_for_open_deviations__mutmut['x_waits_for_open_deviations__mutmut_4'] = x_waits_for_open_deviations__mutmut_4 # type: ignore # mutmut generated
mutants_x_waits_for_open_deviations__mutmut['x_waits_for_open_deviations__mutmut_5'] = x_waits_for_open_deviations__mutmut_5 # type: ignore # mutmut generated
mutants_x_waits_for_open_deviations__mutmut['x_waits_for_open_deviations__mutmut_6'] = x_waits_for_open_deviations__mutmut_6 # type: ignore # mutmut generated
mutants_x_deviation_holds_lot__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_deviation_holds_lot__mutmut)
def deviation_holds_lot(current: LotState) -> bool:
    """True when opening a deviation puts the lot on hold: only a lot still being made or in
    QC is held; a held lot stays held; a released lot is assessed by QA (a recall, if its bags
    are affected), and a rejected, recalled or closed lot has nothing left to hold."""
    return current in PRE_RELEASE


def x_deviation_holds_lot__mutmut_orig(current: LotState) -> bool:
    """True when opening a deviation puts the lot on hold: only a lot still being made or in
    QC is held; a held lot stays held; a released lot is assessed by QA (a recall, if its bags
    are affected), and a rejected, recalled or closed lot has nothing left to hold."""
    return current in PRE_RELEASE


def x_deviation_holds_lot__mutmut_1(current: LotState) -> bool:
    """True when opening a deviation puts the lot on hold: only a lot still being made or in
    QC is held; a held lot stays held; a released lot is assessed by QA (a recall, if its bags
    are affected), and a rejected, recalled or closed lot has nothing left to hold."""
    return current not in PRE_RELEASE

mutants_x_deviation_holds_lot__mutmut['_mutmut_orig'] = x_deviation_holds_lot__mutmut_orig # type: ignore # mutmut generated
mutants_x_deviation_holds_lot__mutmut['x_deviation_holds_lot__mutmut_1'] = x_deviation_holds_lot__mutmut_1 # type: ignore # mutmut generated
mutants_x_deviation_outcome__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_deviation_outcome__mutmut)
def deviation_outcome(before: LotState) -> str:
    """Says, in words, what opening a deviation did to a lot that was in state ``before``."""
    if deviation_holds_lot(before):
        return "the lot is on hold"
    if before == LotState.ON_HOLD:
        return "the lot was already on hold and stays on hold"
    if before in _RELEASES:
        return (f"the lot is {before.label} and was not put on hold: QA must assess whether "
                "to recall it")
    return f"the lot is {before.label}; its status did not change"


def x_deviation_outcome__mutmut_orig(before: LotState) -> str:
    """Says, in words, what opening a deviation did to a lot that was in state ``before``."""
    if deviation_holds_lot(before):
        return "the lot is on hold"
    if before == LotState.ON_HOLD:
        return "the lot was already on hold and stays on hold"
    if before in _RELEASES:
        return (f"the lot is {before.label} and was not put on hold: QA must assess whether "
                "to recall it")
    return f"the lot is {before.label}; its status did not change"


def x_deviation_outcome__mutmut_1(before: LotState) -> str:
    """Says, in words, what opening a deviation did to a lot that was in state ``before``."""
    if deviation_holds_lot(None):
        return "the lot is on hold"
    if before == LotState.ON_HOLD:
        return "the lot was already on hold and stays on hold"
    if before in _RELEASES:
        return (f"the lot is {before.label} and was not put on hold: QA must assess whether "
                "to recall it")
    return f"the lot is {before.label}; its status did not change"


def x_deviation_outcome__mutmut_2(before: LotState) -> str:
    """Says, in words, what opening a deviation did to a lot that was in state ``before``."""
    if deviation_holds_lot(before):
        return "XXthe lot is on holdXX"
    if before == LotState.ON_HOLD:
        return "the lot was already on hold and stays on hold"
    if before in _RELEASES:
        return (f"the lot is {before.label} and was not put on hold: QA must assess whether "
                "to recall it")
    return f"the lot is {before.label}; its status did not change"


def x_deviation_outcome__mutmut_3(before: LotState) -> str:
    """Says, in words, what opening a deviation did to a lot that was in state ``before``."""
    if deviation_holds_lot(before):
        return "THE LOT IS ON HOLD"
    if before == LotState.ON_HOLD:
        return "the lot was already on hold and stays on hold"
    if before in _RELEASES:
        return (f"the lot is {before.label} and was not put on hold: QA must assess whether "
                "to recall it")
    return f"the lot is {before.label}; its status did not change"


def x_deviation_outcome__mutmut_4(before: LotState) -> str:
    """Says, in words, what opening a deviation did to a lot that was in state ``before``."""
    if deviation_holds_lot(before):
        return "the lot is on hold"
    if before != LotState.ON_HOLD:
        return "the lot was already on hold and stays on hold"
    if before in _RELEASES:
        return (f"the lot is {before.label} and was not put on hold: QA must assess whether "
                "to recall it")
    return f"the lot is {before.label}; its status did not change"


def x_deviation_outcome__mutmut_5(before: LotState) -> str:
    """Says, in words, what opening a deviation did to a lot that was in state ``before``."""
    if deviation_holds_lot(before):
        return "the lot is on hold"
    if before == LotState.ON_HOLD:
        return "XXthe lot was already on hold and stays on holdXX"
    if before in _RELEASES:
        return (f"the lot is {before.label} and was not put on hold: QA must assess whether "
                "to recall it")
    return f"the lot is {before.label}; its status did not change"


def x_deviation_outcome__mutmut_6(before: LotState) -> str:
    """Says, in words, what opening a deviation did to a lot that was in state ``before``."""
    if deviation_holds_lot(before):
        return "the lot is on hold"
    if before == LotState.ON_HOLD:
        return "THE LOT WAS ALREADY ON HOLD AND STAYS ON HOLD"
    if before in _RELEASES:
        return (f"the lot is {before.label} and was not put on hold: QA must assess whether "
                "to recall it")
    return f"the lot is {before.label}; its status did not change"


def x_deviation_outcome__mutmut_7(before: LotState) -> str:
    """Says, in words, what opening a deviation did to a lot that was in state ``before``."""
    if deviation_holds_lot(before):
        return "the lot is on hold"
    if before == LotState.ON_HOLD:
        return "the lot was already on hold and stays on hold"
    if before not in _RELEASES:
        return (f"the lot is {before.label} and was not put on hold: QA must assess whether "
                "to recall it")
    return f"the lot is {before.label}; its status did not change"


def x_deviation_outcome__mutmut_8(before: LotState) -> str:
    """Says, in words, what opening a deviation did to a lot that was in state ``before``."""
    if deviation_holds_lot(before):
        return "the lot is on hold"
    if before == LotState.ON_HOLD:
        return "the lot was already on hold and stays on hold"
    if before in _RELEASES:
        return (f"the lot is {before.label} and was not put on hold: QA must assess whether "
                "XXto recall itXX")
    return f"the lot is {before.label}; its status did not change"


def x_deviation_outcome__mutmut_9(before: LotState) -> str:
    """Says, in words, what opening a deviation did to a lot that was in state ``before``."""
    if deviation_holds_lot(before):
        return "the lot is on hold"
    if before == LotState.ON_HOLD:
        return "the lot was already on hold and stays on hold"
    if before in _RELEASES:
        return (f"the lot is {before.label} and was not put on hold: QA must assess whether "
                "TO RECALL IT")
    return f"the lot is {before.label}; its status did not change"

mutants_x_deviation_outcome__mutmut['_mutmut_orig'] = x_deviation_outcome__mutmut_orig # type: ignore # mutmut generated
mutants_x_deviation_outcome__mutmut['x_deviation_outcome__mutmut_1'] = x_deviation_outcome__mutmut_1 # type: ignore # mutmut generated
mutants_x_deviation_outcome__mutmut['x_deviation_outcome__mutmut_2'] = x_deviation_outcome__mutmut_2 # type: ignore # mutmut generated
mutants_x_deviation_outcome__mutmut['x_deviation_outcome__mutmut_3'] = x_deviation_outcome__mutmut_3 # type: ignore # mutmut generated
mutants_x_deviation_outcome__mutmut['x_deviation_outcome__mutmut_4'] = x_deviation_outcome__mutmut_4 # type: ignore # mutmut generated
mutants_x_deviation_outcome__mutmut['x_deviation_outcome__mutmut_5'] = x_deviation_outcome__mutmut_5 # type: ignore # mutmut generated
mutants_x_deviation_outcome__mutmut['x_deviation_outcome__mutmut_6'] = x_deviation_outcome__mutmut_6 # type: ignore # mutmut generated
mutants_x_deviation_outcome__mutmut['x_deviation_outcome__mutmut_7'] = x_deviation_outcome__mutmut_7 # type: ignore # mutmut generated
mutants_x_deviation_outcome__mutmut['x_deviation_outcome__mutmut_8'] = x_deviation_outcome__mutmut_8 # type: ignore # mutmut generated
mutants_x_deviation_outcome__mutmut['x_deviation_outcome__mutmut_9'] = x_deviation_outcome__mutmut_9 # type: ignore # mutmut generated


class InvalidTransition(Conflict):
    """A move the lifecycle does not allow."""


LIFECYCLE: Final = Lifecycle("Lot", TRANSITIONS, _PREREQUISITE, InvalidTransition)
mutants_x_check_transition__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_transition__mutmut)
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


def x_check_transition__mutmut_orig(
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


def x_check_transition__mutmut_1(
    lot_label: str,
    current: LotState,
    target: LotState,
    *,
    held_from: LotState | None = None,
) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(None, current, target)
    if current == LotState.ON_HOLD and target in PRE_RELEASE and target != held_from:
        back = held_from.label if held_from else "unknown"
        raise InvalidTransition(
            f"Lot {lot_label} is on hold from {back}; it can only return to {back}, "
            f"not to {target.label}."
        )


def x_check_transition__mutmut_2(
    lot_label: str,
    current: LotState,
    target: LotState,
    *,
    held_from: LotState | None = None,
) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(lot_label, None, target)
    if current == LotState.ON_HOLD and target in PRE_RELEASE and target != held_from:
        back = held_from.label if held_from else "unknown"
        raise InvalidTransition(
            f"Lot {lot_label} is on hold from {back}; it can only return to {back}, "
            f"not to {target.label}."
        )


def x_check_transition__mutmut_3(
    lot_label: str,
    current: LotState,
    target: LotState,
    *,
    held_from: LotState | None = None,
) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(lot_label, current, None)
    if current == LotState.ON_HOLD and target in PRE_RELEASE and target != held_from:
        back = held_from.label if held_from else "unknown"
        raise InvalidTransition(
            f"Lot {lot_label} is on hold from {back}; it can only return to {back}, "
            f"not to {target.label}."
        )


def x_check_transition__mutmut_4(
    lot_label: str,
    current: LotState,
    target: LotState,
    *,
    held_from: LotState | None = None,
) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(current, target)
    if current == LotState.ON_HOLD and target in PRE_RELEASE and target != held_from:
        back = held_from.label if held_from else "unknown"
        raise InvalidTransition(
            f"Lot {lot_label} is on hold from {back}; it can only return to {back}, "
            f"not to {target.label}."
        )


def x_check_transition__mutmut_5(
    lot_label: str,
    current: LotState,
    target: LotState,
    *,
    held_from: LotState | None = None,
) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(lot_label, target)
    if current == LotState.ON_HOLD and target in PRE_RELEASE and target != held_from:
        back = held_from.label if held_from else "unknown"
        raise InvalidTransition(
            f"Lot {lot_label} is on hold from {back}; it can only return to {back}, "
            f"not to {target.label}."
        )


def x_check_transition__mutmut_6(
    lot_label: str,
    current: LotState,
    target: LotState,
    *,
    held_from: LotState | None = None,
) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(lot_label, current, )
    if current == LotState.ON_HOLD and target in PRE_RELEASE and target != held_from:
        back = held_from.label if held_from else "unknown"
        raise InvalidTransition(
            f"Lot {lot_label} is on hold from {back}; it can only return to {back}, "
            f"not to {target.label}."
        )


def x_check_transition__mutmut_7(
    lot_label: str,
    current: LotState,
    target: LotState,
    *,
    held_from: LotState | None = None,
) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(lot_label, current, target)
    if current == LotState.ON_HOLD and target in PRE_RELEASE or target != held_from:
        back = held_from.label if held_from else "unknown"
        raise InvalidTransition(
            f"Lot {lot_label} is on hold from {back}; it can only return to {back}, "
            f"not to {target.label}."
        )


def x_check_transition__mutmut_8(
    lot_label: str,
    current: LotState,
    target: LotState,
    *,
    held_from: LotState | None = None,
) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(lot_label, current, target)
    if current == LotState.ON_HOLD or target in PRE_RELEASE and target != held_from:
        back = held_from.label if held_from else "unknown"
        raise InvalidTransition(
            f"Lot {lot_label} is on hold from {back}; it can only return to {back}, "
            f"not to {target.label}."
        )


def x_check_transition__mutmut_9(
    lot_label: str,
    current: LotState,
    target: LotState,
    *,
    held_from: LotState | None = None,
) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(lot_label, current, target)
    if current != LotState.ON_HOLD and target in PRE_RELEASE and target != held_from:
        back = held_from.label if held_from else "unknown"
        raise InvalidTransition(
            f"Lot {lot_label} is on hold from {back}; it can only return to {back}, "
            f"not to {target.label}."
        )


def x_check_transition__mutmut_10(
    lot_label: str,
    current: LotState,
    target: LotState,
    *,
    held_from: LotState | None = None,
) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(lot_label, current, target)
    if current == LotState.ON_HOLD and target not in PRE_RELEASE and target != held_from:
        back = held_from.label if held_from else "unknown"
        raise InvalidTransition(
            f"Lot {lot_label} is on hold from {back}; it can only return to {back}, "
            f"not to {target.label}."
        )


def x_check_transition__mutmut_11(
    lot_label: str,
    current: LotState,
    target: LotState,
    *,
    held_from: LotState | None = None,
) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(lot_label, current, target)
    if current == LotState.ON_HOLD and target in PRE_RELEASE and target == held_from:
        back = held_from.label if held_from else "unknown"
        raise InvalidTransition(
            f"Lot {lot_label} is on hold from {back}; it can only return to {back}, "
            f"not to {target.label}."
        )


def x_check_transition__mutmut_12(
    lot_label: str,
    current: LotState,
    target: LotState,
    *,
    held_from: LotState | None = None,
) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(lot_label, current, target)
    if current == LotState.ON_HOLD and target in PRE_RELEASE and target != held_from:
        back = None
        raise InvalidTransition(
            f"Lot {lot_label} is on hold from {back}; it can only return to {back}, "
            f"not to {target.label}."
        )


def x_check_transition__mutmut_13(
    lot_label: str,
    current: LotState,
    target: LotState,
    *,
    held_from: LotState | None = None,
) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(lot_label, current, target)
    if current == LotState.ON_HOLD and target in PRE_RELEASE and target != held_from:
        back = held_from.label if (held_from) and False else "unknown"
        raise InvalidTransition(
            f"Lot {lot_label} is on hold from {back}; it can only return to {back}, "
            f"not to {target.label}."
        )


def x_check_transition__mutmut_14(
    lot_label: str,
    current: LotState,
    target: LotState,
    *,
    held_from: LotState | None = None,
) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(lot_label, current, target)
    if current == LotState.ON_HOLD and target in PRE_RELEASE and target != held_from:
        back = held_from.label if (held_from) or True else "unknown"
        raise InvalidTransition(
            f"Lot {lot_label} is on hold from {back}; it can only return to {back}, "
            f"not to {target.label}."
        )


def x_check_transition__mutmut_15(
    lot_label: str,
    current: LotState,
    target: LotState,
    *,
    held_from: LotState | None = None,
) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(lot_label, current, target)
    if current == LotState.ON_HOLD and target in PRE_RELEASE and target != held_from:
        back = held_from.label if held_from else "XXunknownXX"
        raise InvalidTransition(
            f"Lot {lot_label} is on hold from {back}; it can only return to {back}, "
            f"not to {target.label}."
        )


def x_check_transition__mutmut_16(
    lot_label: str,
    current: LotState,
    target: LotState,
    *,
    held_from: LotState | None = None,
) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(lot_label, current, target)
    if current == LotState.ON_HOLD and target in PRE_RELEASE and target != held_from:
        back = held_from.label if held_from else "UNKNOWN"
        raise InvalidTransition(
            f"Lot {lot_label} is on hold from {back}; it can only return to {back}, "
            f"not to {target.label}."
        )


def x_check_transition__mutmut_17(
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
            None
        )

mutants_x_check_transition__mutmut['_mutmut_orig'] = x_check_transition__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_1'] = x_check_transition__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_2'] = x_check_transition__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_3'] = x_check_transition__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_4'] = x_check_transition__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_5'] = x_check_transition__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_6'] = x_check_transition__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_7'] = x_check_transition__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_8'] = x_check_transition__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_9'] = x_check_transition__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_10'] = x_check_transition__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_11'] = x_check_transition__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_12'] = x_check_transition__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_13'] = x_check_transition__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_14'] = x_check_transition__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_15'] = x_check_transition__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_16'] = x_check_transition__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_17'] = x_check_transition__mutmut_17 # type: ignore # mutmut generated
mutants_x_allowed_targets__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_allowed_targets__mutmut)
def allowed_targets(current: LotState, *, held_from: LotState | None = None) -> list[LotState]:
    """Returns the states a lot may move to next, in lifecycle order (for buttons)."""
    order = list(LotState)
    return sorted(
        (t for t in TRANSITIONS[current]
         if not (current == LotState.ON_HOLD and t in PRE_RELEASE and t != held_from)),
        key=order.index,
    )


def x_allowed_targets__mutmut_orig(current: LotState, *, held_from: LotState | None = None) -> list[LotState]:
    """Returns the states a lot may move to next, in lifecycle order (for buttons)."""
    order = list(LotState)
    return sorted(
        (t for t in TRANSITIONS[current]
         if not (current == LotState.ON_HOLD and t in PRE_RELEASE and t != held_from)),
        key=order.index,
    )


def x_allowed_targets__mutmut_1(current: LotState, *, held_from: LotState | None = None) -> list[LotState]:
    """Returns the states a lot may move to next, in lifecycle order (for buttons)."""
    order = None
    return sorted(
        (t for t in TRANSITIONS[current]
         if not (current == LotState.ON_HOLD and t in PRE_RELEASE and t != held_from)),
        key=order.index,
    )


def x_allowed_targets__mutmut_2(current: LotState, *, held_from: LotState | None = None) -> list[LotState]:
    """Returns the states a lot may move to next, in lifecycle order (for buttons)."""
    order = list(None)
    return sorted(
        (t for t in TRANSITIONS[current]
         if not (current == LotState.ON_HOLD and t in PRE_RELEASE and t != held_from)),
        key=order.index,
    )


def x_allowed_targets__mutmut_3(current: LotState, *, held_from: LotState | None = None) -> list[LotState]:
    """Returns the states a lot may move to next, in lifecycle order (for buttons)."""
    order = list(LotState)
    return sorted(
        None,
        key=order.index,
    )


def x_allowed_targets__mutmut_4(current: LotState, *, held_from: LotState | None = None) -> list[LotState]:
    """Returns the states a lot may move to next, in lifecycle order (for buttons)."""
    order = list(LotState)
    return sorted(
        (t for t in TRANSITIONS[current]
         if not (current == LotState.ON_HOLD and t in PRE_RELEASE and t != held_from)),
        key=None,
    )


def x_allowed_targets__mutmut_5(current: LotState, *, held_from: LotState | None = None) -> list[LotState]:
    """Returns the states a lot may move to next, in lifecycle order (for buttons)."""
    order = list(LotState)
    return sorted(
        key=order.index,
    )


def x_allowed_targets__mutmut_6(current: LotState, *, held_from: LotState | None = None) -> list[LotState]:
    """Returns the states a lot may move to next, in lifecycle order (for buttons)."""
    order = list(LotState)
    return sorted(
        (t for t in TRANSITIONS[current]
         if not (current == LotState.ON_HOLD and t in PRE_RELEASE and t != held_from)),
        )


def x_allowed_targets__mutmut_7(current: LotState, *, held_from: LotState | None = None) -> list[LotState]:
    """Returns the states a lot may move to next, in lifecycle order (for buttons)."""
    order = list(LotState)
    return sorted(
        (t for t in TRANSITIONS[current]
         if (current == LotState.ON_HOLD and t in PRE_RELEASE and t != held_from)),
        key=order.index,
    )


def x_allowed_targets__mutmut_8(current: LotState, *, held_from: LotState | None = None) -> list[LotState]:
    """Returns the states a lot may move to next, in lifecycle order (for buttons)."""
    order = list(LotState)
    return sorted(
        (t for t in TRANSITIONS[current]
         if not (current == LotState.ON_HOLD and t in PRE_RELEASE or t != held_from)),
        key=order.index,
    )


def x_allowed_targets__mutmut_9(current: LotState, *, held_from: LotState | None = None) -> list[LotState]:
    """Returns the states a lot may move to next, in lifecycle order (for buttons)."""
    order = list(LotState)
    return sorted(
        (t for t in TRANSITIONS[current]
         if not (current == LotState.ON_HOLD or t in PRE_RELEASE and t != held_from)),
        key=order.index,
    )


def x_allowed_targets__mutmut_10(current: LotState, *, held_from: LotState | None = None) -> list[LotState]:
    """Returns the states a lot may move to next, in lifecycle order (for buttons)."""
    order = list(LotState)
    return sorted(
        (t for t in TRANSITIONS[current]
         if not (current != LotState.ON_HOLD and t in PRE_RELEASE and t != held_from)),
        key=order.index,
    )


def x_allowed_targets__mutmut_11(current: LotState, *, held_from: LotState | None = None) -> list[LotState]:
    """Returns the states a lot may move to next, in lifecycle order (for buttons)."""
    order = list(LotState)
    return sorted(
        (t for t in TRANSITIONS[current]
         if not (current == LotState.ON_HOLD and t not in PRE_RELEASE and t != held_from)),
        key=order.index,
    )


def x_allowed_targets__mutmut_12(current: LotState, *, held_from: LotState | None = None) -> list[LotState]:
    """Returns the states a lot may move to next, in lifecycle order (for buttons)."""
    order = list(LotState)
    return sorted(
        (t for t in TRANSITIONS[current]
         if not (current == LotState.ON_HOLD and t in PRE_RELEASE and t == held_from)),
        key=order.index,
    )

mutants_x_allowed_targets__mutmut['_mutmut_orig'] = x_allowed_targets__mutmut_orig # type: ignore # mutmut generated
mutants_x_allowed_targets__mutmut['x_allowed_targets__mutmut_1'] = x_allowed_targets__mutmut_1 # type: ignore # mutmut generated
mutants_x_allowed_targets__mutmut['x_allowed_targets__mutmut_2'] = x_allowed_targets__mutmut_2 # type: ignore # mutmut generated
mutants_x_allowed_targets__mutmut['x_allowed_targets__mutmut_3'] = x_allowed_targets__mutmut_3 # type: ignore # mutmut generated
mutants_x_allowed_targets__mutmut['x_allowed_targets__mutmut_4'] = x_allowed_targets__mutmut_4 # type: ignore # mutmut generated
mutants_x_allowed_targets__mutmut['x_allowed_targets__mutmut_5'] = x_allowed_targets__mutmut_5 # type: ignore # mutmut generated
mutants_x_allowed_targets__mutmut['x_allowed_targets__mutmut_6'] = x_allowed_targets__mutmut_6 # type: ignore # mutmut generated
mutants_x_allowed_targets__mutmut['x_allowed_targets__mutmut_7'] = x_allowed_targets__mutmut_7 # type: ignore # mutmut generated
mutants_x_allowed_targets__mutmut['x_allowed_targets__mutmut_8'] = x_allowed_targets__mutmut_8 # type: ignore # mutmut generated
mutants_x_allowed_targets__mutmut['x_allowed_targets__mutmut_9'] = x_allowed_targets__mutmut_9 # type: ignore # mutmut generated
mutants_x_allowed_targets__mutmut['x_allowed_targets__mutmut_10'] = x_allowed_targets__mutmut_10 # type: ignore # mutmut generated
mutants_x_allowed_targets__mutmut['x_allowed_targets__mutmut_11'] = x_allowed_targets__mutmut_11 # type: ignore # mutmut generated
mutants_x_allowed_targets__mutmut['x_allowed_targets__mutmut_12'] = x_allowed_targets__mutmut_12 # type: ignore # mutmut generated
