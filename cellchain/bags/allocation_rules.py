"""Pure rules for allocating a bag to a subject and taking it back (issue 11 item 1; DESIGN §2
chain of identity, §3 lifecycles). No I/O; time is passed in.

Allocation binds a bag to the subject's current chain-of-identity (COI) identifier; the COI then
goes on the bag's record and its label, and it is what the bedside compares (DESIGN §4.1).

Decisions where DESIGN is silent (recorded here because this module is what validation reads):
- Only a bag whose status is ``released`` is allocated: released by its lot's release and still
  in the lab. A quarantined bag may yet fail (a late result, QA's assessment); a bag that has
  left the lab cannot have its label reprinted there, and allocation reprints the label.
- Its lot must be released or conditionally released (the bedside shows a conditional release
  again and asks for it to be acknowledged), and the bag must not be past its expiry time.
- A bag is allocated once. A bag allocated to someone (this subject or another) is refused;
  giving it to another subject takes a deallocation, with a reason, first.
- The subject must be enrolled or on treatment and have a COI issued; the COI bound is the
  subject's current one (an earlier one would not match the wristband at the bedside).
- An autologous lot (made from the subject's own blood, bound at receipt) is allocated only to
  that subject; a lot recorded as autologous but naming no subject is allocated to nobody.
  An allogeneic lot serves any number of subjects, one bag per allocation.
- A subject may hold several unused allocated bags: a RAK product may be split over two
  consecutive infusion days (domain/rak-process-and-trial.md S7_formulation, "bags: 1-2"), and
  each bag is checked against the subject's COI at the bedside anyway. The review page lists
  the bags a subject already holds, so a second allocation is a decision, not an accident.
- Deallocation takes a bag back only while it is still in the lab, not yet dispatched
  (``released``, or ``quarantine`` when it was held after allocation), and needs a reason
  (Annex 11 §9: the reason for a GMP-relevant change is recorded). A bag that has left the lab
  comes back by its return and QA's release from quarantine first.
- Dose level (issue 12 item 5): a bag whose lot is made for one dose level is refused to a
  subject assigned another, in any stage, whenever both are recorded (a lot or subject from
  before dose levels were recorded is not refused on that ground; the bedside checks again).
- The randomised stage (issue 12 item 4): a randomised subject receives only a kit-numbered
  bag, of a lot made for the product of the subject's arm (``rak`` for an arm with
  ``placebo = false``, ``placebo`` for one with ``placebo = true``). The coordinator who
  allocates is unblinded (DESIGN §1), so the refusal names the arm and the lot's type; the
  bedside's blinded checks are not touched.
- Every refusal is a sentence naming the bag, the subject and the rule, so the coordinator can
  act on it without asking anyone; every reason is returned, not only the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from cellchain.bags.rules import USABLE_LOT_STATUSES, BagStatus, is_expired
from cellchain.errors import TransitionBlocked
from cellchain.lots.states import LotState
from cellchain.trial.rules import SubjectStatus

AUTOLOGOUS: Final = "autologous"
# The lot types of the randomised stage (Lot.lot_type): the product an arm's kits hold.
RAK: Final = "rak"
PLACEBO: Final = "placebo"
# A subject may receive a bag while enrolled or on treatment (DESIGN §3 subject lifecycle).
RECEIVING_SUBJECTS: Final = frozenset({SubjectStatus.ENROLLED, SubjectStatus.ON_TREATMENT})
# Bags still in the lab, not yet dispatched: the only ones taken back from a subject.
DEALLOCATABLE: Final = frozenset({BagStatus.RELEASED, BagStatus.QUARANTINE})


@dataclass(frozen=True)
class Refusal:
    rule: str  # a stable name: bag_status, lot_status, bag_expired, bag_allocated, ...
    field: str  # the input at fault: "bag_id" or "subject_id" (or "reason")
    message: str  # one sentence naming the bag, the subject and the rule


@dataclass(frozen=True)
class AllocationFacts:
    """What the database holds about the bag and the subject an allocation names."""

    bag_name: str  # "Bag A9990 26 000001 S A0", with its kit number if it has one
    bag_status: str  # BagStatus value as stored
    expires_at: datetime  # aware
    allocated_to: str | None  # the subject number the bag is allocated to now, if any
    allocated_by: str | None  # who allocated it and when, from the audit trail
    lot_status: str  # LotState value
    cell_source: str | None  # "allogeneic" | "autologous" | None (not recorded)
    lot_subject_id: int | None  # an autologous lot's own subject
    lot_subject: str | None  # that subject's number (or screening number)
    subject_id: int
    subject: str  # subject number (or screening number before enrolment)
    subject_status: str  # SubjectStatus value
    coi: str | None  # the subject's current COI identifier, if issued
    # Trial facts (issue 12); None where not recorded.
    kit_number: str | None = None
    lot_dose_level: str | None = None
    subject_dose_level: str | None = None
    lot_type: str | None = None  # "rak" | "placebo" in the randomised stage
    subject_arm: str | None = None  # the arm code of a randomised subject
    arm_is_placebo: bool | None = None  # that arm's ``placebo`` setting


class AllocationRefused(TransitionBlocked):
    """An allocation or deallocation the rules refuse; ``field`` names the first input at
    fault and ``reasons`` every sentence."""

    def __init__(self, message: str, refusals: Sequence[Refusal]) -> None:
        super().__init__(message, [r.message for r in refusals])
        self.field = refusals[0].field


def _label(value: str) -> str:
    return value.replace("_", " ")


def _lot_label(value: str) -> str:
    known = {state.value: state for state in LotState}
    return known[value].label if value in known else _label(value)


def _bag_refusals(facts: AllocationFacts, head: str, now: datetime) -> list[Refusal]:
    found = []
    if facts.bag_status != BagStatus.RELEASED:
        found.append(Refusal("bag_status", "bag_id", (
            f"{head}: the bag is {_label(facts.bag_status)}; only a released bag still in "
            "the lab is allocated.")))
    if facts.lot_status not in USABLE_LOT_STATUSES:
        found.append(Refusal("lot_status", "bag_id", (
            f"{head}: its lot is {_lot_label(facts.lot_status)}; only bags of a released or "
            "conditionally released lot are allocated.")))
    if is_expired(facts.expires_at, now):
        found.append(Refusal("bag_expired", "bag_id", (
            f"{head}: the bag expired at {facts.expires_at:%Y-%m-%d %H:%M} UTC; an expired bag "
            "is never allocated.")))
    if facts.allocated_to is not None:
        by = f" ({facts.allocated_by})" if facts.allocated_by else ""
        advice = ("a bag is allocated once" if facts.allocated_to == facts.subject
                  else f"to give it to subject {facts.subject} instead, deallocate it first, "
                       "with a reason")
        found.append(Refusal("bag_allocated", "bag_id", (
            f"{head}: the bag is already allocated to subject {facts.allocated_to}{by}; "
            f"{advice}.")))
    return found


def _subject_refusals(facts: AllocationFacts, head: str) -> list[Refusal]:
    found = []
    if facts.subject_status not in RECEIVING_SUBJECTS:
        found.append(Refusal("subject_status", "subject_id", (
            f"{head}: the subject is {_label(facts.subject_status)}; only an enrolled subject "
            "or one on treatment receives a bag.")))
    if facts.coi is None:
        found.append(Refusal("subject_coi", "subject_id", (
            f"{head}: the subject has no chain-of-identity identifier yet; issue one first, "
            "because it goes on the bag's record and label.")))
    return found


def _source_refusals(facts: AllocationFacts, head: str) -> list[Refusal]:
    if facts.cell_source != AUTOLOGOUS:
        return []
    if facts.lot_subject_id is None:
        return [Refusal("autologous_subject", "subject_id", (
            f"{head}: its lot is autologous but names no subject whose own blood it was made "
            "from, so it is allocated to nobody; correct the lot's record first."))]
    if facts.lot_subject_id != facts.subject_id:
        return [Refusal("autologous_subject", "subject_id", (
            f"{head}: its lot is autologous, made from subject {facts.lot_subject}'s own "
            f"blood; it is allocated only to subject {facts.lot_subject}."))]
    return []


def _trial_refusals(facts: AllocationFacts, head: str) -> list[Refusal]:
    found = []
    if facts.lot_dose_level is not None and facts.subject_dose_level is not None \
            and facts.lot_dose_level != facts.subject_dose_level:
        found.append(Refusal("dose_level", "bag_id", (
            f"{head}: its lot is made for dose level {facts.lot_dose_level}; the subject is "
            f"assigned dose level {facts.subject_dose_level}.")))
    if facts.subject_arm is None:
        return found
    wanted = PLACEBO if facts.arm_is_placebo else RAK
    if facts.kit_number is None:
        found.append(Refusal("kit_number", "bag_id", (
            f"{head}: the subject is randomised, and a randomised subject receives only a "
            "kit-numbered study-product bag.")))
    if facts.lot_type != wanted:
        made = f"a {facts.lot_type} lot" if facts.lot_type else "a lot made for no arm"
        found.append(Refusal("arm", "bag_id", (
            f"{head}: the subject is randomised to arm {facts.subject_arm}, which receives "
            f"{wanted} kits; this bag is of {made}.")))
    return found


def allocation_refusals(facts: AllocationFacts, now: datetime) -> list[Refusal]:
    """Returns every reason the bag may not be allocated to the subject now (empty: it may)."""
    head = f"{facts.bag_name} cannot be allocated to subject {facts.subject}"
    return [*_bag_refusals(facts, head, now), *_subject_refusals(facts, head),
            *_source_refusals(facts, head), *_trial_refusals(facts, head)]


def refused_allocation(facts: AllocationFacts, refusals: Sequence[Refusal]) -> AllocationRefused:
    """The error to raise for refusals: one reason is the message; several are counted."""
    if len(refusals) == 1:
        return AllocationRefused(refusals[0].message, refusals)
    return AllocationRefused(f"{facts.bag_name} cannot be allocated to subject "
                             f"{facts.subject}, for {len(refusals)} reasons.", refusals)


def deallocation_refusals(
    *, bag_name: str, bag_status: str, allocated_to: str | None, reason: str
) -> list[Refusal]:
    """Returns every reason the bag may not be taken back from its subject now (empty: it
    may): it must be allocated, still in the lab, and a reason given."""
    if allocated_to is None:
        return [Refusal("bag_not_allocated", "bag_id",
                        f"{bag_name} is not allocated to any subject; there is nothing to "
                        "deallocate.")]
    head = f"{bag_name} cannot be deallocated from subject {allocated_to}"
    found = []
    if bag_status not in DEALLOCATABLE:
        found.append(Refusal("bag_status", "bag_id", (
            f"{head}: the bag is {_label(bag_status)}; only a bag still in the lab (released "
            "or in quarantine) is deallocated. A bag that has left the lab comes back by its "
            "return and QA's release first.")))
    if not reason.strip():
        found.append(Refusal("reason", "reason", (
            f"{head}: a reason is required to deallocate a bag.")))
    return found
