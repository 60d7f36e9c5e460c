"""``cellchain trial eligibility FILE`` (DESIGN §6): JSON out and exit 0 whether eligible or
not; exit 2 with ``error: ...`` naming what is malformed; limits from the trial TOML."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cellchain.cli import app
from cellchain.trial.configuration import SHIPPED
from tests.unit.test_eligibility_rules import BASE, BASE_MESSAGES, IDS

RUNNER = CliRunner()
KEYS = {"id", "passed", "message", "value", "unit", "measured_on", "limit"}


def write(tmp_path: Path, content: Any) -> str:
    path = tmp_path / "screening.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content),
                    encoding="utf-8")
    return str(path)


def invoke(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> Any:
    # None unsets a site override the machine may have, so the shipped file is read.
    site: dict[str, str | None] = {"CELLCHAIN_TRIAL_SETTINGS": None, **(env or {})}
    return RUNNER.invoke(app, ["trial", "eligibility", *args], input=stdin, env=site)


def test_an_eligible_subject_prints_every_criterion_and_exits_0(tmp_path: Path) -> None:
    ran = invoke(write(tmp_path, BASE))
    assert ran.exit_code == 0, ran.output
    out = json.loads(ran.stdout)
    assert set(out) == {"eligible", "criteria"}
    assert out["eligible"] is True
    assert [c["id"] for c in out["criteria"]] == IDS
    assert [c["message"] for c in out["criteria"]] == BASE_MESSAGES
    assert all(set(c) == KEYS and c["passed"] is True for c in out["criteria"])
    hgb = out["criteria"][IDS.index("hgb")]
    assert (hgb["value"], hgb["unit"], hgb["measured_on"], hgb["limit"]) == (
        "120", "g/L", "2026-11-20", "at least 80 g/L")
    assert out["criteria"][IDS.index("ecog")]["measured_on"] is None
    assert ran.stderr == ""


def test_an_ineligible_subject_exits_0_with_the_failing_criteria(tmp_path: Path) -> None:
    raw = copy.deepcopy(BASE)
    raw["labs"]["hgb_g_l"] = {"value": 79, "date": "2026-11-20"}
    del raw["labs"]["inr"]
    ran = invoke(write(tmp_path, raw))
    assert ran.exit_code == 0, ran.output
    out = json.loads(ran.stdout)
    assert out["eligible"] is False
    failed = {c["id"]: c for c in out["criteria"] if c["passed"] is False}
    assert list(failed) == ["hgb", "inr"]
    assert failed["hgb"]["message"] == ("HGB 79 g/L on 2026-11-20 is below the minimum of "
                                        "80 g/L: fails")
    assert failed["inr"]["value"] is None and failed["inr"]["measured_on"] is None


def test_exactly_the_contracts_keys_are_read(tmp_path: Path) -> None:
    # Issue 12's contract written out (not BASE): every key, nothing else.
    lab = {"date": "2026-11-18"}
    contract = {
        "date_of_birth": "1970-03-15", "consent_date": "2026-11-10",
        "evaluation_date": "2026-11-21", "consent_signed": True, "stage": "IV", "site": "gej",
        "histology": "adenocarcinoma", "confirmed_by": "imaging",
        "prior_frontline_failure": True, "measurable_disease": True,
        "tumour_assessment_date": "2026-11-05", "ecog": 0, "life_expectancy_months": 6,
        "concurrent_malignancy": False, "severe_organ_disease": False, "child_pugh": "B",
        "ckd_stage": 2,
        "labs": {"hgb_g_l": {"value": 101, **lab}, "wbc_10e9_l": {"value": 4.2, **lab},
                 "anc_10e9_l": {"value": 2.5, **lab}, "plt_10e9_l": {"value": 180, **lab},
                 "inr": {"value": 1.1, **lab}, "aptt_s": {"value": 35, **lab},
                 "aptt_uln_s": {"value": 38, **lab}}}
    ran = invoke(write(tmp_path, contract))
    assert ran.exit_code == 0, ran.output
    out = json.loads(ran.stdout)
    assert [c["id"] for c in out["criteria"]] == [
        "consent_signed", "age", "diagnosis", "prior_frontline_failure", "measurable_disease",
        "ecog", "life_expectancy", "no_concurrent_malignancy", "no_severe_organ_disease",
        "hgb", "wbc", "anc", "plt", "child_pugh", "ckd", "inr", "aptt"]
    assert out["eligible"] is True
    assert all(c["passed"] is True for c in out["criteria"])
    assert out["criteria"][-1]["message"] == (
        "APTT 35 s on 2026-11-18 is within the maximum of 1.5 × ULN (38 s) = 57.0 s: passes")


def test_without_the_uln_aptt_fails_and_the_subject_is_ineligible(tmp_path: Path) -> None:
    raw = copy.deepcopy(BASE)
    del raw["labs"]["aptt_uln_s"]
    ran = invoke(write(tmp_path, raw))
    assert ran.exit_code == 0, ran.output
    out = json.loads(ran.stdout)
    assert out["eligible"] is False
    assert [c["id"] for c in out["criteria"] if not c["passed"]] == ["aptt"]
    assert "upper limit of normal (labs.aptt_uln_s) is missing" in out["criteria"][-1]["message"]


def test_dash_reads_standard_input() -> None:
    ran = invoke("-", stdin=json.dumps({**BASE, "ecog": 4}))
    assert ran.exit_code == 0, ran.output
    out = json.loads(ran.stdout)
    assert out["eligible"] is False
    assert [c["id"] for c in out["criteria"] if not c["passed"]] == ["ecog"]


@pytest.mark.parametrize(("content", "error"), [
    ({**BASE, "consent_signed": 1}, "error: consent_signed: must be true or false, not 1"),
    ({k: v for k, v in BASE.items() if k != "labs"}, "error: labs: required but missing"),
    ({**BASE, "labs": {"hgb_g_l": {"value": 90, "date": "20-11-2026"}}},
     'error: labs.hgb_g_l.date: must be a calendar date written YYYY-MM-DD, not "20-11-2026"'),
    ([1, 2], "error: the input must be a JSON object, not [1, 2]"),
    ({**BASE, "site": "colon"},
     'error: site: must be one of stomach, gej, oesophagus, other; not "colon"'),
    ({**BASE, "labs": {**BASE["labs"], "aptt_uln_s": {"value": 0, "date": "2026-11-20"}}},
     "error: labs.aptt_uln_s.value: must be more than 0, not 0"),
    ({**BASE, "diagnosis": {"stage": "IV"}}, "error: diagnosis: unknown field; expected one of "
     "evaluation_date, date_of_birth, consent_signed, consent_date, stage, site, histology, "
     "confirmed_by, prior_frontline_failure, measurable_disease, tumour_assessment_date, ecog, "
     "life_expectancy_months, concurrent_malignancy, severe_organ_disease, child_pugh, "
     "ckd_stage, labs"),
])
def test_malformed_input_exits_2_naming_the_field(tmp_path: Path, content: Any, error: str
                                                 ) -> None:
    ran = invoke(write(tmp_path, content))
    assert ran.exit_code == 2
    assert ran.stdout == ""
    assert ran.stderr.strip() == error


def test_invalid_json_exits_2(tmp_path: Path) -> None:
    path = write(tmp_path, '{"ecog": 1,')
    ran = invoke(path)
    assert ran.exit_code == 2
    assert ran.stderr.startswith(f"error: {path} is not valid JSON: ")
    assert invoke("-", stdin="").stderr.startswith("error: - is not valid JSON: ")


def test_an_unreadable_file_exits_2(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.json"
    ran = invoke(str(missing))
    assert ran.exit_code == 2
    assert ran.stderr.startswith(f"error: cannot read {missing}: ")
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe{")
    assert invoke(str(binary)).exit_code == 2


def test_a_site_file_sets_the_limits(tmp_path: Path) -> None:
    site = tmp_path / "site.toml"
    site.write_text(SHIPPED.read_text(encoding="utf-8").replace(
        "hgb_min_g_l = 80                  # §0", "hgb_min_g_l = 130  # §0"), encoding="utf-8")
    ran = invoke(write(tmp_path, BASE), env={"CELLCHAIN_TRIAL_SETTINGS": str(site)})
    assert ran.exit_code == 0, ran.output
    hgb = json.loads(ran.stdout)["criteria"][IDS.index("hgb")]
    assert hgb["message"] == "HGB 120 g/L on 2026-11-20 is below the minimum of 130 g/L: fails"


def test_broken_trial_settings_exit_1_naming_the_key(tmp_path: Path) -> None:
    site = tmp_path / "broken.toml"
    site.write_text("[eligibility]\nage_min = 18\n", encoding="utf-8")
    ran = invoke(write(tmp_path, BASE), env={"CELLCHAIN_TRIAL_SETTINGS": str(site)})
    assert ran.exit_code == 1
    assert ran.stderr.strip() == (f"error: trial settings {site}: [eligibility] age_max: "
                                  "required but missing")
