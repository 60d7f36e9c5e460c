"""Screening eligibility for trial NCT07212933, and the bedside lab gate before each infusion.

Pure: no I/O, no clock; the evaluation date is part of the input. Sources: the registry's
inclusion and exclusion criteria as read in ../shared/domain/rak-process-and-trial.md §0 (ages
18-70, ECOG 0-3, life expectancy >= 1 month, RECIST 1.1 measurable disease, stage IV gastric or
GEJ adenocarcinoma after earlier lines, the exclusion labs), §3.2 (pre-infusion gate, PROPOSED);
DESIGN §6 (the ``cellchain trial eligibility`` contract) and §7 (numbers live in
``nct07212933.toml`` tables ``[eligibility]`` and ``[pre_infusion_labs]``, not here).

Input (one JSON object, the keys of issue 12's CLI contract; every key required unless said;
unknown keys are refused so that a misspelt lab is not read as a missing one):
  evaluation_date          "YYYY-MM-DD", the day eligibility is assessed
  date_of_birth            "YYYY-MM-DD"
  consent_signed           true | false (JSON booleans only, never 0/1)
  consent_date             "YYYY-MM-DD"; null when consent_signed is false
  stage                    I | II | III | IV
  site                     stomach | gej | oesophagus | other
  histology                adenocarcinoma | squamous_cell | other
  confirmed_by             pathology | imaging | clinical
  prior_frontline_failure  true | false
  measurable_disease       true | false (measurable by RECIST 1.1)
  tumour_assessment_date   "YYYY-MM-DD", the imaging that assessed the disease
  ecog                     whole number 0-5
  life_expectancy_months   number >= 0
  concurrent_malignancy    true | false
  severe_organ_disease     true | false
  child_pugh               "A" | "B" | "C"
  ckd_stage                whole number 1-5
  labs                     object; each of hgb_g_l, wbc_10e9_l, anc_10e9_l, plt_10e9_l, inr,
                           aptt_s and aptt_uln_s may be absent, else
                           {"value": number >= 0, "date": "YYYY-MM-DD"}; aptt_uln_s is the
                           laboratory's upper limit of normal for APTT, its value > 0

Decisions where the registry is silent (validation reads them here):
- Age is in completed years at the consent date (the day the subject enters screening); a
  subject is 70 until the day before the 71st birthday. Someone born on 29 February has the
  birthday on 1 March in a non-leap year. Without a signed consent, age is taken at the
  evaluation date (the consent criterion fails anyway).
- "Tumour assessment within 28 days before the evaluation date": 0 <= evaluation date -
  assessment date <= 28 days, so an assessment exactly 28 days old counts, 29 days does not, and
  one dated after the evaluation date fails.
- Lab recency (PROPOSED 14 days): a lab counts when 0 <= evaluation date - lab date <= 14 days
  (exactly 14 days old passes, 15 fails); a lab dated after the evaluation date, or missing,
  fails its criterion as "missing or out of date". The bedside gate uses the same rule with
  max_age_days (1: the day of the infusion or the day before).
- Consent dated after the evaluation date, or a birth after consent, is bad input, not a fail.
- labs.aptt_uln_s is the laboratory's reference value, not a measurement of the subject: it is
  no criterion of its own and its date is read (a calendar date) but not held to the recency
  window. Without it APTT cannot be judged, so the aptt criterion fails saying the ULN is
  missing (the subject's APTT, when given, is still shown).
- Lab limits are compared as decimals written in the input, so 1.5 x ULN 33.3 s is 49.95 s
  exactly (binary floating point would make it 49.949999...).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Final, TypeVar

from cellchain.errors import BadInput

Number = int | float
E = TypeVar("E", bound=StrEnum)


class Stage(StrEnum):
    I = "I"  # noqa: E741 - the stage's own name
    II = "II"
    III = "III"
    IV = "IV"


class Site(StrEnum):
    STOMACH = "stomach"
    GEJ = "gej"
    OESOPHAGUS = "oesophagus"
    OTHER = "other"


class Histology(StrEnum):
    ADENOCARCINOMA = "adenocarcinoma"
    SQUAMOUS_CELL = "squamous_cell"
    OTHER = "other"


class Confirmation(StrEnum):
    PATHOLOGY = "pathology"
    IMAGING = "imaging"
    CLINICAL = "clinical"


class ChildPugh(StrEnum):
    A = "A"
    B = "B"
    C = "C"


class Lab(StrEnum):
    HGB = "hgb_g_l"
    WBC = "wbc_10e9_l"
    ANC = "anc_10e9_l"
    PLT = "plt_10e9_l"
    INR = "inr"
    APTT = "aptt_s"


# Criterion id, printed name, unit (None: no unit) of each lab.
LAB_WORDS: Final[Mapping[Lab, tuple[str, str, str | None]]] = {
    Lab.HGB: ("hgb", "HGB", "g/L"),
    Lab.WBC: ("wbc", "WBC", "×10⁹/L"),
    Lab.ANC: ("anc", "ANC", "×10⁹/L"),
    Lab.PLT: ("plt", "PLT", "×10⁹/L"),
    Lab.INR: ("inr", "INR", None),
    Lab.APTT: ("aptt", "APTT", "s"),
}
SITE_WORDS: Final[Mapping[Site, str]] = {
    Site.STOMACH: "stomach", Site.GEJ: "gastro-oesophageal junction",
    Site.OESOPHAGUS: "oesophagus", Site.OTHER: "other site"}
HISTOLOGY_WORDS: Final[Mapping[Histology, str]] = {
    Histology.ADENOCARCINOMA: "adenocarcinoma",
    Histology.SQUAMOUS_CELL: "squamous cell carcinoma", Histology.OTHER: "other histology"}
CRITERIA: Final = (
    "consent_signed", "age", "diagnosis", "prior_frontline_failure", "measurable_disease",
    "ecog", "life_expectancy", "no_concurrent_malignancy", "no_severe_organ_disease",
    "hgb", "wbc", "anc", "plt", "child_pugh", "ckd", "inr", "aptt")
_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DIAGNOSIS_KEYS: Final = ("stage", "site", "histology", "confirmed_by")
_KEYS: Final = (
    "evaluation_date", "date_of_birth", "consent_signed", "consent_date", *_DIAGNOSIS_KEYS,
    "prior_frontline_failure", "measurable_disease", "tumour_assessment_date", "ecog",
    "life_expectancy_months", "concurrent_malignancy", "severe_organ_disease", "child_pugh",
    "ckd_stage", "labs")
# Inside labs beside the Lab keys: the laboratory's upper limit of normal for APTT, a reference
# for the aptt criterion and not a Lab (so no criterion, id or wording of its own).
_APTT_ULN: Final = "aptt_uln_s"


# --- limits (protocol values as data) -------------------------------------------------------

@dataclass(frozen=True)
class EligibilityLimits:
    age_min: int
    age_max: int
    ecog_max: int
    life_expectancy_min_months: Number
    tumour_assessment_days: int
    lab_recency_days: int
    hgb_min_g_l: Number
    wbc_min: Number
    anc_min: Number
    plt_min: Number
    inr_max_exclusive: Number
    aptt_max_uln_ratio: Number
    child_pugh_excluded: tuple[ChildPugh, ...]
    ckd_stage_excluded_from: int
    stage: Stage
    sites: tuple[Site, ...]
    histology: Histology
    confirmed_by: tuple[Confirmation, ...]


@dataclass(frozen=True)
class PreInfusionLabLimits:
    anc_min: Number
    plt_min: Number
    hgb_min_g_l: Number
    max_age_days: int


def _limit(table: Mapping[str, object], section: str, key: str, *, whole: bool = False
           ) -> Number:
    """Returns a number >= 0 from the table (a whole number when whole)."""
    if key not in table:
        raise ValueError(f"[{section}] {key}: required but missing")
    value = table[key]
    if (isinstance(value, bool) or not isinstance(value, (int, float))
            or (whole and not isinstance(value, int)) or value < 0):
        kind = "a whole number" if whole else "a number"
        raise ValueError(f"[{section}] {key}: must be {kind} of 0 or more, not {value!r}")
    return value


def _whole(table: Mapping[str, object], section: str, key: str) -> int:
    return int(_limit(table, section, key, whole=True))


def _words(table: Mapping[str, object], section: str, key: str, vocabulary: type[E]
           ) -> tuple[E, ...]:
    if key not in table:
        raise ValueError(f"[{section}] {key}: required but missing")
    value = table[key]
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        raise ValueError(f"[{section}] {key}: must be text, not {value!r}")
    allowed = [v.value for v in vocabulary]
    for item in items:
        if item not in allowed:
            raise ValueError(f"[{section}] {key}: {item!r} is not one of {', '.join(allowed)}")
    return tuple(vocabulary(v) for v in items)


def eligibility_limits_from_mapping(table: Mapping[str, object]) -> EligibilityLimits:
    """Turns the ``[eligibility]`` table into limits; ValueError names a bad key."""
    s = "eligibility"
    limits = EligibilityLimits(
        age_min=_whole(table, s, "age_min"),
        age_max=_whole(table, s, "age_max"),
        ecog_max=_whole(table, s, "ecog_max"),
        life_expectancy_min_months=_limit(table, s, "life_expectancy_min_months"),
        tumour_assessment_days=_whole(table, s, "tumour_assessment_days"),
        lab_recency_days=_whole(table, s, "lab_recency_days"),
        hgb_min_g_l=_limit(table, s, "hgb_min_g_l"), wbc_min=_limit(table, s, "wbc_min"),
        anc_min=_limit(table, s, "anc_min"), plt_min=_limit(table, s, "plt_min"),
        inr_max_exclusive=_limit(table, s, "inr_max_exclusive"),
        aptt_max_uln_ratio=_limit(table, s, "aptt_max_uln_ratio"),
        child_pugh_excluded=_words(table, s, "child_pugh_excluded", ChildPugh),
        ckd_stage_excluded_from=_whole(table, s, "ckd_stage_excluded_from"),
        stage=_words(table, s, "stage", Stage)[0], sites=_words(table, s, "sites", Site),
        histology=_words(table, s, "histology", Histology)[0],
        confirmed_by=_words(table, s, "confirmed_by", Confirmation))
    if limits.age_min > limits.age_max:
        raise ValueError(f"[{s}] age_min: {limits.age_min} is above age_max {limits.age_max}")
    return limits


def pre_infusion_lab_limits_from_mapping(table: Mapping[str, object]) -> PreInfusionLabLimits:
    """Turns the ``[pre_infusion_labs]`` table into limits; ValueError names a bad key."""
    s = "pre_infusion_labs"
    return PreInfusionLabLimits(
        anc_min=_limit(table, s, "anc_min"), plt_min=_limit(table, s, "plt_min"),
        hgb_min_g_l=_limit(table, s, "hgb_min_g_l"),
        max_age_days=_whole(table, s, "max_age_days"))


# --- input ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class LabValue:
    value: Number
    measured_on: date


@dataclass(frozen=True)
class Diagnosis:
    stage: Stage
    site: Site
    histology: Histology
    confirmed_by: Confirmation


@dataclass(frozen=True)
class ScreeningFacts:
    evaluation_date: date
    date_of_birth: date
    consent_signed: bool
    consent_date: date | None
    diagnosis: Diagnosis
    prior_frontline_failure: bool
    measurable_disease: bool
    tumour_assessment_date: date
    ecog: int
    life_expectancy_months: Number
    concurrent_malignancy: bool
    severe_organ_disease: bool
    child_pugh: ChildPugh
    ckd_stage: int
    aptt_uln_s: Number | None  # labs.aptt_uln_s; None when not given (APTT then fails)
    labs: Mapping[Lab, LabValue]


def _shown(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=repr)


def _unknown(data: Mapping[str, object], prefix: str, keys: Iterable[str]) -> None:
    """Refuses any key not among keys (prefix: the path of the object, with its dot)."""
    allowed = tuple(keys)
    for key in data:
        if key not in allowed:
            field = prefix + str(key)
            raise BadInput(f"{field}: unknown field; expected one of {', '.join(allowed)}",
                           field=field)


def _object(value: object, path: str, keys: Iterable[str]) -> Mapping[str, object]:
    """Returns the JSON object at path, refusing any key not among keys."""
    if not isinstance(value, Mapping):
        raise BadInput(f"{path}: must be a JSON object, not {_shown(value)}", field=path)
    _unknown(value, f"{path}.", keys)
    return value


def _get(data: Mapping[str, object], field: str) -> object:
    """Returns the value of the field's last key (field: its full path, as shown)."""
    key = field.rpartition(".")[2]
    if key not in data:
        raise BadInput(f"{field}: required but missing", field=field)
    return data[key]


