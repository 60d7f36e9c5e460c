"""Compound Message, data structure 023 ``=+aabbb`` + structures (ST-001 §2.4.23, §6.2).

``aa`` is the number of structures that follow, ``bbb`` ``000`` for an undefined sequence
(which ICCBBA encourages) or an RT017 sequence number. The structures follow with no separators,
each with its own data identifier; only ICCBBA structures are allowed (no ``&a``-``&z``, no
nationally defined ones) and the count must equal ``aa``.

RT017 is not available to cellchain, so for ``bbb`` other than ``000`` the order of the
structures is carried but not checked against the specified sequence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar

from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.formats import DIGITS, require_chars, require_digits
from cellchain.isbt128.identifiers import is_local_identifier
from cellchain.isbt128.split import split_structures
from cellchain.isbt128.structure import Structure, described

UNDEFINED_SEQUENCE = "000"
MAX_STRUCTURES = 99  # aa is two digits


@dataclass(frozen=True)
class CompoundMessage:
    """Several structures in one 2-D symbol; ``content`` is ``aabbb`` + the structure texts."""

    data_structure: ClassVar[str] = "023"
    data_identifier: ClassVar[str] = "=+"

    structures: tuple[Structure, ...]
    sequence: str = UNDEFINED_SEQUENCE

    def __post_init__(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, 3, "compound message sequence bbb")
        if not 1 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("a compound message cannot contain another compound message")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    @classmethod
    def build(cls, structures: Iterable[Structure],
              sequence: str = UNDEFINED_SEQUENCE) -> CompoundMessage:
        """Returns the compound message carrying structures in the order given."""
        return cls(structures=tuple(structures), sequence=sequence)

    @classmethod
    def parse(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @property
    def content(self) -> str:
        body = "".join(structure.text for structure in self.structures)
        return f"{len(self.structures):02d}{self.sequence}{body}"

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    def fields(self) -> dict[str, Any]:
        return {
            "sequence": self.sequence,
            "count": len(self.structures),
            "structures": [described(structure) for structure in self.structures],
        }
