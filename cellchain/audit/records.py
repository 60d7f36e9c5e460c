"""Audit records name the record they are about by kind and internal id ("lot", "4"); people
name it by its own identifier (a DIN, a subject number, a deviation number, a user ID). This
module translates both ways, in bulk (one query per kind of record on a page, never one per
row), and through the blinding projection: a blinded reader is never shown, and can never
match, an identifier the projection hides from them (DESIGN §4 rule 6).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import and_, func, or_
from sqlmodel import Session, col, select

from cellchain.audit.models import AuditReview
from cellchain.audit.words import field_label
from cellchain.auth.models import User
from cellchain.auth.roles import Role
from cellchain.auth.rules import normalise_username
from cellchain.bags.models import Bag
from cellchain.bedside.models import AdverseEvent, BedsideVerification, Infusion
from cellchain.blinding import rules as blinding
from cellchain.cbu.models import CordBloodUnit
from cellchain.deviations.models import Deviation
from cellchain.display import din_text
from cellchain.equipment.models import Equipment
from cellchain.isbt128.checkchar import check_character
from cellchain.isbt128.errors import ScanError
from cellchain.labels.models import LabelTemplate
from cellchain.lots.models import Lot
from cellchain.materials.models import MaterialLot
from cellchain.notifications.models import Notification
from cellchain.qc.models import QcSample
from cellchain.trial.blinding_models import EscalationDecision
from cellchain.trial.models import ChainOfIdentity, Subject

Key = tuple[str, str]  # (entity_type, entity_id) exactly as an audit record stores them
Roles = frozenset[Role]

# What each kind of audited record is called; the export's own records are about the trail.
KIND_WORDS: Final[Mapping[str, str]] = {
    "lot": "Lot", "bag": "Bag", "cbu": "Cord blood unit", "subject": "Subject",
    "wristband": "Wristband of subject", "deviation": "Deviation", "user": "User",
    "material_lot": "Material lot", "material": "Material lot", "equipment": "Equipment",
    "qc_sample": "QC sample", "sample": "QC sample", "label_template": "Label template",
    "notification": "Notification", "audit_review": "Audit review", "audit_trail": "Audit trail",
    "bedside_verification": "Bedside check", "infusion": "Infusion",
    # Adverse events (issue 11 item 5).
    "adverse_event": "Adverse event",
    # Trial management (issue 12).
    "escalation": "Dose-escalation decision", "randomisation_list": "Randomisation list",
}


def _ids(ids: Iterable[int]) -> list[int]:
    return sorted(ids)


def _by_id(rows: Iterable[tuple[Any, ...]], words: Callable[..., str]) -> dict[int, str]:
    """Row id -> words made from the row's other columns."""
    return {row[0]: words(*row[1:]) for row in rows if row[0] is not None}


def _lots(session: Session, ids: set[int], roles: Roles) -> dict[int, str]:
    return _by_id(session.exec(select(Lot.id, Lot.din).where(col(Lot.id).in_(_ids(ids)))),
                  lambda din: f"Lot {din_text(din)}")


def _bags(session: Session, ids: set[int], roles: Roles) -> dict[int, str]:
    rows = session.exec(select(Bag.id, Bag.product_code, Bag.kit_number, Lot.din)
                        .join(Lot, col(Lot.id) == col(Bag.lot_id))
                        .where(col(Bag.id).in_(_ids(ids))))

    def words(code: str, kit: str | None, din: str) -> str:
        if not blinding.shows_lot_identity(roles, kit_number=kit):
            return f"Kit {kit}"  # a kit bag's DIN would let kits be grouped by lot
        return f"Bag {din_text(din)} {code}" + (f" (kit {kit})" if kit else "")
    return _by_id(rows, words)


def _units(session: Session, ids: set[int], roles: Roles) -> dict[int, str]:
    return _by_id(session.exec(
        select(CordBloodUnit.id, CordBloodUnit.din, CordBloodUnit.product_code)
        .where(col(CordBloodUnit.id).in_(_ids(ids)))),
        lambda din, code: f"Cord blood unit {din_text(din)} {code}")