def _bool(data: Mapping[str, object], key: str) -> bool:
    value = _get(data, key)
    if not isinstance(value, bool):
        raise BadInput(f"{key}: must be true or false, not {_shown(value)}", field=key)
    return value


def _date(value: object, field: str) -> date:
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise BadInput(f"{field}: must be a calendar date written YYYY-MM-DD, not {_shown(value)}",
                   field=field)


def _number(value: object, field: str, *, low: Number = 0, high: Number | None = None,
            whole: bool = False, above_low: bool = False) -> Number:
    """Returns a JSON number (never a boolean) in low..high (above low when above_low)."""
    kind = "a whole number" if whole else "a number"
    if (isinstance(value, bool) or not isinstance(value, (int, float))
            or (whole and not isinstance(value, int)) or not math.isfinite(value)):
        raise BadInput(f"{field}: must be {kind}, not {_shown(value)}", field=field)
    if value < low or (above_low and value == low) or (high is not None and value > high):
        if high is not None:
            rule = f"from {low} to {high}"
        else:
            rule = f"more than {low}" if above_low else f"{low} or more"
        raise BadInput(f"{field}: must be {rule}, not {_shown(value)}", field=field)
    return value


def _choice(data: Mapping[str, object], field: str, vocabulary: type[E]) -> E:
    value = _get(data, field)
    allowed = [v.value for v in vocabulary]
    if not isinstance(value, str) or value not in allowed:
        raise BadInput(f"{field}: must be one of {', '.join(allowed)}; not {_shown(value)}",
                       field=field)
    return vocabulary(value)


