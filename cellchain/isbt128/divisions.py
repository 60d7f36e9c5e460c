"""Product Divisions, data structure 032 ``=,dddddd`` (ST-001 §2.4.32).

Used with a product code whose division code is ``99``; software shall then require this
structure to be scanned and recorded. Digits give one level of division, alphabetic pairs
AA-ZZ up to three levels. Each code is unique for a given product code and DIN.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from cellchain.isbt128.formats import UPPER_ALNUM, require_chars, require_length
from cellchain.isbt128.identifiers import require_content_length


@dataclass(frozen=True)
class ProductDivisions:
    data_structure: ClassVar[str] = "032"
    data_identifier: ClassVar[str] = "=,"

    code: str

    def __post_init__(self) -> None:
        require_length(self.code, 6, "product divisions code")
        require_chars(self.code, UPPER_ALNUM, "product divisions code", "A-Z or 0-9")

    @classmethod
    def parse(cls, content: str) -> ProductDivisions:
        require_content_length(cls.data_structure, content)
        return cls(code=content)

    @property
    def content(self) -> str:
        return self.code

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    def fields(self) -> dict[str, Any]:
        return {"divisions_code": self.code}
