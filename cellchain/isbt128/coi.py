"""Chain of Identity Identifier, data structure 040 ``&/CHαppppyynnnnnn`` (ST-001 §2.4.40).

``αpppp`` is the FIN of the issuing organisation (as for the DIN), ``yy`` the nominal year of
issue and ``nnnnnn`` six characters A-Z/0-9 assigned by the issuer. The keyboard-entry check
character K is required wherever the identifier is printed (ST-001 §7.5, Table 30).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from cellchain.isbt128.checkchar import check_character, check_failed
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.formats import (
    UPPER_ALNUM,
    require_chars,
    require_digits,
    require_issuing_fin,
    require_length,
)
from cellchain.isbt128.identifiers import require_content_length

LITERAL = "CH"


@dataclass(frozen=True)
class CoiIdentifier:
    """One subject's chain-of-identity identifier.

    Check character [INFERRED]: ISO/IEC 7064 MOD 37-2 over the whole 15-character data content
    *including* the literal ``CH``. ST-001 §7.5 computes K over a structure's data content
    string without its data identifier, and for DS040 ``CH`` is part of that content; ST-028,
    which may say otherwise, could not be read. Revisit if ST-028 excludes ``CH``.
    """

    data_structure: ClassVar[str] = "040"
    data_identifier: ClassVar[str] = "&/"

    fin: str
    year: str
    sequence: str

    def __post_init__(self) -> None:
        require_issuing_fin(self.fin, "COI")
        require_digits(self.year, 2, "COI year")
        require_length(self.sequence, 6, "COI sequence")
        require_chars(self.sequence, UPPER_ALNUM, "COI sequence", "A-Z or 0-9")

    @classmethod
    def parse(cls, content: str) -> CoiIdentifier:
        """Parses the 15 characters after ``&/``: ``CH`` + FIN + year + sequence."""
        require_content_length(cls.data_structure, content)
        if content[:2] != LITERAL:
            raise ScanError(f"chain of identity identifier must start with the literal CH, "
                            f"scanned {content[:2]!r}")
        return cls(fin=content[2:7], year=content[7:9], sequence=content[9:])

    @property
    def content(self) -> str:
        return f"{LITERAL}{self.fin}{self.year}{self.sequence}"

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    @property
    def check_character(self) -> str:
        """Returns K: MOD 37-2 over the 15-character content including ``CH`` (see class doc)."""
        return check_character(self.content, what="COI")

    @property
    def eye_readable(self) -> str:
        """Returns e.g. ``CH A9990 26 000001``; K is printed boxed, separately (ST-001 §7.5)."""
        return f"{LITERAL} {self.fin} {self.year} {self.sequence}"

    def fields(self) -> dict[str, Any]:
        return {
            "coi": self.content,
            "facility": self.fin,
            "year": self.year,
            "sequence": self.sequence,
            "check_character": self.check_character,
            "eye_readable": self.eye_readable,
        }


def parse_keyed_coi(text: str) -> CoiIdentifier:
    """Parses a COI typed from its eye-readable text: 15 characters plus the check character K.

    Spaces are ignored and K is mandatory: typed text has no bar code to protect it (§7.5).
    """
    compact = "".join(text.split()).upper()
    if len(compact) != 16:
        raise ScanError(f"a typed COI needs its 15 characters (CH, facility, year, sequence) "
                        f"and its check character, got {len(compact)} characters")
    coi = CoiIdentifier.parse(compact[:15])
    if compact[15] != coi.check_character:
        raise ScanError(check_failed("COI identifier", typed=True))
    return coi
