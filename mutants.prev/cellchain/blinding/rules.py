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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
    "identifier_sequence": UNBL,
    "lot": UNBL, "lot_parent": UNBL, "cord_blood_unit": UNBL, "qc_sample": UNBL,
    "batch_entry": UNBL, "entry_correction": UNBL, "entry_verification": UNBL,
    "entry_material": UNBL, "entry_equipment": UNBL, "deviation": UNBL,
    "material_lot": UNBL, "equipment": UNBL, "label_template": UNBL, "label_print": UNBL,
    "print_job": UNBL,
}

# Audit record kinds (``entity_type``): the class of an audit record is its kind's class,
# unless its action is listed in AUDIT_ACTIONS with one of its own.
AUDIT_ENTITIES: Final[Mapping[str, Blinding]] = {
    "user": OPEN, "subject": OPEN, "notification": OPEN, "audit_review": OPEN, "wristband": OPEN,
    "bag": UNBL, "lot": UNBL, "cbu": UNBL, "deviation": UNBL, "equipment": UNBL,
    "label_template": UNBL, "material_lot": UNBL, "material": UNBL, "qc_sample": UNBL,
    "sample": UNBL,
}

# Every audit action written anywhere, with its own class or None (the record kind's class).
AUDIT_ACTIONS: Final[Mapping[str, Blinding | None]] = {
    "audit.reviewed": None, "auth.login": None, "auth.login_failed": None,
    "auth.logout": None, "auth.signature_failed": None, "user.created": None,
    "user.deactivated": None, "user.locked": None, "user.unlocked": None,
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
    "material.received": None, "material.released": None, "material.rejected": None,
    "material.quarantine": None,
    "qc_sample.drawn": None,
}


class Unclassified(LookupError):
    """A table, field, record kind or audit action that was given no blinding class."""
mutants_x_audit_class__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_audit_class__mutmut)
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


def x_audit_class__mutmut_orig(action: str, entity_type: str) -> Blinding:
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


def x_audit_class__mutmut_1(action: str, entity_type: str) -> Blinding:
    """Returns the class an audit record is written with; refuses an unclassified one."""
    if action in AUDIT_ACTIONS:
        raise Unclassified(f"audit action {action!r} has no blinding class "
                           "(cellchain/blinding/rules.py AUDIT_ACTIONS)")
    own = AUDIT_ACTIONS[action]
    if own is not None:
        return own
    if entity_type not in AUDIT_ENTITIES:
        raise Unclassified(f"audit record kind {entity_type!r} has no blinding class "
                           "(cellchain/blinding/rules.py AUDIT_ENTITIES)")
    return AUDIT_ENTITIES[entity_type]


def x_audit_class__mutmut_2(action: str, entity_type: str) -> Blinding:
    """Returns the class an audit record is written with; refuses an unclassified one."""
    if action not in AUDIT_ACTIONS:
        raise Unclassified(None)
    own = AUDIT_ACTIONS[action]
    if own is not None:
        return own
    if entity_type not in AUDIT_ENTITIES:
        raise Unclassified(f"audit record kind {entity_type!r} has no blinding class "
                           "(cellchain/blinding/rules.py AUDIT_ENTITIES)")
    return AUDIT_ENTITIES[entity_type]


def x_audit_class__mutmut_3(action: str, entity_type: str) -> Blinding:
    """Returns the class an audit record is written with; refuses an unclassified one."""
    if action not in AUDIT_ACTIONS:
        raise Unclassified(f"audit action {action!r} has no blinding class "
                           "XX(cellchain/blinding/rules.py AUDIT_ACTIONS)XX")
    own = AUDIT_ACTIONS[action]
    if own is not None:
        return own
    if entity_type not in AUDIT_ENTITIES:
        raise Unclassified(f"audit record kind {entity_type!r} has no blinding class "
                           "(cellchain/blinding/rules.py AUDIT_ENTITIES)")
    return AUDIT_ENTITIES[entity_type]


