"""Patient data for autologous and directed products: DS024 and DS025 (ST-001 §2.4.24-2.4.25).

``aa`` is a location code from RT018, a table on the ICCBBA website whose values cellchain does
not have; ``00`` is cellchain's documented local default. ST-001 now prefers GS1 for patient
identification; DS025 is kept for existing users. DS024 + DS025 is a common concatenated pair.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, ClassVar

from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.formats import DIGITS, UPPER_ALNUM, require_chars, require_digits
from cellchain.isbt128.identifiers import require_content_length

LOCAL_DEFAULT_LOCATION = "00"  # RT018 values are unknown to cellchain
MAX_ID_LENGTH = 99  # ll is two digits


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁPatientBirthDateǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁPatientBirthDateǁparse__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPatientBirthDateǁfields__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class PatientBirthDate:
    """DS024 ``=#aayyyymmdd``."""

    data_structure: ClassVar[str] = "024"
    data_identifier: ClassVar[str] = "=#"

    location: str
    birth_date: date

    @_mutmut_mutated(mutants_xǁPatientBirthDateǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        require_digits(self.location, 2, "patient date of birth location code")
        if isinstance(self.birth_date, datetime):
            raise ScanError("patient date of birth is a date, not a date and time")

    def xǁPatientBirthDateǁ__post_init____mutmut_orig(self) -> None:
        require_digits(self.location, 2, "patient date of birth location code")
        if isinstance(self.birth_date, datetime):
            raise ScanError("patient date of birth is a date, not a date and time")

    def xǁPatientBirthDateǁ__post_init____mutmut_1(self) -> None:
        require_digits(None, 2, "patient date of birth location code")
        if isinstance(self.birth_date, datetime):
            raise ScanError("patient date of birth is a date, not a date and time")

    def xǁPatientBirthDateǁ__post_init____mutmut_2(self) -> None:
        require_digits(self.location, None, "patient date of birth location code")
        if isinstance(self.birth_date, datetime):
            raise ScanError("patient date of birth is a date, not a date and time")

    def xǁPatientBirthDateǁ__post_init____mutmut_3(self) -> None:
        require_digits(self.location, 2, None)
        if isinstance(self.birth_date, datetime):
            raise ScanError("patient date of birth is a date, not a date and time")

    def xǁPatientBirthDateǁ__post_init____mutmut_4(self) -> None:
        require_digits(2, "patient date of birth location code")
        if isinstance(self.birth_date, datetime):
            raise ScanError("patient date of birth is a date, not a date and time")

    def xǁPatientBirthDateǁ__post_init____mutmut_5(self) -> None:
        require_digits(self.location, "patient date of birth location code")
        if isinstance(self.birth_date, datetime):
            raise ScanError("patient date of birth is a date, not a date and time")

    def xǁPatientBirthDateǁ__post_init____mutmut_6(self) -> None:
        require_digits(self.location, 2, )
        if isinstance(self.birth_date, datetime):
            raise ScanError("patient date of birth is a date, not a date and time")

    def xǁPatientBirthDateǁ__post_init____mutmut_7(self) -> None:
        require_digits(self.location, 3, "patient date of birth location code")
        if isinstance(self.birth_date, datetime):
            raise ScanError("patient date of birth is a date, not a date and time")

    def xǁPatientBirthDateǁ__post_init____mutmut_8(self) -> None:
        require_digits(self.location, 2, "XXpatient date of birth location codeXX")
        if isinstance(self.birth_date, datetime):
            raise ScanError("patient date of birth is a date, not a date and time")

    def xǁPatientBirthDateǁ__post_init____mutmut_9(self) -> None:
        require_digits(self.location, 2, "PATIENT DATE OF BIRTH LOCATION CODE")
        if isinstance(self.birth_date, datetime):
            raise ScanError("patient date of birth is a date, not a date and time")

    def xǁPatientBirthDateǁ__post_init____mutmut_10(self) -> None:
        require_digits(self.location, 2, "patient date of birth location code")
        if isinstance(self.birth_date, datetime):
            raise ScanError(None)

    def xǁPatientBirthDateǁ__post_init____mutmut_11(self) -> None:
        require_digits(self.location, 2, "patient date of birth location code")
        if isinstance(self.birth_date, datetime):
            raise ScanError("XXpatient date of birth is a date, not a date and timeXX")

    def xǁPatientBirthDateǁ__post_init____mutmut_12(self) -> None:
        require_digits(self.location, 2, "patient date of birth location code")
        if isinstance(self.birth_date, datetime):
            raise ScanError("PATIENT DATE OF BIRTH IS A DATE, NOT A DATE AND TIME")

    @classmethod
    @_mutmut_mutated(mutants_xǁPatientBirthDateǁparse__mutmut, is_classmethod = True)
    def parse(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_orig(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_1(cls, content: str) -> PatientBirthDate:
        require_content_length(None, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_2(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, None)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_3(cls, content: str) -> PatientBirthDate:
        require_content_length(content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_4(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, )
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_5(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = None
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_6(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:3], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_7(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[3:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_8(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:7], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_9(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[7:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_10(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:9], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_11(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[9:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_12(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(None, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_13(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, None, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_14(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, None, "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_15(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", None)
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_16(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_17(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_18(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_19(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", )
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_20(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "XXpatient date of birth location codeXX", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_21(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "PATIENT DATE OF BIRTH LOCATION CODE", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_22(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "XXdigitsXX")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_23(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "DIGITS")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_24(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(None, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_25(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, None, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_26(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, None, "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_27(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", None)
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_28(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_29(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_30(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_31(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", )
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_32(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "XXpatient date of birth yearXX", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_33(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "PATIENT DATE OF BIRTH YEAR", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_34(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "XXdigits (yyyy)XX")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_35(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "DIGITS (YYYY)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_36(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(None, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_37(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, None, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_38(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, None, "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_39(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", None)
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_40(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_41(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_42(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_43(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", )
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_44(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "XXpatient date of birth monthXX", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_45(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "PATIENT DATE OF BIRTH MONTH", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_46(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "XXdigits (mm)XX")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_47(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "DIGITS (MM)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_48(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(None, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_49(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, None, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_50(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, None, "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_51(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", None)
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_52(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_53(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_54(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_55(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", )
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_56(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "XXpatient date of birth dayXX", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_57(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "PATIENT DATE OF BIRTH DAY", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_58(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "XXdigits (dd)XX")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_59(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "DIGITS (DD)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_60(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = None
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_61(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(None, int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_62(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), None, int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_63(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), None)
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_64(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_65(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_66(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), )
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_67(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(None), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_68(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(None), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_69(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(None))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_70(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(None) from None
        return cls(location=location, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_71(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=None, birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_72(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, birth_date=None)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_73(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(birth_date=born)

    @classmethod
    def xǁPatientBirthDateǁparse__mutmut_74(cls, content: str) -> PatientBirthDate:
        require_content_length(cls.data_structure, content)
        location, yyyy, mm, dd = content[:2], content[2:6], content[6:8], content[8:]
        require_chars(location, DIGITS, "patient date of birth location code", "digits")
        require_chars(yyyy, DIGITS, "patient date of birth year", "digits (yyyy)")
        require_chars(mm, DIGITS, "patient date of birth month", "digits (mm)")
        require_chars(dd, DIGITS, "patient date of birth day", "digits (dd)")
        try:
            born = date(int(yyyy), int(mm), int(dd))
        except ValueError:
            raise ScanError(f"patient date of birth {yyyy}-{mm}-{dd} does not exist") from None
        return cls(location=location, )

    @property
    def content(self) -> str:
        born = self.birth_date
        return f"{self.location}{born.year:04d}{born.month:02d}{born.day:02d}"

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    @_mutmut_mutated(mutants_xǁPatientBirthDateǁfields__mutmut)
    def fields(self) -> dict[str, Any]:
        return {"location": self.location, "birth_date": self.birth_date.isoformat()}

    def xǁPatientBirthDateǁfields__mutmut_orig(self) -> dict[str, Any]:
        return {"location": self.location, "birth_date": self.birth_date.isoformat()}

    def xǁPatientBirthDateǁfields__mutmut_1(self) -> dict[str, Any]:
        return {"XXlocationXX": self.location, "birth_date": self.birth_date.isoformat()}

    def xǁPatientBirthDateǁfields__mutmut_2(self) -> dict[str, Any]:
        return {"LOCATION": self.location, "birth_date": self.birth_date.isoformat()}

    def xǁPatientBirthDateǁfields__mutmut_3(self) -> dict[str, Any]:
        return {"location": self.location, "XXbirth_dateXX": self.birth_date.isoformat()}

    def xǁPatientBirthDateǁfields__mutmut_4(self) -> dict[str, Any]:
        return {"location": self.location, "BIRTH_DATE": self.birth_date.isoformat()}

mutants_xǁPatientBirthDateǁ__post_init____mutmut['_mutmut_orig'] = PatientBirthDate.xǁPatientBirthDateǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁ__post_init____mutmut['xǁPatientBirthDateǁ__post_init____mutmut_1'] = PatientBirthDate.xǁPatientBirthDateǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁ__post_init____mutmut['xǁPatientBirthDateǁ__post_init____mutmut_2'] = PatientBirthDate.xǁPatientBirthDateǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁ__post_init____mutmut['xǁPatientBirthDateǁ__post_init____mutmut_3'] = PatientBirthDate.xǁPatientBirthDateǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁ__post_init____mutmut['xǁPatientBirthDateǁ__post_init____mutmut_4'] = PatientBirthDate.xǁPatientBirthDateǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁ__post_init____mutmut['xǁPatientBirthDateǁ__post_init____mutmut_5'] = PatientBirthDate.xǁPatientBirthDateǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁ__post_init____mutmut['xǁPatientBirthDateǁ__post_init____mutmut_6'] = PatientBirthDate.xǁPatientBirthDateǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁ__post_init____mutmut['xǁPatientBirthDateǁ__post_init____mutmut_7'] = PatientBirthDate.xǁPatientBirthDateǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁ__post_init____mutmut['xǁPatientBirthDateǁ__post_init____mutmut_8'] = PatientBirthDate.xǁPatientBirthDateǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁ__post_init____mutmut['xǁPatientBirthDateǁ__post_init____mutmut_9'] = PatientBirthDate.xǁPatientBirthDateǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁ__post_init____mutmut['xǁPatientBirthDateǁ__post_init____mutmut_10'] = PatientBirthDate.xǁPatientBirthDateǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁ__post_init____mutmut['xǁPatientBirthDateǁ__post_init____mutmut_11'] = PatientBirthDate.xǁPatientBirthDateǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁ__post_init____mutmut['xǁPatientBirthDateǁ__post_init____mutmut_12'] = PatientBirthDate.xǁPatientBirthDateǁ__post_init____mutmut_12 # type: ignore # mutmut generated

mutants_xǁPatientBirthDateǁparse__mutmut['_mutmut_orig'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_1'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_2'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_3'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_4'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_5'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_6'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_7'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_8'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_9'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_10'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_11'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_12'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_13'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_14'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_15'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_16'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_17'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_18'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_19'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_20'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_20 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_21'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_21 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_22'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_22 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_23'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_23 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_24'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_24 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_25'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_25 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_26'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_26 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_27'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_27 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_28'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_28 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_29'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_29 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_30'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_30 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_31'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_31 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_32'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_32 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_33'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_33 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_34'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_34 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_35'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_35 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_36'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_36 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_37'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_37 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_38'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_38 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_39'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_39 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_40'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_40 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_41'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_41 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_42'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_42 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_43'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_43 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_44'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_44 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_45'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_45 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_46'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_46 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_47'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_47 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_48'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_48 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_49'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_49 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_50'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_50 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_51'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_51 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_52'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_52 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_53'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_53 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_54'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_54 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_55'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_55 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_56'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_56 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_57'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_57 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_58'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_58 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_59'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_59 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_60'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_60 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_61'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_61 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_62'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_62 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_63'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_63 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_64'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_64 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_65'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_65 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_66'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_66 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_67'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_67 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_68'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_68 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_69'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_69 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_70'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_70 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_71'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_71 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_72'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_72 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_73'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_73 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁparse__mutmut['xǁPatientBirthDateǁparse__mutmut_74'] = PatientBirthDate.xǁPatientBirthDateǁparse__mutmut_74 # type: ignore # mutmut generated

mutants_xǁPatientBirthDateǁfields__mutmut['_mutmut_orig'] = PatientBirthDate.xǁPatientBirthDateǁfields__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁfields__mutmut['xǁPatientBirthDateǁfields__mutmut_1'] = PatientBirthDate.xǁPatientBirthDateǁfields__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁfields__mutmut['xǁPatientBirthDateǁfields__mutmut_2'] = PatientBirthDate.xǁPatientBirthDateǁfields__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁfields__mutmut['xǁPatientBirthDateǁfields__mutmut_3'] = PatientBirthDate.xǁPatientBirthDateǁfields__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPatientBirthDateǁfields__mutmut['xǁPatientBirthDateǁfields__mutmut_4'] = PatientBirthDate.xǁPatientBirthDateǁfields__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁPatientIdentificationǁdeclared_content_length__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPatientIdentificationǁparse__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPatientIdentificationǁfields__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class PatientIdentification:
    """DS025 ``&#aallxx…xx``: ll gives the number of ID characters that follow.

    The ID is limited to A-Z and 0-9 here (ST-001 also allows a-z): no punctuation or spaces.
    """

    data_structure: ClassVar[str] = "025"
    data_identifier: ClassVar[str] = "&#"

    location: str
    patient_id: str

    @_mutmut_mutated(mutants_xǁPatientIdentificationǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_orig(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_1(self) -> None:
        require_digits(None, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_2(self) -> None:
        require_digits(self.location, None, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_3(self) -> None:
        require_digits(self.location, 2, None)
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_4(self) -> None:
        require_digits(2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_5(self) -> None:
        require_digits(self.location, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_6(self) -> None:
        require_digits(self.location, 2, )
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_7(self) -> None:
        require_digits(self.location, 3, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_8(self) -> None:
        require_digits(self.location, 2, "XXpatient identification location codeXX")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_9(self) -> None:
        require_digits(self.location, 2, "PATIENT IDENTIFICATION LOCATION CODE")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_10(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_11(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 2 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_12(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 < len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_13(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) < MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_14(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(None)
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_15(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(None, UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_16(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, None, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_17(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, None,
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_18(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      None)

    def xǁPatientIdentificationǁ__post_init____mutmut_19(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_20(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_21(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_22(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      )

    def xǁPatientIdentificationǁ__post_init____mutmut_23(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "XXpatient identification numberXX",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_24(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "PATIENT IDENTIFICATION NUMBER",
                      "A-Z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_25(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "XXA-Z or 0-9 (no punctuation or spaces)XX")

    def xǁPatientIdentificationǁ__post_init____mutmut_26(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "a-z or 0-9 (no punctuation or spaces)")

    def xǁPatientIdentificationǁ__post_init____mutmut_27(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "A-Z OR 0-9 (NO PUNCTUATION OR SPACES)")

    @staticmethod
    @_mutmut_mutated(mutants_xǁPatientIdentificationǁdeclared_content_length__mutmut)
    def declared_content_length(content: str) -> int | None:
        """Returns 4 + ll when content starts ``aall`` with ll digits, else None."""
        ll = content[2:4]
        if len(ll) == 2 and all(ch in DIGITS for ch in ll):
            return 4 + int(ll)
        return None

    @staticmethod
    def xǁPatientIdentificationǁdeclared_content_length__mutmut_orig(content: str) -> int | None:
        """Returns 4 + ll when content starts ``aall`` with ll digits, else None."""
        ll = content[2:4]
        if len(ll) == 2 and all(ch in DIGITS for ch in ll):
            return 4 + int(ll)
        return None

    @staticmethod
    def xǁPatientIdentificationǁdeclared_content_length__mutmut_1(content: str) -> int | None:
        """Returns 4 + ll when content starts ``aall`` with ll digits, else None."""
        ll = None
        if len(ll) == 2 and all(ch in DIGITS for ch in ll):
            return 4 + int(ll)
        return None

    @staticmethod
    def xǁPatientIdentificationǁdeclared_content_length__mutmut_2(content: str) -> int | None:
        """Returns 4 + ll when content starts ``aall`` with ll digits, else None."""
        ll = content[3:4]
        if len(ll) == 2 and all(ch in DIGITS for ch in ll):
            return 4 + int(ll)
        return None

    @staticmethod
    def xǁPatientIdentificationǁdeclared_content_length__mutmut_3(content: str) -> int | None:
        """Returns 4 + ll when content starts ``aall`` with ll digits, else None."""
        ll = content[2:5]
        if len(ll) == 2 and all(ch in DIGITS for ch in ll):
            return 4 + int(ll)
        return None

    @staticmethod
    def xǁPatientIdentificationǁdeclared_content_length__mutmut_4(content: str) -> int | None:
        """Returns 4 + ll when content starts ``aall`` with ll digits, else None."""
        ll = content[2:4]
        if len(ll) == 2 or all(ch in DIGITS for ch in ll):
            return 4 + int(ll)
        return None

    @staticmethod
    def xǁPatientIdentificationǁdeclared_content_length__mutmut_5(content: str) -> int | None:
        """Returns 4 + ll when content starts ``aall`` with ll digits, else None."""
        ll = content[2:4]
        if len(ll) != 2 and all(ch in DIGITS for ch in ll):
            return 4 + int(ll)
        return None

    @staticmethod
    def xǁPatientIdentificationǁdeclared_content_length__mutmut_6(content: str) -> int | None:
        """Returns 4 + ll when content starts ``aall`` with ll digits, else None."""
        ll = content[2:4]
        if len(ll) == 3 and all(ch in DIGITS for ch in ll):
            return 4 + int(ll)
        return None

    @staticmethod
    def xǁPatientIdentificationǁdeclared_content_length__mutmut_7(content: str) -> int | None:
        """Returns 4 + ll when content starts ``aall`` with ll digits, else None."""
        ll = content[2:4]
        if len(ll) == 2 and all(None):
            return 4 + int(ll)
        return None

    @staticmethod
    def xǁPatientIdentificationǁdeclared_content_length__mutmut_8(content: str) -> int | None:
        """Returns 4 + ll when content starts ``aall`` with ll digits, else None."""
        ll = content[2:4]
        if len(ll) == 2 and all(ch not in DIGITS for ch in ll):
            return 4 + int(ll)
        return None

    @staticmethod
    def xǁPatientIdentificationǁdeclared_content_length__mutmut_9(content: str) -> int | None:
        """Returns 4 + ll when content starts ``aall`` with ll digits, else None."""
        ll = content[2:4]
        if len(ll) == 2 and all(ch in DIGITS for ch in ll):
            return 4 - int(ll)
        return None

    @staticmethod
    def xǁPatientIdentificationǁdeclared_content_length__mutmut_10(content: str) -> int | None:
        """Returns 4 + ll when content starts ``aall`` with ll digits, else None."""
        ll = content[2:4]
        if len(ll) == 2 and all(ch in DIGITS for ch in ll):
            return 5 + int(ll)
        return None

    @staticmethod
    def xǁPatientIdentificationǁdeclared_content_length__mutmut_11(content: str) -> int | None:
        """Returns 4 + ll when content starts ``aall`` with ll digits, else None."""
        ll = content[2:4]
        if len(ll) == 2 and all(ch in DIGITS for ch in ll):
            return 4 + int(None)
        return None

    @classmethod
    @_mutmut_mutated(mutants_xǁPatientIdentificationǁparse__mutmut, is_classmethod = True)
    def parse(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_orig(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_1(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) <= 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_2(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 5:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_3(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(None)
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_4(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(None, DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_5(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], None, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_6(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, None, "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_7(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", None)
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_8(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_9(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_10(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_11(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", )
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_12(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:3], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_13(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "XXpatient identification location codeXX", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_14(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "PATIENT IDENTIFICATION LOCATION CODE", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_15(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "XXdigitsXX")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_16(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "DIGITS")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_17(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = None
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_18(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[3:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_19(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:5]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_20(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(None, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_21(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, None, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_22(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, None, "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_23(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", None)
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_24(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_25(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_26(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_27(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", )
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_28(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "XXpatient identification length llXX", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_29(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "PATIENT IDENTIFICATION LENGTH LL", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_30(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "XXdigitsXX")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_31(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "DIGITS")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_32(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll != "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_33(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "XX00XX":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_34(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError(None)
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_35(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("XXpatient identification length ll must be 01-99, scanned 00XX")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_36(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("PATIENT IDENTIFICATION LENGTH LL MUST BE 01-99, SCANNED 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_37(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) + 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_38(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 5 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_39(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 == int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_40(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(None):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_41(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(None)
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_42(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(None)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_43(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) + 4}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_44(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 5}")
        return cls(location=content[:2], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_45(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=None, patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_46(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=None)

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_47(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_48(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], )

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_49(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:3], patient_id=content[4:])

    @classmethod
    def xǁPatientIdentificationǁparse__mutmut_50(cls, content: str) -> PatientIdentification:
        """Parses ``aall`` + ll characters, checking the count against ll (§2.4.25)."""
        if len(content) < 4:
            raise ScanError(f"patient identification number (DS025) needs at least 4 characters "
                            f"after '&#' (location aa and length ll), got {len(content)}")
        require_chars(content[:2], DIGITS, "patient identification location code", "digits")
        ll = content[2:4]
        require_chars(ll, DIGITS, "patient identification length ll", "digits")
        if ll == "00":
            raise ScanError("patient identification length ll must be 01-99, scanned 00")
        if len(content) - 4 != int(ll):
            raise ScanError(f"patient identification number declares {int(ll)} characters (ll), "
                            f"found {len(content) - 4}")
        return cls(location=content[:2], patient_id=content[5:])

    @property
    def content(self) -> str:
        return f"{self.location}{len(self.patient_id):02d}{self.patient_id}"

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    @_mutmut_mutated(mutants_xǁPatientIdentificationǁfields__mutmut)
    def fields(self) -> dict[str, Any]:
        return {"location": self.location, "patient_id": self.patient_id}

    def xǁPatientIdentificationǁfields__mutmut_orig(self) -> dict[str, Any]:
        return {"location": self.location, "patient_id": self.patient_id}

    def xǁPatientIdentificationǁfields__mutmut_1(self) -> dict[str, Any]:
        return {"XXlocationXX": self.location, "patient_id": self.patient_id}

    def xǁPatientIdentificationǁfields__mutmut_2(self) -> dict[str, Any]:
        return {"LOCATION": self.location, "patient_id": self.patient_id}

    def xǁPatientIdentificationǁfields__mutmut_3(self) -> dict[str, Any]:
        return {"location": self.location, "XXpatient_idXX": self.patient_id}

    def xǁPatientIdentificationǁfields__mutmut_4(self) -> dict[str, Any]:
        return {"location": self.location, "PATIENT_ID": self.patient_id}

mutants_xǁPatientIdentificationǁ__post_init____mutmut['_mutmut_orig'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_1'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_2'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_3'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_4'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_5'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_6'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_7'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_8'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_9'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_10'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_11'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_12'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_13'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_14'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_15'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_16'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_17'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_18'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_19'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_20'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_21'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_22'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_23'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_24'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_25'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_26'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁ__post_init____mutmut['xǁPatientIdentificationǁ__post_init____mutmut_27'] = PatientIdentification.xǁPatientIdentificationǁ__post_init____mutmut_27 # type: ignore # mutmut generated

mutants_xǁPatientIdentificationǁdeclared_content_length__mutmut['_mutmut_orig'] = PatientIdentification.xǁPatientIdentificationǁdeclared_content_length__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁdeclared_content_length__mutmut['xǁPatientIdentificationǁdeclared_content_length__mutmut_1'] = PatientIdentification.xǁPatientIdentificationǁdeclared_content_length__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁdeclared_content_length__mutmut['xǁPatientIdentificationǁdeclared_content_length__mutmut_2'] = PatientIdentification.xǁPatientIdentificationǁdeclared_content_length__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁdeclared_content_length__mutmut['xǁPatientIdentificationǁdeclared_content_length__mutmut_3'] = PatientIdentification.xǁPatientIdentificationǁdeclared_content_length__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁdeclared_content_length__mutmut['xǁPatientIdentificationǁdeclared_content_length__mutmut_4'] = PatientIdentification.xǁPatientIdentificationǁdeclared_content_length__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁdeclared_content_length__mutmut['xǁPatientIdentificationǁdeclared_content_length__mutmut_5'] = PatientIdentification.xǁPatientIdentificationǁdeclared_content_length__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁdeclared_content_length__mutmut['xǁPatientIdentificationǁdeclared_content_length__mutmut_6'] = PatientIdentification.xǁPatientIdentificationǁdeclared_content_length__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁdeclared_content_length__mutmut['xǁPatientIdentificationǁdeclared_content_length__mutmut_7'] = PatientIdentification.xǁPatientIdentificationǁdeclared_content_length__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁdeclared_content_length__mutmut['xǁPatientIdentificationǁdeclared_content_length__mutmut_8'] = PatientIdentification.xǁPatientIdentificationǁdeclared_content_length__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁdeclared_content_length__mutmut['xǁPatientIdentificationǁdeclared_content_length__mutmut_9'] = PatientIdentification.xǁPatientIdentificationǁdeclared_content_length__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁdeclared_content_length__mutmut['xǁPatientIdentificationǁdeclared_content_length__mutmut_10'] = PatientIdentification.xǁPatientIdentificationǁdeclared_content_length__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁdeclared_content_length__mutmut['xǁPatientIdentificationǁdeclared_content_length__mutmut_11'] = PatientIdentification.xǁPatientIdentificationǁdeclared_content_length__mutmut_11 # type: ignore # mutmut generated

mutants_xǁPatientIdentificationǁparse__mutmut['_mutmut_orig'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_1'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_2'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_3'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_4'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_5'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_6'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_7'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_8'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_9'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_10'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_11'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_12'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_13'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_14'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_15'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_16'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_17'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_18'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_19'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_20'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_20 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_21'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_21 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_22'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_22 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_23'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_23 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_24'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_24 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_25'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_25 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_26'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_26 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_27'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_27 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_28'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_28 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_29'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_29 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_30'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_30 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_31'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_31 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_32'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_32 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_33'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_33 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_34'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_34 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_35'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_35 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_36'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_36 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_37'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_37 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_38'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_38 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_39'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_39 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_40'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_40 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_41'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_41 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_42'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_42 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_43'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_43 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_44'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_44 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_45'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_45 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_46'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_46 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_47'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_47 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_48'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_48 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_49'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_49 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁparse__mutmut['xǁPatientIdentificationǁparse__mutmut_50'] = PatientIdentification.xǁPatientIdentificationǁparse__mutmut_50 # type: ignore # mutmut generated

mutants_xǁPatientIdentificationǁfields__mutmut['_mutmut_orig'] = PatientIdentification.xǁPatientIdentificationǁfields__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁfields__mutmut['xǁPatientIdentificationǁfields__mutmut_1'] = PatientIdentification.xǁPatientIdentificationǁfields__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁfields__mutmut['xǁPatientIdentificationǁfields__mutmut_2'] = PatientIdentification.xǁPatientIdentificationǁfields__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁfields__mutmut['xǁPatientIdentificationǁfields__mutmut_3'] = PatientIdentification.xǁPatientIdentificationǁfields__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPatientIdentificationǁfields__mutmut['xǁPatientIdentificationǁfields__mutmut_4'] = PatientIdentification.xǁPatientIdentificationǁfields__mutmut_4 # type: ignore # mutmut generated
