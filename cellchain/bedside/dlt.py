"""What the PROPOSED DLT definition would say about an adverse event (pure; issue 11 item 5,
for the trial issue's escalation board). The clinician decides and the safety review committee
confirms; this is shown beside the DLT flag, never applied to it.

The definition (domain file §4, "PROPOSED DLT definition"; a GUESS until the protocol is read):
counted within the window and at least possibly related to RAK -
- grade >= 3 non-haematological, excluding grade 3 nausea, vomiting or diarrhoea controlled
  within 72 h, and events clearly due to TAS-102 or the disease;
- grade 4 neutropenia lasting > 7 days, or febrile neutropenia;
- grade 4 thrombocytopenia, or grade 3 with bleeding;
- grade >= 3 infusion-related reaction, allergic reaction or CRS;
- any grade 5.
Facts the record does not hold (control within 72 h, duration, bleeding) give "may count",
with the condition named. "Clearly due to TAS-102" is read as: related to TAS-102 definitely
and to RAK only possibly; attribution to the disease is not recorded and stays the
clinician's. A term not on the list is read as non-haematological, and the reason says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from cellchain.bedside.adverse import (
    RELATED,
    AdverseEventFacts,
    DltClass,
    Relatedness,
    Vocabulary,
)


class DltVerdict(StrEnum):
    COUNTS = "counts"
    DEPENDS = "depends"
    DOES_NOT_COUNT = "does_not_count"

    @property
    def label(self) -> str:
        return {"counts": "would count as a DLT", "depends": "may count as a DLT",
                "does_not_count": "would not count as a DLT"}[self.value]


@dataclass(frozen=True)
class DltSuggestion:
    verdict: DltVerdict
    reason: str

    def text(self) -> str:
        return f"The PROPOSED DLT definition {self.verdict.label}: {self.reason}."


def suggest_dlt(
    facts: AdverseEventFacts, *, vocabulary: Vocabulary | None, first_infusion_on: date | None,
    window_days: int,
) -> DltSuggestion:
    """What the PROPOSED DLT definition (domain file §4) would say; the clinician decides."""
    no, maybe, yes = DltVerdict.DOES_NOT_COUNT, DltVerdict.DEPENDS, DltVerdict.COUNTS
    rak = facts.related_to_rak
    if rak not in set(Relatedness) or Relatedness(rak) not in RELATED:
        return DltSuggestion(no, "it is not at least possibly related to RAK")
    if first_infusion_on is None:
        return DltSuggestion(no, "no study infusion is recorded for the subject, so the DLT "
                                 "window has not started")
    if facts.onset_on < first_infusion_on:
        return DltSuggestion(no, f"it began before the first study infusion "
                                 f"({first_infusion_on})")
    if facts.onset_on > first_infusion_on + timedelta(days=window_days):
        return DltSuggestion(no, f"it began {(facts.onset_on - first_infusion_on).days} days "
                                 f"after the first study infusion, after the {window_days}-day "
                                 "DLT window")
    if facts.grade >= 5:
        return DltSuggestion(yes, "any grade 5 event in the window counts")
    term = vocabulary.find(facts.term) if vocabulary else None
    kind = term.dlt_class if term else DltClass.NON_HAEMATOLOGICAL
    verdict, reason = _by_class(kind, facts.grade)
    if not term:
        reason += " (a term not on the list is read as non-haematological)"
    tas102_only = (facts.related_to_tas102 == Relatedness.DEFINITE
                   and rak == Relatedness.POSSIBLE)
    if verdict is yes and tas102_only and kind in (DltClass.NON_HAEMATOLOGICAL, DltClass.GI):
        return DltSuggestion(maybe, f"{reason}, unless it is clearly due to TAS-102 (related "
                                    "to TAS-102 definitely, to RAK only possibly)")
    return DltSuggestion(verdict, reason)


def _by_class(kind: DltClass, grade: int) -> tuple[DltVerdict, str]:
    no, maybe, yes = DltVerdict.DOES_NOT_COUNT, DltVerdict.DEPENDS, DltVerdict.COUNTS
    match kind:
        case DltClass.INFUSION_REACTION:
            return (yes, f"grade {grade} infusion-related reaction, allergic reaction or CRS "
                         "(grade 3 or more counts)") if grade >= 3 else (
                no, "an infusion-related reaction, allergic reaction or CRS counts from grade 3")
        case DltClass.GI:
            if grade >= 4:
                return yes, f"grade {grade} nausea, vomiting or diarrhoea"
            if grade == 3:
                return maybe, "grade 3 nausea, vomiting or diarrhoea counts unless controlled " \
                              "within 72 h"
            return no, "nausea, vomiting or diarrhoea counts from grade 3"
        case DltClass.NEUTROPENIA:
            if grade >= 4:
                return maybe, "grade 4 neutropenia counts if it lasts more than 7 days"
            return no, "neutropenia counts at grade 4 lasting more than 7 days, or febrile"
        case DltClass.FEBRILE_NEUTROPENIA:
            # CTCAE grades febrile neutropenia 3 to 5 only.
            return (yes, "febrile neutropenia counts") if grade >= 3 else (
                no, "febrile neutropenia is graded 3 or more")
        case DltClass.THROMBOCYTOPENIA:
            if grade >= 4:
                return yes, "grade 4 thrombocytopenia counts"
            if grade == 3:
                return maybe, "grade 3 thrombocytopenia counts if there is bleeding"
            return no, "thrombocytopenia counts at grade 4, or grade 3 with bleeding"
        case DltClass.HAEMATOLOGICAL:
            return no, "this haematological event counts only at grade 5"
        case _:
            return (yes, f"grade {grade} non-haematological event") if grade >= 3 else (
                no, "a non-haematological event counts from grade 3")


def flag_disagrees(flagged: bool, suggestion: DltSuggestion) -> str | None:
    """A sentence when the clinician's flag and the suggestion disagree, to show them."""
    counted = suggestion.verdict is not DltVerdict.DOES_NOT_COUNT
    if flagged != counted:
        which = "Flagged" if flagged else "Not flagged"
        return (f"{which} as a DLT, though the PROPOSED DLT definition "
                f"{suggestion.verdict.label}: {suggestion.reason}.")
    return None