def x_audit_class__mutmut_4(action: str, entity_type: str) -> Blinding:
    """Returns the class an audit record is written with; refuses an unclassified one."""
    if action not in AUDIT_ACTIONS:
        raise Unclassified(f"audit action {action!r} has no blinding class "
                           "(cellchain/blinding/rules.py audit_actions)")
    own = AUDIT_ACTIONS[action]
    if own is not None:
        return own
    if entity_type not in AUDIT_ENTITIES:
        raise Unclassified(f"audit record kind {entity_type!r} has no blinding class "
                           "(cellchain/blinding/rules.py AUDIT_ENTITIES)")
    return AUDIT_ENTITIES[entity_type]


def x_audit_class__mutmut_5(action: str, entity_type: str) -> Blinding:
    """Returns the class an audit record is written with; refuses an unclassified one."""
    if action not in AUDIT_ACTIONS:
        raise Unclassified(f"audit action {action!r} has no blinding class "
                           "(CELLCHAIN/BLINDING/RULES.PY AUDIT_ACTIONS)")
    own = AUDIT_ACTIONS[action]
    if own is not None:
        return own
    if entity_type not in AUDIT_ENTITIES:
        raise Unclassified(f"audit record kind {entity_type!r} has no blinding class "
                           "(cellchain/blinding/rules.py AUDIT_ENTITIES)")
    return AUDIT_ENTITIES[entity_type]


def x_audit_class__mutmut_6(action: str, entity_type: str) -> Blinding:
    """Returns the class an audit record is written with; refuses an unclassified one."""
    if action not in AUDIT_ACTIONS:
        raise Unclassified(f"audit action {action!r} has no blinding class "
                           "(cellchain/blinding/rules.py AUDIT_ACTIONS)")
    own = None
    if own is not None:
        return own
    if entity_type not in AUDIT_ENTITIES:
        raise Unclassified(f"audit record kind {entity_type!r} has no blinding class "
                           "(cellchain/blinding/rules.py AUDIT_ENTITIES)")
    return AUDIT_ENTITIES[entity_type]


def x_audit_class__mutmut_7(action: str, entity_type: str) -> Blinding:
    """Returns the class an audit record is written with; refuses an unclassified one."""
    if action not in AUDIT_ACTIONS:
        raise Unclassified(f"audit action {action!r} has no blinding class "
                           "(cellchain/blinding/rules.py AUDIT_ACTIONS)")
    own = AUDIT_ACTIONS[action]
    if own is None:
        return own
    if entity_type not in AUDIT_ENTITIES:
        raise Unclassified(f"audit record kind {entity_type!r} has no blinding class "
                           "(cellchain/blinding/rules.py AUDIT_ENTITIES)")
    return AUDIT_ENTITIES[entity_type]


def x_audit_class__mutmut_8(action: str, entity_type: str) -> Blinding:
    """Returns the class an audit record is written with; refuses an unclassified one."""
    if action not in AUDIT_ACTIONS:
        raise Unclassified(f"audit action {action!r} has no blinding class "
                           "(cellchain/blinding/rules.py AUDIT_ACTIONS)")
    own = AUDIT_ACTIONS[action]
    if own is not None:
        return own
    if entity_type in AUDIT_ENTITIES:
        raise Unclassified(f"audit record kind {entity_type!r} has no blinding class "
                           "(cellchain/blinding/rules.py AUDIT_ENTITIES)")
    return AUDIT_ENTITIES[entity_type]


def x_audit_class__mutmut_9(action: str, entity_type: str) -> Blinding:
    """Returns the class an audit record is written with; refuses an unclassified one."""
    if action not in AUDIT_ACTIONS:
        raise Unclassified(f"audit action {action!r} has no blinding class "
                           "(cellchain/blinding/rules.py AUDIT_ACTIONS)")
    own = AUDIT_ACTIONS[action]
    if own is not None:
        return own
    if entity_type not in AUDIT_ENTITIES:
        raise Unclassified(None)
    return AUDIT_ENTITIES[entity_type]


