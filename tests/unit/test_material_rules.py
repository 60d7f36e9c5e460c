"""The materials and equipment rules (DESIGN §4 rule 3) are pure: every refusal follows from
the record and today's date."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cellchain.equipment.models import Equipment
from cellchain.equipment.rules import (
    EquipmentKind,
    equipment_kind_label,
    equipment_refusals,
    normalise_asset_number,
    parse_equipment_kind,
)
from cellchain.errors import BadInput, Conflict
from cellchain.materials.models import MaterialLot
from cellchain.materials.rules import (
    DUE_SOON,
    MATERIAL_TRANSITIONS,
    MaterialCondition,
    MaterialKind,
    MaterialStatus,
    check_material_transition,
    check_usable,
    is_due_soon,
    material_code,
    material_condition,
    material_kind_label,
    material_refusals,
    parse_form_date,
    parse_material_code,
    parse_material_kind,
    required_text,
    site_today,
)

TODAY = date(2026, 11, 21)
AT = datetime(2026, 1, 1, tzinfo=UTC)
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


def lot(**overrides: object) -> MaterialLot:
    fields: dict[str, object] = {
        "id": 3, "code": "M000003", "kind": "il2", "name": "Recombinant human IL-2",
        "supplier": "Example Bio", "supplier_lot": "22B104", "expires_on": date(2027, 6, 30),
        "certificate_ref": "CoA 22B104", "status": "released", "status_reason": None,
        "received_at": AT, "status_changed_at": AT}
    fields.update(overrides)
    return MaterialLot(**fields)


def equipment(**overrides: object) -> Equipment:
    fields: dict[str, object] = {
        "id": 2, "asset_number": "INC-02", "kind": "incubator", "name": "CO2 incubator",
        "calibration_due_on": date(2027, 5, 1), "maintenance_due_on": date(2027, 5, 1),
        "in_service": True}
    fields.update(overrides)
    return Equipment(**fields)


def test_the_material_and_equipment_kinds_are_those_of_the_process() -> None:
    assert [k.value for k in MaterialKind] == [
        "retronectin", "anti_cd3", "il2", "medium", "serum_albumin", "saline", "culture_bag",
        "infusion_bag"]
    assert [k.value for k in EquipmentKind] == [
        "incubator", "biosafety_cabinet", "centrifuge", "cell_counter"]
    assert [material_kind_label(k) for k in ("retronectin", "anti_cd3", "il2")] == [
        "RetroNectin", "Anti-CD3", "IL-2"]
    assert equipment_kind_label("biosafety_cabinet") == "Biosafety cabinet"
    assert material_kind_label("unheard_of") == "unheard_of"


# --- material codes -----------------------------------------------------------------------------

def test_material_code_is_m_and_six_digits() -> None:
    assert material_code(12) == "M000012"
    assert material_code(1_234_567) == "M1234567"
    with pytest.raises(ValueError):
        material_code(0)


@given(st.integers(min_value=1, max_value=10**12))
def test_a_material_code_parses_back_to_its_id(material_id: int) -> None:
    assert parse_material_code(material_code(material_id)) == material_id


def test_a_typed_code_may_have_spaces_and_lower_case() -> None:
    assert parse_material_code("  m000012 \n") == 12


@pytest.mark.parametrize("text", [
    "", "M", "M12345", "M0000012", "X000012", "M000000", "M00001A", "M-000012", "000012",
    "M" + "1" * 16, "=A999026000001",
])
def test_a_malformed_material_code_is_refused_naming_the_field(text: str) -> None:
    with pytest.raises(BadInput, match="is not valid: expected M and six digits") as refusal:
        parse_material_code(text)
    assert refusal.value.field == "material_code"


@given(st.text(max_size=20))
def test_whatever_parses_is_the_canonical_code_of_its_id(text: str) -> None:
    try:
        material_id = parse_material_code(text)
    except BadInput:
        return
    assert material_code(material_id) == text.strip().upper()


# --- material refusals --------------------------------------------------------------------------

def test_a_released_lot_within_expiry_is_usable() -> None:
    assert material_refusals(lot(), TODAY) == []


def test_a_lot_is_usable_on_its_expiry_date_and_expired_the_day_after() -> None:
    assert material_refusals(lot(expires_on=TODAY), TODAY) == []
    assert material_refusals(lot(expires_on=date(2026, 11, 20)), TODAY) == [
        "IL-2 lot M000003 (supplier lot 22B104) expired on 2026-11-20"]


def test_a_quarantined_lot_is_refused_until_qa_releases_it() -> None:
    quarantined = lot(code="M000001", kind="retronectin", status="quarantine")
    assert material_refusals(quarantined, TODAY) == [
        "RetroNectin lot M000001 is in quarantine: QA has not released it"]


def test_a_rejected_lot_is_refused_with_qa_s_reason() -> None:
    rejected = lot(status="rejected", status_reason="CoA endotoxin out of specification")
    assert material_refusals(rejected, TODAY) == [
        "IL-2 lot M000003 was rejected by QA: CoA endotoxin out of specification"]
    assert material_refusals(lot(status="rejected"), TODAY) == [
        "IL-2 lot M000003 was rejected by QA: no reason recorded"]


def test_every_reason_is_listed_not_only_the_first() -> None:
    both = lot(status="quarantine", expires_on=date(2026, 1, 31))
    assert material_refusals(both, TODAY) == [
        "IL-2 lot M000003 is in quarantine: QA has not released it",
        "IL-2 lot M000003 (supplier lot 22B104) expired on 2026-01-31"]


@given(status=st.sampled_from(list(MaterialStatus)), expires_on=dates, today=dates)
def test_a_lot_is_usable_exactly_when_released_and_not_past_expiry(
    status: MaterialStatus, expires_on: date, today: date
) -> None:
    usable = status == MaterialStatus.RELEASED and expires_on >= today
    assert (material_refusals(lot(status=status.value, expires_on=expires_on), today) == []) \
        is usable


def test_a_list_shows_a_released_lot_past_expiry_as_expired() -> None:
    assert material_condition(lot(expires_on=TODAY), TODAY) == MaterialCondition.RELEASED
    assert material_condition(lot(expires_on=date(2026, 11, 20)), TODAY) \
        == MaterialCondition.EXPIRED
    assert material_condition(lot(status="quarantine", expires_on=date(2026, 1, 1)), TODAY) \
        == MaterialCondition.QUARANTINE
    assert material_condition(lot(status="rejected"), TODAY) == MaterialCondition.REJECTED


def test_due_soon_means_from_today_to_thirty_days_ahead() -> None:
    assert DUE_SOON == timedelta(days=30)
    assert is_due_soon(TODAY, TODAY)
    assert is_due_soon(TODAY + timedelta(days=30), TODAY)
    assert not is_due_soon(TODAY + timedelta(days=31), TODAY)
    assert not is_due_soon(TODAY - timedelta(days=1), TODAY)


def test_qa_decides_once_and_only_from_quarantine() -> None:
    allowed = {(MaterialStatus.QUARANTINE, MaterialStatus.RELEASED),
               (MaterialStatus.QUARANTINE, MaterialStatus.REJECTED)}
    for current, target in itertools.product(MaterialStatus, MaterialStatus):
        assert (target in MATERIAL_TRANSITIONS[current]) is ((current, target) in allowed)
        if (current, target) in allowed:
            check_material_transition(lot(status=current.value), target)
        else:
            with pytest.raises(Conflict, match="only a lot in quarantine"):
                check_material_transition(lot(status=current.value), target)


def test_a_refused_decision_names_the_lot_and_its_status() -> None:
    with pytest.raises(Conflict) as refusal:
        check_material_transition(lot(), MaterialStatus.REJECTED)
    assert refusal.value.message == (
        "IL-2 lot M000003 is already released; only a lot in quarantine can be rejected.")


# --- equipment refusals -------------------------------------------------------------------------

def test_calibrated_maintained_equipment_in_service_is_usable() -> None:
    assert equipment_refusals(equipment(), TODAY) == []


def test_calibration_due_today_is_usable_and_due_yesterday_is_overdue() -> None:
    assert equipment_refusals(equipment(calibration_due_on=TODAY), TODAY) == []
    assert equipment_refusals(equipment(calibration_due_on=date(2026, 11, 20)), TODAY) == [
        "Incubator INC-02 is past its calibration date 2026-11-20"]


def test_maintenance_overdue_and_out_of_service_are_refused_too() -> None:
    assert equipment_refusals(equipment(maintenance_due_on=TODAY), TODAY) == []
    broken = equipment(kind="centrifuge", asset_number="CEN-01", in_service=False,
                       calibration_due_on=date(2026, 11, 1),
                       maintenance_due_on=date(2026, 10, 1))
    assert equipment_refusals(broken, TODAY) == [
        "Centrifuge CEN-01 is out of service",
        "Centrifuge CEN-01 is past its calibration date 2026-11-01",
        "Centrifuge CEN-01 is overdue for maintenance (due 2026-10-01)"]


@given(in_service=st.booleans(), calibration=dates, maintenance=dates, today=dates)
def test_equipment_is_usable_exactly_when_in_service_and_nothing_is_overdue(
    in_service: bool, calibration: date, maintenance: date, today: date
) -> None:
    eq = equipment(in_service=in_service, calibration_due_on=calibration,
                   maintenance_due_on=maintenance)
    usable = in_service and calibration >= today and maintenance >= today
    assert (equipment_refusals(eq, today) == []) is usable


def test_check_usable_lists_materials_then_equipment_in_the_order_scanned() -> None:
    reasons = check_usable(
        [lot(code="M000001", status="quarantine"), lot(), lot(code="M000002",
                                                               status="rejected")],
        [equipment(in_service=False), equipment(asset_number="BSC-01",
                                                kind="biosafety_cabinet")], TODAY)
    assert reasons == [
        "IL-2 lot M000001 is in quarantine: QA has not released it",
        "IL-2 lot M000002 was rejected by QA: no reason recorded",
        "Incubator INC-02 is out of service"]
    assert check_usable([], [], TODAY) == []


# --- input parsing ------------------------------------------------------------------------------

def test_kinds_are_parsed_or_refused_naming_the_field() -> None:
    assert parse_material_kind(" IL2 ") == MaterialKind.IL2
    assert parse_equipment_kind("cell_counter") == EquipmentKind.CELL_COUNTER
    for parse in (parse_material_kind, parse_equipment_kind):
        with pytest.raises(BadInput, match="is not one of") as refusal:
            parse("blender")
        assert refusal.value.field == "kind"


def test_asset_numbers_are_normalised_or_refused() -> None:
    assert normalise_asset_number(" inc-02 ") == "INC-02"
    for bad in ("", "-INC", "INC 02", "X" * 33, "INC^02"):
        with pytest.raises(BadInput, match="Asset number") as refusal:
            normalise_asset_number(bad)
        assert refusal.value.field == "asset_number"


def test_required_text_is_trimmed_and_limited() -> None:
    assert required_text("  22B104 ", field="supplier_lot", label="Supplier lot",
                         max_length=64) == "22B104"
    with pytest.raises(BadInput, match="Supplier lot is required"):
        required_text("   ", field="supplier_lot", label="Supplier lot", max_length=64)
    with pytest.raises(BadInput, match="limit is 64"):
        required_text("x" * 65, field="supplier_lot", label="Supplier lot", max_length=64)


def test_form_dates_are_iso_dates_or_a_refusal_naming_the_field() -> None:
    assert parse_form_date("2027-01-31", field="expires_on", label="Expiry date") \
        == date(2027, 1, 31)
    for bad, message in (("", "Expiry date is required"), ("31/01/2027", "is not a date")):
        with pytest.raises(BadInput, match=message) as refusal:
            parse_form_date(bad, field="expires_on", label="Expiry date")
        assert refusal.value.field == "expires_on"


def test_today_is_the_sites_calendar_date() -> None:
    late_utc = datetime(2026, 11, 20, 23, 30, tzinfo=UTC)
    assert site_today(late_utc, ZoneInfo("Asia/Tokyo")) == date(2026, 11, 21)
    assert site_today(late_utc, ZoneInfo("America/New_York")) == date(2026, 11, 20)


def test_refusals_of_typed_material_and_equipment_values_are_pinned_words() -> None:
    from cellchain.equipment.rules import normalise_asset_number, parse_equipment_kind
    from cellchain.errors import BadInput
    from cellchain.materials.rules import (
        material_code,
        parse_material_code,
        parse_material_kind,
        required_text,
    )

    cases = [
        (lambda: parse_material_kind("serum"), "kind",
         "Material kind 'serum' is not one of: retronectin, anti_cd3, il2, medium, "
         "serum_albumin, saline, culture_bag, infusion_bag."),
        (lambda: parse_equipment_kind("fridge"), "kind",
         "Equipment kind 'fridge' is not one of: incubator, biosafety_cabinet, centrifuge, "
         "cell_counter."),
        (lambda: parse_material_code("M12"), "material_code",
         "Material code 'M12' is not valid: expected M and six digits, as printed on the "
         "material label (e.g. M000012)."),
        (lambda: normalise_asset_number("inc 02"), "asset_number",
         "Asset number 'inc 02' is not valid: use up to 32 letters, digits, '-', '.', '/' or "
         "'_', as on the equipment label (e.g. INC-02)."),
        (lambda: normalise_asset_number("A" * 33), "asset_number", None),
        (lambda: required_text("   ", field="supplier", label="Supplier", max_length=5),
         "supplier", "Supplier is required."),
        (lambda: required_text("abcdef", field="supplier", label="Supplier", max_length=5),
         "supplier", None),
    ]
    for call, field, message in cases:
        with pytest.raises(BadInput) as refused:
            call()
        assert refused.value.field == field
        if message is not None:
            assert refused.value.message == message
    assert required_text(" abcde ", field="supplier", label="Supplier", max_length=5) == "abcde"
    assert normalise_asset_number(" inc-02 ") == "INC-02"
    assert normalise_asset_number("A" * 32) == "A" * 32
    with pytest.raises(ValueError, match="^a material lot id is positive, got 0$"):
        material_code(0)
