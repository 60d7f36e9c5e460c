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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁCompoundMessageǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁCompoundMessageǁbuild__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCompoundMessageǁparse__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCompoundMessageǁfields__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class CompoundMessage:
    """Several structures in one 2-D symbol; ``content`` is ``aabbb`` + the structure texts."""

    data_structure: ClassVar[str] = "023"
    data_identifier: ClassVar[str] = "=+"

    structures: tuple[Structure, ...]
    sequence: str = UNDEFINED_SEQUENCE

    @_mutmut_mutated(mutants_xǁCompoundMessageǁ__post_init____mutmut)
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

    def xǁCompoundMessageǁ__post_init____mutmut_orig(self) -> None:
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

    def xǁCompoundMessageǁ__post_init____mutmut_1(self) -> None:
        object.__setattr__(None, "structures", tuple(self.structures))
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

    def xǁCompoundMessageǁ__post_init____mutmut_2(self) -> None:
        object.__setattr__(self, None, tuple(self.structures))
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

    def xǁCompoundMessageǁ__post_init____mutmut_3(self) -> None:
        object.__setattr__(self, "structures", None)
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

    def xǁCompoundMessageǁ__post_init____mutmut_4(self) -> None:
        object.__setattr__("structures", tuple(self.structures))
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

    def xǁCompoundMessageǁ__post_init____mutmut_5(self) -> None:
        object.__setattr__(self, tuple(self.structures))
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

    def xǁCompoundMessageǁ__post_init____mutmut_6(self) -> None:
        object.__setattr__(self, "structures", )
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

    def xǁCompoundMessageǁ__post_init____mutmut_7(self) -> None:
        object.__setattr__(self, "XXstructuresXX", tuple(self.structures))
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

    def xǁCompoundMessageǁ__post_init____mutmut_8(self) -> None:
        object.__setattr__(self, "STRUCTURES", tuple(self.structures))
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

    def xǁCompoundMessageǁ__post_init____mutmut_9(self) -> None:
        object.__setattr__(self, "structures", tuple(None))
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

    def xǁCompoundMessageǁ__post_init____mutmut_10(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(None, 3, "compound message sequence bbb")
        if not 1 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("a compound message cannot contain another compound message")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_11(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, None, "compound message sequence bbb")
        if not 1 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("a compound message cannot contain another compound message")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_12(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, 3, None)
        if not 1 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("a compound message cannot contain another compound message")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_13(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(3, "compound message sequence bbb")
        if not 1 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("a compound message cannot contain another compound message")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_14(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, "compound message sequence bbb")
        if not 1 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("a compound message cannot contain another compound message")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_15(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, 3, )
        if not 1 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("a compound message cannot contain another compound message")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_16(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, 4, "compound message sequence bbb")
        if not 1 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("a compound message cannot contain another compound message")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_17(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, 3, "XXcompound message sequence bbbXX")
        if not 1 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("a compound message cannot contain another compound message")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_18(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, 3, "COMPOUND MESSAGE SEQUENCE BBB")
        if not 1 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("a compound message cannot contain another compound message")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_19(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, 3, "compound message sequence bbb")
        if 1 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("a compound message cannot contain another compound message")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_20(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, 3, "compound message sequence bbb")
        if not 2 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("a compound message cannot contain another compound message")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_21(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, 3, "compound message sequence bbb")
        if not 1 < len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("a compound message cannot contain another compound message")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_22(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, 3, "compound message sequence bbb")
        if not 1 <= len(self.structures) < MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("a compound message cannot contain another compound message")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_23(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, 3, "compound message sequence bbb")
        if not 1 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(None)
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("a compound message cannot contain another compound message")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_24(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, 3, "compound message sequence bbb")
        if not 1 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure != self.data_structure:
                raise ScanError("a compound message cannot contain another compound message")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_25(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, 3, "compound message sequence bbb")
        if not 1 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError(None)
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_26(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, 3, "compound message sequence bbb")
        if not 1 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("XXa compound message cannot contain another compound messageXX")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_27(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, 3, "compound message sequence bbb")
        if not 1 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("A COMPOUND MESSAGE CANNOT CONTAIN ANOTHER COMPOUND MESSAGE")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_28(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, 3, "compound message sequence bbb")
        if not 1 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("a compound message cannot contain another compound message")
            if is_local_identifier(None):
                raise ScanError(f"{structure.data_identifier!r} is a local (non-ICCBBA) "
                                f"structure; a compound message holds only ICCBBA structures")

    def xǁCompoundMessageǁ__post_init____mutmut_29(self) -> None:
        object.__setattr__(self, "structures", tuple(self.structures))
        require_digits(self.sequence, 3, "compound message sequence bbb")
        if not 1 <= len(self.structures) <= MAX_STRUCTURES:
            raise ScanError(f"a compound message holds 1-{MAX_STRUCTURES} structures, "
                            f"got {len(self.structures)}")
        for structure in self.structures:
            if structure.data_structure == self.data_structure:
                raise ScanError("a compound message cannot contain another compound message")
            if is_local_identifier(structure.data_identifier):
                raise ScanError(None)

    @classmethod
    @_mutmut_mutated(mutants_xǁCompoundMessageǁbuild__mutmut, is_classmethod = True)
    def build(cls, structures: Iterable[Structure],
              sequence: str = UNDEFINED_SEQUENCE) -> CompoundMessage:
        """Returns the compound message carrying structures in the order given."""
        return cls(structures=tuple(structures), sequence=sequence)

    @classmethod
    def xǁCompoundMessageǁbuild__mutmut_orig(cls, structures: Iterable[Structure],
              sequence: str = UNDEFINED_SEQUENCE) -> CompoundMessage:
        """Returns the compound message carrying structures in the order given."""
        return cls(structures=tuple(structures), sequence=sequence)

    @classmethod
    def xǁCompoundMessageǁbuild__mutmut_1(cls, structures: Iterable[Structure],
              sequence: str = UNDEFINED_SEQUENCE) -> CompoundMessage:
        """Returns the compound message carrying structures in the order given."""
        return cls(structures=None, sequence=sequence)

    @classmethod
    def xǁCompoundMessageǁbuild__mutmut_2(cls, structures: Iterable[Structure],
              sequence: str = UNDEFINED_SEQUENCE) -> CompoundMessage:
        """Returns the compound message carrying structures in the order given."""
        return cls(structures=tuple(structures), sequence=None)

    @classmethod
    def xǁCompoundMessageǁbuild__mutmut_3(cls, structures: Iterable[Structure],
              sequence: str = UNDEFINED_SEQUENCE) -> CompoundMessage:
        """Returns the compound message carrying structures in the order given."""
        return cls(sequence=sequence)

    @classmethod
    def xǁCompoundMessageǁbuild__mutmut_4(cls, structures: Iterable[Structure],
              sequence: str = UNDEFINED_SEQUENCE) -> CompoundMessage:
        """Returns the compound message carrying structures in the order given."""
        return cls(structures=tuple(structures), )

    @classmethod
    def xǁCompoundMessageǁbuild__mutmut_5(cls, structures: Iterable[Structure],
              sequence: str = UNDEFINED_SEQUENCE) -> CompoundMessage:
        """Returns the compound message carrying structures in the order given."""
        return cls(structures=tuple(None), sequence=sequence)

    @classmethod
    @_mutmut_mutated(mutants_xǁCompoundMessageǁparse__mutmut, is_classmethod = True)
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

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_orig(cls, content: str) -> CompoundMessage:
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

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_1(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) <= 5:
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

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_2(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 6:
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

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_3(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(None)
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_4(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = None
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_5(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:3], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_6(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[3:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_7(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:6]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_8(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(None, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_9(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, None, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_10(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, None, "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_11(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", None)
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_12(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_13(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_14(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_15(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", )
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_16(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "XXcompound message count aaXX", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_17(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "COMPOUND MESSAGE COUNT AA", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_18(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "XXdigitsXX")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_19(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "DIGITS")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_20(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(None, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_21(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, None, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_22(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, None, "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_23(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", None)
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_24(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_25(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_26(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_27(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", )
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_28(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "XXcompound message sequence bbbXX", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_29(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "COMPOUND MESSAGE SEQUENCE BBB", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_30(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "XXdigitsXX")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_31(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "DIGITS")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_32(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = None
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_33(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(None, in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_34(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=None)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_35(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_36(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], )
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_37(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[6:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_38(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=False)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_39(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) == int(aa):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_40(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(None):
            raise ScanError(f"compound message announces {int(aa)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_41(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(None)
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_42(cls, content: str) -> CompoundMessage:
        """Parses everything after ``=+``: the header, then the announced structures."""
        if len(content) < 5:
            raise ScanError(f"compound message (DS023) has a 5-character header after '=+' "
                            f"(aabbb), got {len(content)} characters")
        aa, bbb = content[:2], content[2:5]
        require_chars(aa, DIGITS, "compound message count aa", "digits")
        require_chars(bbb, DIGITS, "compound message sequence bbb", "digits")
        structures = split_structures(content[5:], in_compound=True)
        if len(structures) != int(aa):
            raise ScanError(f"compound message announces {int(None)} structures, "
                            f"found {len(structures)}")
        return cls(structures=tuple(structures), sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_43(cls, content: str) -> CompoundMessage:
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
        return cls(structures=None, sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_44(cls, content: str) -> CompoundMessage:
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
        return cls(structures=tuple(structures), sequence=None)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_45(cls, content: str) -> CompoundMessage:
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
        return cls(sequence=bbb)

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_46(cls, content: str) -> CompoundMessage:
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
        return cls(structures=tuple(structures), )

    @classmethod
    def xǁCompoundMessageǁparse__mutmut_47(cls, content: str) -> CompoundMessage:
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
        return cls(structures=tuple(None), sequence=bbb)

    @property
    def content(self) -> str:
        body = "".join(structure.text for structure in self.structures)
        return f"{len(self.structures):02d}{self.sequence}{body}"

    @property
    def text(self) -> str:
        return f"{self.data_identifier}{self.content}"

    @_mutmut_mutated(mutants_xǁCompoundMessageǁfields__mutmut)
    def fields(self) -> dict[str, Any]:
        return {
            "sequence": self.sequence,
            "count": len(self.structures),
            "structures": [described(structure) for structure in self.structures],
        }

    def xǁCompoundMessageǁfields__mutmut_orig(self) -> dict[str, Any]:
        return {
            "sequence": self.sequence,
            "count": len(self.structures),
            "structures": [described(structure) for structure in self.structures],
        }

    def xǁCompoundMessageǁfields__mutmut_1(self) -> dict[str, Any]:
        return {
            "XXsequenceXX": self.sequence,
            "count": len(self.structures),
            "structures": [described(structure) for structure in self.structures],
        }

    def xǁCompoundMessageǁfields__mutmut_2(self) -> dict[str, Any]:
        return {
            "SEQUENCE": self.sequence,
            "count": len(self.structures),
            "structures": [described(structure) for structure in self.structures],
        }

    def xǁCompoundMessageǁfields__mutmut_3(self) -> dict[str, Any]:
        return {
            "sequence": self.sequence,
            "XXcountXX": len(self.structures),
            "structures": [described(structure) for structure in self.structures],
        }

    def xǁCompoundMessageǁfields__mutmut_4(self) -> dict[str, Any]:
        return {
            "sequence": self.sequence,
            "COUNT": len(self.structures),
            "structures": [described(structure) for structure in self.structures],
        }

    def xǁCompoundMessageǁfields__mutmut_5(self) -> dict[str, Any]:
        return {
            "sequence": self.sequence,
            "count": len(self.structures),
            "XXstructuresXX": [described(structure) for structure in self.structures],
        }

    def xǁCompoundMessageǁfields__mutmut_6(self) -> dict[str, Any]:
        return {
            "sequence": self.sequence,
            "count": len(self.structures),
            "STRUCTURES": [described(structure) for structure in self.structures],
        }

    def xǁCompoundMessageǁfields__mutmut_7(self) -> dict[str, Any]:
        return {
            "sequence": self.sequence,
            "count": len(self.structures),
            "structures": [described(None) for structure in self.structures],
        }

mutants_xǁCompoundMessageǁ__post_init____mutmut['_mutmut_orig'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_1'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_2'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_3'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_4'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_5'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_6'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_7'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_8'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_9'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_10'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_11'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_12'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_13'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_14'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_15'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_16'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_17'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_18'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_19'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_20'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_21'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_22'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_23'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_24'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_25'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_26'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_27'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_28'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁ__post_init____mutmut['xǁCompoundMessageǁ__post_init____mutmut_29'] = CompoundMessage.xǁCompoundMessageǁ__post_init____mutmut_29 # type: ignore # mutmut generated

mutants_xǁCompoundMessageǁbuild__mutmut['_mutmut_orig'] = CompoundMessage.xǁCompoundMessageǁbuild__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁbuild__mutmut['xǁCompoundMessageǁbuild__mutmut_1'] = CompoundMessage.xǁCompoundMessageǁbuild__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁbuild__mutmut['xǁCompoundMessageǁbuild__mutmut_2'] = CompoundMessage.xǁCompoundMessageǁbuild__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁbuild__mutmut['xǁCompoundMessageǁbuild__mutmut_3'] = CompoundMessage.xǁCompoundMessageǁbuild__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁbuild__mutmut['xǁCompoundMessageǁbuild__mutmut_4'] = CompoundMessage.xǁCompoundMessageǁbuild__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁbuild__mutmut['xǁCompoundMessageǁbuild__mutmut_5'] = CompoundMessage.xǁCompoundMessageǁbuild__mutmut_5 # type: ignore # mutmut generated

mutants_xǁCompoundMessageǁparse__mutmut['_mutmut_orig'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_1'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_2'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_3'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_4'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_5'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_6'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_7'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_8'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_9'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_10'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_11'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_11 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_12'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_12 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_13'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_13 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_14'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_14 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_15'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_15 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_16'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_16 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_17'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_17 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_18'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_18 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_19'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_19 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_20'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_20 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_21'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_21 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_22'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_22 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_23'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_23 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_24'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_24 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_25'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_25 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_26'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_26 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_27'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_27 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_28'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_28 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_29'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_29 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_30'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_30 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_31'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_31 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_32'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_32 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_33'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_33 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_34'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_34 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_35'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_35 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_36'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_36 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_37'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_37 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_38'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_38 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_39'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_39 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_40'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_40 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_41'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_41 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_42'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_42 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_43'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_43 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_44'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_44 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_45'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_45 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_46'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_46 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁparse__mutmut['xǁCompoundMessageǁparse__mutmut_47'] = CompoundMessage.xǁCompoundMessageǁparse__mutmut_47 # type: ignore # mutmut generated

mutants_xǁCompoundMessageǁfields__mutmut['_mutmut_orig'] = CompoundMessage.xǁCompoundMessageǁfields__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁfields__mutmut['xǁCompoundMessageǁfields__mutmut_1'] = CompoundMessage.xǁCompoundMessageǁfields__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁfields__mutmut['xǁCompoundMessageǁfields__mutmut_2'] = CompoundMessage.xǁCompoundMessageǁfields__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁfields__mutmut['xǁCompoundMessageǁfields__mutmut_3'] = CompoundMessage.xǁCompoundMessageǁfields__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁfields__mutmut['xǁCompoundMessageǁfields__mutmut_4'] = CompoundMessage.xǁCompoundMessageǁfields__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁfields__mutmut['xǁCompoundMessageǁfields__mutmut_5'] = CompoundMessage.xǁCompoundMessageǁfields__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁfields__mutmut['xǁCompoundMessageǁfields__mutmut_6'] = CompoundMessage.xǁCompoundMessageǁfields__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCompoundMessageǁfields__mutmut['xǁCompoundMessageǁfields__mutmut_7'] = CompoundMessage.xǁCompoundMessageǁfields__mutmut_7 # type: ignore # mutmut generated