def x_audit_class__mutmut_10(action: str, entity_type: str) -> Blinding:
    """Returns the class an audit record is written with; refuses an unclassified one."""
    if action not in AUDIT_ACTIONS:
        raise Unclassified(f"audit action {action!r} has no blinding class "
                           "(cellchain/blinding/rules.py AUDIT_ACTIONS)")
    own = AUDIT_ACTIONS[action]
    if own is not None:
        return own
    if entity_type not in AUDIT_ENTITIES:
        raise Unclassified(f"audit record kind {entity_type!r} has no blinding class "
                           "XX(cellchain/blinding/rules.py AUDIT_ENTITIES)XX")
    return AUDIT_ENTITIES[entity_type]


def x_audit_class__mutmut_11(action: str, entity_type: str) -> Blinding:
    """Returns the class an audit record is written with; refuses an unclassified one."""
    if action not in AUDIT_ACTIONS:
        raise Unclassified(f"audit action {action!r} has no blinding class "
                           "(cellchain/blinding/rules.py AUDIT_ACTIONS)")
    own = AUDIT_ACTIONS[action]
    if own is not None:
        return own
    if entity_type not in AUDIT_ENTITIES:
        raise Unclassified(f"audit record kind {entity_type!r} has no blinding class "
                           "(cellchain/blinding/rules.py audit_entities)")
    return AUDIT_ENTITIES[entity_type]


def x_audit_class__mutmut_12(action: str, entity_type: str) -> Blinding:
    """Returns the class an audit record is written with; refuses an unclassified one."""
    if action not in AUDIT_ACTIONS:
        raise Unclassified(f"audit action {action!r} has no blinding class "
                           "(cellchain/blinding/rules.py AUDIT_ACTIONS)")
    own = AUDIT_ACTIONS[action]
    if own is not None:
        return own
    if entity_type not in AUDIT_ENTITIES:
        raise Unclassified(f"audit record kind {entity_type!r} has no blinding class "
                           "(CELLCHAIN/BLINDING/RULES.PY AUDIT_ENTITIES)")
    return AUDIT_ENTITIES[entity_type]

mutants_x_audit_class__mutmut['_mutmut_orig'] = x_audit_class__mutmut_orig # type: ignore # mutmut generated
mutants_x_audit_class__mutmut['x_audit_class__mutmut_1'] = x_audit_class__mutmut_1 # type: ignore # mutmut generated
mutants_x_audit_class__mutmut['x_audit_class__mutmut_2'] = x_audit_class__mutmut_2 # type: ignore # mutmut generated
mutants_x_audit_class__mutmut['x_audit_class__mutmut_3'] = x_audit_class__mutmut_3 # type: ignore # mutmut generated
mutants_x_audit_class__mutmut['x_audit_class__mutmut_4'] = x_audit_class__mutmut_4 # type: ignore # mutmut generated
mutants_x_audit_class__mutmut['x_audit_class__mutmut_5'] = x_audit_class__mutmut_5 # type: ignore # mutmut generated
mutants_x_audit_class__mutmut['x_audit_class__mutmut_6'] = x_audit_class__mutmut_6 # type: ignore # mutmut generated
mutants_x_audit_class__mutmut['x_audit_class__mutmut_7'] = x_audit_class__mutmut_7 # type: ignore # mutmut generated
mutants_x_audit_class__mutmut['x_audit_class__mutmut_8'] = x_audit_class__mutmut_8 # type: ignore # mutmut generated
mutants_x_audit_class__mutmut['x_audit_class__mutmut_9'] = x_audit_class__mutmut_9 # type: ignore # mutmut generated
mutants_x_audit_class__mutmut['x_audit_class__mutmut_10'] = x_audit_class__mutmut_10 # type: ignore # mutmut generated
mutants_x_audit_class__mutmut['x_audit_class__mutmut_11'] = x_audit_class__mutmut_11 # type: ignore # mutmut generated
mutants_x_audit_class__mutmut['x_audit_class__mutmut_12'] = x_audit_class__mutmut_12 # type: ignore # mutmut generated
mutants_x_is_unblinded__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_unblinded__mutmut)
def is_unblinded(roles: frozenset[Role]) -> bool:
    return bool(roles & UNBLINDED)


