"""The index of data structures (ST-001 Table 2, RT003) and recognising a data identifier.

Reader rule (ST-001 §2.2): the data identifier is checked first, then the length and format of
the content, and only then is anything interpreted. ``identify`` is that first step.
"""

from __future__ import annotations

from dataclasses import dataclass

from cellchain.isbt128.errors import ScanError


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class DataStructureInfo:
    """One row of ST-001 Table 2: number, short name, data identifier and content length."""

    number: str
    name: str
    data_identifier: str
    content_length: int | None  # None: variable (DS023 header + structures, DS025, DS029, DS030)


DIN_INFO = DataStructureInfo("001", "donation identification number", "=", 15)

_TABLE_2 = (
    DataStructureInfo("002", "blood groups", "=%", 4),
    DataStructureInfo("003", "product code", "=<", 8),
    DataStructureInfo("004", "expiration date", "=>", 6),
    DataStructureInfo("005", "expiration date and time", "&>", 10),
    DataStructureInfo("006", "collection date", "=*", 6),
    DataStructureInfo("007", "collection date and time", "&*", 10),
    DataStructureInfo("008", "production date", "=}", 6),
    DataStructureInfo("009", "production date and time", "&}", 10),
    DataStructureInfo("010", "special testing: general", "&(", 5),
    DataStructureInfo("011", "red blood cell antigens (retired)", "={", 18),
    DataStructureInfo("012", "red blood cell antigens - general", "=\\", 18),
    DataStructureInfo("013", "red blood cell antigens - Finnish", "&\\", 18),
    DataStructureInfo("014", "platelet HLA and platelet-specific antigens", "&{", 18),
    DataStructureInfo("015", "HLA-A and -B alleles (retired)", "=[", 18),
    DataStructureInfo("016", "HLA-DRB1 alleles (retired)", '="', 18),
    DataStructureInfo("017", "container manufacturer", "=)", 10),
    DataStructureInfo("018", "container lot number", "&)", 10),
    DataStructureInfo("019", "donor identification number", "=;", 21),
    DataStructureInfo("020", "staff member identification number", "='", 11),
    DataStructureInfo("021", "manufacturer and catalog number", "=-", 10),
    DataStructureInfo("022", "lot number", "&-", 10),
    DataStructureInfo("023", "compound message", "=+", None),
    DataStructureInfo("024", "patient date of birth", "=#", 10),
    DataStructureInfo("025", "patient identification number", "&#", None),
    DataStructureInfo("026", "expiration month and year", "=]", 6),
    DataStructureInfo("027", "transfusion transmitted infection marker", '&"', 18),
    DataStructureInfo("028", "product consignment", "=$", 16),
    DataStructureInfo("029", "dimensions", "&$", None),
    DataStructureInfo("030", "red cell antigens with test history", "&%", None),
    DataStructureInfo("031", "flexible date and time", "=(", 16),
    DataStructureInfo("032", "product divisions", "=,", 6),
    DataStructureInfo("033", "processing facility information code", "&+", 11),
    DataStructureInfo("034", "processor product identification code", "=/", 16),
    DataStructureInfo("035", "MPHO lot number", "&,1", 18),
    DataStructureInfo("036", "MPHO supplemental identification number", "&,2", 18),
    DataStructureInfo("037", "global registration identifier for donors (retired)", "&,3", 19),
    DataStructureInfo("038", "single European code", "&,4", 40),
    DataStructureInfo("039", "global registration identifier for donors", "&:", 19),
    DataStructureInfo("040", "chain of identity identifier", "&/", 15),
)
BY_IDENTIFIER = {info.data_identifier: info for info in _TABLE_2}
BY_NUMBER = {info.number: info for info in (DIN_INFO, *_TABLE_2)}

# ST-001 §2.5.2-2.5.3: ICCBBA reserves the identifier, the content is defined nationally.
_NATIONAL = {
    "&;": "nationally specified donor identification number",
    "&!": "confidential unit exclusion status",
}
mutants_x_is_local_identifier__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_local_identifier__mutmut)
def is_local_identifier(text: str, at: int = 0) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at + 1] == "&" and "a" <= text[at + 1:at + 2] <= "z"


def x_is_local_identifier__mutmut_orig(text: str, at: int = 0) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at + 1] == "&" and "a" <= text[at + 1:at + 2] <= "z"


