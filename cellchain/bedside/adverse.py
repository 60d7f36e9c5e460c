"""Adverse events as pure rules (issue 11 item 5): the vocabulary, the validation of a report
and of a later change, and what the PROPOSED DLT definition would say about an event. No I/O;
the site's date is passed in.

Decisions recorded here (this module is what validation reads):
- Grades are CTCAE 1-5, and for a listed term only those CTCAE defines ("-" in CTCAE: Nausea
  has no grade 4). A term not on the list is reported as "Other, specify: <term>", written on
  one printable line and not a listed term under another spelling, so listed terms stay coded.
- Onset is not after today at the site, not before the subject was registered (earlier events
  are medical history), and not before the infusion the event is linked to. Resolution is not
  before onset and not after today.
- Grade 5 is serious: an event resulting in death always is (ICH E2A II.B).
- Relatedness is assessed separately for RAK and for TAS-102 on one five-point scale (domain
  file §4: TAS-102 myelosuppression makes attribution hard).
- The DLT flag is refused only where no DLT definition could count the event: when it is not
  at least possibly related to RAK (the PROPOSED definition and every precedent count only
  those). Grade, window and exclusions are not enforced: the definition is a GUESS until the
  protocol is read, and the clinician, then the safety review committee, decides. The
  suggestion (``cellchain.bedside.dlt.suggest_dlt``) is shown beside the flag instead.
- The DLT window runs from the date of the subject's first study infusion to that date plus
  ``window_days`` inclusive (Day 1 is the infusion; "from dosing to Day 29" [S49] is 28 days).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any, Final

from cellchain.errors import BadInput

GRADES: Final = (1, 2, 3, 4, 5)
# CTCAE v5.0 "Grade" general guideline, in the words shown beside each number.
GRADE_WORDS: Final[Mapping[int, str]] = {
    1: "mild", 2: "moderate", 3: "severe or medically significant", 4: "life-threatening",
    5: "death related to the event"}
OTHER: Final = "other"  # the form's value for "Other, specify"
OTHER_PREFIX: Final = "Other, specify: "
TERM_MAX: Final = 200  # adverse_event.term
NOTE_MAX: Final = 1000  # adverse_event.note
REASON_MAX: Final = 500
OTHER_MIN: Final = 2


class Relatedness(StrEnum):
    NOT_RELATED = "not_related"
    UNLIKELY = "unlikely"
    POSSIBLE = "possible"
    PROBABLE = "probable"
    DEFINITE = "definite"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


# "At least possibly related": the PROPOSED DLT definition's entry condition.
RELATED: Final = frozenset({Relatedness.POSSIBLE, Relatedness.PROBABLE, Relatedness.DEFINITE})


class DltClass(StrEnum):
    """Which bullet of the PROPOSED DLT definition a term falls under."""

    INFUSION_REACTION = "infusion_reaction"
    NON_HAEMATOLOGICAL = "non_haematological"
    GI = "gi"
    NEUTROPENIA = "neutropenia"
    FEBRILE_NEUTROPENIA = "febrile_neutropenia"
    THROMBOCYTOPENIA = "thrombocytopenia"
    HAEMATOLOGICAL = "haematological"


@dataclass(frozen=True)
class Term:
    name: str
    grades: tuple[int, ...]
    dlt_class: DltClass


@dataclass(frozen=True)
class Vocabulary:
    """The terms offered for one CTCAE version."""

    ctcae_version: str
    terms: tuple[Term, ...]

    def find(self, name: str) -> Term | None:
        return next((t for t in self.terms if t.name == name), None)


def vocabularies_from(raw: Mapping[str, Any]) -> dict[str, Vocabulary]:
    """The term lists of a parsed ``ctcae-terms.toml``, by CTCAE version; refuses a malformed
    one naming what is wrong (a site edits this file)."""
    found: dict[str, Vocabulary] = {}
    for entry in raw["version"]:
        version = str(entry["ctcae"])
        terms = tuple(Term(str(t["name"]), tuple(int(g) for g in t["grades"]),
                           DltClass(t["dlt_class"])) for t in entry["terms"])
        for term in terms:
            if not term.grades or not set(term.grades) <= set(GRADES):
                raise ValueError(f"CTCAE v{version} {term.name}: grades must be among 1-5")
        if len({t.name for t in terms}) != len(terms):
            raise ValueError(f"CTCAE v{version}: a term is listed twice")
        found[version] = Vocabulary(version, terms)
    return found


def _one_line_problem(text: str) -> str | None:
    if any(not ch.isprintable() for ch in text):
        return "must be printable text on one line"
    return None


def read_term(choice: str, other: str, vocabulary: Vocabulary) -> str:
    """The term as stored, from the form's choice and, for Other, the term written out."""
    if choice == OTHER:
        return OTHER_PREFIX + _other_text(other, vocabulary)
    if not choice:
        raise BadInput("Term is required: choose a CTCAE term, or Other, specify.",
                       field="term")
    if vocabulary.find(choice) is None:
        raise BadInput(f"Term '{choice}' is not a CTCAE v{vocabulary.ctcae_version} term "
                       "offered here: choose one from the list, or Other, specify.", field="term")
    return choice