def _lab(labs: Mapping[str, object], key: str, *, above_zero: bool = False) -> LabValue | None:
    """Reads labs[key] as {"value", "date"} (None when absent); the value >= 0, or > 0."""
    if key not in labs:
        return None
    path = f"labs.{key}"
    entry = _object(labs[key], path, ("value", "date"))
    value, day = f"{path}.value", f"{path}.date"
    return LabValue(_number(_get(entry, value), value, above_low=above_zero),
                    _date(_get(entry, day), day))


def _labs(value: object) -> tuple[dict[Lab, LabValue], Number | None]:
    """The subject's labs, and the APTT upper limit of normal (None when absent)."""
    labs = _object(value, "labs", (*(lab.value for lab in Lab), _APTT_ULN))
    parsed = {lab: entry for lab in Lab if (entry := _lab(labs, lab.value)) is not None}
    uln = _lab(labs, _APTT_ULN, above_zero=True)
    return parsed, uln.value if uln else None


def parse_screening_input(data: Mapping[str, object]) -> ScreeningFacts:
    """Reads the JSON object of the CLI contract; BadInput names the first field at fault."""
    if not isinstance(data, Mapping):
        raise BadInput(f"the input must be a JSON object, not {_shown(data)}")
    _unknown(data, "", _KEYS)
    evaluated = _date(_get(data, "evaluation_date"), "evaluation_date")
    born = _date(_get(data, "date_of_birth"), "date_of_birth")
    signed = _bool(data, "consent_signed")
    raw_consent = _get(data, "consent_date")
    consent = None
    if signed:
        if raw_consent is None:
            raise BadInput("consent_date: required when consent_signed is true",
                           field="consent_date")
        consent = _date(raw_consent, "consent_date")
        if consent > evaluated:
            raise BadInput(f"consent_date: {consent} is after the evaluation date {evaluated}; "
                           "consent comes first", field="consent_date")
    elif raw_consent is not None:
        raise BadInput("consent_date: must be null when consent_signed is false (an unsigned "
                       "consent has no date)", field="consent_date")
    reference = consent or evaluated
    if born > reference:
        words = "consent date" if consent else "evaluation date"
        raise BadInput(f"date_of_birth: {born} is after the {words} {reference}",
                       field="date_of_birth")
    return ScreeningFacts(
        evaluation_date=evaluated, date_of_birth=born, consent_signed=signed,
        consent_date=consent,
        diagnosis=Diagnosis(
            stage=_choice(data, "stage", Stage),
            site=_choice(data, "site", Site),
            histology=_choice(data, "histology", Histology),
            confirmed_by=_choice(data, "confirmed_by", Confirmation)),
        prior_frontline_failure=_bool(data, "prior_frontline_failure"),
        measurable_disease=_bool(data, "measurable_disease"),
        tumour_assessment_date=_date(_get(data, "tumour_assessment_date"),
                                     "tumour_assessment_date"),
        ecog=int(_number(_get(data, "ecog"), "ecog", high=5, whole=True)),
        life_expectancy_months=_number(_get(data, "life_expectancy_months"),
                                       "life_expectancy_months"),
        concurrent_malignancy=_bool(data, "concurrent_malignancy"),
        severe_organ_disease=_bool(data, "severe_organ_disease"),
        child_pugh=_choice(data, "child_pugh", ChildPugh),
        ckd_stage=int(_number(_get(data, "ckd_stage"), "ckd_stage", low=1, high=5,
                              whole=True)),
        # labs last, so that the first field at fault is named in the contract's key order
        labs=(labs := _labs(_get(data, "labs")))[0], aptt_uln_s=labs[1])


