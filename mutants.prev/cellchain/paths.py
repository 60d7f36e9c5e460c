"""Where the page and label templates live: bundled in a wheel, or in the checkout."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_BUNDLED = PACKAGE_DIR / "_bundled"


def _resolve(name: str) -> Path:
    bundled = _BUNDLED / name
    return bundled if bundled.is_dir() else PACKAGE_DIR.parent / name


TEMPLATES_DIR = _resolve("templates")
LABELS_DIR = _resolve("labels")
STATIC_DIR = PACKAGE_DIR / "static"
MIGRATIONS_DIR = PACKAGE_DIR / "migrations"
