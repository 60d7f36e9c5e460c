"""Label data is pure: every printed field and every symbol text follows from the inputs."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cellchain.errors import BadInput
from cellchain.isbt128.coi import CoiIdentifier
from cellchain.isbt128.din import Din
from cellchain.isbt128.parse import parse_read
from cellchain.isbt128.product_code import ProductCode
from cellchain.labels import data as build
from cellchain.labels.data import LabelData
from cellchain.labels.render import render_svg, render_zpl, zpl_text
from cellchain.trial.rules import subject_number_from_patient_id, wristband_patient_id

LONDON = ZoneInfo("Europe/London")
GOLDEN = Path(__file__).parent.parent / "golden"
DIN = Din("A9990", "26", "000001")
COI = CoiIdentifier("A9990", "26", "000007")
CODE = ProductCode(pdc="S9999", collection_type="V", division="B0")


def bag(**overrides: object) -> build.BagLabel:
    args: dict[str, object] = {
        "facility": "Test site", "din": DIN, "product_code": CODE, "description": "RAK CELLS",
        "use_statement": "FOR USE BY INTENDED RECIPIENT ONLY",
        "expires_at": datetime(2026, 7, 1, 10, 30, tzinfo=UTC), "zone": LONDON, "coi": COI,
        "subject_number": "RAK001", "kit_number": None, "trial": "NCT07212933",
        "statements": ("Caution: New Drug - Limited by Federal (or United States) law to "
                    "investigational use.",), "storage": "Store at 2-8 °C."}
    args.update(overrides)
    return build.bag_label(**args)  # type: ignore[arg-type]


def test_bag_barcode_carries_the_din_with_its_type_3_check_flag() -> None:
    label = bag()
    assert label.din.barcode == f"=A999026000001{DIN.check_flag()}"
    assert label.din.eye == "A9990 26 000001"
    assert label.din_check == DIN.check_character


def test_bag_2d_symbol_is_a_compound_message_of_din_product_expiry_and_coi() -> None:
    label = bag()
    (compound,) = parse_read(label.label_2d)
    texts = [s.text for s in compound.structures]  # type: ignore[attr-defined]
    assert label.label_2d.startswith("=+04000")
    assert texts == [label.din.barcode, "=<S9999VB0", label.expiry.barcode, "&/CHA999026000007"]


def test_an_unallocated_bag_has_no_coi_in_its_2d_symbol() -> None:
    label = bag(coi=None, subject_number=None)
    assert label.label_2d.startswith("=+03000")
    assert label.coi == "NOT ALLOCATED" and label.recipient == "NOT ALLOCATED"


def test_expiry_is_encoded_in_site_time_and_printed_with_zone_and_utc() -> None:
    summer = bag()  # 10:30 UTC on 1 July is 11:30 BST, day 182 of 2026
    assert summer.expiry.barcode == "&>0261821130"
    assert summer.expiry_local == "01 JUL 2026 11:30 BST"
    assert summer.expiry_utc == "01 JUL 2026 10:30 UTC"
    winter = bag(expires_at=datetime(2026, 12, 31, 23, 59, tzinfo=UTC))
    assert winter.expiry.barcode == "&>0263652359"
    assert winter.expiry_local == "31 DEC 2026 23:59 GMT"


def test_a_kit_numbered_bag_shows_the_kit_number_instead_of_the_subject() -> None:
    label = bag(kit_number="K1234565", subject_number="RAK001")
    assert (label.recipient_caption, label.recipient) == ("Kit", "K1234565")


def test_wristband_carries_subject_number_with_check_value_dob_and_coi() -> None:
    label = build.wristband_label(facility="Test site", trial="NCT07212933",
                                  subject_number="RAK001", birth_date=date(1961, 3, 14), coi=COI)
    (compound,) = parse_read(label.label_2d)
    patient, born, coi = compound.structures  # type: ignore[attr-defined]
    assert subject_number_from_patient_id(patient.patient_id) == "RAK001"
    assert born.birth_date == date(1961, 3, 14)
    assert coi == COI
    assert label.birth_date == "14 MAR 1961"


def test_a_wristband_patient_id_with_a_wrong_check_value_is_refused() -> None:
    good = wristband_patient_id("RAK001")
    bad = good[:-2] + f"{(int(good[-2:]) + 1) % 37:02d}"
    with pytest.raises(BadInput, match="check value is"):
        subject_number_from_patient_id(bad)


def test_sample_label_flags_the_din_as_a_test_tube_and_codes_the_sample() -> None:
    label = build.sample_label(din=DIN, sample_number=3, test="endotoxin",
                               taken_at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC), zone=LONDON)
    assert label.din.barcode == "=A99902600000107"
    assert label.label_2d == "&qA999026000001003"


def test_a_lot_label_carries_the_checked_din_and_names_its_starting_material() -> None:
    planned = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)
    parents = (Din("A9991", "26", "004711"), Din("A9991", "26", "004712"))
    label = build.lot_label(facility="Site", din=DIN, product="RAK CELLS", process="RAK v1",
                            parent_dins=parents,
                            planned_at=planned, activated_at=None, zone=ZoneInfo("Asia/Tokyo"))
    assert label.din.barcode == label.label_2d == f"=A999026000001{DIN.check_flag()}"
    assert label.din.eye == "A9990 26 000001" and label.din_check == DIN.check_character
    assert label.starting_material == "A9991 26 004711 L, A9991 26 004712 " + Din(
        "A9991", "26", "004712").check_character
    assert label.planned == "02 MAR 2026"  # the site's date, not UTC's
    assert label.day0 == "not yet activated"
    none = build.lot_label(facility="Site", din=DIN, product="P", process="RAK v1",
                           parent_dins=(), planned_at=planned, activated_at=planned, zone=LONDON)
    assert none.starting_material == "not linked" and none.day0 == "01 MAR 2026"


def test_content_hash_changes_with_any_printed_field() -> None:
    label = bag()
    assert build.content_hash(label) == build.content_hash(bag())
    assert build.content_hash(label) != build.content_hash(replace(label, storage="Store cold"))
    assert build.content_hash(label) != build.content_hash(bag(subject_number="RAK002"))


def test_zpl_text_makes_every_character_a_printer_would_obey_inert() -> None:
    assert zpl_text("Store at 2-8 °C") == "Store at 2-8 °C"
    assert zpl_text("a^XZ") == "a\u02c6XZ"
    assert zpl_text("~JA") == "\u02dcJA"
    assert zpl_text("line\nbreak\ttab") == "line break tab"
    assert zpl_text("bank\x00name\x07") == "bank\ufffdname\ufffd"


def test_zpl_uses_native_code_128_and_data_matrix_with_the_same_texts() -> None:
    label = bag()
    zpl = render_zpl(label)
    assert zpl.startswith("^XA") and zpl.rstrip().endswith("^XZ")
    assert f"^BY2^BCN,64,N,N,N,A^FD{label.din.barcode}^FS" in zpl  # X = 2 dots = 0.25 mm
    assert f"^BXN,4,200^FD{label.label_2d}^FS" in zpl  # ECC 200
    assert "^CI28" in zpl


def _fixed_labels() -> dict[str, LabelData]:
    at = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    return {
        "bag_label": bag(),
        "cbu_label": build.cbu_label(
            facility="Test site", bank="Test bank", din=Din("A9991", "26", "004711"),
            product_code=ProductCode(pdc="S9998", collection_type="V", division="00"),
            received_at=at, collected_at=None, receipt_number="CBU-000001",
            status="quarantine", zone=LONDON, statements=("QUARANTINE until accepted by QA.",)),
        "sample_label": build.sample_label(din=DIN, sample_number=1, test="sterility",
                                           taken_at=at, zone=LONDON),
        "wristband": build.wristband_label(facility="Test site", trial="NCT07212933",
                                           subject_number="RAK001",
                                           birth_date=date(1961, 3, 14), coi=COI),
        "lot_label": build.lot_label(facility="Test site", din=DIN, product="RAK CELLS",
                                     process="RAK v1", parent_dins=(Din("A9991", "26", "004711"),),
                                     planned_at=at, activated_at=at + timedelta(hours=20),
                                     zone=LONDON),
    }


@pytest.mark.parametrize("name", sorted(_fixed_labels()))
@pytest.mark.parametrize("fmt", ["svg", "zpl"])
def test_rendered_label_matches_its_golden_file(name: str, fmt: str) -> None:
    """A layout change shows up as a reviewable diff; regenerate with UPDATE_GOLDEN=1 (and
    raise the template's version, which print control then requires)."""
    label = _fixed_labels()[name]
    text = render_svg(label) if fmt == "svg" else render_zpl(label)
    golden = GOLDEN / f"{name}.{fmt}"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
