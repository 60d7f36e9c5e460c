"""ISBT 128 data structures, check characters and scan parsing. Pure: no I/O, no clock.

Implements the published formats of ICCBBA ST-001 as summarised in
``shared/domain/isbt128.md``; no ICCBBA code tables are shipped (FINs and product description
codes are site configuration).
"""

from cellchain.isbt128.blood_groups import BloodGroups
from cellchain.isbt128.checkchar import check_character, check_value, verify_check_character
from cellchain.isbt128.coi import CoiIdentifier, parse_keyed_coi
from cellchain.isbt128.compound import CompoundMessage
from cellchain.isbt128.dates import (
    CollectionDate,
    CollectionDateTime,
    ExpirationDate,
    ExpirationDateTime,
    ProductionDate,
    ProductionDateTime,
)
from cellchain.isbt128.din import (
    Din,
    DinScan,
    FlagType,
    parse_din_structure,
    parse_din_text,
    parse_keyed_din,
)
from cellchain.isbt128.divisions import ProductDivisions
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.facility import ProcessingFacility, ProcessorProductId
from cellchain.isbt128.parse import parse_read, parse_scan, parse_structure
from cellchain.isbt128.patient import PatientBirthDate, PatientIdentification
from cellchain.isbt128.product_code import ProductCode
from cellchain.isbt128.scan import normalise
from cellchain.isbt128.structure import Structure

__all__ = [
    "BloodGroups",
    "CoiIdentifier",
    "CollectionDate",
    "CollectionDateTime",
    "CompoundMessage",
    "Din",
    "DinScan",
    "ExpirationDate",
    "ExpirationDateTime",
    "FlagType",
    "PatientBirthDate",
    "PatientIdentification",
    "ProcessingFacility",
    "ProcessorProductId",
    "ProductCode",
    "ProductDivisions",
    "ProductionDate",
    "ProductionDateTime",
    "ScanError",
    "Structure",
    "check_character",
    "check_value",
    "normalise",
    "parse_din_structure",
    "parse_din_text",
    "parse_keyed_coi",
    "parse_keyed_din",
    "parse_read",
    "parse_scan",
    "parse_structure",
    "verify_check_character",
]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
