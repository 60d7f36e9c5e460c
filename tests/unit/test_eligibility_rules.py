"""Screening eligibility for NCT07212933 (cellchain.trial.eligibility_rules): every registry
criterion on each side of its limit in exact words, the birthday and recency-window edges, the
bedside lab gate, the limits read from the trial TOML, and every malformed input naming its
field. Expected values are written out from the registry (domain §0, §3.2), not from the code."""

from __future__ import annotations

import copy
import tomllib
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cellchain.errors import BadInput
from cellchain.trial.configuration import SHIPPED
from cellchain.trial.eligibility_rules import (
    Bound,
    ChildPugh,
    Confirmation,
    CriterionResult,
    Diagnosis,
    EligibilityLimits,
    Histology,
    Lab,
    LabValue,
    PreInfusionLabLimits,
    Site,
    Stage,
    age_in_years,
    eligibility_limits_from_mapping,
    evaluate,
    lab_result,
    parse_screening_input,
    pre_infusion_lab_limits_from_mapping,
    pre_infusion_labs_check,
)

RAW = tomllib.loads(SHIPPED.read_text(encoding="utf-8"))
LIMITS = eligibility_limits_from_mapping(RAW["eligibility"])
GATE = pre_infusion_lab_limits_from_mapping(RAW["pre_infusion_labs"])
PROPERTY = settings(derandomize=True, database=None, deadline=None, max_examples=60)
EVAL = date(2026, 11, 21)
IDS = ["consent_signed", "age", "diagnosis", "prior_frontline_failure", "measurable_disease",
       "ecog", "life_expectancy", "no_concurrent_malignancy", "no_severe_organ_disease",
       "hgb", "wbc", "anc", "plt", "child_pugh", "ckd", "inr", "aptt"]
BASE: dict[str, Any] = {
    "evaluation_date": "2026-11-21", "date_of_birth": "1960-05-01", "consent_signed": True,
    "consent_date": "2026-11-20",
    "stage": "IV", "site": "stomach", "histology": "adenocarcinoma", "confirmed_by": "pathology",
    "prior_frontline_failure": True, "measurable_disease": True,
    "tumour_assessment_date": "2026-11-01", "ecog": 1, "life_expectancy_months": 3,
    "concurrent_malignancy": False, "severe_organ_disease": False, "child_pugh": "A",
    "ckd_stage": 1,
    "labs": {"hgb_g_l": {"value": 120, "date": "2026-11-20"},
             "wbc_10e9_l": {"value": 5.5, "date": "2026-11-20"},
             "anc_10e9_l": {"value": 3.1, "date": "2026-11-20"},
             "plt_10e9_l": {"value": 210, "date": "2026-11-20"},
             "inr": {"value": 1.0, "date": "2026-11-20"},
             "aptt_s": {"value": 32, "date": "2026-11-20"},
             "aptt_uln_s": {"value": 40, "date": "2026-11-20"}},
}
DIAGNOSIS_KEYS = ["stage", "site", "histology", "confirmed_by"]
BASE_MESSAGES = [
    "Informed consent signed on 2026-11-20: passes",
    "Age 66 years at consent on 2026-11-20 is within 18 to 70 years: passes",
    "Diagnosis stage IV stomach adenocarcinoma, confirmed by pathology: passes",
    "Earlier first-line treatment failed: passes",
    "Measurable disease by RECIST 1.1 on the tumour assessment on 2026-11-01, 20 days before "
    "the evaluation date 2026-11-21 (at most 28): passes",
    "ECOG performance status 1 is within the maximum of 3: passes",
    "Life expectancy 3 months meets the minimum of 1 month: passes",
    "No concurrent malignancy: passes",
    "No severe organ disease: passes",
    "HGB 120 g/L on 2026-11-20 meets the minimum of 80 g/L: passes",
    "WBC 5.5 ×10⁹/L on 2026-11-20 meets the minimum of 2.0 ×10⁹/L: passes",
    "ANC 3.1 ×10⁹/L on 2026-11-20 meets the minimum of 1.0 ×10⁹/L: passes",
    "PLT 210 ×10⁹/L on 2026-11-20 meets the minimum of 50 ×10⁹/L: passes",
    "Child-Pugh class A is not the excluded class C: passes",
    "CKD stage 1 is below the excluded stage 3: passes",
    "INR 1.0 on 2026-11-20 is below the exclusion limit of 1.5: passes",
    "APTT 32 s on 2026-11-20 is within the maximum of 1.5 × ULN (40 s) = 60.0 s: passes",
]
BASE_LIMITS = [
    "signed informed consent", "18 to 70 years",
    "stage IV stomach or gastro-oesophageal junction adenocarcinoma, confirmed by pathology "
    "or imaging", "failure of first-line treatment",
    "measurable by RECIST 1.1, assessed at most 28 days before the evaluation date",
    "at most 3", "at least 1 month", "no concurrent malignancy", "no severe organ disease",
    "at least 80 g/L", "at least 2.0 ×10⁹/L", "at least 1.0 ×10⁹/L", "at least 50 ×10⁹/L",
    "not class C", "below stage 3", "below 1.5", "at most 1.5 × ULN (40 s) = 60.0 s"]
BASE_VALUES = [
    ("yes", None, date(2026, 11, 20)), ("66", "years", date(2026, 11, 20)),
    ("stage IV stomach adenocarcinoma, confirmed by pathology", None, None),
    ("yes", None, None), ("measurable", None, date(2026, 11, 1)), ("1", None, None),
    ("3", "months", None), ("no", None, None), ("no", None, None),
    ("120", "g/L", date(2026, 11, 20)), ("5.5", "×10⁹/L", date(2026, 11, 20)),
    ("3.1", "×10⁹/L", date(2026, 11, 20)), ("210", "×10⁹/L", date(2026, 11, 20)),
    ("A", None, None), ("1", None, None), ("1.0", None, date(2026, 11, 20)),
    ("32", "s", date(2026, 11, 20))]


def data(**changes: Any) -> dict[str, Any]:
    out = copy.deepcopy(BASE)
    out.update(changes)
    return out


def with_lab(key: str, value: Any = None, day: str = "2026-11-20", **changes: Any
             ) -> dict[str, Any]:
    out = data(**changes)
    if value is None:
        del out["labs"][key]
    else:
        out["labs"][key] = {"value": value, "date": day}
    return out


def with_uln(value: Any = None, day: str = "2026-11-20", **changes: Any) -> dict[str, Any]:
    """BASE with labs.aptt_uln_s set to value (None: without it)."""
    return with_lab("aptt_uln_s", value, day, **changes)


def run(raw: dict[str, Any], limits: EligibilityLimits = LIMITS) -> dict[str, CriterionResult]:
    return {c.id: c for c in evaluate(parse_screening_input(raw), limits).criteria}


