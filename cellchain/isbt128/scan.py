"""Normalising what a scanner sends before any parsing (reader rule: identifier first)."""

from __future__ import annotations

import re

# AIM symbology identifiers: "]" + symbology letter + modifier digit/letter (e.g. ]C0 Code 128,
# ]d2 Data Matrix, ]Q3 QR). Scanners configured to transmit them prefix each read.
_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")


def normalise(raw: str) -> str:
    """Strips an AIM identifier, CR/LF/Tab and surrounding spaces from one scanned read."""
    text = raw.strip(" \r\n\t")
    text = _AIM_PREFIX.sub("", text, count=1)
    return text.strip(" \r\n\t")
