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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_parse_structure__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_structure__mutmut)
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


def x_parse_structure__mutmut_orig(text: str) -> Structure:
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


def x_parse_structure__mutmut_1(text: str) -> Structure:
    """Returns the one data structure text encodes, or raises naming what is wrong."""
    info = None
    content = text[len(info.data_identifier):]
    if info.number == COMPOUND:
        return CompoundMessage.parse(content)
    parse = parser_for(info)
    fixed = info.content_length
    if fixed is not None and len(content) > fixed and content[fixed] in "=&":
        raise ScanError(f"the text holds more than one data structure: the {info.name} "
                        f"(DS{info.number}) ends after {fixed} characters")
    return parse(content)


def x_parse_structure__mutmut_2(text: str) -> Structure:
    """Returns the one data structure text encodes, or raises naming what is wrong."""
    info = identify(None)
    content = text[len(info.data_identifier):]
    if info.number == COMPOUND:
        return CompoundMessage.parse(content)
    parse = parser_for(info)
    fixed = info.content_length
    if fixed is not None and len(content) > fixed and content[fixed] in "=&":
        raise ScanError(f"the text holds more than one data structure: the {info.name} "
                        f"(DS{info.number}) ends after {fixed} characters")
    return parse(content)


def x_parse_structure__mutmut_3(text: str) -> Structure:
    """Returns the one data structure text encodes, or raises naming what is wrong."""
    info = identify(text)
    content = None
    if info.number == COMPOUND:
        return CompoundMessage.parse(content)
    parse = parser_for(info)
    fixed = info.content_length
    if fixed is not None and len(content) > fixed and content[fixed] in "=&":
        raise ScanError(f"the text holds more than one data structure: the {info.name} "
                        f"(DS{info.number}) ends after {fixed} characters")
    return parse(content)


def x_parse_structure__mutmut_4(text: str) -> Structure:
    """Returns the one data structure text encodes, or raises naming what is wrong."""
    info = identify(text)
    content = text[len(info.data_identifier):]
    if info.number != COMPOUND:
        return CompoundMessage.parse(content)
    parse = parser_for(info)
    fixed = info.content_length
    if fixed is not None and len(content) > fixed and content[fixed] in "=&":
        raise ScanError(f"the text holds more than one data structure: the {info.name} "
                        f"(DS{info.number}) ends after {fixed} characters")
    return parse(content)


def x_parse_structure__mutmut_5(text: str) -> Structure:
    """Returns the one data structure text encodes, or raises naming what is wrong."""
    info = identify(text)
    content = text[len(info.data_identifier):]
    if info.number == COMPOUND:
        return CompoundMessage.parse(None)
    parse = parser_for(info)
    fixed = info.content_length
    if fixed is not None and len(content) > fixed and content[fixed] in "=&":
        raise ScanError(f"the text holds more than one data structure: the {info.name} "
                        f"(DS{info.number}) ends after {fixed} characters")
    return parse(content)


def x_parse_structure__mutmut_6(text: str) -> Structure:
    """Returns the one data structure text encodes, or raises naming what is wrong."""
    info = identify(text)
    content = text[len(info.data_identifier):]
    if info.number == COMPOUND:
        return CompoundMessage.parse(content)
    parse = None
    fixed = info.content_length
    if fixed is not None and len(content) > fixed and content[fixed] in "=&":
        raise ScanError(f"the text holds more than one data structure: the {info.name} "
                        f"(DS{info.number}) ends after {fixed} characters")
    return parse(content)


def x_parse_structure__mutmut_7(text: str) -> Structure:
    """Returns the one data structure text encodes, or raises naming what is wrong."""
    info = identify(text)
    content = text[len(info.data_identifier):]
    if info.number == COMPOUND:
        return CompoundMessage.parse(content)
    parse = parser_for(None)
    fixed = info.content_length
    if fixed is not None and len(content) > fixed and content[fixed] in "=&":
        raise ScanError(f"the text holds more than one data structure: the {info.name} "
                        f"(DS{info.number}) ends after {fixed} characters")
    return parse(content)