def one(raw: dict[str, Any], cid: str, limits: EligibilityLimits = LIMITS) -> CriterionResult:
    return run(raw, limits)[cid]


# --- limits from the trial TOML ---------------------------------------------------------------

def test_shipped_limits_are_the_registry_values() -> None:
    assert LIMITS == EligibilityLimits(
        age_min=18, age_max=70, ecog_max=3, life_expectancy_min_months=1,
        tumour_assessment_days=28, lab_recency_days=14, hgb_min_g_l=80, wbc_min=2.0,
        anc_min=1.0, plt_min=50, inr_max_exclusive=1.5, aptt_max_uln_ratio=1.5,
        child_pugh_excluded=(ChildPugh.C,), ckd_stage_excluded_from=3, stage=Stage.IV,
        sites=(Site.STOMACH, Site.GEJ), histology=Histology.ADENOCARCINOMA,
        confirmed_by=(Confirmation.PATHOLOGY, Confirmation.IMAGING))
    assert GATE == PreInfusionLabLimits(anc_min=1.0, plt_min=50, hgb_min_g_l=80,
                                        max_age_days=1)
    assert isinstance(LIMITS.wbc_min, float) and isinstance(LIMITS.age_min, int)


@pytest.mark.parametrize("key", list(RAW["eligibility"]))
def test_every_eligibility_limit_is_required(key: str) -> None:
    table = {k: v for k, v in RAW["eligibility"].items() if k != key}
    with pytest.raises(ValueError) as caught:
        eligibility_limits_from_mapping(table)
    assert str(caught.value) == f"[eligibility] {key}: required but missing"


@pytest.mark.parametrize("key", list(RAW["pre_infusion_labs"]))
def test_every_gate_limit_is_required(key: str) -> None:
    table = {k: v for k, v in RAW["pre_infusion_labs"].items() if k != key}
    with pytest.raises(ValueError) as caught:
        pre_infusion_lab_limits_from_mapping(table)
    assert str(caught.value) == f"[pre_infusion_labs] {key}: required but missing"


WHOLE = ["age_min", "age_max", "ecog_max", "tumour_assessment_days", "lab_recency_days",
         "ckd_stage_excluded_from"]
NUMBERS = ["life_expectancy_min_months", "hgb_min_g_l", "wbc_min", "anc_min", "plt_min",
           "inr_max_exclusive", "aptt_max_uln_ratio"]


@pytest.mark.parametrize("key", WHOLE)
@pytest.mark.parametrize("bad", [True, "3", 3.0, -1, None])
def test_whole_limits_refuse_anything_but_a_whole_number_of_0_or_more(key: str, bad: Any
                                                                        ) -> None:
    with pytest.raises(ValueError) as caught:
        eligibility_limits_from_mapping({**RAW["eligibility"], key: bad})
    assert str(caught.value) == (f"[eligibility] {key}: must be a whole number of 0 or more, "
                                 f"not {bad!r}")


@pytest.mark.parametrize("key", NUMBERS)
@pytest.mark.parametrize("bad", [False, "1.5", -0.5, [1]])
def test_number_limits_refuse_anything_but_a_number_of_0_or_more(key: str, bad: Any) -> None:
    with pytest.raises(ValueError) as caught:
        eligibility_limits_from_mapping({**RAW["eligibility"], key: bad})
    assert str(caught.value) == f"[eligibility] {key}: must be a number of 0 or more, not {bad!r}"


def test_limits_of_zero_and_fractions_are_accepted_where_they_make_sense() -> None:
    table = {**RAW["eligibility"], "age_min": 0, "hgb_min_g_l": 0, "plt_min": 49.5,
             "life_expectancy_min_months": 0.5}
    limits = eligibility_limits_from_mapping(table)
    assert (limits.age_min, limits.hgb_min_g_l, limits.plt_min) == (0, 0, 49.5)
    assert limits.life_expectancy_min_months == 0.5
    gate = pre_infusion_lab_limits_from_mapping({**RAW["pre_infusion_labs"], "anc_min": 0.75,
                                                 "max_age_days": 0})
    assert (gate.anc_min, gate.max_age_days) == (0.75, 0)
    with pytest.raises(ValueError, match=r"^\[pre_infusion_labs\] max_age_days: must be a "
                       r"whole number of 0 or more, not 1.5$"):
        pre_infusion_lab_limits_from_mapping({**RAW["pre_infusion_labs"], "max_age_days": 1.5})


