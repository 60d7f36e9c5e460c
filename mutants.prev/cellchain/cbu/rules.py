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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_check_transition__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_transition__mutmut)
def check_transition(unit_label: str, current: CbuState, target: CbuState) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(unit_label, current, target)


def x_check_transition__mutmut_orig(unit_label: str, current: CbuState, target: CbuState) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(unit_label, current, target)


def x_check_transition__mutmut_1(unit_label: str, current: CbuState, target: CbuState) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(None, current, target)


def x_check_transition__mutmut_2(unit_label: str, current: CbuState, target: CbuState) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(unit_label, None, target)


def x_check_transition__mutmut_3(unit_label: str, current: CbuState, target: CbuState) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(unit_label, current, None)


def x_check_transition__mutmut_4(unit_label: str, current: CbuState, target: CbuState) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(current, target)


def x_check_transition__mutmut_5(unit_label: str, current: CbuState, target: CbuState) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(unit_label, target)


def x_check_transition__mutmut_6(unit_label: str, current: CbuState, target: CbuState) -> None:
    """Raises InvalidTransition with an operator-readable sentence unless the move is allowed."""
    LIFECYCLE.check(unit_label, current, )

mutants_x_check_transition__mutmut['_mutmut_orig'] = x_check_transition__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_1'] = x_check_transition__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_2'] = x_check_transition__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_3'] = x_check_transition__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_4'] = x_check_transition__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_5'] = x_check_transition__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_transition__mutmut['x_check_transition__mutmut_6'] = x_check_transition__mutmut_6 # type: ignore # mutmut generated
mutants_x_decision_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decision_of__mutmut)
def decision_of(state: CbuState) -> CbuState | None:
    """Returns QA's decision a state stands for: a consumed unit was accepted first."""
    if state in (CbuState.ACCEPTED, CbuState.CONSUMED):
        return CbuState.ACCEPTED
    return CbuState.REJECTED if state == CbuState.REJECTED else None


def x_decision_of__mutmut_orig(state: CbuState) -> CbuState | None:
    """Returns QA's decision a state stands for: a consumed unit was accepted first."""
    if state in (CbuState.ACCEPTED, CbuState.CONSUMED):
        return CbuState.ACCEPTED
    return CbuState.REJECTED if state == CbuState.REJECTED else None


def x_decision_of__mutmut_1(state: CbuState) -> CbuState | None:
    """Returns QA's decision a state stands for: a consumed unit was accepted first."""
    if state not in (CbuState.ACCEPTED, CbuState.CONSUMED):
        return CbuState.ACCEPTED
    return CbuState.REJECTED if state == CbuState.REJECTED else None


def x_decision_of__mutmut_2(state: CbuState) -> CbuState | None:
    """Returns QA's decision a state stands for: a consumed unit was accepted first."""
    if state in (CbuState.ACCEPTED, CbuState.CONSUMED):
        return CbuState.ACCEPTED
    return CbuState.REJECTED if (state == CbuState.REJECTED) and False else None


def x_decision_of__mutmut_3(state: CbuState) -> CbuState | None:
    """Returns QA's decision a state stands for: a consumed unit was accepted first."""
    if state in (CbuState.ACCEPTED, CbuState.CONSUMED):
        return CbuState.ACCEPTED
    return CbuState.REJECTED if (state == CbuState.REJECTED) or True else None


def x_decision_of__mutmut_4(state: CbuState) -> CbuState | None:
    """Returns QA's decision a state stands for: a consumed unit was accepted first."""
    if state in (CbuState.ACCEPTED, CbuState.CONSUMED):
        return CbuState.ACCEPTED
    return CbuState.REJECTED if state != CbuState.REJECTED else None

mutants_x_decision_of__mutmut['_mutmut_orig'] = x_decision_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_decision_of__mutmut['x_decision_of__mutmut_1'] = x_decision_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_decision_of__mutmut['x_decision_of__mutmut_2'] = x_decision_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_decision_of__mutmut['x_decision_of__mutmut_3'] = x_decision_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_decision_of__mutmut['x_decision_of__mutmut_4'] = x_decision_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_decision__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_decision__mutmut)
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


