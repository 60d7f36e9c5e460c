"""Adverse events as pure rules: the vocabulary, every refusal naming its field and rule, the
changes after a report, and the reading of the forms."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cellchain.bedside import adverse, adverse_forms
from cellchain.bedside.adverse import (
    GRADES,
    OTHER,
    OTHER_PREFIX,
    RELATED,
    AdverseEventFacts,
    DltClass,
    Relatedness,
    ReportContext,
    apply_changes,
    problems,
    read_term,
    reason_problem,
    term_problem,
    vocabularies_from,
)
from cellchain.bedside.ctcae import SHIPPED, current_vocabulary, load_terms
from cellchain.bedside.settings import SHIPPED as SHIPPED_BEDSIDE
from cellchain.config import Settings
from cellchain.errors import BadInput, InvalidFields

TERMS = load_terms()
V5 = TERMS.vocabularies["5.0"]
TODAY = date(2026, 7, 10)
REGISTERED = date(2026, 3, 2)
CONTEXT = ReportContext(today=TODAY, registered_on=REGISTERED, infusion_on=None, vocabulary=V5)
FEVER = AdverseEventFacts(term="Fever", grade=2, onset_on=date(2026, 7, 1), resolved_on=None,
                          serious=False, related_to_rak="possible", related_to_tas102="unlikely",
                          dlt=False)
# The field each problem must name (the words a reader sees beside it).
FIELD_WORDS = {"grade": "Grade", "onset_on": "Onset date", "resolved_on": "Resolution date",
               "serious": "Serious", "related_to_rak": "Relatedness to RAK",
               "related_to_tas102": "Relatedness to TAS-102", "dlt": "DLT", "note": "Note",
               "term": "Term", "other_term": "Other term", "reason": "Reason"}


def _names_its_field(found: dict[str, str]) -> bool:
    return all(message.startswith(FIELD_WORDS[field]) for field, message in found.items())


# --- the vocabulary ----------------------------------------------------------------------------

def test_the_shipped_lists_offer_the_infusion_terms_of_the_domain_file_in_both_versions() -> None:
    wanted = {"Infusion related reaction", "Allergic reaction", "Fever",
              "Cytokine release syndrome", "Hypotension", "Nausea", "Vomiting", "Diarrhea",
              "Neutrophil count decreased", "Febrile neutropenia", "Anemia", "Fatigue"}
    for version in ("5.0", "6.0"):
        names = {t.name for t in TERMS.vocabularies[version].terms}
        assert wanted <= names, version
    # CTCAE v6.0 replaced Platelet count decreased (grades 1-4) by Thrombocytopenia (1-5).
    assert V5.find("Platelet count decreased") is not None
    assert TERMS.vocabularies["6.0"].find("Platelet count decreased") is None
    assert TERMS.vocabularies["6.0"].find("Thrombocytopenia").grades == GRADES  # type: ignore[union-attr]
    assert TERMS.dlt_window_days == 28


@pytest.mark.parametrize(("term", "grades"), [
    ("Nausea", (1, 2, 3)), ("Fatigue", (1, 2, 3)), ("Headache", (1, 2, 3)),
    ("Neutrophil count decreased", (1, 2, 3, 4)), ("Febrile neutropenia", (3, 4, 5)),
    ("Infusion related reaction", GRADES), ("Fever", GRADES),
])
def test_a_term_offers_only_the_grades_ctcae_defines_for_it(term: str, grades: tuple[int]) -> None:
    found = V5.find(term)
    assert found is not None and found.grades == grades


def test_every_dlt_class_of_the_definition_is_used_by_some_term() -> None:
    assert {t.dlt_class for t in V5.terms} == set(DltClass)


@pytest.mark.parametrize(("edit", "message"), [
    (lambda raw: raw["version"][0]["terms"][0].update(grades=[0, 1]), "grades must be"),
    (lambda raw: raw["version"][0]["terms"][0].update(grades=[]), "grades must be"),
    (lambda raw: raw["version"][0]["terms"].append(raw["version"][0]["terms"][0]), "twice"),
    (lambda raw: raw["version"][0]["terms"][0].update(dlt_class="cardiac"), "cardiac"),
])
def test_a_malformed_term_file_is_refused_naming_what_is_wrong(edit, message: str) -> None:  # type: ignore[no-untyped-def]
    raw = tomllib.loads(SHIPPED.read_text(encoding="utf-8"))
    edit(raw)
    with pytest.raises(ValueError, match=message):
        vocabularies_from(raw)


@pytest.mark.parametrize(("version", "offered"), [("5.0", "Platelet count decreased"),
                                                  ("6.0", "Thrombocytopenia")])
def test_the_form_offers_the_terms_of_the_version_the_bedside_settings_name(
    tmp_path: Path, version: str, offered: str
) -> None:
    path = tmp_path / "bedside.toml"
    path.write_text(SHIPPED_BEDSIDE.read_text(encoding="utf-8").replace(
        'ctcae_version = "5.0"', f'ctcae_version = "{version}"'), encoding="utf-8")
    settings = Settings(database_url="sqlite://", data_dir=tmp_path, secret_key="k",
                        bedside_settings=path)
    vocabulary = current_vocabulary(settings)
    assert vocabulary.ctcae_version == version and vocabulary.find(offered) is not None


def test_a_ctcae_version_without_a_term_list_is_a_configuration_error_named(
    tmp_path: Path
) -> None:
    path = tmp_path / "bedside.toml"
    path.write_text(SHIPPED_BEDSIDE.read_text(encoding="utf-8").replace(
        'ctcae_version = "5.0"', 'ctcae_version = "7.0"'), encoding="utf-8")
    settings = Settings(database_url="sqlite://", data_dir=tmp_path, secret_key="k",
                        bedside_settings=path)
    with pytest.raises(ValueError, match="no term list for CTCAE v7.0"):
        current_vocabulary(settings)


def test_a_dlt_window_shorter_than_a_day_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "terms.toml"
    path.write_text(SHIPPED.read_text(encoding="utf-8").replace("window_days = 28",
                                                                "window_days = 0"))
    with pytest.raises(ValueError, match="window_days must be at least 1"):
        load_terms(path)


# --- the term --------------------------------------------------------------------------------

def test_a_listed_term_is_stored_as_listed_and_other_with_its_prefix() -> None:
    assert read_term("Nausea", "", V5) == "Nausea"
    assert read_term(OTHER, "  Injection site pain ", V5) == OTHER_PREFIX + "Injection site pain"
    assert term_problem("Nausea", V5) is None
    assert term_problem(OTHER_PREFIX + "Injection site pain", V5) is None


@pytest.mark.parametrize(("choice", "other", "field", "words"), [
    ("", "", "term", "Term is required"),
    ("Hiccups", "", "term", "not a CTCAE v5.0 term offered"),
    ("Thrombocytopenia", "", "term", "not a CTCAE v5.0 term offered"),  # a v6.0 term
    (OTHER, "", "other_term", "Other term is required"),
    (OTHER, "x", "other_term", "2 to 184 characters (1 given)"),
    (OTHER, "y" * 185, "other_term", "(185 given)"),
    (OTHER, "Rash\nitchy", "other_term", "printable text on one line"),
    (OTHER, "Rash\titchy", "other_term", "printable text on one line"),
    (OTHER, "Rash\x07", "other_term", "printable text on one line"),
    (OTHER, "nausea", "other_term", "is the listed term Nausea"),
])
def test_a_term_is_refused_naming_the_field_and_the_rule(
    choice: str, other: str, field: str, words: str
) -> None:
    with pytest.raises(BadInput) as refused:
        read_term(choice, other, V5)
    assert refused.value.field == field
    assert words in refused.value.message
    assert refused.value.message.startswith(FIELD_WORDS[field])


@given(st.text(min_size=2, max_size=184).filter(
    lambda t: t.strip() == t and t.isprintable() and V5.find(t.title()) is None
    and all(x.name.casefold() != t.casefold() for x in V5.terms)))
@settings(max_examples=300, derandomize=True, database=None)
def test_any_printable_other_term_is_kept_exactly_and_fits_the_column(text: str) -> None:
    stored = read_term(OTHER, text, V5)
    assert stored == OTHER_PREFIX + text and len(stored) <= adverse.TERM_MAX


# --- a report ---------------------------------------------------------------------------------

def test_a_complete_report_within_the_rules_has_no_problem() -> None:
    assert problems(FEVER, CONTEXT) == {}
    assert problems(replace(FEVER, grade=5, serious=True, resolved_on=TODAY,
                            related_to_rak="definite", dlt=True), CONTEXT) == {}


@pytest.mark.parametrize(("changes", "context", "field", "words"), [
    ({"grade": 0}, {}, "grade", "from 1 to 5"),
    ({"grade": 6}, {}, "grade", "from 1 to 5"),
    ({"grade": True}, {}, "grade", "from 1 to 5"),
    ({"term": "Nausea", "grade": 4}, {}, "grade", "Grade 4 does not exist for Nausea in CTCAE "
                                                  "v5.0 (grades 1, 2, 3)"),
    ({"term": "Febrile neutropenia", "grade": 2}, {}, "grade", "does not exist"),
    ({"onset_on": TODAY + timedelta(days=1)}, {}, "onset_on", "after today"),
    ({"onset_on": REGISTERED - timedelta(days=1)}, {}, "onset_on",
     "before the subject was registered"),
    ({"onset_on": date(2026, 7, 1)}, {"infusion_on": date(2026, 7, 2)}, "onset_on",
     "before the linked infusion"),
    ({"resolved_on": date(2026, 6, 30)}, {}, "resolved_on", "before the onset date"),
    ({"resolved_on": TODAY + timedelta(days=1)}, {}, "resolved_on", "after today"),
    ({"grade": 5}, {}, "serious", "always serious"),
    ({"related_to_rak": "maybe"}, {}, "related_to_rak", "one of: not related, unlikely"),
    ({"related_to_tas102": ""}, {}, "related_to_tas102", "one of"),
    ({"dlt": True, "related_to_rak": "unlikely"}, {}, "dlt", "at least possibly related"),
    ({"dlt": True, "related_to_rak": "not_related"}, {}, "dlt", "is not related"),
    ({"note": "n" * 1001}, {}, "note", "at most 1000 characters (1001 given)"),
])
def test_each_rule_refuses_naming_its_field_and_the_rule(
    changes: dict[str, object], context: dict[str, object], field: str, words: str
) -> None:
    found = problems(replace(FEVER, **changes), replace(CONTEXT, **context))  # type: ignore[arg-type]
    assert list(found) == [field]
    assert words in found[field]
    assert _names_its_field(found)


def test_onset_on_the_registration_day_and_the_infusion_day_is_accepted() -> None:
    assert problems(replace(FEVER, onset_on=REGISTERED, resolved_on=REGISTERED), CONTEXT) == {}
    on_infusion = replace(CONTEXT, infusion_on=date(2026, 7, 1))
    assert problems(FEVER, on_infusion) == {}


def test_a_term_of_a_version_with_no_list_is_graded_one_to_five_only() -> None:
    unlisted = replace(CONTEXT, vocabulary=None)
    assert problems(replace(FEVER, term="Nausea", grade=5, serious=True), unlisted) == {}


def test_every_problem_is_reported_at_once() -> None:
    found = problems(replace(FEVER, grade=5, onset_on=TODAY + timedelta(days=2),
                             related_to_rak="unlikely", related_to_tas102="?", dlt=True),
                     CONTEXT)
    assert set(found) == {"onset_on", "serious", "related_to_tas102", "dlt"}
    assert _names_its_field(found)


dates = st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31))
reports = st.builds(
    AdverseEventFacts, term=st.sampled_from([t.name for t in V5.terms]),
    grade=st.integers(-1, 7), onset_on=dates, resolved_on=st.none() | dates,
    serious=st.booleans(), related_to_rak=st.sampled_from([*Relatedness, "maybe"]),
    related_to_tas102=st.sampled_from(list(Relatedness)), dlt=st.booleans())


@given(reports, st.none() | dates)
@settings(max_examples=1_000, derandomize=True, database=None)
def test_the_rules_hold_for_any_report(facts: AdverseEventFacts, infusion_on: date | None) -> None:
    context = replace(CONTEXT, infusion_on=infusion_on)
    found = problems(facts, context)
    assert _names_its_field(found)
    term = V5.find(facts.term)
    assert term is not None
    assert ("grade" in found) == (facts.grade not in term.grades)
    assert ("serious" not in found) == (facts.serious or facts.grade != 5)
    if facts.dlt and facts.related_to_rak in set(Relatedness) - RELATED:
        assert "dlt" in found
    if not facts.dlt or facts.related_to_rak in RELATED:
        assert "dlt" not in found
    earliest = max(REGISTERED, infusion_on or REGISTERED)
    assert ("onset_on" in found) == (not earliest <= facts.onset_on <= TODAY)
    resolved = facts.resolved_on
    assert ("resolved_on" in found) == (resolved is not None and not (
        facts.onset_on <= resolved <= TODAY))


# --- changes after the report ------------------------------------------------------------------

def test_a_change_lists_each_field_that_differs_old_and_new() -> None:
    after, differ = apply_changes(FEVER, {"grade": 3, "resolved_on": date(2026, 7, 4),
                                          "serious": False, "dlt": False})
    assert after == replace(FEVER, grade=3, resolved_on=date(2026, 7, 4))
    assert differ == [("grade", 2, 3), ("resolved_on", None, date(2026, 7, 4))]
    assert apply_changes(FEVER, {})[1] == []


@pytest.mark.parametrize(("changes", "field"), [
    ({"term": "Nausea"}, "term"), ({"onset_on": date(2026, 7, 2)}, "onset_on"),
    ({"note": "x"}, "note"), ({"grade": "3"}, "grade"), ({"grade": True}, "grade"),
    ({"serious": "yes"}, "serious"), ({"resolved_on": "2026-07-04"}, "resolved_on"),
    ({"related_to_rak": None}, "related_to_rak"), ({"dlt": 1}, "dlt"),
])
def test_only_the_changeable_fields_change_and_only_with_their_types(
    changes: dict[str, object], field: str
) -> None:
    with pytest.raises(BadInput) as refused:
        apply_changes(FEVER, changes)
    assert refused.value.field == field


@pytest.mark.parametrize(("reason", "words"), [
    ("", "Reason is required"), ("   ", "Reason is required"),
    ("r" * 501, "at most 500 characters (501 given)"),
])
def test_a_change_needs_a_reason(reason: str, words: str) -> None:
    problem = reason_problem(reason)
    assert problem is not None and words in problem and problem.startswith("Reason")
    assert reason_problem("lab result came back") is None


# --- the forms ---------------------------------------------------------------------------------

REPORT = {"term": "Fever", "other_term": "", "grade": "3", "onset_on": "2026-07-01",
          "resolved_on": "", "serious": "yes", "related_to_rak": "probable",
          "related_to_tas102": "not_related", "dlt": "", "infusion_id": "7", "note": " chills "}


def test_the_report_form_reads_into_facts() -> None:
    read = adverse_forms.read_report(REPORT, V5)
    assert read.infusion_id == 7
    assert read.facts == AdverseEventFacts(
        term="Fever", grade=3, onset_on=date(2026, 7, 1), resolved_on=None, serious=True,
        related_to_rak="probable", related_to_tas102="not_related", dlt=False, note="chills")


def test_every_unreadable_field_of_the_report_form_is_named_at_once() -> None:
    bad = {**REPORT, "term": "", "grade": "3.0", "onset_on": "01/07/2026",
           "resolved_on": "2026-02-30", "serious": "on", "related_to_rak": "",
           "related_to_tas102": "likely", "dlt": "true", "infusion_id": "٣"}
    with pytest.raises(InvalidFields) as refused:
        adverse_forms.read_report(bad, V5)
    assert set(refused.value.problems) == {
        "term", "grade", "onset_on", "resolved_on", "serious", "related_to_rak",
        "related_to_tas102", "dlt", "infusion_id"}
    assert _names_its_field({k: v for k, v in refused.value.problems.items()
                             if k != "infusion_id"})


@pytest.mark.parametrize("grade", ["", "0", "6", "3.0", "three", "-1", "³"])
def test_a_grade_that_is_not_one_to_five_is_refused(grade: str) -> None:
    with pytest.raises(BadInput, match="from 1 to 5"):
        adverse.parse_grade(grade)


def test_the_change_form_reads_every_field_its_reason_and_version() -> None:
    read = adverse_forms.read_update({
        "grade": "4", "resolved_on": "2026-07-05", "serious": "yes", "related_to_rak": "definite",
        "related_to_tas102": "unlikely", "dlt": "yes", "reason": "worse", "version": "3"})
    assert read.changes == {"grade": 4, "resolved_on": date(2026, 7, 5), "serious": True,
                            "related_to_rak": "definite", "related_to_tas102": "unlikely",
                            "dlt": True}
    assert (read.reason, read.seen_version) == ("worse", 3)


def test_a_change_form_without_its_version_is_refused() -> None:
    with pytest.raises(InvalidFields) as refused:
        adverse_forms.read_update({"grade": "4", "related_to_rak": "possible",
                                   "related_to_tas102": "possible", "version": ""})
    assert "reload the page" in refused.value.problems["form"]