def x_parse_structure__mutmut_8(text: str) -> Structure:
    """Returns the one data structure text encodes, or raises naming what is wrong."""
    info = identify(text)
    content = text[len(info.data_identifier):]
    if info.number == COMPOUND:
        return CompoundMessage.parse(content)
    parse = parser_for(info)
    fixed = None
    if fixed is not None and len(content) > fixed and content[fixed] in "=&":
        raise ScanError(f"the text holds more than one data structure: the {info.name} "
                        f"(DS{info.number}) ends after {fixed} characters")
    return parse(content)


def x_parse_structure__mutmut_9(text: str) -> Structure:
    """Returns the one data structure text encodes, or raises naming what is wrong."""
    info = identify(text)
    content = text[len(info.data_identifier):]
    if info.number == COMPOUND:
        return CompoundMessage.parse(content)
    parse = parser_for(info)
    fixed = info.content_length
    if fixed is not None and len(content) > fixed or content[fixed] in "=&":
        raise ScanError(f"the text holds more than one data structure: the {info.name} "
                        f"(DS{info.number}) ends after {fixed} characters")
    return parse(content)


def x_parse_structure__mutmut_10(text: str) -> Structure:
    """Returns the one data structure text encodes, or raises naming what is wrong."""
    info = identify(text)
    content = text[len(info.data_identifier):]
    if info.number == COMPOUND:
        return CompoundMessage.parse(content)
    parse = parser_for(info)
    fixed = info.content_length
    if fixed is not None or len(content) > fixed and content[fixed] in "=&":
        raise ScanError(f"the text holds more than one data structure: the {info.name} "
                        f"(DS{info.number}) ends after {fixed} characters")
    return parse(content)


def x_parse_structure__mutmut_11(text: str) -> Structure:
    """Returns the one data structure text encodes, or raises naming what is wrong."""
    info = identify(text)
    content = text[len(info.data_identifier):]
    if info.number == COMPOUND:
        return CompoundMessage.parse(content)
    parse = parser_for(info)
    fixed = info.content_length
    if fixed is None and len(content) > fixed and content[fixed] in "=&":
        raise ScanError(f"the text holds more than one data structure: the {info.name} "
                        f"(DS{info.number}) ends after {fixed} characters")
    return parse(content)


def x_parse_structure__mutmut_12(text: str) -> Structure:
    """Returns the one data structure text encodes, or raises naming what is wrong."""
    info = identify(text)
    content = text[len(info.data_identifier):]
    if info.number == COMPOUND:
        return CompoundMessage.parse(content)
    parse = parser_for(info)
    fixed = info.content_length
    if fixed is not None and len(content) >= fixed and content[fixed] in "=&":
        raise ScanError(f"the text holds more than one data structure: the {info.name} "
                        f"(DS{info.number}) ends after {fixed} characters")
    return parse(content)


def x_parse_structure__mutmut_13(text: str) -> Structure:
    """Returns the one data structure text encodes, or raises naming what is wrong."""
    info = identify(text)
    content = text[len(info.data_identifier):]
    if info.number == COMPOUND:
        return CompoundMessage.parse(content)
    parse = parser_for(info)
    fixed = info.content_length
    if fixed is not None and len(content) > fixed and content[fixed] not in "=&":
        raise ScanError(f"the text holds more than one data structure: the {info.name} "
                        f"(DS{info.number}) ends after {fixed} characters")
    return parse(content)


def x_parse_structure__mutmut_14(text: str) -> Structure:
    """Returns the one data structure text encodes, or raises naming what is wrong."""
    info = identify(text)
    content = text[len(info.data_identifier):]
    if info.number == COMPOUND:
        return CompoundMessage.parse(content)
    parse = parser_for(info)
    fixed = info.content_length
    if fixed is not None and len(content) > fixed and content[fixed] in "XX=&XX":
        raise ScanError(f"the text holds more than one data structure: the {info.name} "
                        f"(DS{info.number}) ends after {fixed} characters")
    return parse(content)


def x_parse_structure__mutmut_15(text: str) -> Structure:
    """Returns the one data structure text encodes, or raises naming what is wrong."""
    info = identify(text)
    content = text[len(info.data_identifier):]
    if info.number == COMPOUND:
        return CompoundMessage.parse(content)
    parse = parser_for(info)
    fixed = info.content_length
    if fixed is not None and len(content) > fixed and content[fixed] in "=&":
        raise ScanError(None)
    return parse(content)