@pytest.mark.parametrize(("key", "bad", "message"), [
    ("stage", "V", "'V' is not one of I, II, III, IV"),
    ("stage", "iv", "'iv' is not one of I, II, III, IV"),
    ("sites", ["stomach", "colon"], "'colon' is not one of stomach, gej, oesophagus, other"),
    ("histology", "carcinoma", "'carcinoma' is not one of adenocarcinoma, squamous_cell, other"),
    ("confirmed_by", ["biopsy"], "'biopsy' is not one of pathology, imaging, clinical"),
    ("child_pugh_excluded", ["D"], "'D' is not one of A, B, C"),
    ("sites", [1], "must be text, not [1]"),
    ("sites", 4, "must be text, not 4"),
    ("stage", None, "must be text, not None"),
])
def test_vocabulary_limits_refuse_unknown_words(key: str, bad: Any, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        eligibility_limits_from_mapping({**RAW["eligibility"], key: bad})
    assert str(caught.value) == f"[eligibility] {key}: {message}"


def test_vocabulary_limits_take_a_single_word_or_a_list() -> None:
    limits = eligibility_limits_from_mapping({**RAW["eligibility"], "sites": "gej",
                                              "child_pugh_excluded": ["B", "C"]})
    assert limits.sites == (Site.GEJ,)
    assert limits.child_pugh_excluded == (ChildPugh.B, ChildPugh.C)


def test_age_min_above_age_max_is_refused_but_equal_is_not() -> None:
    with pytest.raises(ValueError) as caught:
        eligibility_limits_from_mapping({**RAW["eligibility"], "age_min": 71})
    assert str(caught.value) == "[eligibility] age_min: 71 is above age_max 70"
    same = eligibility_limits_from_mapping({**RAW["eligibility"], "age_min": 70})
    assert (same.age_min, same.age_max) == (70, 70)


# --- the whole result -------------------------------------------------------------------------

def test_a_subject_meeting_every_criterion_is_eligible_with_every_criterion_in_words() -> None:
    result = evaluate(parse_screening_input(BASE), LIMITS)
    assert result.eligible is True
    assert [c.id for c in result.criteria] == IDS
    assert [c.message for c in result.criteria] == BASE_MESSAGES
    assert [c.limit for c in result.criteria] == BASE_LIMITS
    assert [(c.value, c.unit, c.measured_on) for c in result.criteria] == BASE_VALUES
    assert all(c.passed is True for c in result.criteria)


def test_one_failing_criterion_makes_the_subject_ineligible() -> None:
    result = evaluate(parse_screening_input(data(ecog=4)), LIMITS)
    assert result.eligible is False
    assert [c.id for c in result.criteria if not c.passed] == ["ecog"]


# --- consent, age -----------------------------------------------------------------------------

def test_unsigned_consent_fails_and_age_is_taken_at_the_evaluation_date() -> None:
    result = run(data(consent_signed=False, consent_date=None, date_of_birth="2008-11-21"))
    assert result["consent_signed"] == CriterionResult(
        "consent_signed", False, "Informed consent not signed: fails", "no", None, None,
        "signed informed consent")
    assert result["age"] == CriterionResult(
        "age", True, "Age 18 years at the evaluation date on 2026-11-21 is within 18 to 70 "
        "years: passes", "18", "years", EVAL, "18 to 70 years")


@pytest.mark.parametrize(("born", "age", "passed", "words"), [
    ("2008-11-21", 17, False, "is below the minimum of 18 years"),  # day before 18th birthday
    ("2008-11-20", 18, True, "is within 18 to 70 years"),  # the 18th birthday
    ("2008-11-19", 18, True, "is within 18 to 70 years"),
    ("1955-11-21", 70, True, "is within 18 to 70 years"),  # day before the 71st birthday
    ("1955-11-20", 71, False, "is above the maximum of 70 years"),  # the 71st birthday
    ("1955-11-19", 71, False, "is above the maximum of 70 years"),
])
def test_age_in_completed_years_at_consent(born: str, age: int, passed: bool, words: str
                                          ) -> None:
    verdict = "passes" if passed else "fails"
    assert one(data(date_of_birth=born), "age") == CriterionResult(
        "age", passed, f"Age {age} years at consent on 2026-11-20 {words}: {verdict}",
        str(age), "years", date(2026, 11, 20), "18 to 70 years")


@pytest.mark.parametrize(("born", "on", "age"), [
    (date(2004, 2, 29), date(2022, 2, 28), 17),  # non-leap year: birthday is 1 March
    (date(2004, 2, 29), date(2022, 3, 1), 18),
    (date(2004, 2, 29), date(2024, 2, 28), 19),  # leap year: birthday is 29 February
    (date(2004, 2, 29), date(2024, 2, 29), 20),
    (date(1996, 2, 29), date(2000, 2, 28), 3),  # 2000 is a leap year (divisible by 400)
    (date(1996, 2, 29), date(2000, 2, 29), 4),
    (date(2096, 2, 29), date(2100, 2, 28), 3),  # 2100 is not (divisible by 100)
    (date(2096, 2, 29), date(2100, 3, 1), 4),
    (date(2000, 3, 1), date(2022, 2, 28), 21),  # a 1 March birthday is unaffected
    (date(2000, 3, 1), date(2022, 3, 1), 22),
    (date(2000, 2, 28), date(2022, 2, 28), 22),
    (date(2000, 2, 28), date(2022, 2, 27), 21),
    (date(2000, 12, 31), date(2018, 12, 30), 17),
    (date(2000, 12, 31), date(2018, 12, 31), 18),
    (date(2000, 1, 31), date(2018, 2, 1), 18),
])
def test_age_in_years_birthdays(born: date, on: date, age: int) -> None:
    assert age_in_years(born, on) == age


def test_born_29_february_turns_18_and_71_on_1_march_of_a_non_leap_year() -> None:
    assert one(data(date_of_birth="2008-02-29", consent_date="2026-02-28",
                    evaluation_date="2026-03-02"), "age").passed is False
    assert one(data(date_of_birth="2008-02-29", consent_date="2026-03-01",
                    evaluation_date="2026-03-02"), "age").passed is True
    assert one(data(date_of_birth="1956-02-29", consent_date="2027-02-28",
                    evaluation_date="2027-03-02"), "age").passed is True
    assert one(data(date_of_birth="1956-02-29", consent_date="2027-03-01",
                    evaluation_date="2027-03-02"), "age").passed is False


# --- diagnosis --------------------------------------------------------------------------------

@pytest.mark.parametrize(("change", "passed", "problem"), [
    ({"stage": "I"}, False, "stage I is not stage IV"),
    ({"stage": "II"}, False, "stage II is not stage IV"),
    ({"stage": "III"}, False, "stage III is not stage IV"),
    ({"stage": "IV"}, True, ""),
    ({"site": "gej"}, True, ""),
    ({"site": "oesophagus"}, False,
     "the oesophagus is not the stomach or gastro-oesophageal junction"),
    ({"site": "other"}, False,
     "the other site is not the stomach or gastro-oesophageal junction"),
    ({"histology": "squamous_cell"}, False,
     "squamous cell carcinoma is not adenocarcinoma"),
    ({"histology": "other"}, False, "other histology is not adenocarcinoma"),
    ({"confirmed_by": "imaging"}, True, ""),
    ({"confirmed_by": "clinical"}, False, "confirmed by clinical, not by pathology or imaging"),
])
def test_diagnosis_each_vocabulary_value(change: dict[str, str], passed: bool, problem: str
                                         ) -> None:
    diagnosis = {**{k: BASE[k] for k in DIAGNOSIS_KEYS}, **change}
    result = one(data(**change), "diagnosis")
    sites = {"stomach": "stomach", "gej": "gastro-oesophageal junction",
             "oesophagus": "oesophagus", "other": "other site"}
    histology = {"adenocarcinoma": "adenocarcinoma", "squamous_cell": "squamous cell carcinoma",
                 "other": "other histology"}
    shown = (f"stage {diagnosis['stage']} {sites[diagnosis['site']]} "
             f"{histology[diagnosis['histology']]}, confirmed by {diagnosis['confirmed_by']}")
    reasons = f"; {problem}" if problem else ""
    verdict = "passes" if passed else "fails"
    assert result == CriterionResult("diagnosis", passed, f"Diagnosis {shown}{reasons}: {verdict}",
                                     shown, None, None, BASE_LIMITS[2])


def test_diagnosis_lists_every_problem() -> None:
    bad = {"stage": "III", "site": "oesophagus", "histology": "squamous_cell",
           "confirmed_by": "clinical"}
    assert one(data(**bad), "diagnosis").message == (
        "Diagnosis stage III oesophagus squamous cell carcinoma, confirmed by clinical; "
        "stage III is not stage IV; the oesophagus is not the stomach or gastro-oesophageal "
        "junction; squamous cell carcinoma is not adenocarcinoma; confirmed by clinical, not "
        "by pathology or imaging: fails")


def test_diagnosis_against_site_limits() -> None:
    limits = replace(LIMITS, sites=(Site.GEJ,), confirmed_by=(Confirmation.PATHOLOGY,),
                     stage=Stage.III, histology=Histology.OTHER)
    result = one(data(stage="III", site="gej", histology="other", confirmed_by="pathology"),
                 "diagnosis", limits)
    assert result.passed is True
    assert result.limit == ("stage III gastro-oesophageal junction other histology, confirmed "
                            "by pathology")


# --- yes/no criteria --------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "fact", "cid", "passed", "message", "limit"), [
    ("prior_frontline_failure", False, "prior_frontline_failure", False,
     "No failure of first-line treatment: fails", "failure of first-line treatment"),
    ("concurrent_malignancy", True, "no_concurrent_malignancy", False,
     "Concurrent malignancy present: fails", "no concurrent malignancy"),
    ("severe_organ_disease", True, "no_severe_organ_disease", False,
     "Severe organ disease present: fails", "no severe organ disease"),
])
def test_yes_no_criteria_fail_the_other_way(key: str, fact: bool, cid: str, passed: bool,
                                            message: str, limit: str) -> None:
    assert one(data(**{key: fact}), cid) == CriterionResult(
        cid, passed, message, "yes" if fact else "no", None, None, limit)