# --- evaluation -----------------------------------------------------------------------------

@dataclass(frozen=True)
class CriterionResult:
    id: str
    passed: bool
    message: str
    value: str | None  # as shown to the investigator
    unit: str | None
    measured_on: date | None
    limit: str


@dataclass(frozen=True)
class EligibilityResult:
    eligible: bool
    criteria: tuple[CriterionResult, ...]


def _verdict(passed: bool) -> str:
    return "passes" if passed else "fails"


def _or(words: Iterable[str]) -> str:
    return " or ".join(words)


def age_in_years(born: date, on: date) -> int:
    """Completed years on a day. Comparing (month, day) pairs puts a 29 February birthday on
    1 March in a non-leap year: no day lies between 28 February and (2, 29) there."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _yes_no(fact: bool, cid: str, yes: str, no: str, limit: str, *, passes_when: bool = True,
            measured_on: date | None = None) -> CriterionResult:
    passed = fact == passes_when
    message = f"{yes if fact else no}: {_verdict(passed)}"
    return CriterionResult(cid, passed, message, "yes" if fact else "no", None, measured_on,
                           limit)


def _consent(facts: ScreeningFacts) -> CriterionResult:
    signed = f"Informed consent signed on {facts.consent_date}"
    return _yes_no(facts.consent_signed, "consent_signed", signed, "Informed consent not signed",
                   "signed informed consent", measured_on=facts.consent_date)


def _age(facts: ScreeningFacts, limits: EligibilityLimits) -> CriterionResult:
    on = facts.consent_date or facts.evaluation_date
    age = age_in_years(facts.date_of_birth, on)
    when = "consent" if facts.consent_date else "the evaluation date"
    shown = f"Age {age} years at {when} on {on}"
    if age < limits.age_min:
        words = f"is below the minimum of {limits.age_min} years"
    elif age > limits.age_max:
        words = f"is above the maximum of {limits.age_max} years"
    else:
        words = f"is within {limits.age_min} to {limits.age_max} years"
    passed = limits.age_min <= age <= limits.age_max
    return CriterionResult("age", passed, f"{shown} {words}: {_verdict(passed)}", str(age),
                           "years", on, f"{limits.age_min} to {limits.age_max} years")


def _diagnosis(facts: ScreeningFacts, limits: EligibilityLimits) -> CriterionResult:
    d = facts.diagnosis
    shown = (f"stage {d.stage} {SITE_WORDS[d.site]} {HISTOLOGY_WORDS[d.histology]}, "
             f"confirmed by {d.confirmed_by}")
    sites = _or(SITE_WORDS[s] for s in limits.sites)
    confirmations = _or(limits.confirmed_by)
    wanted = (f"stage {limits.stage} {sites} {HISTOLOGY_WORDS[limits.histology]}, confirmed "
              f"by {confirmations}")
    problems = []
    if d.stage != limits.stage:
        problems.append(f"stage {d.stage} is not stage {limits.stage}")
    if d.site not in limits.sites:
        problems.append(f"the {SITE_WORDS[d.site]} is not the {sites}")
    if d.histology != limits.histology:
        problems.append(f"{HISTOLOGY_WORDS[d.histology]} is not "
                        f"{HISTOLOGY_WORDS[limits.histology]}")
    if d.confirmed_by not in limits.confirmed_by:
        problems.append(f"confirmed by {d.confirmed_by}, not by {confirmations}")
    passed = not problems
    reasons = "".join(f"; {p}" for p in problems)
    return CriterionResult("diagnosis", passed,
                           f"Diagnosis {shown}{reasons}: {_verdict(passed)}", shown, None, None,
                           wanted)


def _measurable(facts: ScreeningFacts, limits: EligibilityLimits) -> CriterionResult:
    on, days = facts.tumour_assessment_date, limits.tumour_assessment_days
    before = (facts.evaluation_date - on).days
    assessed = f"tumour assessment on {on}"
    evaluated = f"the evaluation date {facts.evaluation_date}"
    if not facts.measurable_disease:
        message = f"No measurable disease by RECIST 1.1 ({assessed})"
    elif before < 0:
        message = f"Measurable disease by RECIST 1.1, but the {assessed} is after {evaluated}"
    elif before > days:
        message = (f"Measurable disease by RECIST 1.1, but the {assessed} is {before} days "
                   f"before {evaluated}, more than {days} days")
    else:
        message = (f"Measurable disease by RECIST 1.1 on the {assessed}, {before} days before "
                   f"{evaluated} (at most {days})")
    passed = facts.measurable_disease and 0 <= before <= days
    return CriterionResult(
        "measurable_disease", passed, f"{message}: {_verdict(passed)}",
        "measurable" if facts.measurable_disease else "not measurable", None, on,
        f"measurable by RECIST 1.1, assessed at most {days} days before the evaluation date")


def _at_most(cid: str, name: str, value: int, maximum: int) -> CriterionResult:
    passed = value <= maximum
    words = "is within the maximum of" if passed else "is above the maximum of"
    return CriterionResult(cid, passed, f"{name} {value} {words} {maximum}: {_verdict(passed)}",
                           str(value), None, None, f"at most {maximum}")


def _life_expectancy(facts: ScreeningFacts, limits: EligibilityLimits) -> CriterionResult:
    value, minimum = facts.life_expectancy_months, limits.life_expectancy_min_months
    passed = value >= minimum
    words = "meets the minimum of" if passed else "is below the minimum of"
    months = f"{minimum} month{'' if minimum == 1 else 's'}"
    return CriterionResult(
        "life_expectancy", passed,
        f"Life expectancy {value} months {words} {months}: {_verdict(passed)}",
        str(value), "months", None, f"at least {months}")


def _child_pugh(facts: ScreeningFacts, limits: EligibilityLimits) -> CriterionResult:
    excluded = _or(limits.child_pugh_excluded)
    passed = facts.child_pugh not in limits.child_pugh_excluded
    words = "is not" if passed else "is"
    return CriterionResult(
        "child_pugh", passed,
        f"Child-Pugh class {facts.child_pugh} {words} the excluded class {excluded}: "
        f"{_verdict(passed)}", str(facts.child_pugh), None, None, f"not class {excluded}")


def _ckd(facts: ScreeningFacts, limits: EligibilityLimits) -> CriterionResult:
    stage, first = facts.ckd_stage, limits.ckd_stage_excluded_from
    passed = stage < first
    words = "is below" if passed else "is at or above"
    return CriterionResult(
        "ckd", passed,
        f"CKD stage {stage} {words} the excluded stage {first}: {_verdict(passed)}",
        str(stage), None, None, f"below stage {first}")


class Bound(StrEnum):
    MIN = "min"  # value >= limit passes
    BELOW = "below"  # value < limit passes
    MAX = "max"  # value <= limit passes


_BOUND_WORDS: Final[Mapping[Bound, tuple[str, str, str]]] = {
    # (limit shown as, words when it passes, words when it fails)
    Bound.MIN: ("at least", "meets the minimum of", "is below the minimum of"),
    Bound.BELOW: ("below", "is below the exclusion limit of",
                  "is at or above the exclusion limit of"),
    Bound.MAX: ("at most", "is within the maximum of", "is above the maximum of"),
}


def lab_result(lab: Lab, measured: LabValue | None, bound: Bound, limit: Decimal,
               limit_text: str, *, on: date, window_days: int, reference: str
               ) -> CriterionResult:
    """One lab against its limit, counted only when dated on ``on`` or up to window_days
    before it (reference names that day: "the evaluation date", "the infusion day")."""
    cid, name, unit = LAB_WORDS[lab]
    plural = "" if window_days == 1 else "s"
    window = (f"a result from {reference} {on} or up to {window_days} day{plural} before it "
              "is needed")
    limit_words = f"{_BOUND_WORDS[bound][0]} {limit_text}"
    if measured is None:
        return CriterionResult(cid, False, f"{name} is missing (no result); {window}: fails",
                               None, unit, None, limit_words)
    value, measured_on = measured.value, measured.measured_on
    shown = f"{name} {value}{f' {unit}' if unit else ''} on {measured_on}"
    age = (on - measured_on).days
    if age < 0:
        stale = f"dated after {reference} {on}"
    elif age > window_days:
        stale = f"{age} days before {reference} {on}"
    else:
        number = Decimal(str(value))
        passed = {Bound.MIN: number >= limit, Bound.BELOW: number < limit,
                  Bound.MAX: number <= limit}[bound]
        words = _BOUND_WORDS[bound][1 if passed else 2]
        return CriterionResult(cid, passed, f"{shown} {words} {limit_text}: {_verdict(passed)}",
                               str(value), unit, measured_on, limit_words)
    return CriterionResult(cid, False, f"{shown} is out of date ({stale}); {window}: fails",
                           str(value), unit, measured_on, limit_words)


def _with_unit(limit: Number, lab: Lab) -> str:
    unit = LAB_WORDS[lab][2]
    return f"{limit} {unit}" if unit else str(limit)


def _minimum(lab: Lab, limit: Number, labs: Mapping[Lab, LabValue], *, on: date,
             window_days: int, reference: str) -> CriterionResult:
    return lab_result(lab, labs.get(lab), Bound.MIN, Decimal(str(limit)),
                      _with_unit(limit, lab), on=on, window_days=window_days,
                      reference=reference)


def evaluate(facts: ScreeningFacts, limits: EligibilityLimits) -> EligibilityResult:
    """Every registry criterion in the registry's order (CRITERIA); eligible when all pass."""
    on, days, ref = facts.evaluation_date, limits.lab_recency_days, "the evaluation date"
    labs = facts.labs
    ratio = Decimal(str(limits.aptt_max_uln_ratio))
    criteria = (
        _consent(facts),
        _age(facts, limits),
        _diagnosis(facts, limits),
        _yes_no(facts.prior_frontline_failure, "prior_frontline_failure",
                "Earlier first-line treatment failed", "No failure of first-line treatment",
                "failure of first-line treatment"),
        _measurable(facts, limits),
        _at_most("ecog", "ECOG performance status", facts.ecog, limits.ecog_max),
        _life_expectancy(facts, limits),
        _yes_no(facts.concurrent_malignancy, "no_concurrent_malignancy",
                "Concurrent malignancy present", "No concurrent malignancy",
                "no concurrent malignancy", passes_when=False),
        _yes_no(facts.severe_organ_disease, "no_severe_organ_disease",
                "Severe organ disease present", "No severe organ disease",
                "no severe organ disease", passes_when=False),
        _minimum(Lab.HGB, limits.hgb_min_g_l, labs, on=on, window_days=days, reference=ref),
        _minimum(Lab.WBC, limits.wbc_min, labs, on=on, window_days=days, reference=ref),
        _minimum(Lab.ANC, limits.anc_min, labs, on=on, window_days=days, reference=ref),
        _minimum(Lab.PLT, limits.plt_min, labs, on=on, window_days=days, reference=ref),
        _child_pugh(facts, limits),
        _ckd(facts, limits),
        lab_result(Lab.INR, labs.get(Lab.INR), Bound.BELOW,
                   Decimal(str(limits.inr_max_exclusive)),
                   _with_unit(limits.inr_max_exclusive, Lab.INR),
                   on=on, window_days=days, reference=ref),
        _aptt(facts, ratio, on=on, window_days=days, reference=ref),
    )
    return EligibilityResult(all(c.passed for c in criteria), criteria)