def x_parse_structure__mutmut_16(text: str) -> Structure:
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
    return parse(None)

mutants_x_parse_structure__mutmut['_mutmut_orig'] = x_parse_structure__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_structure__mutmut['x_parse_structure__mutmut_1'] = x_parse_structure__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_structure__mutmut['x_parse_structure__mutmut_2'] = x_parse_structure__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_structure__mutmut['x_parse_structure__mutmut_3'] = x_parse_structure__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_structure__mutmut['x_parse_structure__mutmut_4'] = x_parse_structure__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_structure__mutmut['x_parse_structure__mutmut_5'] = x_parse_structure__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_structure__mutmut['x_parse_structure__mutmut_6'] = x_parse_structure__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_structure__mutmut['x_parse_structure__mutmut_7'] = x_parse_structure__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_structure__mutmut['x_parse_structure__mutmut_8'] = x_parse_structure__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_structure__mutmut['x_parse_structure__mutmut_9'] = x_parse_structure__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_structure__mutmut['x_parse_structure__mutmut_10'] = x_parse_structure__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_structure__mutmut['x_parse_structure__mutmut_11'] = x_parse_structure__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_structure__mutmut['x_parse_structure__mutmut_12'] = x_parse_structure__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_structure__mutmut['x_parse_structure__mutmut_13'] = x_parse_structure__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_structure__mutmut['x_parse_structure__mutmut_14'] = x_parse_structure__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_structure__mutmut['x_parse_structure__mutmut_15'] = x_parse_structure__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_structure__mutmut['x_parse_structure__mutmut_16'] = x_parse_structure__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_read__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_read__mutmut)
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


def x_parse_read__mutmut_orig(raw: str) -> list[Structure]:
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


def x_parse_read__mutmut_1(raw: str) -> list[Structure]:
    """Returns the structures of one scanner read, in the order they were encoded.

    cellchain's own local structure (``&q`` QC sample code, see local.py) is read alone.
    """
    text = None
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


def x_parse_read__mutmut_2(raw: str) -> list[Structure]:
    """Returns the structures of one scanner read, in the order they were encoded.

    cellchain's own local structure (``&q`` QC sample code, see local.py) is read alone.
    """
    text = normalise(None)
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


def x_parse_read__mutmut_3(raw: str) -> list[Structure]:
    """Returns the structures of one scanner read, in the order they were encoded.

    cellchain's own local structure (``&q`` QC sample code, see local.py) is read alone.
    """
    text = normalise(raw)
    if text:
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


def x_parse_read__mutmut_4(raw: str) -> list[Structure]:
    """Returns the structures of one scanner read, in the order they were encoded.

    cellchain's own local structure (``&q`` QC sample code, see local.py) is read alone.
    """
    text = normalise(raw)
    if not text:
        raise ScanError(None)
    if text.startswith(SampleCode.data_identifier):
        return [SampleCode.parse(text[len(SampleCode.data_identifier):])]
    if identify(text).number == COMPOUND:
        return [CompoundMessage.parse(text[2:])]
    structures = split_structures(text)
    if len(structures) > MAX_CONCATENATED:
        raise ScanError(f"a concatenated read joins two bar codes (ST-001 §10); this read holds "
                        f"{len(structures)} data structures without a compound message header")
    return structures


def x_parse_read__mutmut_5(raw: str) -> list[Structure]:
    """Returns the structures of one scanner read, in the order they were encoded.

    cellchain's own local structure (``&q`` QC sample code, see local.py) is read alone.
    """
    text = normalise(raw)
    if not text:
        raise ScanError("XXthe scan is emptyXX")
    if text.startswith(SampleCode.data_identifier):
        return [SampleCode.parse(text[len(SampleCode.data_identifier):])]
    if identify(text).number == COMPOUND:
        return [CompoundMessage.parse(text[2:])]
    structures = split_structures(text)
    if len(structures) > MAX_CONCATENATED:
        raise ScanError(f"a concatenated read joins two bar codes (ST-001 §10); this read holds "
                        f"{len(structures)} data structures without a compound message header")
    return structures