# --- measurable disease and the tumour assessment window --------------------------------------

ASSESSED = "Measurable disease by RECIST 1.1"


@pytest.mark.parametrize(("assessed", "passed", "message"), [
    ("2026-11-21", True, f"{ASSESSED} on the tumour assessment on 2026-11-21, 0 days before the "
                         "evaluation date 2026-11-21 (at most 28): passes"),
    ("2026-10-24", True, f"{ASSESSED} on the tumour assessment on 2026-10-24, 28 days before the "
                         "evaluation date 2026-11-21 (at most 28): passes"),
    ("2026-10-23", False, f"{ASSESSED}, but the tumour assessment on 2026-10-23 is 29 days before "
                          "the evaluation date 2026-11-21, more than 28 days: fails"),
    ("2026-11-22", False, f"{ASSESSED}, but the tumour assessment on 2026-11-22 is after the "
                          "evaluation date 2026-11-21: fails"),
])
def test_tumour_assessment_within_28_days_counting_day_28(assessed: str, passed: bool,
                                                          message: str) -> None:
    assert one(data(tumour_assessment_date=assessed), "measurable_disease") == CriterionResult(
        "measurable_disease", passed, message, "measurable", None, date.fromisoformat(assessed),
        BASE_LIMITS[4])


def test_disease_not_measurable_fails_even_with_a_recent_assessment() -> None:
    assert one(data(measurable_disease=False), "measurable_disease") == CriterionResult(
        "measurable_disease", False, "No measurable disease by RECIST 1.1 (tumour assessment on "
        "2026-11-01): fails", "not measurable", None, date(2026, 11, 1), BASE_LIMITS[4])


# --- ECOG, life expectancy, Child-Pugh, CKD ---------------------------------------------------

@pytest.mark.parametrize("ecog", range(6))
def test_ecog_0_to_3_passes(ecog: int) -> None:
    passed = ecog <= 3
    words = "is within the maximum of 3: passes" if passed else "is above the maximum of 3: fails"
    assert one(data(ecog=ecog), "ecog") == CriterionResult(
        "ecog", passed, f"ECOG performance status {ecog} {words}", str(ecog), None, None,
        "at most 3")


@pytest.mark.parametrize(("months", "passed"), [(0, False), (0.99, False), (1, True),
                                                (1.01, True), (24, True)])
def test_life_expectancy_at_least_one_month(months: float, passed: bool) -> None:
    words = "meets the minimum of" if passed else "is below the minimum of"
    verdict = "passes" if passed else "fails"
    assert one(data(life_expectancy_months=months), "life_expectancy") == CriterionResult(
        "life_expectancy", passed, f"Life expectancy {months} months {words} 1 month: {verdict}",
        str(months), "months", None, "at least 1 month")


def test_life_expectancy_limit_in_plural_months() -> None:
    result = one(data(life_expectancy_months=2), "life_expectancy",
                 replace(LIMITS, life_expectancy_min_months=2))
    assert result.message == "Life expectancy 2 months meets the minimum of 2 months: passes"
    assert result.limit == "at least 2 months"


@pytest.mark.parametrize(("cls", "passed"), [("A", True), ("B", True), ("C", False)])
def test_child_pugh_c_excludes(cls: str, passed: bool) -> None:
    message = (f"Child-Pugh class {cls} is not the excluded class C: passes" if passed
               else "Child-Pugh class C is the excluded class C: fails")
    assert one(data(child_pugh=cls), "child_pugh") == CriterionResult(
        "child_pugh", passed, message, cls, None, None, "not class C")


def test_child_pugh_several_excluded_classes() -> None:
    result = one(data(child_pugh="B"), "child_pugh",
                 replace(LIMITS, child_pugh_excluded=(ChildPugh.B, ChildPugh.C)))
    assert result.message == "Child-Pugh class B is the excluded class B or C: fails"
    assert result.limit == "not class B or C"


@pytest.mark.parametrize("stage", range(1, 6))
def test_ckd_stage_3_and_above_excludes(stage: int) -> None:
    passed = stage < 3
    words = "is below the excluded stage 3: passes" if passed else \
        "is at or above the excluded stage 3: fails"
    assert one(data(ckd_stage=stage), "ckd") == CriterionResult(
        "ckd", passed, f"CKD stage {stage} {words}", str(stage), None, None, "below stage 3")


# --- labs -------------------------------------------------------------------------------------

