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


def test_holding_rejecting_and_recalling_need_a_reason_and_nothing_else_does() -> None:
    from cellchain.lots.states import REASON_REQUIRED

    assert frozenset({S.ON_HOLD, S.REJECTED, S.RECALLED}) == REASON_REQUIRED


# What must happen first, per target state: the sentence an operator reads, written out.
PREREQUISITES = {
    S.ACTIVATED: "Lot A9990 26 000001 is in QC; it cannot become activated: it must be "
                 "planned first.",
    S.EXPANDING: "Lot A9990 26 000001 is in QC; it cannot become expanding: it must be "
                 "activated (day 0) first.",
    S.HARVESTED: "Lot A9990 26 000001 is in QC; it cannot become harvested: it must be "
                 "expanding first.",
    S.PLANNED: "Lot A9990 26 000001 is in QC; it cannot become planned: a lot cannot go back "
               "to planned.",
    S.RECALLED: "Lot A9990 26 000001 is in QC; it cannot become recalled: only a released or "
                "conditionally released lot can be recalled.",
    S.CLOSED: "Lot A9990 26 000001 is in QC; it cannot become closed: it must be released, "
              "rejected or recalled first.",
}
FROM_RELEASED = {
    S.IN_QC: "it must be harvested first",
    S.RELEASED: None,  # "already released"
    S.CONDITIONALLY_RELEASED: "it must be in QC first",
    S.REJECTED: "only a lot that is not yet released can be rejected; recall it instead",
    S.ON_HOLD: "only a lot that is not yet released can be put on hold",
}


@pytest.mark.parametrize("target", sorted(PREREQUISITES))
def test_each_refused_move_from_qc_says_what_must_happen_first(target: LotState) -> None:
    with pytest.raises(InvalidTransition) as refused:
        check_transition("A9990 26 000001", S.IN_QC, target)
    assert refused.value.message == PREREQUISITES[target]


@pytest.mark.parametrize("target", sorted(FROM_RELEASED))
def test_each_refused_move_from_released_says_what_must_happen_first(target: LotState) -> None:
    with pytest.raises(InvalidTransition) as refused:
        check_transition("X", S.RELEASED, target)
    expected = FROM_RELEASED[target]
    assert refused.value.message == (
        "Lot X is already released." if expected is None
        else f"Lot X is released; it cannot become {target.label}: {expected}.")


def test_a_release_from_harvested_names_its_prerequisite() -> None:
    with pytest.raises(InvalidTransition) as refused:
        check_transition("X", S.HARVESTED, S.RELEASED)
    assert refused.value.message == ("Lot X is harvested; it cannot become released: it must be "
                                     "in QC (or conditionally released) first.")


def test_leaving_a_hold_whose_origin_is_unknown_is_refused_not_crashed_on() -> None:
    with pytest.raises(InvalidTransition) as refused:
        check_transition("X", S.ON_HOLD, S.EXPANDING, held_from=None)
    assert refused.value.message == ("Lot X is on hold from unknown; it can only return to "
                                     "unknown, not to expanding.")


def test_states_read_as_words() -> None:
    assert [s.label for s in S] == [
        "planned", "activated", "expanding", "harvested", "in QC", "released",
        "conditionally released", "rejected", "on hold", "recalled", "closed"]


# Written out, not taken from the module: which states' batch records still take a change.
RECORD_OPEN = {
    S.PLANNED: ("correct", "verify"), S.ACTIVATED: ("correct", "verify"),
    S.EXPANDING: ("correct", "verify"), S.HARVESTED: ("correct", "verify"),
    S.ON_HOLD: ("correct", "verify"), S.IN_QC: ("verify",),
    S.RELEASED: (), S.CONDITIONALLY_RELEASED: (), S.REJECTED: (), S.RECALLED: (), S.CLOSED: (),
}


@pytest.mark.parametrize("state", list(LotState))
def test_a_decided_lots_record_takes_no_correction_or_verification(state: LotState) -> None:
    from cellchain.lots.states import CORRECTABLE, VERIFIABLE

    assert (state in CORRECTABLE) is ("correct" in RECORD_OPEN[state])
    assert (state in VERIFIABLE) is ("verify" in RECORD_OPEN[state])
