"""The bedside hard stop: GO only when every check passes; each check's STOP names its reason."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cellchain.bedside.rules import (
    BagRecord,
    BedsideFacts,
    SubjectRecord,
    scanned_bag,
    scanned_subject_number,
    verify,
)
from cellchain.isbt128.coi import CoiIdentifier
from cellchain.isbt128.compound import CompoundMessage
from cellchain.isbt128.dates import ExpirationDateTime
from cellchain.isbt128.din import Din, DinScan
from cellchain.isbt128.patient import PatientBirthDate, PatientIdentification
from cellchain.isbt128.product_code import ProductCode
from cellchain.isbt128.structure import Structure
from cellchain.labels import data as build
from cellchain.trial.eligibility_rules import (
    CriterionResult,
    Lab,
    LabValue,
    PreInfusionLabLimits,
    pre_infusion_labs_check,
)
from cellchain.trial.rules import wristband_patient_id

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
EXPIRES = datetime(2026, 7, 1, 10, 30, tzinfo=UTC)
BORN = date(1961, 3, 14)
DIN = Din("A9990", "26", "000001")
CODE = ProductCode(pdc="S9999", collection_type="V", division="B0")
COI = CoiIdentifier("A9990", "26", "000007")
OTHER_COI = CoiIdentifier("A9990", "26", "000008")
SUBJECT = SubjectRecord(subject_number="TR0001", birth_date=BORN, status="on_treatment",
                        coi=COI.content, dose_level="DL1")
BAG = BagRecord(din=DIN.text, product_code=CODE.content, expires_at=EXPIRES, status="at_ward",
                lot_status="released", coi=COI.content, kit_number="K0001234", dose_level="DL1",
                pending_tests=(), infused=False, dispatched_by_lab=True, received_at_ward=True,
                open_excursions=0)
# The trial file's [pre_infusion_labs]: ANC >= 1.0, PLT >= 50, HGB >= 80, on the day or the
# day before; the bedside rule reads the lab gate's results, it does not judge labs itself.
LIMITS = PreInfusionLabLimits(anc_min=1.0, plt_min=50, hgb_min_g_l=80, max_age_days=1)
DAY = date(2026, 7, 1)  # the site's day of NOW
CURRENT = {Lab.ANC: LabValue(1.4, DAY), Lab.PLT: LabValue(120, DAY),
           Lab.HGB: LabValue(96, DAY - timedelta(days=1))}


def labs(**changes: LabValue | None) -> tuple[CriterionResult, ...]:
    """The lab gate's results over CURRENT with some labs changed (None: missing)."""
    values = {lab: changes.get(lab.name.lower(), value) for lab, value in CURRENT.items()}
    return pre_infusion_labs_check({lab: v for lab, v in values.items() if v is not None},
                                   DAY, LIMITS)


FACTS = BedsideFacts(subject=SUBJECT, bag=BAG, now=NOW, zone=LONDON,
                     conditional_release_acknowledged=False, shows_lot_identity=True,
                     labs=pre_infusion_labs_check(CURRENT, DAY, LIMITS))
NAMES = ["wristband_read", "wristband_is_wristband", "bag_read", "bag_is_label",
         "wristband_matches_subject", "subject_active", "label_matches_record", "bag_at_ward",
         "lot_released", "bag_in_date", "bag_not_infused", "custody_complete", "coi_match",
         "dose_level", "pre_infusion_labs", "conditional_release"]
WHO = "Bag A9990 26 000001 B0"
NAMED = "bag A9990 26 000001 B0"  # mid-sentence
WRISTBAND_ADVICE = ("Scan the subject's wristband: a chart, cart or bag label or a COI "
                    "identifier alone cannot stand in for it.")
LABEL_ADVICE = ("Scan the 2-D symbol on the bag label: it carries the DIN, product code, expiry "
                "and COI identifier.")


def wristband(*, number: str = "TR0001", born: date = BORN,
              coi: CoiIdentifier | None = COI) -> str:
    return build.wristband_label(facility="Test site", trial="NCT07212933",
                                 subject_number=number, birth_date=born, coi=coi).label_2d


def bag_2d(*, din: Din = DIN, code: ProductCode = CODE, expires: datetime = EXPIRES,
           coi: CoiIdentifier | None = COI, zone: ZoneInfo = LONDON) -> str:
    return build.bag_label(facility="Test site", din=din, product_code=code, description="d",
                           use_statement="u", expires_at=expires, zone=zone, coi=coi,
                           subject_number=None, kit_number=None, trial="NCT07212933",
                           statements=(), storage="s").label_2d


