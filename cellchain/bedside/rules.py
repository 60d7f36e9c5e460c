"""The bedside hard stop (DESIGN §4.1; API §6 ``POST /api/v1/bedside/verify``) as a pure rule.

Given the two scanned texts and what the database holds about the records they name, returns
GO or STOP with every check in order, each in plain words. No I/O; time is passed in.

Decisions where DESIGN is silent (recorded here because this module is what validation reads):
- Only the symbols cellchain prints are accepted. The wristband: the 2-D compound message
  (undefined sequence 000) of patient identification (DS025, location 00, subject number with
  its check value), date of birth (DS024, location 00) and, once issued, the COI identifier
  (DS040), in that order. The bag: the label's 2-D compound message of DIN (DS001, with its
  Type 3 check flags), product code (DS003), expiry (DS005) and, once allocated, the COI. A
  chart, cart or bag label, a bare COI, a linear DIN or a symbol made by another system is a
  STOP naming what was scanned (issue 11: the wristband's format is used by no other label).
- The bag label is compared with the bag's record field by field: DIN, product code (which
  holds the division), expiry to the minute as the site's wall time, COI. Any difference is a
  STOP: a label that disagrees with its record is not trusted whichever of the two is right.
- The dose level is compared when both the bag and the subject have one (the trial issue
  assigns them); otherwise the check passes and says nothing was compared.
- Messages never mention lot type or arm (DESIGN §4.6). The bag is named by DIN and division
  only when the reader may see them, else by kit number; a disagreeing label is reported by
  the names of the fields that differ, never their values (a product code may tell bags apart).
- When a scan names no record the caller passes None and every check that needs it says so.
- The pre-infusion labs (domain §3.2, PROPOSED) are judged by the trial's lab gate
  (``cellchain.trial.eligibility_rules.pre_infusion_labs_check``, limits from the trial file);
  this rule only reads its results, so the limits and the recency window live in one place.
  The caller evaluates them on the site's calendar day of the check, from the latest result of
  each lab not replaced by a correction. The check sits after the dose level: the bag and the
  subject agree first, then the subject is fit to receive it. A failure names every failing
  lab (its value, date and limit, or that it is missing or out of date); a pass names each lab
  accepted with its value and date. No results to judge (the caller evaluated none) is a STOP.
- There is no override: the verdict is GO only when every check passed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Final
from zoneinfo import ZoneInfo

from cellchain.bags.rules import USABLE_LOT_STATUSES, is_expired
from cellchain.errors import BadInput
from cellchain.isbt128 import compound, patient
from cellchain.isbt128.coi import CoiIdentifier
from cellchain.isbt128.compound import CompoundMessage
from cellchain.isbt128.dates import ExpirationDateTime
from cellchain.isbt128.din import DinScan, FlagType, parse_din_text
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.identifiers import BY_NUMBER
from cellchain.isbt128.parse import parse_read
from cellchain.isbt128.patient import PatientBirthDate, PatientIdentification
from cellchain.isbt128.product_code import ProductCode
from cellchain.isbt128.structure import Structure
from cellchain.labels.data import print_datetime
from cellchain.lots.states import LotState
from cellchain.trial.eligibility_rules import CriterionResult
from cellchain.trial.rules import SubjectStatus, subject_number_from_patient_id

GO: Final = "go"
STOP: Final = "stop"
ACTIVE_SUBJECT: Final = frozenset({SubjectStatus.ENROLLED, SubjectStatus.ON_TREATMENT})
CONDITIONAL: Final = LotState.CONDITIONALLY_RELEASED
# Where a bag is, for a bag that is not at the ward (values of cellchain.bags.rules.BagStatus).
_NOT_AT_WARD: Final[Mapping[str, str]] = {
    "quarantine": "held in quarantine",
    "released": "released but not yet dispatched to the ward",
    "dispatched": "dispatched but not yet received at the ward",
    "infused": "already infused",
    "returned": "returned from the ward",
    "destroyed": "destroyed",
    "expired": "recorded as expired",
    "recalled": "recalled",
}


@dataclass(frozen=True)
class SubjectRecord:
    """What the database holds about the subject the wristband names."""

    subject_number: str
    birth_date: date
    status: str  # SubjectStatus value
    coi: str | None  # the current COI identifier, 15 characters (DS040 content), if issued
    dose_level: str | None


@dataclass(frozen=True)
class BagRecord:
    """What the database holds about the bag the label names."""

    din: str  # the 13-character DIN of its lot
    product_code: str  # the 8-character DS003 content, division included
    expires_at: datetime  # aware
    status: str  # BagStatus value
    lot_status: str  # LotState value
    coi: str | None  # the COI identifier it is allocated to, if any
    kit_number: str | None
    dose_level: str | None
    pending_tests: tuple[str, ...]  # tests a conditional release left pending
    infused: bool
    # Chain of custody on the bag's current leg (cellchain.custody): handed over by the lab,
    # taken in at the ward, and the temperature excursions QA has not yet acknowledged.
    dispatched_by_lab: bool
    received_at_ward: bool
    open_excursions: int


@dataclass(frozen=True)
class BedsideFacts:
    subject: SubjectRecord | None  # None: the wristband names no subject on record
    bag: BagRecord | None  # None: the bag scan names no bag on record
    now: datetime
    zone: ZoneInfo  # the site's zone: label expiry times are its wall time
    conditional_release_acknowledged: bool
    shows_lot_identity: bool  # may the reader see the DIN (unblinded), or only the kit number
    # The subject's pre-infusion labs as the trial's lab gate judged them on the check day
    # (eligibility_rules.pre_infusion_labs_check); None when there is no subject record.
    labs: tuple[CriterionResult, ...] | None


@dataclass(frozen=True)
class Check:
    name: str
    passed: bool
    message: str


@dataclass(frozen=True)
class Verification:
    checks: tuple[Check, ...]

    @property
    def verdict(self) -> str:
        return GO if all(check.passed for check in self.checks) else STOP

    def as_json(self) -> dict[str, Any]:
        """Returns the API §6 body (without the verification id the service adds)."""
        return {"verdict": self.verdict,
                "checks": [{"name": c.name, "passed": c.passed, "message": c.message}
                           for c in self.checks]}


@dataclass(frozen=True)
class _Scan:
    structures: tuple[Structure, ...] = ()
    error: str = ""  # why it cannot be read; empty when it was read


@dataclass(frozen=True)
class _Wristband:
    subject_number: str
    birth_date: date
    coi: str | None


@dataclass(frozen=True)
class _BagLabel:
    din: str
    product_code: str
    expiry: datetime
    coi: str | None


def _flat(structures: tuple[Structure, ...]) -> Iterator[Structure]:
    for structure in structures:
        yield from (structure.structures if isinstance(structure, CompoundMessage)
                    else (structure,))


def _require_check(structure: Structure) -> None:
    """Refuses a structure whose check value is wrong or, for a DIN, absent."""
    if isinstance(structure, PatientIdentification):
        subject_number_from_patient_id(structure.patient_id)
    if isinstance(structure, DinScan) and structure.flag_type != FlagType.CHECK:
        raise ScanError(f"the DIN's flags {structure.flags} carry no check value; a bag label's "
                        f"DIN carries 60 + its Mod 37-2 value (ST-001 Table 3)")


# A check reads each scan twice (the service's lookup, then the checks); a scan is immutable
# text and its reading is pure, so the second read is the first one's result.
@lru_cache(maxsize=256)
def _read(raw: str) -> _Scan:
    try:
        structures = tuple(parse_read(raw))
        for structure in _flat(structures):
            _require_check(structure)
    except BadInput as refused:  # ScanError, or a subject number of the wrong form
        return _Scan(error=refused.message)
    return _Scan(structures)


def _symbol(scan: _Scan) -> tuple[Structure, ...]:
    """The structures of a 2-D symbol as cellchain prints it (sequence 000), else ()."""
    match scan.structures:
        case (CompoundMessage(sequence=compound.UNDEFINED_SEQUENCE, structures=inside),):
            return inside
    return ()


def _wristband(scan: _Scan) -> _Wristband | None:
    match _symbol(scan):
        case (PatientIdentification(location=patient.LOCAL_DEFAULT_LOCATION) as worn,
              PatientBirthDate(location=patient.LOCAL_DEFAULT_LOCATION) as born,
              CoiIdentifier() as coi):
            # The patient ID is the subject number + its two-digit check value, verified on read.
            return _Wristband(worn.patient_id[:-2], born.birth_date, coi.content)
        case (PatientIdentification(location=patient.LOCAL_DEFAULT_LOCATION) as worn,
              PatientBirthDate(location=patient.LOCAL_DEFAULT_LOCATION) as born):
            return _Wristband(worn.patient_id[:-2], born.birth_date, None)
    return None


def _bag_label(scan: _Scan) -> _BagLabel | None:
    match _symbol(scan):
        case (DinScan() as din, ProductCode() as code, ExpirationDateTime() as expiry,
              CoiIdentifier() as coi):
            return _BagLabel(din.din.text, code.content, expiry.value, coi.content)
        case (DinScan() as din, ProductCode() as code, ExpirationDateTime() as expiry):
            return _BagLabel(din.din.text, code.content, expiry.value, None)
    return None


def scanned_subject_number(wristband: str) -> str | None:
    """Returns the subject number a wristband scan names (None: not a readable wristband)."""
    worn = _wristband(_read(wristband))
    return worn.subject_number if worn else None


def scanned_bag(bag: str) -> tuple[str, str] | None:
    """Returns (DIN, product code) a bag label scan names (None: not a readable bag label)."""
    label = _bag_label(_read(bag))
    return (label.din, label.product_code) if label else None


def _readable(name: str, what: str, scan: _Scan) -> Check:
    if scan.error:
        return Check(name, False, f"The {what} scan cannot be read: {scan.error}.")
    return Check(name, True, f"The {what} scan was read and its check values are correct.")


def _names(scan: _Scan) -> str:
    return ", ".join(BY_NUMBER[s.data_structure].name if s.data_structure in BY_NUMBER
                     else "a QC sample code" for s in _flat(scan.structures))


def _kind(name: str, scan: _Scan, found: object, what: str, thing: str, advice: str) -> Check:
    if scan.error:
        return Check(name, False, f"Not checked: the {what} scan cannot be read.")
    if found is None:
        return Check(name, False, f"The {what} scan is not {thing} as cellchain prints it: it "
                                  f"holds {_names(scan)}. {advice}")
    return Check(name, True, f"The {what} scan is {thing}.")


def _bag_name(facts: BedsideFacts, bag: BagRecord) -> str:
    """Names the bag for this reader: a blinded one sees the kit number, never the DIN."""
    if facts.shows_lot_identity:
        division = ProductCode.parse(bag.product_code).division
        return f"bag {parse_din_text(bag.din).eye_readable} {division}"
    return f"kit {bag.kit_number}" if bag.kit_number else "the bag"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _coi_eye(coi: str) -> str:
    return CoiIdentifier.parse(coi).eye_readable


def _differing(pairs: tuple[tuple[str, object, object], ...]) -> str:
    return ", ".join(field for field, scanned, recorded in pairs if scanned != recorded)


_WRISTBAND_ADVICE: Final = ("Scan the subject's wristband: a chart, cart or bag label or a COI "
                            "identifier alone cannot stand in for it.")
_LABEL_ADVICE: Final = ("Scan the 2-D symbol on the bag label: it carries the DIN, product "
                        "code, expiry and COI identifier.")
_NO_WRISTBAND: Final = "Not compared: no wristband was read."
_NO_SUBJECT: Final = "Not checked: the wristband names no subject on record."
_NO_LABEL: Final = "Not compared: no bag label was read."
_NO_BAG: Final = "Not checked: the bag scan names no bag on record."


def _wristband_matches(worn: _Wristband | None, subject: SubjectRecord | None) -> Check:
    name = "wristband_matches_subject"
    if worn is None:
        return Check(name, False, _NO_WRISTBAND)
    if subject is None:
        return Check(name, False, _NO_SUBJECT)
    differ = _differing((("subject number", worn.subject_number, subject.subject_number),
                         ("date of birth", worn.birth_date, subject.birth_date),
                         ("COI identifier", worn.coi, subject.coi)))
    if differ:
        return Check(name, False, f"The wristband does not match the record of subject "
                                  f"{subject.subject_number}: {differ} differ.")
    return Check(name, True, f"The wristband matches subject {subject.subject_number}: subject "
                             f"number, date of birth and COI identifier.")


def _subject_active(subject: SubjectRecord | None) -> Check:
    name = "subject_active"
    if subject is None:
        return Check(name, False, _NO_SUBJECT)
    status = SubjectStatus(subject.status).label
    if subject.status in ACTIVE_SUBJECT:
        return Check(name, True, f"Subject {subject.subject_number} is {status}.")
    return Check(name, False, f"Subject {subject.subject_number} is not enrolled or on "
                              f"treatment (status: {status}).")


def _label_matches(label: _BagLabel | None, facts: BedsideFacts) -> Check:
    name, bag = "label_matches_record", facts.bag
    if label is None:
        return Check(name, False, _NO_LABEL)
    if bag is None:
        return Check(name, False, _NO_BAG)
    printed = ExpirationDateTime(bag.expires_at.astimezone(facts.zone).replace(tzinfo=None))
    differ = _differing((("DIN", label.din, bag.din),
                         ("product code", label.product_code, bag.product_code),
                         ("expiry", label.expiry, printed.value),
                         ("COI identifier", label.coi, bag.coi)))
    if differ:
        return Check(name, False, f"The bag label does not match the record of "
                                  f"{_bag_name(facts, bag)}: {differ} differ. Do not "
                                  f"use this bag; return it to the lab.")
    return Check(name, True, f"The bag label matches the record of "
                             f"{_bag_name(facts, bag)}: DIN, product code, expiry and "
                             f"COI identifier.")


def _bag_checks(facts: BedsideFacts) -> tuple[Check, ...]:
    """The checks on the bag's own record: where it is, its lot, its expiry, its history."""
    bag = facts.bag
    names = ("bag_at_ward", "lot_released", "bag_in_date", "bag_not_infused", "custody_complete")
    if bag is None:
        return tuple(Check(name, False, _NO_BAG) for name in names)
    who = _capital(_bag_name(facts, bag))
    expiry = print_datetime(bag.expires_at, facts.zone)
    lot = LotState(bag.lot_status).label
    return (
        Check(names[0], True, f"{who} is at the ward.") if bag.status == "at_ward" else
        Check(names[0], False, f"{who} is {_NOT_AT_WARD[bag.status]}, not at the ward."),
        Check(names[1], True, f"Its lot is {lot}.") if bag.lot_status in USABLE_LOT_STATUSES
        else Check(names[1], False, f"The lot of {_bag_name(facts, bag)} is {lot}, not released."),
        Check(names[2], False, f"{who} expired at {expiry}.")
        if is_expired(bag.expires_at, facts.now)
        else Check(names[2], True, f"{who} is in date: it expires at {expiry}."),
        Check(names[3], False, f"{who} has already been infused; a bag is infused only once.")
        if bag.infused else Check(names[3], True, f"{who} has not been infused."),
        _custody(names[4], _bag_name(facts, bag), bag),
    )


