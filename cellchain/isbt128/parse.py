"""Identify a scanned ISBT 128 data structure (reader rule: identifier, then length and format,
then meaning) and return its named fields.

Only DS001 (DIN) is interpreted so far; other data identifiers are recognised as ISBT 128 and
refused with a message saying so (the remaining structures arrive with the labelling issue).
"""

from __future__ import annotations

from typing import Any

from cellchain.isbt128.din import parse_din_structure
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.scan import normalise


def parse_scan(raw: str) -> dict[str, Any]:
    """Returns ``{"data_structure": "001", ...fields}`` for one scanned read, or raises."""
    text = normalise(raw)
    if not text:
        raise ScanError("the scan is empty")
    if text[0] not in "=&":
        raise ScanError(f"not an ISBT 128 data structure: it must start with '=' or '&', "
                        f"starts with {text[0]!r}")
    if len(text) < 2:
        raise ScanError("the scan has a data identifier but no content")
    if text[0] == "=" and text[1].isalnum():
        scan = parse_din_structure(text[1:])
        return {
            "data_structure": "001",
            "din": scan.din.text,
            "facility": scan.din.fin,
            "year": scan.din.year,
            "sequence": scan.din.sequence,
            "flags": scan.flags,
            "flag_type": scan.flag_type.value,
            "check_character": scan.din.check_character,
            "eye_readable": scan.din.eye_readable,
        }
    raise ScanError(f"data identifier {text[:2]!r} is not supported by this version of cellchain")
