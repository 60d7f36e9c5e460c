"""Subject numbers (3-10 upper-case letters and digits, because DS025 allows only those) and
the wristband patient ID with its two-digit Mod 37-2 value, boundaries on both sides."""

from __future__ import annotations

import pytest

from cellchain.errors import BadInput
from cellchain.isbt128.errors import ScanError
from cellchain.trial.rules import (
    subject_number_from_patient_id,
    validate_subject_number,
    wristband_patient_id,
)


@pytest.mark.parametrize("number", ["RAK", "Z09", "A" * 10, "0123456789", "ZZZ"])
def test_numbers_of_3_to_10_letters_and_digits_are_accepted(number: str) -> None:
    validate_subject_number(number)


@pytest.mark.parametrize(("number", "message"), [
    ("RA", "subject number must be 3-10 characters, got 2"),
    ("A" * 11, "subject number must be 3-10 characters, got 11"),
    ("", "subject number must be 3-10 characters, got 0"),
    ("rak001", "subject number may contain only upper-case letters A-Z and digits"),
    ("RAK-01", "subject number may contain only upper-case letters A-Z and digits"),
    ("RAKÉ01", "subject number may contain only upper-case letters A-Z and digits"),
    ("RAK 01", "subject number may contain only upper-case letters A-Z and digits"),
])
def test_other_subject_numbers_are_refused_naming_the_field(number: str, message: str) -> None:
    with pytest.raises(BadInput) as refused:
        validate_subject_number(number)
    assert (refused.value.message, refused.value.field) == (message, "subject_number")


# Mod 37-2 over "RAK001" by ST-001 App. A.1 (worked in the test of checkchar's oracle):
# R27 A10 K20 0 0 1 with weights 64 32 16 8 4 2 -> 1728+320+320+2 = 2370; 2370 mod 37 = 2;
# (38 - 2) mod 37 = 36.
def test_the_wristband_patient_id_appends_the_two_digit_check_value() -> None:
    assert wristband_patient_id("RAK001") == "RAK00136"
    assert subject_number_from_patient_id("RAK00136") == "RAK001"


def test_a_wrong_wristband_check_value_is_refused_naming_both() -> None:
    with pytest.raises(ScanError) as refused:
        subject_number_from_patient_id("RAK00135")
    assert refused.value.message == "wristband subject number check value is 36, scanned 35"
    with pytest.raises(BadInput, match="must be 3-10 characters, got 2"):
        wristband_patient_id("RA")
