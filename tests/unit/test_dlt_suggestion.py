"""What the PROPOSED DLT definition would say: each bullet of the definition by example, and
its properties over every combination of term class, grade, relatedness and onset day."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, timedelta

import pytest

from cellchain.bedside.adverse import OTHER_PREFIX, RELATED, AdverseEventFacts, Relatedness
from cellchain.bedside.ctcae import load_terms
from cellchain.bedside.dlt import DltVerdict, flag_disagrees, suggest_dlt

V5 = load_terms().vocabularies["5.0"]
FIRST = date(2026, 7, 1)
WINDOW = 28
NO, MAYBE, YES = DltVerdict.DOES_NOT_COUNT, DltVerdict.DEPENDS, DltVerdict.COUNTS
EVENT = AdverseEventFacts(term="Fever", grade=3, onset_on=FIRST + timedelta(days=3),
                          resolved_on=None, serious=False, related_to_rak="possible",
                          related_to_tas102="not_related", dlt=False)


def _say(first: date | None = FIRST, **changes: object) -> tuple[DltVerdict, str]:
    suggestion = suggest_dlt(replace(EVENT, **changes),  # type: ignore[arg-type]
                             vocabulary=V5, first_infusion_on=first, window_days=WINDOW)
    return suggestion.verdict, suggestion.reason


@pytest.mark.parametrize(("changes", "verdict", "words"), [
    # grade >= 3 non-haematological
    ({"term": "Fever", "grade": 3}, YES, "grade 3 non-haematological"),
    ({"term": "Hypotension", "grade": 4}, YES, "non-haematological"),
    ({"term": "Fatigue", "grade": 2}, NO, "counts from grade 3"),
    # ... excluding grade 3 nausea, vomiting or diarrhoea controlled within 72 h
    ({"term": "Nausea", "grade": 3}, MAYBE, "unless controlled within 72 h"),
    ({"term": "Diarrhea", "grade": 4}, YES, "grade 4 nausea, vomiting or diarrhoea"),
    ({"term": "Vomiting", "grade": 2}, NO, "counts from grade 3"),
    # ... and events clearly due to TAS-102
    ({"term": "Fever", "related_to_tas102": "definite"}, MAYBE, "clearly due to TAS-102"),
    ({"term": "Fever", "related_to_tas102": "definite", "related_to_rak": "probable"}, YES,
     "non-haematological"),
    # grade 4 neutropenia lasting > 7 days, or febrile neutropenia
    ({"term": "Neutrophil count decreased", "grade": 4}, MAYBE, "lasts more than 7 days"),
    ({"term": "Neutrophil count decreased", "grade": 3}, NO, "grade 4 lasting"),
    ({"term": "Febrile neutropenia", "grade": 3}, YES, "febrile neutropenia counts"),
    # grade 4 thrombocytopenia, or grade 3 with bleeding
    ({"term": "Platelet count decreased", "grade": 4}, YES, "grade 4 thrombocytopenia"),
    ({"term": "Platelet count decreased", "grade": 3}, MAYBE, "if there is bleeding"),
    ({"term": "Platelet count decreased", "grade": 2}, NO, "grade 3 with bleeding"),
    # grade >= 3 infusion-related reaction, allergic reaction or CRS
    ({"term": "Infusion related reaction", "grade": 3}, YES, "infusion-related reaction"),
    ({"term": "Cytokine release syndrome", "grade": 2}, NO, "counts from grade 3"),
    ({"term": "Allergic reaction", "grade": 4, "related_to_tas102": "definite"}, YES, "CRS"),
    # any grade 5
    ({"term": "Anemia", "grade": 5, "serious": True}, YES, "any grade 5"),
    ({"term": "Anemia", "grade": 4}, NO, "only at grade 5"),
    # at least possibly related to RAK
    ({"term": "Fever", "grade": 5, "related_to_rak": "unlikely"}, NO, "not at least possibly"),
    # a term not on the list
    ({"term": OTHER_PREFIX + "Pneumonitis", "grade": 3}, YES, "read as non-haematological"),
])
def test_each_part_of_the_definition(changes: dict[str, object], verdict: DltVerdict,
                                     words: str) -> None:
    said, reason = _say(**changes)
    assert said is verdict
    assert words in reason


@pytest.mark.parametrize(("first", "onset", "verdict", "words"), [
    (None, FIRST, NO, "no study infusion is recorded"),
    (FIRST, FIRST - timedelta(days=1), NO, "before the first study infusion (2026-07-01)"),
    (FIRST, FIRST, YES, "non-haematological"),
    (FIRST, FIRST + timedelta(days=WINDOW), YES, "non-haematological"),
    (FIRST, FIRST + timedelta(days=WINDOW + 1), NO, "29 days after the first study infusion, "
                                                    "after the 28-day DLT window"),
])
def test_only_events_that_begin_within_the_window_count(
    first: date | None, onset: date, verdict: DltVerdict, words: str
) -> None:
    said, reason = _say(first, onset_on=onset)
    assert said is verdict and words in reason


ORDER = {NO: 0, MAYBE: 1, YES: 2}
OFFSETS = (-1, 0, 14, WINDOW, WINDOW + 1)
CASES = list(itertools.product(
    [t.name for t in V5.terms] + [OTHER_PREFIX + "Other"], range(1, 6), list(Relatedness),
    list(Relatedness), [*OFFSETS, None]))


def _verdict(term: str, grade: int, rak: str, tas102: str, offset: int | None) -> DltVerdict:
    return suggest_dlt(
        replace(EVENT, term=term, grade=grade, related_to_rak=rak, related_to_tas102=tas102,
                onset_on=FIRST + timedelta(days=offset or 0)),
        vocabulary=V5, first_infusion_on=None if offset is None else FIRST,
        window_days=WINDOW).verdict


def test_the_definition_over_every_combination() -> None:
    """Over every term x grade x relatedness to RAK and to TAS-102 x onset day (15 x 5 x 5 x 5
    x 6): nothing counts that is unrelated, outside the window, or below grade 3; every
    related grade 5 in the window counts; and a higher grade or a closer relatedness to RAK
    never makes an event count less."""
    verdicts = {case: _verdict(*case) for case in CASES}
    for (term, grade, rak, tas102, offset), verdict in verdicts.items():
        in_window = offset is not None and 0 <= offset <= WINDOW
        if verdict is not NO:
            assert Relatedness(rak) in RELATED and in_window and grade >= 3, (term, grade)
        if grade == 5 and Relatedness(rak) in RELATED and in_window:
            assert verdict is YES
        if grade < 5:
            higher = verdicts[(term, grade + 1, rak, tas102, offset)]
            assert ORDER[higher] >= ORDER[verdict], (term, grade)
        closer = list(Relatedness).index(Relatedness(rak)) + 1
        if closer < len(Relatedness):
            nearer = verdicts[(term, grade, list(Relatedness)[closer], tas102, offset)]
            assert ORDER[nearer] >= ORDER[verdict], (term, grade, rak)
    assert set(verdicts.values()) == {NO, MAYBE, YES}


def test_the_suggestion_reads_as_a_sentence_naming_the_proposed_definition() -> None:
    suggestion = suggest_dlt(EVENT, vocabulary=V5, first_infusion_on=FIRST, window_days=WINDOW)
    assert suggestion.text() == ("The PROPOSED DLT definition would count as a DLT: grade 3 "
                                 "non-haematological event.")


@pytest.mark.parametrize(("flagged", "changes", "says"), [
    (True, {}, None), (False, {}, "Not flagged as a DLT, though the PROPOSED DLT definition "
                                  "would count as a DLT"),
    (True, {"grade": 2}, "Flagged as a DLT, though the PROPOSED DLT definition would not "
                         "count as a DLT: a non-haematological event counts from grade 3."),
    (False, {"grade": 2}, None),
    (False, {"term": "Nausea"}, "Not flagged as a DLT, though the PROPOSED DLT definition may "
                                "count as a DLT: grade 3 nausea"),
    (True, {"term": "Nausea"}, None),
])
def test_a_flag_that_disagrees_with_the_suggestion_is_pointed_out(
    flagged: bool, changes: dict[str, object], says: str | None
) -> None:
    suggestion = suggest_dlt(replace(EVENT, **changes),  # type: ignore[arg-type]
                             vocabulary=V5, first_infusion_on=FIRST, window_days=WINDOW)
    sentence = flag_disagrees(flagged, suggestion)
    assert sentence == says if says is None else sentence is not None and says in sentence
