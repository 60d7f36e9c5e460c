"""Emergency unblinding (issue 12 item 4; DESIGN §4 rule 6), on both databases: the record and
its signature, the OPEN and UNBLINDED audit records, the coordinator and QA notified, and the
refusals that write nothing."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlmodel import Session, func, select

from cellchain.audit.models import AuditEvent
from cellchain.auth.roles import Role
from cellchain.blinding.rules import Blinding
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.errors import BadInput, Conflict, Forbidden
from cellchain.notifications.models import Notification
from cellchain.signatures import service as signatures
from cellchain.signatures.models import Signature
from cellchain.signatures.rules import record_hash
from cellchain.trial import service as trial
from cellchain.trial import unblinding
from cellchain.trial.blinding_models import EmergencyUnblinding
from cellchain.trial.models import Subject
from cellchain.trial.rules import SubjectStatus
from tests.factories import CAST, SEEDER, principal_for
from tests.support.randomised import put_list_in_force, randomise

NOW = datetime(2026, 7, 10, 9, 0, tzinfo=UTC)
REASON = "Anaphylaxis after the infusion; treatment choice depends on the product given."


def _subject(session: Session, number: str) -> Subject:
    return trial.register_subject(session, actor=SEEDER, screening_number=f"S{number}",
                                  subject_number=number, date_of_birth=date(1961, 3, 14),
                                  now=NOW, status=SubjectStatus.ENROLLED)


def _randomised(database: Database) -> dict[str, int]:
    """RAK010 in arm CONTROL, RAK011 in arm RAK, RAK012 open label (no slot)."""
    with database.session_scope() as session:
        put_list_in_force(session, ["CONTROL", "RAK"])
        made = {n: _subject(session, n) for n in ("RAK010", "RAK011", "RAK012")}
        randomise(session, made["RAK010"])
        randomise(session, made["RAK011"])
        return {n: s.id or 0 for n, s in made.items()}


def _proof(session: Session, settings: Settings, username: str) -> signatures.SignerProof:
    principal = principal_for(session, username, settings)
    return signatures.require_signer(session, principal=principal, username=username,
                                     password=CAST[username].password, now=NOW,
                                     settings=settings)


def _unblind(database: Database, settings: Settings, subject_id: int, *, username: str = "clin",
             reason: str = REASON) -> int:
    with database.session_scope() as session:
        row = unblinding.unblind(session, proof=_proof(session, settings, username),
                                 subject=trial.get_subject(session, subject_id), reason=reason,
                                 now=NOW, settings=settings)
        return row.id or 0


def _counts(database: Database) -> tuple[int, ...]:
    with database.session_scope(write=False) as session:
        return tuple(session.exec(select(func.count()).select_from(table)).one()
                     for table in (EmergencyUnblinding, Signature, Notification))


def test_an_unblinding_returns_the_arm_and_is_signed_audited_and_notified(
    database: Database, settings: Settings
) -> None:
    ids = _randomised(database)
    row_id = _unblind(database, settings, ids["RAK010"])
    with database.session_scope(write=False) as session:
        row = session.get(EmergencyUnblinding, row_id)
        assert row is not None and row.arm == "CONTROL" and row.reason == REASON
        assert (row.requested_by_name, row.requester_role) == (CAST["clin"].printed_name,
                                                               "clinician")
        signature = session.get(Signature, row.signature_id)
        assert signature is not None
        assert (signature.meaning, signature.entity_type, signature.entity_id) == (
            "unblinded", "subject", str(ids["RAK010"]))
        subject = trial.get_subject(session, ids["RAK010"])
        assert signature.record_hash == record_hash(unblinding.snapshot(row, subject))
        events = {e.action: e for e in session.exec(select(AuditEvent).where(
            AuditEvent.entity_id == str(ids["RAK010"])))}
        opened, revealed = events["subject.unblinded"], events["unblinding.arm_revealed"]
        assert opened.blinding == Blinding.OPEN and opened.reason == REASON
        assert "CONTROL" not in opened.data + opened.changes
        assert json.loads(opened.data)["requester"] == CAST["clin"].printed_name
        assert revealed.blinding == Blinding.UNBLINDED
        assert json.loads(revealed.changes) == [{"field": "arm", "old": None, "new": "CONTROL"}]
        # The signature's OPEN record carries a hash over a record without the arm.
        assert events["signature.applied"].blinding == Blinding.OPEN
        (note,) = session.exec(select(Notification)).all()
        assert set(note.roles.split(",")) == {Role.COORDINATOR.value, Role.QA.value}
        assert "RAK010" in note.message and REASON in note.message
        assert "CONTROL" not in note.message and "placebo" not in note.message.lower()


def test_a_second_unblinding_of_the_same_subject_is_recorded_on_its_own(
    database: Database, settings: Settings
) -> None:
    ids = _randomised(database)
    first = _unblind(database, settings, ids["RAK011"])
    second = _unblind(database, settings, ids["RAK011"], username="clin2")
    assert first != second
    with database.session_scope(write=False) as session:
        rows = unblinding.records_of(session, trial.get_subject(session, ids["RAK011"]))
        assert [r.arm for r in rows] == ["RAK", "RAK"]
        assert len({r.signature_id for r in rows}) == 2
    assert _counts(database)[2] == 2  # each one notified


@pytest.mark.parametrize("reason", ["", "too short", " " * 20, "x" * 1001,
                                    "a reason with a bell \x07 in it"])
def test_a_reason_missing_short_long_or_with_control_characters_is_refused(
    database: Database, settings: Settings, reason: str
) -> None:
    ids = _randomised(database)
    before = _counts(database)
    with pytest.raises(BadInput) as refused:
        _unblind(database, settings, ids["RAK010"], reason=reason)
    assert refused.value.field == "reason"
    assert _counts(database) == before


def test_reasons_of_exactly_ten_and_a_thousand_characters_are_accepted(
    database: Database, settings: Settings
) -> None:
    ids = _randomised(database)
    _unblind(database, settings, ids["RAK010"], reason="x" * 10)
    _unblind(database, settings, ids["RAK010"], reason="y" * 1000)
    # Counted after trimming: blanks around the reason are not part of it.
    assert unblinding.check_reason("  " + "z" * 10 + "\n") == "z" * 10
    with pytest.raises(BadInput):
        unblinding.check_reason("  " + "z" * 9 + "  ")


def test_a_subject_outside_the_randomised_stage_has_no_arm_to_reveal(
    database: Database, settings: Settings
) -> None:
    ids = _randomised(database)
    before = _counts(database)
    with pytest.raises(Conflict) as refused:
        _unblind(database, settings, ids["RAK012"])
    assert refused.value.message == ("Subject RAK012 is not in the randomised stage; there is "
                                     "no arm to reveal.")
    assert _counts(database) == before


@pytest.mark.parametrize("username", ["coord", "monitor", "qa"])
def test_only_a_clinician_breaks_the_blind(
    database: Database, settings: Settings, username: str
) -> None:
    ids = _randomised(database)
    before = _counts(database)
    with pytest.raises(Forbidden, match="Only the investigator"):
        _unblind(database, settings, ids["RAK010"], username=username)
    assert _counts(database) == before
