"""Which process definition a lot is made under: the configured one for new lots, the
shipped version a lot started with for old ones (a changed process needs a new version)."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Protocol

from cellchain.batch.process import ProcessDefinition, load_process
from cellchain.config import Settings
from cellchain.errors import Conflict
from cellchain.paths import PACKAGE_DIR

_PROCESSES_DIR = PACKAGE_DIR / "batch" / "processes"


def current_definition(settings: Settings) -> ProcessDefinition:
    return load_process(settings.process_definition)


class MadeLot(Protocol):
    """What the process and its schedule read of a lot: a ``Lot``, or a row of these columns
    (the dashboard reads every lot being made, and the columns cost a fifth of the records)."""

    @property
    def id(self) -> int | None: ...
    @property
    def din(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def process_name(self) -> str | None: ...
    @property
    def process_version(self) -> str | None: ...
    @property
    def activated_at(self) -> datetime | None: ...


def definition_for(lot: MadeLot, settings: Settings) -> ProcessDefinition:
    """The process version the lot is made under, even after a newer one is configured."""
    found = definition_named(lot.process_name, lot.process_version, settings)
    if found is None:
        raise Conflict(f"Lot {lot.din} is made under process {lot.process_name} "
                       f"v{lot.process_version}, which this installation no longer has.")
    return found


def definition_named(
    name: str | None, version: str | None, settings: Settings
) -> ProcessDefinition | None:
    """The process definition of that name and version (None and None: the configured one),
    or None when this installation no longer has it."""
    configured = current_definition(settings)
    if (name, version) in ((configured.name, configured.version), (None, None)):
        return configured
    return _shipped(name, version)


def _shipped(name: str | None, version: str | None) -> ProcessDefinition | None:
    """The shipped definition of that name and version (read once: ``load_process``)."""
    shipped = _PROCESSES_DIR / f"{(name or '').lower()}-{version}.toml"
    return load_process(shipped) if shipped.exists() else None


def known_definitions(settings: Settings) -> tuple[ProcessDefinition, ...]:
    """Every definition ``definition_named`` can return: the configured one and the shipped
    ones (a query can then ask for any of their steps without reading every lot first)."""
    return (current_definition(settings), *_all_shipped())


@lru_cache(maxsize=1)
def _all_shipped() -> tuple[ProcessDefinition, ...]:
    return tuple(load_process(path) for path in sorted(_PROCESSES_DIR.glob("*.toml")))
