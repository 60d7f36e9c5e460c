"""Reading the bank's labels at receipt, and the receipt form: every refusal names its field."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from cellchain.cbu import scans
from cellchain.cbu.forms import ReceiptForm, ReceiptValues, parse_receipt
from cellchain.isbt128.din import Din
from cellchain.isbt128.errors import ScanError

DIN = Din("A9991", "26", "004711")  # check character L, Type 3 flag 81


@pytest.mark.parametrize("read", [
    "=A99912600471100",
    "]C0=A99912600471100",  # Code 128 with the AIM symbology identifier
    "  =A99912600471100\r\n",
    "=A99912600471181",  # Type 3 check flag
    "=A99912600471101",  # container 1 of a set
    "A9991 26 004711 L",  # typed from the eye-readable label, with K
    "a999126004711l",
])
def test_a_din_is_read_from_a_bar_code_or_typed_with_its_check_character(read: str) -> None:
    assert scans.read_din(read) == DIN


@pytest.mark.parametrize(("read", "message"), [
    ("", "DIN: scan the DIN bar code on the unit"),
    ("=A99912600471180", "DIN: the check flags of the DIN do not match: scan the label again, "
                         "or re-type the whole identifier"),
    ("A999126004711", "DIN: a typed DIN needs 13 characters and its check character"),
    ("A9991260047119", "DIN: the check character of the DIN does not match: re-type the whole DIN "
                       "with its check character, or scan its bar code"),
    ("=A99912600471107", "DIN: flag 07 marks the DIN label of a test tube"),
    ("=<S9998V00", "DIN: expected the donation identification number (DS001), but this is "
                   "the product code (DS003)"),
    ("=A99912600471100=<S9998V00", "DIN: this read holds 2 data structures"),
    ("=A9991260047", "DIN: donation identification number (DS001) has 15 characters"),
])
def test_a_din_that_cannot_be_trusted_is_refused_naming_the_field(read: str, message: str
                                                                  ) -> None:
    with pytest.raises(ScanError) as refusal:
        scans.read_din(read)
    assert refusal.value.message.startswith(message)
    assert refusal.value.field == "din_scan"


@pytest.mark.parametrize("read", ["=<S9998V00", "]C0=<S9998V00", "=<S9998VA0"])
def test_a_product_code_is_read_from_its_bar_code(read: str) -> None:
    assert scans.read_product_code(read).pdc == "S9998"


@pytest.mark.parametrize(("read", "message"), [
    ("", "Product code: scan the product code bar code on the unit"),
    ("S9998V00", "Product code: scan the product code bar code (its data starts with =<)"),
    ("=A99912600471100", "Product code: expected the product code (DS003), but this is the "
                         "donation identification number (DS001)"),
    ("=<S9998V99", "Product code: product code S9998V99 needs the product divisions bar code"),
    ("=<S9998Z00", "Product code: product code collection type 'Z' is not in ST-001 Table 7"),
])
def test_a_product_code_that_cannot_be_trusted_is_refused(read: str, message: str) -> None:
    with pytest.raises(ScanError) as refusal:
        scans.read_product_code(read)
    assert refusal.value.message.startswith(message)
    assert refusal.value.field == "product_code_scan"


def test_blood_groups_are_optional_and_read_from_their_bar_code() -> None:
    assert scans.read_blood_groups(None) is None
    assert scans.read_blood_groups("  ") is None
    groups = scans.read_blood_groups("]C0=%5100")
    assert groups is not None and groups.meaning == "O RhD positive"


@pytest.mark.parametrize("read", ["O+", "=%5101", "=A99912600471100"])
def test_unreadable_blood_groups_are_refused(read: str) -> None:
    with pytest.raises(ScanError) as refusal:
        scans.read_blood_groups(read)
    assert refusal.value.message.startswith("ABO/RhD: ")
    assert refusal.value.field == "abo_rh_scan"


# --- the receipt form -----------------------------------------------------------------------

LONDON = ZoneInfo("Europe/London")
FORM = ReceiptForm(
    din_scan="=A99912600471100", product_code_scan="=<S9998V00", abo_rh_scan="",
    bank_name="Bank", collected_at="2026-07-01T09:30", volume_ml="25.5",
    total_nucleated_cells="1.5e9", viability_pct="96", idm_status="negative",
    container_intact="yes", arrival_temp_c="-185")


def test_a_complete_form_becomes_typed_values_with_the_time_in_utc() -> None:
    values = parse_receipt(FORM, zone=LONDON)
    assert isinstance(values, ReceiptValues)
    assert values.collected_at == datetime(2026, 7, 1, 8, 30, tzinfo=UTC)  # BST is UTC+1
    assert (values.volume_ml, values.total_nucleated_cells) == (25.5, 1.5e9)
    assert values.container_intact is True and values.abo_rh_scan is None


def test_every_wrong_field_is_reported_at_once() -> None:
    form = replace(FORM, din_scan="A999126004711", volume_ml="lots", viability_pct="",
                   collected_at="yesterday", container_intact="", idm_status="",
                   arrival_temp_c="inf", bank_name=" ")
    errors = parse_receipt(form, zone=LONDON)
    assert isinstance(errors, dict)
    assert set(errors) == {"din_scan", "volume_ml", "viability_pct", "collected_at",
                           "container_intact", "idm_status", "arrival_temp_c", "bank_name"}
    assert errors["volume_ml"].startswith("volume must be a number written as digits")
    assert errors["volume_ml"].endswith("got 'lots'")
    assert errors["viability_pct"] == "viability is required"