def x_is_unblinded__mutmut_orig(roles: frozenset[Role]) -> bool:
    return bool(roles & UNBLINDED)


def x_is_unblinded__mutmut_1(roles: frozenset[Role]) -> bool:
    return bool(None)


def x_is_unblinded__mutmut_2(roles: frozenset[Role]) -> bool:
    return bool(roles | UNBLINDED)

mutants_x_is_unblinded__mutmut['_mutmut_orig'] = x_is_unblinded__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_unblinded__mutmut['x_is_unblinded__mutmut_1'] = x_is_unblinded__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_unblinded__mutmut['x_is_unblinded__mutmut_2'] = x_is_unblinded__mutmut_2 # type: ignore # mutmut generated
mutants_x_sees__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_sees__mutmut)
def sees(roles: frozenset[Role], blinding: Blinding | str) -> bool:
    """Whether someone holding ``roles`` may see something of class ``blinding``."""
    return blinding == Blinding.OPEN or is_unblinded(roles)


def x_sees__mutmut_orig(roles: frozenset[Role], blinding: Blinding | str) -> bool:
    """Whether someone holding ``roles`` may see something of class ``blinding``."""
    return blinding == Blinding.OPEN or is_unblinded(roles)


def x_sees__mutmut_1(roles: frozenset[Role], blinding: Blinding | str) -> bool:
    """Whether someone holding ``roles`` may see something of class ``blinding``."""
    return blinding == Blinding.OPEN and is_unblinded(roles)


def x_sees__mutmut_2(roles: frozenset[Role], blinding: Blinding | str) -> bool:
    """Whether someone holding ``roles`` may see something of class ``blinding``."""
    return blinding != Blinding.OPEN or is_unblinded(roles)


def x_sees__mutmut_3(roles: frozenset[Role], blinding: Blinding | str) -> bool:
    """Whether someone holding ``roles`` may see something of class ``blinding``."""
    return blinding == Blinding.OPEN or is_unblinded(None)

mutants_x_sees__mutmut['_mutmut_orig'] = x_sees__mutmut_orig # type: ignore # mutmut generated
mutants_x_sees__mutmut['x_sees__mutmut_1'] = x_sees__mutmut_1 # type: ignore # mutmut generated
mutants_x_sees__mutmut['x_sees__mutmut_2'] = x_sees__mutmut_2 # type: ignore # mutmut generated
mutants_x_sees__mutmut['x_sees__mutmut_3'] = x_sees__mutmut_3 # type: ignore # mutmut generated
mutants_x_field_class__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_field_class__mutmut)
def field_class(table: str, field: str) -> Blinding:
    """The class of one field of one table (UNBLINDED when the table lists it nowhere)."""
    cls = TABLES.get(table, UNBL)
    return cls.get(field, UNBL) if isinstance(cls, Mapping) else cls


def x_field_class__mutmut_orig(table: str, field: str) -> Blinding:
    """The class of one field of one table (UNBLINDED when the table lists it nowhere)."""
    cls = TABLES.get(table, UNBL)
    return cls.get(field, UNBL) if isinstance(cls, Mapping) else cls


def x_field_class__mutmut_1(table: str, field: str) -> Blinding:
    """The class of one field of one table (UNBLINDED when the table lists it nowhere)."""
    cls = None
    return cls.get(field, UNBL) if isinstance(cls, Mapping) else cls


def x_field_class__mutmut_2(table: str, field: str) -> Blinding:
    """The class of one field of one table (UNBLINDED when the table lists it nowhere)."""
    cls = TABLES.get(None, UNBL)
    return cls.get(field, UNBL) if isinstance(cls, Mapping) else cls


def x_field_class__mutmut_3(table: str, field: str) -> Blinding:
    """The class of one field of one table (UNBLINDED when the table lists it nowhere)."""
    cls = TABLES.get(table, None)
    return cls.get(field, UNBL) if isinstance(cls, Mapping) else cls


