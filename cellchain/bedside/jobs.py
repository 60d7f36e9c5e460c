"""The not-verified alert (issue 11; published bedside-scanning audits: alerts on products
received but not scanned raised compliance to 99.5 %): a bag received at the ward and not
verified with a GO within the configured time raises one notification to the ward's
clinicians and QA per bag and leg."""

from __future__ import annotations

from datetime import datetime, timedelta

from apscheduler.triggers.cron import CronTrigger
from sqlmodel import Session, col, select

from cellchain.auth.roles import Role
from cellchain.bags.models import Bag
from cellchain.bedside.models import BedsideVerification
from cellchain.bedside.settings import bedside_settings
from cellchain.config import Settings
from cellchain.custody.models import CustodyEvent
from cellchain.db import Database
from cellchain.display import din_text
from cellchain.lots.models import Lot
from cellchain.notifications import service as notifications
from cellchain.scheduler import scheduled
from cellchain.trial.models import Subject


def overdue_receipts(session: Session, settings: Settings, now: datetime
                     ) -> list[tuple[Bag, CustodyEvent]]:
    """Bags at the ward whose latest receipt is older than the alert time with no GO since."""
    limit = now - timedelta(minutes=bedside_settings(settings).not_verified_alert_minutes)
    received = session.exec(
        select(Bag, CustodyEvent).join(CustodyEvent, col(CustodyEvent.bag_id) == col(Bag.id))
        .where(Bag.status == "at_ward", CustodyEvent.kind == "received",
               col(CustodyEvent.at) <= limit)
        .order_by(col(CustodyEvent.at))).all()
    latest: dict[int, tuple[Bag, CustodyEvent]] = {}
    for bag, event in received:
        if bag.id is not None and (bag.id not in latest or event.leg > latest[bag.id][1].leg):
            latest[bag.id] = (bag, event)
    found = []
    for bag, event in latest.values():
        verified = session.exec(select(BedsideVerification.id).where(
            BedsideVerification.bag_id == bag.id, BedsideVerification.verdict == "go",
            col(BedsideVerification.verified_at) >= event.at)).first()
        if verified is None:
            found.append((bag, event))
    return found


def _named(session: Session, bag: Bag) -> str:
    """Clinicians are blinded: a kit bag is named by its kit number only (DESIGN §4.6)."""
    if bag.kit_number:
        return f"kit {bag.kit_number}"
    lot = session.get(Lot, bag.lot_id)
    return f"bag {din_text(lot.din) if lot else ''} {bag.division}"


@scheduled(CronTrigger(minute="*/5"), id="bedside.not_verified")  # stable id
def alert_not_verified(database: Database, settings: Settings, now: datetime) -> int:
    """Raises the alert once per bag and leg; returns how many bags are overdue."""
    minutes = bedside_settings(settings).not_verified_alert_minutes
    with database.session_scope() as session:
        overdue = overdue_receipts(session, settings, now)
        for bag, event in overdue:
            subject = session.get(Subject, bag.subject_id) if bag.subject_id else None
            whose = f" for subject {subject.subject_number}" if subject else ""
            named = _named(session, bag)
            notifications.raise_notification(
                session, key=f"not-verified:{bag.id}:{event.leg}", kind="not_verified",
                roles=[Role.CLINICIAN, Role.QA], now=now,
                message=f"{named[:1].upper()}{named[1:]}{whose} was received at the ward "
                        f"more than {minutes} minutes ago and has not been verified at the "
                        "bedside. Verify it, or return it to the lab.")
    return len(overdue)
