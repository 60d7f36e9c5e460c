"""E-signature rules: binding to a record version, components, who may sign."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cellchain.auth.roles import Role
from cellchain.signatures import rules
from cellchain.signatures.rules import Meaning

RECORD = {"type": "lot", "id": 7, "status": "in_qc", "viability": 92.5}


def test_a_signature_is_valid_for_the_exact_version_signed() -> None:
    digest = rules.record_hash(RECORD)
    assert rules.signature_status(digest, dict(RECORD)) == "valid"
    assert rules.signature_status(digest, dict(reversed(list(RECORD.items())))) == "valid"


@given(st.sampled_from(sorted(RECORD)), st.one_of(st.integers(), st.text(), st.none()))
def test_changing_any_field_supersedes_the_signature(field: str, value: object) -> None:
    changed = dict(RECORD)
    if changed[field] == value:
        return
    changed[field] = value
    assert rules.signature_status(rules.record_hash(RECORD), changed) == "superseded"


def test_a_signature_moved_to_another_record_does_not_verify() -> None:
    other = dict(RECORD, id=8)
    assert rules.signature_status(rules.record_hash(RECORD), other) == "superseded"


def test_first_signing_in_a_session_needs_the_user_id_later_ones_do_not() -> None:
    assert rules.needs_user_id(signed_before_in_session=False)
    assert not rules.needs_user_id(signed_before_in_session=True)


def test_no_account_holding_admin_can_sign_whatever_else_it_holds() -> None:
    refusal = "System administrators cannot sign GMP or trial records."
    assert rules.may_sign(frozenset({Role.ADMIN})) == refusal
    assert rules.may_sign(frozenset({Role.ADMIN, Role.QA})) == refusal
    assert rules.may_sign(frozenset({Role.CLINICIAN})) is None
    assert rules.may_sign(frozenset({Role.QA, Role.TECHNICIAN})) is None


# 11.50(a)(3): the words recorded with each signature, written out; a changed statement
# changes what every signer of that meaning has declared, so it must be a visible decision.
STATEMENTS = {
    "performed": "I performed this step as recorded",
    "verified": "I verified this entry as a second person",
    "reviewed": "I reviewed this record",
    "qc_approved": "I approve these QC results",
    "released": "I release this lot for clinical use",
    "conditionally_released": "I release this lot conditionally, with results pending",
    "rejected": "I reject this lot",
    "deviation_closed": "I close this deviation",
    "unblinded": "I break the blind for this subject",
    "cbu_accepted": "I accept this cord blood unit for manufacturing",
    "cbu_rejected": "I reject this cord blood unit",
    "recalled": "I recall this lot",
    "bag_quarantined": "I quarantine this bag",
    "bag_released": "I release this bag from quarantine after assessment",
    "bag_returned": "I record this bag as returned",
    "bag_destroyed": "I record this bag as destroyed",
    "bedside_confirmed": "I independently confirmed that this bag is for this subject",
    "escalation_decided": "I record the safety review committee's dose-escalation decision",
}


def test_every_meaning_records_exactly_its_statement() -> None:
    assert {m.value: m.statement for m in Meaning} == STATEMENTS
