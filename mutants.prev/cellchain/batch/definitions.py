"""Which process definition a lot is made under: the configured one for new lots, the
shipped version a lot started with for old ones (a changed process needs a new version)."""

from __future__ import annotations

from cellchain.batch.process import (
    ProcessDefinition,
    load_process,
    parse_process,
)
from cellchain.config import Settings
from cellchain.errors import Conflict
from cellchain.lots.models import Lot
from cellchain.paths import PACKAGE_DIR

_PROCESSES_DIR = PACKAGE_DIR / "batch" / "processes"


def current_definition(settings: Settings) -> ProcessDefinition:
    return load_process(settings.process_definition)


def definition_for(lot: Lot, settings: Settings) -> ProcessDefinition:
    """The process version the lot is made under, even after a newer one is configured."""
    configured = current_definition(settings)
    if (lot.process_name, lot.process_version) in (
            (configured.name, configured.version), (None, None)):
        return configured
    shipped = _PROCESSES_DIR / f"{(lot.process_name or '').lower()}-{lot.process_version}.toml"
    if shipped.exists():
        return parse_process(shipped.read_text(encoding="utf-8"))
    raise Conflict(f"Lot {lot.din} is made under process {lot.process_name} "
                   f"v{lot.process_version}, which this installation no longer has.")