def _aptt(facts: ScreeningFacts, ratio: Decimal, *, on: date, window_days: int,
          reference: str) -> CriterionResult:
    """APTT against ratio × the laboratory's ULN; without the ULN it cannot be judged."""
    measured = facts.labs.get(Lab.APTT)
    if facts.aptt_uln_s is None:
        if measured is None:
            value, measured_on, shown = None, None, "APTT is missing (no result)"
        else:
            value, measured_on = str(measured.value), measured.measured_on
            shown = f"APTT {measured.value} s on {measured_on}"
        return CriterionResult(
            "aptt", False, f"{shown}; the upper limit of normal (labs.aptt_uln_s) is missing, "
            f"so APTT cannot be judged against {ratio} × ULN: fails", value, "s", measured_on,
            f"at most {ratio} × ULN")
    uln = Decimal(str(facts.aptt_uln_s))
    limit = ratio * uln
    return lab_result(Lab.APTT, measured, Bound.MAX, limit,
                      f"{ratio} × ULN ({uln} s) = {limit} s", on=on, window_days=window_days,
                      reference=reference)


def pre_infusion_labs_check(labs: Mapping[Lab, LabValue], on: date,
                            limits: PreInfusionLabLimits) -> tuple[CriterionResult, ...]:
    """The bedside lab gate (domain §3.2 PROPOSED): ANC, PLT and HGB each present, measured on
    the infusion day or up to max_age_days before it, and at or above its minimum."""
    ref, days = "the infusion day", limits.max_age_days
    return tuple(_minimum(lab, limit, labs, on=on, window_days=days, reference=ref)
                 for lab, limit in ((Lab.ANC, limits.anc_min), (Lab.PLT, limits.plt_min),
                                    (Lab.HGB, limits.hgb_min_g_l)))
