"""Allocation and deallocation rules (cellchain.bags.allocation_rules) over every combination of bag
status, lot status, expiry, current allocation, subject status, COI and cell source; and every
refusal as a sentence naming the bag, the subject and the rule."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cellchain.bags.allocation_rules import (
    AllocationFacts,
    AllocationRefused,
    allocation_refusals,
    deallocation_refusals,
    refused_allocation,
)
from cellchain.bags.rules import BagStatus
from cellchain.lots.states import LotState
from cellchain.trial.rules import SubjectStatus

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
BAG = "Bag A9990 26 000001 S A0"
SUBJECT_ID, OTHER_ID = 4, 9
FACTS = AllocationFacts(
    bag_name=BAG, bag_status="released", expires_at=NOW + timedelta(hours=6),
    allocated_to=None, allocated_by=None, lot_status="released", cell_source="allogeneic",
    lot_subject_id=None, lot_subject=None, subject_id=SUBJECT_ID, subject="RAK004",
    subject_status="enrolled", coi="CHA999026000001")

# Written out by hand from the module's decisions, not from its constants.
ALLOCATABLE_BAG = {"released"}
ALLOCATABLE_LOT = {"released", "conditionally_released"}
RECEIVING = {"enrolled", "on_treatment"}
# (cell source, the lot's own subject): which of them refuse subject RAK004 (id 4).
SOURCES = {
    ("allogeneic", None): False, (None, None): False,
    ("autologous", SUBJECT_ID): False, ("autologous", OTHER_ID): True, ("autologous", None): True,
}
HOLDERS = {None: None, "RAK004": "bag_allocated", "RAK009": "bag_allocated"}


def _expected(bag: str, lot: str, expired: bool, holder: str | None, subject: str,
              coi: str | None, source: tuple[str | None, int | None]) -> set[str]:
    rules = set()
    if bag not in ALLOCATABLE_BAG:
        rules.add("bag_status")
    if lot not in ALLOCATABLE_LOT:
        rules.add("lot_status")
    if expired:
        rules.add("bag_expired")
    if HOLDERS[holder]:
        rules.add("bag_allocated")
    if subject not in RECEIVING:
        rules.add("subject_status")
    if coi is None:
        rules.add("subject_coi")
    if SOURCES[source]:
        rules.add("autologous_subject")
    return rules


def test_every_combination_is_refused_for_exactly_the_rules_it_breaks() -> None:
    """9 bag x 11 lot x 2 expiry x 3 holders x 6 subject x 2 COI x 5 sources = 35,640 cases."""
    checked = 0
    for bag, lot, expired, holder, subject, coi, source in itertools.product(
            BagStatus, LotState, (False, True), HOLDERS, SubjectStatus,
            ("CHA999026000001", None), SOURCES):
        facts = replace(FACTS, bag_status=bag.value, lot_status=lot.value,
                        expires_at=NOW - timedelta(minutes=1) if expired else FACTS.expires_at,
                        allocated_to=holder, subject_status=subject.value, coi=coi,
                        cell_source=source[0], lot_subject_id=source[1], lot_subject="RAK0X")
        found = {r.rule for r in allocation_refusals(facts, NOW)}
        assert found == _expected(bag, lot, expired, holder, subject, coi, source), facts
        checked += 1
    assert checked == 35_640


def test_a_released_bag_of_a_released_lot_goes_to_an_enrolled_subject_with_a_coi() -> None:
    assert allocation_refusals(FACTS, NOW) == []
    on_treatment = replace(FACTS, subject_status="on_treatment",
                           lot_status="conditionally_released")
    assert allocation_refusals(on_treatment, NOW) == []


def test_a_bag_expires_at_its_expiry_instant_not_a_moment_later() -> None:
    at_expiry = replace(FACTS, expires_at=NOW)
    assert [r.rule for r in allocation_refusals(at_expiry, NOW)] == ["bag_expired"]
    assert allocation_refusals(at_expiry, NOW - timedelta(microseconds=1)) == []


@pytest.mark.parametrize(("changes", "rule", "field", "words"), [
    ({"bag_status": "quarantine"}, "bag_status", "bag_id",
     "the bag is quarantine; only a released bag still in the lab is allocated."),
    ({"bag_status": "at_ward"}, "bag_status", "bag_id", "the bag is at ward; only a released"),
    ({"lot_status": "in_qc"}, "lot_status", "bag_id",
     "its lot is in QC; only bags of a released or conditionally released lot are allocated."),
    ({"lot_status": "recalled"}, "lot_status", "bag_id", "its lot is recalled;"),
    ({"expires_at": NOW - timedelta(hours=1)}, "bag_expired", "bag_id",
     "the bag expired at 2026-11-30 11:00 UTC; an expired bag is never allocated."),
    ({"allocated_to": "RAK004", "allocated_by": "by Cora Lind at 2026-11-30 10:00 UTC"},
     "bag_allocated", "bag_id", "the bag is already allocated to subject RAK004 (by Cora Lind "
     "at 2026-11-30 10:00 UTC); a bag is allocated once."),
    ({"allocated_to": "RAK009"}, "bag_allocated", "bag_id",
     "the bag is already allocated to subject RAK009; to give it to subject RAK004 instead, "
     "deallocate it first, with a reason."),
    ({"subject_status": "screening"}, "subject_status", "subject_id",
     "the subject is screening; only an enrolled subject or one on treatment receives a bag."),
    ({"subject_status": "withdrawn"}, "subject_status", "subject_id", "the subject is withdrawn"),
    ({"coi": None}, "subject_coi", "subject_id",
     "the subject has no chain-of-identity identifier yet; issue one first"),
    ({"cell_source": "autologous", "lot_subject_id": OTHER_ID, "lot_subject": "RAK009"},
     "autologous_subject", "subject_id", "its lot is autologous, made from subject RAK009's own "
     "blood; it is allocated only to subject RAK009."),
    ({"cell_source": "autologous", "lot_subject_id": None}, "autologous_subject", "subject_id",
     "its lot is autologous but names no subject"),
])
def test_each_refusal_is_a_sentence_naming_the_bag_the_subject_and_the_rule(
    changes: dict[str, object], rule: str, field: str, words: str
) -> None:
    (refusal,) = allocation_refusals(replace(FACTS, **changes), NOW)  # type: ignore[arg-type]
    assert (refusal.rule, refusal.field) == (rule, field)
    assert refusal.message.startswith(f"{BAG} cannot be allocated to subject RAK004: {words}")


def test_a_lot_status_the_lifecycle_does_not_know_is_refused_in_plain_words() -> None:
    (refusal,) = allocation_refusals(replace(FACTS, lot_status="under_review"), NOW)
    assert refusal.message.endswith("its lot is under review; only bags of a released or "
                                    "conditionally released lot are allocated.")


def test_an_autologous_lot_serves_its_own_subject_and_an_allogeneic_lot_anyone() -> None:
    own = replace(FACTS, cell_source="autologous", lot_subject_id=SUBJECT_ID,
                  lot_subject="RAK004")
    assert allocation_refusals(own, NOW) == []
    for subject_id in (1, 2, 3, OTHER_ID):
        assert allocation_refusals(replace(FACTS, subject_id=subject_id), NOW) == []
        assert [r.rule for r in allocation_refusals(replace(own, subject_id=subject_id),
                                                    NOW)] == ["autologous_subject"]


@given(bag=st.sampled_from(list(BagStatus)), lot=st.sampled_from(list(LotState)),
       subject=st.sampled_from(list(SubjectStatus)),
       holder=st.sampled_from(["RAK004", "RAK009", None]),
       minutes=st.integers(-600, 600), coi=st.sampled_from(["CHA999026000001", None]),
       number=st.from_regex(r"[A-Z0-9]{3,10}", fullmatch=True))
def test_every_refusal_names_the_bag_and_the_subject_and_none_is_silent(
    bag: BagStatus, lot: LotState, subject: SubjectStatus, holder: str | None, minutes: int,
    coi: str | None, number: str,
) -> None:
    facts = replace(FACTS, bag_status=bag.value, lot_status=lot.value,
                    subject_status=subject.value, allocated_to=holder, coi=coi, subject=number,
                    expires_at=NOW + timedelta(minutes=minutes))
    refusals = allocation_refusals(facts, NOW)
    for refusal in refusals:
        assert refusal.message.startswith(f"{BAG} cannot be allocated to subject {number}: ")
        assert refusal.message.endswith(".")
    if refusals:
        error = refused_allocation(facts, refusals)
        assert isinstance(error, AllocationRefused) and error.status_code == 409
        assert error.reasons == [r.message for r in refusals]
        assert error.field == refusals[0].field
        assert BAG in error.message and number in error.message
    else:
        assert (bag, lot.value in {"released", "conditionally_released"}, subject.value in
                {"enrolled", "on_treatment"}, holder, coi is not None, minutes > 0) == (
            BagStatus.RELEASED, True, True, None, True, True)


def test_one_refusal_is_the_whole_message() -> None:
    facts = replace(FACTS, coi=None)
    error = refused_allocation(facts, allocation_refusals(facts, NOW))
    assert error.message == error.reasons[0] == (
        f"{BAG} cannot be allocated to subject RAK004: the subject has no chain-of-identity "
        "identifier yet; issue one first, because it goes on the bag's record and label.")
    assert error.field == "subject_id"
    nobody = replace(FACTS, cell_source="autologous", lot_subject_id=None)
    assert refused_allocation(nobody, allocation_refusals(nobody, NOW)).message == (
        f"{BAG} cannot be allocated to subject RAK004: its lot is autologous but names no "
        "subject whose own blood it was made from, so it is allocated to nobody; correct the "
        "lot's record first.")


def test_several_refusals_are_counted_in_the_message_and_each_listed() -> None:
    facts = replace(FACTS, bag_status="quarantine", coi=None)
    error = refused_allocation(facts, allocation_refusals(facts, NOW))
    assert error.message == f"{BAG} cannot be allocated to subject RAK004, for 2 reasons."
    assert len(error.reasons) == 2 and error.field == "bag_id"


# --- deallocation -----------------------------------------------------------------------------

DEALLOCATABLE = {BagStatus.RELEASED, BagStatus.QUARANTINE}


@pytest.mark.parametrize(("status", "holder", "reason"), list(itertools.product(
    BagStatus, ("RAK004", None), ("", "   ", "wrong subject chosen"))))
def test_a_bag_is_deallocated_only_while_allocated_in_the_lab_and_with_a_reason(
    status: BagStatus, holder: str | None, reason: str
) -> None:
    refusals = deallocation_refusals(bag_name=BAG, bag_status=status.value,
                                     allocated_to=holder, reason=reason)
    rules = [r.rule for r in refusals]
    assert [r.field for r in refusals] == [
        "reason" if rule == "reason" else "bag_id" for rule in rules]
    if holder is None:
        assert rules == ["bag_not_allocated"]
        assert refusals[0].message == (f"{BAG} is not allocated to any subject; there is "
                                       "nothing to deallocate.")
        return
    expected = ([] if status in DEALLOCATABLE else ["bag_status"]) + (
        [] if reason.strip() else ["reason"])
    assert rules == expected
    for refusal in refusals:
        assert refusal.message.startswith(f"{BAG} cannot be deallocated from subject RAK004: ")


def test_deallocation_refusals_say_what_to_do() -> None:
    status, reason = deallocation_refusals(bag_name=BAG, bag_status="dispatched",
                                           allocated_to="RAK004", reason="")
    assert status.message.endswith("the bag is dispatched; only a bag still in the lab "
                                   "(released or in quarantine) is deallocated. A bag that has "
                                   "left the lab comes back by its return and QA's release "
                                   "first.")
    assert (reason.field, reason.message) == ("reason", f"{BAG} cannot be deallocated from "
                                              "subject RAK004: a reason is required to "
                                              "deallocate a bag.")


# Trial facts (issue 12 items 4 and 5), written out by hand.
HEAD = f"{BAG} cannot be allocated to subject RAK004"
KIT = replace(FACTS, kit_number="K7Q2M9", lot_dose_level="DL2", subject_dose_level="DL2")


@pytest.mark.parametrize(("lot_level", "subject_level", "refused"), [
    ("DL2", "DL2", False), ("DL1", "DL2", True), ("DL3", "DL2", True),
    (None, "DL2", False), ("DL2", None, False), (None, None, False)])
def test_a_bag_of_another_dose_level_is_refused_in_any_stage(
    lot_level: str | None, subject_level: str | None, refused: bool
) -> None:
    facts = replace(FACTS, lot_dose_level=lot_level, subject_dose_level=subject_level)
    expected = [] if not refused else [(
        "dose_level", "bag_id", f"{HEAD}: its lot is made for dose level {lot_level}; the "
                                f"subject is assigned dose level {subject_level}.")]
    assert [(r.rule, r.field, r.message) for r in allocation_refusals(facts, NOW)] == expected


@pytest.mark.parametrize(("placebo", "lot_type", "refused"), [
    (False, "rak", False), (True, "placebo", False), (False, "placebo", True),
    (True, "rak", True), (False, None, True), (True, None, True), (None, "rak", False),
    (None, "placebo", True)])
def test_a_randomised_subject_receives_only_kits_of_their_arms_product(
    placebo: bool | None, lot_type: str | None, refused: bool
) -> None:
    facts = replace(KIT, subject_arm="ARM1", arm_is_placebo=placebo, lot_type=lot_type)
    wanted = "placebo" if placebo else "rak"
    made = f"a {lot_type} lot" if lot_type else "a lot made for no arm"
    expected = [] if not refused else [(
        "arm", "bag_id", f"{HEAD}: the subject is randomised to arm ARM1, which receives "
                         f"{wanted} kits; this bag is of {made}.")]
    assert [(r.rule, r.field, r.message) for r in allocation_refusals(facts, NOW)] == expected


def test_a_randomised_subject_receives_only_a_kit_numbered_bag() -> None:
    facts = replace(KIT, kit_number=None, subject_arm="RAK", arm_is_placebo=False,
                    lot_type="rak")
    assert [(r.rule, r.field, r.message) for r in allocation_refusals(facts, NOW)] == [(
        "kit_number", "bag_id", f"{HEAD}: the subject is randomised, and a randomised subject "
                                "receives only a kit-numbered study-product bag.")]


def test_a_subject_not_randomised_is_not_held_to_an_arm() -> None:
    # The escalation stage: no arm, open-label bags without kit numbers or lot types.
    assert allocation_refusals(replace(FACTS, lot_type="placebo"), NOW) == []


def test_every_trial_refusal_is_returned_together() -> None:
    facts = replace(KIT, kit_number=None, lot_dose_level="DL1", subject_arm="CONTROL",
                    arm_is_placebo=True, lot_type="rak")
    assert [r.rule for r in allocation_refusals(facts, NOW)] == [
        "dose_level", "kit_number", "arm"]
