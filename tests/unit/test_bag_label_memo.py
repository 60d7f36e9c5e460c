"""``bag_label_of`` builds each bag's label once per set of inputs (issue 13): whatever input
changes (allocation, expiry, kit number, site name, time zone), the answer is the label built
afresh from the records, never an earlier one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cellchain.bags.models import Bag
from cellchain.config import Settings
from cellchain.isbt128.coi import CoiIdentifier
from cellchain.labels import service
from cellchain.lots.models import Lot
from cellchain.trial.models import ChainOfIdentity, Subject

EXPIRES = datetime(2026, 7, 1, 10, 30, tzinfo=UTC)


@dataclass
class Records:
    bag: Bag
    lot: Lot
    subject: Subject | None
    coi: ChainOfIdentity | None


def _records(*, allocated: bool = True, kit: str | None = None,
             expires: datetime = EXPIRES) -> Records:
    lot = Lot(id=1, din="A999026000001", status="released")
    bag = Bag(id=1, lot_id=1, division="A0", product_code="S9999VA0", status="released",
              kit_number=kit, expires_at=expires)
    if not allocated:
        return Records(bag, lot, None, None)
    subject = Subject(id=1, screening_number="S-001", subject_number="RAK001", status="enrolled")
    coi = ChainOfIdentity(id=1, identifier=CoiIdentifier("A9990", "26", "000007").content,
                          subject_id=1)
    return Records(bag, lot, subject, coi)


def _afresh(records: Records, settings: Settings) -> object:
    service._bag_label.cache_clear()
    return service.bag_label_of(records.bag, records.lot, records.subject, records.coi,
                                settings)


@pytest.mark.parametrize(("records", "changed"), [
    (_records(), {}),
    (_records(allocated=False), {}),
    (_records(kit="K0042"), {}),
    (_records(expires=EXPIRES + timedelta(hours=1)), {}),
    (_records(), {"site_name": "Another site"}),
    (_records(), {"site_timezone": "Asia/Tokyo"}),
])
def test_each_label_is_the_one_built_afresh(tmp_path: Path, records: Records,
                                            changed: dict[str, str]) -> None:
    base = Settings(data_dir=tmp_path, database_url="")
    settings = base.model_copy(update=changed)
    # Build the base case's label first, so a memo keyed on too little would answer it.
    service.bag_label_of(*vars(_records()).values(), base)
    memoised = service.bag_label_of(records.bag, records.lot, records.subject, records.coi,
                                    settings)
    assert memoised == _afresh(records, settings)
    if records != _records() or changed:
        assert memoised != service.bag_label_of(*vars(_records()).values(), base)
