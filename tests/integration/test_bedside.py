"""The bedside service: every attempt recorded, STOP tells QA and the coordinator, a second
clinician confirms a GO with their own credentials, and an infusion is recorded once, only after
a confirmed GO for that bag and subject."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlmodel import Session, col, select

from cellchain.audit.models import AuditEvent
from cellchain.bags.models import Bag
from cellchain.bedside import infusion as infusions
from cellchain.bedside import service
from cellchain.bedside.infusion_rules import InfusionEntry, VitalsEntry
from cellchain.bedside.models import BedsideConfirmation, BedsideVerification, Infusion, VitalSign
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.errors import Conflict, InvalidFields
from cellchain.lots.models import Lot
from cellchain.notifications.models import Notification
from cellchain.signatures import service as signatures
from cellchain.signatures.service import SignerProof, SigningRefusal
from cellchain.trial.eligibility_rules import Lab
from cellchain.trial.labs import record_labs
from cellchain.trial.models import LabResult, Subject
from tests.factories import CAST, cast_actor, principal_for
from tests.support.bedside import WardBag, ward_bags
from tests.support.labs import CURRENT
from tests.support.race import one_winner, race, waits_then_sees

VITALS = {"temperature_c": "36.8", "heart_rate": "72", "systolic": "124", "diastolic": "78",
          "respiratory_rate": "14", "spo2": "98"}


@pytest.fixture
def ward(database: Database, settings: Settings) -> list[WardBag]:
    return ward_bags(database, settings)


def _verify(session: Session, settings: Settings, wristband: str, label: str,
            user: str = "clin", minutes_ago: int = 0) -> BedsideVerification:
    principal = principal_for(session, user, settings)
    row, _ = service.verify(session, principal=principal, wristband=wristband, bag=label,
                            acknowledged=False, settings=settings,
                            now=utcnow() - timedelta(minutes=minutes_ago))
    return row


def _witness(session: Session, settings: Settings, performer: str = "clin",
             witness: str = "clin2", password: str | None = None) -> SignerProof:
    proof = signatures.check_witness(
        session, performer=principal_for(session, performer, settings), username=witness,
        password=password or CAST[witness].password, roles_needed=service.WITNESSES,
        now=utcnow(), settings=settings)
    assert isinstance(proof, SignerProof), proof
    return proof


def _entry(started_minutes_ago: int = 40, minutes: int = 30) -> InfusionEntry:
    start = utcnow() - timedelta(minutes=started_minutes_ago)
    return InfusionEntry(started_at=start, stopped_at=start + timedelta(minutes=minutes),
                         volume_ml="250", reaction_grade="1")


def _vitals(entry: InfusionEntry) -> list[VitalsEntry]:
    return [VitalsEntry("pre", entry.started_at - timedelta(minutes=10), VITALS),
            VitalsEntry("end", entry.stopped_at, VITALS)]


def _confirmed_go(database: Database, settings: Settings, bag: WardBag,
                  verified_minutes_ago: int = 45) -> int:
    with database.session_scope() as session:
        # The check happened before the infusion started (time is passed in).
        row = _verify(session, settings, bag.wristband, bag.label,
                      minutes_ago=verified_minutes_ago)
        assert row.verdict == "go", row.checks
    with database.session_scope() as session:
        row = service.get_verification(session, row.id or 0)
        service.confirm(session, verification=row, witness=_witness(session, settings),
                        settings=settings, now=row.verified_at + timedelta(minutes=1))
        assert row.id is not None
        return row.id


def test_the_right_bag_for_the_right_subject_is_go_and_the_attempt_is_recorded(
    database: Database, settings: Settings, ward: list[WardBag]
) -> None:
    with database.session_scope() as session:
        row = _verify(session, settings, ward[0].wristband, ward[0].label)
        assert (row.verdict, row.subject_id, row.bag_id) == ("go", ward[0].subject_id,
                                                               ward[0].bag_id)
        assert all(check["passed"] for check in json.loads(row.checks))
        event = session.exec(select(AuditEvent).where(
            AuditEvent.action == "bedside.verified")).one()
        assert json.loads(event.data or "{}")["verdict"] == "go"
        assert session.exec(select(Notification).where(
            Notification.kind == "bedside_stop")).all() == []


def test_another_subjects_bag_is_a_stop_that_tells_qa_and_the_coordinator(
    database: Database, settings: Settings, ward: list[WardBag]
) -> None:
    with database.session_scope() as session:
        row = _verify(session, settings, ward[0].wristband, ward[1].label)
        failed = [c["name"] for c in json.loads(row.checks) if not c["passed"]]
        assert (row.verdict, failed) == ("stop", ["coi_match"])
        note = session.exec(select(Notification).where(
            Notification.key == f"bedside-stop:{row.id}")).one()
        assert note.roles == "coordinator,qa"
        assert f"subject {ward[0].subject_number}" in note.message
        assert "failed: coi_match" in note.message


def test_a_stop_cannot_be_confirmed_and_opens_no_infusion(
    database: Database, settings: Settings, ward: list[WardBag]
) -> None:
    with database.session_scope() as session:
        row = _verify(session, settings, ward[0].wristband, ward[1].label)
        with pytest.raises(Conflict, match="Only a GO can be confirmed"):
            service.confirm(session, verification=row, witness=_witness(session, settings),
                            settings=settings, now=utcnow())
        assert "STOP" in infusions.ready_for_infusion(session, row, settings, utcnow())


def test_nobody_confirms_their_own_check(
    database: Database, settings: Settings, ward: list[WardBag]
) -> None:
    with database.session_scope() as session:
        refused = signatures.check_witness(
            session, performer=principal_for(session, "clin", settings), username="clin",
            password=CAST["clin"].password, roles_needed=service.WITNESSES, now=utcnow(),
            settings=settings)
        assert refused == SigningRefusal(
            "The second person must be someone other than you: nobody confirms their own "
            "check.", "witness_username")


@pytest.mark.parametrize(("user", "password", "field", "words"), [
    ("qa", CAST["qa"].password, "witness_username", "it needs a clinician"),
    ("clin2", "wrong-password-1", "witness_password", "Not confirmed: the password is"),
    ("nobody", "whatever-pass", "witness_password", "were not accepted"),
    ("", "", "witness_username", "Enter the second person's user ID"),
])
def test_a_witness_who_is_not_a_clinician_or_types_a_wrong_password_is_refused(
    database: Database, settings: Settings, user: str, password: str, field: str, words: str
) -> None:
    with database.session_scope() as session:
        refused = signatures.check_witness(
            session, performer=principal_for(session, "clin", settings), username=user,
            password=password, roles_needed=service.WITNESSES, now=utcnow(), settings=settings)
        assert isinstance(refused, SigningRefusal)
        assert refused.field == field and words in refused.message


def test_a_confirmed_go_records_the_infusion_with_vitals_and_the_bag_is_infused(
    database: Database, settings: Settings, ward: list[WardBag]
) -> None:
    check_id = _confirmed_go(database, settings, ward[0])
    entry = _entry()
    with database.session_scope() as session:
        row = service.get_verification(session, check_id)
        confirmation = session.get(BedsideConfirmation, check_id)
        assert confirmation is not None and confirmation.witness_name == "Sam Okafor"
        made = infusions.record_infusion(
            session, actor=principal_for(session, "clin", settings).actor, verification=row,
            entry=entry, vitals=_vitals(entry), note="", settings=settings, now=utcnow())
        infusion_id = made.id
    with database.session_scope() as session:
        bag = session.get(Bag, ward[0].bag_id)
        subject = session.get(Subject, ward[0].subject_id)
        assert bag is not None and subject is not None
        assert (bag.status, subject.status) == ("infused", "on_treatment")
        assert [v.timepoint for v in session.exec(select(VitalSign).where(
            VitalSign.infusion_id == infusion_id).order_by(col(VitalSign.taken_at)))] == [
            "pre", "end"]
        # Scanning the infused bag again is a STOP naming why.
        again = _verify(session, settings, ward[0].wristband, ward[0].label)
        failed = {c["name"] for c in json.loads(again.checks) if not c["passed"]}
        assert {"bag_at_ward", "bag_not_infused"} <= failed


def test_an_unconfirmed_go_opens_no_infusion(
    database: Database, settings: Settings, ward: list[WardBag]
) -> None:
    with database.session_scope() as session:
        row = _verify(session, settings, ward[0].wristband, ward[0].label)
        entry = _entry(started_minutes_ago=0, minutes=0)
        with pytest.raises(Conflict, match="has not yet confirmed"):
            infusions.record_infusion(
                session, actor=principal_for(session, "clin", settings).actor,
                verification=row, entry=entry, vitals=[], note="", settings=settings,
                now=utcnow())


def test_an_infusion_started_after_the_go_window_is_refused_naming_the_field(
    database: Database, settings: Settings, ward: list[WardBag]
) -> None:
    check_id = _confirmed_go(database, settings, ward[0], verified_minutes_ago=29)
    with database.session_scope() as session:
        row = service.get_verification(session, check_id)
        # Started 31 minutes after a GO whose window is 30 minutes.
        start = row.verified_at + timedelta(minutes=31)
        entry = InfusionEntry(started_at=start, stopped_at=start + timedelta(minutes=1),
                              volume_ml="250", reaction_grade="0")
        with pytest.raises(InvalidFields) as refused:
            infusions.record_infusion(
                session, actor=principal_for(session, "clin", settings).actor,
                verification=row, entry=entry, vitals=_vitals(entry), note="",
                settings=settings, now=start + timedelta(minutes=2))
        assert "more than 30 minutes after the GO" in refused.value.problems["started_at"]
        assert session.exec(select(Infusion)).all() == []


def test_two_tablets_recording_one_bag_give_one_infusion(
    database: Database, settings: Settings, ward: list[WardBag]
) -> None:
    first = _confirmed_go(database, settings, ward[0])
    second = _confirmed_go(database, settings, ward[0])
    entry = _entry()

    def load(session: Session) -> BedsideVerification:
        return service.get_verification(session, first)

    def act(session: Session, row: BedsideVerification, worker: int) -> None:
        verification = row if worker == 0 else service.get_verification(session, second)
        infusions.record_infusion(
            session, actor=principal_for(session, "clin", settings).actor,
            verification=verification, entry=entry, vitals=_vitals(entry), note="",
            settings=settings, now=utcnow())

    winner, loser = one_winner(race(database, load, act))
    assert "Bag" in loser.refusal
    with database.session_scope() as session:
        assert len(session.exec(select(Infusion).where(
            Infusion.bag_id == ward[0].bag_id)).all()) == 1


def test_a_bag_received_and_not_verified_in_time_alerts_the_ward_and_qa_once(
    database: Database, settings: Settings, ward: list[WardBag]
) -> None:
    from cellchain.bedside.jobs import alert_not_verified

    later = utcnow() + timedelta(minutes=61)
    assert alert_not_verified(database, settings, utcnow() + timedelta(minutes=59)) == 0
    with database.session_scope() as session:
        _verify(session, settings, ward[0].wristband, ward[0].label)  # a GO after receipt
        _verify(session, settings, ward[1].wristband, ward[0].label)  # a STOP does not count
    assert alert_not_verified(database, settings, later) == 1
    assert alert_not_verified(database, settings, later) == 1
    with database.session_scope() as session:
        notes = session.exec(select(Notification).where(
            Notification.kind == "not_verified")).all()
        assert [(n.key, n.roles) for n in notes] == [
            (f"not-verified:{ward[1].bag_id}:1", "clinician,qa")]
        assert notes[0].message.startswith("Bag A9990 26 ")
        assert f"for subject {ward[1].subject_number} was received at the ward more than 60 " \
               "minutes ago" in notes[0].message


@pytest.mark.parametrize(("lot_level", "verdict"), [("DL2", "stop"), ("DL1", "go")])
def test_the_bags_lot_dose_level_is_checked_against_the_subjects_assignment(
    database: Database, settings: Settings, ward: list[WardBag], lot_level: str, verdict: str
) -> None:
    with database.session_scope() as session:
        bag = session.get(Bag, ward[0].bag_id)
        subject = session.get(Subject, ward[0].subject_id)
        assert bag is not None and subject is not None
        lot = session.get(Lot, bag.lot_id)
        assert lot is not None
        lot.dose_level, subject.dose_level = lot_level, "DL1"
        session.add_all([lot, subject])
    with database.session_scope() as session:
        row = _verify(session, settings, ward[0].wristband, ward[0].label)
        checks = {check["name"]: check for check in json.loads(row.checks)}
    assert row.verdict == verdict
    assert checks["dose_level"]["passed"] is (verdict == "go")
    assert checks["dose_level"]["message"].endswith(
        f"is for dose level {lot_level}; subject {ward[0].subject_number} is assigned dose "
        "level DL1." if verdict == "stop" else "is for dose level DL1, the subject's assigned "
                                               "dose level.")
    assert all(check["passed"] for name, check in checks.items() if name != "dose_level")


def _labs_check(session: Session, settings: Settings, bag: WardBag) -> tuple[str, list[str],
                                                                             str]:
    row = _verify(session, settings, bag.wristband, bag.label)
    checks = json.loads(row.checks)
    labs = next(c for c in checks if c["name"] == "pre_infusion_labs")
    return row.verdict, [c["name"] for c in checks if not c["passed"]], labs["message"]


def test_a_subject_without_current_pre_infusion_labs_is_a_stop_until_they_are_recorded(
    database: Database, settings: Settings
) -> None:
    """DESIGN §4.1: GO needs the subject's pre-infusion labs current and within limits (the
    trial file's [pre_infusion_labs]: ANC >= 1.0, PLT >= 50, HGB >= 80, today or yesterday)."""
    bag = ward_bags(database, settings, labs=False)[0]
    now = utcnow()
    today = now.astimezone(settings.zone).date()
    stop = f"Subject {bag.subject_number}'s pre-infusion labs are not current and within limits: "
    with database.session_scope() as session:
        verdict, failed, message = _labs_check(session, settings, bag)
        assert (verdict, failed) == ("stop", ["pre_infusion_labs"])
        assert message.startswith(stop + "ANC is missing (no result); a result from the "
                                         f"infusion day {today} or up to 1 day before it is "
                                         "needed. PLT is missing")
        note = session.exec(select(Notification).where(Notification.kind == "bedside_stop")).one()
        assert "failed: pre_infusion_labs" in note.message
    with database.session_scope() as session:  # two days old: out of date
        old = today - timedelta(days=2)
        record_labs(session, actor=cast_actor(session, "clin"), subject_id=bag.subject_id,
                    values=CURRENT, measured_on=old, settings=settings, now=now)
        verdict, failed, message = _labs_check(session, settings, bag)
        assert (verdict, failed) == ("stop", ["pre_infusion_labs"])
        assert f"ANC 2.1 ×10⁹/L on {old} is out of date (2 days before the infusion day " \
               f"{today})" in message
    with database.session_scope() as session:  # today's, but platelets below the limit
        low = record_labs(session, actor=cast_actor(session, "clin"),
                          subject_id=bag.subject_id, values={**CURRENT, Lab.PLT: 49.0},
                          measured_on=today, settings=settings, now=now)
        verdict, failed, message = _labs_check(session, settings, bag)
        assert (verdict, failed) == ("stop", ["pre_infusion_labs"])
        assert message == (f"{stop}PLT 49 ×10⁹/L on {today} is below the minimum of 50 ×10⁹/L. "
                           "Do not infuse until current results are within limits.")
        # The laboratory corrects the platelet count: the corrected value is the one in force.
        session.add(LabResult(subject_id=bag.subject_id, analyte="plt_10e9_l", value=50.0,
                              unit="10^9/L", measured_on=today, entered_by_name="Lab",
                              entered_at=now, replaces_id=low[1].id, reason="transcription"))
    with database.session_scope() as session:
        verdict, failed, message = _labs_check(session, settings, bag)
        assert (verdict, failed) == ("go", [])
        assert message == (
            f"Subject {bag.subject_number}'s pre-infusion labs are current and within limits: "
            f"ANC 2.1 ×10⁹/L on {today} meets the minimum of 1.0 ×10⁹/L; PLT 50 ×10⁹/L on "
            f"{today} meets the minimum of 50 ×10⁹/L; HGB 112 g/L on {today} meets the "
            "minimum of 80 g/L.")