def x_field_class__mutmut_4(table: str, field: str) -> Blinding:
    """The class of one field of one table (UNBLINDED when the table lists it nowhere)."""
    cls = TABLES.get(UNBL)
    return cls.get(field, UNBL) if isinstance(cls, Mapping) else cls


def x_field_class__mutmut_5(table: str, field: str) -> Blinding:
    """The class of one field of one table (UNBLINDED when the table lists it nowhere)."""
    cls = TABLES.get(table, )
    return cls.get(field, UNBL) if isinstance(cls, Mapping) else cls


def x_field_class__mutmut_6(table: str, field: str) -> Blinding:
    """The class of one field of one table (UNBLINDED when the table lists it nowhere)."""
    cls = TABLES.get(table, UNBL)
    return cls.get(field, UNBL) if (isinstance(cls, Mapping)) and False else cls


def x_field_class__mutmut_7(table: str, field: str) -> Blinding:
    """The class of one field of one table (UNBLINDED when the table lists it nowhere)."""
    cls = TABLES.get(table, UNBL)
    return cls.get(field, UNBL) if (isinstance(cls, Mapping)) or True else cls


def x_field_class__mutmut_8(table: str, field: str) -> Blinding:
    """The class of one field of one table (UNBLINDED when the table lists it nowhere)."""
    cls = TABLES.get(table, UNBL)
    return cls.get(None, UNBL) if isinstance(cls, Mapping) else cls


def x_field_class__mutmut_9(table: str, field: str) -> Blinding:
    """The class of one field of one table (UNBLINDED when the table lists it nowhere)."""
    cls = TABLES.get(table, UNBL)
    return cls.get(field, None) if isinstance(cls, Mapping) else cls


def x_field_class__mutmut_10(table: str, field: str) -> Blinding:
    """The class of one field of one table (UNBLINDED when the table lists it nowhere)."""
    cls = TABLES.get(table, UNBL)
    return cls.get(UNBL) if isinstance(cls, Mapping) else cls


def x_field_class__mutmut_11(table: str, field: str) -> Blinding:
    """The class of one field of one table (UNBLINDED when the table lists it nowhere)."""
    cls = TABLES.get(table, UNBL)
    return cls.get(field, ) if isinstance(cls, Mapping) else cls

mutants_x_field_class__mutmut['_mutmut_orig'] = x_field_class__mutmut_orig # type: ignore # mutmut generated
mutants_x_field_class__mutmut['x_field_class__mutmut_1'] = x_field_class__mutmut_1 # type: ignore # mutmut generated
mutants_x_field_class__mutmut['x_field_class__mutmut_2'] = x_field_class__mutmut_2 # type: ignore # mutmut generated
mutants_x_field_class__mutmut['x_field_class__mutmut_3'] = x_field_class__mutmut_3 # type: ignore # mutmut generated
mutants_x_field_class__mutmut['x_field_class__mutmut_4'] = x_field_class__mutmut_4 # type: ignore # mutmut generated
mutants_x_field_class__mutmut['x_field_class__mutmut_5'] = x_field_class__mutmut_5 # type: ignore # mutmut generated
mutants_x_field_class__mutmut['x_field_class__mutmut_6'] = x_field_class__mutmut_6 # type: ignore # mutmut generated
mutants_x_field_class__mutmut['x_field_class__mutmut_7'] = x_field_class__mutmut_7 # type: ignore # mutmut generated
mutants_x_field_class__mutmut['x_field_class__mutmut_8'] = x_field_class__mutmut_8 # type: ignore # mutmut generated
mutants_x_field_class__mutmut['x_field_class__mutmut_9'] = x_field_class__mutmut_9 # type: ignore # mutmut generated
mutants_x_field_class__mutmut['x_field_class__mutmut_10'] = x_field_class__mutmut_10 # type: ignore # mutmut generated
mutants_x_field_class__mutmut['x_field_class__mutmut_11'] = x_field_class__mutmut_11 # type: ignore # mutmut generated
mutants_x_bag_visible__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_bag_visible__mutmut)
def bag_visible(roles: frozenset[Role], *, allocated: bool) -> bool:
    """Blinded roles see only bags allocated to a subject (the ones they give)."""
    return is_unblinded(roles) or allocated