def symbol(*structures: Structure, sequence: str = "000") -> str:
    return CompoundMessage.build(structures, sequence=sequence).text


WRISTBAND, BAG_2D = wristband(), bag_2d()
PATIENT = PatientIdentification(location="00", patient_id=wristband_patient_id("TR0001"))
BIRTH = PatientBirthDate(location="00", birth_date=BORN)
DIN_SCAN = DinScan(din=DIN, flags=DIN.check_flag())
EXPIRY = ExpirationDateTime(datetime(2026, 7, 1, 11, 30))


def failures(wristband_text: str = WRISTBAND, bag_text: str = BAG_2D,
             **changes: object) -> list[tuple[str, str]]:
    """Returns the failing checks (name, message); asserts the verdict follows them."""
    result = verify(wristband=wristband_text, bag=bag_text,
                    facts=replace(FACTS, **changes))  # type: ignore[arg-type]
    assert [check.name for check in result.checks] == NAMES
    # The API says "passed": true or false, never null.
    assert all(type(check.passed) is bool for check in result.checks)
    failed = [(check.name, check.message) for check in result.checks if not check.passed]
    assert result.verdict == ("stop" if failed else "go")
    return failed


def messages(**changes: object) -> dict[str, str]:
    result = verify(wristband=WRISTBAND, bag=BAG_2D,
                    facts=replace(FACTS, **changes))  # type: ignore[arg-type]
    return {check.name: check.message for check in result.checks}


def test_the_right_bag_for_the_right_subject_is_go_with_every_check_in_plain_words() -> None:
    result = verify(wristband=WRISTBAND, bag=BAG_2D, facts=FACTS)
    assert result.as_json() == {"verdict": "go", "checks": [
        {"name": name, "passed": True, "message": message} for name, message in [
            ("wristband_read", "The wristband scan was read and its check values are correct."),
            ("wristband_is_wristband", "The wristband scan is a subject wristband."),
            ("bag_read", "The bag label scan was read and its check values are correct."),
            ("bag_is_label", "The bag label scan is the 2-D symbol of a bag label."),
            ("wristband_matches_subject", "The wristband matches subject TR0001: subject "
                                          "number, date of birth and COI identifier."),
            ("subject_active", "Subject TR0001 is on treatment."),
            ("label_matches_record", "The bag label matches the record of bag A9990 26 "
                                     "000001 B0: DIN, product code, expiry and COI identifier."),
            ("bag_at_ward", f"{WHO} is at the ward."),
            ("lot_released", "Its lot is released."),
            ("bag_in_date", f"{WHO} is in date: it expires at 01 JUL 2026 11:30 BST."),
            ("bag_not_infused", f"{WHO} has not been infused."),
            ("custody_complete", f"The chain of custody of {NAMED} is complete: dispatched by "
                                 "the lab, received at the ward, no open temperature "
                                 "excursion."),
            ("coi_match", f"{WHO} is allocated to subject TR0001: COI identifier "
                          f"CH A9990 26 000007."),
            ("dose_level", f"{WHO} is for dose level DL1, the subject's assigned dose level."),
            ("pre_infusion_labs", "Subject TR0001's pre-infusion labs are current and within "
                                  "limits: ANC 1.4 ×10⁹/L on 2026-07-01 meets the minimum of "
                                  "1.0 ×10⁹/L; PLT 120 ×10⁹/L on 2026-07-01 meets the minimum "
                                  "of 50 ×10⁹/L; HGB 96 g/L on 2026-06-30 meets the minimum of "
                                  "80 g/L."),
            ("conditional_release", "No conditional release to acknowledge."),
        ]]}


# --- the scans ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "error"), [
    ("", "the scan is empty"),
    (WRISTBAND.replace("TR000117", "TR000118"),
     "wristband subject number check value is 17, scanned 18"),
    (symbol(PatientIdentification(location="00", patient_id="AB"), BIRTH),
     "subject number must be 3-10 characters, got 0"),
    (WRISTBAND[:-1], "compound message structure 3: chain of identity identifier (DS040) has "
                     "15 characters after '&/', got 14"),
])
def test_an_unreadable_wristband_is_a_stop_naming_the_error(text: str, error: str) -> None:
    assert failures(text) == [
        ("wristband_read", f"The wristband scan cannot be read: {error}."),
        ("wristband_is_wristband", "Not checked: the wristband scan cannot be read."),
        ("wristband_matches_subject", "Not compared: no wristband was read."),
    ]


