"""``cellchain trial escalate``: the JSON decision for each design and exit 2 naming the option
for impossible input (DESIGN §6 contract)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cellchain.cli import app

RUNNER = CliRunner()


def _run(*args: str) -> tuple[int, str, str]:
    result = RUNNER.invoke(app, ["trial", "escalate", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("treated", "dlt", "decision"), [
    ("3", "0", "escalate"), ("3", "1", "stay"), ("3", "2", "mtd_exceeded"),
    ("6", "1", "escalate"), ("6", "2", "mtd_exceeded")])
def test_three_plus_three_prints_the_decision(treated: str, dlt: str, decision: str) -> None:
    code, out, err = _run("--design", "3+3", "--treated", treated, "--dlt", dlt)
    assert (code, json.loads(out), err) == (0, {"decision": decision}, "")


@pytest.mark.parametrize(("treated", "dlt", "decision"), [
    ("3", "0", "escalate"), ("3", "1", "stay"), ("3", "2", "de-escalate"),
    ("3", "3", "eliminate"), ("1", "1", "de-escalate")])
def test_boin_prints_the_decision_and_its_boundaries(treated: str, dlt: str,
                                                     decision: str) -> None:
    code, out, _ = _run("--design", "boin", "--treated", treated, "--dlt", dlt)
    body = json.loads(out)
    assert (code, body["decision"], body["target"]) == (0, decision, 0.3)
    assert (round(body["lambda_e"], 4), round(body["lambda_d"], 4)) == (0.2365, 0.3585)
    assert body["elimination_cutoff"] == 0.95


def test_boin_uses_the_target_given() -> None:
    # 1/3 stays at 0.30 but de-escalates at 0.25 (λd = 0.2984).
    code, out, _ = _run("--design", "boin", "--target", "0.25", "--treated", "3", "--dlt", "1")
    body = json.loads(out)
    assert (code, body["decision"], body["target"]) == (0, "de-escalate", 0.25)
    # Pr(p > 0.25 | 1 of 3) = P(Binomial(4, 0.25) <= 1) = 0.75^4 + 4 * 0.25 * 0.75^3.
    assert body["posterior_above_target"] == pytest.approx(0.75**4 + 0.75**3)


@pytest.mark.parametrize(("args", "message"), [
    (["--design", "boin", "--treated", "3", "--dlt", "4"],
     "error: --dlt: DLTs must be between 0 and the 3 treated, got 4"),
    (["--design", "3+3", "--treated", "3", "--dlt", "4"],
     "error: --dlt: DLTs must be between 0 and the 3 treated, got 4"),
    (["--design", "boin", "--treated", "3", "--dlt", "-1"],
     "error: --dlt: DLTs must be between 0 and the 3 treated, got -1"),
    (["--design", "boin", "--treated", "0", "--dlt", "0"],
     "error: --treated: treated must be at least 1, got 0"),
    (["--design", "3+3", "--treated", "0", "--dlt", "0"],
     "error: --treated: treated must be 3 or 6 for 3+3, got 0"),
    (["--design", "3+3", "--treated", "4", "--dlt", "0"],
     "error: --treated: treated must be 3 or 6 for 3+3, got 4"),
    (["--design", "boin", "--target", "1", "--treated", "3", "--dlt", "0"],
     "error: --target: target DLT rate must be between 0 and 1 (both excluded), got 1.0"),
    (["--design", "boin", "--target", "0", "--treated", "3", "--dlt", "0"],
     "error: --target: target DLT rate must be between 0 and 1 (both excluded), got 0.0"),
    (["--design", "3+3", "--target", "-0.2", "--treated", "3", "--dlt", "0"],
     "error: --target: target DLT rate must be between 0 and 1 (both excluded), got -0.2"),
    (["--design", "mtpi", "--treated", "3", "--dlt", "0"],
     "error: --design: design must be 3+3 or boin, got 'mtpi'"),
])
def test_impossible_input_exits_2_naming_the_option(args: list[str], message: str) -> None:
    code, out, err = _run(*args)
    assert (code, out, err.strip()) == (2, "", message)


def test_a_trial_file_without_an_escalation_table_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    trial = tmp_path / "trial.toml"
    trial.write_text('registry_id = "X"\n', encoding="utf-8")
    monkeypatch.setenv("CELLCHAIN_TRIAL_SETTINGS", str(trial))
    code, _, err = _run("--design", "boin", "--treated", "3", "--dlt", "0")
    assert code == 2
    assert err.startswith("error: --target: the trial file's [escalation] table: ")
