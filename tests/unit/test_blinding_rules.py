"""The blinding allow-list: who sees which class, which bags and whose lot identity."""

from __future__ import annotations

import pytest

from cellchain.auth.roles import Role
from cellchain.blinding.rules import (
    Blinding,
    Unclassified,
    audit_class,
    bag_visible,
    field_class,
    sees,
    sees_arm,
    shows_lot_identity,
)

BLINDED = [frozenset({Role.CLINICIAN}), frozenset({Role.MONITOR}),
           frozenset({Role.CLINICIAN, Role.MONITOR}), frozenset({Role.ADMIN})]
UNBLINDED = [frozenset({r}) for r in (Role.TECHNICIAN, Role.QC, Role.QA, Role.COORDINATOR)] + [
    frozenset({Role.CLINICIAN, Role.QA})]


@pytest.mark.parametrize("roles", BLINDED)
def test_blinded_roles_see_open_things_allocated_bags_and_kit_numbers_only(
    roles: frozenset[Role],
) -> None:
    assert sees(roles, Blinding.OPEN) and not sees(roles, Blinding.UNBLINDED)
    assert bag_visible(roles, allocated=True) and not bag_visible(roles, allocated=False)
    assert not shows_lot_identity(roles, kit_number="K0000123")
    assert shows_lot_identity(roles, kit_number=None)  # open label: the DIN they scan


@pytest.mark.parametrize("roles", UNBLINDED)
def test_unblinded_roles_see_everything(roles: frozenset[Role]) -> None:
    assert sees(roles, Blinding.UNBLINDED) and sees(roles, "unblinded")
    assert bag_visible(roles, allocated=False)
    assert shows_lot_identity(roles, kit_number="K0000123")


@pytest.mark.parametrize(("action", "entity", "expected"), [
    ("bag.allocated", "bag", Blinding.OPEN),
    ("bag.created", "bag", Blinding.UNBLINDED),
    ("label.printed", "wristband", Blinding.OPEN),
    ("label.printed", "bag", Blinding.UNBLINDED),
    ("signature.applied", "cbu", Blinding.UNBLINDED),
    ("signature.applied", "audit_review", Blinding.OPEN),
    ("subject.registered", "subject", Blinding.OPEN),
    ("lot.status_changed", "lot", Blinding.UNBLINDED),
])
def test_an_audit_record_takes_its_actions_class_or_else_its_kinds(
    action: str, entity: str, expected: Blinding
) -> None:
    assert audit_class(action, entity) == expected


def test_an_unclassified_action_or_kind_cannot_be_written() -> None:
    with pytest.raises(Unclassified, match="audit action 'lot.teleported' has no"):
        audit_class("lot.teleported", "lot")
    with pytest.raises(Unclassified, match="record kind 'spaceship' has no"):
        audit_class("label.printed", "spaceship")


def test_a_field_not_listed_is_hidden() -> None:
    assert field_class("bag", "kit_number") == Blinding.OPEN
    assert field_class("bag", "lot_id") == Blinding.UNBLINDED
    assert field_class("lot", "din") == Blinding.UNBLINDED
    assert field_class("subject", "subject_number") == Blinding.OPEN
    assert field_class("a_future_table", "x") == Blinding.UNBLINDED


# --- the arm after an emergency unblinding (issue 12 item 4) ----------------------------------

def test_unblinded_roles_see_every_arm_without_having_broken_the_blind() -> None:
    for roles in UNBLINDED:
        assert sees_arm(roles, user_id=7, revealed_to=frozenset())


def test_a_blinded_reader_sees_the_arm_only_of_a_subject_they_unblinded_themselves() -> None:
    for roles in BLINDED:
        assert sees_arm(roles, user_id=7, revealed_to=frozenset({7}))
        assert sees_arm(roles, user_id=7, revealed_to=frozenset({3, 7}))
        assert not sees_arm(roles, user_id=7, revealed_to=frozenset({3}))
        assert not sees_arm(roles, user_id=7, revealed_to=frozenset())