@pytest.mark.parametrize(("text", "holds"), [
    (BAG_2D, "donation identification number, product code, expiration date and time, "
             "chain of identity identifier"),
    (COI.text, "chain of identity identifier"),
    (PATIENT.text + BIRTH.text, "patient identification number, patient date of birth"),
    (symbol(PATIENT), "patient identification number"),
    (symbol(PATIENT, BIRTH, COI, COI), "patient identification number, patient date of "
                                       "birth, chain of identity identifier, chain of identity "
                                       "identifier"),
    (symbol(BIRTH, PATIENT, COI), "patient date of birth, patient identification number, "
                                  "chain of identity identifier"),
    (symbol(PATIENT, BIRTH, COI, sequence="001"), "patient identification number, patient "
                                                  "date of birth, chain of identity identifier"),
    (symbol(replace(PATIENT, location="01"), BIRTH, COI),
     "patient identification number, patient date of birth, chain of identity identifier"),
    (symbol(PATIENT, replace(BIRTH, location="01"), COI),
     "patient identification number, patient date of birth, chain of identity identifier"),
    (symbol(PATIENT, BIRTH, EXPIRY), "patient identification number, patient date of birth, "
                                     "expiration date and time"),
    ("&q" + DIN.text + "001", "a QC sample code"),
])
def test_anything_but_a_cellchain_wristband_is_a_stop_naming_what_was_scanned(
        text: str, holds: str) -> None:
    assert failures(text) == [
        ("wristband_is_wristband", f"The wristband scan is not a subject wristband as "
                                   f"cellchain prints it: it holds {holds}. {WRISTBAND_ADVICE}"),
        ("wristband_matches_subject", "Not compared: no wristband was read."),
    ]


@pytest.mark.parametrize(("text", "error"), [
    (BAG_2D.replace("=A99902600000188", "=A99902600000189"),
     "compound message structure 1: the check flags of the DIN do not match: scan the label "
     "again, or re-type the whole identifier"),
    (BAG_2D.replace("=+04000=A99902600000188", "=+04000=A99902600000100"),
     "the DIN's flags 00 carry no check value; a bag label's DIN carries 60 + its Mod 37-2 "
     "value (ST-001 Table 3)"),
    ("X", "not an ISBT 128 data structure: the scan must start with '=' or '&', starts with "
          "'X'"),
])
def test_an_unreadable_bag_label_is_a_stop_naming_the_error(text: str, error: str) -> None:
    assert failures(bag_text=text) == [
        ("bag_read", f"The bag label scan cannot be read: {error}."),
        ("bag_is_label", "Not checked: the bag label scan cannot be read."),
        ("label_matches_record", "Not compared: no bag label was read."),
    ]


@pytest.mark.parametrize(("text", "holds"), [
    (WRISTBAND, "patient identification number, patient date of birth, chain of identity "
                "identifier"),
    (DIN_SCAN.text, "donation identification number"),
    (symbol(DIN_SCAN, CODE), "donation identification number, product code"),
    (symbol(DIN_SCAN, CODE, EXPIRY, COI, sequence="035"),
     "donation identification number, product code, expiration date and time, chain of "
     "identity identifier"),
    (symbol(CODE, DIN_SCAN, EXPIRY, COI), "product code, donation identification number, "
                                          "expiration date and time, chain of identity "
                                          "identifier"),
    (symbol(DIN_SCAN, EXPIRY, CODE, COI), "donation identification number, expiration date "
                                          "and time, product code, chain of identity "
                                          "identifier"),
    (symbol(DIN_SCAN, CODE, EXPIRY, COI, COI), "donation identification number, product "
                                               "code, expiration date and time, chain of "
                                               "identity identifier, chain of identity "
                                               "identifier"),
])
def test_anything_but_a_bag_labels_2d_symbol_is_a_stop_naming_what_was_scanned(
        text: str, holds: str) -> None:
    assert failures(bag_text=text) == [
        ("bag_is_label", f"The bag label scan is not the 2-D symbol of a bag label as "
                         f"cellchain prints it: it holds {holds}. {LABEL_ADVICE}"),
        ("label_matches_record", "Not compared: no bag label was read."),
    ]