def _custody(name: str, who: str, bag: BagRecord) -> Check:
    """DESIGN §4.1 "custody complete (dispatched by the lab, received on the ward, no
    unresolved temperature excursion)"."""
    missing = [gap for gap, present in (("it was not dispatched by the lab",
                                         bag.dispatched_by_lab),
                                        ("it was not received at the ward",
                                         bag.received_at_ward)) if not present]
    if bag.open_excursions:
        missing.append(f"{bag.open_excursions} temperature excursion(s) await QA's decision")
    if missing:
        return Check(name, False, f"The chain of custody of {who} is not complete: "
                                  f"{'; '.join(missing)}.")
    return Check(name, True, f"The chain of custody of {who} is complete: dispatched by the lab, "
                             "received at the ward, no open temperature excursion.")


def _both_records(facts: BedsideFacts) -> tuple[BagRecord, SubjectRecord] | str:
    """Returns the bag and subject records, or why a check comparing them cannot be made."""
    if facts.bag is None:
        return _NO_BAG
    if facts.subject is None:
        return _NO_SUBJECT
    return facts.bag, facts.subject


def _coi_match(facts: BedsideFacts) -> Check:
    name, records = "coi_match", _both_records(facts)
    if isinstance(records, str):
        return Check(name, False, records)
    bag, subject = records
    who, number = _capital(_bag_name(facts, bag)), subject.subject_number
    if bag.coi is None:
        return Check(name, False, f"{who} is not allocated to any subject.")
    if subject.coi is None:
        return Check(name, False, f"Subject {number} has no COI identifier issued.")
    if bag.coi != subject.coi:
        return Check(name, False, f"{who} is allocated to COI identifier "
                                  f"{_coi_eye(bag.coi)}, not to subject {number}'s "
                                  f"{_coi_eye(subject.coi)}.")
    return Check(name, True, f"{who} is allocated to subject {number}: COI identifier "
                             f"{_coi_eye(bag.coi)}.")