def test_on_postgresql_a_time_point_entered_twice_at_once_is_recorded_once(
    database: Database, settings: Settings, ward: list[WardBag]
) -> None:
    """Two nurses enter the 15-minute vitals at once: the second checks for the first under
    the lock the first holds until it commits, and is told the time point is recorded."""
    if database.is_sqlite:
        pytest.skip("SQLite runs one write transaction at a time")
    check_id = _confirmed_go(database, settings, ward[0])
    entry = _entry()
    with database.session_scope() as session:
        infusion_id = infusions.record_infusion(
            session, actor=principal_for(session, "clin", settings).actor,
            verification=service.get_verification(session, check_id), entry=entry,
            vitals=_vitals(entry), note="", settings=settings, now=utcnow()).id

    def fifteen_minutes(session: Session) -> None:
        infusions.add_vital_signs(
            session, actor=cast_actor(session, "clin"),
            infusion=session.get_one(Infusion, infusion_id), settings=settings, now=utcnow(),
            vitals=[VitalsEntry("15", entry.started_at + timedelta(minutes=15), VITALS)])

    outcome = waits_then_sees(database, fifteen_minutes, fifteen_minutes)
    assert not outcome.won and "15" in outcome.refusal, outcome
    with database.session_scope(write=False) as session:
        assert [v.timepoint for v in session.exec(select(VitalSign).where(
            VitalSign.infusion_id == infusion_id, VitalSign.timepoint == "15"))] == ["15"]