LAB_CASES = [
    # key, criterion, value, passes, words, limit text, unit
    ("hgb_g_l", "hgb", 79, False, "is below the minimum of", "80 g/L", "g/L"),
    ("hgb_g_l", "hgb", 79.9, False, "is below the minimum of", "80 g/L", "g/L"),
    ("hgb_g_l", "hgb", 80, True, "meets the minimum of", "80 g/L", "g/L"),
    ("hgb_g_l", "hgb", 81, True, "meets the minimum of", "80 g/L", "g/L"),
    ("wbc_10e9_l", "wbc", 1.9, False, "is below the minimum of", "2.0 ×10⁹/L", "×10⁹/L"),
    ("wbc_10e9_l", "wbc", 1.99, False, "is below the minimum of", "2.0 ×10⁹/L", "×10⁹/L"),
    ("wbc_10e9_l", "wbc", 2.0, True, "meets the minimum of", "2.0 ×10⁹/L", "×10⁹/L"),
    ("wbc_10e9_l", "wbc", 2.1, True, "meets the minimum of", "2.0 ×10⁹/L", "×10⁹/L"),
    ("anc_10e9_l", "anc", 0.9, False, "is below the minimum of", "1.0 ×10⁹/L", "×10⁹/L"),
    ("anc_10e9_l", "anc", 1, True, "meets the minimum of", "1.0 ×10⁹/L", "×10⁹/L"),
    ("anc_10e9_l", "anc", 1.1, True, "meets the minimum of", "1.0 ×10⁹/L", "×10⁹/L"),
    ("plt_10e9_l", "plt", 49, False, "is below the minimum of", "50 ×10⁹/L", "×10⁹/L"),
    ("plt_10e9_l", "plt", 50, True, "meets the minimum of", "50 ×10⁹/L", "×10⁹/L"),
    ("plt_10e9_l", "plt", 51, True, "meets the minimum of", "50 ×10⁹/L", "×10⁹/L"),
    ("inr", "inr", 1.49, True, "is below the exclusion limit of", "1.5", None),
    ("inr", "inr", 1.5, False, "is at or above the exclusion limit of", "1.5", None),
    ("inr", "inr", 1.51, False, "is at or above the exclusion limit of", "1.5", None),
    ("aptt_s", "aptt", 59.9, True, "is within the maximum of",
     "1.5 × ULN (40 s) = 60.0 s", "s"),
    ("aptt_s", "aptt", 60, True, "is within the maximum of", "1.5 × ULN (40 s) = 60.0 s", "s"),
    ("aptt_s", "aptt", 60.1, False, "is above the maximum of",
     "1.5 × ULN (40 s) = 60.0 s", "s"),
]
LIMIT_WORDS = {"hgb": "at least", "wbc": "at least", "anc": "at least", "plt": "at least",
               "inr": "below", "aptt": "at most"}
NAMES = {"hgb": "HGB", "wbc": "WBC", "anc": "ANC", "plt": "PLT", "inr": "INR", "aptt": "APTT"}


@pytest.mark.parametrize(("key", "cid", "value", "passed", "words", "limit", "unit"), LAB_CASES)
def test_each_lab_at_just_inside_and_just_outside_its_limit(
        key: str, cid: str, value: float, passed: bool, words: str, limit: str,
        unit: str | None) -> None:
    shown = f"{NAMES[cid]} {value}{f' {unit}' if unit else ''} on 2026-11-20"
    verdict = "passes" if passed else "fails"
    assert one(with_lab(key, value), cid) == CriterionResult(
        cid, passed, f"{shown} {words} {limit}: {verdict}", str(value), unit,
        date(2026, 11, 20), f"{LIMIT_WORDS[cid]} {limit}")


@pytest.mark.parametrize(("uln", "value", "passed"), [
    (33.3, 49.95, True), (33.3, 49.96, False), (40.5, 60.75, True), (40.5, 60.76, False)])
def test_aptt_limit_is_exact_in_decimals(uln: float, value: float, passed: bool) -> None:
    raw = with_lab("aptt_s", value)
    raw["labs"]["aptt_uln_s"] = {"value": uln, "date": "2026-11-20"}
    result = one(raw, "aptt")
    assert result.passed is passed
    product = Decimal("1.5") * Decimal(str(uln))
    assert result.limit == f"at most 1.5 × ULN ({uln} s) = {product} s"


def test_without_the_uln_aptt_cannot_be_judged_and_fails() -> None:
    result = evaluate(parse_screening_input(with_uln()), LIMITS)
    assert result.eligible is False
    assert [c.id for c in result.criteria] == IDS  # the ULN is no criterion of its own
    assert [c.id for c in result.criteria if not c.passed] == ["aptt"]
    assert result.criteria[-1] == CriterionResult(
        "aptt", False, "APTT 32 s on 2026-11-20; the upper limit of normal (labs.aptt_uln_s) "
        "is missing, so APTT cannot be judged against 1.5 × ULN: fails", "32", "s",
        date(2026, 11, 20), "at most 1.5 × ULN")


def test_without_the_uln_or_the_aptt_both_are_said_missing() -> None:
    raw = with_uln()
    del raw["labs"]["aptt_s"]
    assert one(raw, "aptt") == CriterionResult(
        "aptt", False, "APTT is missing (no result); the upper limit of normal "
        "(labs.aptt_uln_s) is missing, so APTT cannot be judged against 1.5 × ULN: fails",
        None, "s", None, "at most 1.5 × ULN")


def test_the_uln_follows_the_site_ratio() -> None:
    limits = replace(LIMITS, aptt_max_uln_ratio=2)
    assert one(with_uln(), "aptt", limits).limit == "at most 2 × ULN"
    assert one(with_uln(30), "aptt", limits).limit == "at most 2 × ULN (30 s) = 60 s"


@pytest.mark.parametrize("day", ["2020-01-01", "2026-11-21", "2026-12-31"])
def test_the_uln_date_is_read_but_not_held_to_the_recency_window(day: str) -> None:
    # the ULN is the laboratory's reference value, not a measurement of the subject
    assert one(with_uln(40, day), "aptt") == one(BASE, "aptt")
    assert parse_screening_input(with_uln(40, day)).aptt_uln_s == 40


@pytest.mark.parametrize(("key", "cid", "unit"), [
    ("hgb_g_l", "hgb", "g/L"), ("wbc_10e9_l", "wbc", "×10⁹/L"), ("anc_10e9_l", "anc", "×10⁹/L"),
    ("plt_10e9_l", "plt", "×10⁹/L"), ("inr", "inr", None), ("aptt_s", "aptt", "s")])
def test_a_missing_lab_fails_as_missing_with_the_window(key: str, cid: str, unit: str | None
                                                       ) -> None:
    result = one(with_lab(key), cid)
    assert result == CriterionResult(
        cid, False, f"{NAMES[cid]} is missing (no result); a result from the evaluation date "
        "2026-11-21 or up to 14 days before it is needed: fails", None, unit, None,
        BASE_LIMITS[IDS.index(cid)])


@pytest.mark.parametrize(("day", "passed", "stale"), [
    ("2026-11-21", True, ""),  # the evaluation day itself
    ("2026-11-07", True, ""),  # exactly 14 days old: counts
    ("2026-11-06", False, "15 days before the evaluation date 2026-11-21"),
    ("2026-11-22", False, "dated after the evaluation date 2026-11-21"),
])
def test_lab_recency_window_of_14_days(day: str, passed: bool, stale: str) -> None:
    result = one(with_lab("hgb_g_l", 95, day), "hgb")
    assert result.passed is passed
    assert (result.value, result.unit, result.measured_on) == ("95", "g/L",
                                                               date.fromisoformat(day))
    if passed:
        assert result.message == f"HGB 95 g/L on {day} meets the minimum of 80 g/L: passes"
    else:
        assert result.message == (
            f"HGB 95 g/L on {day} is out of date ({stale}); a result from the evaluation date "
            "2026-11-21 or up to 14 days before it is needed: fails")
        assert result.limit == "at least 80 g/L"