def x_parse_read__mutmut_6(raw: str) -> list[Structure]:
    """Returns the structures of one scanner read, in the order they were encoded.

    cellchain's own local structure (``&q`` QC sample code, see local.py) is read alone.
    """
    text = normalise(raw)
    if not text:
        raise ScanError("THE SCAN IS EMPTY")
    if text.startswith(SampleCode.data_identifier):
        return [SampleCode.parse(text[len(SampleCode.data_identifier):])]
    if identify(text).number == COMPOUND:
        return [CompoundMessage.parse(text[2:])]
    structures = split_structures(text)
    if len(structures) > MAX_CONCATENATED:
        raise ScanError(f"a concatenated read joins two bar codes (ST-001 §10); this read holds "
                        f"{len(structures)} data structures without a compound message header")
    return structures


def x_parse_read__mutmut_7(raw: str) -> list[Structure]:
    """Returns the structures of one scanner read, in the order they were encoded.

    cellchain's own local structure (``&q`` QC sample code, see local.py) is read alone.
    """
    text = normalise(raw)
    if not text:
        raise ScanError("the scan is empty")
    if text.startswith(None):
        return [SampleCode.parse(text[len(SampleCode.data_identifier):])]
    if identify(text).number == COMPOUND:
        return [CompoundMessage.parse(text[2:])]
    structures = split_structures(text)
    if len(structures) > MAX_CONCATENATED:
        raise ScanError(f"a concatenated read joins two bar codes (ST-001 §10); this read holds "
                        f"{len(structures)} data structures without a compound message header")
    return structures


def x_parse_read__mutmut_8(raw: str) -> list[Structure]:
    """Returns the structures of one scanner read, in the order they were encoded.

    cellchain's own local structure (``&q`` QC sample code, see local.py) is read alone.
    """
    text = normalise(raw)
    if not text:
        raise ScanError("the scan is empty")
    if text.startswith(SampleCode.data_identifier):
        return [SampleCode.parse(None)]
    if identify(text).number == COMPOUND:
        return [CompoundMessage.parse(text[2:])]
    structures = split_structures(text)
    if len(structures) > MAX_CONCATENATED:
        raise ScanError(f"a concatenated read joins two bar codes (ST-001 §10); this read holds "
                        f"{len(structures)} data structures without a compound message header")
    return structures


def x_parse_read__mutmut_9(raw: str) -> list[Structure]:
    """Returns the structures of one scanner read, in the order they were encoded.

    cellchain's own local structure (``&q`` QC sample code, see local.py) is read alone.
    """
    text = normalise(raw)
    if not text:
        raise ScanError("the scan is empty")
    if text.startswith(SampleCode.data_identifier):
        return [SampleCode.parse(text[len(SampleCode.data_identifier):])]
    if identify(None).number == COMPOUND:
        return [CompoundMessage.parse(text[2:])]
    structures = split_structures(text)
    if len(structures) > MAX_CONCATENATED:
        raise ScanError(f"a concatenated read joins two bar codes (ST-001 §10); this read holds "
                        f"{len(structures)} data structures without a compound message header")
    return structures


def x_parse_read__mutmut_10(raw: str) -> list[Structure]:
    """Returns the structures of one scanner read, in the order they were encoded.

    cellchain's own local structure (``&q`` QC sample code, see local.py) is read alone.
    """
    text = normalise(raw)
    if not text:
        raise ScanError("the scan is empty")
    if text.startswith(SampleCode.data_identifier):
        return [SampleCode.parse(text[len(SampleCode.data_identifier):])]
    if identify(text).number != COMPOUND:
        return [CompoundMessage.parse(text[2:])]
    structures = split_structures(text)
    if len(structures) > MAX_CONCATENATED:
        raise ScanError(f"a concatenated read joins two bar codes (ST-001 §10); this read holds "
                        f"{len(structures)} data structures without a compound message header")
    return structures


def x_parse_read__mutmut_11(raw: str) -> list[Structure]:
    """Returns the structures of one scanner read, in the order they were encoded.

    cellchain's own local structure (``&q`` QC sample code, see local.py) is read alone.
    """
    text = normalise(raw)
    if not text:
        raise ScanError("the scan is empty")
    if text.startswith(SampleCode.data_identifier):
        return [SampleCode.parse(text[len(SampleCode.data_identifier):])]
    if identify(text).number == COMPOUND:
        return [CompoundMessage.parse(None)]
    structures = split_structures(text)
    if len(structures) > MAX_CONCATENATED:
        raise ScanError(f"a concatenated read joins two bar codes (ST-001 §10); this read holds "
                        f"{len(structures)} data structures without a compound message header")
    return structures