def x_is_local_identifier__mutmut_1(text: str, at: int = 1) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at + 1] == "&" and "a" <= text[at + 1:at + 2] <= "z"


def x_is_local_identifier__mutmut_2(text: str, at: int = 0) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at + 1] == "&" or "a" <= text[at + 1:at + 2] <= "z"


def x_is_local_identifier__mutmut_3(text: str, at: int = 0) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at - 1] == "&" and "a" <= text[at + 1:at + 2] <= "z"


def x_is_local_identifier__mutmut_4(text: str, at: int = 0) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at + 2] == "&" and "a" <= text[at + 1:at + 2] <= "z"


def x_is_local_identifier__mutmut_5(text: str, at: int = 0) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at + 1] != "&" and "a" <= text[at + 1:at + 2] <= "z"


def x_is_local_identifier__mutmut_6(text: str, at: int = 0) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at + 1] == "XX&XX" and "a" <= text[at + 1:at + 2] <= "z"


def x_is_local_identifier__mutmut_7(text: str, at: int = 0) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at + 1] == "&" and "XXaXX" <= text[at + 1:at + 2] <= "z"


def x_is_local_identifier__mutmut_8(text: str, at: int = 0) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at + 1] == "&" and "A" <= text[at + 1:at + 2] <= "z"


def x_is_local_identifier__mutmut_9(text: str, at: int = 0) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at + 1] == "&" and "a" < text[at + 1:at + 2] <= "z"


def x_is_local_identifier__mutmut_10(text: str, at: int = 0) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at + 1] == "&" and "a" <= text[at - 1:at + 2] <= "z"


def x_is_local_identifier__mutmut_11(text: str, at: int = 0) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at + 1] == "&" and "a" <= text[at + 2:at + 2] <= "z"


def x_is_local_identifier__mutmut_12(text: str, at: int = 0) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at + 1] == "&" and "a" <= text[at + 1:at - 2] <= "z"


def x_is_local_identifier__mutmut_13(text: str, at: int = 0) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at + 1] == "&" and "a" <= text[at + 1:at + 3] <= "z"


def x_is_local_identifier__mutmut_14(text: str, at: int = 0) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at + 1] == "&" and "a" <= text[at + 1:at + 2] < "z"


def x_is_local_identifier__mutmut_15(text: str, at: int = 0) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at + 1] == "&" and "a" <= text[at + 1:at + 2] <= "XXzXX"


def x_is_local_identifier__mutmut_16(text: str, at: int = 0) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at + 1] == "&" and "a" <= text[at + 1:at + 2] <= "Z"