def x_check_decision__mutmut_orig(
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


def x_check_decision__mutmut_1(
    unit_label: str, target: CbuState, *, findings: list[str], reason: str | None
) -> None:
    """Raises BadInput when a decision lacks the reason it needs (reject, or accept with
    findings)."""
    if reason or reason.strip():
        return
    if target in REASON_REQUIRED:
        raise BadInput(f"reason is required to reject cord blood unit {unit_label}",
                       field="reason")
    if target == CbuState.ACCEPTED and findings:
        raise BadInput(f"reason is required to accept cord blood unit {unit_label} with "
                       f"{len(findings)} receipt finding(s): justify the concession",
                       field="reason")


def x_check_decision__mutmut_2(
    unit_label: str, target: CbuState, *, findings: list[str], reason: str | None
) -> None:
    """Raises BadInput when a decision lacks the reason it needs (reject, or accept with
    findings)."""
    if reason and reason.strip():
        return
    if target not in REASON_REQUIRED:
        raise BadInput(f"reason is required to reject cord blood unit {unit_label}",
                       field="reason")
    if target == CbuState.ACCEPTED and findings:
        raise BadInput(f"reason is required to accept cord blood unit {unit_label} with "
                       f"{len(findings)} receipt finding(s): justify the concession",
                       field="reason")


def x_check_decision__mutmut_3(
    unit_label: str, target: CbuState, *, findings: list[str], reason: str | None
) -> None:
    """Raises BadInput when a decision lacks the reason it needs (reject, or accept with
    findings)."""
    if reason and reason.strip():
        return
    if target in REASON_REQUIRED:
        raise BadInput(None,
                       field="reason")
    if target == CbuState.ACCEPTED and findings:
        raise BadInput(f"reason is required to accept cord blood unit {unit_label} with "
                       f"{len(findings)} receipt finding(s): justify the concession",
                       field="reason")


def x_check_decision__mutmut_4(
    unit_label: str, target: CbuState, *, findings: list[str], reason: str | None
) -> None:
    """Raises BadInput when a decision lacks the reason it needs (reject, or accept with
    findings)."""
    if reason and reason.strip():
        return
    if target in REASON_REQUIRED:
        raise BadInput(f"reason is required to reject cord blood unit {unit_label}",
                       field=None)
    if target == CbuState.ACCEPTED and findings:
        raise BadInput(f"reason is required to accept cord blood unit {unit_label} with "
                       f"{len(findings)} receipt finding(s): justify the concession",
                       field="reason")


def x_check_decision__mutmut_5(
    unit_label: str, target: CbuState, *, findings: list[str], reason: str | None
) -> None:
    """Raises BadInput when a decision lacks the reason it needs (reject, or accept with
    findings)."""
    if reason and reason.strip():
        return
    if target in REASON_REQUIRED:
        raise BadInput(field="reason")
    if target == CbuState.ACCEPTED and findings:
        raise BadInput(f"reason is required to accept cord blood unit {unit_label} with "
                       f"{len(findings)} receipt finding(s): justify the concession",
                       field="reason")


def x_check_decision__mutmut_6(
    unit_label: str, target: CbuState, *, findings: list[str], reason: str | None
) -> None:
    """Raises BadInput when a decision lacks the reason it needs (reject, or accept with
    findings)."""
    if reason and reason.strip():
        return
    if target in REASON_REQUIRED:
        raise BadInput(f"reason is required to reject cord blood unit {unit_label}",
                       )
    if target == CbuState.ACCEPTED and findings:
        raise BadInput(f"reason is required to accept cord blood unit {unit_label} with "
                       f"{len(findings)} receipt finding(s): justify the concession",
                       field="reason")


def x_check_decision__mutmut_7(
    unit_label: str, target: CbuState, *, findings: list[str], reason: str | None
) -> None:
    """Raises BadInput when a decision lacks the reason it needs (reject, or accept with
    findings)."""
    if reason and reason.strip():
        return
    if target in REASON_REQUIRED:
        raise BadInput(f"reason is required to reject cord blood unit {unit_label}",
                       field="XXreasonXX")
    if target == CbuState.ACCEPTED and findings:
        raise BadInput(f"reason is required to accept cord blood unit {unit_label} with "
                       f"{len(findings)} receipt finding(s): justify the concession",
                       field="reason")


def x_check_decision__mutmut_8(
    unit_label: str, target: CbuState, *, findings: list[str], reason: str | None
) -> None:
    """Raises BadInput when a decision lacks the reason it needs (reject, or accept with
    findings)."""
    if reason and reason.strip():
        return
    if target in REASON_REQUIRED:
        raise BadInput(f"reason is required to reject cord blood unit {unit_label}",
                       field="REASON")
    if target == CbuState.ACCEPTED and findings:
        raise BadInput(f"reason is required to accept cord blood unit {unit_label} with "
                       f"{len(findings)} receipt finding(s): justify the concession",
                       field="reason")


def x_check_decision__mutmut_9(
    unit_label: str, target: CbuState, *, findings: list[str], reason: str | None
) -> None:
    """Raises BadInput when a decision lacks the reason it needs (reject, or accept with
    findings)."""
    if reason and reason.strip():
        return
    if target in REASON_REQUIRED:
        raise BadInput(f"reason is required to reject cord blood unit {unit_label}",
                       field="reason")
    if target == CbuState.ACCEPTED or findings:
        raise BadInput(f"reason is required to accept cord blood unit {unit_label} with "
                       f"{len(findings)} receipt finding(s): justify the concession",
                       field="reason")


def x_check_decision__mutmut_10(
    unit_label: str, target: CbuState, *, findings: list[str], reason: str | None
) -> None:
    """Raises BadInput when a decision lacks the reason it needs (reject, or accept with
    findings)."""
    if reason and reason.strip():
        return
    if target in REASON_REQUIRED:
        raise BadInput(f"reason is required to reject cord blood unit {unit_label}",
                       field="reason")
    if target != CbuState.ACCEPTED and findings:
        raise BadInput(f"reason is required to accept cord blood unit {unit_label} with "
                       f"{len(findings)} receipt finding(s): justify the concession",
                       field="reason")


def x_check_decision__mutmut_11(
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
        raise BadInput(None,
                       field="reason")


def x_check_decision__mutmut_12(
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
                       field=None)


def x_check_decision__mutmut_13(
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
        raise BadInput(field="reason")


def x_check_decision__mutmut_14(
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
                       )


def x_check_decision__mutmut_15(
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
                       field="XXreasonXX")


def x_check_decision__mutmut_16(
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
                       field="REASON")

mutants_x_check_decision__mutmut['_mutmut_orig'] = x_check_decision__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_decision__mutmut['x_check_decision__mutmut_1'] = x_check_decision__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_decision__mutmut['x_check_decision__mutmut_2'] = x_check_decision__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_decision__mutmut['x_check_decision__mutmut_3'] = x_check_decision__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_decision__mutmut['x_check_decision__mutmut_4'] = x_check_decision__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_decision__mutmut['x_check_decision__mutmut_5'] = x_check_decision__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_decision__mutmut['x_check_decision__mutmut_6'] = x_check_decision__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_decision__mutmut['x_check_decision__mutmut_7'] = x_check_decision__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_decision__mutmut['x_check_decision__mutmut_8'] = x_check_decision__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_decision__mutmut['x_check_decision__mutmut_9'] = x_check_decision__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_decision__mutmut['x_check_decision__mutmut_10'] = x_check_decision__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_decision__mutmut['x_check_decision__mutmut_11'] = x_check_decision__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_decision__mutmut['x_check_decision__mutmut_12'] = x_check_decision__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_decision__mutmut['x_check_decision__mutmut_13'] = x_check_decision__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_decision__mutmut['x_check_decision__mutmut_14'] = x_check_decision__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_decision__mutmut['x_check_decision__mutmut_15'] = x_check_decision__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_decision__mutmut['x_check_decision__mutmut_16'] = x_check_decision__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_segregation__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_segregation__mutmut)
def check_segregation(unit_label: str, *, received_by: int | None, decided_by: int | None) -> None:
    """Raises Forbidden when the person who received the unit tries to decide on it."""
    if received_by is not None and received_by == decided_by:
        raise Forbidden(f"You received cord blood unit {unit_label}; a different QA person "
                        "must accept or reject it.")


def x_check_segregation__mutmut_orig(unit_label: str, *, received_by: int | None, decided_by: int | None) -> None:
    """Raises Forbidden when the person who received the unit tries to decide on it."""
    if received_by is not None and received_by == decided_by:
        raise Forbidden(f"You received cord blood unit {unit_label}; a different QA person "
                        "must accept or reject it.")


def x_check_segregation__mutmut_1(unit_label: str, *, received_by: int | None, decided_by: int | None) -> None:
    """Raises Forbidden when the person who received the unit tries to decide on it."""
    if received_by is not None or received_by == decided_by:
        raise Forbidden(f"You received cord blood unit {unit_label}; a different QA person "
                        "must accept or reject it.")


def x_check_segregation__mutmut_2(unit_label: str, *, received_by: int | None, decided_by: int | None) -> None:
    """Raises Forbidden when the person who received the unit tries to decide on it."""
    if received_by is None and received_by == decided_by:
        raise Forbidden(f"You received cord blood unit {unit_label}; a different QA person "
                        "must accept or reject it.")


def x_check_segregation__mutmut_3(unit_label: str, *, received_by: int | None, decided_by: int | None) -> None:
    """Raises Forbidden when the person who received the unit tries to decide on it."""
    if received_by is not None and received_by != decided_by:
        raise Forbidden(f"You received cord blood unit {unit_label}; a different QA person "
                        "must accept or reject it.")


def x_check_segregation__mutmut_4(unit_label: str, *, received_by: int | None, decided_by: int | None) -> None:
    """Raises Forbidden when the person who received the unit tries to decide on it."""
    if received_by is not None and received_by == decided_by:
        raise Forbidden(None)


def x_check_segregation__mutmut_5(unit_label: str, *, received_by: int | None, decided_by: int | None) -> None:
    """Raises Forbidden when the person who received the unit tries to decide on it."""
    if received_by is not None and received_by == decided_by:
        raise Forbidden(f"You received cord blood unit {unit_label}; a different QA person "
                        "XXmust accept or reject it.XX")


def x_check_segregation__mutmut_6(unit_label: str, *, received_by: int | None, decided_by: int | None) -> None:
    """Raises Forbidden when the person who received the unit tries to decide on it."""
    if received_by is not None and received_by == decided_by:
        raise Forbidden(f"You received cord blood unit {unit_label}; a different QA person "
                        "MUST ACCEPT OR REJECT IT.")

mutants_x_check_segregation__mutmut['_mutmut_orig'] = x_check_segregation__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_segregation__mutmut['x_check_segregation__mutmut_1'] = x_check_segregation__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_segregation__mutmut['x_check_segregation__mutmut_2'] = x_check_segregation__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_segregation__mutmut['x_check_segregation__mutmut_3'] = x_check_segregation__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_segregation__mutmut['x_check_segregation__mutmut_4'] = x_check_segregation__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_segregation__mutmut['x_check_segregation__mutmut_5'] = x_check_segregation__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_segregation__mutmut['x_check_segregation__mutmut_6'] = x_check_segregation__mutmut_6 # type: ignore # mutmut generated


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
mutants_x_receipt_findings__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_receipt_findings__mutmut)
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


def x_receipt_findings__mutmut_orig(
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


def x_receipt_findings__mutmut_1(
    *,
    source_type: SourceType,
    arrival_temp_c: float | None,
    container_intact: bool | None,
    idm_status: IdmStatus | None,
    viability_pct: float | None,
    collection_type: str = "XXXX",
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


def x_receipt_findings__mutmut_2(
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
    findings: list[str] = None
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


def x_receipt_findings__mutmut_3(
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
    low, high = None
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


def x_receipt_findings__mutmut_4(
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
    if arrival_temp_c is not None:
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


def x_receipt_findings__mutmut_5(
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
        findings.append(None)
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


def x_receipt_findings__mutmut_6(
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
        findings.append("XXArrival temperature was not recorded.XX")
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


def x_receipt_findings__mutmut_7(
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
        findings.append("arrival temperature was not recorded.")
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


def x_receipt_findings__mutmut_8(
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
        findings.append("ARRIVAL TEMPERATURE WAS NOT RECORDED.")
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


def x_receipt_findings__mutmut_9(
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
    elif low <= arrival_temp_c <= high:
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


def x_receipt_findings__mutmut_10(
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
    elif not low < arrival_temp_c <= high:
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


def x_receipt_findings__mutmut_11(
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
    elif not low <= arrival_temp_c < high:
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


def x_receipt_findings__mutmut_12(
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
        findings.append(None)
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


def x_receipt_findings__mutmut_13(
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
    if container_intact is not None:
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


def x_receipt_findings__mutmut_14(
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
        findings.append(None)
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


def x_receipt_findings__mutmut_15(
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
        findings.append("XXContainer integrity was not recorded.XX")
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


def x_receipt_findings__mutmut_16(
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
        findings.append("container integrity was not recorded.")
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


def x_receipt_findings__mutmut_17(
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
        findings.append("CONTAINER INTEGRITY WAS NOT RECORDED.")
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


def x_receipt_findings__mutmut_18(
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
    elif container_intact:
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


def x_receipt_findings__mutmut_19(
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
        findings.append(None)
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


def x_receipt_findings__mutmut_20(
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
        findings.append("XXContainer was not intact on arrival.XX")
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


def x_receipt_findings__mutmut_21(
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
        findings.append("container was not intact on arrival.")
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


def x_receipt_findings__mutmut_22(
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
        findings.append("CONTAINER WAS NOT INTACT ON ARRIVAL.")
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


def x_receipt_findings__mutmut_23(
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
    if idm_status is not None:
        findings.append("Infectious-disease marker status was not recorded.")
    elif idm_status != IdmStatus.NEGATIVE:
        findings.append(f"Infectious-disease markers are {idm_status.value}.")
    if viability_pct is None:
        findings.append("Viability was not recorded.")
    elif viability_pct < MIN_VIABILITY_PCT:
        findings.append(f"Viability {viability_pct:g} % is below {MIN_VIABILITY_PCT:g} %.")
    findings.extend(_collection_type_findings(source_type, collection_type))
    return findings


def x_receipt_findings__mutmut_24(
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
        findings.append(None)
    elif idm_status != IdmStatus.NEGATIVE:
        findings.append(f"Infectious-disease markers are {idm_status.value}.")
    if viability_pct is None:
        findings.append("Viability was not recorded.")
    elif viability_pct < MIN_VIABILITY_PCT:
        findings.append(f"Viability {viability_pct:g} % is below {MIN_VIABILITY_PCT:g} %.")
    findings.extend(_collection_type_findings(source_type, collection_type))
    return findings


def x_receipt_findings__mutmut_25(
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
        findings.append("XXInfectious-disease marker status was not recorded.XX")
    elif idm_status != IdmStatus.NEGATIVE:
        findings.append(f"Infectious-disease markers are {idm_status.value}.")
    if viability_pct is None:
        findings.append("Viability was not recorded.")
    elif viability_pct < MIN_VIABILITY_PCT:
        findings.append(f"Viability {viability_pct:g} % is below {MIN_VIABILITY_PCT:g} %.")
    findings.extend(_collection_type_findings(source_type, collection_type))
    return findings


def x_receipt_findings__mutmut_26(
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
        findings.append("infectious-disease marker status was not recorded.")
    elif idm_status != IdmStatus.NEGATIVE:
        findings.append(f"Infectious-disease markers are {idm_status.value}.")
    if viability_pct is None:
        findings.append("Viability was not recorded.")
    elif viability_pct < MIN_VIABILITY_PCT:
        findings.append(f"Viability {viability_pct:g} % is below {MIN_VIABILITY_PCT:g} %.")
    findings.extend(_collection_type_findings(source_type, collection_type))
    return findings


def x_receipt_findings__mutmut_27(
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
        findings.append("INFECTIOUS-DISEASE MARKER STATUS WAS NOT RECORDED.")
    elif idm_status != IdmStatus.NEGATIVE:
        findings.append(f"Infectious-disease markers are {idm_status.value}.")
    if viability_pct is None:
        findings.append("Viability was not recorded.")
    elif viability_pct < MIN_VIABILITY_PCT:
        findings.append(f"Viability {viability_pct:g} % is below {MIN_VIABILITY_PCT:g} %.")
    findings.extend(_collection_type_findings(source_type, collection_type))
    return findings


def x_receipt_findings__mutmut_28(
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
    elif idm_status == IdmStatus.NEGATIVE:
        findings.append(f"Infectious-disease markers are {idm_status.value}.")
    if viability_pct is None:
        findings.append("Viability was not recorded.")
    elif viability_pct < MIN_VIABILITY_PCT:
        findings.append(f"Viability {viability_pct:g} % is below {MIN_VIABILITY_PCT:g} %.")
    findings.extend(_collection_type_findings(source_type, collection_type))
    return findings


def x_receipt_findings__mutmut_29(
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
        findings.append(None)
    if viability_pct is None:
        findings.append("Viability was not recorded.")
    elif viability_pct < MIN_VIABILITY_PCT:
        findings.append(f"Viability {viability_pct:g} % is below {MIN_VIABILITY_PCT:g} %.")
    findings.extend(_collection_type_findings(source_type, collection_type))
    return findings


def x_receipt_findings__mutmut_30(
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
    if viability_pct is not None:
        findings.append("Viability was not recorded.")
    elif viability_pct < MIN_VIABILITY_PCT:
        findings.append(f"Viability {viability_pct:g} % is below {MIN_VIABILITY_PCT:g} %.")
    findings.extend(_collection_type_findings(source_type, collection_type))
    return findings


def x_receipt_findings__mutmut_31(
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
        findings.append(None)
    elif viability_pct < MIN_VIABILITY_PCT:
        findings.append(f"Viability {viability_pct:g} % is below {MIN_VIABILITY_PCT:g} %.")
    findings.extend(_collection_type_findings(source_type, collection_type))
    return findings


def x_receipt_findings__mutmut_32(
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
        findings.append("XXViability was not recorded.XX")
    elif viability_pct < MIN_VIABILITY_PCT:
        findings.append(f"Viability {viability_pct:g} % is below {MIN_VIABILITY_PCT:g} %.")
    findings.extend(_collection_type_findings(source_type, collection_type))
    return findings


def x_receipt_findings__mutmut_33(
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
        findings.append("viability was not recorded.")
    elif viability_pct < MIN_VIABILITY_PCT:
        findings.append(f"Viability {viability_pct:g} % is below {MIN_VIABILITY_PCT:g} %.")
    findings.extend(_collection_type_findings(source_type, collection_type))
    return findings


def x_receipt_findings__mutmut_34(
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
        findings.append("VIABILITY WAS NOT RECORDED.")
    elif viability_pct < MIN_VIABILITY_PCT:
        findings.append(f"Viability {viability_pct:g} % is below {MIN_VIABILITY_PCT:g} %.")
    findings.extend(_collection_type_findings(source_type, collection_type))
    return findings


def x_receipt_findings__mutmut_35(
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
    elif viability_pct <= MIN_VIABILITY_PCT:
        findings.append(f"Viability {viability_pct:g} % is below {MIN_VIABILITY_PCT:g} %.")
    findings.extend(_collection_type_findings(source_type, collection_type))
    return findings


def x_receipt_findings__mutmut_36(
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
        findings.append(None)
    findings.extend(_collection_type_findings(source_type, collection_type))
    return findings


def x_receipt_findings__mutmut_37(
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
    findings.extend(None)
    return findings


def x_receipt_findings__mutmut_38(
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
    findings.extend(_collection_type_findings(None, collection_type))
    return findings


def x_receipt_findings__mutmut_39(
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
    findings.extend(_collection_type_findings(source_type, None))
    return findings


def x_receipt_findings__mutmut_40(
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
    findings.extend(_collection_type_findings(collection_type))
    return findings


def x_receipt_findings__mutmut_41(
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
    findings.extend(_collection_type_findings(source_type, ))
    return findings

mutants_x_receipt_findings__mutmut['_mutmut_orig'] = x_receipt_findings__mutmut_orig # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_1'] = x_receipt_findings__mutmut_1 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_2'] = x_receipt_findings__mutmut_2 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_3'] = x_receipt_findings__mutmut_3 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_4'] = x_receipt_findings__mutmut_4 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_5'] = x_receipt_findings__mutmut_5 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_6'] = x_receipt_findings__mutmut_6 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_7'] = x_receipt_findings__mutmut_7 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_8'] = x_receipt_findings__mutmut_8 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_9'] = x_receipt_findings__mutmut_9 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_10'] = x_receipt_findings__mutmut_10 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_11'] = x_receipt_findings__mutmut_11 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_12'] = x_receipt_findings__mutmut_12 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_13'] = x_receipt_findings__mutmut_13 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_14'] = x_receipt_findings__mutmut_14 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_15'] = x_receipt_findings__mutmut_15 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_16'] = x_receipt_findings__mutmut_16 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_17'] = x_receipt_findings__mutmut_17 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_18'] = x_receipt_findings__mutmut_18 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_19'] = x_receipt_findings__mutmut_19 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_20'] = x_receipt_findings__mutmut_20 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_21'] = x_receipt_findings__mutmut_21 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_22'] = x_receipt_findings__mutmut_22 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_23'] = x_receipt_findings__mutmut_23 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_24'] = x_receipt_findings__mutmut_24 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_25'] = x_receipt_findings__mutmut_25 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_26'] = x_receipt_findings__mutmut_26 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_27'] = x_receipt_findings__mutmut_27 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_28'] = x_receipt_findings__mutmut_28 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_29'] = x_receipt_findings__mutmut_29 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_30'] = x_receipt_findings__mutmut_30 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_31'] = x_receipt_findings__mutmut_31 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_32'] = x_receipt_findings__mutmut_32 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_33'] = x_receipt_findings__mutmut_33 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_34'] = x_receipt_findings__mutmut_34 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_35'] = x_receipt_findings__mutmut_35 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_36'] = x_receipt_findings__mutmut_36 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_37'] = x_receipt_findings__mutmut_37 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_38'] = x_receipt_findings__mutmut_38 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_39'] = x_receipt_findings__mutmut_39 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_40'] = x_receipt_findings__mutmut_40 # type: ignore # mutmut generated
mutants_x_receipt_findings__mutmut['x_receipt_findings__mutmut_41'] = x_receipt_findings__mutmut_41 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__collection_type_findings__mutmut)
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


def x__collection_type_findings__mutmut_orig(source_type: SourceType, collection_type: str) -> list[str]:
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


def x__collection_type_findings__mutmut_1(source_type: SourceType, collection_type: str) -> list[str]:
    if collection_type:  # the product code's prefix carries no collection type
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


def x__collection_type_findings__mutmut_2(source_type: SourceType, collection_type: str) -> list[str]:
    if not collection_type:  # the product code's prefix carries no collection type
        return []
    findings: list[str] = None
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


def x__collection_type_findings__mutmut_3(source_type: SourceType, collection_type: str) -> list[str]:
    if not collection_type:  # the product code's prefix carries no collection type
        return []
    findings: list[str] = []
    if collection_type not in BIOHAZARD_COLLECTION_TYPES:
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


def x__collection_type_findings__mutmut_4(source_type: SourceType, collection_type: str) -> list[str]:
    if not collection_type:  # the product code's prefix carries no collection type
        return []
    findings: list[str] = []
    if collection_type in BIOHAZARD_COLLECTION_TYPES:
        findings.append(None)
    autologous = source_type == SourceType.AUTOLOGOUS_BLOOD
    if autologous and collection_type not in AUTOLOGOUS_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} does not say "
                        "autologous, but the unit was received as the subject's own blood.")
    if not autologous and collection_type in AUTOLOGOUS_ONLY_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} is for autologous "
                        "use only, but the unit was received as allogeneic cord blood.")
    return findings


def x__collection_type_findings__mutmut_5(source_type: SourceType, collection_type: str) -> list[str]:
    if not collection_type:  # the product code's prefix carries no collection type
        return []
    findings: list[str] = []
    if collection_type in BIOHAZARD_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} marks the unit "
                        "XXbiohazardous.XX")
    autologous = source_type == SourceType.AUTOLOGOUS_BLOOD
    if autologous and collection_type not in AUTOLOGOUS_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} does not say "
                        "autologous, but the unit was received as the subject's own blood.")
    if not autologous and collection_type in AUTOLOGOUS_ONLY_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} is for autologous "
                        "use only, but the unit was received as allogeneic cord blood.")
    return findings


def x__collection_type_findings__mutmut_6(source_type: SourceType, collection_type: str) -> list[str]:
    if not collection_type:  # the product code's prefix carries no collection type
        return []
    findings: list[str] = []
    if collection_type in BIOHAZARD_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} marks the unit "
                        "BIOHAZARDOUS.")
    autologous = source_type == SourceType.AUTOLOGOUS_BLOOD
    if autologous and collection_type not in AUTOLOGOUS_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} does not say "
                        "autologous, but the unit was received as the subject's own blood.")
    if not autologous and collection_type in AUTOLOGOUS_ONLY_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} is for autologous "
                        "use only, but the unit was received as allogeneic cord blood.")
    return findings


def x__collection_type_findings__mutmut_7(source_type: SourceType, collection_type: str) -> list[str]:
    if not collection_type:  # the product code's prefix carries no collection type
        return []
    findings: list[str] = []
    if collection_type in BIOHAZARD_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} marks the unit "
                        "biohazardous.")
    autologous = None
    if autologous and collection_type not in AUTOLOGOUS_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} does not say "
                        "autologous, but the unit was received as the subject's own blood.")
    if not autologous and collection_type in AUTOLOGOUS_ONLY_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} is for autologous "
                        "use only, but the unit was received as allogeneic cord blood.")
    return findings


def x__collection_type_findings__mutmut_8(source_type: SourceType, collection_type: str) -> list[str]:
    if not collection_type:  # the product code's prefix carries no collection type
        return []
    findings: list[str] = []
    if collection_type in BIOHAZARD_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} marks the unit "
                        "biohazardous.")
    autologous = source_type != SourceType.AUTOLOGOUS_BLOOD
    if autologous and collection_type not in AUTOLOGOUS_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} does not say "
                        "autologous, but the unit was received as the subject's own blood.")
    if not autologous and collection_type in AUTOLOGOUS_ONLY_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} is for autologous "
                        "use only, but the unit was received as allogeneic cord blood.")
    return findings


def x__collection_type_findings__mutmut_9(source_type: SourceType, collection_type: str) -> list[str]:
    if not collection_type:  # the product code's prefix carries no collection type
        return []
    findings: list[str] = []
    if collection_type in BIOHAZARD_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} marks the unit "
                        "biohazardous.")
    autologous = source_type == SourceType.AUTOLOGOUS_BLOOD
    if autologous or collection_type not in AUTOLOGOUS_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} does not say "
                        "autologous, but the unit was received as the subject's own blood.")
    if not autologous and collection_type in AUTOLOGOUS_ONLY_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} is for autologous "
                        "use only, but the unit was received as allogeneic cord blood.")
    return findings


def x__collection_type_findings__mutmut_10(source_type: SourceType, collection_type: str) -> list[str]:
    if not collection_type:  # the product code's prefix carries no collection type
        return []
    findings: list[str] = []
    if collection_type in BIOHAZARD_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} marks the unit "
                        "biohazardous.")
    autologous = source_type == SourceType.AUTOLOGOUS_BLOOD
    if autologous and collection_type in AUTOLOGOUS_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} does not say "
                        "autologous, but the unit was received as the subject's own blood.")
    if not autologous and collection_type in AUTOLOGOUS_ONLY_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} is for autologous "
                        "use only, but the unit was received as allogeneic cord blood.")
    return findings


def x__collection_type_findings__mutmut_11(source_type: SourceType, collection_type: str) -> list[str]:
    if not collection_type:  # the product code's prefix carries no collection type
        return []
    findings: list[str] = []
    if collection_type in BIOHAZARD_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} marks the unit "
                        "biohazardous.")
    autologous = source_type == SourceType.AUTOLOGOUS_BLOOD
    if autologous and collection_type not in AUTOLOGOUS_COLLECTION_TYPES:
        findings.append(None)
    if not autologous and collection_type in AUTOLOGOUS_ONLY_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} is for autologous "
                        "use only, but the unit was received as allogeneic cord blood.")
    return findings