def _subjects(prefix: str) -> Callable[[Session, set[int], Roles], dict[int, str]]:
    def names(session: Session, ids: set[int], roles: Roles) -> dict[int, str]:
        return _by_id(session.exec(
            select(Subject.id, Subject.subject_number, Subject.screening_number)
            .where(col(Subject.id).in_(_ids(ids)))),
            lambda number, screening: f"{prefix} {number or screening}")
    return names


def _deviations(session: Session, ids: set[int], roles: Roles) -> dict[int, str]:
    return _by_id(session.exec(
        select(Deviation.id, Deviation.number).where(col(Deviation.id).in_(_ids(ids)))),
        lambda number: f"Deviation {number}")


def _users(session: Session, ids: set[int], roles: Roles) -> dict[int, str]:
    return {i: f"User {name}" for i, name in usernames(session, ids).items()}


def _materials(session: Session, ids: set[int], roles: Roles) -> dict[int, str]:
    return _by_id(session.exec(
        select(MaterialLot.id, MaterialLot.code).where(col(MaterialLot.id).in_(_ids(ids)))),
        lambda code: f"Material lot {code}")


def _equipment(session: Session, ids: set[int], roles: Roles) -> dict[int, str]:
    return _by_id(session.exec(
        select(Equipment.id, Equipment.asset_number).where(col(Equipment.id).in_(_ids(ids)))),
        lambda asset: f"Equipment {asset}")


def _samples(session: Session, ids: set[int], roles: Roles) -> dict[int, str]:
    return _by_id(session.exec(
        select(QcSample.id, QcSample.sample_number, Lot.din)
        .join(Lot, col(Lot.id) == col(QcSample.lot_id)).where(col(QcSample.id).in_(_ids(ids)))),
        lambda number, din: f"QC sample {number:03d} of lot {din_text(din)}")


def _templates(session: Session, ids: set[int], roles: Roles) -> dict[int, str]:
    return _by_id(session.exec(
        select(LabelTemplate.id, LabelTemplate.name, LabelTemplate.version)
        .where(col(LabelTemplate.id).in_(_ids(ids)))),
        lambda name, version: f"Label template {name} version {version}")


def _notifications(session: Session, ids: set[int], roles: Roles) -> dict[int, str]:
    # A notification has no identifier of its own; its message is not repeated here, as the
    # trail's readers are not all the notification's addressees.
    return _by_id(session.exec(
        select(Notification.id, Notification.id, Notification.kind)
        .where(col(Notification.id).in_(_ids(ids)))),
        lambda i, kind: f"Notification {i} ({field_label(kind).lower()})")


def _reviews(session: Session, ids: set[int], roles: Roles) -> dict[int, str]:
    return _by_id(session.exec(
        select(AuditReview.id, AuditReview.up_to_seq).where(col(AuditReview.id).in_(_ids(ids)))),
        lambda seq: f"Audit review up to sequence {seq}")


def _trail(session: Session, ids: set[int], roles: Roles) -> dict[int, str]:
    return {i: f"Audit trail up to sequence {i}" for i in ids}


def _bedside_checks(session: Session, ids: set[int], roles: Roles) -> dict[int, str]:
    # Named by number and subject; the bag is named inside the check's own messages.
    return _by_id(session.exec(
        select(BedsideVerification.id, BedsideVerification.id, Subject.subject_number)
        .join(Subject, col(Subject.id) == col(BedsideVerification.subject_id), isouter=True)
        .where(col(BedsideVerification.id).in_(_ids(ids)))),
        lambda i, number: f"Bedside check {i}" + (f" (subject {number})" if number else ""))


def _infusions(session: Session, ids: set[int], roles: Roles) -> dict[int, str]:
    return _by_id(session.exec(
        select(Infusion.id, Infusion.id, Subject.subject_number)
        .join(Subject, col(Subject.id) == col(Infusion.subject_id))
        .where(col(Infusion.id).in_(_ids(ids)))),
        lambda i, number: f"Infusion {i} (subject {number})")
