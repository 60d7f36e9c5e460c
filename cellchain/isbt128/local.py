"""cellchain's own (non-ICCBBA) data structure, under a DI reserved for local use.

ST-001 §2.1 reserves ``&`` + a lower-case letter for national, regional or facility
structures. cellchain defines one:

``&q`` + DIN (13) + sample number (3 digits): a QC sample tube drawn from a lot. It is used
alone in the tube's 2-D symbol (never inside a compound message, which admits only
ICCBBA structures, ST-001 §2.4.23).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from cellchain.isbt128.din import Din, parse_din_text
from cellchain.isbt128.errors import ScanError


@dataclass(frozen=True)
class SampleCode:
    data_structure: ClassVar[str] = "local-qc-sample"
    data_identifier: ClassVar[str] = "&q"

    din: Din
    sample_number: int

    def __post_init__(self) -> None:
        if not 1 <= self.sample_number <= 999:
            raise ScanError(f"sample number must be 1-999, got {self.sample_number}")

    @property
    def content(self) -> str:
        return f"{self.din.text}{self.sample_number:03d}"

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    def fields(self) -> dict[str, Any]:
        return {"din": self.din.text, "sample_number": self.sample_number}

    @classmethod
    def parse(cls, content: str) -> SampleCode:
        if len(content) != 16:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if not content[13:].isdigit():
            raise ScanError("QC sample number must be 3 digits")
        return cls(din=parse_din_text(content[:13]), sample_number=int(content[13:]))