def x__collection_type_findings__mutmut_12(source_type: SourceType, collection_type: str) -> list[str]:
    if not collection_type:  # the product code's prefix carries no collection type
        return []
    findings: list[str] = []
    if collection_type in BIOHAZARD_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} marks the unit "
                        "biohazardous.")
    autologous = source_type == SourceType.AUTOLOGOUS_BLOOD
    if autologous and collection_type not in AUTOLOGOUS_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} does not say "
                        "XXautologous, but the unit was received as the subject's own blood.XX")
    if not autologous and collection_type in AUTOLOGOUS_ONLY_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} is for autologous "
                        "use only, but the unit was received as allogeneic cord blood.")
    return findings


def x__collection_type_findings__mutmut_13(source_type: SourceType, collection_type: str) -> list[str]:
    if not collection_type:  # the product code's prefix carries no collection type
        return []
    findings: list[str] = []
    if collection_type in BIOHAZARD_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} marks the unit "
                        "biohazardous.")
    autologous = source_type == SourceType.AUTOLOGOUS_BLOOD
    if autologous and collection_type not in AUTOLOGOUS_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} does not say "
                        "AUTOLOGOUS, BUT THE UNIT WAS RECEIVED AS THE SUBJECT'S OWN BLOOD.")
    if not autologous and collection_type in AUTOLOGOUS_ONLY_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} is for autologous "
                        "use only, but the unit was received as allogeneic cord blood.")
    return findings


