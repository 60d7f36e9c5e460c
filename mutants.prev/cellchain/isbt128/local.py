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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁSampleCodeǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁSampleCodeǁfields__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSampleCodeǁparse__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class SampleCode:
    data_structure: ClassVar[str] = "local-qc-sample"
    data_identifier: ClassVar[str] = "&q"

    din: Din
    sample_number: int

    @_mutmut_mutated(mutants_xǁSampleCodeǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        if not 1 <= self.sample_number <= 999:
            raise ScanError(f"sample number must be 1-999, got {self.sample_number}")

    def xǁSampleCodeǁ__post_init____mutmut_orig(self) -> None:
        if not 1 <= self.sample_number <= 999:
            raise ScanError(f"sample number must be 1-999, got {self.sample_number}")

    def xǁSampleCodeǁ__post_init____mutmut_1(self) -> None:
        if 1 <= self.sample_number <= 999:
            raise ScanError(f"sample number must be 1-999, got {self.sample_number}")

    def xǁSampleCodeǁ__post_init____mutmut_2(self) -> None:
        if not 2 <= self.sample_number <= 999:
            raise ScanError(f"sample number must be 1-999, got {self.sample_number}")

    def xǁSampleCodeǁ__post_init____mutmut_3(self) -> None:
        if not 1 < self.sample_number <= 999:
            raise ScanError(f"sample number must be 1-999, got {self.sample_number}")

    def xǁSampleCodeǁ__post_init____mutmut_4(self) -> None:
        if not 1 <= self.sample_number < 999:
            raise ScanError(f"sample number must be 1-999, got {self.sample_number}")

    def xǁSampleCodeǁ__post_init____mutmut_5(self) -> None:
        if not 1 <= self.sample_number <= 1000:
            raise ScanError(f"sample number must be 1-999, got {self.sample_number}")

    def xǁSampleCodeǁ__post_init____mutmut_6(self) -> None:
        if not 1 <= self.sample_number <= 999:
            raise ScanError(None)

    @property
    def content(self) -> str:
        return f"{self.din.text}{self.sample_number:03d}"

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    @_mutmut_mutated(mutants_xǁSampleCodeǁfields__mutmut)
    def fields(self) -> dict[str, Any]:
        return {"din": self.din.text, "sample_number": self.sample_number}

    def xǁSampleCodeǁfields__mutmut_orig(self) -> dict[str, Any]:
        return {"din": self.din.text, "sample_number": self.sample_number}

    def xǁSampleCodeǁfields__mutmut_1(self) -> dict[str, Any]:
        return {"XXdinXX": self.din.text, "sample_number": self.sample_number}

    def xǁSampleCodeǁfields__mutmut_2(self) -> dict[str, Any]:
        return {"DIN": self.din.text, "sample_number": self.sample_number}

    def xǁSampleCodeǁfields__mutmut_3(self) -> dict[str, Any]:
        return {"din": self.din.text, "XXsample_numberXX": self.sample_number}

    def xǁSampleCodeǁfields__mutmut_4(self) -> dict[str, Any]:
        return {"din": self.din.text, "SAMPLE_NUMBER": self.sample_number}

    @classmethod
    @_mutmut_mutated(mutants_xǁSampleCodeǁparse__mutmut, is_classmethod = True)
    def parse(cls, content: str) -> SampleCode:
        if len(content) != 16:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if not content[13:].isdigit():
            raise ScanError("QC sample number must be 3 digits")
        return cls(din=parse_din_text(content[:13]), sample_number=int(content[13:]))

    @classmethod
    def xǁSampleCodeǁparse__mutmut_orig(cls, content: str) -> SampleCode:
        if len(content) != 16:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if not content[13:].isdigit():
            raise ScanError("QC sample number must be 3 digits")
        return cls(din=parse_din_text(content[:13]), sample_number=int(content[13:]))

    @classmethod
    def xǁSampleCodeǁparse__mutmut_1(cls, content: str) -> SampleCode:
        if len(content) == 16:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if not content[13:].isdigit():
            raise ScanError("QC sample number must be 3 digits")
        return cls(din=parse_din_text(content[:13]), sample_number=int(content[13:]))

    @classmethod
    def xǁSampleCodeǁparse__mutmut_2(cls, content: str) -> SampleCode:
        if len(content) != 17:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if not content[13:].isdigit():
            raise ScanError("QC sample number must be 3 digits")
        return cls(din=parse_din_text(content[:13]), sample_number=int(content[13:]))

    @classmethod
    def xǁSampleCodeǁparse__mutmut_3(cls, content: str) -> SampleCode:
        if len(content) != 16:
            raise ScanError(None)
        if not content[13:].isdigit():
            raise ScanError("QC sample number must be 3 digits")
        return cls(din=parse_din_text(content[:13]), sample_number=int(content[13:]))

    @classmethod
    def xǁSampleCodeǁparse__mutmut_4(cls, content: str) -> SampleCode:
        if len(content) != 16:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if content[13:].isdigit():
            raise ScanError("QC sample number must be 3 digits")
        return cls(din=parse_din_text(content[:13]), sample_number=int(content[13:]))

    @classmethod
    def xǁSampleCodeǁparse__mutmut_5(cls, content: str) -> SampleCode:
        if len(content) != 16:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if not content[14:].isdigit():
            raise ScanError("QC sample number must be 3 digits")
        return cls(din=parse_din_text(content[:13]), sample_number=int(content[13:]))

    @classmethod
    def xǁSampleCodeǁparse__mutmut_6(cls, content: str) -> SampleCode:
        if len(content) != 16:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if not content[13:].isdigit():
            raise ScanError(None)
        return cls(din=parse_din_text(content[:13]), sample_number=int(content[13:]))

    @classmethod
    def xǁSampleCodeǁparse__mutmut_7(cls, content: str) -> SampleCode:
        if len(content) != 16:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if not content[13:].isdigit():
            raise ScanError("XXQC sample number must be 3 digitsXX")
        return cls(din=parse_din_text(content[:13]), sample_number=int(content[13:]))

    @classmethod
    def xǁSampleCodeǁparse__mutmut_8(cls, content: str) -> SampleCode:
        if len(content) != 16:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if not content[13:].isdigit():
            raise ScanError("qc sample number must be 3 digits")
        return cls(din=parse_din_text(content[:13]), sample_number=int(content[13:]))

    @classmethod
    def xǁSampleCodeǁparse__mutmut_9(cls, content: str) -> SampleCode:
        if len(content) != 16:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if not content[13:].isdigit():
            raise ScanError("QC SAMPLE NUMBER MUST BE 3 DIGITS")
        return cls(din=parse_din_text(content[:13]), sample_number=int(content[13:]))

    @classmethod
    def xǁSampleCodeǁparse__mutmut_10(cls, content: str) -> SampleCode:
        if len(content) != 16:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if not content[13:].isdigit():
            raise ScanError("QC sample number must be 3 digits")
        return cls(din=None, sample_number=int(content[13:]))

    @classmethod
    def xǁSampleCodeǁparse__mutmut_11(cls, content: str) -> SampleCode:
        if len(content) != 16:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if not content[13:].isdigit():
            raise ScanError("QC sample number must be 3 digits")
        return cls(din=parse_din_text(content[:13]), sample_number=None)

    @classmethod
    def xǁSampleCodeǁparse__mutmut_12(cls, content: str) -> SampleCode:
        if len(content) != 16:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if not content[13:].isdigit():
            raise ScanError("QC sample number must be 3 digits")
        return cls(sample_number=int(content[13:]))

    @classmethod
    def xǁSampleCodeǁparse__mutmut_13(cls, content: str) -> SampleCode:
        if len(content) != 16:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if not content[13:].isdigit():
            raise ScanError("QC sample number must be 3 digits")
        return cls(din=parse_din_text(content[:13]), )

    @classmethod
    def xǁSampleCodeǁparse__mutmut_14(cls, content: str) -> SampleCode:
        if len(content) != 16:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if not content[13:].isdigit():
            raise ScanError("QC sample number must be 3 digits")
        return cls(din=parse_din_text(None), sample_number=int(content[13:]))

    @classmethod
    def xǁSampleCodeǁparse__mutmut_15(cls, content: str) -> SampleCode:
        if len(content) != 16:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if not content[13:].isdigit():
            raise ScanError("QC sample number must be 3 digits")
        return cls(din=parse_din_text(content[:14]), sample_number=int(content[13:]))

    @classmethod
    def xǁSampleCodeǁparse__mutmut_16(cls, content: str) -> SampleCode:
        if len(content) != 16:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if not content[13:].isdigit():
            raise ScanError("QC sample number must be 3 digits")
        return cls(din=parse_din_text(content[:13]), sample_number=int(None))

    @classmethod
    def xǁSampleCodeǁparse__mutmut_17(cls, content: str) -> SampleCode:
        if len(content) != 16:
            raise ScanError(f"QC sample code has 16 characters after '&q', got {len(content)}")
        if not content[13:].isdigit():
            raise ScanError("QC sample number must be 3 digits")
        return cls(din=parse_din_text(content[:13]), sample_number=int(content[14:]))

mutants_xǁSampleCodeǁ__post_init____mutmut['_mutmut_orig'] = SampleCode.xǁSampleCodeǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁSampleCodeǁ__post_init____mutmut['xǁSampleCodeǁ__post_init____mutmut_1'] = SampleCode.xǁSampleCodeǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁ__post_init____mutmut['xǁSampleCodeǁ__post_init____mutmut_2'] = SampleCode.xǁSampleCodeǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁ__post_init____mutmut['xǁSampleCodeǁ__post_init____mutmut_3'] = SampleCode.xǁSampleCodeǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁ__post_init____mutmut['xǁSampleCodeǁ__post_init____mutmut_4'] = SampleCode.xǁSampleCodeǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁ__post_init____mutmut['xǁSampleCodeǁ__post_init____mutmut_5'] = SampleCode.xǁSampleCodeǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁ__post_init____mutmut['xǁSampleCodeǁ__post_init____mutmut_6'] = SampleCode.xǁSampleCodeǁ__post_init____mutmut_6 # type: ignore # mutmut generated

mutants_xǁSampleCodeǁfields__mutmut['_mutmut_orig'] = SampleCode.xǁSampleCodeǁfields__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSampleCodeǁfields__mutmut['xǁSampleCodeǁfields__mutmut_1'] = SampleCode.xǁSampleCodeǁfields__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁfields__mutmut['xǁSampleCodeǁfields__mutmut_2'] = SampleCode.xǁSampleCodeǁfields__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁfields__mutmut['xǁSampleCodeǁfields__mutmut_3'] = SampleCode.xǁSampleCodeǁfields__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁfields__mutmut['xǁSampleCodeǁfields__mutmut_4'] = SampleCode.xǁSampleCodeǁfields__mutmut_4 # type: ignore # mutmut generated

mutants_xǁSampleCodeǁparse__mutmut['_mutmut_orig'] = SampleCode.xǁSampleCodeǁparse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSampleCodeǁparse__mutmut['xǁSampleCodeǁparse__mutmut_1'] = SampleCode.xǁSampleCodeǁparse__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁparse__mutmut['xǁSampleCodeǁparse__mutmut_2'] = SampleCode.xǁSampleCodeǁparse__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁparse__mutmut['xǁSampleCodeǁparse__mutmut_3'] = SampleCode.xǁSampleCodeǁparse__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁparse__mutmut['xǁSampleCodeǁparse__mutmut_4'] = SampleCode.xǁSampleCodeǁparse__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁparse__mutmut['xǁSampleCodeǁparse__mutmut_5'] = SampleCode.xǁSampleCodeǁparse__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁparse__mutmut['xǁSampleCodeǁparse__mutmut_6'] = SampleCode.xǁSampleCodeǁparse__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁparse__mutmut['xǁSampleCodeǁparse__mutmut_7'] = SampleCode.xǁSampleCodeǁparse__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁparse__mutmut['xǁSampleCodeǁparse__mutmut_8'] = SampleCode.xǁSampleCodeǁparse__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁparse__mutmut['xǁSampleCodeǁparse__mutmut_9'] = SampleCode.xǁSampleCodeǁparse__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁparse__mutmut['xǁSampleCodeǁparse__mutmut_10'] = SampleCode.xǁSampleCodeǁparse__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁparse__mutmut['xǁSampleCodeǁparse__mutmut_11'] = SampleCode.xǁSampleCodeǁparse__mutmut_11 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁparse__mutmut['xǁSampleCodeǁparse__mutmut_12'] = SampleCode.xǁSampleCodeǁparse__mutmut_12 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁparse__mutmut['xǁSampleCodeǁparse__mutmut_13'] = SampleCode.xǁSampleCodeǁparse__mutmut_13 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁparse__mutmut['xǁSampleCodeǁparse__mutmut_14'] = SampleCode.xǁSampleCodeǁparse__mutmut_14 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁparse__mutmut['xǁSampleCodeǁparse__mutmut_15'] = SampleCode.xǁSampleCodeǁparse__mutmut_15 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁparse__mutmut['xǁSampleCodeǁparse__mutmut_16'] = SampleCode.xǁSampleCodeǁparse__mutmut_16 # type: ignore # mutmut generated
mutants_xǁSampleCodeǁparse__mutmut['xǁSampleCodeǁparse__mutmut_17'] = SampleCode.xǁSampleCodeǁparse__mutmut_17 # type: ignore # mutmut generated
