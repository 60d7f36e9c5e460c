"""The adverse-event forms read into facts and changes (pure): every field's problem at once,
each naming its field, so the clinician corrects everything in one pass."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from cellchain.bedside import adverse
from cellchain.bedside.adverse import AdverseEventFacts, Vocabulary
from cellchain.errors import BadInput, InvalidFields
from cellchain.inputs.rules import parse_iso_date

T = TypeVar("T")

REPORT_FIELDS = ("term", "other_term", "grade", "onset_on", "resolved_on", "serious",
                 "related_to_rak", "related_to_tas102", "dlt", "infusion_id", "note")
UPDATE_FIELDS = ("grade", "resolved_on", "serious", "related_to_rak", "related_to_tas102",
                 "dlt", "reason", "version")
LABELS = {"onset_on": "Onset date", "resolved_on": "Resolution date", "serious": "Serious",
          "dlt": "DLT", "related_to_rak": "Relatedness to RAK",
          "related_to_tas102": "Relatedness to TAS-102"}


class _Reader:
    """Runs each field's parse and keeps every refusal, keyed by its field."""

    def __init__(self, form: Mapping[str, str]) -> None:
        self.form = form
        self.problems: dict[str, str] = {}

    def take(self, field: str, parse: Callable[[str], T]) -> T | None:
        try:
            return parse(self.form.get(field, ""))
        except BadInput as refusal:
            self.problems[refusal.field or field] = refusal.message
            return None

    def done(self) -> None:
        if self.problems:
            raise InvalidFields(self.problems)


def _date(field: str) -> Callable[[str], date]:
    return lambda text: parse_iso_date(text, label=LABELS[field], field=field)


def _optional_date(field: str) -> Callable[[str], date | None]:
    return lambda text: parse_iso_date(text, label=LABELS[field], field=field) \
        if text.strip() else None


def _relatedness(field: str) -> Callable[[str], str]:
    return lambda text: adverse.parse_relatedness(text, field=field, label=LABELS[field]).value


def _tick(field: str) -> Callable[[str], bool]:
    return lambda text: adverse.parse_tick(text, field=field, label=LABELS[field])


def _infusion_id(text: str) -> int | None:
    value = text.strip()
    if not value:
        return None
    if not value.isascii() or not value.isdigit():
        raise BadInput(f"Infusion '{value}' is not one of the subject's infusions.",
                       field="infusion_id")
    return int(value)


@dataclass(frozen=True)
class ReportForm:
    facts: AdverseEventFacts
    infusion_id: int | None


def read_report(form: Mapping[str, str], vocabulary: Vocabulary) -> ReportForm:
    """The report form as facts, or InvalidFields naming every field at fault."""
    read = _Reader(form)
    term = read.take("term", lambda choice: adverse.read_term(
        choice, form.get("other_term", ""), vocabulary))
    grade = read.take("grade", adverse.parse_grade)
    onset = read.take("onset_on", _date("onset_on"))
    resolved = read.take("resolved_on", _optional_date("resolved_on"))
    serious = read.take("serious", _tick("serious"))
    rak = read.take("related_to_rak", _relatedness("related_to_rak"))
    tas102 = read.take("related_to_tas102", _relatedness("related_to_tas102"))
    dlt = read.take("dlt", _tick("dlt"))
    infusion_id = read.take("infusion_id", _infusion_id)
    read.done()
    assert term is not None and grade is not None and onset is not None
    assert serious is not None and rak is not None and tas102 is not None and dlt is not None
    note = form.get("note", "").strip() or None
    return ReportForm(AdverseEventFacts(
        term=term, grade=grade, onset_on=onset, resolved_on=resolved, serious=serious,
        related_to_rak=rak, related_to_tas102=tas102, dlt=dlt, note=note), infusion_id)


@dataclass(frozen=True)
class UpdateForm:
    changes: dict[str, object]
    reason: str
    seen_version: int


def read_update(form: Mapping[str, str]) -> UpdateForm:
    """The change form (every changeable field, as shown, plus a reason and the version the
    page was read at), or InvalidFields naming every field at fault."""
    read = _Reader(form)
    changes: dict[str, object] = {
        "grade": read.take("grade", adverse.parse_grade),
        "resolved_on": read.take("resolved_on", _optional_date("resolved_on")),
        "serious": read.take("serious", _tick("serious")),
        "related_to_rak": read.take("related_to_rak", _relatedness("related_to_rak")),
        "related_to_tas102": read.take("related_to_tas102", _relatedness("related_to_tas102")),
        "dlt": read.take("dlt", _tick("dlt")),
    }
    version = form.get("version", "").strip()
    if not (version.isascii() and version.isdigit()):
        read.problems["form"] = "The form is incomplete (no version): reload the page."
    read.done()
    return UpdateForm(changes, form.get("reason", ""), int(version))
