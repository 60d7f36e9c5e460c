"""QA's signed release decisions (DESIGN §4.2, §4.5) on lots made through the batch record and
tested through the QC service, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session, col, select

from cellchain.audit.service import Actor
from cellchain.auth import service as auth_service
from cellchain.auth.roles import Role
from cellchain.bags.models import Bag
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo.manufacture import make_lot
from cellchain.errors import TransitionBlocked
from cellchain.isbt128.din import Din
from cellchain.lots import service as lots
from cellchain.lots.models import Lot
from cellchain.qc import service as qc
from cellchain.qc.models import QcResult
from cellchain.release import service as release
from cellchain.release.rules import Decision
from cellchain.signatures import service as signatures
from cellchain.signatures.models import Signature
from tests.factories import CAST, cast_actor, principal_for, releaser
from tests.support.race import one_winner, race

PENDING = frozenset({"sterility_14d"})


def _made(session: Session, settings: Settings, unit: int, *, checker: str = "qc") -> Lot:
    """A lot formulated 20 hours ago by tech, checked by ``checker``, its results entered by qc
    and reviewed by qa2 (all but 14-day sterility)."""
    lot = make_lot(session, maker=cast_actor(session, "tech"),
                   checker=cast_actor(session, checker), qa=cast_actor(session, "qa2"),
                   settings=settings, bank_din=Din("A9991", "26", f"{unit:06d}"),
                   day0=utcnow() - timedelta(days=15), until="formulation", bags=2)
    releaser(session, settings).results(session, lot, utcnow(), skip=PENDING)
    return lot


def _proof(session: Session, settings: Settings, username: str,
           password: str | None = None) -> signatures.SignerProof:
    principal = principal_for(session, username, settings)
    return signatures.require_signer(session, principal=principal, username=username,
                                     password=password or CAST[username].password,
                                     now=utcnow(), settings=settings)


def _reviewed(session: Session, lot: Lot, username: str = "qa") -> None:
    release.review_audit_trail(session, actor=cast_actor(session, username), lot=lot,
                               through_seq=release.trail_head(session, lot.id or 0),
                               now=utcnow())


def _decide(session: Session, settings: Settings, lot: Lot, decision: Decision,
            username: str = "qa", reason: str = "") -> Signature:
    return release.decide(session, proof=_proof(session, settings, username), lot=lot,
                          decision=decision, reason=reason, settings=settings, now=utcnow())


def test_a_conditional_release_names_its_pending_test_and_releases_the_bags(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        lot = _made(session, settings, 7001)
        _reviewed(session, lot)
        with pytest.raises(TransitionBlocked) as refused:
            _decide(session, settings, lot, Decision.RELEASED)
        assert refused.value.reasons == [
            "14-day sterility: no result yet; release conditionally to release with it "
            "pending."]
    with database.session_scope() as session:
        lot = lots.get_lot(session, lot.id or 0)
        signature = _decide(session, settings, lot, Decision.CONDITIONALLY_RELEASED)
        assert lot.status == "conditionally_released"
        assert {b.status for b in session.exec(select(Bag).where(Bag.lot_id == lot.id))} == {
            "released"}
        shown = release.release_of(session, lot, settings)
        assert shown is not None
        assert (shown.decision, shown.signed_by, shown.signer_user_id, shown.pending_tests,
                shown.status) == (Decision.CONDITIONALLY_RELEASED, "Quentin Ashby", "qa",
                                  ["14-day sterility"], "valid")
        assert shown.meaning == "I release this lot conditionally, with results pending"
        assert signature.meaning == "conditionally_released"


def test_every_blocker_of_a_lot_held_by_an_out_of_specification_result_is_listed(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        lot = _made(session, settings, 7002)
        viability = session.exec(select(QcResult).where(
            QcResult.lot_id == lot.id, QcResult.test_id == "viability")).one()
        qc.correct_result(session, actor=cast_actor(session, "qc"),
                          result_id=viability.id or 0, raw_result="71",
                          reason="Recount of the final product", settings=settings,
                          now=utcnow())
        assert lot.status == "on_hold"
        with pytest.raises(TransitionBlocked) as refused:
            _decide(session, settings, lot, Decision.CONDITIONALLY_RELEASED)
        reasons = refused.value.reasons
        assert reasons[0].endswith("is on hold; a lot is released from QC.")
        assert "Viability: 71 % is out of specification (≥ 80 %)." in reasons
        assert "Viability: the result awaits its second-person review." not in reasons
        assert any(r.startswith("Deviation DEV-") and r.endswith("is open; QA must close it.")
                   for r in reasons)
        assert reasons[-1] == ("The lot's audit trail has not been reviewed since its last "
                               "change.")


def test_who_took_part_in_the_lot_may_not_decide_and_reviews_cover_only_what_was_read(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        lot = _made(session, settings, 7003, checker="qa")  # qa verified the entries
        _reviewed(session, lot, "qa2")
        facts = release.facts_for(session, lot, settings, signer_id=cast_actor(
            session, "qa").id)
        assert facts.audit_trail_reviewed
        with pytest.raises(TransitionBlocked, match="cannot be conditionally released") as no:
            _decide(session, settings, lot, Decision.CONDITIONALLY_RELEASED)
        assert no.value.reasons == ["You recorded, verified or corrected entries or results "
                                    "of this lot; another QA person must decide on it."]
        # qa2 reviewed QC results of the lot: a participant too.
        assert cast_actor(session, "qa2").id in facts.participants
        head = release.trail_head(session, lot.id or 0)
        lots.transition(session, actor=cast_actor(session, "qa"), lot=lot,
                        target=lots.LotState.ON_HOLD, now=utcnow(), reason="Check")
        assert not release.audit_trail_reviewed(session, lot.id or 0)
        with pytest.raises(Exception, match="changed while you were reading it"):
            release.review_audit_trail(session, actor=cast_actor(session, "qa2"), lot=lot,
                                       through_seq=head, now=utcnow())


def test_a_change_after_signing_shows_the_release_signature_superseded(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        lot = _made(session, settings, 7004)
        _reviewed(session, lot)
        _decide(session, settings, lot, Decision.CONDITIONALLY_RELEASED)
    with database.session_scope() as session:
        lot = lots.get_lot(session, lot.id or 0)
        releaser(session, settings).results(session, lot, utcnow(), only=PENDING)
        shown = release.release_of(session, lot, settings)
        assert shown is not None and shown.status == "superseded"


def test_a_rejection_needs_a_reason_and_no_results(database: Database,
                                                   settings: Settings) -> None:
    with database.session_scope() as session:
        lot = make_lot(session, maker=cast_actor(session, "tech"),
                       checker=cast_actor(session, "qc"), qa=cast_actor(session, "qa2"),
                       settings=settings, bank_din=Din("A9991", "26", "007005"),
                       day0=utcnow() - timedelta(days=5), until="transfer")
        with pytest.raises(Exception, match="reason is required"):
            _decide(session, settings, lot, Decision.REJECTED)
    with database.session_scope() as session:
        lot = lots.get_lot(session, lot.id or 0)
        _decide(session, settings, lot, Decision.REJECTED, reason="Contaminated")
        assert lot.status == "rejected"
        shown = release.release_of(session, lot, settings)
        assert shown is not None and shown.meaning == "I reject this lot"


def test_two_qa_users_releasing_at_once_yield_one_release_and_one_signature(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        auth_service.add_user(session, actor=Actor.system("tests"), username="qa3",
                              printed_name="Third QA", roles=[Role.QA],
                              password="third-qa-pass-26", now=utcnow(), settings=settings)
        lot = _made(session, settings, 7006)
        _reviewed(session, lot)
        lot_id = lot.id or 0
    signers = [("qa", CAST["qa"].password), ("qa3", "third-qa-pass-26")]

    def act(session: Session, row: Lot, worker: int) -> None:
        username, password = signers[worker]
        release.decide(session, proof=_proof(session, settings, username, password), lot=row,
                       decision=Decision.CONDITIONALLY_RELEASED, reason="",
                       settings=settings, now=utcnow())

    winner, loser = one_winner(race(database, lambda s: s.get(Lot, lot_id), act))
    assert "while you were working; nothing of yours was saved" in loser.refusal
    with database.session_scope(write=False) as session:
        rows = session.exec(select(Signature).where(
            Signature.entity_type == "lot", Signature.entity_id == str(lot_id))
            .order_by(col(Signature.id))).all()
        assert len(rows) == 1
        assert rows[0].printed_name == ("Quentin Ashby", "Third QA")[winner.worker]
