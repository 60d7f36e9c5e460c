"""Patient Date of Birth DS024 and Patient Identification Number DS025 (ST-001 §2.4.24-25)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from cellchain.isbt128 import PatientBirthDate, PatientIdentification, parse_read
from cellchain.isbt128.patient import LOCAL_DEFAULT_LOCATION
from tests.unit.isbt128_strategies import UPPER_ALNUM


def test_birth_date_is_location_then_yyyymmdd() -> None:
    born = PatientBirthDate(LOCAL_DEFAULT_LOCATION, date(1980, 2, 29))
    assert born.text == "=#0019800229"
    assert born.fields() == {"location": "00", "birth_date": "1980-02-29"}


@given(st.text(UPPER_ALNUM, min_size=1, max_size=99))
def test_ll_is_the_count_of_id_characters(patient_id: str) -> None:
    patient = PatientIdentification(LOCAL_DEFAULT_LOCATION, patient_id)
    assert patient.content == f"00{len(patient_id):02d}{patient_id}"


def test_the_common_pair_024_025_splits_by_the_declared_length() -> None:
    born = PatientBirthDate("00", date(1975, 12, 1))
    patient = PatientIdentification("00", "SUBJ00712")
    assert parse_read(f"]C4{born.text}{patient.text}") == [born, patient]
    assert parse_read(f"]C4{patient.text}{born.text}") == [patient, born]
