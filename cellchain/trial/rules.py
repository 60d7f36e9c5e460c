"""Pure subject rules: the subject lifecycle (DESIGN §3) and the subject-number format.

Decisions where DESIGN §3 is silent: a subject may withdraw (consent withdrawn, investigator
decision) from enrolment or treatment, not from screening (that is a screen failure);
screen_failed, completed and withdrawn are final.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Final

from cellchain.errors import BadInput, Conflict
from cellchain.isbt128.checkchar import check_value
from cellchain.isbt128.errors import ScanError
from cellchain.lifecycle import Lifecycle


class SubjectStatus(StrEnum):
    SCREENING = "screening"
    SCREEN_FAILED = "screen_failed"
    ENROLLED = "enrolled"
    ON_TREATMENT = "on_treatment"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


SUBJECT_TRANSITIONS: Final[Mapping[SubjectStatus, frozenset[SubjectStatus]]] = {
    SubjectStatus.SCREENING: frozenset({SubjectStatus.SCREEN_FAILED, SubjectStatus.ENROLLED}),
    SubjectStatus.ENROLLED: frozenset({SubjectStatus.ON_TREATMENT, SubjectStatus.WITHDRAWN}),
    SubjectStatus.ON_TREATMENT: frozenset({SubjectStatus.COMPLETED, SubjectStatus.WITHDRAWN}),
    SubjectStatus.SCREEN_FAILED: frozenset(),
    SubjectStatus.COMPLETED: frozenset(),
    SubjectStatus.WITHDRAWN: frozenset(),
}

_SUBJECT_PREREQUISITE: Final[Mapping[SubjectStatus, str]] = {
    SubjectStatus.SCREENING: "screening is where every subject starts",
    SubjectStatus.SCREEN_FAILED: "only a subject in screening can fail screening",
    SubjectStatus.ENROLLED: "only a subject in screening is enrolled",
    SubjectStatus.ON_TREATMENT: "the subject must be enrolled first",
    SubjectStatus.COMPLETED: "the subject must be on treatment first",
    SubjectStatus.WITHDRAWN: "only an enrolled subject or one on treatment can withdraw",
}


class InvalidSubjectMove(Conflict):
    """A move the subject lifecycle does not allow."""


SUBJECT_LIFECYCLE: Final = Lifecycle("Subject", SUBJECT_TRANSITIONS, _SUBJECT_PREREQUISITE,
                                     InvalidSubjectMove, pronoun="they")


def check_subject_move(subject_label: str, current: SubjectStatus, target: SubjectStatus) -> None:
    """Raises InvalidSubjectMove with an operator-readable sentence unless the move is allowed."""
    SUBJECT_LIFECYCLE.check(subject_label, current, target)


def validate_subject_number(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def wristband_patient_id(subject_number: str) -> str:
    """The DS025 patient ID on a wristband: subject number + its two-digit Mod 37-2 value.

    DS025 allows only letters and digits, so the check value is written as two digits
    (00-36, as the GRID checksum is) rather than as a check character that may be ``*``.
    """
    validate_subject_number(subject_number)
    return f"{subject_number}{check_value(subject_number, what='subject number'):02d}"


def subject_number_from_patient_id(patient_id: str) -> str:
    """Reverses ``wristband_patient_id``, refusing a patient ID whose check value is wrong."""
    number, check = patient_id[:-2], patient_id[-2:]
    validate_subject_number(number)
    expected = f"{check_value(number, what='subject number'):02d}"
    if check != expected:
        raise ScanError(f"wristband subject number check value is {expected}, scanned {check}")
    return number