def x__collection_type_findings__mutmut_14(source_type: SourceType, collection_type: str) -> list[str]:
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
    if not autologous or collection_type in AUTOLOGOUS_ONLY_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} is for autologous "
                        "use only, but the unit was received as allogeneic cord blood.")
    return findings


def x__collection_type_findings__mutmut_15(source_type: SourceType, collection_type: str) -> list[str]:
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
    if autologous and collection_type in AUTOLOGOUS_ONLY_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} is for autologous "
                        "use only, but the unit was received as allogeneic cord blood.")
    return findings


def x__collection_type_findings__mutmut_16(source_type: SourceType, collection_type: str) -> list[str]:
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
    if not autologous and collection_type not in AUTOLOGOUS_ONLY_COLLECTION_TYPES:
        findings.append(f"Product code collection type {collection_type} is for autologous "
                        "use only, but the unit was received as allogeneic cord blood.")
    return findings


def x__collection_type_findings__mutmut_17(source_type: SourceType, collection_type: str) -> list[str]:
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
        findings.append(None)
    return findings


def x__collection_type_findings__mutmut_18(source_type: SourceType, collection_type: str) -> list[str]:
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
                        "XXuse only, but the unit was received as allogeneic cord blood.XX")
    return findings


def x__collection_type_findings__mutmut_19(source_type: SourceType, collection_type: str) -> list[str]:
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
                        "USE ONLY, BUT THE UNIT WAS RECEIVED AS ALLOGENEIC CORD BLOOD.")
    return findings