def _adverse_events(session: Session, ids: set[int], roles: Roles) -> dict[int, str]:
    # Issue 11 item 5: OPEN to blinded roles; the term and subject name no lot or arm.
    return _by_id(session.exec(
        select(AdverseEvent.id, AdverseEvent.id, AdverseEvent.term,
               func.coalesce(Subject.subject_number, Subject.screening_number))
        .join(Subject, col(Subject.id) == col(AdverseEvent.subject_id))
        .where(col(AdverseEvent.id).in_(_ids(ids)))),
        lambda i, term, subject: f"Adverse event {i} ({term}) of subject {subject}")


def _escalation_decisions(session: Session, ids: set[int], roles: Roles) -> dict[int, str]:
    return _by_id(session.exec(
        select(EscalationDecision.id, EscalationDecision.cohort, EscalationDecision.dose_level)
        .where(col(EscalationDecision.id).in_(_ids(ids)))),
        lambda cohort, level: f"Dose-escalation decision on cohort {cohort} at {level}")


def _randomisation_lists(session: Session, ids: set[int], roles: Roles) -> dict[int, str]:
    return {i: f"Randomisation list {i}" for i in ids}


NAMERS: Final[Mapping[str, Callable[[Session, set[int], Roles], dict[int, str]]]] = {
    "lot": _lots, "bag": _bags, "cbu": _units, "subject": _subjects("Subject"),
    "wristband": _subjects("Wristband of subject"), "deviation": _deviations, "user": _users,
    "material_lot": _materials, "material": _materials, "equipment": _equipment,
    "qc_sample": _samples, "sample": _samples, "label_template": _templates,
    "notification": _notifications, "audit_review": _reviews, "audit_trail": _trail,
    "bedside_verification": _bedside_checks, "infusion": _infusions,
    # Adverse events (issue 11 item 5).
    "adverse_event": _adverse_events,
    "escalation": _escalation_decisions, "randomisation_list": _randomisation_lists,
}


