"""The one check every lifecycle table goes through (DESIGN §3: states are data, enforced in
one place). Pure: each domain's ``rules.py``/``states.py`` holds its table and its sentences."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from cellchain.errors import Conflict

StateT = TypeVar("StateT", bound=StrEnum)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_state_label__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_state_label__mutmut)
def state_label(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = getattr(state, "label", None)
    return label if isinstance(label, str) else state.value.replace("_", " ")


def x_state_label__mutmut_orig(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = getattr(state, "label", None)
    return label if isinstance(label, str) else state.value.replace("_", " ")


def x_state_label__mutmut_1(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = None
    return label if isinstance(label, str) else state.value.replace("_", " ")


def x_state_label__mutmut_2(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = getattr(None, "label", None)
    return label if isinstance(label, str) else state.value.replace("_", " ")


def x_state_label__mutmut_3(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = getattr(state, None, None)
    return label if isinstance(label, str) else state.value.replace("_", " ")


def x_state_label__mutmut_4(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = getattr("label", None)
    return label if isinstance(label, str) else state.value.replace("_", " ")


def x_state_label__mutmut_5(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = getattr(state, None)
    return label if isinstance(label, str) else state.value.replace("_", " ")


def x_state_label__mutmut_6(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = getattr(state, "label", )
    return label if isinstance(label, str) else state.value.replace("_", " ")


def x_state_label__mutmut_7(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = getattr(state, "XXlabelXX", None)
    return label if isinstance(label, str) else state.value.replace("_", " ")


def x_state_label__mutmut_8(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = getattr(state, "LABEL", None)
    return label if isinstance(label, str) else state.value.replace("_", " ")


def x_state_label__mutmut_9(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = getattr(state, "label", None)
    return label if (isinstance(label, str)) and False else state.value.replace("_", " ")


def x_state_label__mutmut_10(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = getattr(state, "label", None)
    return label if (isinstance(label, str)) or True else state.value.replace("_", " ")


def x_state_label__mutmut_11(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = getattr(state, "label", None)
    return label if isinstance(label, str) else state.value.replace(None, " ")


def x_state_label__mutmut_12(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = getattr(state, "label", None)
    return label if isinstance(label, str) else state.value.replace("_", None)


def x_state_label__mutmut_13(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = getattr(state, "label", None)
    return label if isinstance(label, str) else state.value.replace(" ")


def x_state_label__mutmut_14(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = getattr(state, "label", None)
    return label if isinstance(label, str) else state.value.replace("_", )


def x_state_label__mutmut_15(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = getattr(state, "label", None)
    return label if isinstance(label, str) else state.value.replace("XX_XX", " ")


def x_state_label__mutmut_16(state: StrEnum) -> str:
    """Returns how a state reads in a sentence: its ``label`` if it has one, else its words."""
    label = getattr(state, "label", None)
    return label if isinstance(label, str) else state.value.replace("_", "XX XX")

mutants_x_state_label__mutmut['_mutmut_orig'] = x_state_label__mutmut_orig # type: ignore # mutmut generated
mutants_x_state_label__mutmut['x_state_label__mutmut_1'] = x_state_label__mutmut_1 # type: ignore # mutmut generated
mutants_x_state_label__mutmut['x_state_label__mutmut_2'] = x_state_label__mutmut_2 # type: ignore # mutmut generated
mutants_x_state_label__mutmut['x_state_label__mutmut_3'] = x_state_label__mutmut_3 # type: ignore # mutmut generated
mutants_x_state_label__mutmut['x_state_label__mutmut_4'] = x_state_label__mutmut_4 # type: ignore # mutmut generated
mutants_x_state_label__mutmut['x_state_label__mutmut_5'] = x_state_label__mutmut_5 # type: ignore # mutmut generated
mutants_x_state_label__mutmut['x_state_label__mutmut_6'] = x_state_label__mutmut_6 # type: ignore # mutmut generated
mutants_x_state_label__mutmut['x_state_label__mutmut_7'] = x_state_label__mutmut_7 # type: ignore # mutmut generated
mutants_x_state_label__mutmut['x_state_label__mutmut_8'] = x_state_label__mutmut_8 # type: ignore # mutmut generated
mutants_x_state_label__mutmut['x_state_label__mutmut_9'] = x_state_label__mutmut_9 # type: ignore # mutmut generated
mutants_x_state_label__mutmut['x_state_label__mutmut_10'] = x_state_label__mutmut_10 # type: ignore # mutmut generated
mutants_x_state_label__mutmut['x_state_label__mutmut_11'] = x_state_label__mutmut_11 # type: ignore # mutmut generated
mutants_x_state_label__mutmut['x_state_label__mutmut_12'] = x_state_label__mutmut_12 # type: ignore # mutmut generated
mutants_x_state_label__mutmut['x_state_label__mutmut_13'] = x_state_label__mutmut_13 # type: ignore # mutmut generated
mutants_x_state_label__mutmut['x_state_label__mutmut_14'] = x_state_label__mutmut_14 # type: ignore # mutmut generated
mutants_x_state_label__mutmut['x_state_label__mutmut_15'] = x_state_label__mutmut_15 # type: ignore # mutmut generated
mutants_x_state_label__mutmut['x_state_label__mutmut_16'] = x_state_label__mutmut_16 # type: ignore # mutmut generated
mutants_xǁLifecycleǁcheck__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Lifecycle(Generic[StateT]):
    """A transition table with the sentence that explains each refused target."""

    noun: str  # "Bag", "Cord blood unit"
    transitions: Mapping[StateT, frozenset[StateT]]
    prerequisites: Mapping[StateT, str]  # what must be true before entering each state
    refusal: type[Conflict]
    pronoun: str = "it"

    @_mutmut_mutated(mutants_xǁLifecycleǁcheck__mutmut)
    def check(self, record_label: str, current: StateT, target: StateT) -> None:
        """Raises ``refusal`` with an operator-readable sentence unless the move is allowed."""
        if target in self.transitions[current]:
            return
        name = f"{self.noun} {record_label}"
        if current == target:
            raise self.refusal(f"{name} is already {state_label(current)}.")
        raise self.refusal(f"{name} is {state_label(current)}; {self.pronoun} cannot become "
                           f"{state_label(target)}: {self.prerequisites[target]}.")

    def xǁLifecycleǁcheck__mutmut_orig(self, record_label: str, current: StateT, target: StateT) -> None:
        """Raises ``refusal`` with an operator-readable sentence unless the move is allowed."""
        if target in self.transitions[current]:
            return
        name = f"{self.noun} {record_label}"
        if current == target:
            raise self.refusal(f"{name} is already {state_label(current)}.")
        raise self.refusal(f"{name} is {state_label(current)}; {self.pronoun} cannot become "
                           f"{state_label(target)}: {self.prerequisites[target]}.")

    def xǁLifecycleǁcheck__mutmut_1(self, record_label: str, current: StateT, target: StateT) -> None:
        """Raises ``refusal`` with an operator-readable sentence unless the move is allowed."""
        if target not in self.transitions[current]:
            return
        name = f"{self.noun} {record_label}"
        if current == target:
            raise self.refusal(f"{name} is already {state_label(current)}.")
        raise self.refusal(f"{name} is {state_label(current)}; {self.pronoun} cannot become "
                           f"{state_label(target)}: {self.prerequisites[target]}.")

    def xǁLifecycleǁcheck__mutmut_2(self, record_label: str, current: StateT, target: StateT) -> None:
        """Raises ``refusal`` with an operator-readable sentence unless the move is allowed."""
        if target in self.transitions[current]:
            return
        name = None
        if current == target:
            raise self.refusal(f"{name} is already {state_label(current)}.")
        raise self.refusal(f"{name} is {state_label(current)}; {self.pronoun} cannot become "
                           f"{state_label(target)}: {self.prerequisites[target]}.")

    def xǁLifecycleǁcheck__mutmut_3(self, record_label: str, current: StateT, target: StateT) -> None:
        """Raises ``refusal`` with an operator-readable sentence unless the move is allowed."""
        if target in self.transitions[current]:
            return
        name = f"{self.noun} {record_label}"
        if current != target:
            raise self.refusal(f"{name} is already {state_label(current)}.")
        raise self.refusal(f"{name} is {state_label(current)}; {self.pronoun} cannot become "
                           f"{state_label(target)}: {self.prerequisites[target]}.")

    def xǁLifecycleǁcheck__mutmut_4(self, record_label: str, current: StateT, target: StateT) -> None:
        """Raises ``refusal`` with an operator-readable sentence unless the move is allowed."""
        if target in self.transitions[current]:
            return
        name = f"{self.noun} {record_label}"
        if current == target:
            raise self.refusal(None)
        raise self.refusal(f"{name} is {state_label(current)}; {self.pronoun} cannot become "
                           f"{state_label(target)}: {self.prerequisites[target]}.")

    def xǁLifecycleǁcheck__mutmut_5(self, record_label: str, current: StateT, target: StateT) -> None:
        """Raises ``refusal`` with an operator-readable sentence unless the move is allowed."""
        if target in self.transitions[current]:
            return
        name = f"{self.noun} {record_label}"
        if current == target:
            raise self.refusal(f"{name} is already {state_label(None)}.")
        raise self.refusal(f"{name} is {state_label(current)}; {self.pronoun} cannot become "
                           f"{state_label(target)}: {self.prerequisites[target]}.")

    def xǁLifecycleǁcheck__mutmut_6(self, record_label: str, current: StateT, target: StateT) -> None:
        """Raises ``refusal`` with an operator-readable sentence unless the move is allowed."""
        if target in self.transitions[current]:
            return
        name = f"{self.noun} {record_label}"
        if current == target:
            raise self.refusal(f"{name} is already {state_label(current)}.")
        raise self.refusal(None)

    def xǁLifecycleǁcheck__mutmut_7(self, record_label: str, current: StateT, target: StateT) -> None:
        """Raises ``refusal`` with an operator-readable sentence unless the move is allowed."""
        if target in self.transitions[current]:
            return
        name = f"{self.noun} {record_label}"
        if current == target:
            raise self.refusal(f"{name} is already {state_label(current)}.")
        raise self.refusal(f"{name} is {state_label(None)}; {self.pronoun} cannot become "
                           f"{state_label(target)}: {self.prerequisites[target]}.")

    def xǁLifecycleǁcheck__mutmut_8(self, record_label: str, current: StateT, target: StateT) -> None:
        """Raises ``refusal`` with an operator-readable sentence unless the move is allowed."""
        if target in self.transitions[current]:
            return
        name = f"{self.noun} {record_label}"
        if current == target:
            raise self.refusal(f"{name} is already {state_label(current)}.")
        raise self.refusal(f"{name} is {state_label(current)}; {self.pronoun} cannot become "
                           f"{state_label(None)}: {self.prerequisites[target]}.")

mutants_xǁLifecycleǁcheck__mutmut['_mutmut_orig'] = Lifecycle.xǁLifecycleǁcheck__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLifecycleǁcheck__mutmut['xǁLifecycleǁcheck__mutmut_1'] = Lifecycle.xǁLifecycleǁcheck__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLifecycleǁcheck__mutmut['xǁLifecycleǁcheck__mutmut_2'] = Lifecycle.xǁLifecycleǁcheck__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLifecycleǁcheck__mutmut['xǁLifecycleǁcheck__mutmut_3'] = Lifecycle.xǁLifecycleǁcheck__mutmut_3 # type: ignore # mutmut generated
mutants_xǁLifecycleǁcheck__mutmut['xǁLifecycleǁcheck__mutmut_4'] = Lifecycle.xǁLifecycleǁcheck__mutmut_4 # type: ignore # mutmut generated
mutants_xǁLifecycleǁcheck__mutmut['xǁLifecycleǁcheck__mutmut_5'] = Lifecycle.xǁLifecycleǁcheck__mutmut_5 # type: ignore # mutmut generated
mutants_xǁLifecycleǁcheck__mutmut['xǁLifecycleǁcheck__mutmut_6'] = Lifecycle.xǁLifecycleǁcheck__mutmut_6 # type: ignore # mutmut generated
mutants_xǁLifecycleǁcheck__mutmut['xǁLifecycleǁcheck__mutmut_7'] = Lifecycle.xǁLifecycleǁcheck__mutmut_7 # type: ignore # mutmut generated
mutants_xǁLifecycleǁcheck__mutmut['xǁLifecycleǁcheck__mutmut_8'] = Lifecycle.xǁLifecycleǁcheck__mutmut_8 # type: ignore # mutmut generated
