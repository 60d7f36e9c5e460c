"""The one error a scan can produce: a sentence naming what is wrong."""

from __future__ import annotations

from cellchain.errors import BadInput


class ScanError(BadInput):
    """Scanned or typed ISBT 128 text that cannot be accepted."""