def x_parse_read__mutmut_12(raw: str) -> list[Structure]:
    """Returns the structures of one scanner read, in the order they were encoded.

    cellchain's own local structure (``&q`` QC sample code, see local.py) is read alone.
    """
    text = normalise(raw)
    if not text:
        raise ScanError("the scan is empty")
    if text.startswith(SampleCode.data_identifier):
        return [SampleCode.parse(text[len(SampleCode.data_identifier):])]
    if identify(text).number == COMPOUND:
        return [CompoundMessage.parse(text[3:])]
    structures = split_structures(text)
    if len(structures) > MAX_CONCATENATED:
        raise ScanError(f"a concatenated read joins two bar codes (ST-001 §10); this read holds "
                        f"{len(structures)} data structures without a compound message header")
    return structures


def x_parse_read__mutmut_13(raw: str) -> list[Structure]:
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
    structures = None
    if len(structures) > MAX_CONCATENATED:
        raise ScanError(f"a concatenated read joins two bar codes (ST-001 §10); this read holds "
                        f"{len(structures)} data structures without a compound message header")
    return structures


def x_parse_read__mutmut_14(raw: str) -> list[Structure]:
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
    structures = split_structures(None)
    if len(structures) > MAX_CONCATENATED:
        raise ScanError(f"a concatenated read joins two bar codes (ST-001 §10); this read holds "
                        f"{len(structures)} data structures without a compound message header")
    return structures


def x_parse_read__mutmut_15(raw: str) -> list[Structure]:
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
    if len(structures) >= MAX_CONCATENATED:
        raise ScanError(f"a concatenated read joins two bar codes (ST-001 §10); this read holds "
                        f"{len(structures)} data structures without a compound message header")
    return structures


def x_parse_read__mutmut_16(raw: str) -> list[Structure]:
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
        raise ScanError(None)
    return structures

mutants_x_parse_read__mutmut['_mutmut_orig'] = x_parse_read__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_read__mutmut['x_parse_read__mutmut_1'] = x_parse_read__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_read__mutmut['x_parse_read__mutmut_2'] = x_parse_read__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_read__mutmut['x_parse_read__mutmut_3'] = x_parse_read__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_read__mutmut['x_parse_read__mutmut_4'] = x_parse_read__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_read__mutmut['x_parse_read__mutmut_5'] = x_parse_read__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_read__mutmut['x_parse_read__mutmut_6'] = x_parse_read__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_read__mutmut['x_parse_read__mutmut_7'] = x_parse_read__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_read__mutmut['x_parse_read__mutmut_8'] = x_parse_read__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_read__mutmut['x_parse_read__mutmut_9'] = x_parse_read__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_read__mutmut['x_parse_read__mutmut_10'] = x_parse_read__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_read__mutmut['x_parse_read__mutmut_11'] = x_parse_read__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_read__mutmut['x_parse_read__mutmut_12'] = x_parse_read__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_read__mutmut['x_parse_read__mutmut_13'] = x_parse_read__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_read__mutmut['x_parse_read__mutmut_14'] = x_parse_read__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_read__mutmut['x_parse_read__mutmut_15'] = x_parse_read__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_read__mutmut['x_parse_read__mutmut_16'] = x_parse_read__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_scan__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_scan__mutmut)
def parse_scan(raw: str) -> dict[str, Any]:
    """Returns one read as fields: ``{"data_structure": "001", ...}`` for a single structure,
    ``{"data_structure": "023", "sequence", "count", "structures": [...]}`` for a compound
    message, ``{"data_structure": "concatenated", "structures": [...]}`` for a pair."""
    structures = parse_read(raw)
    if len(structures) == 1:
        return described(structures[0])
    return {"data_structure": "concatenated",
            "structures": [described(structure) for structure in structures]}


