"""The QC specification as versioned data: which tests a lot is released against, on which
sample, by which method, with which limits. Read from TOML like the process definition; a lot
keeps the name and version it was planned under (EU GMP Part I 4.14: specifications for
finished products are approved and versioned; a changed one never changes made lots)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from cellchain.config import Settings
from cellchain.errors import BadInput, Conflict
from cellchain.lots.models import Lot
from cellchain.paths import PACKAGE_DIR

_SPECIFICATIONS_DIR = PACKAGE_DIR / "qc" / "specifications"
SHIPPED = _SPECIFICATIONS_DIR / "rak-qc-1.toml"
NUMBER, QUALITATIVE = "number", "qualitative"


@dataclass(frozen=True)
class QcTest:
    id: str
    name: str
    sample: str  # the QC sample (process definition's draws_samples) it is measured on
    method: str
    kind: str  # number | qualitative
    required_at_release: bool
    unit: str = ""
    # Qualitative: every word a result may be, and those in specification.
    results: tuple[str, ...] = ()
    passing: tuple[str, ...] = ()
    # Numbers: fixed limits (inclusive), the values that can exist at all, and calculated ones.
    minimum: float | None = None
    maximum: float | None = None
    possible: tuple[float, float] | None = None
    percent_of_target: tuple[float, float] | None = None
    maximum_per_kg: float | None = None


@dataclass(frozen=True)
class QcSpecification:
    name: str
    version: str
    title: str
    tests: tuple[QcTest, ...]
    reference_weight_kg: float

    def test(self, test_id: str) -> QcTest:
        for test in self.tests:
            if test.id == test_id:
                return test
        raise BadInput(f"specification {self.name} v{self.version} has no test {test_id!r}",
                       field="test")


def _pair(raw: Any) -> tuple[float, float] | None:
    return (float(raw[0]), float(raw[1])) if raw is not None else None


def _optional(raw: Any) -> float | None:
    return float(raw) if raw is not None else None


def parse_specification(text: str) -> QcSpecification:
    """Reads a QC specification from TOML text (see specifications/rak-qc-1.toml)."""
    raw = tomllib.loads(text)
    tests = tuple(
        QcTest(id=t["id"], name=t["name"], sample=t["sample"], method=t["method"],
               kind=t["kind"], required_at_release=bool(t["required_at_release"]),
               unit=t.get("unit", ""), results=tuple(t.get("results", ())),
               passing=tuple(t.get("passing", ())), minimum=_optional(t.get("minimum")),
               maximum=_optional(t.get("maximum")), possible=_pair(t.get("possible")),
               percent_of_target=_pair(t.get("percent_of_target")),
               maximum_per_kg=_optional(t.get("maximum_per_kg")))
        for t in raw["tests"])
    return QcSpecification(name=raw["name"], version=str(raw["version"]), title=raw["title"],
                           tests=tests, reference_weight_kg=float(raw["reference_weight_kg"]))


def current_specification(settings: Settings) -> QcSpecification:
    """The specification new lots are planned under (the site's, or the shipped one)."""
    return load_specification(settings.qc_specification or SHIPPED)


@lru_cache(maxsize=16)
def load_specification(path: Path) -> QcSpecification:
    """Reads a specification file once per process (a parse costs about half a millisecond, and
    pages look one up per lot). A version never changes under its name: a changed
    specification is a new file, so the cached one is never stale; the result is frozen."""
    return parse_specification(path.read_text(encoding="utf-8"))


def specification_for(lot: Lot, settings: Settings) -> QcSpecification:
    """The specification the lot was planned under, even after a newer one is configured; a lot
    planned before specifications were recorded uses the configured one."""
    configured = current_specification(settings)
    name, version = lot.qc_spec_name, lot.qc_spec_version
    if (name, version) in ((configured.name, configured.version), (None, None)):
        return configured
    shipped = shipped_specification(name, version)
    if shipped is not None:
        return shipped
    raise Conflict(f"Lot {lot.din} is specified under QC specification {name} v{version}, "
                   "which this installation no longer has.")


def shipped_specification(name: str | None, version: str | None) -> QcSpecification | None:
    """The shipped specification of that name and version (``specifications/<name>-<version>
    .toml``, e.g. PLACEBO-QC v1 for placebo kit lots), or None when there is none."""
    shipped = _SPECIFICATIONS_DIR / f"{(name or '').lower()}-{version}.toml"
    return load_specification(shipped) if shipped.exists() else None
