"""The trial as data (DESIGN §7; issue 12 item 1): stages, arms, dose levels, cell source and
the randomised stage's kit settings, read from ``nct07212933.toml`` or the site's override
(``CELLCHAIN_TRIAL_SETTINGS``). The eligibility, escalation, randomisation and schedule tables
of the same file are read by their own rule modules.

``trial_config_from_mapping`` is pure and refuses a file that could not describe a trial with
a ValueError naming the key; ``trial_config`` reads the file once per process (settings change
with a deployment, as the process definition does).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from cellchain.config import Settings
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.formats import require_pdc

SHIPPED: Final = Path(__file__).with_name("nct07212933.toml")
CELL_SOURCES: Final = ("allogeneic_cord_blood", "autologous_pbmc")


@dataclass(frozen=True)
class DoseLevel:
    code: str
    cells: float


@dataclass(frozen=True)
class Stage:
    code: str
    name: str
    blinded: bool
    randomised: bool


@dataclass(frozen=True)
class Arm:
    code: str
    name: str
    ratio: int
    placebo: bool


@dataclass(frozen=True)
class TrialConfig:
    registry_id: str
    title: str
    version: str
    cell_source: str
    ctcae_version: str
    dose_levels: tuple[DoseLevel, ...]
    stages: tuple[Stage, ...]
    arms: tuple[Arm, ...]
    randomised_dose_level: str
    kit_pdc: str
    raw: Mapping[str, Any]

    def stage(self, code: str) -> Stage:
        for stage in self.stages:
            if stage.code == code:
                return stage
        raise KeyError(code)

    def dose_level(self, code: str) -> DoseLevel:
        for level in self.dose_levels:
            if level.code == code:
                return level
        raise KeyError(code)

    @property
    def escalation_stage(self) -> Stage | None:
        return next((s for s in self.stages if not s.randomised), None)

    @property
    def randomised_stage(self) -> Stage | None:
        return next((s for s in self.stages if s.randomised), None)

    def arm(self, code: str) -> Arm:
        for arm in self.arms:
            if arm.code == code:
                return arm
        raise KeyError(code)


def _require(table: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in table:
        raise ValueError(f"{where}.{key} is missing")
    value = table[key]
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"{where}.{key} must be a {kind.__name__}, got {value!r}")
    return value


def _unique(codes: Sequence[str], where: str) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise ValueError(f"{where}: code {code!r} appears twice")
        seen.add(code)


def trial_config_from_mapping(raw: Mapping[str, Any]) -> TrialConfig:
    levels = tuple(DoseLevel(_require(t, "code", str, f"dose_levels[{i}]"),
                             _require(t, "cells", float, f"dose_levels[{i}]"))
                   for i, t in enumerate(raw.get("dose_levels", ())))
    if not levels:
        raise ValueError("dose_levels: at least one dose level is needed")
    if any(b.cells <= a.cells for a, b in zip(levels, levels[1:], strict=False)):
        raise ValueError("dose_levels must be listed from the lowest dose to the highest")
    stages = tuple(Stage(_require(t, "code", str, f"stages[{i}]"),
                         _require(t, "name", str, f"stages[{i}]"),
                         _require(t, "blinded", bool, f"stages[{i}]"),
                         _require(t, "randomised", bool, f"stages[{i}]"))
                   for i, t in enumerate(raw.get("stages", ())))
    if not stages:
        raise ValueError("stages: at least one stage is needed")
    arms = tuple(Arm(_require(t, "code", str, f"arms[{i}]"), _require(t, "name", str, f"arms[{i}]"),
                     _require(t, "ratio", int, f"arms[{i}]"), _require(t, "placebo", bool,
                                                                       f"arms[{i}]"))
                 for i, t in enumerate(raw.get("arms", ())))
    for where, codes in (("dose_levels", [d.code for d in levels]),
                         ("stages", [s.code for s in stages]), ("arms", [a.code for a in arms])):
        _unique(codes, where)
    if any(arm.ratio < 1 for arm in arms):
        raise ValueError("arms: every ratio must be 1 or more")
    if any(s.randomised for s in stages) and len(arms) < 2:
        raise ValueError("arms: a randomised stage needs at least two arms")
    cell_source = _require(raw, "cell_source", str, "trial")
    if cell_source not in CELL_SOURCES:
        raise ValueError(f"trial.cell_source must be one of {', '.join(CELL_SOURCES)}")
    randomised = raw.get("randomised_stage", {})
    dose_level = _require(randomised, "dose_level", str, "randomised_stage")
    if dose_level not in {d.code for d in levels}:
        raise ValueError(f"randomised_stage.dose_level {dose_level!r} is not a dose level")
    kit_pdc = _require(randomised, "kit_pdc", str, "randomised_stage")
    if not kit_pdc.startswith("Y"):
        raise ValueError("randomised_stage.kit_pdc must be in ISBT 128's clinical-trial range "
                         "YA-YZ")
    try:
        require_pdc(kit_pdc, "randomised_stage.kit_pdc")
    except ScanError as exc:
        raise ValueError(exc.message) from None
    return TrialConfig(
        registry_id=_require(raw, "registry_id", str, "trial"),
        title=_require(raw, "title", str, "trial"), version=str(raw.get("version", "1")),
        cell_source=cell_source, ctcae_version=_require(raw, "ctcae_version", str, "trial"),
        dose_levels=levels, stages=stages, arms=arms, randomised_dose_level=dose_level,
        kit_pdc=kit_pdc, raw=raw)


def trial_config_path(settings: Settings) -> Path:
    return settings.trial_settings or SHIPPED


@lru_cache(maxsize=8)
def load_trial_raw(path: Path) -> dict[str, Any]:
    """The file's tables as read, once per process; callers must not modify them. The command
    line reads single tables this way, so a site file holding only those tables serves it."""
    return tomllib.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=8)
def load_trial_config(path: Path | None = None) -> TrialConfig:
    source = path or SHIPPED
    try:
        return trial_config_from_mapping(load_trial_raw(source))
    except ValueError as exc:
        raise ValueError(f"{source}: {exc}") from None


def trial_config(settings: Settings) -> TrialConfig:
    return load_trial_config(settings.trial_settings)
