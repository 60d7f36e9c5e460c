"""Kit labels of the randomised stage (issue 12 item 4): a RAK kit and a placebo kit carry the
trial's one clinical-trial product code and the neutral description, so their labels differ
only in kit number, DIN and expiry."""

from __future__ import annotations

from dataclasses import asdict
from datetime import timedelta

import pytest
from sqlmodel import Session

from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.errors import Conflict
from cellchain.labels import service as labels
from cellchain.labels.data import LabelKind
from cellchain.lots.states import LotState
from cellchain.trial.configuration import trial_config
from tests.factories import SEEDER, audit_events, make_lot


def _kit_lot(session: Session, n: int, lot_type: str, settings: Settings) -> Bag:
    lot = make_lot(session, din=f"A99902600010{n}", state=LotState.IN_QC)
    lot.lot_type, lot.dose_level = lot_type, "DL2"  # test setup: set when planned
    session.add(lot)
    # Made as any lot's bags are (the site's PDC), then numbered as kits with the trial's code.
    (bag,) = bags.create_bags(session, actor=SEEDER, lot=lot, count=1, pdc="S9999",
                              collection_type="V", now=utcnow(),
                              expires_at=utcnow().replace(microsecond=0) + timedelta(hours=n))
    bags.assign_kit_numbers(session, actor=SEEDER, lot=lot, now=utcnow(),
                            kit_pdc=trial_config(settings).kit_pdc)
    return bag


def test_rak_and_placebo_kit_labels_differ_only_in_kit_din_and_expiry(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        rak, placebo = (_kit_lot(session, 1, "rak", settings),
                        _kit_lot(session, 2, "placebo", settings))
        assert rak.product_code.startswith("YA999") and placebo.product_code.startswith("YA999")
        first = asdict(labels.label_data_for(session, LabelKind.BAG, rak.id or 0, settings))
        second = asdict(labels.label_data_for(session, LabelKind.BAG, placebo.id or 0,
                                              settings))
    differing = {key for key in first if first[key] != second[key]}
    assert differing <= {"din", "din_check", "expiry", "expiry_local", "expiry_utc",
                         "recipient", "label_2d"}
    assert {"din", "recipient"} <= differing
    assert first["description"] == labels.label_settings(settings).blinded_description
    assert first["product_code"] == second["product_code"]
    assert first["recipient_caption"] == "Kit"
    (event,) = audit_events(database, "bag.kit_assigned", rak.id)
    assert '"field":"product_code"' in event.changes and "YA999" in event.changes


def test_a_kit_code_is_not_set_once_a_bag_has_left_quarantine(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        lot = make_lot(session, din="A999026000201", state=LotState.RELEASED)
        (bag,) = bags.create_bags(session, actor=SEEDER, lot=lot, count=1, pdc="S9999",
                                  collection_type="V", now=utcnow(),
                                  expires_at=utcnow() + timedelta(hours=6))
        bags.move(session, actor=SEEDER, bag=bag, lot=lot, target=BagStatus.RELEASED,
                  now=utcnow(), reason="lot released")
        with pytest.raises(Conflict, match="a kit's product code is set before release"):
            bags.assign_kit_numbers(session, actor=SEEDER, lot=lot, now=utcnow(),
                                    kit_pdc="YA999")
        assert bag.kit_number is None and bag.product_code.startswith("S9999")