def x_bag_visible__mutmut_orig(roles: frozenset[Role], *, allocated: bool) -> bool:
    """Blinded roles see only bags allocated to a subject (the ones they give)."""
    return is_unblinded(roles) or allocated


def x_bag_visible__mutmut_1(roles: frozenset[Role], *, allocated: bool) -> bool:
    """Blinded roles see only bags allocated to a subject (the ones they give)."""
    return is_unblinded(roles) and allocated


def x_bag_visible__mutmut_2(roles: frozenset[Role], *, allocated: bool) -> bool:
    """Blinded roles see only bags allocated to a subject (the ones they give)."""
    return is_unblinded(None) or allocated

mutants_x_bag_visible__mutmut['_mutmut_orig'] = x_bag_visible__mutmut_orig # type: ignore # mutmut generated
mutants_x_bag_visible__mutmut['x_bag_visible__mutmut_1'] = x_bag_visible__mutmut_1 # type: ignore # mutmut generated
mutants_x_bag_visible__mutmut['x_bag_visible__mutmut_2'] = x_bag_visible__mutmut_2 # type: ignore # mutmut generated
mutants_x_shows_lot_identity__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_shows_lot_identity__mutmut)
def shows_lot_identity(roles: frozenset[Role], *, kit_number: str | None) -> bool:
    """Whether the bag's DIN, product code and lot may be shown: always to unblinded roles;
    to blinded roles only for open-label bags (no kit number), whose label they scan."""
    return is_unblinded(roles) or kit_number is None


def x_shows_lot_identity__mutmut_orig(roles: frozenset[Role], *, kit_number: str | None) -> bool:
    """Whether the bag's DIN, product code and lot may be shown: always to unblinded roles;
    to blinded roles only for open-label bags (no kit number), whose label they scan."""
    return is_unblinded(roles) or kit_number is None


def x_shows_lot_identity__mutmut_1(roles: frozenset[Role], *, kit_number: str | None) -> bool:
    """Whether the bag's DIN, product code and lot may be shown: always to unblinded roles;
    to blinded roles only for open-label bags (no kit number), whose label they scan."""
    return is_unblinded(roles) and kit_number is None


def x_shows_lot_identity__mutmut_2(roles: frozenset[Role], *, kit_number: str | None) -> bool:
    """Whether the bag's DIN, product code and lot may be shown: always to unblinded roles;
    to blinded roles only for open-label bags (no kit number), whose label they scan."""
    return is_unblinded(None) or kit_number is None


def x_shows_lot_identity__mutmut_3(roles: frozenset[Role], *, kit_number: str | None) -> bool:
    """Whether the bag's DIN, product code and lot may be shown: always to unblinded roles;
    to blinded roles only for open-label bags (no kit number), whose label they scan."""
    return is_unblinded(roles) or kit_number is not None

mutants_x_shows_lot_identity__mutmut['_mutmut_orig'] = x_shows_lot_identity__mutmut_orig # type: ignore # mutmut generated
mutants_x_shows_lot_identity__mutmut['x_shows_lot_identity__mutmut_1'] = x_shows_lot_identity__mutmut_1 # type: ignore # mutmut generated
mutants_x_shows_lot_identity__mutmut['x_shows_lot_identity__mutmut_2'] = x_shows_lot_identity__mutmut_2 # type: ignore # mutmut generated
mutants_x_shows_lot_identity__mutmut['x_shows_lot_identity__mutmut_3'] = x_shows_lot_identity__mutmut_3 # type: ignore # mutmut generated


# Kinds of record a scan may open for blinded roles (bags still subject to bag_visible).
BLINDED_SCAN_KINDS: Final = frozenset({"bag", "subject"})
NOT_VISIBLE: Final = ("This barcode does not open a record you can see. Scan the bag's kit "
                      "label or the subject's wristband.")