def test_an_out_of_date_lab_fails_even_when_its_value_would_fail_too() -> None:
    result = one(with_lab("inr", 2.0, "2026-11-01"), "inr")
    assert result.message == (
        "INR 2.0 on 2026-11-01 is out of date (20 days before the evaluation date 2026-11-21); "
        "a result from the evaluation date 2026-11-21 or up to 14 days before it is needed: "
        "fails")


def test_lab_result_against_an_explicit_bound() -> None:
    result = lab_result(Lab.PLT, LabValue(75, date(2026, 1, 2)), Bound.MAX, Decimal(75), "75",
                        on=date(2026, 1, 2), window_days=0, reference="the test day")
    assert result == CriterionResult("plt", True, "PLT 75 ×10⁹/L on 2026-01-02 is within the "
                                     "maximum of 75: passes", "75", "×10⁹/L", date(2026, 1, 2),
                                     "at most 75")


# --- the bedside gate -------------------------------------------------------------------------

ON = date(2026, 12, 15)
GOOD: dict[Lab, LabValue] = {Lab.ANC: LabValue(1.0, ON), Lab.PLT: LabValue(50, ON),
                              Lab.HGB: LabValue(80, ON)}


def test_pre_infusion_gate_passes_at_each_minimum_on_the_day() -> None:
    assert pre_infusion_labs_check(GOOD, ON, GATE) == (
        CriterionResult("anc", True, "ANC 1.0 ×10⁹/L on 2026-12-15 meets the minimum of 1.0 "
                        "×10⁹/L: passes", "1.0", "×10⁹/L", ON, "at least 1.0 ×10⁹/L"),
        CriterionResult("plt", True, "PLT 50 ×10⁹/L on 2026-12-15 meets the minimum of 50 "
                        "×10⁹/L: passes", "50", "×10⁹/L", ON, "at least 50 ×10⁹/L"),
        CriterionResult("hgb", True, "HGB 80 g/L on 2026-12-15 meets the minimum of 80 g/L: "
                        "passes", "80", "g/L", ON, "at least 80 g/L"))


@pytest.mark.parametrize(("lab", "value", "name", "limit"), [
    (Lab.ANC, 0.99, "ANC 0.99 ×10⁹/L", "1.0 ×10⁹/L"), (Lab.PLT, 49, "PLT 49 ×10⁹/L", "50 ×10⁹/L"),
    (Lab.HGB, 79, "HGB 79 g/L", "80 g/L")])
def test_pre_infusion_gate_refuses_each_lab_below_its_minimum(lab: Lab, value: float, name: str,
                                                              limit: str) -> None:
    results = {r.id: r for r in pre_infusion_labs_check({**GOOD, lab: LabValue(value, ON)}, ON,
                                                        GATE)}
    failed = [r for r in results.values() if not r.passed]
    assert [r.message for r in failed] == [
        f"{name} on 2026-12-15 is below the minimum of {limit}: fails"]


@pytest.mark.parametrize(("measured", "passed", "stale"), [
    (ON - timedelta(days=1), True, ""),
    (ON - timedelta(days=2), False, "2 days before the infusion day 2026-12-15"),
    (ON + timedelta(days=1), False, "dated after the infusion day 2026-12-15"),
])
def test_pre_infusion_gate_takes_labs_of_the_day_or_the_day_before(measured: date, passed: bool,
                                                                    stale: str) -> None:
    anc = pre_infusion_labs_check({**GOOD, Lab.ANC: LabValue(3, measured)}, ON, GATE)[0]
    assert anc.passed is passed
    if not passed:
        assert anc.message == (
            f"ANC 3 ×10⁹/L on {measured} is out of date ({stale}); a result from the infusion "
            "day 2026-12-15 or up to 1 day before it is needed: fails")


def test_pre_infusion_gate_refuses_a_missing_lab() -> None:
    labs: dict[Lab, LabValue] = {k: v for k, v in GOOD.items() if k != Lab.PLT}
    assert [r.passed for r in pre_infusion_labs_check(labs, ON, GATE)] == [True, False, True]
    assert pre_infusion_labs_check(labs, ON, GATE)[1].message == (
        "PLT is missing (no result); a result from the infusion day 2026-12-15 or up to 1 day "
        "before it is needed: fails")


# --- malformed input --------------------------------------------------------------------------

def refused(raw: Any) -> BadInput:
    with pytest.raises(BadInput) as caught:
        parse_screening_input(raw)
    return caught.value


@pytest.mark.parametrize("key", list(BASE))
def test_every_key_is_required(key: str) -> None:
    raw = data()
    del raw[key]
    error = refused(raw)
    assert (error.field, error.message) == (key, f"{key}: required but missing")


def test_the_input_keys_are_the_contracts() -> None:
    # Issue 12's CLI contract, written out here rather than taken from the code.
    assert set(BASE) == {
        "date_of_birth", "consent_date", "evaluation_date", "consent_signed", "stage", "site",
        "histology", "confirmed_by", "prior_frontline_failure", "measurable_disease",
        "tumour_assessment_date", "ecog", "life_expectancy_months", "concurrent_malignancy",
        "severe_organ_disease", "child_pugh", "ckd_stage", "labs"}
    assert set(BASE["labs"]) == {"hgb_g_l", "wbc_10e9_l", "anc_10e9_l", "plt_10e9_l", "inr",
                                 "aptt_s", "aptt_uln_s"}


@pytest.mark.parametrize("lab", ["wbc_10e9_l", "aptt_uln_s"])
@pytest.mark.parametrize("part", ["value", "date"])
def test_a_lab_needs_its_value_and_date(lab: str, part: str) -> None:
    raw = data()
    del raw["labs"][lab][part]
    error = refused(raw)
    assert (error.field, error.message) == (f"labs.{lab}.{part}",
                                            f"labs.{lab}.{part}: required but missing")


TOP_KEYS = ("evaluation_date, date_of_birth, consent_signed, consent_date, stage, site, "
            "histology, confirmed_by, prior_frontline_failure, measurable_disease, "
            "tumour_assessment_date, ecog, life_expectancy_months, concurrent_malignancy, "
            "severe_organ_disease, child_pugh, ckd_stage, labs")


@pytest.mark.parametrize(("path", "bad", "message"), [
    ("extra", 1, f"extra: unknown field; expected one of {TOP_KEYS}"),
    # the earlier shapes: a diagnosis object, and the ULN as a top-level number
    ("diagnosis", {"stage": "IV"}, f"diagnosis: unknown field; expected one of {TOP_KEYS}"),
    ("aptt_uln_s", 40, f"aptt_uln_s: unknown field; expected one of {TOP_KEYS}"),
    ("labs.hgb", {"value": 90, "date": "2026-11-20"}, "labs.hgb: unknown field; expected one "
     "of hgb_g_l, wbc_10e9_l, anc_10e9_l, plt_10e9_l, inr, aptt_s, aptt_uln_s"),
    ("labs.inr.unit", "ratio", "labs.inr.unit: unknown field; expected one of value, date"),
    ("labs.aptt_uln_s.unit", "s",
     "labs.aptt_uln_s.unit: unknown field; expected one of value, date"),
])
def test_unknown_keys_are_refused_by_name(path: str, bad: Any, message: str) -> None:
    raw = data()
    *parents, last = path.split(".")
    target = raw
    for part in parents:
        target = target[part]
    target[last] = bad
    error = refused(raw)
    assert (error.field, error.message) == (path, message)


