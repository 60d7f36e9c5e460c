"""The dashboard's work queues (cellchain.worklists): each fills when its work exists, lists it
oldest first with a link to where the work is done, and empties when the work is done (both
databases)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from cellchain.audit.service import Actor
from cellchain.auth import service as auth_service
from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.batch import checks
from cellchain.batch.models import BatchEntry
from cellchain.cbu import service as cbu_service
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo.manufacture import make_lot as manufacture
from cellchain.deviations import service as deviations
from cellchain.display import din_text
from cellchain.isbt128.din import Din
from cellchain.isbt128.product_code import ProductCode
from cellchain.lots import service as lots
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.materials import service as materials
from cellchain.qc import service as qc
from cellchain.signatures import service as signatures
from cellchain.trial import service as trial
from cellchain.trial.models import Subject
from cellchain.trial.rules import SubjectStatus
from cellchain.worklists.queues import CAP, Queue
from cellchain.worklists.view import queues_for
from tests.factories import CAST, SEEDER, make_lot, principal_for, seed_identity_records
from tests.support import materials as material_factory

NOW = utcnow()


def queues(session: Session, settings: Settings, username: str) -> dict[str, Queue]:
    principal = principal_for(session, username, settings)
    return {q.key: q for q in queues_for(session, principal, settings, NOW)}


def labels(queue: Queue) -> list[str]:
    return [item.label for item in queue.items]


def actor(session: Session, username: str) -> Actor:
    user = auth_service.find_user(session, username)
    assert user is not None and user.id is not None
    return Actor(user.id, user.printed_name)


def test_open_deviations_are_listed_oldest_first_and_leave_when_closed(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        newer = make_lot(session, din="A999026000001", state=LotState.EXPANDING)
        older = make_lot(session, din="A999026000002", state=LotState.IN_QC)
        late = deviations.open_deviation(
            session, actor=SEEDER, lot=newer, now=NOW, description="Feed late",
            severity=deviations.Severity.MINOR)
        early = deviations.open_deviation(
            session, actor=SEEDER, lot=older, now=NOW - timedelta(hours=5),
            description="Viability low", severity=deviations.Severity.MAJOR)
        queue = queues(session, settings, "qa")["open-deviations"]
        assert (queue.total, labels(queue)) == (2, [early.number, late.number])
        assert queue.items[0].href == f"/deviations/{early.id}"
        assert queue.items[0].detail == f"lot {din_text('A999026000002')} · major"

        deviations.update_investigation(session, actor=SEEDER, deviation=early, now=NOW,
                                        investigation="Counted twice", capa="Retrain")
        proof = signatures.check_signer(
            session, principal=principal_for(session, "qa", settings), username="qa",
            password=CAST["qa"].password, now=NOW, settings=settings)
        assert isinstance(proof, signatures.SignerProof)
        deviations.close(session, proof=proof, deviation=early, now=NOW)
        assert labels(queues(session, settings, "qa")["open-deviations"]) == [late.number]
        assert "open-deviations" not in queues(session, settings, "tech")


def _unit(session: Session, sequence: int, received: datetime) -> int:
    unit = cbu_service.receive(session, actor=SEEDER, din=Din("A9991", "26", f"{sequence:06d}"),
                               product_code=ProductCode("S9998", "V", "00"),
                               bank_name="Test bank", now=received)
    return unit.id or 0


def test_cord_blood_units_await_decision_oldest_first_until_qa_decides(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        newer = _unit(session, 4901, NOW - timedelta(hours=1))
        older = _unit(session, 4902, NOW - timedelta(days=1))
        queue = queues(session, settings, "qa")["units-awaiting-decision"]
        assert [i.href for i in queue.items] == [f"/cbu/{older}", f"/cbu/{newer}"]
        assert labels(queue)[0] == f"{din_text('A999126004902')} S9998V00"

        unit = cbu_service.get_cbu(session, older)
        cbu_service.reject(session, actor=actor(session, "qa"), cbu=unit, now=NOW,
                           reason="Container damaged")
        queue = queues(session, settings, "qa")["units-awaiting-decision"]
        assert [i.href for i in queue.items] == [f"/cbu/{newer}"]


def test_material_lots_in_quarantine_oldest_first_until_released_and_capped(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        received = [material_factory.receive(session, supplier_lot=f"L{n:02d}",
                                             now=NOW - timedelta(hours=n))
                    for n in range(CAP + 2)]
        queue = queues(session, settings, "qa")["materials-in-quarantine"]
        assert (queue.total, len(queue.items), queue.more) == (CAP + 2, CAP, 2)
        assert queue.items[0].href == f"/materials/{received[-1].id}"
        assert queue.more_href == "/materials?status=quarantine"

        for lot in received[2:]:
            materials.release_material(session, actor=material_factory.QA, lot=lot, now=NOW)
        queue = queues(session, settings, "qa")["materials-in-quarantine"]
        assert [i.href for i in queue.items] == [
            f"/materials/{received[1].id}", f"/materials/{received[0].id}"]
        assert queue.more == 0


def _held_lot(session: Session, settings: Settings, sequence: int, days_ago: float) -> Lot:
    """A lot whose harvest viability is out of range: the entry waits for its second person."""
    return manufacture(session, maker=actor(session, "tech"), checker=actor(session, "qc"),
                       qa=actor(session, "qa"), settings=settings,
                       bank_din=Din("A9991", "26", f"{sequence:06d}"),
                       day0=NOW - timedelta(days=days_ago), until="harvest",
                       harvest_viability=70)


def test_entries_awaiting_a_second_person_per_lot_for_qa_and_for_others_than_the_recorder(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        newer = _held_lot(session, settings, 4911, 14.1)
        older = _held_lot(session, settings, 4912, 15)
        qa_queue = queues(session, settings, "qa")["entries-by-lot"]
        assert labels(qa_queue) == [f"Lot {din_text(older.din)}", f"Lot {din_text(newer.din)}"]
        assert qa_queue.items[0].detail == "1 entry: Harvest"
        qc_queue = queues(session, settings, "qc")["entries-to-verify"]
        assert labels(qc_queue) == [f"Lot {din_text(older.din)}: Harvest",
                                    f"Lot {din_text(newer.din)}: Harvest"]
        entry = session.exec(select(BatchEntry).where(
            BatchEntry.lot_id == older.id, BatchEntry.step_id == "harvest")).one()
        assert qc_queue.items[0].href == f"/lots/{older.id}#entry-{entry.id}"
        # Whoever recorded the entries cannot be their second person.
        assert queues(session, settings, "tech")["entries-to-verify"].total == 0

        checks.verify_entry(session, actor=actor(session, "qc"), lot=older,
                            entry_id=entry.id or 0, now=NOW, settings=settings)
        assert labels(queues(session, settings, "qa")["entries-by-lot"]) == [
            f"Lot {din_text(newer.din)}"]
        assert queues(session, settings, "qc")["entries-to-verify"].total == 1


def test_lots_in_qc_and_on_hold_oldest_first_until_decided(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        newer = make_lot(session, din="A999026000001", state=LotState.IN_QC)
        older = make_lot(session, din="A999026000002", state=LotState.IN_QC,
                         now=NOW - timedelta(days=2))
        held = make_lot(session, din="A999026000003", state=LotState.HARVESTED)
        lots.transition(session, actor=SEEDER, lot=held, target=LotState.ON_HOLD, now=NOW,
                        reason="Incubator alarm")
        for username in ("qa", "qc"):
            queue = queues(session, settings, username)["lots-in-qc"]
            assert labels(queue) == [f"Lot {din_text(older.din)}", f"Lot {din_text(newer.din)}"]
        hold = queues(session, settings, "qa")["lots-on-hold"]
        assert (labels(hold), hold.items[0].detail) == (
            [f"Lot {din_text(held.din)}"], "held from harvested, 0 QC samples")

        lots.transition(session, actor=SEEDER, lot=older, target=LotState.REJECTED, now=NOW,
                        reason="Sterility positive")
        lots.transition(session, actor=SEEDER, lot=held, target=LotState.REJECTED, now=NOW,
                        reason="Alarm confirmed")
        after = queues(session, settings, "qa")
        assert labels(after["lots-in-qc"]) == [f"Lot {din_text(newer.din)}"]
        assert after["lots-on-hold"].total == 0


def test_qc_samples_await_results_while_their_lot_is_undecided(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        lot = make_lot(session, state=LotState.IN_QC)
        later = qc.draw_sample(session, actor=SEEDER, lot=lot, test="endotoxin", now=NOW)
        first = qc.draw_sample(session, actor=SEEDER, lot=lot, test="sterility",
                               now=NOW - timedelta(days=1))
        queue = queues(session, settings, "qc")["samples-awaiting-results"]
        assert [i.href for i in queue.items] == [f"/qc/samples/{first.id}",
                                                 f"/qc/samples/{later.id}"]
        assert (labels(queue)[0], queue.items[0].detail) == (
            f"Lot {din_text(lot.din)} sample 002", "sterility")

        lots.transition(session, actor=SEEDER, lot=lot, target=LotState.REJECTED, now=NOW,
                        reason="Endotoxin out of specification")
        assert queues(session, settings, "qc")["samples-awaiting-results"].total == 0


def test_coordinator_sees_unallocated_released_bags_and_subjects_without_a_bag(
    database: Database, settings: Settings
) -> None:
    seed_identity_records(database, settings)
    with database.session_scope() as session:
        late = trial.register_subject(session, actor=SEEDER, screening_number="SCR009",
                                      subject_number="RAK009", date_of_birth=date(1960, 1, 1),
                                      # after the seeded subjects, however long ago
                                      # this module was imported (NOW)
                                      now=utcnow() + timedelta(minutes=5),
                                      status=SubjectStatus.ENROLLED)
        waiting = queues(session, settings, "coord")
        bag = session.exec(select(Bag).where(Bag.subject_id == None)  # noqa: E711
                           .where(Bag.status == "released")).one()
        assert [i.href for i in waiting["bags-awaiting-allocation"].items] == [
            f"/allocation?bag_id={bag.id}"]
        assert labels(waiting["subjects-without-bag"]) == ["Subject RAK004", "Subject RAK009"]

        rak004 = session.exec(select(Subject).where(Subject.subject_number == "RAK004")).one()
        coi = trial.current_coi(session, rak004.id or 0)
        assert coi is not None
        bags.allocate(session, actor=SEEDER, bag=bag, coi=coi, now=NOW)
        done = queues(session, settings, "coord")
        assert done["bags-awaiting-allocation"].total == 0
        assert [i.href for i in done["subjects-without-bag"].items] == [
            f"/allocation?subject_id={late.id}"]


def test_blinded_roles_get_the_subjects_and_nothing_built_from_lots(
    database: Database, settings: Settings
) -> None:
    seed_identity_records(database, settings)
    with database.session_scope() as session:
        dins = list(session.exec(select(Lot.din)))
        for username in ("clin", "monitor"):
            found = queues(session, settings, username)
            assert list(found) == ["subjects"]
            assert labels(found["subjects"]) == [
                "Subject RAK001", "Subject RAK002", "Subject RAK003", "Subject RAK004",
                "Screening SCR005"]
            shown = repr(found)
            assert dins and not [din for din in dins if din in shown]


def test_admins_see_locked_accounts_until_unlocked(database: Database, settings: Settings) -> None:
    with database.session_scope() as session:
        assert queues(session, settings, "admin")["locked-accounts"].total == 0
        user = auth_service.find_user(session, "qc")
        assert user is not None
        for _ in range(settings.login_max_failures):
            auth_service.register_failed_password(session, user=user, now=NOW,
                                                  settings=settings, context="login")
        assert labels(queues(session, settings, "admin")["locked-accounts"]) == [
            "qc (Quinn Cole)"]
        auth_service.unlock_user(session, actor=actor(session, "admin"), user_id=user.id or 0,
                                 reason="Identity confirmed by phone", now=NOW)
        assert queues(session, settings, "admin")["locked-accounts"].total == 0
