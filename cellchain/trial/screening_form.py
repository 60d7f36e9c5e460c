"""The screening form's fields and their translation into the eligibility input (the same JSON
shape as ``cellchain trial eligibility``), so the web form and the CLI are judged by one rule.

A field left empty is left out of the input, so the rule names it as missing; a number that is
not one is passed on as typed, so the rule names the field and says it must be a number.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

YES_NO: Final = (("yes", "Yes"), ("no", "No"))


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    kind: str  # yes_no | date | number | choice
    choices: tuple[tuple[str, str], ...] = ()
    hint: str = ""


FACTS: Final = (
    FormField("consent_signed", "Informed consent signed", "yes_no"),
    FormField("consent_date", "Consent date", "date", hint="Age is counted on this date."),
    FormField("evaluation_date", "Evaluation date", "date"),
    FormField("stage", "Disease stage", "choice",
              tuple((s, s) for s in ("I", "II", "III", "IV"))),
    FormField("site", "Primary site", "choice",
              (("stomach", "Stomach"), ("gej", "Gastro-oesophageal junction"),
               ("oesophagus", "Oesophagus"), ("other", "Other"))),
    FormField("histology", "Histology", "choice",
              (("adenocarcinoma", "Adenocarcinoma"), ("squamous_cell", "Squamous cell"),
               ("other", "Other"))),
    FormField("confirmed_by", "Diagnosis confirmed by", "choice",
              (("pathology", "Pathology"), ("imaging", "Imaging"), ("clinical", "Clinical"))),
    FormField("prior_frontline_failure", "Failure of prior frontline therapy", "yes_no"),
    FormField("measurable_disease", "Measurable disease (RECIST 1.1)", "yes_no"),
    FormField("tumour_assessment_date", "Date of the tumour assessment", "date"),
    FormField("ecog", "ECOG performance status", "choice",
              tuple((str(n), str(n)) for n in range(6))),
    FormField("life_expectancy_months", "Life expectancy (months)", "number"),
    FormField("concurrent_malignancy", "Concurrent other malignancy", "yes_no"),
    FormField("severe_organ_disease", "Severe cardiac, pulmonary or cerebral disease",
              "yes_no"),
    FormField("child_pugh", "Child-Pugh class", "choice",
              (("A", "A"), ("B", "B"), ("C", "C"))),
    FormField("ckd_stage", "CKD stage", "choice", tuple((str(n), str(n)) for n in range(1, 6))),
)
# (key, label, unit) of each laboratory value, in the eligibility input's ``labs`` object.
LABS: Final = (
    ("hgb_g_l", "HGB", "g/L"), ("wbc_10e9_l", "WBC", "×10⁹/L"), ("anc_10e9_l", "ANC", "×10⁹/L"),
    ("plt_10e9_l", "PLT", "×10⁹/L"), ("inr", "INR", ""), ("aptt_s", "APTT", "s"),
    ("aptt_uln_s", "APTT upper limit of normal", "s"),
)
FIELD_NAMES: Final = tuple(f.name for f in FACTS) + tuple(
    f"{key}_{part}" for key, _, _ in LABS for part in ("value", "date"))


def _number(text: str) -> Any:
    try:
        value = float(text)
    except ValueError:
        return text
    return int(value) if value.is_integer() else value


def eligibility_input(form: Mapping[str, str], date_of_birth: str) -> dict[str, Any]:
    """The eligibility input for what the form holds (the date of birth is the registered one)."""
    data: dict[str, Any] = {"date_of_birth": date_of_birth}
    for field in FACTS:
        raw = form.get(field.name, "").strip()
        if not raw:
            if field.name == "consent_date" and form.get("consent_signed") == "no":
                data[field.name] = None
            continue
        if field.kind == "yes_no":
            data[field.name] = {"yes": True, "no": False}.get(raw, raw)
        elif field.kind == "number" or field.name in ("ecog", "ckd_stage"):
            data[field.name] = _number(raw)
        else:
            data[field.name] = raw
    labs: dict[str, Any] = {}
    for key, _, _ in LABS:
        value = form.get(f"{key}_value", "").strip()
        measured = form.get(f"{key}_date", "").strip()
        if value or measured:
            labs[key] = {"value": _number(value) if value else None, "date": measured or None}
    data["labs"] = labs
    return data


def form_from_input(data: Mapping[str, Any]) -> dict[str, str]:
    """The form as it was filled for a stored evaluation (to evaluate again after a change)."""
    form: dict[str, str] = {}
    for field in FACTS:
        value = data.get(field.name)
        if value is None:
            continue
        form[field.name] = ({True: "yes", False: "no"}[value] if isinstance(value, bool)
                            else str(value))
    for key, _, _ in LABS:
        entry = (data.get("labs") or {}).get(key) or {}
        for part in ("value", "date"):
            if entry.get(part) is not None:
                form[f"{key}_{part}"] = str(entry[part])
    return form
