"""What every ISBT 128 data structure offers: data identifier + data content (ST-001 §2.1)."""

from __future__ import annotations

from typing import Any, ClassVar, Protocol


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


def described(structure: Structure) -> dict[str, Any]:
    """Returns ``{"data_structure": "nnn", ...fields}`` for one structure."""
    return {"data_structure": structure.data_structure, **structure.fields()}
