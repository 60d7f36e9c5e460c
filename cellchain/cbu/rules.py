"""The cord blood unit lifecycle of DESIGN §3 as data, and the receipt checks QA reads. Pure.

``received`` is quarantine: a unit is accepted or rejected by QA, and only an accepted unit is
consumed (a lot is planned from it). Decisions where DESIGN §3 is silent, recorded here because
this module is what validation reads:

- accepted and rejected are final decisions: a wrong acceptance is handled by a deviation, not
  by moving the unit back to quarantine.
- Rejecting needs a reason; accepting a unit that has any receipt finding needs one too
  (the documented justification of a concession, EU GMP Annex 11 §9).
- The person who received a unit does not decide on it (DESIGN §1, segregation of duties).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum
from typing import Final

from cellchain.errors import BadInput, Conflict, Forbidden
from cellchain.lifecycle import Lifecycle


class CbuState(StrEnum):
    RECEIVED = "received"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    CONSUMED = "consumed"

    @property
    def label(self) -> str:
        return "received (quarantine)" if self is CbuState.RECEIVED else self.value


class SourceType(StrEnum):
    CORD_BLOOD = "cord_blood"  # allogeneic, from a cord blood bank
    AUTOLOGOUS_BLOOD = "autologous_blood"  # the subject's own blood, bound to their COI


class IdmStatus(StrEnum):
    """Infectious-disease markers as the bank or collection site reports them."""

    NEGATIVE = "negative"
    POSITIVE = "positive"
    PENDING = "pending"


TRANSITIONS: Final[Mapping[CbuState, frozenset[CbuState]]] = {
    CbuState.RECEIVED: frozenset({CbuState.ACCEPTED, CbuState.REJECTED}),
    CbuState.ACCEPTED: frozenset({CbuState.CONSUMED}),
    CbuState.REJECTED: frozenset(),
    CbuState.CONSUMED: frozenset(),
}

# What must be true before a unit may enter each state: used to explain a refusal.
_PREREQUISITE: Final[Mapping[CbuState, str]] = {
    CbuState.RECEIVED: "a unit is received only once and never returns to quarantine",
    CbuState.ACCEPTED: "only a unit in quarantine (received) can be accepted",
    CbuState.REJECTED: "only a unit in quarantine (received) can be rejected",
    CbuState.CONSUMED: "only a unit accepted by QA can be used for a lot",
}

REASON_REQUIRED: Final = frozenset({CbuState.REJECTED})
DECISIONS: Final = frozenset({CbuState.ACCEPTED, CbuState.REJECTED})


class InvalidTransition(Conflict):
    """A move the cord blood unit lifecycle does not allow."""


LIFECYCLE: Final = Lifecycle("Cord blood unit", TRANSITIONS, _PREREQUISITE, InvalidTransition)


def check_transition(unit_label: str, current: CbuState, target: CbuState) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(unit_label, current, target)


def decision_of(state: CbuState) -> CbuState | None:
    """Returns QA's decision a state stands for: a consumed unit was accepted first."""
    if state in (CbuState.ACCEPTED, CbuState.CONSUMED):
        return CbuState.ACCEPTED
    return CbuState.REJECTED if state == CbuState.REJECTED else None


def check_decision(
    unit_label: str, target: CbuState, *, findings: list[str], reason: str | None
) -> None:
    """Raises BadInput when a decision lacks the reason it needs (reject, or accept with
    findings)."""
    if reason and reason.strip():
        return
    if target in REASON_REQUIRED:
        raise BadInput(f"reason is required to reject cord blood unit {unit_label}",
                       field="reason")
    if target == CbuState.ACCEPTED and findings:
        raise BadInput(f"reason is required to accept cord blood unit {unit_label} with "
                       f"{len(findings)} receipt finding(s): justify the concession",
                       field="reason")


def check_segregation(unit_label: str, *, received_by: int | None, decided_by: int | None) -> None:
    """Raises Forbidden when the person who received the unit tries to decide on it."""
    if received_by is not None and received_by == decided_by:
        raise Forbidden(f"You received cord blood unit {unit_label}; a different QA person "
                        "must accept or reject it.")


# --- receipt -------------------------------------------------------------------------------

