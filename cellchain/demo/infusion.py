"""One infusion the way a ward records it (DESIGN §4.1): the coordinator allocates the bag, the
clinician enters the pre-infusion labs, the lab dispatches the bag and the ward receives it, the
bedside check returns GO, a second clinician confirms it with a signature, and the infusion is
recorded with its vital signs. Shared by the demo's trial history and the site-scale data."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlmodel import Session

from cellchain.audit.service import Actor
from cellchain.auth.principal import Principal
from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.bedside import infusion as infusions
from cellchain.bedside import service as bedside
from cellchain.bedside.infusion_rules import InfusionEntry, VitalsEntry
from cellchain.config import Settings
from cellchain.custody import service as custody
from cellchain.labels.data import LabelKind
from cellchain.labels.service import label_data_for
from cellchain.lots.models import Lot
from cellchain.signatures.service import SignerProof
from cellchain.trial import labs
from cellchain.trial import service as trial_service
from cellchain.trial.eligibility_rules import Lab
from cellchain.trial.models import Subject

VITALS = {"temperature_c": "36.8", "heart_rate": "78", "systolic": "124", "diastolic": "76",
          "respiratory_rate": "16", "spo2": "98"}


def record_day_labs(session: Session, actor: Actor, subject: Subject, day: date,
                    settings: Settings, now: datetime) -> None:
    """Pre-infusion labs measured on ``day`` (the day before, domain notes §3.2)."""
    labs.record_labs(session, actor=actor, subject_id=subject.id or 0, measured_on=day,
                     values={Lab.ANC: 2.8, Lab.PLT: 185, Lab.HGB: 112}, settings=settings,
                     now=now)


def to_ward(session: Session, *, coordinator: Actor, technician: Actor, clinician: Principal,
            settings: Settings, bag: Bag, subject: Subject, at: datetime,
            infusion_at: datetime | None = None) -> None:
    """Allocation, the labs of the day before the infusion (``infusion_at``, else ``at``),
    dispatch and receipt at the ward by ``at``."""
    coi = trial_service.current_coi(session, subject.id or 0)
    assert coi is not None
    bags.allocate(session, actor=coordinator, bag=bag, coi=coi,
                  now=at - timedelta(minutes=70), settings=settings)
    record_day_labs(session, clinician.actor, subject,
                    # Dated by the infusion's day, not the receipt's: a bag received before
                    # midnight and infused after it still has day-before labs.
                    (infusion_at or at).astimezone(settings.zone).date() - timedelta(days=1),
                    settings,
                    at - timedelta(minutes=60))
    custody.dispatch(session, actor=technician, bag=bag, courier="Ward porter",
                     container="SC-0101", temperature_c=19.8, logger_readings="",
                     now=at - timedelta(minutes=25), settings=settings)
    custody.receive(session, actor=clinician.actor, bag=bag, temperature_c=20.2,
                    condition="intact", logger_readings="", note="", now=at,
                    settings=settings)


def infuse(session: Session, *, coordinator: Actor, technician: Actor, clinician: Principal,
           witness: SignerProof, settings: Settings, bag: Bag, subject: Subject,
           at: datetime) -> None:
    """The bag reaches the ward 20 minutes before ``at``; at ``at`` a GO, confirmed by
    ``witness`` (a second clinician's proof), then the infusion and its vitals."""
    to_ward(session, coordinator=coordinator, technician=technician, clinician=clinician,
            settings=settings, bag=bag, subject=subject, at=at - timedelta(minutes=20),
            infusion_at=at)
    row, _ = bedside.verify(
        session, principal=clinician,
        wristband=label_data_for(session, LabelKind.WRISTBAND, subject.id or 0,
                                 settings).label_2d,
        bag=label_data_for(session, LabelKind.BAG, bag.id or 0, settings).label_2d,
        acknowledged=bag_needs_acknowledgement(session, bag), settings=settings, now=at)
    assert row.verdict == "go", row.checks
    bedside.confirm(session, verification=row, witness=witness, settings=settings,
                    now=at + timedelta(minutes=2))
    start = at + timedelta(minutes=8)
    stop = start + timedelta(minutes=40)
    points = {"pre": at - timedelta(minutes=5), "end": stop}
    infusions.record_infusion(
        session, actor=clinician.actor, verification=row,
        entry=InfusionEntry(start, stop, volume_ml="100", reaction_grade="0"),
        vitals=[VitalsEntry(point, when, VITALS) for point, when in points.items()],
        note="", settings=settings, now=stop + timedelta(minutes=5))


def bag_needs_acknowledgement(session: Session, bag: Bag) -> bool:
    """A bag of a conditionally released lot is infused only with the release acknowledged."""
    lot = session.get(Lot, bag.lot_id)
    return lot is not None and lot.status == "conditionally_released"
