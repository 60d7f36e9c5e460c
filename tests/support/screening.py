"""Screening input in the shape of ``cellchain trial eligibility`` (issue 12's contract): an
eligible subject's facts, dated relative to an evaluation day, for tests to change one by one."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any


def eligible_input(born: date, evaluated: date, **changes: Any) -> dict[str, Any]:
    day = (evaluated - timedelta(days=2)).isoformat()

    def lab(value: float) -> dict[str, Any]:
        return {"value": value, "date": day}

    data: dict[str, Any] = {
        "date_of_birth": born.isoformat(), "consent_signed": True,
        "consent_date": (evaluated - timedelta(days=5)).isoformat(),
        "evaluation_date": evaluated.isoformat(), "stage": "IV", "site": "stomach",
        "histology": "adenocarcinoma", "confirmed_by": "pathology",
        "prior_frontline_failure": True, "measurable_disease": True,
        "tumour_assessment_date": (evaluated - timedelta(days=10)).isoformat(), "ecog": 1,
        "life_expectancy_months": 6, "concurrent_malignancy": False,
        "severe_organ_disease": False, "child_pugh": "A", "ckd_stage": 1,
        "labs": {"hgb_g_l": lab(110), "wbc_10e9_l": lab(5.1), "anc_10e9_l": lab(3.0),
                 "plt_10e9_l": lab(210), "inr": lab(1.1), "aptt_s": lab(32),
                 "aptt_uln_s": lab(40)},
    }
    data.update(changes)
    return data