BOOLS = ["consent_signed", "prior_frontline_failure", "measurable_disease",
         "concurrent_malignancy", "severe_organ_disease"]


@pytest.mark.parametrize("key", BOOLS)
@pytest.mark.parametrize(("bad", "shown"), [(1, "1"), (0, "0"), ("true", '"true"'),
                                            (None, "null")])
def test_booleans_must_be_json_booleans(key: str, bad: Any, shown: str) -> None:
    error = refused(data(**{key: bad}))
    assert (error.field, error.message) == (key, f"{key}: must be true or false, not {shown}")


DATES = ["evaluation_date", "date_of_birth", "consent_date", "tumour_assessment_date",
         "labs.anc_10e9_l.date", "labs.aptt_uln_s.date"]


@pytest.mark.parametrize("path", DATES)
@pytest.mark.parametrize(("bad", "shown"), [
    ("2026-02-30", '"2026-02-30"'), ("20261120", '"20261120"'), ("2026-11-20T10:00", None),
    ("2026-W47-5", '"2026-W47-5"'), (" 2026-11-20", '" 2026-11-20"'), (20261120, "20261120"),
    ("٢٠٢٦-١١-٢٠", '"٢٠٢٦-١١-٢٠"')])
def test_dates_must_be_calendar_dates_written_yyyy_mm_dd(path: str, bad: Any, shown: str | None
                                                        ) -> None:
    raw = data()
    if path.startswith("labs."):
        raw["labs"][path.split(".")[1]]["date"] = bad
    else:
        raw[path] = bad
    error = refused(raw)
    assert error.field == path
    assert error.message == (f"{path}: must be a calendar date written YYYY-MM-DD, not "
                             f"{shown or chr(34) + bad + chr(34)}")


@pytest.mark.parametrize(("key", "bad", "message"), [
    ("ecog", True, "ecog: must be a whole number, not true"),
    ("ecog", 1.0, "ecog: must be a whole number, not 1.0"),
    ("ecog", "1", 'ecog: must be a whole number, not "1"'),
    ("ecog", -1, "ecog: must be from 0 to 5, not -1"),
    ("ecog", 6, "ecog: must be from 0 to 5, not 6"),
    ("ckd_stage", 6, "ckd_stage: must be from 1 to 5, not 6"),
    ("ckd_stage", 0, "ckd_stage: must be from 1 to 5, not 0"),
    ("ckd_stage", -1, "ckd_stage: must be from 1 to 5, not -1"),
    ("ckd_stage", False, "ckd_stage: must be a whole number, not false"),
    ("ckd_stage", "3a", 'ckd_stage: must be a whole number, not "3a"'),
    ("life_expectancy_months", -0.5, "life_expectancy_months: must be 0 or more, not -0.5"),
    ("life_expectancy_months", True, "life_expectancy_months: must be a number, not true"),
    ("life_expectancy_months", "3", 'life_expectancy_months: must be a number, not "3"'),
    ("life_expectancy_months", float("nan"), "life_expectancy_months: must be a number, not NaN"),
    ("life_expectancy_months", float("inf"),
     "life_expectancy_months: must be a number, not Infinity"),
])
def test_numbers_must_be_json_numbers_in_range(key: str, bad: Any, message: str) -> None:
    error = refused(data(**{key: bad}))
    assert (error.field, error.message) == (key, message)


@pytest.mark.parametrize(("bad", "shown"), [
    (0, "must be more than 0, not 0"), (0.0, "must be more than 0, not 0.0"),
    (-40, "must be more than 0, not -40"), (None, "must be a number, not null"),
    (False, "must be a number, not false"), ("40", 'must be a number, not "40"')])
def test_the_aptt_uln_must_be_a_number_above_0(bad: Any, shown: str) -> None:
    raw = data()
    raw["labs"]["aptt_uln_s"]["value"] = bad
    error = refused(raw)
    assert (error.field, error.message) == ("labs.aptt_uln_s.value",
                                            f"labs.aptt_uln_s.value: {shown}")


def test_numbers_at_the_edges_of_their_range_are_accepted() -> None:
    facts = parse_screening_input(with_uln(0.1, ecog=0, ckd_stage=5, life_expectancy_months=0))
    assert (facts.ecog, facts.ckd_stage, facts.life_expectancy_months, facts.aptt_uln_s) == (
        0, 5, 0, 0.1)
    assert parse_screening_input(data(ecog=5, ckd_stage=1)).ckd_stage == 1


@pytest.mark.parametrize(("bad", "message"), [
    (-1, "labs.plt_10e9_l.value: must be 0 or more, not -1"),
    (True, "labs.plt_10e9_l.value: must be a number, not true"),
    ("50", 'labs.plt_10e9_l.value: must be a number, not "50"'),
    (None, "labs.plt_10e9_l.value: must be a number, not null"),
])
def test_lab_values_must_be_numbers_of_0_or_more(bad: Any, message: str) -> None:
    raw = data()
    raw["labs"]["plt_10e9_l"]["value"] = bad
    error = refused(raw)
    assert (error.field, error.message) == ("labs.plt_10e9_l.value", message)


def test_a_lab_of_zero_is_read_and_fails_its_limit() -> None:
    assert one(with_lab("plt_10e9_l", 0), "plt").passed is False


@pytest.mark.parametrize(("path", "bad", "shown"), [
    ("labs", [], "[]"), ("labs", None, "null"), ("labs.hgb_g_l", 90, "90"),
    ("labs.aptt_uln_s", 40, "40")])
def test_objects_must_be_json_objects(path: str, bad: Any, shown: str) -> None:
    raw = data()
    if path.startswith("labs."):
        raw["labs"][path.split(".")[1]] = bad
    else:
        raw[path] = bad
    error = refused(raw)
    assert (error.field, error.message) == (path, f"{path}: must be a JSON object, not {shown}")


@pytest.mark.parametrize(("bad", "shown"), [([BASE], "[{"), ("x", '"x"'), (None, "null")])
def test_the_input_must_be_a_json_object(bad: Any, shown: str) -> None:
    error = refused(bad)
    assert error.field is None
    assert error.message.startswith(f"the input must be a JSON object, not {shown}")