def _dose_level(facts: BedsideFacts) -> Check:
    name, records = "dose_level", _both_records(facts)
    if isinstance(records, str):
        return Check(name, False, records)
    bag, subject = records
    if bag.dose_level is None or subject.dose_level is None:
        return Check(name, True, "Dose level not compared: the bag or the subject has none "
                                 "assigned.")
    who = _capital(_bag_name(facts, bag))
    if bag.dose_level != subject.dose_level:
        return Check(name, False, f"{who} is for dose level {bag.dose_level}; subject "
                                  f"{subject.subject_number} is assigned dose level "
                                  f"{subject.dose_level}.")
    return Check(name, True, f"{who} is for dose level {bag.dose_level}, the subject's "
                             f"assigned dose level.")


def _lab_words(lab: CriterionResult) -> str:
    """The lab gate's words for one lab without its closing verdict (": passes", ": fails")."""
    return lab.message.removesuffix(": passes").removesuffix(": fails")


def _pre_infusion_labs(facts: BedsideFacts) -> Check:
    """DESIGN §4.1 "the subject's pre-infusion labs are current and within limits"."""
    name, subject = "pre_infusion_labs", facts.subject
    if subject is None:
        return Check(name, False, _NO_SUBJECT)
    number = subject.subject_number
    if not facts.labs:
        return Check(name, False, f"Not checked: no pre-infusion lab results were judged for "
                                  f"subject {number}.")
    failing = [_lab_words(lab) for lab in facts.labs if not lab.passed]
    if failing:
        return Check(name, False, f"Subject {number}'s pre-infusion labs are not current and "
                                  f"within limits: {'. '.join(failing)}. Do not infuse until "
                                  f"current results are within limits.")
    accepted = "; ".join(_lab_words(lab) for lab in facts.labs)
    return Check(name, True, f"Subject {number}'s pre-infusion labs are current and within "
                             f"limits: {accepted}.")


