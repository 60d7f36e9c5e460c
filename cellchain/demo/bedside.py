"""Demo custody and bedside records (issue 11 item 7): bags at every custody stage, two bags of
one allogeneic lot at the ward for two subjects (RAK001's passes every bedside check today), an
infused kit bag with its GO, second-clinician confirmation, infusion and vital signs, and a
STOP attempt in the history. Made through the same services a ward uses."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from cellchain.audit.service import Actor
from cellchain.auth import service as auth_service
from cellchain.auth.principal import Principal
from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.bedside import infusion as infusions
from cellchain.bedside import service as bedside
from cellchain.bedside.infusion_rules import InfusionEntry, VitalsEntry
from cellchain.cbu.models import CordBloodUnit
from cellchain.config import Settings
from cellchain.custody import service as custody
from cellchain.demo.identity import BANK_UNITS
from cellchain.demo.manufacture import make_lot
from cellchain.demo.release import Releaser
from cellchain.isbt128.din import Din
from cellchain.labels.data import LabelKind
from cellchain.labels.service import label_data_for
from cellchain.lots.models import Lot, LotParent
from cellchain.release.rules import Decision
from cellchain.signatures import service as signatures
from cellchain.signatures.service import SignerProof
from cellchain.trial.eligibility_rules import Lab
from cellchain.trial.labs import record_labs
from cellchain.trial.models import Subject
from cellchain.trial.service import current_coi

# A third bank unit: the lot whose bags show a held dispatch and a return.
TRANSPORT_UNIT = Din("A9991", "26", "004713")
# Pre-infusion labs within the trial file's limits (the bedside gate needs them current).
_LABS = {Lab.ANC: 2.4, Lab.PLT: 168.0, Lab.HGB: 104.0}
_VITALS = {"temperature_c": "36.7", "heart_rate": "76", "systolic": "128", "diastolic": "79",
           "respiratory_rate": "15", "spo2": "98"}


def principal_of(session: Session, username: str) -> Principal:
    user = auth_service.find_user(session, username)
    assert user is not None and user.id is not None
    return Principal(user_id=user.id, username=user.username, printed_name=user.printed_name,
                     roles=auth_service.roles_of(session, user.id), token_hash="", kind="demo",
                     csrf_token="")


def _bags_of_lot_with(session: Session, din: Din) -> list[Bag]:
    return list(session.exec(
        select(Bag).join(LotParent, col(LotParent.lot_id) == col(Bag.lot_id))
        .join(CordBloodUnit, col(CordBloodUnit.id) == col(LotParent.cbu_id))
        .where(CordBloodUnit.din == din.text).order_by(col(Bag.division))))


def _subject(session: Session, number: str) -> Subject:
    return session.exec(select(Subject).where(Subject.subject_number == number)).one()


def seed_bedside(
    session: Session, *, technician: Actor, coordinator: Actor, clinician: str,
    witness: tuple[str, str], releaser: Releaser, people: tuple[Actor, Actor, Actor],
    settings: Settings, now: datetime,
) -> None:
    """Once: does nothing when the transport lot exists (a reused demo database)."""
    if _bags_of_lot_with(session, TRANSPORT_UNIT):
        return
    open_bags = _bags_of_lot_with(session, BANK_UNITS[0])
    kit_bags = _bags_of_lot_with(session, BANK_UNITS[1])

    def to_ward(bag: Bag, at: datetime) -> None:
        custody.dispatch(session, actor=technician, bag=bag, courier="Ward porter J. Adeyemi",
                         container="SC-0142", temperature_c=19.5, logger_readings="",
                         now=at - timedelta(minutes=25), settings=settings)
        custody.receive(session, actor=principal_of(session, clinician).actor, bag=bag,
                        temperature_c=20.1, condition="intact", logger_readings="", note="",
                        now=at, settings=settings)

    # Two bags of one allogeneic lot at the ward for RAK001 and RAK002.
    for bag in open_bags[:2]:
        to_ward(bag, now - timedelta(minutes=20))
    checker = principal_of(session, clinician)
    rak001 = _subject(session, "RAK001")
    assert rak001.id is not None and open_bags[1].id is not None
    record_labs(session, actor=checker.actor, subject_id=rak001.id, values=_LABS,
                measured_on=now.astimezone(settings.zone).date(), settings=settings, now=now)
    # A STOP: RAK001's wristband scanned with RAK002's bag (QA and the coordinator are told).
    bedside.verify(session, principal=checker,
                   wristband=_wristband(session, rak001, settings),
                   bag=label_data_for(session, LabelKind.BAG, open_bags[1].id, settings).label_2d,
                   acknowledged=False, settings=settings, now=now - timedelta(minutes=10))

    # RAK004 received the second kit bag this morning: GO, confirmed, infused, observed.
    rak004 = _subject(session, "RAK004")
    coi = current_coi(session, rak004.id or 0)
    assert coi is not None
    infused_bag = kit_bags[1]
    bags.allocate(session, actor=coordinator, bag=infused_bag, coi=coi,
                  now=now - timedelta(hours=4))
    go_at = now - timedelta(hours=2)
    record_labs(session, actor=checker.actor, subject_id=rak004.id or 0, values=_LABS,
                measured_on=(go_at - timedelta(hours=1)).astimezone(settings.zone).date(),
                settings=settings, now=go_at - timedelta(hours=1))
    to_ward(infused_bag, go_at - timedelta(minutes=15))
    row, _ = bedside.verify(
        session, principal=checker, wristband=_wristband(session, rak004, settings),
        bag=label_data_for(session, LabelKind.BAG, infused_bag.id or 0, settings).label_2d,
        acknowledged=False, settings=settings, now=go_at)
    proof = signatures.check_witness(session, performer=checker, username=witness[0],
                                     password=witness[1], roles_needed=bedside.WITNESSES,
                                     now=go_at + timedelta(minutes=2), settings=settings)
    assert isinstance(proof, SignerProof), proof
    bedside.confirm(session, verification=row, witness=proof, settings=settings,
                    now=go_at + timedelta(minutes=2))
    start = go_at + timedelta(minutes=8)
    stop = start + timedelta(minutes=35)
    points = {"pre": go_at - timedelta(minutes=5), "15": start + timedelta(minutes=15),
              "30": start + timedelta(minutes=30), "end": stop,
              "end+30": stop + timedelta(minutes=30), "end+60": stop + timedelta(minutes=60)}
    infusions.record_infusion(
        session, actor=checker.actor, verification=row,
        entry=InfusionEntry(start, stop, volume_ml="248", reaction_grade="1"),
        vitals=[VitalsEntry(point, at, _VITALS) for point, at in points.items()],
        note="Mild chills at 20 min, settled without treatment.", settings=settings, now=now)

    # RAK003's kit bag is on its way to the ward.
    custody.dispatch(session, actor=technician, bag=kit_bags[0], courier="Ward porter",
                     container="SC-0143", temperature_c=18.9, logger_readings="",
                     now=now - timedelta(minutes=5), settings=settings)

    # A third lot: one bag held at the lab by a warm transport box (QA's excursion queue),
    # one that went to the ward and came back.
    maker, second, qa = people
    transport = make_lot(session, maker=maker, checker=second, qa=qa, settings=settings,
                         bank_din=TRANSPORT_UNIT,
                         day0=now - timedelta(days=14, hours=3, minutes=40),
                         until="formulation", bags=2)
    releaser.results(session, transport, now)
    releaser.decide(session, transport, Decision.RELEASED, "", now)
    held, returned = _bags_of_lot_with(session, TRANSPORT_UNIT)
    custody.dispatch(session, actor=technician, bag=held, courier="Ward porter",
                     container="SC-0150", temperature_c=27.4,
                     logger_readings=_readings(now - timedelta(minutes=50)),
                     now=now - timedelta(minutes=30), settings=settings)
    to_ward(returned, now - timedelta(hours=3))
    custody.return_to_lab(session, actor=technician, bag=returned, temperature_c=21.0,
                          condition="intact", logger_readings="",
                          reason="Infusion postponed: subject's platelets below the limit",
                          now=now - timedelta(hours=1), settings=settings)
    assert session.get(Lot, transport.id) is not None


def _wristband(session: Session, subject: Subject, settings: Settings) -> str:
    return label_data_for(session, LabelKind.WRISTBAND, subject.id or 0, settings).label_2d


def _readings(start: datetime) -> str:
    """A logger trace that warms past 25 °C in a transport box left in the sun."""
    lines = []
    for minute, celsius in ((0, 21.0), (5, 22.4), (10, 24.1), (15, 25.6), (20, 26.9)):
        at = (start + timedelta(minutes=minute)).strftime("%Y-%m-%dT%H:%M:%SZ")
        lines.append(f"{at},{celsius}")
    return "\n".join(lines)
