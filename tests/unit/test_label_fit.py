"""Every label keeps its text and symbols on the stock, whatever the data (seen: "NOT
ALLOCATED" ran off the right edge of the bag label). Labels are rendered with the configured
wording and the widest values each field can hold, then measured in their own fonts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from cellchain.isbt128.coi import CoiIdentifier
from cellchain.isbt128.din import Din
from cellchain.isbt128.product_code import ProductCode
from cellchain.labels import data as build
from cellchain.labels.data import LabelData
from cellchain.labels.fit import ELLIPSIS, fit, size_to_fit, width_mm, wrap
from cellchain.labels.render import render_svg
from cellchain.labels.settings import load_label_settings
from tests.support.label_fit import boxes

WORDING = load_label_settings(None)
# Printers lose about a millimetre at each edge of the stock.
MARGIN = 1.0
WIDE = "W" * 200  # the widest text a 200-character field can hold
ZONE = ZoneInfo("America/Argentina/ComodRivadavia")  # a long zone name: local times print it
AT = datetime(2026, 9, 30, 23, 59, tzinfo=UTC)
DIN = Din("A9990", "26", "999999")


def _labels() -> dict[str, LabelData]:
    code = ProductCode(pdc=WORDING.pdc, collection_type="V", division="Zz")
    bag: dict[str, Any] = {
        "facility": WIDE, "din": DIN, "product_code": code, "description": WORDING.description,
        "use_statement": "FOR USE BY INTENDED RECIPIENT ONLY", "expires_at": AT, "zone": ZONE,
        "trial": WORDING.trial, "statements": WORDING.bag_statements,
        "storage": WORDING.storage}
    return {
        "bag, not allocated": build.bag_label(**bag, coi=None, subject_number=None,
                                              kit_number=None),
        "bag, allocated": build.bag_label(**bag, coi=CoiIdentifier("A9990", "26", "999999"),
                                          subject_number="RAK999", kit_number=None),
        "bag, blinded kit": build.bag_label(**{**bag, "description": WORDING.blinded_description},
                                            coi=CoiIdentifier("A9990", "26", "999999"),
                                            subject_number=None, kit_number="K999999Z"),
        "cord blood unit": build.cbu_label(
            facility=WIDE, bank=WIDE, din=DIN, product_code=code, received_at=AT,
            collected_at=AT, receipt_number="CBU-999999", status="quarantine", zone=ZONE,
            statements=WORDING.cbu_statements),
        "QC sample": build.sample_label(din=DIN, sample_number=999, test=WIDE, taken_at=AT,
                                        zone=ZONE),
        "wristband": build.wristband_label(facility=WIDE, trial=WORDING.trial,
                                           subject_number="WWWWWWWWWW",
                                           birth_date=date(1956, 9, 30),
                                           coi=CoiIdentifier("A9990", "26", "999999")),
        "material": build.material_label(code="M999999", kind="Serum albumin", name=WIDE,
                                         supplier=WIDE, supplier_lot="W" * 64,
                                         expires_on=date(2026, 9, 30), status="quarantine"),
        "lot": build.lot_label(facility=WIDE, din=DIN, product=WIDE, process="W" * 80,
                               parent_dins=(DIN,) * 6, planned_at=AT, activated_at=AT,
                               zone=ZONE),
    }


@pytest.mark.parametrize("name", sorted(_labels()))
def test_every_text_and_symbol_stays_on_the_stock(name: str) -> None:
    width, height, found = boxes(render_svg(_labels()[name]))
    outside = [(b.what[:30], round(b.left, 1), round(b.right, 1), round(b.top, 1),
                round(b.bottom, 1)) for b in found
               if not (b.left >= MARGIN and b.top >= MARGIN and b.right <= width - MARGIN
                       and b.bottom <= height - MARGIN)]
    assert outside == [], f"{name}: off the {width} x {height} mm stock"
    assert sum(b.what == "symbol" for b in found) >= 1


def test_fit_cuts_with_an_ellipsis_only_when_the_text_is_too_wide() -> None:
    assert fit("RAK001", 20, 3) == "RAK001"
    cut = fit(WIDE, 20, 3)
    assert cut.endswith(ELLIPSIS) and width_mm(cut, 3) <= 20 < width_mm(cut[:-1] + "WW", 3)
    assert fit("W", 0.1, 3) == ELLIPSIS  # nothing fits: the ellipsis still says so


def test_size_to_fit_shrinks_only_what_does_not_fit() -> None:
    assert size_to_fit("RAK001", 40, 5, "b") == 5
    smaller = size_to_fit("NOT ALLOCATED", 30, 5, "b")
    assert smaller < 5 and width_mm("NOT ALLOCATED", smaller, "b") <= 30


def test_wrap_keeps_every_word_within_the_width_and_marks_what_is_left_out() -> None:
    lines = wrap("Caution: New Drug - Limited by Federal law to investigational use.", 30, 2.3)
    assert " ".join(lines) == "Caution: New Drug - Limited by Federal law to investigational use."
    assert all(width_mm(line, 2.3) <= 30 for line in lines)
    cut = wrap(WIDE, 30, 2.3, max_lines=2)
    assert len(cut) == 2 and cut[-1].endswith(ELLIPSIS)
    assert all(width_mm(line, 2.3) <= 30 for line in cut)