def test_scans_name_the_records_the_caller_looks_up() -> None:
    assert scanned_subject_number(WRISTBAND) == "TR0001"
    assert scanned_subject_number(wristband(coi=None)) == "TR0001"
    assert scanned_bag(BAG_2D) == (DIN.text, CODE.content)
    assert scanned_bag(bag_2d(coi=None)) == (DIN.text, CODE.content)
    for refused in (BAG_2D, "", "=+"):
        assert scanned_subject_number(refused) is None
    for refused in (WRISTBAND, "", DIN_SCAN.text):
        assert scanned_bag(refused) is None


# --- the wristband against the subject ------------------------------------------------------

@pytest.mark.parametrize(("text", "differ"), [
    (wristband(number="TR0002"), "subject number"),
    (wristband(born=date(1961, 3, 15)), "date of birth"),
    (wristband(coi=OTHER_COI), "COI identifier"),
    (wristband(coi=None), "COI identifier"),
    (wristband(number="TR0002", born=date(1960, 1, 1), coi=OTHER_COI),
     "subject number, date of birth, COI identifier"),
])
def test_a_wristband_that_disagrees_with_the_subject_record_is_a_stop(text: str,
                                                                     differ: str) -> None:
    assert failures(text) == [("wristband_matches_subject",
                               f"The wristband does not match the record of subject TR0001: "
                               f"{differ} differ.")]


@pytest.mark.parametrize("status", ["screening", "screen_failed", "completed", "withdrawn"])
def test_a_subject_not_enrolled_or_on_treatment_is_a_stop(status: str) -> None:
    label = status.replace("_", " ")
    assert failures(subject=replace(SUBJECT, status=status)) == [
        ("subject_active", f"Subject TR0001 is not enrolled or on treatment (status: {label}).")]


def test_an_enrolled_subject_passes() -> None:
    assert messages(subject=replace(SUBJECT, status="enrolled"))["subject_active"] == (
        "Subject TR0001 is enrolled.")


def test_a_wristband_naming_no_subject_on_record_is_a_stop() -> None:
    missing = "Not checked: the wristband names no subject on record."
    assert failures(subject=None) == [
        ("wristband_matches_subject", missing), ("subject_active", missing),
        ("coi_match", missing), ("dose_level", missing), ("pre_infusion_labs", missing)]
    # Whatever labs the caller passed, a subject not on record is not judged.
    assert failures(subject=None, labs=None)[-1] == ("pre_infusion_labs", missing)


# --- the bag label against the bag record ---------------------------------------------------

@pytest.mark.parametrize(("text", "differ"), [
    (bag_2d(din=Din("A9990", "26", "000002")), "DIN"),
    (bag_2d(code=replace(CODE, division="C0")), "product code"),
    (bag_2d(code=replace(CODE, pdc="S9998")), "product code"),
    (bag_2d(expires=EXPIRES + timedelta(minutes=1)), "expiry"),
    (bag_2d(expires=EXPIRES - timedelta(minutes=1)), "expiry"),
    (bag_2d(zone=ZoneInfo("UTC")), "expiry"),
    (bag_2d(coi=OTHER_COI), "COI identifier"),
    (bag_2d(coi=None), "COI identifier"),
    (bag_2d(din=Din("A9990", "26", "000002"), code=replace(CODE, division="C0"),
            expires=EXPIRES + timedelta(days=1), coi=OTHER_COI),
     "DIN, product code, expiry, COI identifier"),
])
def test_a_label_that_disagrees_with_its_bag_record_is_a_stop(text: str, differ: str) -> None:
    assert failures(bag_text=text) == [
        ("label_matches_record", f"The bag label does not match the record of bag A9990 26 "
                                 f"000001 B0: {differ} differ. Do not use this bag; return it "
                                 f"to the lab.")]


def test_the_label_shows_the_expiry_to_the_minute_the_record_keeps_seconds() -> None:
    seconds_later = replace(BAG, expires_at=EXPIRES + timedelta(seconds=59))
    assert failures(bag=seconds_later) == []


def test_a_bag_scan_naming_no_bag_on_record_is_a_stop() -> None:
    missing = "Not checked: the bag scan names no bag on record."
    assert failures(bag=None) == [(name, missing) for name in (
        "label_matches_record", "bag_at_ward", "lot_released", "bag_in_date", "bag_not_infused",
        "custody_complete", "coi_match", "dose_level", "conditional_release")]


# --- the bag record -------------------------------------------------------------------------

