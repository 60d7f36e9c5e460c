"""The one lifecycle check: its sentences, with a state's own label or else its words."""

from __future__ import annotations

from enum import StrEnum

import pytest

from cellchain.errors import Conflict
from cellchain.lifecycle import Lifecycle, state_label


class Plain(StrEnum):
    IN_STOCK = "in_stock"
    GONE_AWAY = "gone_away"


class Labelled(StrEnum):
    HELD = "held"
    FREE = "free"

    @property
    def label(self) -> str:
        return "held (quarantine)" if self is Labelled.HELD else "free to use"


class Refused(Conflict):
    pass


def test_a_state_reads_as_its_label_or_else_its_words() -> None:
    assert state_label(Plain.IN_STOCK) == "in stock"
    assert state_label(Labelled.HELD) == "held (quarantine)"


def test_an_allowed_move_passes_and_a_refused_one_says_what_must_happen_first() -> None:
    table = Lifecycle("Widget", {Plain.IN_STOCK: frozenset({Plain.GONE_AWAY}),
                                 Plain.GONE_AWAY: frozenset()},
                      {Plain.IN_STOCK: "nothing comes back", Plain.GONE_AWAY: "never"},
                      Refused, pronoun="she")
    table.check("W1", Plain.IN_STOCK, Plain.GONE_AWAY)
    with pytest.raises(Refused) as refused:
        table.check("W1", Plain.GONE_AWAY, Plain.IN_STOCK)
    assert refused.value.message == ("Widget W1 is gone away; she cannot become in stock: "
                                     "nothing comes back.")
    with pytest.raises(Refused) as refused:
        table.check("W1", Plain.GONE_AWAY, Plain.GONE_AWAY)
    assert refused.value.message == "Widget W1 is already gone away."
    labelled = Lifecycle("Unit", {Labelled.HELD: frozenset(), Labelled.FREE: frozenset()},
                         {Labelled.HELD: "x", Labelled.FREE: "QA must release it"}, Refused)
    with pytest.raises(Refused) as refused:
        labelled.check("U1", Labelled.HELD, Labelled.FREE)
    assert refused.value.message == ("Unit U1 is held (quarantine); it cannot become free to "
                                     "use: QA must release it.")
