"""What the coordinator's allocation page reads: the bag and the subject a scan or a choice
names, the lists to choose from, and the review the coordinator confirms. Read-only.

A bag is named by its label: the 2-D symbol, the DIN and product code read together, a typed
kit number, or the DIN Code 128 alone when its lot has only one bag (a DIN names a lot, so with
several bags it cannot say which one is in the coordinator's hand). A subject is named by the
2-D symbol on their wristband, which cellchain.scanning checks against the record (date of
birth, chain of identity); a chart label, a bare COI or a typed number is not a wristband.
Either may instead be chosen from a list; a scan and a choice that disagree are refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import exists
from sqlmodel import Session, col, select

from cellchain.auth.principal import Principal
from cellchain.bags import service as bags
from cellchain.bags.allocation_rules import (
    AUTOLOGOUS,
    RECEIVING_SUBJECTS,
    Refusal,
    allocation_refusals,
)
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.bedside.rules import scanned_subject_number
from cellchain.display import din_text
from cellchain.errors import BadInput, CellchainError, InvalidFields, NotFound
from cellchain.inputs.rules import MAX_ID
from cellchain.isbt128.coi import CoiIdentifier
from cellchain.isbt128.compound import CompoundMessage
from cellchain.isbt128.parse import parse_read
from cellchain.labels.data import print_datetime
from cellchain.lots.models import Lot
from cellchain.scanning.service import resolve
from cellchain.trial.models import ChainOfIdentity, Subject
from cellchain.trial.service import current_coi
from cellchain.worklists.queries import bags_awaiting_allocation

T = TypeVar("T")
# How many bags the choice list offers; more are found by scanning.
LIST_CAP = 200
# Bags that will not reach their subject any more: not counted as held.
_USED_UP = frozenset({BagStatus.INFUSED, BagStatus.DESTROYED, BagStatus.EXPIRED,
                      BagStatus.RECALLED})


@dataclass(frozen=True)
class AllocationForm:
    """What the coordinator submitted: a scan or a choice for each of bag and subject."""

    bag: str = ""  # the bag label as scanned
    bag_id: str = ""  # or the bag chosen from the list
    wristband: str = ""  # the wristband as scanned
    subject_id: str = ""  # or the subject chosen from the list


@dataclass(frozen=True)
class Review:
    bag: Bag
    subject: Subject
    coi: ChainOfIdentity | None
    rows: list[tuple[str, str]]
    notes: list[str]
    refusals: list[Refusal]


def chosen(session: Session, form: AllocationForm, principal: Principal) -> tuple[Bag, Subject]:
    """Returns the bag and subject the form names, or raises InvalidFields naming every field
    at fault (bag, wristband) at once."""
    problems: dict[str, str] = {}
    bag = _one(problems, "bag", lambda: _chosen_bag(session, form, principal))
    subject = _one(problems, "wristband", lambda: _chosen_subject(session, form, principal))
    if problems or bag is None or subject is None:
        raise InvalidFields(problems)
    return bag, subject


def _one(problems: dict[str, str], field: str, find: Callable[[], T]) -> T | None:
    try:
        return find()
    except CellchainError as refused:
        problems[field] = refused.message
        return None


def _record_id(text: str, what: str) -> int | None:
    """The id a list choice sent (ASCII digits within the id range), or None if none."""
    if not text.strip():
        return None
    if not re.fullmatch(r"\d{1,10}", text.strip(), re.ASCII) or int(text) > MAX_ID:
        raise BadInput(f"Choose the {what} from the list.")
    return int(text)


def _chosen_bag(session: Session, form: AllocationForm, principal: Principal) -> Bag:
    picked = _record_id(form.bag_id, "bag")
    scanned = _bag_from_scan(session, form.bag, principal) if form.bag.strip() else None
    if scanned is None and picked is None:
        raise BadInput("Scan the bag's label, or choose the bag from the list.")
    if scanned is not None and picked is not None and scanned.id != picked:
        raise BadInput("The scanned bag is not the bag chosen in the list; scan or choose one "
                       "bag, not two.")
    bag = scanned or session.get(Bag, picked)
    if bag is None:
        raise NotFound(f"No bag with id {picked}.")
    return bag


def _bag_from_scan(session: Session, text: str, principal: Principal) -> Bag:
    try:
        match = resolve(session, text, principal)
    except (BadInput, NotFound) as refused:
        raise BadInput(f"Bag scan: {refused.message}") from None
    if match.kind == "lot":
        in_lot = bags.bags_of(session, match.id)
        if len(in_lot) == 1:
            return in_lot[0]
        raise BadInput(f"Bag scan: the DIN alone names {match.title}, which has {len(in_lot)} "
                       "bags; scan the bag label's 2-D symbol (or its DIN and product code "
                       "together) to say which bag.")
    bag = session.get(Bag, match.id) if match.kind == "bag" else None
    if bag is None:
        raise BadInput(f"Bag scan: it names {match.title}, not a bag; scan the bag label's "
                       "2-D symbol or its DIN.")
    return bag


def _chosen_subject(session: Session, form: AllocationForm, principal: Principal) -> Subject:
    picked = _record_id(form.subject_id, "subject")
    scanned = (_subject_from_wristband(session, form.wristband, principal)
               if form.wristband.strip() else None)
    if scanned is None and picked is None:
        raise BadInput("Scan the subject's wristband, or choose the subject from the list.")
    if scanned is not None and picked is not None and scanned.id != picked:
        raise BadInput("The scanned wristband is not the subject chosen in the list; scan or "
                       "choose one subject, not two.")
    subject = scanned or session.get(Subject, picked)
    if subject is None:
        raise NotFound(f"No subject with id {picked}.")
    return subject


def _subject_from_wristband(session: Session, text: str, principal: Principal) -> Subject:
    try:
        match = resolve(session, text, principal)
    except (BadInput, NotFound) as refused:
        raise BadInput(f"Wristband scan: {refused.message}") from None
    subject = session.get(Subject, match.id) if match.kind == "subject" else None
    if subject is None or scanned_subject_number(text) is None:
        raise BadInput(f"Wristband scan: it names {match.title} but is not a wristband as "
                       "cellchain prints it; scan the 2-D symbol on the subject's wristband.")
    worn = _worn_coi(text)
    current = current_coi(session, subject.id or 0)
    if worn is not None and (current is None or current.identifier != worn.content):
        raise BadInput(f"Wristband scan: it carries chain-of-identity identifier "
                       f"{worn.eye_readable}, which is not subject {subject.subject_number}'s "
                       "current one; print the subject a new wristband first.")
    return subject


def _worn_coi(text: str) -> CoiIdentifier | None:
    for read in parse_read(text):
        for structure in read.structures if isinstance(read, CompoundMessage) else (read,):
            if isinstance(structure, CoiIdentifier):
                return structure
    return None


def bag_choices(session: Session, now: datetime, zone: ZoneInfo) -> list[tuple[int, str]]:
    """Released bags awaiting allocation (the coordinator's dashboard queue), oldest first."""
    found = bags_awaiting_allocation(session, now, LIST_CAP)
    return [(bag.id or 0, f"{din_text(din)} {bag.division}"
             + (f" · kit {bag.kit_number}" if bag.kit_number else "")
             + f" · expires {print_datetime(bag.expires_at, zone)}")
            for bag, din in found.rows]


def subject_choices(session: Session) -> list[tuple[int, str]]:
    """Subjects who may receive a bag: enrolled or on treatment, with a COI issued."""
    has_coi = exists().where(col(ChainOfIdentity.subject_id) == col(Subject.id))
    subjects = session.exec(select(Subject).where(
        col(Subject.status).in_([s.value for s in RECEIVING_SUBJECTS]), has_coi)
        .order_by(col(Subject.subject_number))).all()
    return [(s.id or 0, f"{s.subject_number} · {s.status.replace('_', ' ')}")
            for s in subjects]


def held_bags(session: Session, subject_id: int, now: datetime) -> list[str]:
    """The bags allocated to the subject that may still reach them, named with their status."""
    rows = session.exec(select(Bag, Lot).join(Lot, col(Lot.id) == col(Bag.lot_id))
                        .where(Bag.subject_id == subject_id).order_by(col(Bag.id))).all()
    return [f"{bags.bag_name(bag, lot)}, {status.label}" for bag, lot in rows
            if (status := bags.effective_status(bag, now)) not in _USED_UP]


def review(session: Session, *, bag: Bag, subject: Subject, now: datetime,
           zone: ZoneInfo) -> Review:
    """What the coordinator confirms: the bag, the subject, the COI that will go on the label,
    what the subject already holds, and every reason the rules refuse (none: it may go on)."""
    assert subject.id is not None
    coi = current_coi(session, subject.id)
    facts = bags.allocation_facts(session, bag=bag, subject=subject, coi=coi)
    lot = session.get(Lot, bag.lot_id)
    assert lot is not None
    coi_text = "not issued"
    if coi is not None:
        parsed = CoiIdentifier.parse(coi.identifier)
        coi_text = f"{parsed.eye_readable} {parsed.check_character}"
    source = (f"autologous: made from subject {facts.lot_subject}'s own blood"
              if lot.cell_source == AUTOLOGOUS
              else "allogeneic: the lot may serve several subjects, one bag each")
    held = held_bags(session, subject.id, now)
    rows = [("Bag", facts.bag_name), ("Bag status", bags.effective_status(bag, now).label),
            ("Lot", f"{din_text(lot.din)}, {lot.status.replace('_', ' ')}"),
            ("Cell source", source), ("Expires", print_datetime(bag.expires_at, zone)),
            ("Subject", facts.subject), ("Subject status", subject.status.replace("_", " ")),
            ("Chain of identity for the label", coi_text),
            ("Bags the subject already holds", "; ".join(held) or "none")]
    notes = []
    if lot.status == "conditionally_released":
        notes.append("Its lot is conditionally released: the bedside will show the pending "
                     "results and ask for them to be acknowledged before the infusion.")
    if held:
        notes.append(f"Subject {facts.subject} already holds {len(held)} bag(s) not yet used; "
                     "allocate another only if the protocol gives them one more (a dose may be "
                     "split over two days).")
    return Review(bag, subject, coi, rows, notes, allocation_refusals(facts, now))
