"""The index of data structures (ST-001 Table 2, RT003) and recognising a data identifier.

Reader rule (ST-001 §2.2): the data identifier is checked first, then the length and format of
the content, and only then is anything interpreted. ``identify`` is that first step.
"""

from __future__ import annotations

from dataclasses import dataclass

from cellchain.isbt128.errors import ScanError


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


def is_local_identifier(text: str, at: int = 0) -> bool:
    """Tells whether text[at:] starts with ``&a``..``&z``, reserved for non-ICCBBA structures."""
    return text[at:at + 1] == "&" and "a" <= text[at + 1:at + 2] <= "z"


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


def name_of(number: str) -> str:
    """Returns the short Table 2 name of data structure number, e.g. 'product code'."""
    return BY_NUMBER[number].name


def require_content_length(number: str, content: str) -> None:
    """Raises unless content has the fixed length Table 2 gives (reader rule, second step)."""
    info = BY_NUMBER[number]
    if len(content) != info.content_length:
        raise ScanError(f"{info.name} (DS{number}) has {info.content_length} characters after "
                        f"{info.data_identifier!r}, got {len(content)}")
