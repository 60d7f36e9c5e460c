"""Blinding decided in one place (DESIGN §4 rule 6): an allow-list of what blinded roles
(clinician, monitor) may see, by table, field, audit record and record kind. Pure.

Everything is UNBLINDED unless listed as OPEN, so a new table, field or audit action is hidden
from blinded roles until someone decides otherwise; ``tests/unit/test_blinding_rules.py`` and
``tests/integration/test_blinding_classes.py`` fail when one has no class at all.

What blinded roles see (NCT07212933 is double-blind in its randomised stage): subjects, their
chain-of-identity identifiers, and the bags allocated to subjects, by kit number (a kit
bag's DIN, product code and lot would let kits be grouped by lot) or, in the open-label stage,
by the DIN printed on the bag; never lots, cord blood units, QC, materials, equipment, arms.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Final

from cellchain.auth.roles import UNBLINDED, Role


class Blinding(StrEnum):
    OPEN = "open"  # every role that may read the page or trail
    UNBLINDED = "unblinded"  # technician, QC, QA, coordinator only


OPEN, UNBL = Blinding.OPEN, Blinding.UNBLINDED

# Every table: one class, or one class per field (a field not listed is UNBLINDED).
TABLES: Final[Mapping[str, Blinding | Mapping[str, Blinding]]] = {
    "alembic_version": UNBL,
    "audit_event": OPEN,  # per record: see AUDIT_ACTIONS
    "audit_review": OPEN,
    "auth_session": OPEN,  # only ever shown to its owner
    "user_account": OPEN,
    "user_role": OPEN,
    "notification": OPEN,  # addressed by role
    "signature": OPEN,  # shown only beside the record it signs
    "subject": OPEN,
    "chain_of_identity": OPEN,
    "bag": {"id": OPEN, "status": OPEN, "subject_id": OPEN, "coi_id": OPEN, "kit_number": OPEN,
            "expires_at": OPEN, "created_at": OPEN},
    # Custody and the bedside name bags by id and subjects; nothing of lot type or arm. Blinded
    # clinicians receive bags at the ward, verify, infuse and grade reactions themselves.
    "custody_event": OPEN, "temperature_excursion": OPEN, "bedside_verification": OPEN,
    "bedside_confirmation": OPEN, "infusion": OPEN, "vital_sign": OPEN, "adverse_event": OPEN,
    "identifier_sequence": UNBL,
    "lot": UNBL, "lot_parent": UNBL, "lot_status_count": UNBL, "cord_blood_unit": UNBL,
    "qc_sample": UNBL,
    "batch_entry": UNBL, "entry_check": UNBL, "entry_correction": UNBL,
    "entry_verification": UNBL, "entry_material": UNBL, "entry_equipment": UNBL, "deviation": UNBL,
    "material_lot": UNBL, "equipment": UNBL, "label_template": UNBL, "label_print": UNBL,
    "print_job": UNBL, "qc_result": UNBL, "qc_result_review": UNBL,
    # Trial management (issue 12). Screening, labs, cycles and the escalation committee's
    # decisions are the open-label clinicians' own records; the randomisation list is the
    # arm itself. An emergency unblinding is part of the subject's record, but the arm it
    # revealed is shown only to its requester (cellchain.trial.unblinding).
    "screening_evaluation": OPEN, "lab_result": OPEN, "treatment_cycle": OPEN,
    "escalation_decision": OPEN,
    "randomisation_list": UNBL, "randomisation_slot": UNBL,
    "emergency_unblinding": {"id": OPEN, "subject_id": OPEN, "requested_by": OPEN,
                             "requested_by_name": OPEN, "requester_role": OPEN,
                             "reason": OPEN, "signature_id": OPEN, "unblinded_at": OPEN},
}

# Audit record kinds (``entity_type``): the class of an audit record is its kind's class,
# unless its action is listed in AUDIT_ACTIONS with one of its own.
AUDIT_ENTITIES: Final[Mapping[str, Blinding]] = {
    "user": OPEN, "subject": OPEN, "notification": OPEN, "audit_review": OPEN, "wristband": OPEN,
    "bag": UNBL, "lot": UNBL, "cbu": UNBL, "deviation": UNBL, "equipment": UNBL,
    "label_template": UNBL, "material_lot": UNBL, "material": UNBL, "qc_sample": UNBL,
    "sample": UNBL, "bedside_verification": OPEN, "infusion": OPEN,
    # An export names the filter used, which may be a hidden identifier (a lot DIN).
    "audit_trail": UNBL,
    # Adverse events (issue 11 item 5): blinded clinicians record them; term, grade and
    # relatedness name no lot, lot type or arm.
    "adverse_event": OPEN,
    # Trial management (issue 12): the committee's decisions are open label; a randomisation
    # list is the arms themselves.
    "escalation": OPEN, "randomisation_list": UNBL,
}

# Every audit action written anywhere, with its own class or None (the record kind's class).
AUDIT_ACTIONS: Final[Mapping[str, Blinding | None]] = {
    "audit.reviewed": None, "audit.exported": None, "auth.login": None, "auth.login_failed": None,
    "auth.logout": None, "auth.signature_failed": None, "user.created": None,
    "user.deactivated": None, "user.locked": None, "user.unlocked": None,
    "user.roles_changed": None, "user.password_reset": None, "user.password_changed": None,
    "auth.password_change_failed": None,
    "notification.acknowledged": None, "signature.foreign_user_id": None,
    "signature.applied": None, "subject.registered": None, "coi.issued": None,
    # A bag's allocation names the subject and the COI, nothing of its lot.
    "bag.allocated": OPEN,
    "bag.created": None, "bag.kit_assigned": None, "bag.released": None, "bag.dispatched": None,
    "bag.at_ward": None, "bag.infused": None, "bag.returned": None, "bag.destroyed": None,
    "bag.expired": None, "bag.recalled": None, "bag.quarantine": None,
    "batch.entry_corrected": None, "batch.entry_verified": None, "batch.step_recorded": None,
    "cbu.received": None, "cbu.accepted": None, "cbu.rejected": None, "cbu.consumed": None,
    "deviation.closed": None, "deviation.opened": None, "deviation.updated": None,
    "equipment.calibrated": None, "equipment.maintained": None, "equipment.registered": None,
    "equipment.service_changed": None,
    "label.printed": None, "label.reprinted": None, "label.rendered": None,
    "label.voided": None, "label.sent": None, "label.send_failed": None,
    "label_template.obsoleted": None, "label_template.registered": None,
    "lot.planned": None, "lot.process_assigned": None, "lot.status_changed": None,
    "lot.audit_trail_reviewed": None, "release.decided": None,
    "lot.late_result_held": None, "lot.recall_signed": None,
    "material.received": None, "material.released": None, "material.rejected": None,
    "material.quarantine": None,
    "qc_sample.drawn": None, "qc_result.recorded": None, "qc_result.reviewed": None,
    "qc_result.corrected": None,
    # The bedside (issue 11): attempts, confirmations and infusions name the subject and the
    # bag by id; their checks' messages name a kit bag by its kit number only.
    "auth.witness_failed": None, "bedside.verified": None, "bedside.confirmed": None,
    "infusion.recorded": None, "infusion.vitals_added": None, "subject.status_changed": None,
    # Adverse events (issue 11 item 5): the record kind's class (OPEN).
    "adverse_event.reported": None, "adverse_event.updated": None,
    # Chain of custody (issue 11 item 2): a handoff names the bag, the people, places and
    # temperatures, nothing of the lot; blinded ward staff receive bags themselves. QA's
    # acknowledgement carries QA's free-text comment, so it keeps the bag's (unblinded) class.
    "custody.dispatched": OPEN, "custody.received": OPEN, "custody.returned": OPEN,
    "custody.excursion_opened": OPEN, "custody.excursion_acknowledged": None,
    # Allocation (issue 11 item 1). A deallocation's reason is free text an unblinded
    # coordinator writes and may say why (a result, the lot, the arm): kept from blinded roles,
    # who simply no longer see the bag once it is allocated to nobody.
    "bag.deallocated": UNBL,
    # Trial management (issue 12). Screening, labs, enrolment, cycles and the escalation
    # committee's decisions are OPEN (the subject's and open-label stage's own record). The arm
    # is never in an OPEN record: randomisation writes its own UNBLINDED record, and an
    # emergency unblinding's OPEN record names requester and reason, while the arm it revealed
    # goes into an UNBLINDED record of its own.
    "screening.evaluated": None, "lab.recorded": None, "subject.enrolled": None,
    "cycle.started": None, "escalation.decided": None, "subject.unblinded": None,
    "subject.randomised": UNBL, "unblinding.arm_revealed": UNBL,
    "randomisation.list_created": None,
}


class Unclassified(LookupError):
    """A table, field, record kind or audit action that was given no blinding class."""


def audit_class(action: str, entity_type: str) -> Blinding:
    """Returns the class an audit record is written with; refuses an unclassified one."""
    if action not in AUDIT_ACTIONS:
        raise Unclassified(f"audit action {action!r} has no blinding class "
                           "(cellchain/blinding/rules.py AUDIT_ACTIONS)")
    own = AUDIT_ACTIONS[action]
    if own is not None:
        return own
    if entity_type not in AUDIT_ENTITIES:
        raise Unclassified(f"audit record kind {entity_type!r} has no blinding class "
                           "(cellchain/blinding/rules.py AUDIT_ENTITIES)")
    return AUDIT_ENTITIES[entity_type]


def is_unblinded(roles: frozenset[Role]) -> bool:
    return bool(roles & UNBLINDED)


def sees(roles: frozenset[Role], blinding: Blinding | str) -> bool:
    """Whether someone holding ``roles`` may see something of class ``blinding``."""
    return blinding == Blinding.OPEN or is_unblinded(roles)


def field_class(table: str, field: str) -> Blinding:
    """The class of one field of one table (UNBLINDED when the table lists it nowhere)."""
    cls = TABLES.get(table, UNBL)
    return cls.get(field, UNBL) if isinstance(cls, Mapping) else cls


def bag_visible(roles: frozenset[Role], *, allocated: bool) -> bool:
    """Blinded roles see only bags allocated to a subject (the ones they give)."""
    return is_unblinded(roles) or allocated


def shows_lot_identity(roles: frozenset[Role], *, kit_number: str | None) -> bool:
    """Whether the bag's DIN, product code and lot may be shown: always to unblinded roles;
    to blinded roles only for open-label bags (no kit number), whose label they scan."""
    return is_unblinded(roles) or kit_number is None


# Kinds of record a scan may open for blinded roles (bags still subject to bag_visible).
BLINDED_SCAN_KINDS: Final = frozenset({"bag", "subject"})
NOT_VISIBLE: Final = ("This barcode does not open a record you can see. Scan the bag's kit "
                      "label or the subject's wristband.")


def sees_arm(roles: frozenset[Role], *, user_id: int, revealed_to: frozenset[int]) -> bool:
    """Whether a reader may see a subject's arm: unblinded roles always; a blinded reader only
    if they broke the blind for that subject themselves (emergency unblinding, DESIGN §4.6:
    one subject at a time, to its requester; ``revealed_to`` holds the requesters' user ids)."""
    return is_unblinded(roles) or user_id in revealed_to
