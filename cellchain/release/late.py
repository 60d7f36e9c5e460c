"""After release (DESIGN §4.5): a late out-of-specification result holds every bag of the lot
that may still reach a subject, tells QA, the coordinator and the treating clinicians, and
lists the subjects already infused (look-back); QA then recalls the lot with a signature, or
assesses and releases the bags from quarantine. Never commits.

Infused bags are never moved: the product is in the subject, and the look-back is what QA
and the investigators act on (21 CFR 1271.350, 21 CFR 211.198-style follow-up of a released
product found out of specification).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.models import AuditEvent
from cellchain.audit.service import Actor
from cellchain.auth.models import User
from cellchain.auth.roles import Role
from cellchain.bags import rules as bag_rules
from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.display import din_text
from cellchain.errors import BadInput
from cellchain.guarded import refuse_if_changed
from cellchain.lots import service as lots
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.notifications import service as notifications
from cellchain.release.rules import late_result_message, safety_notice
from cellchain.signatures import service as signatures
from cellchain.signatures.models import Signature
from cellchain.signatures.rules import Meaning
from cellchain.trial.models import Subject

LATE_RESULT_HELD = "lot.late_result_held"
RECALL_SIGNED = "lot.recall_signed"


@dataclass(frozen=True)
class BagOfLot:
    """A bag of the lot as QA reads it after release: name, status and subject, if any."""

    id: int
    bag: str  # DIN and division, as printed
    status: str
    subject_number: str | None
    kit_number: str | None
    subject_id: int | None


@dataclass(frozen=True)
class LateHold:
    held: list[BagOfLot]
    infused: list[BagOfLot]  # the look-back


def bags_of_lot(session: Session, lot: Lot) -> list[BagOfLot]:
    """Every bag of the lot with the subject it is allocated to (one query)."""
    rows = session.exec(
        select(Bag, Subject.subject_number, Subject.screening_number)
        .outerjoin(Subject, col(Subject.id) == col(Bag.subject_id))
        .where(Bag.lot_id == lot.id).order_by(col(Bag.id))).all()
    return [BagOfLot(bag.id or 0, f"{din_text(lot.din)} {bag.division}", bag.status,
                     number or screening, bag.kit_number, bag.subject_id)
            for bag, number, screening in rows]


def look_back(session: Session, lot: Lot) -> list[BagOfLot]:
    """The bags of the lot already infused, with their subjects."""
    return [b for b in bags_of_lot(session, lot) if b.status == BagStatus.INFUSED.value]


def hold_for_late_result(
    session: Session, *, actor: Actor, lot: Lot, result_id: int, test: str, result: str,
    specification: str, now: datetime,
) -> LateHold:
    """Holds every bag of a released lot that may still be used, records the look-back and
    notifies QA and the coordinator (everything) and the clinicians (a safety notice)."""
    reason = (f"held pending QA's assessment: late {test} result {result} is out of "
              f"specification ({specification})")
    moved = set()
    for bag in bags.bags_of(session, lot.id or 0):
        if bag_rules.held_by_late_result(BagStatus(bag.status)):
            bags.move(session, actor=actor, bag=bag, lot=lot, target=BagStatus.QUARANTINE,
                      now=now, reason=reason)
            moved.add(bag.id)
    every = bags_of_lot(session, lot)
    held = [b for b in every if b.id in moved]
    infused = [b for b in every if b.status == BagStatus.INFUSED.value]
    audit.record(session, actor=actor, action=LATE_RESULT_HELD, entity_type="lot",
                 entity_id=lot.id, now=now, reason=reason,
                 data={"result_id": result_id, "test": test, "result": result,
                       "held": [b.bag for b in held],
                       "look_back": [{"bag": b.bag, "subject": b.subject_number}
                                     for b in infused]})
    notifications.raise_notification(
        session, key=f"late-result:{result_id}", kind="late_result", now=now,
        roles=[Role.QA, Role.COORDINATOR],
        message=late_result_message(din=din_text(lot.din), test=test, result=result,
                                    held=[b.bag for b in held],
                                    infused=[(b.bag, b.subject_number or "")
                                             for b in infused]))
    for shown in held + infused:
        if shown.subject_id is None:
            continue
        notifications.raise_notification(
            session, key=f"safety-notice:{result_id}:{shown.subject_id}:{shown.kit_number}",
            kind="safety_notice", roles=[Role.CLINICIAN], now=now,
            message=safety_notice(subject_number=shown.subject_number or "",
                                  kit_number=shown.kit_number,
                                  infused=shown.status == BagStatus.INFUSED.value))
    return LateHold(held, infused)


def recall(
    session: Session, *, proof: signatures.SignerProof, lot: Lot, reason: str, now: datetime
) -> Signature:
    """QA's signed recall of a released lot: the guarded lot write (its bags follow to
    recalled, infused ones aside) and a signature bound to the lot and its bags as recalled;
    the look-back is recorded with it."""
    actor = proof.principal.actor
    if not reason.strip():
        raise BadInput("reason is required to recall a lot", field="reason")
    refuse_if_changed(session, lot, record=f"Lot {din_text(lot.din)}",
                      audit_entity=("lot", lot.id))
    lots.transition(session, actor=actor, lot=lot, target=LotState.RECALLED, now=now,
                    reason=reason.strip(), gate=lots.RELEASE_GATE)
    every = bags_of_lot(session, lot)
    signature = signatures.apply(
        session, proof=proof, meaning=Meaning.RECALLED, entity_type="lot", entity_id=lot.id,
        now=now, snapshot={"lot": lot.din, "decision": "recalled", "reason": reason.strip(),
                           "bags": [[b.bag, b.status] for b in every]})
    audit.record(session, actor=actor, action=RECALL_SIGNED, entity_type="lot",
                 entity_id=lot.id, now=now, reason=reason.strip(),
                 data={"signature_seq": signature.audit_seq,
                       "look_back": [{"bag": b.bag, "subject": b.subject_number}
                                     for b in every if b.status == BagStatus.INFUSED.value]})
    return signature


@dataclass(frozen=True)
class ShownRecall:
    """The lot's recall as every rendering shows it (11.50(b))."""

    meaning: str
    signed_by: str
    signer_user_id: str
    signed_at: datetime
    reason: str


def recall_of(session: Session, lot: Lot) -> ShownRecall | None:
    row = session.exec(select(AuditEvent).where(
        AuditEvent.entity_type == "lot", AuditEvent.entity_id == str(lot.id),
        AuditEvent.action == RECALL_SIGNED).order_by(col(AuditEvent.seq).desc())).first()
    if row is None:
        return None
    seq = json.loads(row.data or "{}")["signature_seq"]
    signature, username = session.exec(
        select(Signature, User.username).join(User, col(User.id) == col(Signature.signer_id))
        .where(Signature.audit_seq == seq)).one()
    return ShownRecall(Meaning(signature.meaning).statement, signature.printed_name, username,
                       signature.signed_at, row.reason or "")
