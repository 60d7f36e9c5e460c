"""The one check every lifecycle table goes through (DESIGN §3: states are data, enforced in
one place). Pure: each domain's ``rules.py``/``states.py`` holds its table and its sentences."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from cellchain.errors import Conflict

StateT = TypeVar("StateT", bound=StrEnum)


def state_label(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = getattr(state, "label", None)
    return label if isinstance(label, str) else state.value.replace("_", " ")


@dataclass(frozen=True)
class Lifecycle(Generic[StateT]):
    """A transition table with the sentence that explains each refused target."""

    noun: str  # "Bag", "Cord blood unit"
    transitions: Mapping[StateT, frozenset[StateT]]
    prerequisites: Mapping[StateT, str]  # what must be true before entering each state
    refusal: type[Conflict]
    pronoun: str = "it"

    def check(self, record_label: str, current: StateT, target: StateT) -> None:
        """Raises ``refusal`` with an operator-readable sentence unless the move is allowed."""
        if target in self.transitions[current]:
            return
        name = f"{self.noun} {record_label}"
        if current == target:
            raise self.refusal(f"{name} is already {state_label(current)}.")
        raise self.refusal(f"{name} is {state_label(current)}; {self.pronoun} cannot become "
                           f"{state_label(target)}: {self.prerequisites[target]}.")