@pytest.mark.parametrize(("custody", "gaps"), [
    ({"dispatched_by_lab": False}, "it was not dispatched by the lab"),
    ({"received_at_ward": False}, "it was not received at the ward"),
    ({"open_excursions": 1}, "1 temperature excursion(s) await QA's decision"),
    ({"dispatched_by_lab": False, "received_at_ward": False, "open_excursions": 2},
     "it was not dispatched by the lab; it was not received at the ward; 2 temperature "
     "excursion(s) await QA's decision"),
])
def test_a_bag_whose_custody_is_incomplete_is_a_stop_naming_every_gap(
    custody: dict[str, object], gaps: str
) -> None:
    assert failures(bag=replace(BAG, **custody)) == [  # type: ignore[arg-type]
        ("custody_complete", f"The chain of custody of {NAMED} is not complete: "
                             f"{gaps}.")]


@pytest.mark.parametrize(("status", "where"), [
    ("quarantine", "held in quarantine"),
    ("released", "released but not yet dispatched to the ward"),
    ("dispatched", "dispatched but not yet received at the ward"),
    ("infused", "already infused"),
    ("returned", "returned from the ward"),
    ("destroyed", "destroyed"),
    ("expired", "recorded as expired"),
    ("recalled", "recalled"),
])
def test_a_bag_not_at_the_ward_is_a_stop(status: str, where: str) -> None:
    assert failures(bag=replace(BAG, status=status)) == [
        ("bag_at_ward", f"{WHO} is {where}, not at the ward.")]


@pytest.mark.parametrize(("status", "label"), [
    ("planned", "planned"), ("in_qc", "in QC"), ("on_hold", "on hold"),
    ("rejected", "rejected"), ("recalled", "recalled"), ("closed", "closed"),
])
def test_a_bag_whose_lot_is_not_released_is_a_stop(status: str, label: str) -> None:
    assert failures(bag=replace(BAG, lot_status=status)) == [
        ("lot_released", f"The lot of bag A9990 26 000001 B0 is {label}, not released.")]


def test_a_bag_is_expired_from_its_expiry_time_on() -> None:
    assert failures(now=EXPIRES) == [
        ("bag_in_date", f"{WHO} expired at 01 JUL 2026 11:30 BST.")]
    assert failures(now=EXPIRES - timedelta(microseconds=1)) == []


def test_a_bag_infused_before_is_a_stop() -> None:
    assert failures(bag=replace(BAG, infused=True)) == [
        ("bag_not_infused", f"{WHO} has already been infused; a bag is infused only once.")]


# --- the bag against the subject ------------------------------------------------------------

def test_a_bag_allocated_to_another_subject_is_a_stop() -> None:
    other = replace(BAG, coi=OTHER_COI.content)
    assert failures(bag_text=bag_2d(coi=OTHER_COI), bag=other) == [
        ("coi_match", f"{WHO} is allocated to COI identifier CH A9990 26 000008, not to "
                      f"subject TR0001's CH A9990 26 000007.")]


def test_a_bag_allocated_to_no_subject_is_a_stop() -> None:
    assert failures(bag_text=bag_2d(coi=None), bag=replace(BAG, coi=None)) == [
        ("coi_match", f"{WHO} is not allocated to any subject.")]


def test_a_subject_without_a_coi_identifier_is_a_stop() -> None:
    assert failures(wristband(coi=None), subject=replace(SUBJECT, coi=None)) == [
        ("coi_match", "Subject TR0001 has no COI identifier issued.")]


def test_a_bag_of_another_dose_level_is_a_stop() -> None:
    assert failures(bag=replace(BAG, dose_level="DL2")) == [
        ("dose_level", f"{WHO} is for dose level DL2; subject TR0001 is assigned dose level "
                       f"DL1.")]


@pytest.mark.parametrize("changes", [{"bag": replace(BAG, dose_level=None)},
                                     {"subject": replace(SUBJECT, dose_level=None)}])
def test_the_dose_level_is_compared_only_when_both_are_known(changes: dict[str, object]) -> None:
    assert messages(**changes)["dose_level"] == (
        "Dose level not compared: the bag or the subject has none assigned.")
    assert failures(WRISTBAND, BAG_2D, **changes) == []


