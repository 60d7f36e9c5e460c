"""The trial configuration file (issue 12 item 1): the shipped file describes NCT07212933 and a
site's file that could not describe a trial is refused naming the key."""

from __future__ import annotations

import copy
import tomllib
from typing import Any

import pytest

from cellchain.trial.configuration import SHIPPED, trial_config_from_mapping


def shipped() -> dict[str, Any]:
    return copy.deepcopy(tomllib.loads(SHIPPED.read_text(encoding="utf-8")))


def test_the_shipped_file_holds_both_stages_two_arms_and_three_dose_levels() -> None:
    config = trial_config_from_mapping(shipped())
    assert config.registry_id == "NCT07212933"
    assert [(s.code, s.blinded, s.randomised) for s in config.stages] == [
        ("escalation", False, False), ("randomised", True, True)]
    assert [(a.code, a.ratio, a.placebo) for a in config.arms] == [
        ("RAK", 1, False), ("CONTROL", 1, True)]
    assert [(d.code, d.cells) for d in config.dose_levels] == [
        ("DL1", 1e9), ("DL2", 3e9), ("DL3", 1e10)]
    assert config.escalation_stage is config.stages[0]
    assert config.randomised_stage is config.stages[1]
    assert config.stage("randomised").name == "Randomised comparison"
    assert config.dose_level("DL3").cells == 1e10
    assert config.arm("CONTROL").placebo
    assert (config.randomised_dose_level, config.kit_pdc) == ("DL2", "YA999")
    assert config.cell_source == "allogeneic_cord_blood"
    for lookup, code in ((config.stage, "x"), (config.dose_level, "DL9"), (config.arm, "X")):
        with pytest.raises(KeyError):
            lookup(code)


def _broken(change: Any) -> str:
    raw = shipped()
    change(raw)
    with pytest.raises(ValueError) as refused:
        trial_config_from_mapping(raw)
    return str(refused.value)


@pytest.mark.parametrize(("change", "words"), [
    (lambda r: r.pop("dose_levels"), "at least one dose level"),
    (lambda r: r["dose_levels"].reverse(), "lowest dose to the highest"),
    (lambda r: r["dose_levels"][1].update(cells=1e9), "lowest dose to the highest"),
    (lambda r: r["dose_levels"][0].pop("cells"), "dose_levels[0].cells is missing"),
    (lambda r: r["dose_levels"][0].update(cells="many"), "dose_levels[0].cells must be a float"),
    (lambda r: r.pop("stages"), "at least one stage"),
    (lambda r: r["stages"][1].update(code="escalation"), "'escalation' appears twice"),
    (lambda r: r["stages"][0].update(blinded="no"), "stages[0].blinded must be a bool"),
    (lambda r: r["arms"][1].update(code="RAK"), "'RAK' appears twice"),
    (lambda r: r["arms"][0].update(ratio=0), "every ratio must be 1 or more"),
    (lambda r: r["arms"][0].update(ratio=True), "arms[0].ratio must be a int"),
    (lambda r: r.update(arms=r["arms"][:1]), "at least two arms"),
    (lambda r: r.update(cell_source="xenogeneic"), "trial.cell_source must be one of"),
    (lambda r: r["randomised_stage"].update(dose_level="DL9"), "'DL9' is not a dose level"),
    (lambda r: r["randomised_stage"].update(kit_pdc="S9999"), "clinical-trial range"),
    (lambda r: r["randomised_stage"].update(kit_pdc="Y1"), "kit_pdc"),
    (lambda r: r.pop("registry_id"), "trial.registry_id is missing"),
])
def test_a_file_that_cannot_describe_the_trial_is_refused_naming_the_key(
        change: Any, words: str) -> None:
    assert words in _broken(change)


def test_an_integer_cell_count_is_read_as_a_number_of_cells() -> None:
    raw = shipped()
    raw["dose_levels"][0]["cells"] = 500_000_000
    assert trial_config_from_mapping(raw).dose_levels[0].cells == 5e8


def test_one_arm_is_enough_for_a_trial_without_a_randomised_stage() -> None:
    raw = shipped()
    raw["stages"] = raw["stages"][:1]
    raw["arms"] = raw["arms"][:1]
    assert trial_config_from_mapping(raw).randomised_stage is None
