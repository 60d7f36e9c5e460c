"""After release (DESIGN §4.5, issue 10 item 6): a late out-of-specification result holds the
lot's bags not yet infused, notifies QA, the coordinator and the clinicians (who learn nothing
blinded) and lists the subjects already infused; QA's signed recall; signed bag quarantine,
release from quarantine, return and destruction. SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlmodel import Session, col, select

from cellchain.audit.service import Actor
from cellchain.auth import service as auth_service
from cellchain.auth.roles import Role
from cellchain.bags import service as bags
from cellchain.bags.disposition import Disposition, dispose
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo.manufacture import make_lot
from cellchain.display import din_text
from cellchain.errors import BadInput, Conflict, Forbidden, SigningRefused, TransitionBlocked
from cellchain.isbt128.din import Din
from cellchain.lots import service as lots
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.notifications.models import Notification
from cellchain.qc import service as qc
from cellchain.qc.models import QcResult
from cellchain.release import late
from cellchain.release import service as release
from cellchain.release.rules import Decision
from cellchain.signatures import service as signatures
from cellchain.signatures.models import Signature
from cellchain.trial import service as trial
from cellchain.trial.models import ChainOfIdentity
from cellchain.trial.rules import SubjectStatus
from tests.factories import CAST, SEEDER, audit_events, cast_actor, principal_for, releaser
from tests.support.race import one_winner, race

PENDING = frozenset({"sterility_14d"})


def _proof(session: Session, settings: Settings, username: str,
           password: str | None = None) -> signatures.SignerProof:
    principal = principal_for(session, username, settings)
    return signatures.require_signer(session, principal=principal, username=username,
                                     password=password or CAST[username].password,
                                     now=utcnow(), settings=settings)


def _subject(session: Session, settings: Settings, number: str) -> ChainOfIdentity:
    subject = trial.register_subject(
        session, actor=SEEDER, screening_number=f"S{number}", subject_number=number,
        date_of_birth=date(1960, 1, 1), now=utcnow(), status=SubjectStatus.ENROLLED)
    return trial.issue_coi(session, actor=SEEDER, subject=subject, settings=settings,
                           now=utcnow())


def _move(session: Session, lot: Lot, bag: Bag, *targets: BagStatus) -> None:
    for target in targets:
        bags.move(session, actor=SEEDER, bag=bag, lot=lot, target=target, now=utcnow(),
                  reason=f"test: {target.label}")


def _released_lot(session: Session, settings: Settings, unit: int, *,
                  infused: bool = True) -> Lot:
    """A conditionally released, kit-numbered lot of two bags: A0 infused into RAK801 and B0
    at the ward for RAK802 (or, not ``infused``: A0 destroyed and B0 released, unallocated)."""
    lot = make_lot(session, maker=cast_actor(session, "tech"), checker=cast_actor(session, "qc"),
                   qa=cast_actor(session, "qa2"), settings=settings,
                   bank_din=Din("A9991", "26", f"{unit:06d}"),
                   day0=utcnow() - timedelta(days=14, hours=3, minutes=30), until="formulation",
                   bags=2)
    made = releaser(session, settings)
    made.results(session, lot, utcnow(), skip=PENDING)
    made.decide(session, lot, Decision.CONDITIONALLY_RELEASED, "sterility pending", utcnow())
    a0, b0 = bags.assign_kit_numbers(session, actor=SEEDER, lot=lot, now=utcnow())
    if not infused:
        _move(session, lot, a0, BagStatus.DESTROYED)
        return lot
    bags.allocate(session, actor=SEEDER, bag=a0, coi=_subject(session, settings, "RAK801"),
                  now=utcnow())
    bags.allocate(session, actor=SEEDER, bag=b0, coi=_subject(session, settings, "RAK802"),
                  now=utcnow())
    _move(session, lot, a0, BagStatus.DISPATCHED, BagStatus.AT_WARD, BagStatus.INFUSED)
    _move(session, lot, b0, BagStatus.DISPATCHED, BagStatus.AT_WARD)
    return lot


def _statuses(session: Session, lot: Lot) -> dict[str, str]:
    return {b.division: b.status for b in bags.bags_of(session, lot.id or 0)}


def _late_growth(session: Session, settings: Settings, lot: Lot) -> None:
    releaser(session, settings).results(session, lot, utcnow(), only=PENDING,
                                        differing={"sterility_14d": "growth"})


def test_a_late_positive_sterility_holds_the_bags_not_infused_and_lists_the_infused_subjects(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        lot = _released_lot(session, settings, 7101)
        lot_id, din = lot.id or 0, din_text(lot.din)
        kits = {b.division: b.kit_number for b in bags.bags_of(session, lot_id)}
        _late_growth(session, settings, lot)
    with database.session_scope(write=False) as session:
        lot = lots.get_lot(session, lot_id)
        assert lot.status == "conditionally_released"
        assert _statuses(session, lot) == {"A0": "infused", "B0": "quarantine"}
        assert [(b.bag, b.subject_number) for b in late.look_back(session, lot)] == [
            (f"{din} A0", "RAK801")]
        notes = {n.kind: n for n in session.exec(select(Notification).where(
            col(Notification.kind).in_(["late_result", "safety_notice"])))}
        notices = sorted(n.message for n in session.exec(select(Notification).where(
            Notification.kind == "safety_notice")))
        qa_note = notes["late_result"]
    assert qa_note.roles == "coordinator,qa"
    assert qa_note.message == (
        f"Late result out of specification on released lot {din}: 14-day sterility growth. "
        f"Bags held pending QA's assessment: {din} B0. Look-back, subjects already "
        f"infused: {din} A0 (subject RAK801).")
    assert notes["safety_notice"].roles == "clinician"
    assert notices == [
        f"Product safety notice for subject RAK801: the study product this subject received "
        f"(kit {kits['A0']}) is under QA assessment. QA will contact you.",
        f"Product safety notice for subject RAK802: do not infuse the study product allocated "
        f"to this subject (kit {kits['B0']}); QA will contact you."]
    for notice in notices:  # nothing blinded: no lot, DIN, result or test
        for hidden in (din, lot.din, "lot", "steril", "growth", "specification"):
            assert hidden not in notice
    held = audit_events(database, "lot.late_result_held", lot_id)
    assert len(held) == 1 and "14-day sterility result growth" in (held[0].reason or "")
    data = json.loads(held[0].data or "{}")
    assert data["held"] == [f"{din} B0"]
    assert data["look_back"] == [{"bag": f"{din} A0", "subject": "RAK801"}]


def test_a_late_result_leaves_destroyed_bags_and_tells_clinicians_nothing_of_unallocated_ones(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        lot = _released_lot(session, settings, 7109, infused=False)
        din = din_text(lot.din)
        _late_growth(session, settings, lot)
        assert _statuses(session, lot) == {"A0": "destroyed", "B0": "quarantine"}
        assert late.look_back(session, lot) == []
        assert session.exec(select(Notification).where(
            Notification.kind == "safety_notice")).first() is None
        assert session.exec(select(Notification.message).where(
            Notification.kind == "late_result")).one().endswith(
            f"Bags held pending QA's assessment: {din} B0. Look-back, subjects already "
            "infused: none.")


def test_a_later_full_release_does_not_release_held_bags_and_a_passing_late_result_holds_none(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        lot = _released_lot(session, settings, 7102)
        lot_id = lot.id or 0
        releaser(session, settings).results(session, lot, utcnow(), only=PENDING)
        assert _statuses(session, lot)["B0"] == "at_ward"
        # QA quarantines B0 after, say, a temperature excursion; the full release keeps it held.
        b0 = next(b for b in bags.bags_of(session, lot_id) if b.division == "B0")
        dispose(session, proof=_proof(session, settings, "qa"), bag=b0,
                disposition=Disposition.QUARANTINE, reason="temperature excursion in transit",
                settings=settings, now=utcnow())
        release.review_audit_trail(session, actor=cast_actor(session, "qa"), lot=lot,
                                   through_seq=release.trail_head(session, lot_id),
                                   now=utcnow())
        release.decide(session, proof=_proof(session, settings, "qa"), lot=lot,
                       decision=Decision.RELEASED, reason="14-day sterility no growth",
                       settings=settings, now=utcnow())
        assert lot.status == "released"
        assert _statuses(session, lot) == {"A0": "infused", "B0": "quarantine"}
        assert session.exec(select(Notification).where(
            Notification.kind == "late_result")).first() is None


def test_a_correction_to_out_of_specification_after_release_holds_the_bags(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        lot = _released_lot(session, settings, 7103)
        endotoxin = session.exec(select(QcResult).where(
            QcResult.lot_id == lot.id, QcResult.test_id == "endotoxin")).one()
        recorded = qc.correct_result(session, actor=cast_actor(session, "qc"),
                                     result_id=endotoxin.id or 0, raw_result="900",
                                     reason="transcription error", settings=settings,
                                     now=utcnow())
        assert recorded.held is not None and recorded.deviation is None
        assert [b.subject_number for b in recorded.held.infused] == ["RAK801"]
        assert _statuses(session, lot)["B0"] == "quarantine"


def test_qa_recalls_a_released_lot_with_a_signature_and_a_reason(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        lot = _released_lot(session, settings, 7104)
        lot_id, din = lot.id or 0, din_text(lot.din)
        _late_growth(session, settings, lot)
    with database.session_scope() as session:
        lot = lots.get_lot(session, lot_id)
        with pytest.raises(BadInput, match="reason is required to recall a lot"):
            late.recall(session, proof=_proof(session, settings, "qa"), lot=lot, reason=" ",
                        now=utcnow())
        with pytest.raises(Conflict, match="only by QA's signed decision"):
            lots.transition(session, actor=cast_actor(session, "qa"), lot=lot,
                            target=LotState.RECALLED, now=utcnow(), reason="no signature")
    with database.session_scope() as session:
        lot = lots.get_lot(session, lot_id)
        signature = late.recall(session, proof=_proof(session, settings, "qa"), lot=lot,
                                reason="14-day sterility positive", now=utcnow())
        assert signature.meaning == "recalled"
        assert lot.status == "recalled"
        assert _statuses(session, lot) == {"A0": "infused", "B0": "recalled"}
        shown = late.recall_of(session, lot)
        assert shown is not None
        assert (shown.signed_by, shown.signer_user_id, shown.meaning, shown.reason) == (
            "Quentin Ashby", "qa", "I recall this lot", "14-day sterility positive")
    recalls = audit_events(database, "lot.recall_signed", lot_id)
    assert len(recalls) == 1
    assert json.loads(recalls[0].data or "{}")["look_back"] == [
        {"bag": f"{din} A0", "subject": "RAK801"}]


def test_two_qa_users_recalling_at_once_yield_one_recall_and_one_signature(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        auth_service.add_user(session, actor=Actor.system("tests"), username="qa3",
                              printed_name="Third QA", roles=[Role.QA],
                              password="third-qa-pass-26", now=utcnow(), settings=settings)
        lot = _released_lot(session, settings, 7105)
        lot_id = lot.id or 0
    signers = [("qa", CAST["qa"].password), ("qa3", "third-qa-pass-26")]

    def act(session: Session, row: Lot, worker: int) -> None:
        username, password = signers[worker]
        late.recall(session, proof=_proof(session, settings, username, password), lot=row,
                    reason=f"recall by {username}", now=utcnow())

    winner, loser = one_winner(race(database, lambda s: s.get(Lot, lot_id), act))
    assert "while you were working; nothing of yours was saved" in loser.refusal
    with database.session_scope(write=False) as session:
        rows = session.exec(select(Signature).where(
            Signature.entity_type == "lot", Signature.entity_id == str(lot_id),
            Signature.meaning == "recalled")).all()
        assert len(rows) == 1
        assert rows[0].printed_name == ("Quentin Ashby", "Third QA")[winner.worker]
    assert len(audit_events(database, "lot.recall_signed", lot_id)) == 1


@pytest.mark.parametrize(("username", "disposition", "before", "after", "meaning"), [
    ("qa", Disposition.QUARANTINE, "B0", "quarantine", "bag_quarantined"),
    ("qa", Disposition.DESTROY, "B0", "destroyed", "bag_destroyed"),
    ("tech", Disposition.RETURN, "B0", "returned", "bag_returned"),
    ("qa", Disposition.RETURN, "B0", "returned", "bag_returned"),
])
def test_bag_dispositions_are_signed_with_a_reason(
    database: Database, settings: Settings, username: str, disposition: Disposition,
    before: str, after: str, meaning: str,
) -> None:
    with database.session_scope() as session:
        lot = _released_lot(session, settings, 7106)
        bag = next(b for b in bags.bags_of(session, lot.id or 0) if b.division == before)
        bag_id = bag.id
        with pytest.raises(BadInput, match=f"reason is required to {disposition.value}"):
            dispose(session, proof=_proof(session, settings, username), bag=bag,
                    disposition=disposition, reason="", settings=settings, now=utcnow())
    with database.session_scope() as session:
        bag = bags.get_bag(session, bag_id or 0)
        signature = dispose(session, proof=_proof(session, settings, username), bag=bag,
                            disposition=disposition, reason="seen by QA", settings=settings,
                            now=utcnow())
        assert (bag.status, signature.meaning, signature.entity_type) == (after, meaning, "bag")
    moved = audit_events(database, f"bag.{after}", bag_id)
    assert moved[-1].reason == "seen by QA"


def test_a_technician_may_not_quarantine_or_destroy_and_no_one_signs_with_a_wrong_password(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        lot = _released_lot(session, settings, 7107)
        b0 = next(b for b in bags.bags_of(session, lot.id or 0) if b.division == "B0")
        for disposition in (Disposition.QUARANTINE, Disposition.DESTROY, Disposition.RELEASE):
            with pytest.raises(Forbidden, match=f"Only qa may {disposition.value} a bag"):
                dispose(session, proof=_proof(session, settings, "tech"), bag=b0,
                        disposition=disposition, reason="r", settings=settings, now=utcnow())
        with pytest.raises(SigningRefused):
            _proof(session, settings, "qa", "not-the-password")
        assert b0.status == "at_ward"


def test_qa_releases_a_held_bag_from_quarantine_only_once_its_lots_result_is_corrected(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        lot = _released_lot(session, settings, 7108)
        lot_id = lot.id or 0
        _late_growth(session, settings, lot)
    with database.session_scope() as session:
        lot = lots.get_lot(session, lot_id)
        b0 = next(b for b in bags.bags_of(session, lot_id) if b.division == "B0")
        with pytest.raises(TransitionBlocked) as refused:
            dispose(session, proof=_proof(session, settings, "qa"), bag=b0,
                    disposition=Disposition.RELEASE, reason="assessed", settings=settings,
                    now=utcnow())
        assert refused.value.reasons == [
            "14-day sterility of its lot is out of specification"]
    with database.session_scope() as session:
        growth = session.exec(select(QcResult).where(
            QcResult.lot_id == lot_id, QcResult.test_id == "sterility_14d")).one()
        qc.correct_result(session, actor=cast_actor(session, "qc"), result_id=growth.id or 0,
                          raw_result="no growth", reason="wrong plate read",
                          settings=settings, now=utcnow())
        b0 = next(b for b in bags.bags_of(session, lot_id) if b.division == "B0")
        signature = dispose(session, proof=_proof(session, settings, "qa"), bag=b0,
                            disposition=Disposition.RELEASE, reason="lab error confirmed",
                            settings=settings, now=utcnow())
        assert (b0.status, signature.meaning) == ("released", "bag_released")
