"""The bag and subject lifecycle tables (DESIGN §3) over every (from, to) pair, how a bag
follows its lot, and when a bag may be used or labelled (expiry against the clock)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from cellchain.bags.rules import (
    TRANSITIONS,
    BagStatus,
    InvalidBagMove,
    check_move,
    effective_status,
    follows_lot,
    held_by_late_result,
    label_refusals,
    quarantine_release_refusals,
    unusable_reasons,
)
from cellchain.trial.rules import (
    SUBJECT_TRANSITIONS,
    InvalidSubjectMove,
    SubjectStatus,
    check_subject_move,
)

B = BagStatus
# Written out by hand from DESIGN §3 and the decisions in bags/rules.py, not from the table.
EXPECTED_BAG_MOVES = frozenset({
    (B.QUARANTINE, B.RELEASED), (B.QUARANTINE, B.RECALLED), (B.QUARANTINE, B.DESTROYED),
    (B.RELEASED, B.DISPATCHED), (B.RELEASED, B.RECALLED), (B.RELEASED, B.EXPIRED),
    (B.RELEASED, B.DESTROYED),
    (B.DISPATCHED, B.AT_WARD), (B.DISPATCHED, B.RETURNED), (B.DISPATCHED, B.RECALLED),
    (B.DISPATCHED, B.EXPIRED),
    (B.AT_WARD, B.INFUSED), (B.AT_WARD, B.RETURNED), (B.AT_WARD, B.RECALLED),
    (B.AT_WARD, B.EXPIRED), (B.AT_WARD, B.DESTROYED),
    (B.RETURNED, B.RELEASED), (B.RETURNED, B.RECALLED), (B.RETURNED, B.DESTROYED),
    (B.EXPIRED, B.DESTROYED), (B.RECALLED, B.DESTROYED),
    # Held pending QA's assessment (a late out-of-specification result, QA's quarantine).
    (B.RELEASED, B.QUARANTINE), (B.DISPATCHED, B.QUARANTINE), (B.AT_WARD, B.QUARANTINE),
    (B.RETURNED, B.QUARANTINE),
})
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
LATER = NOW + timedelta(hours=6)


@pytest.mark.parametrize(("current", "target"), list(itertools.product(BagStatus, BagStatus)))
def test_every_bag_move_is_allowed_exactly_when_the_specification_says(
    current: BagStatus, target: BagStatus
) -> None:
    if (current, target) in EXPECTED_BAG_MOVES:
        check_move("A9990 26 000001 A0", current, target)
    else:
        with pytest.raises(InvalidBagMove, match=f"Bag A9990 26 000001 A0 is (already )?"
                                                 f"{current.value.replace('_', ' ')}"):
            check_move("A9990 26 000001 A0", current, target)


def test_infused_and_destroyed_bags_are_final_and_every_status_has_a_row() -> None:
    assert set(TRANSITIONS) == set(BagStatus)
    assert TRANSITIONS[B.INFUSED] == TRANSITIONS[B.DESTROYED] == frozenset()


def test_a_refused_bag_move_says_what_must_happen_first() -> None:
    with pytest.raises(InvalidBagMove, match="cannot become infused: only a bag received at the "
                                             "ward is infused"):
        check_move("X", B.RELEASED, B.INFUSED)
    with pytest.raises(InvalidBagMove, match="already released"):
        check_move("X", B.RELEASED, B.RELEASED)


@pytest.mark.parametrize(("lot_status", "bag_status", "expected"), [
    ("released", B.QUARANTINE, B.RELEASED),
    ("conditionally_released", B.QUARANTINE, B.RELEASED),
    ("released", B.DISPATCHED, None),
    ("recalled", B.RELEASED, B.RECALLED),
    ("recalled", B.AT_WARD, B.RECALLED),
    ("recalled", B.QUARANTINE, B.RECALLED),
    ("recalled", B.INFUSED, None),
    ("recalled", B.DESTROYED, None),
    ("recalled", B.EXPIRED, None),
    ("recalled", B.RECALLED, None),
    ("rejected", B.QUARANTINE, None),
    ("on_hold", B.QUARANTINE, None),
    ("in_qc", B.QUARANTINE, None),
])
def test_a_bag_follows_its_lot(lot_status: str, bag_status: BagStatus,
                               expected: BagStatus | None) -> None:
    assert follows_lot(lot_status, bag_status) == expected


@pytest.mark.parametrize("lot_before", ["in_qc", "conditionally_released", "released"])
@pytest.mark.parametrize("bag_status", list(BagStatus))
def test_only_a_first_release_releases_quarantined_bags(
    lot_before: str, bag_status: BagStatus
) -> None:
    first = lot_before == "in_qc" and bag_status == B.QUARANTINE
    assert follows_lot("released", bag_status, lot_before=lot_before) == (
        B.RELEASED if first else None)


HELD_BY_LATE_RESULT = {B.RELEASED, B.DISPATCHED, B.AT_WARD, B.RETURNED}


@pytest.mark.parametrize("status", list(BagStatus))
def test_a_late_result_holds_every_bag_that_may_still_reach_a_subject(
    status: BagStatus
) -> None:
    assert held_by_late_result(status) is (status in HELD_BY_LATE_RESULT)
    assert (B.QUARANTINE in TRANSITIONS[status]) is held_by_late_result(status)


def test_the_prerequisite_of_quarantine_names_the_holds() -> None:
    with pytest.raises(InvalidBagMove, match="cannot become quarantine: a bag is quarantined "
                                             "when it is formulated, or held while released, "
                                             "dispatched, at the ward or returned"):
        check_move("X", B.INFUSED, B.QUARANTINE)


@pytest.mark.parametrize(("status", "lot_status", "failing", "refused"), [
    (B.QUARANTINE, "released", [], []),
    (B.QUARANTINE, "conditionally_released", [], []),
    (B.RELEASED, "released", [], ["the bag is released, not in quarantine"]),
    (B.QUARANTINE, "in_qc", [], ["its lot is in qc, not released"]),
    (B.QUARANTINE, "recalled", ["14-day sterility"],
     ["its lot is recalled, not released", "14-day sterility of its lot is out of "
                                           "specification"]),
    (B.QUARANTINE, "released", ["Endotoxin", "Viability"],
     ["Endotoxin of its lot is out of specification",
      "Viability of its lot is out of specification"]),
])
def test_qa_releases_a_bag_from_quarantine_only_once_nothing_stands_against_it(
    status: BagStatus, lot_status: str, failing: list[str], refused: list[str]
) -> None:
    assert quarantine_release_refusals(status=status, lot_status=lot_status,
                                       failing_tests=failing) == refused


def test_expiry_is_evaluated_against_the_clock_from_the_expiry_instant() -> None:
    assert effective_status(B.RELEASED, LATER, NOW) == B.RELEASED
    assert effective_status(B.RELEASED, NOW, NOW) == B.EXPIRED
    assert effective_status(B.AT_WARD, NOW - timedelta(seconds=1), NOW) == B.EXPIRED
    assert effective_status(B.QUARANTINE, NOW - timedelta(days=1), NOW) == B.QUARANTINE
    assert effective_status(B.INFUSED, NOW - timedelta(days=1), NOW) == B.INFUSED


def test_a_usable_bag_is_released_of_a_released_lot_and_in_date() -> None:
    assert unusable_reasons(status=B.AT_WARD, lot_status="released", expires_at=LATER,
                            now=NOW) == []
    assert unusable_reasons(status=B.RELEASED, lot_status="conditionally_released",
                            expires_at=LATER, now=NOW) == []
    assert unusable_reasons(status=B.QUARANTINE, lot_status="recalled", expires_at=NOW,
                            now=NOW) == ["the bag is quarantine, not released",
                                         "its lot is recalled, not released",
                                         "it expired at 2026-11-30 12:00 UTC"]


@pytest.mark.parametrize(("status", "lot_status", "expires_at", "refused"), [
    (B.QUARANTINE, "in_qc", LATER, []),
    (B.RELEASED, "released", LATER, []),
    (B.AT_WARD, "conditionally_released", LATER, []),
    (B.RELEASED, "released", NOW, ["it expired at 2026-11-30 12:00 UTC"]),
    (B.RECALLED, "recalled", LATER, ["the bag is recalled", "its lot is recalled"]),
    (B.QUARANTINE, "rejected", LATER, ["its lot is rejected"]),
    (B.QUARANTINE, "on_hold", LATER, ["its lot is on hold"]),
    (B.INFUSED, "closed", LATER, ["the bag is infused", "its lot is closed"]),
    (B.DESTROYED, "released", LATER, ["the bag is destroyed"]),
    (B.EXPIRED, "released", LATER, ["the bag is expired"]),
    (B.RETURNED, "released", LATER, ["the bag is returned"]),
])
def test_a_label_is_printed_only_for_a_bag_that_may_still_be_used(
    status: BagStatus, lot_status: str, expires_at: datetime, refused: list[str]
) -> None:
    assert label_refusals(status=status, lot_status=lot_status, expires_at=expires_at,
                          now=NOW) == refused


Su = SubjectStatus
EXPECTED_SUBJECT_MOVES = frozenset({
    (Su.SCREENING, Su.SCREEN_FAILED), (Su.SCREENING, Su.ENROLLED),
    (Su.ENROLLED, Su.ON_TREATMENT), (Su.ENROLLED, Su.WITHDRAWN),
    (Su.ON_TREATMENT, Su.COMPLETED), (Su.ON_TREATMENT, Su.WITHDRAWN),
})


@pytest.mark.parametrize(("current", "target"),
                         list(itertools.product(SubjectStatus, SubjectStatus)))
def test_every_subject_move_is_allowed_exactly_when_the_specification_says(
    current: SubjectStatus, target: SubjectStatus
) -> None:
    assert set(SUBJECT_TRANSITIONS) == set(SubjectStatus)
    if (current, target) in EXPECTED_SUBJECT_MOVES:
        check_subject_move("RAK001", current, target)
    else:
        with pytest.raises(InvalidSubjectMove, match="Subject RAK001 is (already )?"
                                                     f"{current.value.replace('_', ' ')}"):
            check_subject_move("RAK001", current, target)


def test_a_refused_subject_move_says_what_must_happen_first() -> None:
    with pytest.raises(InvalidSubjectMove, match="cannot become on treatment: the subject "
                                                 "must be enrolled first"):
        check_subject_move("RAK005", Su.SCREENING, Su.ON_TREATMENT)
