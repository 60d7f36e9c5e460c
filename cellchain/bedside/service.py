"""Bedside verification (DESIGN §4.1): read what the two scans name, ask the pure rule, record
the attempt whatever its verdict, tell QA and the coordinator about a STOP, and take the second
clinician's independent confirmation of a GO.

Every attempt is a new append-only row with its checks exactly as they were shown, so the record
shows what the clinician saw (21 CFR 11.10(e)); there is no override: nothing here turns a STOP
into a GO, and only a GO can be confirmed.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from cellchain.audit import service as audit
from cellchain.audit.service import Actor
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.bedside import rules
from cellchain.bedside.models import BedsideConfirmation, BedsideVerification
from cellchain.bedside.scanned import Scanned, ScannedBag, scanned_records
from cellchain.bedside.settings import bedside_settings
from cellchain.blinding import rules as blinding
from cellchain.config import Settings
from cellchain.custody.timeline import custody_state
from cellchain.db import column_rows, get_record, table_of
from cellchain.display import din_text
from cellchain.errors import Conflict
from cellchain.lots.service import get_lot
from cellchain.lots.states import LotState
from cellchain.notifications import service as notifications
from cellchain.release.service import release_of
from cellchain.signatures import service as signatures
from cellchain.signatures.rules import Meaning
from cellchain.signatures.service import SignerProof
from cellchain.trial import labs

# Who may confirm a bedside check as the second person (DESIGN §1: clinicians give the product).
WITNESSES = frozenset({Role.CLINICIAN})


def get_verification(session: Session, verification_id: int) -> BedsideVerification:
    return get_record(session, BedsideVerification, verification_id, "bedside verification")


def _bag_record(session: Session, bag: ScannedBag, settings: Settings) -> rules.BagRecord:
    pending: tuple[str, ...] = ()
    if bag.lot_status == LotState.CONDITIONALLY_RELEASED:
        shown = release_of(session, get_lot(session, bag.lot_id), settings)
        pending = tuple(shown.pending_tests) if shown else ()
    custody = custody_state(session, bag.id)
    return rules.BagRecord(
        din=bag.din, product_code=bag.product_code, expires_at=bag.expires_at,
        status=bag.status, lot_status=bag.lot_status, coi=bag.coi, kit_number=bag.kit_number,
        dose_level=bag.lot_dose_level, pending_tests=pending,
        infused=bag.infused or bag.status == "infused",
        dispatched_by_lab=custody.dispatched, received_at_ward=custody.received_at is not None,
        open_excursions=custody.open_excursions)


def facts_for(session: Session, scanned: Scanned, *, roles: frozenset[Role], acknowledged: bool,
              settings: Settings, now: datetime) -> rules.BedsideFacts:
    """What the database holds about the scanned records, as the rule needs it. The dose
    levels compared are the bag's lot's and the subject's assignment (issue 12 item 5); either
    may be unset (a lot or subject from before the trial settings), and the rule says so. The
    subject's labs are judged on the site's day of ``now`` (DESIGN §4.1)."""
    subject, judged = None, None
    if scanned.subject is not None:
        subject = rules.SubjectRecord(
            subject_number=scanned.subject.subject_number,
            birth_date=scanned.subject.birth_date, status=scanned.subject.status,
            coi=scanned.subject.coi, dose_level=scanned.subject.dose_level)
        judged = labs.judged_pre_infusion_labs(session, scanned.subject.id, settings, now)
    bag = _bag_record(session, scanned.bag, settings) if scanned.bag is not None else None
    shows = scanned.bag is None or blinding.shows_lot_identity(
        roles, kit_number=scanned.bag.kit_number)
    return rules.BedsideFacts(subject=subject, bag=bag, now=now, zone=settings.zone,
                              conditional_release_acknowledged=acknowledged,
                              shows_lot_identity=shows, labs=judged)


_RECORD = table_of(BedsideVerification).insert().returning(table_of(BedsideVerification).c.id)


def verify(
    session: Session, *, principal: Principal, wristband: str, bag: str, acknowledged: bool,
    settings: Settings, now: datetime,
) -> tuple[BedsideVerification, rules.Verification]:
    """Checks one (wristband, bag) pair and records the attempt; a STOP notifies QA and the
    coordinator (DESIGN §4.1; domain §6.3 "any mismatch = hard stop and a deviation record")."""
    scanned = scanned_records(session, wristband=wristband, bag=bag, roles=principal.roles)
    facts = facts_for(session, scanned, roles=principal.roles, acknowledged=acknowledged,
                      settings=settings, now=now)
    result = rules.verify(wristband=wristband, bag=bag, facts=facts)
    values: dict[str, Any] = {
        "wristband_scan": wristband, "bag_scan": bag,
        "subject_id": scanned.subject.id if scanned.subject else None,
        "bag_id": scanned.bag.id if scanned.bag else None, "verdict": result.verdict,
        "checks": json.dumps(result.as_json()["checks"]), "conditional_acknowledged": acknowledged,
        "verified_by": principal.user_id, "verified_by_name": principal.printed_name,
        "verified_at": now}
    # One Core INSERT rather than the unit of work (every bedside check writes one; the flush
    # cost 7 % of a check: issue 13). The row returned is the record as written, not attached
    # to the session; it is append-only, so nothing would be saved through it anyway.
    row = BedsideVerification(id=column_rows(session, _RECORD, values).scalar_one(), **values)
    failed = [check.name for check in result.checks if not check.passed]
    audit.record(session, actor=principal.actor, action="bedside.verified",
                 entity_type="bedside_verification", entity_id=row.id, now=now,
                 data={"verdict": result.verdict, "failed": failed,
                       "subject_id": row.subject_id, "bag_id": row.bag_id})
    if result.verdict == rules.STOP:
        _notify_stop(session, row, scanned, failed, now)
    return row, result


def _notify_stop(session: Session, row: BedsideVerification, scanned: Scanned,
                 failed: list[str], now: datetime) -> None:
    """QA and the coordinator (both unblinded) are told which subject and bag, and why."""
    who = (f"subject {scanned.subject.subject_number}" if scanned.subject
           else "an unrecognised wristband")
    what = "an unrecognised bag label"
    if scanned.bag is not None:
        what = f"bag {din_text(scanned.bag.din)} {scanned.bag.division}"
    notifications.raise_notification(
        session, key=f"bedside-stop:{row.id}", kind="bedside_stop", roles=[Role.QA,
                                                                           Role.COORDINATOR],
        now=now, message=f"Bedside STOP (check {row.id}): {row.verified_by_name} scanned {who} "
                         f"and {what}; failed: {', '.join(failed)}. Nothing was infused.")


def confirmation_of(session: Session, verification_id: int) -> BedsideConfirmation | None:
    return session.get(BedsideConfirmation, verification_id)


def still_valid(row: BedsideVerification, settings: Settings, now: datetime) -> bool:
    """A GO opens the infusion only for the configured window (DESIGN §4.1)."""
    window = timedelta(minutes=bedside_settings(settings).valid_minutes)
    return row.verdict == rules.GO and now - row.verified_at <= window


def confirm(
    session: Session, *, verification: BedsideVerification, witness: SignerProof,
    settings: Settings, now: datetime,
) -> BedsideConfirmation:
    """The second clinician's signed confirmation of a GO (never the clinician who checked)."""
    if verification.verdict != rules.GO:
        raise Conflict("Only a GO can be confirmed: this check was a STOP. Nothing is infused "
                       "after a STOP; scan again once the cause is resolved.")
    if witness.principal.user_id == verification.verified_by:
        raise Conflict("The second person must be someone other than the clinician who "
                       "checked: nobody confirms their own bedside check.",
                       field="witness_username")
    if not still_valid(verification, settings, now):
        minutes = bedside_settings(settings).valid_minutes
        raise Conflict(f"This GO is more than {minutes} minutes old; scan the wristband and "
                       "the bag again.")
    signature = signatures.apply(
        session, proof=witness, meaning=Meaning.BEDSIDE_CONFIRMED,
        entity_type="bedside_verification", entity_id=verification.id, now=now,
        snapshot=verification_snapshot(verification))
    assert signature.id is not None and verification.id is not None
    row = BedsideConfirmation(verification_id=verification.id,
                              witness_id=witness.principal.user_id,
                              witness_name=witness.principal.printed_name, confirmed_at=now,
                              signature_id=signature.id)
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        raise Conflict("This check was confirmed by someone else a moment ago; nothing of "
                       "yours was saved.") from None
    audit.record(session, actor=witness.principal.actor, action="bedside.confirmed",
                 entity_type="bedside_verification", entity_id=verification.id, now=now,
                 data={"witness": witness.principal.printed_name,
                       "checked_by": verification.verified_by_name})
    return row


def verification_snapshot(row: BedsideVerification) -> dict[str, object]:
    """What the second person signs: the scans, what they named, the verdict and its checks."""
    return {"id": row.id, "wristband_scan": row.wristband_scan, "bag_scan": row.bag_scan,
            "subject_id": row.subject_id, "bag_id": row.bag_id, "verdict": row.verdict,
            "checks": json.loads(row.checks), "verified_by": row.verified_by,
            "verified_at": row.verified_at.isoformat()}


def checks_of(row: BedsideVerification) -> list[rules.Check]:
    return [rules.Check(c["name"], c["passed"], c["message"]) for c in json.loads(row.checks)]


def actor_of(row: BedsideVerification) -> Actor:
    return Actor(row.verified_by, row.verified_by_name)
