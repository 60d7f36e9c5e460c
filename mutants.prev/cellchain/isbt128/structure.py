"""What every ISBT 128 data structure offers: data identifier + data content (ST-001 §2.1)."""

from __future__ import annotations

from typing import Any, ClassVar, Protocol


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class Structure(Protocol):
    """One ISBT 128 data structure as a bar code encodes it.

    ``text`` is exactly what the bar code carries: the data identifier followed by the content.
    For the DIN (DS001) the identifier is ``=`` alone and its second character is the first
    content character (ST-001 §2.4.1).
    """

    data_structure: ClassVar[str]
    data_identifier: ClassVar[str]

    @property
    def content(self) -> str:
        """Returns the data content without the data identifier."""
        ...

    @property
    def text(self) -> str:
        """Returns the data identifier followed by the data content."""
        ...

    def fields(self) -> dict[str, Any]:
        """Returns JSON-ready named fields (dates as ISO 8601 strings)."""
        ...
mutants_x_described__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_described__mutmut)
def described(structure: Structure) -> dict[str, Any]:
    """Returns ``{"data_structure": "nnn", ...fields}`` for one structure."""
    return {"data_structure": structure.data_structure, **structure.fields()}


def x_described__mutmut_orig(structure: Structure) -> dict[str, Any]:
    """Returns ``{"data_structure": "nnn", ...fields}`` for one structure."""
    return {"data_structure": structure.data_structure, **structure.fields()}


def x_described__mutmut_1(structure: Structure) -> dict[str, Any]:
    """Returns ``{"data_structure": "nnn", ...fields}`` for one structure."""
    return {"XXdata_structureXX": structure.data_structure, **structure.fields()}


def x_described__mutmut_2(structure: Structure) -> dict[str, Any]:
    """Returns ``{"data_structure": "nnn", ...fields}`` for one structure."""
    return {"DATA_STRUCTURE": structure.data_structure, **structure.fields()}

mutants_x_described__mutmut['_mutmut_orig'] = x_described__mutmut_orig # type: ignore # mutmut generated
mutants_x_described__mutmut['x_described__mutmut_1'] = x_described__mutmut_1 # type: ignore # mutmut generated
mutants_x_described__mutmut['x_described__mutmut_2'] = x_described__mutmut_2 # type: ignore # mutmut generated
