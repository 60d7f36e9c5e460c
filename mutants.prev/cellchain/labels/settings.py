"""Label wording a site configures: product description, statements, storage."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_SHIPPED = Path(__file__).with_name("label_settings.toml")


@dataclass(frozen=True)
class LabelSettings:
    pdc: str
    description: str
    blinded_description: str
    allogeneic_collection_type: str
    autologous_collection_type: str
    trial: str
    bag_statements: tuple[str, ...]
    storage: str
    cbu_statements: tuple[str, ...]


@lru_cache(maxsize=8)
def load_label_settings(path: Path | None = None) -> LabelSettings:
    """Reads the site's label settings file, or the shipped defaults (once per process: the
    wording changes only with a deployment, like the templates)."""
    raw = tomllib.loads((path or _SHIPPED).read_text(encoding="utf-8"))
    product, statements = raw["product"], raw["statements"]
    return LabelSettings(
        pdc=product["pdc"], description=product["description"],
        blinded_description=product["blinded_description"],
        allogeneic_collection_type=product["allogeneic_collection_type"],
        autologous_collection_type=product["autologous_collection_type"],
        trial=product["trial"], bag_statements=tuple(statements["bag"]),
        storage=statements["storage"], cbu_statements=tuple(statements["cbu"]),
    )