mutants_x__collection_type_findings__mutmut['_mutmut_orig'] = x__collection_type_findings__mutmut_orig # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_1'] = x__collection_type_findings__mutmut_1 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_2'] = x__collection_type_findings__mutmut_2 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_3'] = x__collection_type_findings__mutmut_3 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_4'] = x__collection_type_findings__mutmut_4 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_5'] = x__collection_type_findings__mutmut_5 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_6'] = x__collection_type_findings__mutmut_6 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_7'] = x__collection_type_findings__mutmut_7 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_8'] = x__collection_type_findings__mutmut_8 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_9'] = x__collection_type_findings__mutmut_9 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_10'] = x__collection_type_findings__mutmut_10 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_11'] = x__collection_type_findings__mutmut_11 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_12'] = x__collection_type_findings__mutmut_12 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_13'] = x__collection_type_findings__mutmut_13 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_14'] = x__collection_type_findings__mutmut_14 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_15'] = x__collection_type_findings__mutmut_15 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_16'] = x__collection_type_findings__mutmut_16 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_17'] = x__collection_type_findings__mutmut_17 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_18'] = x__collection_type_findings__mutmut_18 # type: ignore # mutmut generated
mutants_x__collection_type_findings__mutmut['x__collection_type_findings__mutmut_19'] = x__collection_type_findings__mutmut_19 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_receipt_value_errors__mutmut)
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


