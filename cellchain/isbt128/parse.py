"""Identify scanned ISBT 128 data structures and return them, applying the reader rule of
ST-001 §2.2: data identifier first, then length and format of the content, then meaning.

- ``parse_structure``: exactly one structure (already normalised, data identifier included).
- ``parse_read``: one scanner read: a single structure, a concatenated pair (ST-001 §10,
  ``]C4``), or a compound message (DS023), which comes back as one CompoundMessage.
- ``parse_scan``: the same read as JSON-ready fields, for the CLI and the scan box.
"""

from __future__ import annotations

from typing import Any

from cellchain.isbt128.compound import CompoundMessage
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.identifiers import identify
from cellchain.isbt128.local import SampleCode
from cellchain.isbt128.scan import normalise
from cellchain.isbt128.split import COMPOUND, parser_for, split_structures
from cellchain.isbt128.structure import Structure, described

MAX_CONCATENATED = 2  # ST-001 §10 concatenates two linear bar codes


def parse_structure(text: str) -> Structure:
    """Returns the one data structure text encodes, or raises naming what is wrong."""
    info = identify(text)
    content = text[len(info.data_identifier):]
    if info.number == COMPOUND:
        return CompoundMessage.parse(content)
    parse = parser_for(info)
    fixed = info.content_length
    if fixed is not None and len(content) > fixed and content[fixed] in "=&":
        raise ScanError(f"the text holds more than one data structure: the {info.name} "
                        f"(DS{info.number}) ends after {fixed} characters")
    return parse(content)


def parse_read(raw: str) -> list[Structure]:
    """Returns the structures of one scanner read, in the order they were encoded.

    cellchain's own local structure (``&q`` QC sample code, see local.py) is read alone.
    """
    text = normalise(raw)
    if not text:
        raise ScanError("the scan is empty")
    if text.startswith(SampleCode.data_identifier):
        return [SampleCode.parse(text[len(SampleCode.data_identifier):])]
    if identify(text).number == COMPOUND:
        return [CompoundMessage.parse(text[2:])]
    structures = split_structures(text)
    if len(structures) > MAX_CONCATENATED:
        raise ScanError(f"a concatenated read joins two bar codes (ST-001 §10); this read holds "
                        f"{len(structures)} data structures without a compound message header")
    return structures


def parse_scan(raw: str) -> dict[str, Any]:
    """Returns one read as fields: ``{"data_structure": "001", ...}`` for a single structure,
    ``{"data_structure": "023", "sequence", "count", "structures": [...]}`` for a compound
    message, ``{"data_structure": "concatenated", "structures": [...]}`` for a pair."""
    structures = parse_read(raw)
    if len(structures) == 1:
        return described(structures[0])
    return {"data_structure": "concatenated",
            "structures": [described(structure) for structure in structures]}
