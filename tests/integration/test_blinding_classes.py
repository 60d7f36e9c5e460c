"""Blinding decided in one place: every table and field, every audit record kind and every
audit action written anywhere in the code has a blinding class, so nothing new is visible to
blinded roles by default."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import inspect

from cellchain.bags.rules import BagStatus
from cellchain.blinding.rules import AUDIT_ACTIONS, AUDIT_ENTITIES, TABLES
from cellchain.cbu.rules import CbuState
from cellchain.custody.rules import CustodyKind
from cellchain.db import Database
from cellchain.labels.data import LabelKind
from cellchain.materials.rules import MaterialStatus

SOURCE = Path(__file__).parents[2] / "cellchain"
# The f-string actions in the code and what their placeholder can be.
EXPANSIONS = {
    "auth.{context}_failed": ["login", "signature"],
    "bag.{target.value}": [s.value for s in BagStatus],
    "cbu.{target.value}": [s.value for s in CbuState],
    "material.{target.value}": [s.value for s in MaterialStatus],
    "custody.{kind.value}": [k.value for k in CustodyKind],
}


def _actions_in_code() -> set[str]:
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for prefix, action in re.findall(r'action=(f?)"([^"]+)"', text):
            if prefix:
                assert action in EXPANSIONS, f"{path}: f-string action {action!r} unknown here"
                found.update(action.replace(action[action.index("{"):action.index("}") + 1], v)
                             for v in EXPANSIONS[action])
            else:
                found.add(action)
        # Conditional actions: action="a" if x else "b"
        for other in re.findall(r'action="[^"]+" if [^\n]+ else "([^"]+)"', text):
            found.add(other)
    return found


def test_every_audit_action_written_in_the_code_has_a_blinding_class() -> None:
    actions = _actions_in_code()
    assert len(actions) > 40
    assert sorted(actions - set(AUDIT_ACTIONS)) == []


def test_every_audit_record_kind_written_in_the_code_has_a_blinding_class() -> None:
    kinds = {k for path in SOURCE.rglob("*.py")
             for k in re.findall(r'entity_type="([^"]+)"', path.read_text(encoding="utf-8"))}
    kinds |= {kind.value for kind in LabelKind}  # labels are audited under their kind
    assert sorted(kinds - set(AUDIT_ENTITIES)) == []


def test_every_table_of_the_migrated_schema_has_a_blinding_class(database: Database) -> None:
    tables = set(inspect(database.engine).get_table_names())
    assert {"lot", "bag", "audit_event", "subject"} <= tables
    assert sorted(tables - set(TABLES)) == []
    assert sorted(set(TABLES) - tables) == []


def test_every_field_of_a_table_with_field_classes_is_classified(database: Database) -> None:
    inspector = inspect(database.engine)
    for table, classes in TABLES.items():
        if isinstance(classes, dict):
            columns = {c["name"] for c in inspector.get_columns(table)}
            # Fields not listed are UNBLINDED; the open ones must exist.
            assert set(classes) <= columns, table
    bag_columns = {c["name"] for c in inspector.get_columns("bag")}
    bag = TABLES["bag"]
    assert isinstance(bag, dict)
    assert {"lot_id", "division", "product_code"} <= bag_columns - set(bag)