def test_a_conditional_release_must_be_acknowledged_naming_the_pending_tests() -> None:
    conditional = replace(BAG, lot_status="conditionally_released",
                          pending_tests=("sterility (14 days)", "mycoplasma"))
    assert failures(bag=conditional) == [
        ("conditional_release", "The lot is conditionally released with results pending for "
                                "sterility (14 days), mycoplasma: acknowledge this before the "
                                "infusion.")]
    assert failures(bag=conditional, conditional_release_acknowledged=True) == []
    acknowledged = messages(bag=conditional, conditional_release_acknowledged=True)
    assert (acknowledged["lot_released"], acknowledged["conditional_release"]) == (
        "Its lot is conditionally released.",
        "Conditional release acknowledged: results pending for sterility (14 days), "
        "mycoplasma.")


# --- the subject's pre-infusion labs (domain §3.2, PROPOSED) ---------------------------------

LAB_STOP = "Subject TR0001's pre-infusion labs are not current and within limits: "
LAB_ADVICE = " Do not infuse until current results are within limits."
NEEDED = "a result from the infusion day 2026-07-01 or up to 1 day before it is needed"


@pytest.mark.parametrize(("lab", "words"), [
    ("anc", "ANC"), ("plt", "PLT"), ("hgb", "HGB")])
def test_a_missing_lab_is_a_stop_naming_it(lab: str, words: str) -> None:
    assert failures(labs=labs(**{lab: None})) == [
        ("pre_infusion_labs", f"{LAB_STOP}{words} is missing (no result); {NEEDED}."
                              f"{LAB_ADVICE}")]


@pytest.mark.parametrize(("lab", "value", "shown"), [
    ("anc", 1.4, "ANC 1.4 ×10⁹/L"), ("plt", 120, "PLT 120 ×10⁹/L"), ("hgb", 96, "HGB 96 g/L")])
def test_a_lab_from_two_days_before_is_out_of_date_and_one_day_before_is_current(
        lab: str, value: float, shown: str) -> None:
    stale = LabValue(value, DAY - timedelta(days=2))
    assert failures(labs=labs(**{lab: stale})) == [
        ("pre_infusion_labs", f"{LAB_STOP}{shown} on 2026-06-29 is out of date (2 days before "
                              f"the infusion day 2026-07-01); {NEEDED}.{LAB_ADVICE}")]
    assert failures(labs=labs(**{lab: LabValue(value, DAY - timedelta(days=1))})) == []


def test_a_lab_dated_after_the_check_day_is_a_stop() -> None:
    later = LabValue(1.4, DAY + timedelta(days=1))
    assert failures(labs=labs(anc=later)) == [
        ("pre_infusion_labs", f"{LAB_STOP}ANC 1.4 ×10⁹/L on 2026-07-02 is out of date (dated "
                              f"after the infusion day 2026-07-01); {NEEDED}.{LAB_ADVICE}")]


@pytest.mark.parametrize(("lab", "below", "at", "words"), [
    ("anc", 0.99, 1.0, "ANC 0.99 ×10⁹/L on 2026-07-01 is below the minimum of 1.0 ×10⁹/L"),
    ("plt", 49.9, 50, "PLT 49.9 ×10⁹/L on 2026-07-01 is below the minimum of 50 ×10⁹/L"),
    ("hgb", 79.9, 80, "HGB 79.9 g/L on 2026-07-01 is below the minimum of 80 g/L"),
])
def test_a_lab_below_its_minimum_is_a_stop_and_one_at_it_passes(
        lab: str, below: float, at: float, words: str) -> None:
    assert failures(labs=labs(**{lab: LabValue(below, DAY)})) == [
        ("pre_infusion_labs", f"{LAB_STOP}{words}.{LAB_ADVICE}")]
    assert failures(labs=labs(**{lab: LabValue(at, DAY)})) == []


def test_every_failing_lab_is_named_and_only_the_failing_ones() -> None:
    found = failures(labs=labs(anc=None, hgb=LabValue(61, DAY - timedelta(days=3))))
    assert found == [
        ("pre_infusion_labs", f"{LAB_STOP}ANC is missing (no result); {NEEDED}. HGB 61 g/L on "
                              f"2026-06-28 is out of date (3 days before the infusion day "
                              f"2026-07-01); {NEEDED}.{LAB_ADVICE}")]
    assert "PLT" not in found[0][1]


@pytest.mark.parametrize("judged", [None, ()])
def test_a_subject_whose_labs_were_not_judged_is_a_stop(judged: object) -> None:
    assert failures(labs=judged) == [
        ("pre_infusion_labs", "Not checked: no pre-infusion lab results were judged for "
                              "subject TR0001.")]