def usernames(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """User IDs (usernames) by internal id, in one query."""
    wanted = _ids(set(ids))
    if not wanted:
        return {}
    return _by_id(session.exec(select(User.id, User.username).where(col(User.id).in_(wanted))),
                  str)


def names_for(session: Session, keys: Iterable[Key], roles: Roles) -> dict[Key, str]:
    """Each record's own identifier in words ("Lot A999026000001"), one query per kind."""
    wanted = set(keys)
    by_kind: dict[str, set[int]] = defaultdict(set)
    for kind, raw in wanted:
        if raw.isdigit():
            by_kind[kind].add(int(raw))
    found: dict[Key, str] = {}
    unblinded = blinding.is_unblinded(roles)
    for kind, ids in by_kind.items():
        namer = NAMERS.get(kind)
        if not (unblinded or kind == "bag" or
                blinding.AUDIT_ENTITIES.get(kind) == blinding.Blinding.OPEN):
            # Bags name themselves through the projection (kit number or open-label DIN).
            found.update({(kind, str(i)): "Restricted record" for i in ids})
        elif namer is not None:
            found.update({(kind, str(i)): text for i, text in namer(session, ids, roles).items()})
    return {key: found.get(key) or _unknown(key) for key in wanted}


def _unknown(key: Key) -> str:
    kind, raw = key
    return f"{KIND_WORDS.get(kind, field_label(kind))} (no record with internal number {raw})"


@dataclass(frozen=True)
class Named:
    """What a typed identifier names: records (by audit key) and the exact texts to look for
    in change payloads (a DIN named in ``lot.planned``, a material code in a step)."""

    keys: frozenset[Key]
    texts: tuple[str, ...]


def _din_parts(compact: str) -> tuple[str, str | None] | None:
    """A typed DIN, with or without its check character, optionally followed by a product
    code: returns (DIN, product code or None), or None when the text is not one."""
    if len(compact) not in (13, 14, 21, 22) or not compact[5:13].isdigit():
        return None
    din, rest = compact[:13], compact[13:]
    if len(rest) in (1, 9):
        try:
            if check_character(din, what="DIN") != rest[0]:
                return None
        except ScanError:
            return None
        rest = rest[1:]
    return din, rest or None


def records_named(session: Session, typed: str, roles: Roles) -> Named:
    """The records a typed identifier names, as ``roles`` may know them.

    Blinded roles match only what they are shown: subjects (number, screening number, COI),
    users, and allocated bags by kit number or, for an open-label bag, by the DIN printed on
    it. A lot DIN never reaches a kit bag for them, so a hidden identifier names nothing,
    exactly like one that does not exist.
    """
    compact = "".join(typed.split()).upper()
    unblinded = blinding.is_unblinded(roles)
    keys: set[Key] = set()
    texts = dict.fromkeys(t for t in (typed.strip(), compact) if t)

    def add(kinds: Iterable[str], ids: Iterable[int | None]) -> None:
        for i in ids:
            if i is not None:
                keys.update((kind, str(i)) for kind in kinds)

    din = _din_parts(compact)
    if din is not None:
        texts[din[0]] = None
        keys |= _named_by_din(session, din[0], din[1], unblinded)
    kits = select(Bag.id).where(Bag.kit_number == compact)
    add(["bag"], session.exec(kits if unblinded else
                              kits.where(col(Bag.subject_id).is_not(None))).all())
    coi = compact[:15] if compact.startswith("CH") and len(compact) in (15, 16) else compact
    subjects = session.exec(select(Subject.id).where(or_(
        col(Subject.subject_number) == compact, col(Subject.screening_number) == compact,
        col(Subject.id).in_(select(ChainOfIdentity.subject_id)
                            .where(ChainOfIdentity.identifier == coi))))).all()
    add(["subject", "wristband"], subjects)
    # A subject's bags name it by its COI identifier (bag.allocated).
    texts.update(dict.fromkeys(session.exec(select(ChainOfIdentity.identifier).where(
        col(ChainOfIdentity.subject_id).in_(list(subjects))))))
    add(["user"], session.exec(select(User.id).where(
        User.username == normalise_username(typed))).all())
    if unblinded:
        add(["deviation"], session.exec(select(Deviation.id).where(
            Deviation.number == compact)).all())
        add(["material_lot", "material"], session.exec(select(MaterialLot.id).where(
            MaterialLot.code == compact)).all())
        add(["equipment"], session.exec(select(Equipment.id).where(
            Equipment.asset_number == compact)).all())
    return Named(frozenset(keys), tuple(texts))


def _named_by_din(session: Session, din: str, code: str | None, unblinded: bool) -> set[Key]:
    keys: set[Key] = set()
    lot_ids = list(session.exec(select(Lot.id).where(Lot.din == din)))
    bags = select(Bag.id).where(col(Bag.lot_id).in_(lot_ids))
    if code is not None:
        bags = bags.where(Bag.product_code == code)
    if not unblinded:
        # Only an allocated open-label bag shows its DIN to blinded roles.
        bags = bags.where(and_(col(Bag.kit_number).is_(None), col(Bag.subject_id).is_not(None)))
    keys.update(("bag", str(i)) for i in session.exec(bags))
    if not unblinded:
        return keys
    units = select(CordBloodUnit.id).where(CordBloodUnit.din == din)
    if code is not None:
        units = units.where(CordBloodUnit.product_code == code)
    keys.update(("cbu", str(i)) for i in session.exec(units))
    if code is None:
        keys.update(("lot", str(i)) for i in lot_ids)
        for i in session.exec(select(QcSample.id).where(col(QcSample.lot_id).in_(lot_ids))):
            keys.update({("qc_sample", str(i)), ("sample", str(i))})
        keys.update(("deviation", str(i)) for i in session.exec(
            select(Deviation.id).where(col(Deviation.lot_id).in_(lot_ids))))
    return keys


def json_text(value: str) -> str:
    """How a text appears inside the stored canonical JSON (quoted, escaped as stored)."""
    return json.dumps(value, ensure_ascii=False)
