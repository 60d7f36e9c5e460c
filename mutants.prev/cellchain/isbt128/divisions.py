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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁProductDivisionsǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁProductDivisionsǁparse__mutmut: MutantDict = {}  # type: ignore
mutants_xǁProductDivisionsǁfields__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class ProductDivisions:
    data_structure: ClassVar[str] = "032"
    data_identifier: ClassVar[str] = "=,"

    code: str

    @_mutmut_mutated(mutants_xǁProductDivisionsǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        require_length(self.code, 6, "product divisions code")
        require_chars(self.code, UPPER_ALNUM, "product divisions code", "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_orig(self) -> None:
        require_length(self.code, 6, "product divisions code")
        require_chars(self.code, UPPER_ALNUM, "product divisions code", "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_1(self) -> None:
        require_length(None, 6, "product divisions code")
        require_chars(self.code, UPPER_ALNUM, "product divisions code", "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_2(self) -> None:
        require_length(self.code, None, "product divisions code")
        require_chars(self.code, UPPER_ALNUM, "product divisions code", "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_3(self) -> None:
        require_length(self.code, 6, None)
        require_chars(self.code, UPPER_ALNUM, "product divisions code", "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_4(self) -> None:
        require_length(6, "product divisions code")
        require_chars(self.code, UPPER_ALNUM, "product divisions code", "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_5(self) -> None:
        require_length(self.code, "product divisions code")
        require_chars(self.code, UPPER_ALNUM, "product divisions code", "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_6(self) -> None:
        require_length(self.code, 6, )
        require_chars(self.code, UPPER_ALNUM, "product divisions code", "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_7(self) -> None:
        require_length(self.code, 7, "product divisions code")
        require_chars(self.code, UPPER_ALNUM, "product divisions code", "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_8(self) -> None:
        require_length(self.code, 6, "XXproduct divisions codeXX")
        require_chars(self.code, UPPER_ALNUM, "product divisions code", "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_9(self) -> None:
        require_length(self.code, 6, "PRODUCT DIVISIONS CODE")
        require_chars(self.code, UPPER_ALNUM, "product divisions code", "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_10(self) -> None:
        require_length(self.code, 6, "product divisions code")
        require_chars(None, UPPER_ALNUM, "product divisions code", "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_11(self) -> None:
        require_length(self.code, 6, "product divisions code")
        require_chars(self.code, None, "product divisions code", "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_12(self) -> None:
        require_length(self.code, 6, "product divisions code")
        require_chars(self.code, UPPER_ALNUM, None, "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_13(self) -> None:
        require_length(self.code, 6, "product divisions code")
        require_chars(self.code, UPPER_ALNUM, "product divisions code", None)

    def xǁProductDivisionsǁ__post_init____mutmut_14(self) -> None:
        require_length(self.code, 6, "product divisions code")
        require_chars(UPPER_ALNUM, "product divisions code", "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_15(self) -> None:
        require_length(self.code, 6, "product divisions code")
        require_chars(self.code, "product divisions code", "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_16(self) -> None:
        require_length(self.code, 6, "product divisions code")
        require_chars(self.code, UPPER_ALNUM, "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_17(self) -> None:
        require_length(self.code, 6, "product divisions code")
        require_chars(self.code, UPPER_ALNUM, "product divisions code", )

    def xǁProductDivisionsǁ__post_init____mutmut_18(self) -> None:
        require_length(self.code, 6, "product divisions code")
        require_chars(self.code, UPPER_ALNUM, "XXproduct divisions codeXX", "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_19(self) -> None:
        require_length(self.code, 6, "product divisions code")
        require_chars(self.code, UPPER_ALNUM, "PRODUCT DIVISIONS CODE", "A-Z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_20(self) -> None:
        require_length(self.code, 6, "product divisions code")
        require_chars(self.code, UPPER_ALNUM, "product divisions code", "XXA-Z or 0-9XX")

    def xǁProductDivisionsǁ__post_init____mutmut_21(self) -> None:
        require_length(self.code, 6, "product divisions code")
        require_chars(self.code, UPPER_ALNUM, "product divisions code", "a-z or 0-9")

    def xǁProductDivisionsǁ__post_init____mutmut_22(self) -> None:
        require_length(self.code, 6, "product divisions code")
        require_chars(self.code, UPPER_ALNUM, "product divisions code", "A-Z OR 0-9")

    @classmethod
    @_mutmut_mutated(mutants_xǁProductDivisionsǁparse__mutmut, is_classmethod = True)
    def parse(cls, content: str) -> ProductDivisions:
        require_content_length(cls.data_structure, content)
        return cls(code=content)

    @classmethod
    def xǁProductDivisionsǁparse__mutmut_orig(cls, content: str) -> ProductDivisions:
        require_content_length(cls.data_structure, content)
        return cls(code=content)

    @classmethod
    def xǁProductDivisionsǁparse__mutmut_1(cls, content: str) -> ProductDivisions:
        require_content_length(None, content)
        return cls(code=content)

    @classmethod
    def xǁProductDivisionsǁparse__mutmut_2(cls, content: str) -> ProductDivisions:
        require_content_length(cls.data_structure, None)
        return cls(code=content)

    @classmethod
    def xǁProductDivisionsǁparse__mutmut_3(cls, content: str) -> ProductDivisions:
        require_content_length(content)
        return cls(code=content)

    @classmethod
    def xǁProductDivisionsǁparse__mutmut_4(cls, content: str) -> ProductDivisions:
        require_content_length(cls.data_structure, )
        return cls(code=content)

    @classmethod
    def xǁProductDivisionsǁparse__mutmut_5(cls, content: str) -> ProductDivisions:
        require_content_length(cls.data_structure, content)
        return cls(code=None)

    @property
    def content(self) -> str:
        return self.code

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    @_mutmut_mutated(mutants_xǁProductDivisionsǁfields__mutmut)
    def fields(self) -> dict[str, Any]:
        return {"divisions_code": self.code}

    def xǁProductDivisionsǁfields__mutmut_orig(self) -> dict[str, Any]:
        return {"divisions_code": self.code}

    def xǁProductDivisionsǁfields__mutmut_1(self) -> dict[str, Any]:
        return {"XXdivisions_codeXX": self.code}

    def xǁProductDivisionsǁfields__mutmut_2(self) -> dict[str, Any]:
        return {"DIVISIONS_CODE": self.code}

mutants_xǁProductDivisionsǁ__post_init____mutmut['_mutmut_orig'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_1'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_2'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_3'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_4'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_5'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_6'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_7'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_8'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_9'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_10'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_11'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_12'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_13'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_14'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_15'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_16'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_17'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_18'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_19'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_20'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_21'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁ__post_init____mutmut['xǁProductDivisionsǁ__post_init____mutmut_22'] = ProductDivisions.xǁProductDivisionsǁ__post_init____mutmut_22 # type: ignore # mutmut generated

mutants_xǁProductDivisionsǁparse__mutmut['_mutmut_orig'] = ProductDivisions.xǁProductDivisionsǁparse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁparse__mutmut['xǁProductDivisionsǁparse__mutmut_1'] = ProductDivisions.xǁProductDivisionsǁparse__mutmut_1 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁparse__mutmut['xǁProductDivisionsǁparse__mutmut_2'] = ProductDivisions.xǁProductDivisionsǁparse__mutmut_2 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁparse__mutmut['xǁProductDivisionsǁparse__mutmut_3'] = ProductDivisions.xǁProductDivisionsǁparse__mutmut_3 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁparse__mutmut['xǁProductDivisionsǁparse__mutmut_4'] = ProductDivisions.xǁProductDivisionsǁparse__mutmut_4 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁparse__mutmut['xǁProductDivisionsǁparse__mutmut_5'] = ProductDivisions.xǁProductDivisionsǁparse__mutmut_5 # type: ignore # mutmut generated

mutants_xǁProductDivisionsǁfields__mutmut['_mutmut_orig'] = ProductDivisions.xǁProductDivisionsǁfields__mutmut_orig # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁfields__mutmut['xǁProductDivisionsǁfields__mutmut_1'] = ProductDivisions.xǁProductDivisionsǁfields__mutmut_1 # type: ignore # mutmut generated
mutants_xǁProductDivisionsǁfields__mutmut['xǁProductDivisionsǁfields__mutmut_2'] = ProductDivisions.xǁProductDivisionsǁfields__mutmut_2 # type: ignore # mutmut generated
