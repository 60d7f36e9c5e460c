"""The lot lifecycle table (DESIGN §3), checked over every (from, to) pair."""

from __future__ import annotations

import itertools

import pytest

from cellchain.lots.states import (
    PRE_RELEASE,
    TRANSITIONS,
    InvalidTransition,
    LotState,
    allowed_targets,
    check_transition,
)

S = LotState
# Written out from DESIGN §3, not taken from the module under test.
BEFORE_RELEASE = (S.PLANNED, S.ACTIVATED, S.EXPANDING, S.HARVESTED, S.IN_QC)
EXPECTED_ALLOWED: frozenset[tuple[LotState, LotState]] = frozenset(
    {
        (S.PLANNED, S.ACTIVATED), (S.ACTIVATED, S.EXPANDING), (S.EXPANDING, S.HARVESTED),
        (S.HARVESTED, S.IN_QC), (S.IN_QC, S.RELEASED), (S.IN_QC, S.CONDITIONALLY_RELEASED),
        (S.IN_QC, S.REJECTED), (S.CONDITIONALLY_RELEASED, S.RELEASED),
        (S.RELEASED, S.RECALLED), (S.CONDITIONALLY_RELEASED, S.RECALLED),
        (S.RELEASED, S.CLOSED), (S.CONDITIONALLY_RELEASED, S.CLOSED), (S.REJECTED, S.CLOSED),
        (S.RECALLED, S.CLOSED),
        # any pre-release state <-> on_hold, and rejection before release
        *((s, S.ON_HOLD) for s in BEFORE_RELEASE),
        *((S.ON_HOLD, s) for s in BEFORE_RELEASE),
        *((s, S.REJECTED) for s in BEFORE_RELEASE),
        (S.ON_HOLD, S.REJECTED),
    }
)


@pytest.mark.parametrize(("current", "target"), list(itertools.product(LotState, LotState)))
def test_every_pair_is_allowed_exactly_when_the_specification_says(
    current: LotState, target: LotState
) -> None:
    allowed = (current, target) in EXPECTED_ALLOWED
    assert (target in TRANSITIONS[current]) is allowed
    held_from = target if current == S.ON_HOLD else None
    if allowed:
        check_transition("A9990 26 000001", current, target, held_from=held_from)
    else:
        with pytest.raises(InvalidTransition):
            check_transition("A9990 26 000001", current, target, held_from=held_from)


def test_every_state_has_a_row_in_the_table() -> None:
    assert set(TRANSITIONS) == set(LotState)


def test_every_state_is_reachable_from_planned() -> None:
    seen, frontier = {S.PLANNED}, [S.PLANNED]
    while frontier:
        for nxt in TRANSITIONS[frontier.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    assert seen == set(LotState)


def test_closed_is_terminal_and_reachable_from_every_final_disposition() -> None:
    assert TRANSITIONS[S.CLOSED] == frozenset()
    for final in (S.RELEASED, S.REJECTED, S.RECALLED, S.CONDITIONALLY_RELEASED):
        assert S.CLOSED in TRANSITIONS[final]


@pytest.mark.parametrize("held_from", sorted(PRE_RELEASE))
def test_a_lot_on_hold_returns_only_to_the_state_it_was_held_from(held_from: LotState) -> None:
    for target in PRE_RELEASE - {held_from}:
        with pytest.raises(InvalidTransition, match=f"only return to {held_from.label}"):
            check_transition("L1", S.ON_HOLD, target, held_from=held_from)
    check_transition("L1", S.ON_HOLD, held_from, held_from=held_from)
    assert allowed_targets(S.ON_HOLD, held_from=held_from) == [held_from, S.REJECTED]


def test_refusal_names_the_lot_its_state_and_what_must_happen_first() -> None:
    with pytest.raises(InvalidTransition) as refused:
        check_transition("A9990 26 000007", S.EXPANDING, S.RELEASED)
    message = refused.value.message
    assert "A9990 26 000007" in message
    assert "expanding" in message
    assert "in QC" in message


def test_moving_to_the_same_state_says_it_is_already_there() -> None:
    with pytest.raises(InvalidTransition, match="already released"):
        check_transition("L1", S.RELEASED, S.RELEASED)


def test_released_lot_cannot_be_put_on_hold_or_rejected() -> None:
    for target in (S.ON_HOLD, S.REJECTED, S.IN_QC):
        with pytest.raises(InvalidTransition):
            check_transition("L1", S.RELEASED, target)


def test_allowed_targets_follow_lifecycle_order() -> None:
    assert allowed_targets(S.IN_QC) == [S.RELEASED, S.CONDITIONALLY_RELEASED, S.REJECTED,
                                        S.ON_HOLD]


@pytest.mark.parametrize(("current", "target", "waits"), [
    (LotState.IN_QC, LotState.RELEASED, True),
    (LotState.IN_QC, LotState.CONDITIONALLY_RELEASED, True),
    (LotState.ON_HOLD, LotState.HARVESTED, True),  # lifting the hold
    (LotState.ON_HOLD, LotState.REJECTED, False),  # rejecting is always possible
    (LotState.IN_QC, LotState.REJECTED, False),
    (LotState.HARVESTED, LotState.ON_HOLD, False),
    (LotState.EXPANDING, LotState.HARVESTED, False),
    (LotState.RELEASED, LotState.RECALLED, False),
])
def test_release_and_lifting_a_hold_wait_for_open_deviations(
    current: LotState, target: LotState, waits: bool
) -> None:
    from cellchain.lots.states import waits_for_open_deviations

    assert waits_for_open_deviations(current, target) is waits