def _conditional_release(facts: BedsideFacts) -> Check:
    name, bag = "conditional_release", facts.bag
    if bag is None:
        return Check(name, False, _NO_BAG)
    if bag.lot_status != CONDITIONAL:
        return Check(name, True, "No conditional release to acknowledge.")
    pending = ", ".join(bag.pending_tests)
    if facts.conditional_release_acknowledged:
        return Check(name, True, f"Conditional release acknowledged: results pending for "
                                 f"{pending}.")
    return Check(name, False, f"The lot is conditionally released with results pending for "
                              f"{pending}: acknowledge this before the infusion.")


def verify(*, wristband: str, bag: str, facts: BedsideFacts) -> Verification:
    """Returns GO or STOP with every check, in order (DESIGN §4.1). Never raises on a scan."""
    worn_scan, bag_scan = _read(wristband), _read(bag)
    worn, label = _wristband(worn_scan), _bag_label(bag_scan)
    return Verification((
        _readable("wristband_read", "wristband", worn_scan),
        _kind("wristband_is_wristband", worn_scan, worn, "wristband", "a subject wristband",
              _WRISTBAND_ADVICE),
        _readable("bag_read", "bag label", bag_scan),
        _kind("bag_is_label", bag_scan, label, "bag label",
              "the 2-D symbol of a bag label", _LABEL_ADVICE),
        _wristband_matches(worn, facts.subject),
        _subject_active(facts.subject),
        _label_matches(label, facts),
        *_bag_checks(facts),
        _coi_match(facts),
        _dose_level(facts),
        _pre_infusion_labs(facts),
        _conditional_release(facts),
    ))
