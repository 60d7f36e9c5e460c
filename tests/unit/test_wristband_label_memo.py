"""``wristband_label_of`` builds each wristband once per set of inputs (issue 13): whatever
input changes (subject number, date of birth, chain-of-identity identifier, site name), the
answer is the wristband built afresh, never an earlier one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cellchain.config import Settings
from cellchain.isbt128.coi import CoiIdentifier
from cellchain.labels import data as build
from cellchain.labels import service
from cellchain.trial.models import ChainOfIdentity, Subject

BORN = date(1961, 4, 12)


def _subject(number: str = "RAK001", born: date = BORN) -> Subject:
    return Subject(id=1, screening_number="S-001", subject_number=number, status="enrolled",
                   date_of_birth=born)


def _coi(serial: str = "000007") -> ChainOfIdentity:
    return ChainOfIdentity(id=1, identifier=CoiIdentifier("A9990", "26", serial).content,
                           subject_id=1)


def _built(subject: Subject, coi: ChainOfIdentity | None, settings: Settings
           ) -> build.WristbandLabel:
    """The wristband from the label builder itself, with no memo in the way."""
    assert subject.subject_number is not None
    return build.wristband_label(
        facility=settings.site_name, trial=service.label_settings(settings).trial,
        subject_number=subject.subject_number, birth_date=subject.date_of_birth,
        coi=CoiIdentifier.parse(coi.identifier) if coi else None)


@pytest.mark.parametrize(("subject", "coi", "changed"), [
    (_subject(), _coi(), {}),
    (_subject(), None, {}),
    (_subject(), _coi("000008"), {}),
    (_subject(number="RAK002"), _coi(), {}),
    (_subject(born=date(1961, 4, 13)), _coi(), {}),
    (_subject(), _coi(), {"site_name": "Another site"}),
])
def test_each_wristband_is_the_one_built_afresh(
        tmp_path: Path, subject: Subject, coi: ChainOfIdentity | None,
        changed: dict[str, str]) -> None:
    base = Settings(data_dir=tmp_path, database_url="")
    settings = base.model_copy(update=changed)
    # The base case first, so a memo keyed on too little would answer it.
    first = service.wristband_label_of(_subject(), _coi(), base)
    memoised = service.wristband_label_of(subject, coi, settings)
    assert memoised == _built(subject, coi, settings)
    if (subject, coi, changed) != (_subject(), _coi(), {}):
        assert memoised != first


def test_a_subject_without_a_number_has_no_wristband(tmp_path: Path) -> None:
    with pytest.raises(service.Conflict, match="no subject number yet"):
        service.wristband_label_of(_subject().model_copy(update={"subject_number": None}),
                                   None, Settings(data_dir=tmp_path, database_url=""))
