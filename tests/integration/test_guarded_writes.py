"""Every change of state, ownership or decision is one guarded write: two sessions that both
read the record and then both act yield one winner, one signature and one audit event, and the
loser is told who changed the record first (both databases, synchronised by a barrier)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import Session, col, select

from cellchain.audit.service import Actor
from cellchain.auth.roles import Role
from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.cbu import service as cbu_service
from cellchain.cbu.models import CordBloodUnit
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.deviations import service as deviations
from cellchain.deviations.models import Deviation
from cellchain.isbt128.din import Din
from cellchain.isbt128.product_code import ProductCode
from cellchain.labels import service as labels
from cellchain.labels.data import LabelKind
from cellchain.labels.models import LabelPrint, LabelTemplate
from cellchain.lots.states import LotState
from cellchain.signatures import service as signatures
from cellchain.signatures.models import Signature
from cellchain.trial import service as trial
from cellchain.trial.models import ChainOfIdentity
from cellchain.trial.rules import SubjectStatus
from tests.factories import CAST, SEEDER, audit_events, make_lot, principal_for
from tests.support.materials import receive
from tests.support.race import one_winner, race

PEOPLE = {0: "qa", 1: "qa2"}

TECHNICIAN = frozenset({Role.TECHNICIAN})


def _actor(worker: int) -> Actor:
    return Actor(worker + 100, CAST[PEOPLE[worker]].printed_name)


def _proof(session: Session, settings: Settings, username: str) -> signatures.SignerProof:
    proof = signatures.check_signer(session, principal=principal_for(session, username, settings),
                                    username=username, password=CAST[username].password,
                                    now=utcnow(), settings=settings)
    assert isinstance(proof, signatures.SignerProof), proof
    return proof


def _open_deviation(database: Database, *, investigated: bool) -> int:
    with database.session_scope() as session:
        lot = make_lot(session, state=LotState.EXPANDING)
        deviation = deviations.open_deviation(
            session, actor=SEEDER, lot=lot, description="Incubator door open 20 min",
            severity=deviations.Severity.MINOR, now=utcnow())
        if investigated:
            deviations.update_investigation(session, actor=SEEDER, deviation=deviation,
                                            investigation="door sensor fault", capa="sensor",
                                            now=utcnow())
        return deviation.id or 0


def test_two_qa_users_closing_one_deviation_yield_one_closure_and_one_signature(
    database: Database, settings: Settings
) -> None:
    deviation_id = _open_deviation(database, investigated=True)

    def close(session: Session, deviation: Deviation, worker: int) -> None:
        deviations.close(session, proof=_proof(session, settings, PEOPLE[worker]),
                         deviation=deviation, now=utcnow())

    winner, loser = one_winner(race(database, lambda s: s.get(Deviation, deviation_id), close))
    winner_name = CAST[PEOPLE[winner.worker]].printed_name
    assert f"was changed by {winner_name} (user ID {PEOPLE[winner.worker]})" in loser.refusal
    assert len(audit_events(database, "deviation.closed", deviation_id)) == 1
    with database.session_scope(write=False) as session:
        signed = session.exec(select(Signature).where(
            Signature.entity_type == "deviation",
            Signature.entity_id == str(deviation_id))).all()
        closed = session.get(Deviation, deviation_id)
        assert closed is not None and closed.status == "closed"
        assert len(signed) == 1 and closed.signature_id == signed[0].id
        assert closed.closed_by_name == winner_name


def test_two_investigation_updates_from_the_same_reading_yield_one(
    database: Database,
) -> None:
    deviation_id = _open_deviation(database, investigated=False)

    def investigate(session: Session, deviation: Deviation, worker: int) -> None:
        deviations.update_investigation(session, actor=_actor(worker), deviation=deviation,
                                        investigation=f"finding {worker}", capa="", now=utcnow())

    winner, loser = one_winner(race(database, lambda s: s.get(Deviation, deviation_id),
                                    investigate))
    assert f"changed by {_actor(winner.worker).name}" in loser.refusal
    assert len(audit_events(database, "deviation.updated", deviation_id)) == 1
    with database.session_scope(write=False) as session:
        deviation = session.get(Deviation, deviation_id)
        assert deviation is not None and deviation.investigation == f"finding {winner.worker}"


def _bag_and_two_cois(database: Database, settings: Settings) -> tuple[int, list[int]]:
    now = utcnow()
    with database.session_scope() as session:
        lot = make_lot(session, state=LotState.RELEASED)
        bag = bags.create_bags(session, actor=SEEDER, lot=lot, count=1, pdc="S1234",
                               collection_type="V", expires_at=now + timedelta(days=1),
                               now=now)[0]
        bags.move(session, actor=SEEDER, bag=bag, lot=lot, target=BagStatus.RELEASED, now=now,
                  reason="lot released")
        cois = []
        for n in (1, 2):
            subject = trial.register_subject(
                session, actor=SEEDER, screening_number=f"S-00{n}", subject_number=f"00{n}",
                date_of_birth=date(1960, 1, n), status=SubjectStatus.ENROLLED, now=now)
            cois.append(trial.issue_coi(session, actor=SEEDER, subject=subject,
                                        settings=settings, now=now).id or 0)
        return bag.id or 0, cois


def test_two_coordinators_allocating_one_bag_to_different_subjects_yield_one_allocation(
    database: Database, settings: Settings
) -> None:
    bag_id, coi_ids = _bag_and_two_cois(database, settings)

    def allocate(session: Session, bag: Bag, worker: int) -> None:
        coi = session.get(ChainOfIdentity, coi_ids[worker])
        assert coi is not None
        bags.allocate(session, actor=_actor(worker), bag=bag, coi=coi, now=utcnow())

    winner, loser = one_winner(race(database, lambda s: s.get(Bag, bag_id), allocate))
    assert f"A0 was changed by {_actor(winner.worker).name}" in loser.refusal
    assert len(audit_events(database, "bag.allocated", bag_id)) == 1
    with database.session_scope(write=False) as session:
        bag = session.get(Bag, bag_id)
        assert bag is not None and bag.coi_id == coi_ids[winner.worker]


def _printed_material_label(database: Database, settings: Settings) -> int:
    with database.session_scope() as session:
        material = receive(session)
        _, log = labels.record_print(session, actor=SEEDER, kind=LabelKind.MATERIAL,
                                     record_id=material.id or 0, target="svg",
                                     settings=settings, now=utcnow())
        return log.id or 0


def test_two_users_voiding_one_printed_label_yield_one_void(
    database: Database, settings: Settings
) -> None:
    print_id = _printed_material_label(database, settings)

    def void(session: Session, log: LabelPrint, worker: int) -> None:
        labels.void_print(session, actor=_actor(worker), roles=TECHNICIAN, print_id=print_id,
                          reason=f"smudged {worker}", now=utcnow())

    winner, loser = one_winner(race(database, lambda s: s.get(LabelPrint, print_id), void))
    assert f"Label print {print_id} was changed by {_actor(winner.worker).name}" in loser.refusal
    with database.session_scope(write=False) as session:
        log = session.get(LabelPrint, print_id)
        assert log is not None and log.void_reason == f"smudged {winner.worker}"
        assert len(audit_events(database, "label.voided", log.record_id)) == 1


def test_two_users_making_one_template_obsolete_yield_one_event(
    database: Database, settings: Settings
) -> None:
    print_id = _printed_material_label(database, settings)
    with database.session_scope(write=False) as session:
        template = session.exec(select(LabelTemplate).join(
            LabelPrint, col(LabelPrint.template_id) == col(LabelTemplate.id))
            .where(LabelPrint.id == print_id)).one()
        template_id, name, version = template.id, template.name, template.version

    def obsolete(session: Session, template: LabelTemplate, worker: int) -> None:
        labels.obsolete_template(session, actor=_actor(worker), name=name, version=version,
                                 reason="layout error", now=utcnow())

    one_winner(race(database, lambda s: s.get(LabelTemplate, template_id), obsolete))
    assert len(audit_events(database, "label_template.obsoleted", template_id)) == 1


@pytest.mark.parametrize("second", ["accept", "reject"])
def test_two_qa_decisions_on_one_cord_blood_unit_yield_one(
    database: Database, second: str
) -> None:
    with database.session_scope() as session:
        unit = cbu_service.receive(session, actor=SEEDER, din=Din("A9991", "26", "000077"),
                                   product_code=ProductCode("S9998", "V", "00"),
                                   bank_name="Test bank", now=utcnow())
        unit_id = unit.id or 0

    def decide(session: Session, unit: CordBloodUnit, worker: int) -> None:
        decision = cbu_service.accept if worker == 0 or second == "accept" else \
            cbu_service.reject
        decision(session, actor=_actor(worker), cbu=unit, now=utcnow(), reason="reviewed")

    winner, loser = one_winner(race(database, lambda s: s.get(CordBloodUnit, unit_id), decide))
    assert f"changed by {_actor(winner.worker).name}" in loser.refusal
    decided = [e for action in ("cbu.accepted", "cbu.rejected")
               for e in audit_events(database, action, unit_id)]
    assert len(decided) == 1


def _raised_note(database: Database, key: str) -> int:
    """A security notification for QA, raised and committed; its id."""
    from cellchain.notifications import service as notifications

    with database.session_scope() as session:
        note = notifications.raise_notification(session, key=key, kind="security",
                                                message="m", roles=[Role.QA], now=utcnow())
        return note.id or 0


def test_two_users_acknowledging_one_notification_yield_one_acknowledgement(
    database: Database,
) -> None:
    from cellchain.notifications import service as notifications
    from cellchain.notifications.models import Notification

    note_id = _raised_note(database, "race")

    def acknowledge(session: Session, note: Notification, worker: int) -> None:
        notifications.acknowledge(session, actor=_actor(worker), roles=frozenset({Role.QA}),
                                  notification_id=note_id, now=utcnow())

    winner, loser = one_winner(race(database, lambda s: s.get(Notification, note_id),
                                    acknowledge))
    assert f"changed by {_actor(winner.worker).name}" in loser.refusal
    assert len(audit_events(database, "notification.acknowledged", note_id)) == 1


def test_two_raisers_of_one_key_at_once_make_one_notification_and_neither_fails(
    database: Database,
) -> None:
    from cellchain.notifications import service as notifications
    from cellchain.notifications.models import Notification

    other_id = _raised_note(database, "other")
    raised: list[int] = []

    def raise_twice(session: Session, _: Notification, worker: int) -> None:
        note = notifications.raise_notification(session, key="once", kind="security",
                                                message=f"from {worker}", roles=[Role.QA],
                                                now=utcnow())
        raised.append(note.id or 0)

    outcomes = race(database, lambda s: s.get(Notification, other_id), raise_twice)
    assert [o.won for o in outcomes] == [True, True]
    with database.session_scope(write=False) as session:
        stored = session.exec(select(Notification).where(Notification.key == "once")).all()
    assert len(stored) == 1
    assert raised == [stored[0].id, stored[0].id]


def test_two_wrong_passwords_at_once_both_count_toward_the_lockout(
    database: Database, settings: Settings
) -> None:
    from cellchain.auth import service as auth_service
    from cellchain.auth.models import User

    with database.session_scope() as session:
        user = auth_service.find_user(session, "tech")
        assert user is not None
        for _ in range(settings.login_max_failures - 2):
            auth_service.register_failed_password(session, user=user, now=utcnow(),
                                                  settings=settings, context="login")
        user_id = user.id

    def fail(session: Session, user: User, worker: int) -> None:
        auth_service.register_failed_password(session, user=user, now=utcnow(),
                                              settings=settings, context="login")

    outcomes = race(database, lambda s: s.get(User, user_id), fail)
    assert all(o.won for o in outcomes)
    with database.session_scope(write=False) as session:
        locked = session.get(User, user_id)
        assert locked is not None
        assert locked.failed_logins == settings.login_max_failures
        assert locked.locked_until is not None


def test_two_administrators_deactivating_one_account_yield_one_deactivation(
    database: Database,
) -> None:
    from cellchain.auth import service as auth_service
    from cellchain.auth.models import User

    with database.session_scope(write=False) as session:
        tech = auth_service.find_user(session, "tech")
        assert tech is not None
        tech_id = tech.id or 0

    def deactivate(session: Session, user: User, worker: int) -> None:
        auth_service.deactivate_user(session, actor=_actor(worker), user_id=tech_id,
                                     reason=f"left {worker}", now=utcnow())

    winner, loser = one_winner(race(database, lambda s: s.get(User, tech_id), deactivate))
    assert f"changed by {_actor(winner.worker).name}" in loser.refusal
    assert len(audit_events(database, "user.deactivated", tech_id)) == 1