def test_the_lab_check_never_mentions_lot_type_or_arm() -> None:
    found = failures(labs=labs(anc=None, plt=LabValue(3, DAY), hgb=LabValue(0, DAY)),
                     shows_lot_identity=False)
    text = found[0][1].lower()
    for hidden in ("placebo", "arm", "lot type", "kit", "rak"):
        assert hidden not in text


# --- blinding -------------------------------------------------------------------------------

@pytest.mark.parametrize(("kit", "who"), [("K0001234", "Kit K0001234"), (None, "The bag")])
def test_a_blinded_reader_sees_the_kit_number_never_the_din(kit: str | None, who: str) -> None:
    stopped = replace(BAG, status="recalled", lot_status="recalled", infused=True,
                      coi=OTHER_COI.content, dose_level="DL2", kit_number=kit)
    found = failures(bag_text=bag_2d(coi=None), bag=stopped, now=EXPIRES,
                     shows_lot_identity=False)
    lower = who[0].lower() + who[1:]
    assert found == [
        ("label_matches_record", f"The bag label does not match the record of {lower}: COI "
                                 f"identifier differ. Do not use this bag; return it to the "
                                 f"lab."),
        ("bag_at_ward", f"{who} is recalled, not at the ward."),
        ("lot_released", f"The lot of {lower} is recalled, not released."),
        ("bag_in_date", f"{who} expired at 01 JUL 2026 11:30 BST."),
        ("bag_not_infused", f"{who} has already been infused; a bag is infused only once."),
        ("coi_match", f"{who} is allocated to COI identifier CH A9990 26 000008, not to "
                      f"subject TR0001's CH A9990 26 000007."),
        ("dose_level", f"{who} is for dose level DL2; subject TR0001 is assigned dose level "
                       f"DL1."),
    ]
    text = " ".join(message for _, message in found).lower()
    for hidden in ("a9990 26 000001", "rak", "placebo", "arm", "lot type", "s9999"):
        assert hidden not in text


# --- property: no mutated pair is ever GO ---------------------------------------------------

UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
# What a misread can put in a scan: printable ASCII, whitespace and a few non-ASCII letters.
SCANNED = st.characters(min_codepoint=9, max_codepoint=126) | st.sampled_from("é°Ø\u00a0")
# The mutation gate runs this suite from mutmut's `mutants/` copy, once per surviving mutant of
# every ISBT 128 module it touches: 10,500 examples there would take hours. The full count runs
# in the suite itself; the per-check tests carry the mutation score of cellchain.bedside.rules.
SCALE = 50 if "mutants" in Path(__file__).resolve().parts else 1
SETTINGS = settings(derandomize=True, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@dataclass(frozen=True)
class Pair:
    """A correct (wristband, bag) pair, the records behind it and how they were built."""

    wristband: str
    bag: str
    facts: BedsideFacts
    number: str
    born: date
    coi: CoiIdentifier
    din: Din
    code: ProductCode
    expires: datetime


@st.composite
def pairs(draw: st.DrawFn) -> Pair:
    number = draw(st.text(UPPER_DIGITS, min_size=3, max_size=10))
    born = draw(st.dates(date(1930, 1, 1), date(2008, 12, 31)))
    coi = CoiIdentifier("A9990", "26", draw(st.text(UPPER_DIGITS, min_size=6, max_size=6)))
    din = Din("A9990", "26", f"{draw(st.integers(1, 999_999)):06d}")
    code = replace(CODE, division=draw(st.sampled_from(["A0", "B0", "C0", "D0"])))
    expires = NOW + timedelta(minutes=draw(st.integers(1, 60 * 24 * 30)))
    subject = replace(SUBJECT, subject_number=number, birth_date=born, coi=coi.content)
    bag = replace(BAG, din=din.text, product_code=code.content, expires_at=expires,
                  coi=coi.content)
    return Pair(wristband(number=number, born=born, coi=coi),
                bag_2d(din=din, code=code, expires=expires, coi=coi),
                replace(FACTS, subject=subject, bag=bag), number, born, coi, din, code, expires)


@st.composite
def misreads(draw: st.DrawFn, text: str) -> str:
    """One character substituted, two neighbours swapped, or the text cut at either end."""
    kind = draw(st.sampled_from(["substitute", "transpose", "cut end", "cut start"]))
    if kind == "substitute":
        at = draw(st.integers(0, len(text) - 1))
        other = draw(SCANNED.filter(lambda ch: ch != text[at]))
        return text[:at] + other + text[at + 1:]
    if kind == "transpose":
        at = draw(st.integers(0, len(text) - 2))
        return text[:at] + text[at + 1] + text[at] + text[at + 2:]
    cut = draw(st.integers(1, len(text)))
    return text[:-cut] if kind == "cut end" else text[cut:]


def verdict(wristband_text: str, bag_text: str, facts: BedsideFacts) -> str:
    return verify(wristband=wristband_text, bag=bag_text, facts=facts).verdict


@settings(SETTINGS, max_examples=6_000 // SCALE)
@given(pair=pairs(), data=st.data(), on_wristband=st.booleans())
def test_no_misread_wristband_or_bag_label_is_ever_go(pair: Pair, data: st.DataObject,
                                                      on_wristband: bool) -> None:
    assert verdict(pair.wristband, pair.bag, pair.facts) == "go"
    if on_wristband:
        worn, bag = data.draw(misreads(pair.wristband)), pair.bag
        changed = worn != pair.wristband
    else:
        worn, bag = pair.wristband, data.draw(misreads(pair.bag))
        changed = bag != pair.bag
    # Only swapping two equal neighbours leaves the text as it was.
    assert verdict(worn, bag, pair.facts) == ("stop" if changed else "go")


@st.composite
def other_subjects(draw: st.DrawFn, pair: Pair) -> tuple[str, date, CoiIdentifier]:
    number = draw(st.text(UPPER_DIGITS, min_size=3, max_size=10) | st.just(pair.number))
    born = draw(st.dates(date(1930, 1, 1), date(2008, 12, 31)) | st.just(pair.born))
    sequence = draw(st.text(UPPER_DIGITS, min_size=6, max_size=6) | st.just(pair.coi.sequence))
    return number, born, CoiIdentifier("A9990", "26", sequence)


@settings(SETTINGS, max_examples=3_000 // SCALE)
@given(pair=pairs(), data=st.data(),
       swap=st.sampled_from(["wristband of another subject", "another bag of the lot",
                             "edited expiry", "edited product code", "bag label of another COI",
                             "bag allocated to another COI"]))
def test_no_swapped_or_re_encoded_label_is_ever_go(pair: Pair, data: st.DataObject,
                                                   swap: str) -> None:
    worn, bag, facts = pair.wristband, pair.bag, pair.facts
    if swap == "wristband of another subject":
        number, born, coi = data.draw(other_subjects(pair).filter(
            lambda other: other != (pair.number, pair.born, pair.coi)))
        worn = wristband(number=number, born=born, coi=coi)
    elif swap == "another bag of the lot":
        division = data.draw(st.sampled_from(["A0", "B0", "C0", "D0", "E0"]).filter(
            lambda d: d != pair.code.division))
        bag = bag_2d(din=pair.din, code=replace(pair.code, division=division),
                     expires=pair.expires, coi=pair.coi)
    elif swap == "edited expiry":
        minutes = data.draw(st.integers(-60 * 24 * 400, 60 * 24 * 400).filter(bool))
        bag = bag_2d(din=pair.din, code=pair.code, expires=pair.expires
                     + timedelta(minutes=minutes), coi=pair.coi)
    elif swap == "edited product code":
        code = data.draw(st.builds(ProductCode, pdc=st.sampled_from(["S9999", "S9998", "S1234"]),
                                   collection_type=st.sampled_from("VA1"),
                                   division=st.sampled_from(["A0", "B0", "C0", "D0"]))
                         .filter(lambda c: c != pair.code))
        bag = bag_2d(din=pair.din, code=code, expires=pair.expires, coi=pair.coi)
    else:
        sequence = data.draw(st.text(UPPER_DIGITS, min_size=6, max_size=6).filter(
            lambda s: s != pair.coi.sequence))
        other = CoiIdentifier("A9990", "26", sequence)
        bag = bag_2d(din=pair.din, code=pair.code, expires=pair.expires, coi=other)
        if swap == "bag allocated to another COI":  # label and record agree, subject differs
            facts = replace(facts, bag=replace(pair.facts.bag, coi=other.content))  # type: ignore[type-var]
    assert verdict(worn, bag, facts) == "stop"


@settings(SETTINGS, max_examples=1_500 // SCALE)
@given(worn=st.text(SCANNED, max_size=60), bag=st.text(SCANNED, max_size=60))
def test_arbitrary_text_is_never_go_and_never_raises(worn: str, bag: str) -> None:
    assert verdict(worn, bag, FACTS) == "stop"