mutants_x_is_local_identifier__mutmut['_mutmut_orig'] = x_is_local_identifier__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_local_identifier__mutmut['x_is_local_identifier__mutmut_1'] = x_is_local_identifier__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_local_identifier__mutmut['x_is_local_identifier__mutmut_2'] = x_is_local_identifier__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_local_identifier__mutmut['x_is_local_identifier__mutmut_3'] = x_is_local_identifier__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_local_identifier__mutmut['x_is_local_identifier__mutmut_4'] = x_is_local_identifier__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_local_identifier__mutmut['x_is_local_identifier__mutmut_5'] = x_is_local_identifier__mutmut_5 # type: ignore # mutmut generated
mutants_x_is_local_identifier__mutmut['x_is_local_identifier__mutmut_6'] = x_is_local_identifier__mutmut_6 # type: ignore # mutmut generated
mutants_x_is_local_identifier__mutmut['x_is_local_identifier__mutmut_7'] = x_is_local_identifier__mutmut_7 # type: ignore # mutmut generated
mutants_x_is_local_identifier__mutmut['x_is_local_identifier__mutmut_8'] = x_is_local_identifier__mutmut_8 # type: ignore # mutmut generated
mutants_x_is_local_identifier__mutmut['x_is_local_identifier__mutmut_9'] = x_is_local_identifier__mutmut_9 # type: ignore # mutmut generated
mutants_x_is_local_identifier__mutmut['x_is_local_identifier__mutmut_10'] = x_is_local_identifier__mutmut_10 # type: ignore # mutmut generated
mutants_x_is_local_identifier__mutmut['x_is_local_identifier__mutmut_11'] = x_is_local_identifier__mutmut_11 # type: ignore # mutmut generated
mutants_x_is_local_identifier__mutmut['x_is_local_identifier__mutmut_12'] = x_is_local_identifier__mutmut_12 # type: ignore # mutmut generated
mutants_x_is_local_identifier__mutmut['x_is_local_identifier__mutmut_13'] = x_is_local_identifier__mutmut_13 # type: ignore # mutmut generated
mutants_x_is_local_identifier__mutmut['x_is_local_identifier__mutmut_14'] = x_is_local_identifier__mutmut_14 # type: ignore # mutmut generated
mutants_x_is_local_identifier__mutmut['x_is_local_identifier__mutmut_15'] = x_is_local_identifier__mutmut_15 # type: ignore # mutmut generated
mutants_x_is_local_identifier__mutmut['x_is_local_identifier__mutmut_16'] = x_is_local_identifier__mutmut_16 # type: ignore # mutmut generated
mutants_x_identify__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_identify__mutmut)
def identify(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_orig(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_1(text: str, at: int = 1) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_2(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = None
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_3(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if (at == 0) and False else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_4(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if (at == 0) or True else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_5(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "XXthe scanXX" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_6(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "THE SCAN" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_7(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at != 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_8(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 1 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_9(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at - 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_10(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 2} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_11(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = None
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_12(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at - 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_13(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 2]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_14(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_15(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("XX=XX", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_16(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "XX&XX"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_17(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(None)
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_18(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = None
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_19(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at - 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_20(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 2:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_21(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at - 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_22(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 3]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_23(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_24(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(None)
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_25(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() or second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_26(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" or second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_27(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first != "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_28(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "XX=XX" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_29(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(None, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_30(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, None):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_31(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_32(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, ):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_33(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(None)
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_34(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at - 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_35(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 3]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_36(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = None
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_37(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first - second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_38(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two not in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_39(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(None)
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_40(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = None
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_41(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if (two == "&,") and False else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_42(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if (two == "&,") or True else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_43(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at - 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_44(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 4] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_45(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two != "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_46(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "XX&,XX" else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_47(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = None
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_48(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(None)
    if info is None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_49(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is not None:
        raise ScanError(f"data identifier {identifier!r} is not an ISBT 128 data identifier "
                        f"(ST-001 Table 2)")
    return info


def x_identify__mutmut_50(text: str, at: int = 0) -> DataStructureInfo:
    """Returns the Table 2 row whose data identifier starts text[at:], or raises naming it."""
    where = "the scan" if at == 0 else f"character {at + 1} of the scan"
    first = text[at:at + 1]
    if first not in ("=", "&"):
        raise ScanError(f"not an ISBT 128 data structure: {where} must start with '=' or '&', "
                        f"starts with {first!r}")
    second = text[at + 1:at + 2]
    if not second:
        raise ScanError(f"{where} has a data identifier but no content")
    if first == "=" and second.isascii() and second.isalnum():
        return DIN_INFO  # the DIN's second identifier character is its first data character
    if is_local_identifier(text, at):
        raise ScanError(f"data identifier {text[at:at + 2]!r} is a local (non-ICCBBA) structure "
                        f"that cellchain does not define (ST-001 §2.5.1)")
    two = first + second
    if two in _NATIONAL:
        raise ScanError(f"data identifier {two!r} ({_NATIONAL[two]}) is defined nationally; "
                        f"cellchain does not define it (ST-001 §2.5)")
    identifier = text[at:at + 3] if two == "&," else two
    info = BY_IDENTIFIER.get(identifier)
    if info is None:
        raise ScanError(None)
    return info

mutants_x_identify__mutmut['_mutmut_orig'] = x_identify__mutmut_orig # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_1'] = x_identify__mutmut_1 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_2'] = x_identify__mutmut_2 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_3'] = x_identify__mutmut_3 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_4'] = x_identify__mutmut_4 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_5'] = x_identify__mutmut_5 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_6'] = x_identify__mutmut_6 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_7'] = x_identify__mutmut_7 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_8'] = x_identify__mutmut_8 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_9'] = x_identify__mutmut_9 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_10'] = x_identify__mutmut_10 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_11'] = x_identify__mutmut_11 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_12'] = x_identify__mutmut_12 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_13'] = x_identify__mutmut_13 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_14'] = x_identify__mutmut_14 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_15'] = x_identify__mutmut_15 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_16'] = x_identify__mutmut_16 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_17'] = x_identify__mutmut_17 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_18'] = x_identify__mutmut_18 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_19'] = x_identify__mutmut_19 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_20'] = x_identify__mutmut_20 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_21'] = x_identify__mutmut_21 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_22'] = x_identify__mutmut_22 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_23'] = x_identify__mutmut_23 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_24'] = x_identify__mutmut_24 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_25'] = x_identify__mutmut_25 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_26'] = x_identify__mutmut_26 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_27'] = x_identify__mutmut_27 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_28'] = x_identify__mutmut_28 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_29'] = x_identify__mutmut_29 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_30'] = x_identify__mutmut_30 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_31'] = x_identify__mutmut_31 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_32'] = x_identify__mutmut_32 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_33'] = x_identify__mutmut_33 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_34'] = x_identify__mutmut_34 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_35'] = x_identify__mutmut_35 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_36'] = x_identify__mutmut_36 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_37'] = x_identify__mutmut_37 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_38'] = x_identify__mutmut_38 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_39'] = x_identify__mutmut_39 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_40'] = x_identify__mutmut_40 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_41'] = x_identify__mutmut_41 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_42'] = x_identify__mutmut_42 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_43'] = x_identify__mutmut_43 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_44'] = x_identify__mutmut_44 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_45'] = x_identify__mutmut_45 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_46'] = x_identify__mutmut_46 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_47'] = x_identify__mutmut_47 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_48'] = x_identify__mutmut_48 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_49'] = x_identify__mutmut_49 # type: ignore # mutmut generated
mutants_x_identify__mutmut['x_identify__mutmut_50'] = x_identify__mutmut_50 # type: ignore # mutmut generated


def name_of(number: str) -> str:
    """Returns the short Table 2 name of data structure number, e.g. 'product code'."""
    return BY_NUMBER[number].name
mutants_x_require_content_length__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_require_content_length__mutmut)
def require_content_length(number: str, content: str) -> None:
    """Raises unless content has the fixed length Table 2 gives (reader rule, second step)."""
    info = BY_NUMBER[number]
    if len(content) != info.content_length:
        raise ScanError(f"{info.name} (DS{number}) has {info.content_length} characters after "
                        f"{info.data_identifier!r}, got {len(content)}")


def x_require_content_length__mutmut_orig(number: str, content: str) -> None:
    """Raises unless content has the fixed length Table 2 gives (reader rule, second step)."""
    info = BY_NUMBER[number]
    if len(content) != info.content_length:
        raise ScanError(f"{info.name} (DS{number}) has {info.content_length} characters after "
                        f"{info.data_identifier!r}, got {len(content)}")


def x_require_content_length__mutmut_1(number: str, content: str) -> None:
    """Raises unless content has the fixed length Table 2 gives (reader rule, second step)."""
    info = None
    if len(content) != info.content_length:
        raise ScanError(f"{info.name} (DS{number}) has {info.content_length} characters after "
                        f"{info.data_identifier!r}, got {len(content)}")


def x_require_content_length__mutmut_2(number: str, content: str) -> None:
    """Raises unless content has the fixed length Table 2 gives (reader rule, second step)."""
    info = BY_NUMBER[number]
    if len(content) == info.content_length:
        raise ScanError(f"{info.name} (DS{number}) has {info.content_length} characters after "
                        f"{info.data_identifier!r}, got {len(content)}")


def x_require_content_length__mutmut_3(number: str, content: str) -> None:
    """Raises unless content has the fixed length Table 2 gives (reader rule, second step)."""
    info = BY_NUMBER[number]
    if len(content) != info.content_length:
        raise ScanError(None)

mutants_x_require_content_length__mutmut['_mutmut_orig'] = x_require_content_length__mutmut_orig # type: ignore # mutmut generated
mutants_x_require_content_length__mutmut['x_require_content_length__mutmut_1'] = x_require_content_length__mutmut_1 # type: ignore # mutmut generated
mutants_x_require_content_length__mutmut['x_require_content_length__mutmut_2'] = x_require_content_length__mutmut_2 # type: ignore # mutmut generated
mutants_x_require_content_length__mutmut['x_require_content_length__mutmut_3'] = x_require_content_length__mutmut_3 # type: ignore # mutmut generated
