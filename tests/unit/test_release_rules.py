"""The release gate (DESIGN §4.2): every blocker, for every decision, in words."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cellchain.lots.states import LotState
from cellchain.qc.outcomes import QcOutcome, ResultStatus
from cellchain.release.rules import (
    Blocker,
    Decision,
    ReleaseFacts,
    blockers,
    late_result_message,
    pending_tests,
    safety_notice,
)

D = Decision


def outcome(test: str = "Viability", *, status: ResultStatus = ResultStatus.PASS,
            required: bool = True, reviewed: bool = True, result: str | None = "93",
            unit: str = "%") -> QcOutcome:
    return QcOutcome(test_id=test.lower(), test=test, method="trypan blue", unit=unit,
                     specification="≥ 80 %", required_at_release=required, status=status,
                     result=None if status == ResultStatus.PENDING else result,
                     reviewed=reviewed)


STERILITY = outcome("14-day sterility", status=ResultStatus.PENDING, required=False, unit="")
CLEAN = ReleaseFacts(din="A9990 26 000007 G", state=LotState.IN_QC,
                     qc=(outcome(), replace(STERILITY, status=ResultStatus.PASS,
                                            result="no growth")),
                     participants=frozenset({1, 2}), signer_id=3, audit_trail_reviewed=True)


def test_a_clean_lot_may_be_released_or_rejected_but_not_conditionally_released() -> None:
    assert blockers(CLEAN, D.RELEASED) == []
    assert blockers(CLEAN, D.REJECTED) == []
    assert blockers(CLEAN, D.CONDITIONALLY_RELEASED) == [Blocker(
        "nothing_pending", "No result is pending: release the lot instead of releasing it "
        "conditionally.")]


def test_a_pending_test_allowed_to_pend_makes_the_release_conditional() -> None:
    facts = replace(CLEAN, qc=(outcome(), STERILITY))
    assert blockers(facts, D.CONDITIONALLY_RELEASED) == []
    assert blockers(facts, D.RELEASED) == [Blocker(
        "qc_result_pending", "14-day sterility: no result yet; release conditionally to "
        "release with it pending.")]
    assert pending_tests(facts.qc) == ["14-day sterility"]


RELEASED_FROM = {D.RELEASED: {LotState.IN_QC, LotState.CONDITIONALLY_RELEASED},
                 D.CONDITIONALLY_RELEASED: {LotState.IN_QC}}


@pytest.mark.parametrize("state", list(LotState))
@pytest.mark.parametrize("decision", [D.RELEASED, D.CONDITIONALLY_RELEASED])
def test_a_lot_is_released_from_qc_and_in_full_from_a_conditional_release(
    state: LotState, decision: Decision
) -> None:
    pending = STERILITY if decision == D.CONDITIONALLY_RELEASED else outcome()
    found = blockers(replace(CLEAN, state=state, qc=(outcome(), pending)), decision)
    assert found == ([] if state in RELEASED_FROM[decision] else [
        Blocker("lot_state", f"Lot A9990 26 000007 G is {state.label}; a lot is released "
                "from QC.")])


REJECTABLE = {LotState.PLANNED, LotState.ACTIVATED, LotState.EXPANDING, LotState.HARVESTED,
              LotState.IN_QC, LotState.ON_HOLD}


@pytest.mark.parametrize("state", list(LotState))
def test_a_lot_not_yet_released_may_be_rejected_from_any_state(state: LotState) -> None:
    found = blockers(replace(CLEAN, state=state), D.REJECTED)
    assert found == ([] if state in REJECTABLE else [Blocker(
        "lot_state", f"Lot A9990 26 000007 G is {state.label}; only a lot not yet released "
        "can be rejected (recall it instead).")])


def test_a_held_lot_lists_every_blocker_not_only_its_state() -> None:
    failed = outcome(status=ResultStatus.FAIL, result="71")
    facts = replace(CLEAN, state=LotState.ON_HOLD, qc=(failed,),
                    open_deviations=("DEV-2026-0002",))
    assert [b.rule for b in blockers(facts, D.RELEASED)] == [
        "lot_state", "qc_out_of_specification", "open_deviation"]


@pytest.mark.parametrize("decision", list(D))
def test_whoever_took_part_in_the_lot_may_not_decide_on_it(decision: Decision) -> None:
    assert Blocker("segregation", "You recorded, verified or corrected entries or results of "
                   "this lot; another QA person must decide on it.") in blockers(
        replace(CLEAN, signer_id=2), decision)
    assert blockers(replace(CLEAN, signer_id=None), D.RELEASED) == []


@pytest.mark.parametrize("decision", [D.RELEASED, D.CONDITIONALLY_RELEASED])
def test_every_gmp_blocker_is_named(decision: Decision) -> None:
    facts = replace(
        CLEAN, qc=(outcome(status=ResultStatus.FAIL, result="71"),
                   outcome("CD3+", status=ResultStatus.PENDING),
                   outcome("Gram stain", reviewed=False, result="no organisms seen", unit=""),
                   STERILITY),
        steps_missing=("Harvest",), unverified=("Formulation into infusion bags (day 14)",),
        open_deviations=("DEV-2026-0001",), unusable_materials=("IL-2 lot M000003 is rejected.",),
        overdue_equipment=("INC-02 was past its calibration date when used on day 4.",),
        audit_trail_reviewed=False)
    expected = [
        Blocker("batch_record_incomplete", "Harvest has not been recorded."),
        Blocker("entry_unverified", "Formulation into infusion bags (day 14) awaits its "
                "second-person check."),
        Blocker("qc_out_of_specification", "Viability: 71 % is out of specification (≥ 80 %)."),
        Blocker("qc_result_missing", "CD3+: no result yet; it is required at release."),
        Blocker("qc_result_unreviewed", "Gram stain: the result awaits its second-person "
                "review."),
        *([Blocker("qc_result_pending", "14-day sterility: no result yet; release "
                   "conditionally to release with it pending.")]
          if decision == D.RELEASED else []),
        Blocker("open_deviation", "Deviation DEV-2026-0001 is open; QA must close it."),
        Blocker("material_unusable", "IL-2 lot M000003 is rejected."),
        Blocker("equipment_overdue", "INC-02 was past its calibration date when used on day 4."),
        Blocker("audit_trail_not_reviewed", "The lot's audit trail has not been reviewed since "
                "its last change."),
    ]
    assert blockers(facts, decision) == expected
    # Rejecting stays open whatever is wrong with the lot.
    assert blockers(facts, D.REJECTED) == []


def test_a_lot_without_a_specification_cannot_be_released() -> None:
    assert blockers(replace(CLEAN, qc=()), D.RELEASED) == [Blocker(
        "qc_specification_missing", "No QC specification applies to this lot, so nothing "
        "shows it meets one.")]


def test_a_failed_result_without_a_unit_reads_without_a_trailing_space() -> None:
    failed = outcome("Mycoplasma PCR", status=ResultStatus.FAIL, result="positive", unit="")
    assert blockers(replace(CLEAN, qc=(failed,)), D.RELEASED) == [Blocker(
        "qc_out_of_specification", "Mycoplasma PCR: positive is out of specification "
        "(≥ 80 %).")]


def test_pending_tests_are_only_those_allowed_to_pend() -> None:
    required_pending = outcome("CD3+", status=ResultStatus.PENDING)
    failed_optional = replace(STERILITY, status=ResultStatus.FAIL, result="growth")
    assert pending_tests([required_pending, failed_optional, STERILITY, outcome()]) == [
        "14-day sterility"]
    assert [d.label for d in D] == ["released", "conditionally released", "rejected"]


@given(st.lists(st.sampled_from(list(ResultStatus)), max_size=6), st.booleans())
def test_a_release_is_never_open_while_any_result_is_not_a_reviewed_pass(
    statuses: list[ResultStatus], reviewed: bool
) -> None:
    qc = tuple(outcome(f"T{i}", status=s, reviewed=reviewed) for i, s in enumerate(statuses))
    open_ = blockers(replace(CLEAN, qc=qc), D.RELEASED) == []
    assert open_ == (bool(qc) and reviewed and all(s == ResultStatus.PASS for s in statuses))


def test_qa_and_the_coordinator_read_the_lot_the_result_the_held_bags_and_the_look_back(
) -> None:
    assert late_result_message(
        din="A9990 26 000007 G", test="14-day sterility", result="growth",
        held=["A9990 26 000007 G A0", "A9990 26 000007 G C0"],
        infused=[("A9990 26 000007 G B0", "RAK002")]) == (
        "Late result out of specification on released lot A9990 26 000007 G: 14-day "
        "sterility growth. Bags held pending QA's assessment: A9990 26 000007 G A0, "
        "A9990 26 000007 G C0. Look-back, subjects already infused: A9990 26 000007 G B0 "
        "(subject RAK002).")
    assert late_result_message(din="D", test="T", result="R", held=["A0"],
                               infused=[("B0", "RAK002"), ("C0", "RAK005")]).endswith(
        "infused: B0 (subject RAK002), C0 (subject RAK005).")
    assert late_result_message(din="D", test="T", result="R", held=[], infused=[]) == (
        "Late result out of specification on released lot D: T R. Bags held pending QA's "
        "assessment: none (no bag of the lot was still in use). Look-back, subjects already "
        "infused: none.")


@pytest.mark.parametrize(("kit", "infused", "expected"), [
    ("48213907", False, "Product safety notice for subject RAK003: do not infuse the study "
                        "product allocated to this subject (kit 48213907); QA will contact "
                        "you."),
    (None, False, "Product safety notice for subject RAK003: do not infuse the study product "
                  "allocated to this subject; QA will contact you."),
    ("48213907", True, "Product safety notice for subject RAK003: the study product this "
                       "subject received (kit 48213907) is under QA assessment. QA will "
                       "contact you."),
    (None, True, "Product safety notice for subject RAK003: the study product this subject "
                 "received is under QA assessment. QA will contact you."),
])
def test_the_clinicians_safety_notice_names_the_subject_and_kit_only(
    kit: str | None, infused: bool, expected: str
) -> None:
    notice = safety_notice(subject_number="RAK003", kit_number=kit, infused=infused)
    assert notice == expected
    for hidden in ("lot", "DIN", "steril", "growth", "arm", "placebo", "specification"):
        assert hidden not in notice
