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


@dataclass(frozen=True)
class PatientBirthDate:
    """DS024 ``=#aayyyymmdd``."""

    data_structure: ClassVar[str] = "024"
    data_identifier: ClassVar[str] = "=#"

    location: str
    birth_date: date

    def __post_init__(self) -> None:
        require_digits(self.location, 2, "patient date of birth location code")
        if isinstance(self.birth_date, datetime):
            raise ScanError("patient date of birth is a date, not a date and time")

    @classmethod
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

    @property
    def content(self) -> str:
        born = self.birth_date
        return f"{self.location}{born.year:04d}{born.month:02d}{born.day:02d}"

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    def fields(self) -> dict[str, Any]:
        return {"location": self.location, "birth_date": self.birth_date.isoformat()}


@dataclass(frozen=True)
class PatientIdentification:
    """DS025 ``&#aallxx…xx``: ll gives the number of ID characters that follow.

    The ID is limited to A-Z and 0-9 here (ST-001 also allows a-z): no punctuation or spaces.
    """

    data_structure: ClassVar[str] = "025"
    data_identifier: ClassVar[str] = "&#"

    location: str
    patient_id: str

    def __post_init__(self) -> None:
        require_digits(self.location, 2, "patient identification location code")
        if not 1 <= len(self.patient_id) <= MAX_ID_LENGTH:
            raise ScanError(f"patient identification number must be 1-{MAX_ID_LENGTH} "
                            f"characters, got {len(self.patient_id)}")
        require_chars(self.patient_id, UPPER_ALNUM, "patient identification number",
                      "A-Z or 0-9 (no punctuation or spaces)")

    @staticmethod
    def declared_content_length(content: str) -> int | None:
        """Returns 4 + ll when content starts ``aall`` with ll digits, else None."""
        ll = content[2:4]
        if len(ll) == 2 and all(ch in DIGITS for ch in ll):
            return 4 + int(ll)
        return None

    @classmethod
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

    @property
    def content(self) -> str:
        return f"{self.location}{len(self.patient_id):02d}{self.patient_id}"

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    def fields(self) -> dict[str, Any]:
        return {"location": self.location, "patient_id": self.patient_id}