# PROPOSED defaults, pending the site's SOP and the trial's starting-material specification
# (domain/rak-process-and-trial.md §7 leaves them open). Cord blood banks ship cryopreserved
# units in a liquid-nitrogen dry shipper (at or below -150 °C); fresh autologous blood for
# PBMC isolation travels at controlled room temperature.
ARRIVAL_TEMP_RANGE_C: Final[Mapping[SourceType, tuple[float, float]]] = {
    SourceType.CORD_BLOOD: (-196.0, -150.0),
    SourceType.AUTOLOGOUS_BLOOD: (15.0, 25.0),
}
# PROPOSED: the lot's own viability specification is >= 80 % (DESIGN §7); starting material
# is held to a stricter 85 %, a common cord blood bank release criterion.
MIN_VIABILITY_PCT: Final = 85.0

# Product code collection types (ST-001 Table 7) that say who the unit may be used for.
AUTOLOGOUS_COLLECTION_TYPES: Final = frozenset({"A", "1", "X", "8"})
AUTOLOGOUS_ONLY_COLLECTION_TYPES: Final = frozenset({"1", "X", "8"})
BIOHAZARD_COLLECTION_TYPES: Final = frozenset({"X", "3", "6", "H"})

# Plausibility limits: a value outside them is a typing error, refused before anything is saved
# (DESIGN §4.7), unlike a finding, which is a real but out-of-specification value.
MAX_VOLUME_ML: Final = 1000.0
MAX_TOTAL_NUCLEATED_CELLS: Final = 1e12
TEMP_PLAUSIBLE_C: Final = (-200.0, 60.0)


def receipt_findings(
    *,
    source_type: SourceType,
    arrival_temp_c: float | None,
    container_intact: bool | None,
    idm_status: IdmStatus | None,
    viability_pct: float | None,
    collection_type: str = "",
) -> list[str]:
    """Returns every out-of-specification reason QA must see before deciding, in plain words.

    A value that was not recorded is a finding too: QA cannot accept what nobody checked.
    """
    findings: list[str] = []
    low, high = ARRIVAL_TEMP_RANGE_C[source_type]
    if arrival_temp_c is None:
        findings.append("Arrival temperature was not recorded.")
    elif not low <= arrival_temp_c <= high:
        findings.append(f"Arrival temperature {arrival_temp_c:g} °C is outside "
                        f"{low:g} to {high:g} °C.")
    if container_intact is None:
        findings.append("Container integrity was not recorded.")
    elif not container_intact:
        findings.append("Container was not intact on arrival.")
    if idm_status is None:
        findings.append("Infectious-disease marker status was not recorded.")
    elif idm_status != IdmStatus.NEGATIVE:
        findings.append(f"Infectious-disease markers are {idm_status.value}.")
    if viability_pct is None:
        findings.append("Viability was not recorded.")
    elif viability_pct < MIN_VIABILITY_PCT:
        findings.append(f"Viability {viability_pct:g} % is below {MIN_VIABILITY_PCT:g} %.")
    findings.extend(_collection_type_findings(source_type, collection_type))
    return findings


def _collection_type_findings(source_type: SourceType, collection_type: str) -> list[str]:
    if not collection_type:  # the product code's prefix carries no collection type
        return []
    findings: list[str] = []
    if collection_type in BIOHAZARD_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} marks the unit "
                        "biohazardous.")
    autologous = source_type == SourceType.AUTOLOGOUS_BLOOD
    if autologous and collection_type not in AUTOLOGOUS_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} does not say "
                        "autologous, but the unit was received as the subject's own blood.")
    if not autologous and collection_type in AUTOLOGOUS_ONLY_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} is for autologous "
                        "use only, but the unit was received as allogeneic cord blood.")
    return findings


def receipt_value_errors(
    *,
    bank_name: str,
    volume_ml: float,
    total_nucleated_cells: float,
    viability_pct: float,
    arrival_temp_c: float,
    collected_at: datetime,
    now: datetime,
) -> dict[str, str]:
    """Returns, per form field, why a typed value cannot be right (empty when all are)."""
    errors: dict[str, str] = {}
    if not bank_name.strip():
        errors["bank_name"] = "bank or collection site is required"
    if not 0 < volume_ml <= MAX_VOLUME_ML:
        errors["volume_ml"] = f"volume must be more than 0 and at most {MAX_VOLUME_ML:g} mL"
    if not 0 < total_nucleated_cells <= MAX_TOTAL_NUCLEATED_CELLS:
        errors["total_nucleated_cells"] = ("total nucleated cells must be more than 0 and at "
                                           "most 1e12 (write e.g. 1.5e9)")
    if not 0 <= viability_pct <= 100:
        errors["viability_pct"] = "viability must be between 0 and 100 %"
    low, high = TEMP_PLAUSIBLE_C
    if not low <= arrival_temp_c <= high:
        errors["arrival_temp_c"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors
