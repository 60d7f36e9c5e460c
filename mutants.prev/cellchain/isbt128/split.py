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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_parser_for__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parser_for__mutmut)
def parser_for(info: DataStructureInfo) -> Parser:
    """Returns the parser for a recognised structure, or raises if cellchain does not use it."""
    parser = PARSERS.get(info.number)
    if parser is None:
        raise ScanError(f"data identifier {info.data_identifier!r} (DS{info.number} {info.name}) "
                        f"is not used by cellchain")
    return parser


def x_parser_for__mutmut_orig(info: DataStructureInfo) -> Parser:
    """Returns the parser for a recognised structure, or raises if cellchain does not use it."""
    parser = PARSERS.get(info.number)
    if parser is None:
        raise ScanError(f"data identifier {info.data_identifier!r} (DS{info.number} {info.name}) "
                        f"is not used by cellchain")
    return parser


def x_parser_for__mutmut_1(info: DataStructureInfo) -> Parser:
    """Returns the parser for a recognised structure, or raises if cellchain does not use it."""
    parser = None
    if parser is None:
        raise ScanError(f"data identifier {info.data_identifier!r} (DS{info.number} {info.name}) "
                        f"is not used by cellchain")
    return parser


def x_parser_for__mutmut_2(info: DataStructureInfo) -> Parser:
    """Returns the parser for a recognised structure, or raises if cellchain does not use it."""
    parser = PARSERS.get(None)
    if parser is None:
        raise ScanError(f"data identifier {info.data_identifier!r} (DS{info.number} {info.name}) "
                        f"is not used by cellchain")
    return parser


def x_parser_for__mutmut_3(info: DataStructureInfo) -> Parser:
    """Returns the parser for a recognised structure, or raises if cellchain does not use it."""
    parser = PARSERS.get(info.number)
    if parser is not None:
        raise ScanError(f"data identifier {info.data_identifier!r} (DS{info.number} {info.name}) "
                        f"is not used by cellchain")
    return parser


def x_parser_for__mutmut_4(info: DataStructureInfo) -> Parser:
    """Returns the parser for a recognised structure, or raises if cellchain does not use it."""
    parser = PARSERS.get(info.number)
    if parser is None:
        raise ScanError(None)
    return parser

mutants_x_parser_for__mutmut['_mutmut_orig'] = x_parser_for__mutmut_orig # type: ignore # mutmut generated
mutants_x_parser_for__mutmut['x_parser_for__mutmut_1'] = x_parser_for__mutmut_1 # type: ignore # mutmut generated
mutants_x_parser_for__mutmut['x_parser_for__mutmut_2'] = x_parser_for__mutmut_2 # type: ignore # mutmut generated
mutants_x_parser_for__mutmut['x_parser_for__mutmut_3'] = x_parser_for__mutmut_3 # type: ignore # mutmut generated
mutants_x_parser_for__mutmut['x_parser_for__mutmut_4'] = x_parser_for__mutmut_4 # type: ignore # mutmut generated
mutants_x__content_length__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__content_length__mutmut)
def _content_length(info: DataStructureInfo, rest: str) -> int | None:
    """Returns the content length: Table 2's fixed length, or DS025's declared 4 + ll."""
    if info.number == PatientIdentification.data_structure:
        return PatientIdentification.declared_content_length(rest)
    return info.content_length


def x__content_length__mutmut_orig(info: DataStructureInfo, rest: str) -> int | None:
    """Returns the content length: Table 2's fixed length, or DS025's declared 4 + ll."""
    if info.number == PatientIdentification.data_structure:
        return PatientIdentification.declared_content_length(rest)
    return info.content_length


def x__content_length__mutmut_1(info: DataStructureInfo, rest: str) -> int | None:
    """Returns the content length: Table 2's fixed length, or DS025's declared 4 + ll."""
    if info.number != PatientIdentification.data_structure:
        return PatientIdentification.declared_content_length(rest)
    return info.content_length


def x__content_length__mutmut_2(info: DataStructureInfo, rest: str) -> int | None:
    """Returns the content length: Table 2's fixed length, or DS025's declared 4 + ll."""
    if info.number == PatientIdentification.data_structure:
        return PatientIdentification.declared_content_length(None)
    return info.content_length

mutants_x__content_length__mutmut['_mutmut_orig'] = x__content_length__mutmut_orig # type: ignore # mutmut generated
mutants_x__content_length__mutmut['x__content_length__mutmut_1'] = x__content_length__mutmut_1 # type: ignore # mutmut generated
mutants_x__content_length__mutmut['x__content_length__mutmut_2'] = x__content_length__mutmut_2 # type: ignore # mutmut generated
mutants_x__read_one__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__read_one__mutmut)
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


def x__read_one__mutmut_orig(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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


def x__read_one__mutmut_1(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound or is_local_identifier(text, at):
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


def x__read_one__mutmut_2(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(None, at):
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


def x__read_one__mutmut_3(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, None):
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


def x__read_one__mutmut_4(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(at):
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


def x__read_one__mutmut_5(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, ):
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


def x__read_one__mutmut_6(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(None)
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


def x__read_one__mutmut_7(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(f"{text[at:at - 2]!r} is a local (non-ICCBBA) structure; a compound "
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


def x__read_one__mutmut_8(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(f"{text[at:at + 3]!r} is a local (non-ICCBBA) structure; a compound "
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


def x__read_one__mutmut_9(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(f"{text[at:at + 2]!r} is a local (non-ICCBBA) structure; a compound "
                        f"message holds only ICCBBA structures (ST-001 §2.4.23, §2.5.1)")
    info = None
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


def x__read_one__mutmut_10(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(f"{text[at:at + 2]!r} is a local (non-ICCBBA) structure; a compound "
                        f"message holds only ICCBBA structures (ST-001 §2.4.23, §2.5.1)")
    info = identify(None, at)
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


def x__read_one__mutmut_11(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(f"{text[at:at + 2]!r} is a local (non-ICCBBA) structure; a compound "
                        f"message holds only ICCBBA structures (ST-001 §2.4.23, §2.5.1)")
    info = identify(text, None)
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


def x__read_one__mutmut_12(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(f"{text[at:at + 2]!r} is a local (non-ICCBBA) structure; a compound "
                        f"message holds only ICCBBA structures (ST-001 §2.4.23, §2.5.1)")
    info = identify(at)
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


def x__read_one__mutmut_13(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(f"{text[at:at + 2]!r} is a local (non-ICCBBA) structure; a compound "
                        f"message holds only ICCBBA structures (ST-001 §2.4.23, §2.5.1)")
    info = identify(text, )
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


def x__read_one__mutmut_14(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(f"{text[at:at + 2]!r} is a local (non-ICCBBA) structure; a compound "
                        f"message holds only ICCBBA structures (ST-001 §2.4.23, §2.5.1)")
    info = identify(text, at)
    if info.number != COMPOUND:
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


def x__read_one__mutmut_15(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(f"{text[at:at + 2]!r} is a local (non-ICCBBA) structure; a compound "
                        f"message holds only ICCBBA structures (ST-001 §2.4.23, §2.5.1)")
    info = identify(text, at)
    if info.number == COMPOUND:
        if in_compound:
            raise ScanError(None)
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


def x__read_one__mutmut_16(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(f"{text[at:at + 2]!r} is a local (non-ICCBBA) structure; a compound "
                        f"message holds only ICCBBA structures (ST-001 §2.4.23, §2.5.1)")
    info = identify(text, at)
    if info.number == COMPOUND:
        if in_compound:
            raise ScanError("XXa compound message cannot contain another compound messageXX")
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


def x__read_one__mutmut_17(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(f"{text[at:at + 2]!r} is a local (non-ICCBBA) structure; a compound "
                        f"message holds only ICCBBA structures (ST-001 §2.4.23, §2.5.1)")
    info = identify(text, at)
    if info.number == COMPOUND:
        if in_compound:
            raise ScanError("A COMPOUND MESSAGE CANNOT CONTAIN ANOTHER COMPOUND MESSAGE")
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


def x__read_one__mutmut_18(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(f"{text[at:at + 2]!r} is a local (non-ICCBBA) structure; a compound "
                        f"message holds only ICCBBA structures (ST-001 §2.4.23, §2.5.1)")
    info = identify(text, at)
    if info.number == COMPOUND:
        if in_compound:
            raise ScanError("a compound message cannot contain another compound message")
        raise ScanError(None)
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


def x__read_one__mutmut_19(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(f"{text[at:at + 2]!r} is a local (non-ICCBBA) structure; a compound "
                        f"message holds only ICCBBA structures (ST-001 §2.4.23, §2.5.1)")
    info = identify(text, at)
    if info.number == COMPOUND:
        if in_compound:
            raise ScanError("a compound message cannot contain another compound message")
        raise ScanError("XXa compound message (DS023) must be the whole read, not follow XX"
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


def x__read_one__mutmut_20(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(f"{text[at:at + 2]!r} is a local (non-ICCBBA) structure; a compound "
                        f"message holds only ICCBBA structures (ST-001 §2.4.23, §2.5.1)")
    info = identify(text, at)
    if info.number == COMPOUND:
        if in_compound:
            raise ScanError("a compound message cannot contain another compound message")
        raise ScanError("a compound message (ds023) must be the whole read, not follow "
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


def x__read_one__mutmut_21(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(f"{text[at:at + 2]!r} is a local (non-ICCBBA) structure; a compound "
                        f"message holds only ICCBBA structures (ST-001 §2.4.23, §2.5.1)")
    info = identify(text, at)
    if info.number == COMPOUND:
        if in_compound:
            raise ScanError("a compound message cannot contain another compound message")
        raise ScanError("A COMPOUND MESSAGE (DS023) MUST BE THE WHOLE READ, NOT FOLLOW "
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


def x__read_one__mutmut_22(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(f"{text[at:at + 2]!r} is a local (non-ICCBBA) structure; a compound "
                        f"message holds only ICCBBA structures (ST-001 §2.4.23, §2.5.1)")
    info = identify(text, at)
    if info.number == COMPOUND:
        if in_compound:
            raise ScanError("a compound message cannot contain another compound message")
        raise ScanError("a compound message (DS023) must be the whole read, not follow "
                        "XXanother data structureXX")
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


def x__read_one__mutmut_23(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
    """Parses the structure starting at text[at]; returns it and where the next one starts."""
    if in_compound and is_local_identifier(text, at):
        raise ScanError(f"{text[at:at + 2]!r} is a local (non-ICCBBA) structure; a compound "
                        f"message holds only ICCBBA structures (ST-001 §2.4.23, §2.5.1)")
    info = identify(text, at)
    if info.number == COMPOUND:
        if in_compound:
            raise ScanError("a compound message cannot contain another compound message")
        raise ScanError("a compound message (DS023) must be the whole read, not follow "
                        "ANOTHER DATA STRUCTURE")
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


def x__read_one__mutmut_24(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    parse = None
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


def x__read_one__mutmut_25(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    parse = parser_for(None)
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


def x__read_one__mutmut_26(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    start = None
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


def x__read_one__mutmut_27(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    start = at - len(info.data_identifier)
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


def x__read_one__mutmut_28(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    rest = None
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


def x__read_one__mutmut_29(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    length = None
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


def x__read_one__mutmut_30(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    length = _content_length(None, rest)
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


def x__read_one__mutmut_31(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    length = _content_length(info, None)
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


def x__read_one__mutmut_32(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    length = _content_length(rest)
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


def x__read_one__mutmut_33(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    length = _content_length(info, )
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


def x__read_one__mutmut_34(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    if length is not None and length < len(rest) or rest[length] in "=&":
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


def x__read_one__mutmut_35(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    if length is not None or length < len(rest) and rest[length] in "=&":
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


def x__read_one__mutmut_36(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    if length is None and length < len(rest) and rest[length] in "=&":
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


def x__read_one__mutmut_37(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    if length is not None and length <= len(rest) and rest[length] in "=&":
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


def x__read_one__mutmut_38(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    if length is not None and length < len(rest) and rest[length] not in "=&":
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


def x__read_one__mutmut_39(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    if length is not None and length < len(rest) and rest[length] in "XX=&XX":
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


def x__read_one__mutmut_40(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
        return parse(None), start + length
    if length is None or length >= len(rest):
        # The structure runs to the end: it checks its own length and format (reader rule).
        return parse(rest), len(text)
    # Too long for its length, yet followed by more: say where the next identifier was found.
    found = min((rest.find(ch) for ch in "=&" if ch in rest), default=len(rest))
    if found == len(rest) or info.content_length is None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_41(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
        return parse(rest[:length]), start - length
    if length is None or length >= len(rest):
        # The structure runs to the end: it checks its own length and format (reader rule).
        return parse(rest), len(text)
    # Too long for its length, yet followed by more: say where the next identifier was found.
    found = min((rest.find(ch) for ch in "=&" if ch in rest), default=len(rest))
    if found == len(rest) or info.content_length is None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_42(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    if length is None and length >= len(rest):
        # The structure runs to the end: it checks its own length and format (reader rule).
        return parse(rest), len(text)
    # Too long for its length, yet followed by more: say where the next identifier was found.
    found = min((rest.find(ch) for ch in "=&" if ch in rest), default=len(rest))
    if found == len(rest) or info.content_length is None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_43(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    if length is not None or length >= len(rest):
        # The structure runs to the end: it checks its own length and format (reader rule).
        return parse(rest), len(text)
    # Too long for its length, yet followed by more: say where the next identifier was found.
    found = min((rest.find(ch) for ch in "=&" if ch in rest), default=len(rest))
    if found == len(rest) or info.content_length is None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_44(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    if length is None or length > len(rest):
        # The structure runs to the end: it checks its own length and format (reader rule).
        return parse(rest), len(text)
    # Too long for its length, yet followed by more: say where the next identifier was found.
    found = min((rest.find(ch) for ch in "=&" if ch in rest), default=len(rest))
    if found == len(rest) or info.content_length is None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_45(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
        return parse(None), len(text)
    # Too long for its length, yet followed by more: say where the next identifier was found.
    found = min((rest.find(ch) for ch in "=&" if ch in rest), default=len(rest))
    if found == len(rest) or info.content_length is None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_46(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    found = None
    if found == len(rest) or info.content_length is None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_47(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    found = min(None, default=len(rest))
    if found == len(rest) or info.content_length is None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_48(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    found = min((rest.find(ch) for ch in "=&" if ch in rest), default=None)
    if found == len(rest) or info.content_length is None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_49(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    found = min(default=len(rest))
    if found == len(rest) or info.content_length is None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_50(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    found = min((rest.find(ch) for ch in "=&" if ch in rest), )
    if found == len(rest) or info.content_length is None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_51(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    found = min((rest.find(None) for ch in "=&" if ch in rest), default=len(rest))
    if found == len(rest) or info.content_length is None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_52(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    found = min((rest.rfind(ch) for ch in "=&" if ch in rest), default=len(rest))
    if found == len(rest) or info.content_length is None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_53(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    found = min((rest.find(ch) for ch in "XX=&XX" if ch in rest), default=len(rest))
    if found == len(rest) or info.content_length is None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_54(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    found = min((rest.find(ch) for ch in "=&" if ch not in rest), default=len(rest))
    if found == len(rest) or info.content_length is None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_55(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    if found == len(rest) and info.content_length is None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_56(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    if found != len(rest) or info.content_length is None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_57(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    if found == len(rest) or info.content_length is not None:
        return parse(rest[:found]), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_58(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
        return parse(None), start + found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_59(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
        return parse(rest[:found]), start - found  # raises with the structure's own message
    raise ScanError(f"{info.name} (DS{info.number}) has {length} characters after "
                    f"{info.data_identifier!r}, got {found} before the next data identifier")


def x__read_one__mutmut_60(text: str, at: int, in_compound: bool) -> tuple[Structure, int]:
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
    raise ScanError(None)

mutants_x__read_one__mutmut['_mutmut_orig'] = x__read_one__mutmut_orig # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_1'] = x__read_one__mutmut_1 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_2'] = x__read_one__mutmut_2 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_3'] = x__read_one__mutmut_3 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_4'] = x__read_one__mutmut_4 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_5'] = x__read_one__mutmut_5 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_6'] = x__read_one__mutmut_6 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_7'] = x__read_one__mutmut_7 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_8'] = x__read_one__mutmut_8 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_9'] = x__read_one__mutmut_9 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_10'] = x__read_one__mutmut_10 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_11'] = x__read_one__mutmut_11 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_12'] = x__read_one__mutmut_12 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_13'] = x__read_one__mutmut_13 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_14'] = x__read_one__mutmut_14 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_15'] = x__read_one__mutmut_15 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_16'] = x__read_one__mutmut_16 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_17'] = x__read_one__mutmut_17 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_18'] = x__read_one__mutmut_18 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_19'] = x__read_one__mutmut_19 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_20'] = x__read_one__mutmut_20 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_21'] = x__read_one__mutmut_21 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_22'] = x__read_one__mutmut_22 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_23'] = x__read_one__mutmut_23 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_24'] = x__read_one__mutmut_24 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_25'] = x__read_one__mutmut_25 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_26'] = x__read_one__mutmut_26 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_27'] = x__read_one__mutmut_27 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_28'] = x__read_one__mutmut_28 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_29'] = x__read_one__mutmut_29 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_30'] = x__read_one__mutmut_30 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_31'] = x__read_one__mutmut_31 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_32'] = x__read_one__mutmut_32 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_33'] = x__read_one__mutmut_33 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_34'] = x__read_one__mutmut_34 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_35'] = x__read_one__mutmut_35 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_36'] = x__read_one__mutmut_36 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_37'] = x__read_one__mutmut_37 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_38'] = x__read_one__mutmut_38 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_39'] = x__read_one__mutmut_39 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_40'] = x__read_one__mutmut_40 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_41'] = x__read_one__mutmut_41 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_42'] = x__read_one__mutmut_42 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_43'] = x__read_one__mutmut_43 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_44'] = x__read_one__mutmut_44 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_45'] = x__read_one__mutmut_45 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_46'] = x__read_one__mutmut_46 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_47'] = x__read_one__mutmut_47 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_48'] = x__read_one__mutmut_48 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_49'] = x__read_one__mutmut_49 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_50'] = x__read_one__mutmut_50 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_51'] = x__read_one__mutmut_51 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_52'] = x__read_one__mutmut_52 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_53'] = x__read_one__mutmut_53 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_54'] = x__read_one__mutmut_54 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_55'] = x__read_one__mutmut_55 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_56'] = x__read_one__mutmut_56 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_57'] = x__read_one__mutmut_57 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_58'] = x__read_one__mutmut_58 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_59'] = x__read_one__mutmut_59 # type: ignore # mutmut generated
mutants_x__read_one__mutmut['x__read_one__mutmut_60'] = x__read_one__mutmut_60 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_split_structures__mutmut)
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


def x_split_structures__mutmut_orig(text: str, *, in_compound: bool = False) -> list[Structure]:
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


def x_split_structures__mutmut_1(text: str, *, in_compound: bool = True) -> list[Structure]:
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


def x_split_structures__mutmut_2(text: str, *, in_compound: bool = False) -> list[Structure]:
    """Returns the structures that make up text, in order, or raises naming the bad one."""
    structures: list[Structure] = None
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


def x_split_structures__mutmut_3(text: str, *, in_compound: bool = False) -> list[Structure]:
    """Returns the structures that make up text, in order, or raises naming the bad one."""
    structures: list[Structure] = []
    at = None
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


def x_split_structures__mutmut_4(text: str, *, in_compound: bool = False) -> list[Structure]:
    """Returns the structures that make up text, in order, or raises naming the bad one."""
    structures: list[Structure] = []
    at = 1
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


def x_split_structures__mutmut_5(text: str, *, in_compound: bool = False) -> list[Structure]:
    """Returns the structures that make up text, in order, or raises naming the bad one."""
    structures: list[Structure] = []
    at = 0
    while at <= len(text):
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


def x_split_structures__mutmut_6(text: str, *, in_compound: bool = False) -> list[Structure]:
    """Returns the structures that make up text, in order, or raises naming the bad one."""
    structures: list[Structure] = []
    at = 0
    while at < len(text):
        index = None
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


def x_split_structures__mutmut_7(text: str, *, in_compound: bool = False) -> list[Structure]:
    """Returns the structures that make up text, in order, or raises naming the bad one."""
    structures: list[Structure] = []
    at = 0
    while at < len(text):
        index = len(structures) - 1
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


def x_split_structures__mutmut_8(text: str, *, in_compound: bool = False) -> list[Structure]:
    """Returns the structures that make up text, in order, or raises naming the bad one."""
    structures: list[Structure] = []
    at = 0
    while at < len(text):
        index = len(structures) + 2
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


def x_split_structures__mutmut_9(text: str, *, in_compound: bool = False) -> list[Structure]:
    """Returns the structures that make up text, in order, or raises naming the bad one."""
    structures: list[Structure] = []
    at = 0
    while at < len(text):
        index = len(structures) + 1
        try:
            structure, at = None
        except ScanError as exc:
            if in_compound:
                raise ScanError(f"compound message structure {index}: {exc.message}") from None
            if index > 1:
                raise ScanError(f"structure {index} of the concatenated read: "
                                f"{exc.message}") from None
            raise
        structures.append(structure)
    return structures


def x_split_structures__mutmut_10(text: str, *, in_compound: bool = False) -> list[Structure]:
    """Returns the structures that make up text, in order, or raises naming the bad one."""
    structures: list[Structure] = []
    at = 0
    while at < len(text):
        index = len(structures) + 1
        try:
            structure, at = _read_one(None, at, in_compound)
        except ScanError as exc:
            if in_compound:
                raise ScanError(f"compound message structure {index}: {exc.message}") from None
            if index > 1:
                raise ScanError(f"structure {index} of the concatenated read: "
                                f"{exc.message}") from None
            raise
        structures.append(structure)
    return structures


def x_split_structures__mutmut_11(text: str, *, in_compound: bool = False) -> list[Structure]:
    """Returns the structures that make up text, in order, or raises naming the bad one."""
    structures: list[Structure] = []
    at = 0
    while at < len(text):
        index = len(structures) + 1
        try:
            structure, at = _read_one(text, None, in_compound)
        except ScanError as exc:
            if in_compound:
                raise ScanError(f"compound message structure {index}: {exc.message}") from None
            if index > 1:
                raise ScanError(f"structure {index} of the concatenated read: "
                                f"{exc.message}") from None
            raise
        structures.append(structure)
    return structures


def x_split_structures__mutmut_12(text: str, *, in_compound: bool = False) -> list[Structure]:
    """Returns the structures that make up text, in order, or raises naming the bad one."""
    structures: list[Structure] = []
    at = 0
    while at < len(text):
        index = len(structures) + 1
        try:
            structure, at = _read_one(text, at, None)
        except ScanError as exc:
            if in_compound:
                raise ScanError(f"compound message structure {index}: {exc.message}") from None
            if index > 1:
                raise ScanError(f"structure {index} of the concatenated read: "
                                f"{exc.message}") from None
            raise
        structures.append(structure)
    return structures


def x_split_structures__mutmut_13(text: str, *, in_compound: bool = False) -> list[Structure]:
    """Returns the structures that make up text, in order, or raises naming the bad one."""
    structures: list[Structure] = []
    at = 0
    while at < len(text):
        index = len(structures) + 1
        try:
            structure, at = _read_one(at, in_compound)
        except ScanError as exc:
            if in_compound:
                raise ScanError(f"compound message structure {index}: {exc.message}") from None
            if index > 1:
                raise ScanError(f"structure {index} of the concatenated read: "
                                f"{exc.message}") from None
            raise
        structures.append(structure)
    return structures


def x_split_structures__mutmut_14(text: str, *, in_compound: bool = False) -> list[Structure]:
    """Returns the structures that make up text, in order, or raises naming the bad one."""
    structures: list[Structure] = []
    at = 0
    while at < len(text):
        index = len(structures) + 1
        try:
            structure, at = _read_one(text, in_compound)
        except ScanError as exc:
            if in_compound:
                raise ScanError(f"compound message structure {index}: {exc.message}") from None
            if index > 1:
                raise ScanError(f"structure {index} of the concatenated read: "
                                f"{exc.message}") from None
            raise
        structures.append(structure)
    return structures


def x_split_structures__mutmut_15(text: str, *, in_compound: bool = False) -> list[Structure]:
    """Returns the structures that make up text, in order, or raises naming the bad one."""
    structures: list[Structure] = []
    at = 0
    while at < len(text):
        index = len(structures) + 1
        try:
            structure, at = _read_one(text, at, )
        except ScanError as exc:
            if in_compound:
                raise ScanError(f"compound message structure {index}: {exc.message}") from None
            if index > 1:
                raise ScanError(f"structure {index} of the concatenated read: "
                                f"{exc.message}") from None
            raise
        structures.append(structure)
    return structures


def x_split_structures__mutmut_16(text: str, *, in_compound: bool = False) -> list[Structure]:
    """Returns the structures that make up text, in order, or raises naming the bad one."""
    structures: list[Structure] = []
    at = 0
    while at < len(text):
        index = len(structures) + 1
        try:
            structure, at = _read_one(text, at, in_compound)
        except ScanError as exc:
            if in_compound:
                raise ScanError(None) from None
            if index > 1:
                raise ScanError(f"structure {index} of the concatenated read: "
                                f"{exc.message}") from None
            raise
        structures.append(structure)
    return structures


def x_split_structures__mutmut_17(text: str, *, in_compound: bool = False) -> list[Structure]:
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
            if index >= 1:
                raise ScanError(f"structure {index} of the concatenated read: "
                                f"{exc.message}") from None
            raise
        structures.append(structure)
    return structures


def x_split_structures__mutmut_18(text: str, *, in_compound: bool = False) -> list[Structure]:
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
            if index > 2:
                raise ScanError(f"structure {index} of the concatenated read: "
                                f"{exc.message}") from None
            raise
        structures.append(structure)
    return structures


def x_split_structures__mutmut_19(text: str, *, in_compound: bool = False) -> list[Structure]:
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
                raise ScanError(None) from None
            raise
        structures.append(structure)
    return structures


def x_split_structures__mutmut_20(text: str, *, in_compound: bool = False) -> list[Structure]:
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
        structures.append(None)
    return structures

mutants_x_split_structures__mutmut['_mutmut_orig'] = x_split_structures__mutmut_orig # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_1'] = x_split_structures__mutmut_1 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_2'] = x_split_structures__mutmut_2 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_3'] = x_split_structures__mutmut_3 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_4'] = x_split_structures__mutmut_4 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_5'] = x_split_structures__mutmut_5 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_6'] = x_split_structures__mutmut_6 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_7'] = x_split_structures__mutmut_7 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_8'] = x_split_structures__mutmut_8 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_9'] = x_split_structures__mutmut_9 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_10'] = x_split_structures__mutmut_10 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_11'] = x_split_structures__mutmut_11 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_12'] = x_split_structures__mutmut_12 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_13'] = x_split_structures__mutmut_13 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_14'] = x_split_structures__mutmut_14 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_15'] = x_split_structures__mutmut_15 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_16'] = x_split_structures__mutmut_16 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_17'] = x_split_structures__mutmut_17 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_18'] = x_split_structures__mutmut_18 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_19'] = x_split_structures__mutmut_19 # type: ignore # mutmut generated
mutants_x_split_structures__mutmut['x_split_structures__mutmut_20'] = x_split_structures__mutmut_20 # type: ignore # mutmut generated