def term_problem(term: str, vocabulary: Vocabulary) -> tuple[str, str] | None:
    """(field, sentence) when a stored-form term is neither listed nor a valid Other."""
    try:
        if term.startswith(OTHER_PREFIX):
            read_term(OTHER, term.removeprefix(OTHER_PREFIX), vocabulary)
        else:
            read_term(term, "", vocabulary)
    except BadInput as refusal:
        return refusal.field or "term", refusal.message
    return None


def _other_text(other: str, vocabulary: Vocabulary) -> str:
    text = other.strip()
    longest = TERM_MAX - len(OTHER_PREFIX)
    problem = _one_line_problem(text)
    if problem:
        raise BadInput(f"Other term {problem}.", field="other_term")
    if not OTHER_MIN <= len(text) <= longest:
        raise BadInput(f"Other term is required with Other, specify: {OTHER_MIN} to {longest} "
                       f"characters ({len(text)} given).", field="other_term")
    listed = next((t.name for t in vocabulary.terms if t.name.casefold() == text.casefold()),
                  None)
    if listed is not None:
        raise BadInput(f"Other term '{text}' is the listed term {listed}: choose it from the "
                       "list instead.", field="other_term")
    return text


@dataclass(frozen=True)
class AdverseEventFacts:
    """What a report says about an event (the fields a clinician enters)."""

    term: str
    grade: int
    onset_on: date
    resolved_on: date | None
    serious: bool
    related_to_rak: str
    related_to_tas102: str
    dlt: bool
    note: str | None = None


@dataclass(frozen=True)
class ReportContext:
    """What the database knows that the rules need, in site dates."""

    today: date
    registered_on: date
    infusion_on: date | None
    vocabulary: Vocabulary | None  # None: the event's CTCAE version has no term list here


def _grade_problem(facts: AdverseEventFacts, vocabulary: Vocabulary | None) -> str | None:
    if isinstance(facts.grade, bool) or facts.grade not in GRADES:
        return f"Grade must be a whole number from 1 to 5 (CTCAE); got {facts.grade!r}."
    term = vocabulary.find(facts.term) if vocabulary else None
    if term is not None and facts.grade not in term.grades:
        return (f"Grade {facts.grade} does not exist for {term.name} in CTCAE "
                f"v{vocabulary.ctcae_version if vocabulary else ''} (grades "
                f"{', '.join(str(g) for g in term.grades)}).")
    return None


def _relatedness_problem(value: str, label: str) -> str | None:
    if value in set(Relatedness):
        return None
    return (f"{label} must be one of: {', '.join(r.label for r in Relatedness)}; "
            f"got {value!r}.")


def _date_problems(facts: AdverseEventFacts, context: ReportContext) -> dict[str, str]:
    found: dict[str, str] = {}
    onset, resolved = facts.onset_on, facts.resolved_on
    if onset > context.today:
        found["onset_on"] = (f"Onset date {onset} is after today ({context.today}): an "
                             "adverse event is reported once it has begun.")
    elif onset < context.registered_on:
        found["onset_on"] = (f"Onset date {onset} is before the subject was registered "
                             f"({context.registered_on}): earlier events are medical history.")
    elif context.infusion_on is not None and onset < context.infusion_on:
        found["onset_on"] = (f"Onset date {onset} is before the linked infusion "
                             f"({context.infusion_on}): link no infusion, or correct the date.")
    if resolved is not None and resolved < onset:
        found["resolved_on"] = (f"Resolution date {resolved} is before the onset date "
                                f"({onset}).")
    elif resolved is not None and resolved > context.today:
        found["resolved_on"] = (f"Resolution date {resolved} is after today "
                                f"({context.today}).")
    return found