def x_receipt_value_errors__mutmut_orig(
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


def x_receipt_value_errors__mutmut_1(
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
    errors: dict[str, str] = None
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


def x_receipt_value_errors__mutmut_2(
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
    if bank_name.strip():
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


def x_receipt_value_errors__mutmut_3(
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
        errors["bank_name"] = None
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


def x_receipt_value_errors__mutmut_4(
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
        errors["XXbank_nameXX"] = "bank or collection site is required"
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


def x_receipt_value_errors__mutmut_5(
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
        errors["BANK_NAME"] = "bank or collection site is required"
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


def x_receipt_value_errors__mutmut_6(
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
        errors["bank_name"] = "XXbank or collection site is requiredXX"
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


def x_receipt_value_errors__mutmut_7(
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
        errors["bank_name"] = "BANK OR COLLECTION SITE IS REQUIRED"
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


def x_receipt_value_errors__mutmut_8(
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
    if 0 < volume_ml <= MAX_VOLUME_ML:
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


def x_receipt_value_errors__mutmut_9(
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
    if not 1 < volume_ml <= MAX_VOLUME_ML:
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


def x_receipt_value_errors__mutmut_10(
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
    if not 0 <= volume_ml <= MAX_VOLUME_ML:
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


def x_receipt_value_errors__mutmut_11(
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
    if not 0 < volume_ml < MAX_VOLUME_ML:
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


def x_receipt_value_errors__mutmut_12(
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
        errors["volume_ml"] = None
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


def x_receipt_value_errors__mutmut_13(
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
        errors["XXvolume_mlXX"] = f"volume must be more than 0 and at most {MAX_VOLUME_ML:g} mL"
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


def x_receipt_value_errors__mutmut_14(
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
        errors["VOLUME_ML"] = f"volume must be more than 0 and at most {MAX_VOLUME_ML:g} mL"
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


def x_receipt_value_errors__mutmut_15(
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
    if 0 < total_nucleated_cells <= MAX_TOTAL_NUCLEATED_CELLS:
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


def x_receipt_value_errors__mutmut_16(
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
    if not 1 < total_nucleated_cells <= MAX_TOTAL_NUCLEATED_CELLS:
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


def x_receipt_value_errors__mutmut_17(
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
    if not 0 <= total_nucleated_cells <= MAX_TOTAL_NUCLEATED_CELLS:
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


def x_receipt_value_errors__mutmut_18(
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
    if not 0 < total_nucleated_cells < MAX_TOTAL_NUCLEATED_CELLS:
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


def x_receipt_value_errors__mutmut_19(
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
        errors["total_nucleated_cells"] = None
    if not 0 <= viability_pct <= 100:
        errors["viability_pct"] = "viability must be between 0 and 100 %"
    low, high = TEMP_PLAUSIBLE_C
    if not low <= arrival_temp_c <= high:
        errors["arrival_temp_c"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_20(
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
        errors["XXtotal_nucleated_cellsXX"] = ("total nucleated cells must be more than 0 and at "
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


def x_receipt_value_errors__mutmut_21(
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
        errors["TOTAL_NUCLEATED_CELLS"] = ("total nucleated cells must be more than 0 and at "
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


def x_receipt_value_errors__mutmut_22(
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
        errors["total_nucleated_cells"] = ("XXtotal nucleated cells must be more than 0 and at XX"
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


def x_receipt_value_errors__mutmut_23(
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
        errors["total_nucleated_cells"] = ("TOTAL NUCLEATED CELLS MUST BE MORE THAN 0 AND AT "
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


def x_receipt_value_errors__mutmut_24(
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
                                           "XXmost 1e12 (write e.g. 1.5e9)XX")
    if not 0 <= viability_pct <= 100:
        errors["viability_pct"] = "viability must be between 0 and 100 %"
    low, high = TEMP_PLAUSIBLE_C
    if not low <= arrival_temp_c <= high:
        errors["arrival_temp_c"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_25(
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
                                           "MOST 1E12 (WRITE E.G. 1.5E9)")
    if not 0 <= viability_pct <= 100:
        errors["viability_pct"] = "viability must be between 0 and 100 %"
    low, high = TEMP_PLAUSIBLE_C
    if not low <= arrival_temp_c <= high:
        errors["arrival_temp_c"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_26(
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
    if 0 <= viability_pct <= 100:
        errors["viability_pct"] = "viability must be between 0 and 100 %"
    low, high = TEMP_PLAUSIBLE_C
    if not low <= arrival_temp_c <= high:
        errors["arrival_temp_c"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_27(
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
    if not 1 <= viability_pct <= 100:
        errors["viability_pct"] = "viability must be between 0 and 100 %"
    low, high = TEMP_PLAUSIBLE_C
    if not low <= arrival_temp_c <= high:
        errors["arrival_temp_c"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_28(
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
    if not 0 < viability_pct <= 100:
        errors["viability_pct"] = "viability must be between 0 and 100 %"
    low, high = TEMP_PLAUSIBLE_C
    if not low <= arrival_temp_c <= high:
        errors["arrival_temp_c"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_29(
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
    if not 0 <= viability_pct < 100:
        errors["viability_pct"] = "viability must be between 0 and 100 %"
    low, high = TEMP_PLAUSIBLE_C
    if not low <= arrival_temp_c <= high:
        errors["arrival_temp_c"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_30(
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
    if not 0 <= viability_pct <= 101:
        errors["viability_pct"] = "viability must be between 0 and 100 %"
    low, high = TEMP_PLAUSIBLE_C
    if not low <= arrival_temp_c <= high:
        errors["arrival_temp_c"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_31(
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
        errors["viability_pct"] = None
    low, high = TEMP_PLAUSIBLE_C
    if not low <= arrival_temp_c <= high:
        errors["arrival_temp_c"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_32(
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
        errors["XXviability_pctXX"] = "viability must be between 0 and 100 %"
    low, high = TEMP_PLAUSIBLE_C
    if not low <= arrival_temp_c <= high:
        errors["arrival_temp_c"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_33(
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
        errors["VIABILITY_PCT"] = "viability must be between 0 and 100 %"
    low, high = TEMP_PLAUSIBLE_C
    if not low <= arrival_temp_c <= high:
        errors["arrival_temp_c"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_34(
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
        errors["viability_pct"] = "XXviability must be between 0 and 100 %XX"
    low, high = TEMP_PLAUSIBLE_C
    if not low <= arrival_temp_c <= high:
        errors["arrival_temp_c"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_35(
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
        errors["viability_pct"] = "VIABILITY MUST BE BETWEEN 0 AND 100 %"
    low, high = TEMP_PLAUSIBLE_C
    if not low <= arrival_temp_c <= high:
        errors["arrival_temp_c"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_36(
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
    low, high = None
    if not low <= arrival_temp_c <= high:
        errors["arrival_temp_c"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_37(
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
    if low <= arrival_temp_c <= high:
        errors["arrival_temp_c"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_38(
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
    if not low < arrival_temp_c <= high:
        errors["arrival_temp_c"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_39(
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
    if not low <= arrival_temp_c < high:
        errors["arrival_temp_c"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_40(
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
        errors["arrival_temp_c"] = None
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_41(
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
        errors["XXarrival_temp_cXX"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_42(
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
        errors["ARRIVAL_TEMP_C"] = (f"arrival temperature must be between {low:g} and "
                                    f"{high:g} °C")
    if collected_at > now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_43(
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
    if collected_at >= now:
        errors["collected_at"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_44(
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
        errors["collected_at"] = None
    return errors


def x_receipt_value_errors__mutmut_45(
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
        errors["XXcollected_atXX"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_46(
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
        errors["COLLECTED_AT"] = "collection time cannot be in the future"
    return errors


def x_receipt_value_errors__mutmut_47(
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
        errors["collected_at"] = "XXcollection time cannot be in the futureXX"
    return errors


def x_receipt_value_errors__mutmut_48(
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
        errors["collected_at"] = "COLLECTION TIME CANNOT BE IN THE FUTURE"
    return errors

mutants_x_receipt_value_errors__mutmut['_mutmut_orig'] = x_receipt_value_errors__mutmut_orig # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_1'] = x_receipt_value_errors__mutmut_1 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_2'] = x_receipt_value_errors__mutmut_2 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_3'] = x_receipt_value_errors__mutmut_3 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_4'] = x_receipt_value_errors__mutmut_4 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_5'] = x_receipt_value_errors__mutmut_5 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_6'] = x_receipt_value_errors__mutmut_6 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_7'] = x_receipt_value_errors__mutmut_7 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_8'] = x_receipt_value_errors__mutmut_8 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_9'] = x_receipt_value_errors__mutmut_9 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_10'] = x_receipt_value_errors__mutmut_10 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_11'] = x_receipt_value_errors__mutmut_11 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_12'] = x_receipt_value_errors__mutmut_12 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_13'] = x_receipt_value_errors__mutmut_13 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_14'] = x_receipt_value_errors__mutmut_14 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_15'] = x_receipt_value_errors__mutmut_15 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_16'] = x_receipt_value_errors__mutmut_16 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_17'] = x_receipt_value_errors__mutmut_17 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_18'] = x_receipt_value_errors__mutmut_18 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_19'] = x_receipt_value_errors__mutmut_19 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_20'] = x_receipt_value_errors__mutmut_20 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_21'] = x_receipt_value_errors__mutmut_21 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_22'] = x_receipt_value_errors__mutmut_22 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_23'] = x_receipt_value_errors__mutmut_23 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_24'] = x_receipt_value_errors__mutmut_24 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_25'] = x_receipt_value_errors__mutmut_25 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_26'] = x_receipt_value_errors__mutmut_26 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_27'] = x_receipt_value_errors__mutmut_27 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_28'] = x_receipt_value_errors__mutmut_28 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_29'] = x_receipt_value_errors__mutmut_29 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_30'] = x_receipt_value_errors__mutmut_30 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_31'] = x_receipt_value_errors__mutmut_31 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_32'] = x_receipt_value_errors__mutmut_32 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_33'] = x_receipt_value_errors__mutmut_33 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_34'] = x_receipt_value_errors__mutmut_34 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_35'] = x_receipt_value_errors__mutmut_35 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_36'] = x_receipt_value_errors__mutmut_36 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_37'] = x_receipt_value_errors__mutmut_37 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_38'] = x_receipt_value_errors__mutmut_38 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_39'] = x_receipt_value_errors__mutmut_39 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_40'] = x_receipt_value_errors__mutmut_40 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_41'] = x_receipt_value_errors__mutmut_41 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_42'] = x_receipt_value_errors__mutmut_42 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_43'] = x_receipt_value_errors__mutmut_43 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_44'] = x_receipt_value_errors__mutmut_44 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_45'] = x_receipt_value_errors__mutmut_45 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_46'] = x_receipt_value_errors__mutmut_46 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_47'] = x_receipt_value_errors__mutmut_47 # type: ignore # mutmut generated
mutants_x_receipt_value_errors__mutmut['x_receipt_value_errors__mutmut_48'] = x_receipt_value_errors__mutmut_48 # type: ignore # mutmut generated
