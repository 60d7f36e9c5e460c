"""The custody and bedside settings a site configures (``bedside-rak-1.toml`` shipped)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cellchain.config import Settings

SHIPPED = Path(__file__).with_name("bedside-rak-1.toml")


@dataclass(frozen=True)
class BedsideSettings:
    name: str
    version: str
    temperature_low_c: float
    temperature_high_c: float
    lab_location: str
    ward_location: str
    valid_minutes: int
    not_verified_alert_minutes: int
    ctcae_version: str
    vitals: tuple[str, ...]


@lru_cache(maxsize=8)
def load_bedside_settings(path: Path | None = None) -> BedsideSettings:
    """Reads the file once per process (settings change with a deployment)."""
    raw = tomllib.loads((path or SHIPPED).read_text(encoding="utf-8"))
    transport, verification, infusion = raw["transport"], raw["verification"], raw["infusion"]
    low, high = float(transport["temperature_low_c"]), float(transport["temperature_high_c"])
    if low >= high:
        raise ValueError(f"{path or SHIPPED}: temperature_low_c must be below "
                         "temperature_high_c")
    return BedsideSettings(
        name=raw["name"], version=str(raw["version"]), temperature_low_c=low,
        temperature_high_c=high, lab_location=transport["lab_location"],
        ward_location=transport["ward_location"],
        valid_minutes=int(verification["valid_minutes"]),
        not_verified_alert_minutes=int(verification["not_verified_alert_minutes"]),
        ctcae_version=str(infusion["ctcae_version"]), vitals=tuple(infusion["vitals"]))


def bedside_settings(settings: Settings) -> BedsideSettings:
    return load_bedside_settings(settings.bedside_settings)
