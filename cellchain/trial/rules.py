"""Pure subject rules: status vocabulary and the subject-number format."""

from __future__ import annotations

from enum import StrEnum

from cellchain.errors import BadInput
from cellchain.isbt128.checkchar import check_value
from cellchain.isbt128.errors import ScanError


class SubjectStatus(StrEnum):
    SCREENING = "screening"
    SCREEN_FAILED = "screen_failed"
    ENROLLED = "enrolled"
    ON_TREATMENT = "on_treatment"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


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
