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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__require_fpc__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__require_fpc__mutmut)
def _require_fpc(fpc: str, what: str) -> None:
    require_length(fpc, 6, f"{what} facility-defined product code")
    require_chars(fpc, UPPER_ALNUM, f"{what} facility-defined product code", "A-Z or 0-9")


def x__require_fpc__mutmut_orig(fpc: str, what: str) -> None:
    require_length(fpc, 6, f"{what} facility-defined product code")
    require_chars(fpc, UPPER_ALNUM, f"{what} facility-defined product code", "A-Z or 0-9")


def x__require_fpc__mutmut_1(fpc: str, what: str) -> None:
    require_length(None, 6, f"{what} facility-defined product code")
    require_chars(fpc, UPPER_ALNUM, f"{what} facility-defined product code", "A-Z or 0-9")


def x__require_fpc__mutmut_2(fpc: str, what: str) -> None:
    require_length(fpc, None, f"{what} facility-defined product code")
    require_chars(fpc, UPPER_ALNUM, f"{what} facility-defined product code", "A-Z or 0-9")


def x__require_fpc__mutmut_3(fpc: str, what: str) -> None:
    require_length(fpc, 6, None)
    require_chars(fpc, UPPER_ALNUM, f"{what} facility-defined product code", "A-Z or 0-9")


def x__require_fpc__mutmut_4(fpc: str, what: str) -> None:
    require_length(6, f"{what} facility-defined product code")
    require_chars(fpc, UPPER_ALNUM, f"{what} facility-defined product code", "A-Z or 0-9")


def x__require_fpc__mutmut_5(fpc: str, what: str) -> None:
    require_length(fpc, f"{what} facility-defined product code")
    require_chars(fpc, UPPER_ALNUM, f"{what} facility-defined product code", "A-Z or 0-9")


def x__require_fpc__mutmut_6(fpc: str, what: str) -> None:
    require_length(fpc, 6, )
    require_chars(fpc, UPPER_ALNUM, f"{what} facility-defined product code", "A-Z or 0-9")


def x__require_fpc__mutmut_7(fpc: str, what: str) -> None:
    require_length(fpc, 7, f"{what} facility-defined product code")
    require_chars(fpc, UPPER_ALNUM, f"{what} facility-defined product code", "A-Z or 0-9")


def x__require_fpc__mutmut_8(fpc: str, what: str) -> None:
    require_length(fpc, 6, f"{what} facility-defined product code")
    require_chars(None, UPPER_ALNUM, f"{what} facility-defined product code", "A-Z or 0-9")


def x__require_fpc__mutmut_9(fpc: str, what: str) -> None:
    require_length(fpc, 6, f"{what} facility-defined product code")
    require_chars(fpc, None, f"{what} facility-defined product code", "A-Z or 0-9")


def x__require_fpc__mutmut_10(fpc: str, what: str) -> None:
    require_length(fpc, 6, f"{what} facility-defined product code")
    require_chars(fpc, UPPER_ALNUM, None, "A-Z or 0-9")


def x__require_fpc__mutmut_11(fpc: str, what: str) -> None:
    require_length(fpc, 6, f"{what} facility-defined product code")
    require_chars(fpc, UPPER_ALNUM, f"{what} facility-defined product code", None)


def x__require_fpc__mutmut_12(fpc: str, what: str) -> None:
    require_length(fpc, 6, f"{what} facility-defined product code")
    require_chars(UPPER_ALNUM, f"{what} facility-defined product code", "A-Z or 0-9")


def x__require_fpc__mutmut_13(fpc: str, what: str) -> None:
    require_length(fpc, 6, f"{what} facility-defined product code")
    require_chars(fpc, f"{what} facility-defined product code", "A-Z or 0-9")


def x__require_fpc__mutmut_14(fpc: str, what: str) -> None:
    require_length(fpc, 6, f"{what} facility-defined product code")
    require_chars(fpc, UPPER_ALNUM, "A-Z or 0-9")


def x__require_fpc__mutmut_15(fpc: str, what: str) -> None:
    require_length(fpc, 6, f"{what} facility-defined product code")
    require_chars(fpc, UPPER_ALNUM, f"{what} facility-defined product code", )


def x__require_fpc__mutmut_16(fpc: str, what: str) -> None:
    require_length(fpc, 6, f"{what} facility-defined product code")
    require_chars(fpc, UPPER_ALNUM, f"{what} facility-defined product code", "XXA-Z or 0-9XX")