def x_parse_scan__mutmut_orig(raw: str) -> dict[str, Any]:
    """Returns one read as fields: ``{"data_structure": "001", ...}`` for a single structure,
    ``{"data_structure": "023", "sequence", "count", "structures": [...]}`` for a compound
    message, ``{"data_structure": "concatenated", "structures": [...]}`` for a pair."""
    structures = parse_read(raw)
    if len(structures) == 1:
        return described(structures[0])
    return {"data_structure": "concatenated",
            "structures": [described(structure) for structure in structures]}


def x_parse_scan__mutmut_1(raw: str) -> dict[str, Any]:
    """Returns one read as fields: ``{"data_structure": "001", ...}`` for a single structure,
    ``{"data_structure": "023", "sequence", "count", "structures": [...]}`` for a compound
    message, ``{"data_structure": "concatenated", "structures": [...]}`` for a pair."""
    structures = None
    if len(structures) == 1:
        return described(structures[0])
    return {"data_structure": "concatenated",
            "structures": [described(structure) for structure in structures]}


def x_parse_scan__mutmut_2(raw: str) -> dict[str, Any]:
    """Returns one read as fields: ``{"data_structure": "001", ...}`` for a single structure,
    ``{"data_structure": "023", "sequence", "count", "structures": [...]}`` for a compound
    message, ``{"data_structure": "concatenated", "structures": [...]}`` for a pair."""
    structures = parse_read(None)
    if len(structures) == 1:
        return described(structures[0])
    return {"data_structure": "concatenated",
            "structures": [described(structure) for structure in structures]}


def x_parse_scan__mutmut_3(raw: str) -> dict[str, Any]:
    """Returns one read as fields: ``{"data_structure": "001", ...}`` for a single structure,
    ``{"data_structure": "023", "sequence", "count", "structures": [...]}`` for a compound
    message, ``{"data_structure": "concatenated", "structures": [...]}`` for a pair."""
    structures = parse_read(raw)
    if len(structures) != 1:
        return described(structures[0])
    return {"data_structure": "concatenated",
            "structures": [described(structure) for structure in structures]}


def x_parse_scan__mutmut_4(raw: str) -> dict[str, Any]:
    """Returns one read as fields: ``{"data_structure": "001", ...}`` for a single structure,
    ``{"data_structure": "023", "sequence", "count", "structures": [...]}`` for a compound
    message, ``{"data_structure": "concatenated", "structures": [...]}`` for a pair."""
    structures = parse_read(raw)
    if len(structures) == 2:
        return described(structures[0])
    return {"data_structure": "concatenated",
            "structures": [described(structure) for structure in structures]}


def x_parse_scan__mutmut_5(raw: str) -> dict[str, Any]:
    """Returns one read as fields: ``{"data_structure": "001", ...}`` for a single structure,
    ``{"data_structure": "023", "sequence", "count", "structures": [...]}`` for a compound
    message, ``{"data_structure": "concatenated", "structures": [...]}`` for a pair."""
    structures = parse_read(raw)
    if len(structures) == 1:
        return described(None)
    return {"data_structure": "concatenated",
            "structures": [described(structure) for structure in structures]}


def x_parse_scan__mutmut_6(raw: str) -> dict[str, Any]:
    """Returns one read as fields: ``{"data_structure": "001", ...}`` for a single structure,
    ``{"data_structure": "023", "sequence", "count", "structures": [...]}`` for a compound
    message, ``{"data_structure": "concatenated", "structures": [...]}`` for a pair."""
    structures = parse_read(raw)
    if len(structures) == 1:
        return described(structures[1])
    return {"data_structure": "concatenated",
            "structures": [described(structure) for structure in structures]}


def x_parse_scan__mutmut_7(raw: str) -> dict[str, Any]:
    """Returns one read as fields: ``{"data_structure": "001", ...}`` for a single structure,
    ``{"data_structure": "023", "sequence", "count", "structures": [...]}`` for a compound
    message, ``{"data_structure": "concatenated", "structures": [...]}`` for a pair."""
    structures = parse_read(raw)
    if len(structures) == 1:
        return described(structures[0])
    return {"XXdata_structureXX": "concatenated",
            "structures": [described(structure) for structure in structures]}


def x_parse_scan__mutmut_8(raw: str) -> dict[str, Any]:
    """Returns one read as fields: ``{"data_structure": "001", ...}`` for a single structure,
    ``{"data_structure": "023", "sequence", "count", "structures": [...]}`` for a compound
    message, ``{"data_structure": "concatenated", "structures": [...]}`` for a pair."""
    structures = parse_read(raw)
    if len(structures) == 1:
        return described(structures[0])
    return {"DATA_STRUCTURE": "concatenated",
            "structures": [described(structure) for structure in structures]}


