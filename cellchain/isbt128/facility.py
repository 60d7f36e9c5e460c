"""The facility that assigned the product code: DS033 and DS034 (ST-001 §2.4.33-2.4.34).

FIN(P) is five of A-N, P-Z, 0-9. The Facility-defined Product Code (FPC) is six of A-Z, 0-9,
defaults to ``000000`` and "shall not be used to create uniqueness for the product".
If FIN(P) is needed for unique identification, DIN + DS003 + DS033 shall be in a 2-D symbol.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from cellchain.isbt128.formats import (
    UPPER_ALNUM,
    require_chars,
    require_fin_p,
    require_length,
    require_pdc,
)
from cellchain.isbt128.identifiers import require_content_length

DEFAULT_FPC = "000000"


def _require_fpc(fpc: str, what: str) -> None:
    require_length(fpc, 6, f"{what} facility-defined product code")
    require_chars(fpc, UPPER_ALNUM, f"{what} facility-defined product code", "A-Z or 0-9")


@dataclass(frozen=True)
class ProcessingFacility:
    """DS033 ``&+nnnnnpppppp``: Processing Facility Information Code."""

    data_structure: ClassVar[str] = "033"
    data_identifier: ClassVar[str] = "&+"

    fin: str
    fpc: str = DEFAULT_FPC

    def __post_init__(self) -> None:
        require_fin_p(self.fin, "processing facility")
        _require_fpc(self.fpc, "processing facility")

    @classmethod
    def parse(cls, content: str) -> ProcessingFacility:
        require_content_length(cls.data_structure, content)
        return cls(fin=content[:5], fpc=content[5:])

    @property
    def content(self) -> str:
        return f"{self.fin}{self.fpc}"

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    def fields(self) -> dict[str, Any]:
        return {"fin_p": self.fin, "fpc": self.fpc}


@dataclass(frozen=True)
class ProcessorProductId:
    """DS034 ``=/nnnnnppppppqqqqq``: Processor Product Identification Code (PPIC).

    Used with DS001 and DS032 to identify medical devices containing MPHO.
    """

    data_structure: ClassVar[str] = "034"
    data_identifier: ClassVar[str] = "=/"

    fin: str
    fpc: str
    pdc: str

    def __post_init__(self) -> None:
        require_fin_p(self.fin, "processor product identification")
        _require_fpc(self.fpc, "processor product identification")
        require_pdc(self.pdc, "processor product identification")

    @classmethod
    def parse(cls, content: str) -> ProcessorProductId:
        require_content_length(cls.data_structure, content)
        return cls(fin=content[:5], fpc=content[5:11], pdc=content[11:])

    @property
    def content(self) -> str:
        return f"{self.fin}{self.fpc}{self.pdc}"

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    def fields(self) -> dict[str, Any]:
        return {"fin_p": self.fin, "fpc": self.fpc, "pdc": self.pdc}