def x__require_fpc__mutmut_17(fpc: str, what: str) -> None:
    require_length(fpc, 6, f"{what} facility-defined product code")
    require_chars(fpc, UPPER_ALNUM, f"{what} facility-defined product code", "a-z or 0-9")


def x__require_fpc__mutmut_18(fpc: str, what: str) -> None:
    require_length(fpc, 6, f"{what} facility-defined product code")
    require_chars(fpc, UPPER_ALNUM, f"{what} facility-defined product code", "A-Z OR 0-9")

mutants_x__require_fpc__mutmut['_mutmut_orig'] = x__require_fpc__mutmut_orig # type: ignore # mutmut generated
mutants_x__require_fpc__mutmut['x__require_fpc__mutmut_1'] = x__require_fpc__mutmut_1 # type: ignore # mutmut generated
mutants_x__require_fpc__mutmut['x__require_fpc__mutmut_2'] = x__require_fpc__mutmut_2 # type: ignore # mutmut generated
mutants_x__require_fpc__mutmut['x__require_fpc__mutmut_3'] = x__require_fpc__mutmut_3 # type: ignore # mutmut generated
mutants_x__require_fpc__mutmut['x__require_fpc__mutmut_4'] = x__require_fpc__mutmut_4 # type: ignore # mutmut generated
mutants_x__require_fpc__mutmut['x__require_fpc__mutmut_5'] = x__require_fpc__mutmut_5 # type: ignore # mutmut generated
mutants_x__require_fpc__mutmut['x__require_fpc__mutmut_6'] = x__require_fpc__mutmut_6 # type: ignore # mutmut generated
mutants_x__require_fpc__mutmut['x__require_fpc__mutmut_7'] = x__require_fpc__mutmut_7 # type: ignore # mutmut generated
mutants_x__require_fpc__mutmut['x__require_fpc__mutmut_8'] = x__require_fpc__mutmut_8 # type: ignore # mutmut generated
mutants_x__require_fpc__mutmut['x__require_fpc__mutmut_9'] = x__require_fpc__mutmut_9 # type: ignore # mutmut generated
mutants_x__require_fpc__mutmut['x__require_fpc__mutmut_10'] = x__require_fpc__mutmut_10 # type: ignore # mutmut generated
mutants_x__require_fpc__mutmut['x__require_fpc__mutmut_11'] = x__require_fpc__mutmut_11 # type: ignore # mutmut generated
mutants_x__require_fpc__mutmut['x__require_fpc__mutmut_12'] = x__require_fpc__mutmut_12 # type: ignore # mutmut generated
mutants_x__require_fpc__mutmut['x__require_fpc__mutmut_13'] = x__require_fpc__mutmut_13 # type: ignore # mutmut generated
mutants_x__require_fpc__mutmut['x__require_fpc__mutmut_14'] = x__require_fpc__mutmut_14 # type: ignore # mutmut generated
mutants_x__require_fpc__mutmut['x__require_fpc__mutmut_15'] = x__require_fpc__mutmut_15 # type: ignore # mutmut generated
mutants_x__require_fpc__mutmut['x__require_fpc__mutmut_16'] = x__require_fpc__mutmut_16 # type: ignore # mutmut generated
mutants_x__require_fpc__mutmut['x__require_fpc__mutmut_17'] = x__require_fpc__mutmut_17 # type: ignore # mutmut generated
mutants_x__require_fpc__mutmut['x__require_fpc__mutmut_18'] = x__require_fpc__mutmut_18 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁProcessingFacilityǁparse__mutmut: MutantDict = {}  # type: ignore
mutants_xǁProcessingFacilityǁfields__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class ProcessingFacility:
    """DS033 ``&+nnnnnpppppp``: Processing Facility Information Code."""

    data_structure: ClassVar[str] = "033"
    data_identifier: ClassVar[str] = "&+"

    fin: str
    fpc: str = DEFAULT_FPC

    @_mutmut_mutated(mutants_xǁProcessingFacilityǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        require_fin_p(self.fin, "processing facility")
        _require_fpc(self.fpc, "processing facility")

    def xǁProcessingFacilityǁ__post_init____mutmut_orig(self) -> None:
        require_fin_p(self.fin, "processing facility")
        _require_fpc(self.fpc, "processing facility")

    def xǁProcessingFacilityǁ__post_init____mutmut_1(self) -> None:
        require_fin_p(None, "processing facility")
        _require_fpc(self.fpc, "processing facility")

    def xǁProcessingFacilityǁ__post_init____mutmut_2(self) -> None:
        require_fin_p(self.fin, None)
        _require_fpc(self.fpc, "processing facility")

    def xǁProcessingFacilityǁ__post_init____mutmut_3(self) -> None:
        require_fin_p("processing facility")
        _require_fpc(self.fpc, "processing facility")

    def xǁProcessingFacilityǁ__post_init____mutmut_4(self) -> None:
        require_fin_p(self.fin, )
        _require_fpc(self.fpc, "processing facility")

    def xǁProcessingFacilityǁ__post_init____mutmut_5(self) -> None:
        require_fin_p(self.fin, "XXprocessing facilityXX")
        _require_fpc(self.fpc, "processing facility")

    def xǁProcessingFacilityǁ__post_init____mutmut_6(self) -> None:
        require_fin_p(self.fin, "PROCESSING FACILITY")
        _require_fpc(self.fpc, "processing facility")

    def xǁProcessingFacilityǁ__post_init____mutmut_7(self) -> None:
        require_fin_p(self.fin, "processing facility")
        _require_fpc(None, "processing facility")

    def xǁProcessingFacilityǁ__post_init____mutmut_8(self) -> None:
        require_fin_p(self.fin, "processing facility")
        _require_fpc(self.fpc, None)

    def xǁProcessingFacilityǁ__post_init____mutmut_9(self) -> None:
        require_fin_p(self.fin, "processing facility")
        _require_fpc("processing facility")

    def xǁProcessingFacilityǁ__post_init____mutmut_10(self) -> None:
        require_fin_p(self.fin, "processing facility")
        _require_fpc(self.fpc, )

    def xǁProcessingFacilityǁ__post_init____mutmut_11(self) -> None:
        require_fin_p(self.fin, "processing facility")
        _require_fpc(self.fpc, "XXprocessing facilityXX")

    def xǁProcessingFacilityǁ__post_init____mutmut_12(self) -> None:
        require_fin_p(self.fin, "processing facility")
        _require_fpc(self.fpc, "PROCESSING FACILITY")

    @classmethod
    @_mutmut_mutated(mutants_xǁProcessingFacilityǁparse__mutmut, is_classmethod = True)
    def parse(cls, content: str) -> ProcessingFacility:
        require_content_length(cls.data_structure, content)
        return cls(fin=content[:5], fpc=content[5:])

    @classmethod
    def xǁProcessingFacilityǁparse__mutmut_orig(cls, content: str) -> ProcessingFacility:
        require_content_length(cls.data_structure, content)
        return cls(fin=content[:5], fpc=content[5:])

    @classmethod
    def xǁProcessingFacilityǁparse__mutmut_1(cls, content: str) -> ProcessingFacility:
        require_content_length(None, content)
        return cls(fin=content[:5], fpc=content[5:])

    @classmethod
    def xǁProcessingFacilityǁparse__mutmut_2(cls, content: str) -> ProcessingFacility:
        require_content_length(cls.data_structure, None)
        return cls(fin=content[:5], fpc=content[5:])

    @classmethod
    def xǁProcessingFacilityǁparse__mutmut_3(cls, content: str) -> ProcessingFacility:
        require_content_length(content)
        return cls(fin=content[:5], fpc=content[5:])

    @classmethod
    def xǁProcessingFacilityǁparse__mutmut_4(cls, content: str) -> ProcessingFacility:
        require_content_length(cls.data_structure, )
        return cls(fin=content[:5], fpc=content[5:])

    @classmethod
    def xǁProcessingFacilityǁparse__mutmut_5(cls, content: str) -> ProcessingFacility:
        require_content_length(cls.data_structure, content)
        return cls(fin=None, fpc=content[5:])

    @classmethod
    def xǁProcessingFacilityǁparse__mutmut_6(cls, content: str) -> ProcessingFacility:
        require_content_length(cls.data_structure, content)
        return cls(fin=content[:5], fpc=None)

    @classmethod
    def xǁProcessingFacilityǁparse__mutmut_7(cls, content: str) -> ProcessingFacility:
        require_content_length(cls.data_structure, content)
        return cls(fpc=content[5:])

    @classmethod
    def xǁProcessingFacilityǁparse__mutmut_8(cls, content: str) -> ProcessingFacility:
        require_content_length(cls.data_structure, content)
        return cls(fin=content[:5], )

    @classmethod
    def xǁProcessingFacilityǁparse__mutmut_9(cls, content: str) -> ProcessingFacility:
        require_content_length(cls.data_structure, content)
        return cls(fin=content[:6], fpc=content[5:])

    @classmethod
    def xǁProcessingFacilityǁparse__mutmut_10(cls, content: str) -> ProcessingFacility:
        require_content_length(cls.data_structure, content)
        return cls(fin=content[:5], fpc=content[6:])

    @property
    def content(self) -> str:
        return f"{self.fin}{self.fpc}"

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    @_mutmut_mutated(mutants_xǁProcessingFacilityǁfields__mutmut)
    def fields(self) -> dict[str, Any]:
        return {"fin_p": self.fin, "fpc": self.fpc}

    def xǁProcessingFacilityǁfields__mutmut_orig(self) -> dict[str, Any]:
        return {"fin_p": self.fin, "fpc": self.fpc}

    def xǁProcessingFacilityǁfields__mutmut_1(self) -> dict[str, Any]:
        return {"XXfin_pXX": self.fin, "fpc": self.fpc}

    def xǁProcessingFacilityǁfields__mutmut_2(self) -> dict[str, Any]:
        return {"FIN_P": self.fin, "fpc": self.fpc}

    def xǁProcessingFacilityǁfields__mutmut_3(self) -> dict[str, Any]:
        return {"fin_p": self.fin, "XXfpcXX": self.fpc}

    def xǁProcessingFacilityǁfields__mutmut_4(self) -> dict[str, Any]:
        return {"fin_p": self.fin, "FPC": self.fpc}

mutants_xǁProcessingFacilityǁ__post_init____mutmut['_mutmut_orig'] = ProcessingFacility.xǁProcessingFacilityǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁ__post_init____mutmut['xǁProcessingFacilityǁ__post_init____mutmut_1'] = ProcessingFacility.xǁProcessingFacilityǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁ__post_init____mutmut['xǁProcessingFacilityǁ__post_init____mutmut_2'] = ProcessingFacility.xǁProcessingFacilityǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁ__post_init____mutmut['xǁProcessingFacilityǁ__post_init____mutmut_3'] = ProcessingFacility.xǁProcessingFacilityǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁ__post_init____mutmut['xǁProcessingFacilityǁ__post_init____mutmut_4'] = ProcessingFacility.xǁProcessingFacilityǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁ__post_init____mutmut['xǁProcessingFacilityǁ__post_init____mutmut_5'] = ProcessingFacility.xǁProcessingFacilityǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁ__post_init____mutmut['xǁProcessingFacilityǁ__post_init____mutmut_6'] = ProcessingFacility.xǁProcessingFacilityǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁ__post_init____mutmut['xǁProcessingFacilityǁ__post_init____mutmut_7'] = ProcessingFacility.xǁProcessingFacilityǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁ__post_init____mutmut['xǁProcessingFacilityǁ__post_init____mutmut_8'] = ProcessingFacility.xǁProcessingFacilityǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁ__post_init____mutmut['xǁProcessingFacilityǁ__post_init____mutmut_9'] = ProcessingFacility.xǁProcessingFacilityǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁ__post_init____mutmut['xǁProcessingFacilityǁ__post_init____mutmut_10'] = ProcessingFacility.xǁProcessingFacilityǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁ__post_init____mutmut['xǁProcessingFacilityǁ__post_init____mutmut_11'] = ProcessingFacility.xǁProcessingFacilityǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁ__post_init____mutmut['xǁProcessingFacilityǁ__post_init____mutmut_12'] = ProcessingFacility.xǁProcessingFacilityǁ__post_init____mutmut_12 # type: ignore # mutmut generated

mutants_xǁProcessingFacilityǁparse__mutmut['_mutmut_orig'] = ProcessingFacility.xǁProcessingFacilityǁparse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁparse__mutmut['xǁProcessingFacilityǁparse__mutmut_1'] = ProcessingFacility.xǁProcessingFacilityǁparse__mutmut_1 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁparse__mutmut['xǁProcessingFacilityǁparse__mutmut_2'] = ProcessingFacility.xǁProcessingFacilityǁparse__mutmut_2 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁparse__mutmut['xǁProcessingFacilityǁparse__mutmut_3'] = ProcessingFacility.xǁProcessingFacilityǁparse__mutmut_3 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁparse__mutmut['xǁProcessingFacilityǁparse__mutmut_4'] = ProcessingFacility.xǁProcessingFacilityǁparse__mutmut_4 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁparse__mutmut['xǁProcessingFacilityǁparse__mutmut_5'] = ProcessingFacility.xǁProcessingFacilityǁparse__mutmut_5 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁparse__mutmut['xǁProcessingFacilityǁparse__mutmut_6'] = ProcessingFacility.xǁProcessingFacilityǁparse__mutmut_6 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁparse__mutmut['xǁProcessingFacilityǁparse__mutmut_7'] = ProcessingFacility.xǁProcessingFacilityǁparse__mutmut_7 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁparse__mutmut['xǁProcessingFacilityǁparse__mutmut_8'] = ProcessingFacility.xǁProcessingFacilityǁparse__mutmut_8 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁparse__mutmut['xǁProcessingFacilityǁparse__mutmut_9'] = ProcessingFacility.xǁProcessingFacilityǁparse__mutmut_9 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁparse__mutmut['xǁProcessingFacilityǁparse__mutmut_10'] = ProcessingFacility.xǁProcessingFacilityǁparse__mutmut_10 # type: ignore # mutmut generated

mutants_xǁProcessingFacilityǁfields__mutmut['_mutmut_orig'] = ProcessingFacility.xǁProcessingFacilityǁfields__mutmut_orig # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁfields__mutmut['xǁProcessingFacilityǁfields__mutmut_1'] = ProcessingFacility.xǁProcessingFacilityǁfields__mutmut_1 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁfields__mutmut['xǁProcessingFacilityǁfields__mutmut_2'] = ProcessingFacility.xǁProcessingFacilityǁfields__mutmut_2 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁfields__mutmut['xǁProcessingFacilityǁfields__mutmut_3'] = ProcessingFacility.xǁProcessingFacilityǁfields__mutmut_3 # type: ignore # mutmut generated
mutants_xǁProcessingFacilityǁfields__mutmut['xǁProcessingFacilityǁfields__mutmut_4'] = ProcessingFacility.xǁProcessingFacilityǁfields__mutmut_4 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁProcessorProductIdǁparse__mutmut: MutantDict = {}  # type: ignore
mutants_xǁProcessorProductIdǁfields__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁProcessorProductIdǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        require_fin_p(self.fin, "processor product identification")
        _require_fpc(self.fpc, "processor product identification")
        require_pdc(self.pdc, "processor product identification")

    def xǁProcessorProductIdǁ__post_init____mutmut_orig(self) -> None:
        require_fin_p(self.fin, "processor product identification")
        _require_fpc(self.fpc, "processor product identification")
        require_pdc(self.pdc, "processor product identification")

    def xǁProcessorProductIdǁ__post_init____mutmut_1(self) -> None:
        require_fin_p(None, "processor product identification")
        _require_fpc(self.fpc, "processor product identification")
        require_pdc(self.pdc, "processor product identification")

    def xǁProcessorProductIdǁ__post_init____mutmut_2(self) -> None:
        require_fin_p(self.fin, None)
        _require_fpc(self.fpc, "processor product identification")
        require_pdc(self.pdc, "processor product identification")

    def xǁProcessorProductIdǁ__post_init____mutmut_3(self) -> None:
        require_fin_p("processor product identification")
        _require_fpc(self.fpc, "processor product identification")
        require_pdc(self.pdc, "processor product identification")

    def xǁProcessorProductIdǁ__post_init____mutmut_4(self) -> None:
        require_fin_p(self.fin, )
        _require_fpc(self.fpc, "processor product identification")
        require_pdc(self.pdc, "processor product identification")

    def xǁProcessorProductIdǁ__post_init____mutmut_5(self) -> None:
        require_fin_p(self.fin, "XXprocessor product identificationXX")
        _require_fpc(self.fpc, "processor product identification")
        require_pdc(self.pdc, "processor product identification")

    def xǁProcessorProductIdǁ__post_init____mutmut_6(self) -> None:
        require_fin_p(self.fin, "PROCESSOR PRODUCT IDENTIFICATION")
        _require_fpc(self.fpc, "processor product identification")
        require_pdc(self.pdc, "processor product identification")

    def xǁProcessorProductIdǁ__post_init____mutmut_7(self) -> None:
        require_fin_p(self.fin, "processor product identification")
        _require_fpc(None, "processor product identification")
        require_pdc(self.pdc, "processor product identification")

    def xǁProcessorProductIdǁ__post_init____mutmut_8(self) -> None:
        require_fin_p(self.fin, "processor product identification")
        _require_fpc(self.fpc, None)
        require_pdc(self.pdc, "processor product identification")

    def xǁProcessorProductIdǁ__post_init____mutmut_9(self) -> None:
        require_fin_p(self.fin, "processor product identification")
        _require_fpc("processor product identification")
        require_pdc(self.pdc, "processor product identification")

    def xǁProcessorProductIdǁ__post_init____mutmut_10(self) -> None:
        require_fin_p(self.fin, "processor product identification")
        _require_fpc(self.fpc, )
        require_pdc(self.pdc, "processor product identification")

    def xǁProcessorProductIdǁ__post_init____mutmut_11(self) -> None:
        require_fin_p(self.fin, "processor product identification")
        _require_fpc(self.fpc, "XXprocessor product identificationXX")
        require_pdc(self.pdc, "processor product identification")

    def xǁProcessorProductIdǁ__post_init____mutmut_12(self) -> None:
        require_fin_p(self.fin, "processor product identification")
        _require_fpc(self.fpc, "PROCESSOR PRODUCT IDENTIFICATION")
        require_pdc(self.pdc, "processor product identification")

    def xǁProcessorProductIdǁ__post_init____mutmut_13(self) -> None:
        require_fin_p(self.fin, "processor product identification")
        _require_fpc(self.fpc, "processor product identification")
        require_pdc(None, "processor product identification")

    def xǁProcessorProductIdǁ__post_init____mutmut_14(self) -> None:
        require_fin_p(self.fin, "processor product identification")
        _require_fpc(self.fpc, "processor product identification")
        require_pdc(self.pdc, None)

    def xǁProcessorProductIdǁ__post_init____mutmut_15(self) -> None:
        require_fin_p(self.fin, "processor product identification")
        _require_fpc(self.fpc, "processor product identification")
        require_pdc("processor product identification")

    def xǁProcessorProductIdǁ__post_init____mutmut_16(self) -> None:
        require_fin_p(self.fin, "processor product identification")
        _require_fpc(self.fpc, "processor product identification")
        require_pdc(self.pdc, )

    def xǁProcessorProductIdǁ__post_init____mutmut_17(self) -> None:
        require_fin_p(self.fin, "processor product identification")
        _require_fpc(self.fpc, "processor product identification")
        require_pdc(self.pdc, "XXprocessor product identificationXX")

    def xǁProcessorProductIdǁ__post_init____mutmut_18(self) -> None:
        require_fin_p(self.fin, "processor product identification")
        _require_fpc(self.fpc, "processor product identification")
        require_pdc(self.pdc, "PROCESSOR PRODUCT IDENTIFICATION")

    @classmethod
    @_mutmut_mutated(mutants_xǁProcessorProductIdǁparse__mutmut, is_classmethod = True)
    def parse(cls, content: str) -> ProcessorProductId:
        require_content_length(cls.data_structure, content)
        return cls(fin=content[:5], fpc=content[5:11], pdc=content[11:])

    @classmethod
    def xǁProcessorProductIdǁparse__mutmut_orig(cls, content: str) -> ProcessorProductId:
        require_content_length(cls.data_structure, content)
        return cls(fin=content[:5], fpc=content[5:11], pdc=content[11:])

    @classmethod
    def xǁProcessorProductIdǁparse__mutmut_1(cls, content: str) -> ProcessorProductId:
        require_content_length(None, content)
        return cls(fin=content[:5], fpc=content[5:11], pdc=content[11:])

    @classmethod
    def xǁProcessorProductIdǁparse__mutmut_2(cls, content: str) -> ProcessorProductId:
        require_content_length(cls.data_structure, None)
        return cls(fin=content[:5], fpc=content[5:11], pdc=content[11:])

    @classmethod
    def xǁProcessorProductIdǁparse__mutmut_3(cls, content: str) -> ProcessorProductId:
        require_content_length(content)
        return cls(fin=content[:5], fpc=content[5:11], pdc=content[11:])

    @classmethod
    def xǁProcessorProductIdǁparse__mutmut_4(cls, content: str) -> ProcessorProductId:
        require_content_length(cls.data_structure, )
        return cls(fin=content[:5], fpc=content[5:11], pdc=content[11:])

    @classmethod
    def xǁProcessorProductIdǁparse__mutmut_5(cls, content: str) -> ProcessorProductId:
        require_content_length(cls.data_structure, content)
        return cls(fin=None, fpc=content[5:11], pdc=content[11:])

    @classmethod
    def xǁProcessorProductIdǁparse__mutmut_6(cls, content: str) -> ProcessorProductId:
        require_content_length(cls.data_structure, content)
        return cls(fin=content[:5], fpc=None, pdc=content[11:])

    @classmethod
    def xǁProcessorProductIdǁparse__mutmut_7(cls, content: str) -> ProcessorProductId:
        require_content_length(cls.data_structure, content)
        return cls(fin=content[:5], fpc=content[5:11], pdc=None)

    @classmethod
    def xǁProcessorProductIdǁparse__mutmut_8(cls, content: str) -> ProcessorProductId:
        require_content_length(cls.data_structure, content)
        return cls(fpc=content[5:11], pdc=content[11:])

    @classmethod
    def xǁProcessorProductIdǁparse__mutmut_9(cls, content: str) -> ProcessorProductId:
        require_content_length(cls.data_structure, content)
        return cls(fin=content[:5], pdc=content[11:])

    @classmethod
    def xǁProcessorProductIdǁparse__mutmut_10(cls, content: str) -> ProcessorProductId:
        require_content_length(cls.data_structure, content)
        return cls(fin=content[:5], fpc=content[5:11], )

    @classmethod
    def xǁProcessorProductIdǁparse__mutmut_11(cls, content: str) -> ProcessorProductId:
        require_content_length(cls.data_structure, content)
        return cls(fin=content[:6], fpc=content[5:11], pdc=content[11:])

    @classmethod
    def xǁProcessorProductIdǁparse__mutmut_12(cls, content: str) -> ProcessorProductId:
        require_content_length(cls.data_structure, content)
        return cls(fin=content[:5], fpc=content[6:11], pdc=content[11:])

    @classmethod
    def xǁProcessorProductIdǁparse__mutmut_13(cls, content: str) -> ProcessorProductId:
        require_content_length(cls.data_structure, content)
        return cls(fin=content[:5], fpc=content[5:12], pdc=content[11:])

    @classmethod
    def xǁProcessorProductIdǁparse__mutmut_14(cls, content: str) -> ProcessorProductId:
        require_content_length(cls.data_structure, content)
        return cls(fin=content[:5], fpc=content[5:11], pdc=content[12:])

    @property
    def content(self) -> str:
        return f"{self.fin}{self.fpc}{self.pdc}"

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    @_mutmut_mutated(mutants_xǁProcessorProductIdǁfields__mutmut)
    def fields(self) -> dict[str, Any]:
        return {"fin_p": self.fin, "fpc": self.fpc, "pdc": self.pdc}

    def xǁProcessorProductIdǁfields__mutmut_orig(self) -> dict[str, Any]:
        return {"fin_p": self.fin, "fpc": self.fpc, "pdc": self.pdc}

    def xǁProcessorProductIdǁfields__mutmut_1(self) -> dict[str, Any]:
        return {"XXfin_pXX": self.fin, "fpc": self.fpc, "pdc": self.pdc}

    def xǁProcessorProductIdǁfields__mutmut_2(self) -> dict[str, Any]:
        return {"FIN_P": self.fin, "fpc": self.fpc, "pdc": self.pdc}

    def xǁProcessorProductIdǁfields__mutmut_3(self) -> dict[str, Any]:
        return {"fin_p": self.fin, "XXfpcXX": self.fpc, "pdc": self.pdc}

    def xǁProcessorProductIdǁfields__mutmut_4(self) -> dict[str, Any]:
        return {"fin_p": self.fin, "FPC": self.fpc, "pdc": self.pdc}

    def xǁProcessorProductIdǁfields__mutmut_5(self) -> dict[str, Any]:
        return {"fin_p": self.fin, "fpc": self.fpc, "XXpdcXX": self.pdc}

    def xǁProcessorProductIdǁfields__mutmut_6(self) -> dict[str, Any]:
        return {"fin_p": self.fin, "fpc": self.fpc, "PDC": self.pdc}

mutants_xǁProcessorProductIdǁ__post_init____mutmut['_mutmut_orig'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut['xǁProcessorProductIdǁ__post_init____mutmut_1'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut['xǁProcessorProductIdǁ__post_init____mutmut_2'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut['xǁProcessorProductIdǁ__post_init____mutmut_3'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut['xǁProcessorProductIdǁ__post_init____mutmut_4'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut['xǁProcessorProductIdǁ__post_init____mutmut_5'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut['xǁProcessorProductIdǁ__post_init____mutmut_6'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut['xǁProcessorProductIdǁ__post_init____mutmut_7'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut['xǁProcessorProductIdǁ__post_init____mutmut_8'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut['xǁProcessorProductIdǁ__post_init____mutmut_9'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut['xǁProcessorProductIdǁ__post_init____mutmut_10'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut['xǁProcessorProductIdǁ__post_init____mutmut_11'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut['xǁProcessorProductIdǁ__post_init____mutmut_12'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut['xǁProcessorProductIdǁ__post_init____mutmut_13'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut['xǁProcessorProductIdǁ__post_init____mutmut_14'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut['xǁProcessorProductIdǁ__post_init____mutmut_15'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut['xǁProcessorProductIdǁ__post_init____mutmut_16'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut['xǁProcessorProductIdǁ__post_init____mutmut_17'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁ__post_init____mutmut['xǁProcessorProductIdǁ__post_init____mutmut_18'] = ProcessorProductId.xǁProcessorProductIdǁ__post_init____mutmut_18 # type: ignore # mutmut generated

mutants_xǁProcessorProductIdǁparse__mutmut['_mutmut_orig'] = ProcessorProductId.xǁProcessorProductIdǁparse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁparse__mutmut['xǁProcessorProductIdǁparse__mutmut_1'] = ProcessorProductId.xǁProcessorProductIdǁparse__mutmut_1 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁparse__mutmut['xǁProcessorProductIdǁparse__mutmut_2'] = ProcessorProductId.xǁProcessorProductIdǁparse__mutmut_2 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁparse__mutmut['xǁProcessorProductIdǁparse__mutmut_3'] = ProcessorProductId.xǁProcessorProductIdǁparse__mutmut_3 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁparse__mutmut['xǁProcessorProductIdǁparse__mutmut_4'] = ProcessorProductId.xǁProcessorProductIdǁparse__mutmut_4 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁparse__mutmut['xǁProcessorProductIdǁparse__mutmut_5'] = ProcessorProductId.xǁProcessorProductIdǁparse__mutmut_5 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁparse__mutmut['xǁProcessorProductIdǁparse__mutmut_6'] = ProcessorProductId.xǁProcessorProductIdǁparse__mutmut_6 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁparse__mutmut['xǁProcessorProductIdǁparse__mutmut_7'] = ProcessorProductId.xǁProcessorProductIdǁparse__mutmut_7 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁparse__mutmut['xǁProcessorProductIdǁparse__mutmut_8'] = ProcessorProductId.xǁProcessorProductIdǁparse__mutmut_8 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁparse__mutmut['xǁProcessorProductIdǁparse__mutmut_9'] = ProcessorProductId.xǁProcessorProductIdǁparse__mutmut_9 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁparse__mutmut['xǁProcessorProductIdǁparse__mutmut_10'] = ProcessorProductId.xǁProcessorProductIdǁparse__mutmut_10 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁparse__mutmut['xǁProcessorProductIdǁparse__mutmut_11'] = ProcessorProductId.xǁProcessorProductIdǁparse__mutmut_11 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁparse__mutmut['xǁProcessorProductIdǁparse__mutmut_12'] = ProcessorProductId.xǁProcessorProductIdǁparse__mutmut_12 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁparse__mutmut['xǁProcessorProductIdǁparse__mutmut_13'] = ProcessorProductId.xǁProcessorProductIdǁparse__mutmut_13 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁparse__mutmut['xǁProcessorProductIdǁparse__mutmut_14'] = ProcessorProductId.xǁProcessorProductIdǁparse__mutmut_14 # type: ignore # mutmut generated

mutants_xǁProcessorProductIdǁfields__mutmut['_mutmut_orig'] = ProcessorProductId.xǁProcessorProductIdǁfields__mutmut_orig # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁfields__mutmut['xǁProcessorProductIdǁfields__mutmut_1'] = ProcessorProductId.xǁProcessorProductIdǁfields__mutmut_1 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁfields__mutmut['xǁProcessorProductIdǁfields__mutmut_2'] = ProcessorProductId.xǁProcessorProductIdǁfields__mutmut_2 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁfields__mutmut['xǁProcessorProductIdǁfields__mutmut_3'] = ProcessorProductId.xǁProcessorProductIdǁfields__mutmut_3 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁfields__mutmut['xǁProcessorProductIdǁfields__mutmut_4'] = ProcessorProductId.xǁProcessorProductIdǁfields__mutmut_4 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁfields__mutmut['xǁProcessorProductIdǁfields__mutmut_5'] = ProcessorProductId.xǁProcessorProductIdǁfields__mutmut_5 # type: ignore # mutmut generated
mutants_xǁProcessorProductIdǁfields__mutmut['xǁProcessorProductIdǁfields__mutmut_6'] = ProcessorProductId.xǁProcessorProductIdǁfields__mutmut_6 # type: ignore # mutmut generated