def problems(facts: AdverseEventFacts, context: ReportContext) -> dict[str, str]:
    """Every rule the facts break, one sentence per field, each naming its field."""
    found: dict[str, str] = {}
    grade = _grade_problem(facts, context.vocabulary)
    if grade:
        found["grade"] = grade
    found.update(_date_problems(facts, context))
    if facts.grade == 5 and not facts.serious:
        found["serious"] = ("Serious must be ticked for a grade 5 event: an event resulting in "
                            "death is always serious (ICH E2A).")
    for field, label in (("related_to_rak", "Relatedness to RAK"),
                         ("related_to_tas102", "Relatedness to TAS-102")):
        problem = _relatedness_problem(getattr(facts, field), label)
        if problem:
            found[field] = problem
    if facts.dlt and facts.related_to_rak in set(Relatedness) \
            and Relatedness(facts.related_to_rak) not in RELATED:
        found["dlt"] = (f"DLT can be ticked only for an event at least possibly related to RAK "
                        f"(relatedness to RAK is {Relatedness(facts.related_to_rak).label}): "
                        "no DLT definition counts any other.")
    if facts.note is not None and len(facts.note) > NOTE_MAX:
        found["note"] = f"Note is at most {NOTE_MAX} characters ({len(facts.note)} given)."
    return found


# Fields a clinician may change after the report (issue 11: resolution, grade, seriousness,
# relatedness, DLT). Term and onset identify the event: a wrong one is a new report.
UPDATABLE: Final = ("grade", "resolved_on", "serious", "related_to_rak", "related_to_tas102",
                    "dlt")
_TYPES: Final[Mapping[str, tuple[type, ...]]] = {
    "grade": (int,), "resolved_on": (date, type(None)), "serious": (bool,),
    "related_to_rak": (str,), "related_to_tas102": (str,), "dlt": (bool,)}


def apply_changes(
    facts: AdverseEventFacts, changes: Mapping[str, object]
) -> tuple[AdverseEventFacts, list[tuple[str, object, object]]]:
    """The facts after ``changes`` and the (field, old, new) of each value that differs."""
    for field, value in changes.items():
        if field not in UPDATABLE:
            raise BadInput(f"{field} cannot be changed after the report (only "
                           f"{', '.join(UPDATABLE)}): report a new event instead.", field=field)
        wrong_type = field == "grade" and isinstance(value, bool)
        if wrong_type or not isinstance(value, _TYPES[field]):
            raise BadInput(f"{field} cannot be {value!r}.", field=field)
    after = replace(facts, **changes)  # type: ignore[arg-type]
    differ = [(f, getattr(facts, f), getattr(after, f)) for f in UPDATABLE
              if getattr(facts, f) != getattr(after, f)]
    return after, differ


def reason_problem(reason: str) -> str | None:
    """Why a change's reason is refused, or None (a change after the report needs one)."""
    text = reason.strip()
    if not text:
        return "Reason is required for a change after the report: say why it changed."
    if len(text) > REASON_MAX:
        return f"Reason is at most {REASON_MAX} characters ({len(text)} given)."
    return None


def parse_grade(text: str) -> int:
    """A grade typed or chosen in a form (1-5), or BadInput naming the field."""
    value = text.strip()
    if value not in {str(g) for g in GRADES}:
        raise BadInput(f"Grade must be a whole number from 1 to 5 (CTCAE); got '{value}'.",
                       field="grade")
    return int(value)


def parse_relatedness(text: str, *, field: str, label: str) -> Relatedness:
    """A relatedness chosen in a form, or BadInput naming the field and the scale."""
    try:
        return Relatedness(text.strip())
    except ValueError:
        raise BadInput(f"{label} is required: one of "
                       f"{', '.join(r.label for r in Relatedness)}.", field=field) from None


def parse_tick(text: str, *, field: str, label: str) -> bool:
    """A checkbox: ticked ("yes") or not (absent); anything else is refused."""
    if text not in ("", "yes"):
        raise BadInput(f"{label} is ticked or not; got '{text}'.", field=field)
    return text == "yes"