@pytest.mark.parametrize(("path", "bad", "allowed"), [
    ("stage", "4", "I, II, III, IV"), ("stage", "iv", "I, II, III, IV"),
    ("site", "Stomach", "stomach, gej, oesophagus, other"),
    ("histology", "adeno", "adenocarcinoma, squamous_cell, other"),
    ("confirmed_by", "biopsy", "pathology, imaging, clinical"),
    ("confirmed_by", 1, "pathology, imaging, clinical"),
    ("child_pugh", "D", "A, B, C"), ("child_pugh", None, "A, B, C")])
def test_vocabulary_values_are_refused_unless_known(path: str, bad: Any, allowed: str) -> None:
    error = refused(data(**{path: bad}))
    shown = "null" if bad is None else (str(bad) if isinstance(bad, int) else f'"{bad}"')
    assert (error.field, error.message) == (path, f"{path}: must be one of {allowed}; not {shown}")


def test_consent_dated_after_the_evaluation_date_is_refused() -> None:
    error = refused(data(consent_date="2026-11-22"))
    assert (error.field, error.message) == (
        "consent_date", "consent_date: 2026-11-22 is after the evaluation date 2026-11-21; "
        "consent comes first")
    assert parse_screening_input(data(consent_date="2026-11-21")).consent_date == EVAL


def test_birth_after_consent_is_refused_but_birth_on_that_day_is_read() -> None:
    error = refused(data(date_of_birth="2026-11-21"))
    assert (error.field, error.message) == (
        "date_of_birth", "date_of_birth: 2026-11-21 is after the consent date 2026-11-20")
    assert parse_screening_input(data(date_of_birth="2026-11-20")).date_of_birth == date(
        2026, 11, 20)


def test_birth_after_evaluation_without_consent_is_refused() -> None:
    error = refused(data(consent_signed=False, consent_date=None, date_of_birth="2026-11-22"))
    assert (error.field, error.message) == (
        "date_of_birth", "date_of_birth: 2026-11-22 is after the evaluation date 2026-11-21")


def test_consent_date_must_match_whether_consent_is_signed() -> None:
    error = refused(data(consent_date=None))
    assert (error.field, error.message) == (
        "consent_date", "consent_date: required when consent_signed is true")
    error = refused(data(consent_signed=False))
    assert (error.field, error.message) == (
        "consent_date", "consent_date: must be null when consent_signed is false (an unsigned "
        "consent has no date)")


def test_parsed_facts_hold_the_input() -> None:
    facts = parse_screening_input(BASE)
    assert facts.labs[Lab.INR] == LabValue(1.0, date(2026, 11, 20))
    assert set(facts.labs) == set(Lab)
    assert (facts.evaluation_date, facts.consent_date, facts.date_of_birth) == (
        EVAL, date(2026, 11, 20), date(1960, 5, 1))
    assert facts.aptt_uln_s == 40 and facts.child_pugh is ChildPugh.A
    assert facts.diagnosis == Diagnosis(Stage.IV, Site.STOMACH, Histology.ADENOCARCINOMA,
                                        Confirmation.PATHOLOGY)
    empty = parse_screening_input(data(labs={}))
    assert (empty.labs, empty.aptt_uln_s) == ({}, None)


def test_the_first_field_at_fault_is_named_in_the_contracts_order() -> None:
    # labs come last in the contract, so a bad stage is named before a bad lab
    error = refused(with_uln(0, stage="V"))
    assert error.field == "stage"


# --- properties -------------------------------------------------------------------------------

LAB_KEYS = ["hgb_g_l", "wbc_10e9_l", "anc_10e9_l", "plt_10e9_l", "inr", "aptt_s"]
LAB_IDS = dict(zip(LAB_KEYS, ["hgb", "wbc", "anc", "plt", "inr", "aptt"], strict=True))
# A value outside each lab's limit, written from the registry's exclusions.
OUTSIDE = {"hgb_g_l": st.integers(0, 79), "wbc_10e9_l": st.floats(0, 1.99),
           "anc_10e9_l": st.floats(0, 0.99), "plt_10e9_l": st.integers(0, 49),
           "inr": st.floats(1.5, 10), "aptt_s": st.floats(60.01, 300)}
INSIDE = {"hgb_g_l": st.integers(80, 250), "wbc_10e9_l": st.floats(2.0, 50),
          "anc_10e9_l": st.floats(1.0, 30), "plt_10e9_l": st.integers(50, 900),
          "inr": st.floats(0.5, 1.49), "aptt_s": st.floats(10, 60)}


@PROPERTY
@given(key=st.sampled_from(LAB_KEYS), data_=st.data())
def test_one_lab_outside_its_limit_flips_exactly_that_criterion(key: str, data_: st.DataObject
                                                                ) -> None:
    outside = data_.draw(OUTSIDE[key])
    inside = data_.draw(INSIDE[key])
    assert [c.passed for c in run(with_lab(key, inside)).values()] == [True] * len(IDS)
    result = evaluate(parse_screening_input(with_lab(key, outside)), LIMITS)
    assert [c.id for c in result.criteria if not c.passed] == [LAB_IDS[key]]
    assert result.eligible is False


@PROPERTY
@given(ecog=st.integers(0, 5), ckd=st.integers(1, 5), cls=st.sampled_from("ABC"),
       labs=st.fixed_dictionaries({}, optional={k: st.tuples(v, st.integers(-3, 20))
                                                 for k, v in INSIDE.items()}),
       flags=st.lists(st.booleans(), min_size=5, max_size=5))
def test_eligible_exactly_when_every_criterion_passes(ecog: int, ckd: int, cls: str,
                                                      labs: dict[str, tuple[float, int]],
                                                      flags: list[bool]) -> None:
    raw = data(ecog=ecog, ckd_stage=ckd, child_pugh=cls, prior_frontline_failure=flags[0],
               measurable_disease=flags[1], concurrent_malignancy=flags[2],
               severe_organ_disease=flags[3],
               labs={**{k: {"value": v, "date": (EVAL - timedelta(days=d)).isoformat()}
                        for k, (v, d) in labs.items()},
                     # the ULN is a reference, not held to the window (dated long ago here)
                     "aptt_uln_s": {"value": 40, "date": "2020-01-01"}})
    result = evaluate(parse_screening_input(raw), LIMITS)
    assert [c.id for c in result.criteria] == IDS
    assert result.eligible is all(c.passed for c in result.criteria)
    for c in result.criteria:
        assert c.message.endswith(": passes" if c.passed else ": fails")
    expected_labs = {LAB_IDS[k]: 0 <= d <= 14 for k, (_, d) in labs.items()}
    for cid in LAB_IDS.values():
        assert run(raw)[cid].passed is expected_labs.get(cid, False)


def test_a_python_caller_passing_a_non_json_value_is_told_what_it_passed() -> None:
    error = refused(data(ecog=date(2026, 1, 1)))
    assert error.message == 'ecog: must be a whole number, not "datetime.date(2026, 1, 1)"'
