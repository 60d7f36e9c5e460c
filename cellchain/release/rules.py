"""The release gate (DESIGN §4.2) as a pure rule: every reason a QA decision on a lot may not
be made now, in words. No I/O; the service gathers the facts.

A lot is released only with a complete, verified batch record, every required QC result in
specification, no open deviation, no expired or unqualified material or overdue equipment used,
its audit trail reviewed (PIC/S PI 041 §9.8: audit trails reviewed before release), and a QA
signature by someone who recorded, verified or corrected nothing on it (21 CFR 211.22,
segregation of duties). A conditional release differs only in that the tests the specification
allows to be pending (14-day sterility) may be pending; rejecting is always open to QA while the
lot is not yet released, whatever else is wrong with it. Every blocker is listed, the lot's
state among them, so QA sees at once all that stands between the lot and a decision.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from cellchain.lots.states import PRE_RELEASE, LotState
from cellchain.qc.outcomes import QcOutcome, ResultStatus

# A lot found unfit while it is made, in QC or on hold is rejected (DESIGN §3); once released
# it is recalled instead.
REJECTABLE = PRE_RELEASE | {LotState.ON_HOLD}


class Decision(StrEnum):
    """API vocabulary (``release.decision``); each is also the lot state it leads to."""

    RELEASED = "released"
    CONDITIONALLY_RELEASED = "conditionally_released"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


# A lot is released from QC; a conditionally released lot is released in full once nothing is
# pending (its late result in specification), by a new signed decision.
_RELEASED_FROM = {Decision.RELEASED: frozenset({LotState.IN_QC,
                                                LotState.CONDITIONALLY_RELEASED}),
                  Decision.CONDITIONALLY_RELEASED: frozenset({LotState.IN_QC})}


@dataclass(frozen=True)
class Blocker:
    rule: str  # stable key for tools (``release-check``)
    message: str  # a sentence a QA person reads


@dataclass(frozen=True)
class ReleaseFacts:
    """What the gate looks at, gathered for one lot and one would-be signer."""

    din: str  # as printed
    state: LotState
    steps_missing: Sequence[str] = ()  # titles of required steps with no entry
    unverified: Sequence[str] = ()  # entries awaiting (or needing again) a second person
    qc: Sequence[QcOutcome] = ()
    open_deviations: Sequence[str] = ()  # deviation numbers
    unusable_materials: Sequence[str] = ()  # e.g. "IL-2 lot M000003 is rejected"
    overdue_equipment: Sequence[str] = ()  # e.g. "INC-02 was past calibration on 2026-11-02"
    # Users who recorded, verified or corrected any entry of the lot, or recorded a QC result.
    participants: frozenset[int] = field(default_factory=frozenset)
    signer_id: int | None = None
    audit_trail_reviewed: bool = False


def blockers(facts: ReleaseFacts, decision: Decision) -> list[Blocker]:
    """Every reason ``decision`` may not be taken now (empty: it may)."""
    found: list[Blocker] = []
    if decision == Decision.REJECTED and facts.state not in REJECTABLE:
        found.append(Blocker("lot_state", f"Lot {facts.din} is {facts.state.label}; only a "
                             "lot not yet released can be rejected (recall it instead)."))
    elif decision != Decision.REJECTED and facts.state not in _RELEASED_FROM[decision]:
        found.append(Blocker("lot_state", f"Lot {facts.din} is {facts.state.label}; a lot is "
                             "released from QC."))
    if facts.signer_id is not None and facts.signer_id in facts.participants:
        found.append(Blocker("segregation", "You recorded, verified or corrected entries or "
                             "results of this lot; another QA person must decide on it."))
    if decision == Decision.REJECTED:
        return found
    found += [Blocker("batch_record_incomplete", f"{title} has not been recorded.")
              for title in facts.steps_missing]
    found += [Blocker("entry_unverified", f"{entry} awaits its second-person check.")
              for entry in facts.unverified]
    found += _qc_blockers(facts.qc, decision)
    found += [Blocker("open_deviation", f"Deviation {number} is open; QA must close it.")
              for number in facts.open_deviations]
    found += [Blocker("material_unusable", text) for text in facts.unusable_materials]
    found += [Blocker("equipment_overdue", text) for text in facts.overdue_equipment]
    if not facts.audit_trail_reviewed:
        found.append(Blocker("audit_trail_not_reviewed", "The lot's audit trail has not been "
                             "reviewed since its last change."))
    return found


def _qc_blockers(qc: Sequence[QcOutcome], decision: Decision) -> list[Blocker]:
    found: list[Blocker] = []
    if not qc:
        found.append(Blocker("qc_specification_missing", "No QC specification applies to "
                             "this lot, so nothing shows it meets one."))
    for outcome in qc:
        if outcome.status == ResultStatus.FAIL:
            found.append(Blocker("qc_out_of_specification",
                                 f"{outcome.test}: {outcome.result} {outcome.unit}".rstrip()
                                 + f" is out of specification ({outcome.specification})."))
        elif outcome.status == ResultStatus.PENDING:
            if outcome.required_at_release:
                found.append(Blocker("qc_result_missing",
                                     f"{outcome.test}: no result yet; it is required at "
                                     "release."))
            elif decision == Decision.RELEASED:
                found.append(Blocker("qc_result_pending",
                                     f"{outcome.test}: no result yet; release conditionally "
                                     "to release with it pending."))
        elif not outcome.reviewed:
            found.append(Blocker("qc_result_unreviewed",
                                 f"{outcome.test}: the result awaits its second-person "
                                 "review."))
    if decision == Decision.CONDITIONALLY_RELEASED and not pending_tests(qc):
        found.append(Blocker("nothing_pending", "No result is pending: release the lot "
                             "instead of releasing it conditionally."))
    return found


def pending_tests(qc: Sequence[QcOutcome]) -> list[str]:
    """The tests a conditional release names: allowed to be pending and still pending."""
    return [o.test for o in qc
            if o.status == ResultStatus.PENDING and not o.required_at_release]


# After release (DESIGN §4.5): what a late out-of-specification result tells whom. QA and the
# coordinator read the lot, the test, the result and every bag; blinded clinicians read a
# product safety notice per subject that names the subject and the kit only, never the lot,
# its DIN, the arm or the result (DESIGN §4 rule 6: blinding), one notice per subject so that
# no notice groups subjects by lot.


def late_result_message(*, din: str, test: str, result: str, held: Sequence[str],
                        infused: Sequence[tuple[str, str]]) -> str:
    """The notice to QA and the coordinator: lot, test, result, held bags and look-back."""
    held_text = ", ".join(held) if held else "none (no bag of the lot was still in use)"
    infused_text = ", ".join(f"{bag} (subject {subject})" for bag, subject in infused) \
        if infused else "none"
    return (f"Late result out of specification on released lot {din}: {test} {result}. "
            f"Bags held pending QA's assessment: {held_text}. Look-back, subjects already "
            f"infused: {infused_text}.")


def safety_notice(*, subject_number: str, kit_number: str | None, infused: bool) -> str:
    """The product safety notice to the treating clinicians about one subject."""
    kit = f" (kit {kit_number})" if kit_number else ""
    if infused:
        return (f"Product safety notice for subject {subject_number}: the study product this "
                f"subject received{kit} is under QA assessment. QA will contact you.")
    return (f"Product safety notice for subject {subject_number}: do not infuse the study "
            f"product allocated to this subject{kit}; QA will contact you.")
