"""Splitting a string of data structures by data identifier and length (ST-001 §2.2, §10).

Concatenated reads (``]C4``) and compound messages carry structures back to back with nothing
between them. Each piece is identified by its data identifier (ST-001 Table 2), and must have
exactly the content length that structure defines: fixed, or declared inside it (DS025's
``ll``, checked by its parser). No content cellchain reads may contain ``=`` or ``&``, so a
structure must end exactly where the next data identifier starts; a piece that is too short or
too long is refused with its expected length rather than re-cut at some other ``=`` or ``&``.
"""

from __future__ import annotations

from collections.abc import Callable

from cellchain.isbt128.blood_groups import BloodGroups
from cellchain.isbt128.coi import CoiIdentifier
from cellchain.isbt128.dates import (
    CollectionDate,
    CollectionDateTime,
    ExpirationDate,
    ExpirationDateTime,
    ProductionDate,
    ProductionDateTime,
)
from cellchain.isbt128.din import DinScan
from cellchain.isbt128.divisions import ProductDivisions
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.facility import ProcessingFacility, ProcessorProductId
from cellchain.isbt128.identifiers import DataStructureInfo, identify, is_local_identifier
from cellchain.isbt128.patient import PatientBirthDate, PatientIdentification
from cellchain.isbt128.product_code import ProductCode
from cellchain.isbt128.structure import Structure

Parser = Callable[[str], Structure]

# The structures cellchain reads, by Table 2 number; DS023 is handled by compound.py.
PARSERS: dict[str, Parser] = {
    "001": DinScan.parse,
    "002": BloodGroups.parse,
    "003": ProductCode.parse,
    "004": ExpirationDate.parse,
    "005": ExpirationDateTime.parse,
    "006": CollectionDate.parse,
    "007": CollectionDateTime.parse,
    "008": ProductionDate.parse,
    "009": ProductionDateTime.parse,
    "024": PatientBirthDate.parse,
    "025": PatientIdentification.parse,
    "032": ProductDivisions.parse,
    "033": ProcessingFacility.parse,
    "034": ProcessorProductId.parse,
    "040": CoiIdentifier.parse,
}
COMPOUND = "023"


def parser_for(info: DataStructureInfo) -> Parser:
    """Returns the parser for a recognised structure, or raises if cellchain does not use it."""
    parser = PARSERS.get(info.number)
    if parser is None:
        raise ScanError(f"data identifier {info.data_identifier!r} (DS{info.number} {info.name}) "
                        f"is not used by cellchain")
    return parser


def _content_length(info: DataStructureInfo, rest: str) -> int | None:
    """Returns the content length: Table 2's fixed length, or DS025's declared 4 + ll."""
    if info.number == PatientIdentification.data_structure:
        return PatientIdentification.declared_content_length(rest)
    return info.content_length


def _read_one(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(f"{text[at:at + 2]!r} is a local (non-ICCBBA) structure; a compound "
                        f"message holds only ICCBBA structures (ST-001 §2.4.23, §2.5.1)")
    info = identify(text, at)
    if info.number == COMPOUND:
        if in_compound:
            raise ScanError("a compound message cannot contain another compound message")
        raise ScanError("a compound message (DS023) must be the whole read, not follow "
                        "another data structure")
    parse = parser_for(info)
    start = at + len(info.data_identifier)
    rest = text[start:]
    length = _content_length(info, rest)
    if length is not None and length < len(rest) and rest[length] in "=&":
        return parse(rest[:length]), start + length
    if length is None or length >= len(rest):
        # The structure runs to the end: it checks its own length and format (reader rule).
        return parse(rest), len(text)
    # Too long for its length, yet followed by more: say where the next identifier was found.
    found = min((rest.find(ch) for ch in "=&" if ch in rest), default=len(rest))
    if found == len(rest) or info.content_length is None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def split_structures(text: str, *, in_compound: bool = False) -> list[Structure]:
    """Returns the structures that make up text, in order, or raises naming the bad one."""
    structures: list[Structure] = []
    at = 0
    while at < len(text):
        index = len(structures) + 1
        try:
            structure, at = _read_one(text, at, in_compound)
        except ScanError as exc:
            if in_compound:
                raise ScanError(f"compound message structure {index}: {exc.message}") from None
            if index > 1:
                raise ScanError(f"structure {index} of the concatenated read: "
                                f"{exc.message}") from None
            raise
        structures.append(structure)
    return structures
