"""The CTCAE term lists offered on the adverse-event form (``ctcae-terms.toml`` shipped), and the
DLT window, read once per process (they change with a deployment)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cellchain.bedside.adverse import Vocabulary, vocabularies_from
from cellchain.bedside.settings import bedside_settings
from cellchain.config import Settings

SHIPPED = Path(__file__).with_name("ctcae-terms.toml")


@dataclass(frozen=True)
class AdverseEventTerms:
    vocabularies: dict[str, Vocabulary]
    dlt_window_days: int

    def for_version(self, ctcae_version: str) -> Vocabulary | None:
        return self.vocabularies.get(ctcae_version)


@lru_cache(maxsize=4)
def load_terms(path: Path = SHIPPED) -> AdverseEventTerms:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    window = int(raw["dlt"]["window_days"])
    if window < 1:
        raise ValueError(f"{path}: dlt.window_days must be at least 1")
    return AdverseEventTerms(vocabularies_from(raw), window)


def current_vocabulary(settings: Settings) -> Vocabulary:
    """The terms of the CTCAE version the site grades with (bedside settings); a version with
    no term list is a configuration error, named."""
    version = bedside_settings(settings).ctcae_version
    vocabulary = load_terms().for_version(version)
    if vocabulary is None:
        raise ValueError(f"{SHIPPED.name} has no term list for CTCAE v{version}, the version "
                         "the bedside settings name (infusion.ctcae_version)")
    return vocabulary
