"""What ``cellchain isbt parse`` prints for one read of each data structure (DESIGN §6: other
tools rely on these names). Each expectation was read off the input by hand against ST-001:
the DIN's parts and flags, Table 4 blood groups (62 = A RhD positive, 51 = O RhD positive),
the product code's PDC, collection type V (volunteer allogeneic) and division, DS005's
Julian date (2020 day 151 = 30 May), DS032-034 and DS040 fields."""

from __future__ import annotations

from typing import Any

import pytest

from cellchain.isbt128.parse import parse_read

DIN_A9998 = {"data_structure": "001", "din": "A999820123456", "facility": "A9998",
             "year": "20", "sequence": "123456", "flags": "00", "flag_type": "none",
             "check_character": "E", "eye_readable": "A9998 20 123456"}
O_POS = {"data_structure": "002", "code": "51", "phenotype": "0", "abo": "O",
         "rhd": "positive", "intended_use": "intended use not specified",
         "special_message": None, "meaning": "O RhD positive"}
E4306 = {"data_structure": "003", "pdc": "E4306", "product_type": "blood components",
         "collection_type": "V", "collection_type_meaning": "volunteer homologous (allogeneic)",
         "division": "00", "needs_divisions_structure": False}
EXPIRY = {"data_structure": "005", "date_time": "2020-05-30T23:59"}

CONTRACT: list[tuple[str, dict[str, Any]]] = [
    ("=G12341765432170", {"data_structure": "001", "din": "G123417654321", "facility": "G1234",
                          "year": "17", "sequence": "654321", "flags": "70",
                          "flag_type": "check", "check_character": "A",
                          "eye_readable": "G1234 17 654321"}),
    ("=%6200", {"data_structure": "002", "code": "62", "phenotype": "0", "abo": "A",
                "rhd": "positive", "intended_use": "intended use not specified",
                "special_message": None, "meaning": "A RhD positive"}),
    ("=%5100", O_POS),
    ("=<E4306V00", E4306),
    ("&>0201512359", EXPIRY),
    ("=,AA0000", {"data_structure": "032", "divisions_code": "AA0000"}),
    ("&+A9999AB3456", {"data_structure": "033", "fin_p": "A9999", "fpc": "AB3456"}),
    ("=/A9997AB3456T0123", {"data_structure": "034", "fin_p": "A9997", "fpc": "AB3456",
                            "pdc": "T0123"}),
    ("&/CHA999925000001", {"data_structure": "040", "coi": "CHA999925000001",
                           "facility": "A9999", "year": "25", "sequence": "000001",
                           "check_character": "G", "eye_readable": "CH A9999 25 000001"}),
    ("=+04000=A99982012345600=%5100=<E4306V00&>0201512359",
     {"data_structure": "023", "sequence": "000", "count": 4,
      "structures": [DIN_A9998, O_POS, E4306, EXPIRY]}),
]


@pytest.mark.parametrize(("scan", "expected"), CONTRACT, ids=[c[0] for c in CONTRACT])
def test_the_parse_output_names_every_field_of_each_structure(scan: str,
                                                              expected: dict[str, Any]) -> None:
    (structure,) = parse_read(scan)
    assert {"data_structure": structure.data_structure, **structure.fields()} == expected
