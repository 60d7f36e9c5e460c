"""Reading the bank's labels at receipt: DIN, product code and blood groups. Pure.

Every read goes through ``cellchain.isbt128`` (reader rule of ST-001 §2.2: data identifier,
then length and format, then meaning) and every refusal names the form field it came from, so
the receipt form can put the message beside the field (DESIGN §4.7).

- DIN: a bar code read (``=`` + DIN + flags, a Type 3 check flag verified) or the eye-readable
  DIN typed with its boxed check character K. A bare typed DIN is refused: nothing would
  protect it against a slip of the finger (ST-001 §7.5).
- Product code: only a bar code read (``=<``). DS003 has no check character, so a typed code
  has nothing to verify it against (DESIGN §2: never retyped where it can be scanned).
- Blood groups: a bar code read (``=%``), optional.
"""

from __future__ import annotations

from typing import Final

from cellchain.isbt128.blood_groups import BloodGroups
from cellchain.isbt128.din import Din, DinScan, parse_keyed_din
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.identifiers import name_of
from cellchain.isbt128.parse import parse_read
from cellchain.isbt128.product_code import ProductCode
from cellchain.isbt128.scan import normalise
from cellchain.isbt128.structure import Structure

# ST-001 Table 3: flags that mark a DIN printed on something other than the unit's container.
# Receiving from such a label would register a tube or a form as the unit.
_NOT_THE_CONTAINER: Final = {
    "06": "a pilot tube", "07": "a test tube", "08": "a donor record",
    "09": "a NAT sample tube", "10": "a bacterial testing sample",
}

FIELD_LABELS: Final = {
    "din_scan": "DIN", "product_code_scan": "Product code", "abo_rh_scan": "ABO/RhD",
}


def _refusal(field: str, message: str) -> ScanError:
    return ScanError(f"{FIELD_LABELS[field]}: {message}", field=field)


def _one_structure(text: str, field: str, expected: str) -> Structure:
    try:
        structures = parse_read(text)
    except ScanError as exc:
        raise _refusal(field, exc.message) from None
    if len(structures) != 1:
        raise _refusal(field, f"this read holds {len(structures)} data structures; scan the "
                              f"{name_of(expected)} bar code on its own")
    structure = structures[0]
    if structure.data_structure != expected:
        raise _refusal(field, f"expected the {name_of(expected)} (DS{expected}), but this is "
                              f"the {name_of(structure.data_structure)} "
                              f"(DS{structure.data_structure})")
    return structure


def read_din(raw: str) -> Din:
    """Returns the DIN from a bar code read or a typed DIN with K; raises naming the field."""
    text = normalise(raw)
    if not text:
        raise _refusal("din_scan", "scan the DIN bar code on the unit")
    if text[0] not in "=&":
        try:
            return parse_keyed_din(text)
        except ScanError as exc:
            raise _refusal("din_scan", f"{exc.message}; scan the bar code, or type the "
                                       "13 characters and the boxed check character") from None
    scan = _one_structure(text, "din_scan", "001")
    assert isinstance(scan, DinScan)
    if scan.flags in _NOT_THE_CONTAINER:
        raise _refusal("din_scan", f"flag {scan.flags} marks the DIN label of "
                                   f"{_NOT_THE_CONTAINER[scan.flags]}; scan the unit's own "
                                   "container label")
    return scan.din


def read_product_code(raw: str) -> ProductCode:
    """Returns the product code from a bar code read; raises naming the field."""
    text = normalise(raw)
    if not text:
        raise _refusal("product_code_scan", "scan the product code bar code on the unit")
    if text[0] not in "=&":
        raise _refusal("product_code_scan", "scan the product code bar code (its data starts "
                                            "with =<); a typed product code cannot be checked")
    code = _one_structure(text, "product_code_scan", "003")
    assert isinstance(code, ProductCode)
    if code.needs_divisions_structure:
        # ST-001 §2.4.32: division 99 means DS032 shall be scanned and recorded, which receipt
        # does not record; registering the unit without it would lose its identity.
        raise _refusal("product_code_scan", f"product code {code.content} needs the product "
                                            "divisions bar code (DS032), which receipt does "
                                            "not record; ask QA how to proceed")
    return code


def read_blood_groups(raw: str | None) -> BloodGroups | None:
    """Returns the ABO/RhD from a bar code read, None when nothing was scanned."""
    text = normalise(raw or "")
    if not text:
        return None
    if text[0] not in "=&":
        raise _refusal("abo_rh_scan", "scan the ABO/RhD bar code (its data starts with =%), "
                                      "or leave the field empty")
    groups = _one_structure(text, "abo_rh_scan", "002")
    assert isinstance(groups, BloodGroups)
    return groups