def x_parse_scan__mutmut_9(raw: str) -> dict[str, Any]:
    """Returns one read as fields: ``{"data_structure": "001", ...}`` for a single structure,
    ``{"data_structure": "023", "sequence", "count", "structures": [...]}`` for a compound
    message, ``{"data_structure": "concatenated", "structures": [...]}`` for a pair."""
    structures = parse_read(raw)
    if len(structures) == 1:
        return described(structures[0])
    return {"data_structure": "XXconcatenatedXX",
            "structures": [described(structure) for structure in structures]}


def x_parse_scan__mutmut_10(raw: str) -> dict[str, Any]:
    """Returns one read as fields: ``{"data_structure": "001", ...}`` for a single structure,
    ``{"data_structure": "023", "sequence", "count", "structures": [...]}`` for a compound
    message, ``{"data_structure": "concatenated", "structures": [...]}`` for a pair."""
    structures = parse_read(raw)
    if len(structures) == 1:
        return described(structures[0])
    return {"data_structure": "CONCATENATED",
            "structures": [described(structure) for structure in structures]}


def x_parse_scan__mutmut_11(raw: str) -> dict[str, Any]:
    """Returns one read as fields: ``{"data_structure": "001", ...}`` for a single structure,
    ``{"data_structure": "023", "sequence", "count", "structures": [...]}`` for a compound
    message, ``{"data_structure": "concatenated", "structures": [...]}`` for a pair."""
    structures = parse_read(raw)
    if len(structures) == 1:
        return described(structures[0])
    return {"data_structure": "concatenated",
            "XXstructuresXX": [described(structure) for structure in structures]}


def x_parse_scan__mutmut_12(raw: str) -> dict[str, Any]:
    """Returns one read as fields: ``{"data_structure": "001", ...}`` for a single structure,
    ``{"data_structure": "023", "sequence", "count", "structures": [...]}`` for a compound
    message, ``{"data_structure": "concatenated", "structures": [...]}`` for a pair."""
    structures = parse_read(raw)
    if len(structures) == 1:
        return described(structures[0])
    return {"data_structure": "concatenated",
            "STRUCTURES": [described(structure) for structure in structures]}


def x_parse_scan__mutmut_13(raw: str) -> dict[str, Any]:
    """Returns one read as fields: ``{"data_structure": "001", ...}`` for a single structure,
    ``{"data_structure": "023", "sequence", "count", "structures": [...]}`` for a compound
    message, ``{"data_structure": "concatenated", "structures": [...]}`` for a pair."""
    structures = parse_read(raw)
    if len(structures) == 1:
        return described(structures[0])
    return {"data_structure": "concatenated",
            "structures": [described(None) for structure in structures]}

mutants_x_parse_scan__mutmut['_mutmut_orig'] = x_parse_scan__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_scan__mutmut['x_parse_scan__mutmut_1'] = x_parse_scan__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_scan__mutmut['x_parse_scan__mutmut_2'] = x_parse_scan__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_scan__mutmut['x_parse_scan__mutmut_3'] = x_parse_scan__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_scan__mutmut['x_parse_scan__mutmut_4'] = x_parse_scan__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_scan__mutmut['x_parse_scan__mutmut_5'] = x_parse_scan__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_scan__mutmut['x_parse_scan__mutmut_6'] = x_parse_scan__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_scan__mutmut['x_parse_scan__mutmut_7'] = x_parse_scan__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_scan__mutmut['x_parse_scan__mutmut_8'] = x_parse_scan__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_scan__mutmut['x_parse_scan__mutmut_9'] = x_parse_scan__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_scan__mutmut['x_parse_scan__mutmut_10'] = x_parse_scan__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_scan__mutmut['x_parse_scan__mutmut_11'] = x_parse_scan__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_scan__mutmut['x_parse_scan__mutmut_12'] = x_parse_scan__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_scan__mutmut['x_parse_scan__mutmut_13'] = x_parse_scan__mutmut_13 # type: ignore # mutmut generated
