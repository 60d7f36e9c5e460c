"""Kit labels of the randomised stage (issue 12 item 4): a RAK kit and a placebo kit carry the
trial's one clinical-trial product code and the neutral description, so their labels differ
only in kit number, DIN and expiry."""

from __future__ import annotations

import re
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
from cellchain.demo.manufacture import make_lot as manufacture
from cellchain.demo.placebo import make_placebo_lot
from cellchain.errors import Conflict
from cellchain.isbt128.din import Din
from cellchain.labels import service as labels
from cellchain.labels.data import BagLabel, LabelKind
from cellchain.labels.render import render_zpl
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.release.rules import Decision
from cellchain.trial.configuration import trial_config
from tests.factories import SEEDER, audit_events, cast_actor, make_lot, releaser


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


def _released_kit(session: Session, settings: Settings, lot: Lot) -> Bag:
    """Tests the lot (14-day sterility pending), has QA release it conditionally through the
    signed release gate, and returns its first kit bag."""
    testing = releaser(session, settings)
    testing.results(session, lot, utcnow(), skip=frozenset({"sterility_14d"}))
    testing.decide(session, lot, Decision.CONDITIONALLY_RELEASED, "14-day sterility pending",
                   utcnow())
    return bags.bags_of(session, lot.id or 0)[0]


def _masked_zpl(label: BagLabel) -> str:
    """The printed label with the values that may differ between kits replaced by their
    names: kit number, DIN (bar code, eye-readable, check character), expiry and the 2-D
    code that carries them."""
    text = render_zpl(label)
    values = {"KIT": label.recipient, "DIN": label.din.barcode, "DIN_EYE": label.din.eye,
              "EXPIRY": label.expiry.barcode, "EXPIRY_EYE": label.expiry.eye,
              "EXPIRY_LOCAL": label.expiry_local, "EXPIRY_UTC": label.expiry_utc,
              "CODE_2D": label.label_2d}
    for name, value in sorted(values.items(), key=lambda item: -len(item[1])):
        text = text.replace(value, f"<{name}>")
    # The check character is printed in its own box, as a field of its own.
    return text.replace(f"^FD{label.din_check}^FS", "^FD<DIN_CHECK>^FS")


def test_a_released_placebo_kit_prints_as_a_released_rak_kit_but_for_kit_din_and_expiry(
    database: Database, settings: Settings
) -> None:
    """Both lots made through the real path: planned (RAK from a cord blood unit, placebo
    by the coordinator with none), steps recorded and verified, formulated, tested, and
    released by QA's signature."""
    day0 = utcnow() - timedelta(days=14, hours=4)  # formulated an hour ago
    with database.session_scope() as session:
        tech, qc, qa2 = (cast_actor(session, name) for name in ("tech", "qc", "qa2"))
        rak = _released_kit(session, settings, manufacture(
            session, maker=tech, checker=qc, qa=qa2, settings=settings,
            bank_din=Din("A9991", "26", "007401"), day0=day0, until="formulation", bags=1,
            lot_type="rak", dose_level="DL2"))
        placebo = _released_kit(session, settings, make_placebo_lot(
            session, planner=cast_actor(session, "coord"), maker=tech, checker=qc, qa=qa2,
            settings=settings, day0=utcnow() - timedelta(hours=3), bags=1))
        assert (rak.status, placebo.status) == ("released", "released")
        assert rak.product_code == placebo.product_code and rak.product_code.startswith("YA999")
        first = labels.label_data_for(session, LabelKind.BAG, rak.id or 0, settings)
        second = labels.label_data_for(session, LabelKind.BAG, placebo.id or 0, settings)
    assert first.recipient_caption == second.recipient_caption == "Kit"
    assert first.recipient != second.recipient and first.din.eye != second.din.eye
    assert "YA999" in render_zpl(first) and "YA999" in render_zpl(second)
    assert _masked_zpl(first) == _masked_zpl(second)
    assert {"<KIT>", "<DIN_EYE>", "<DIN_CHECK>", "<EXPIRY_LOCAL>", "<CODE_2D>"} <= set(
        re.findall(r"<[A-Z_0-9]+>", _masked_zpl(first)))
