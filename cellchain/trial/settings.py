"""Where the trial configuration comes from: the shipped NCT07212933 file unless the site
sets CELLCHAIN_TRIAL_SETTINGS (DESIGN §7: protocol values are data, overridable per site)."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from cellchain.config import Settings

SHIPPED = Path(__file__).with_name("nct07212933.toml")


def trial_config_path(settings: Settings) -> Path:
    return settings.trial_settings or SHIPPED


@lru_cache(maxsize=8)
def load_trial_raw(path: Path) -> dict[str, Any]:
    """Reads the file once per process (it changes with a deployment); callers must not
    modify the returned tables."""
    return tomllib.loads(path.read_text(encoding="utf-8"))
