"""Emergency unblinding (issue 12 items 4 and 8; DESIGN §4 rule 6; domain notes §5.1, §5.3).

One subject at a time (WHO GCP): the investigator gives a reason and signs (Meaning.UNBLINDED),
and the subject's arm is returned at once. Nobody's approval is asked and nothing waits: the
coordinator and QA are notified in the same transaction, after the reveal (EMA GCP IWG/CTFG,
ICH GCP 4.7: the sponsor may not require being consulted or delay the break).

Decisions where the sources are silent:
- Who may break the blind: clinicians (the investigator must always have access, §5.1 [S55]).
  The coordinator, QA and the other unblinded roles already see every arm, so there is nothing
  for them to break; monitors are read-only. A user holding clinician with another role may.
- A second unblinding of the same subject (by the same or another clinician) is allowed and
  recorded as a record of its own: each person who learns the arm documents why, and an
  emergency is never refused because someone else already knew.
- A subject with no randomisation slot (the open-label stage, or not yet enrolled) has no arm:
  the refusal says "not in the randomised stage" and nothing else.
- The reason is typed text (the one input policy: printable characters, line breaks allowed),
  10 to 1000 characters after trimming.
- The signature binds the record without its arm: the signature's audit record (OPEN) carries
  the record hash, and a hash over an arm that is one of two codes would give the arm away.
- Notifications name the subject, the requester and the reason, never the arm: the coordinator
  and QA see the arm on the subject page, and a notification is read wherever it is shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.service import Change
from cellchain.auth import service as auth_service
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.blinding import rules as blinding
from cellchain.config import Settings
from cellchain.errors import BadInput, Conflict, Forbidden
from cellchain.inputs.rules import text_problem
from cellchain.notifications import service as notifications
from cellchain.signatures import rules as signature_rules
from cellchain.signatures import service as signatures
from cellchain.signatures.models import Signature
from cellchain.signatures.rules import Meaning
from cellchain.trial import randomisation
from cellchain.trial.blinding_models import EmergencyUnblinding
from cellchain.trial.configuration import trial_config
from cellchain.trial.models import Subject

REQUESTERS: Final = frozenset({Role.CLINICIAN})
REASON_MIN: Final = 10
REASON_MAX: Final = 1000
HIDDEN: Final = "hidden (blinded)"


def subject_name(subject: Subject) -> str:
    return subject.subject_number or subject.screening_number


def check_reason(raw: str) -> str:
    """Returns the trimmed reason, or raises BadInput naming the field and the rule."""
    reason = raw.strip()
    problem = text_problem(reason)
    if problem:
        raise BadInput(f"reason {problem}", field="reason")
    if not REASON_MIN <= len(reason) <= REASON_MAX:
        raise BadInput(f"reason must be {REASON_MIN} to {REASON_MAX} characters: say what the "
                       "emergency is and why the treatment must be known", field="reason")
    return reason


def snapshot(row: EmergencyUnblinding, subject: Subject) -> Mapping[str, Any]:
    """The version signed (11.70): everything but the arm (see the module docstring)."""
    return {"record": "emergency_unblinding", "subject_id": row.subject_id,
            "subject": subject_name(subject), "requested_by": row.requested_by,
            "requester_role": row.requester_role, "reason": row.reason,
            "unblinded_at": row.unblinded_at.isoformat()}


def may_request(principal: Principal) -> bool:
    return bool(principal.roles & REQUESTERS)


def unblind(
    session: Session, *, proof: signatures.SignerProof, subject: Subject, reason: str,
    now: datetime, settings: Settings,
) -> EmergencyUnblinding:
    """Breaks the blind for one subject and returns the record, arm included, to its requester."""
    principal = proof.principal
    if not may_request(principal):
        raise Forbidden("Only the investigator (a clinician) breaks the blind in an emergency; "
                        "the coordinator and QA already see the arm.")
    text = check_reason(reason)
    assert subject.id is not None
    slot = randomisation.slot_of(session, subject.id)
    if slot is None:
        raise Conflict(f"Subject {subject_name(subject)} is not in the randomised stage; there "
                       "is no arm to reveal.")
    row = EmergencyUnblinding(
        subject_id=subject.id, requested_by=principal.user_id,
        requested_by_name=principal.printed_name, requester_role=Role.CLINICIAN.value,
        reason=text, arm=slot.arm, signature_id=0, unblinded_at=now)
    signature = signatures.apply(session, proof=proof, meaning=Meaning.UNBLINDED,
                                 entity_type="subject", entity_id=subject.id,
                                 snapshot=snapshot(row, subject), now=now)
    assert signature.id is not None
    row.signature_id = signature.id
    session.add(row)
    session.flush()
    audit.record(session, actor=principal.actor, action="subject.unblinded",
                 entity_type="subject", entity_id=subject.id, now=now, reason=text,
                 data={"unblinding_id": row.id, "requester": principal.printed_name,
                       "requester_user_id": principal.user_id,
                       "role": Role.CLINICIAN.value, "signature_id": signature.id})
    audit.record(session, actor=principal.actor, action="unblinding.arm_revealed",
                 entity_type="subject", entity_id=subject.id, now=now,
                 changes=[Change("arm", None, slot.arm)], data={"unblinding_id": row.id})
    _notify(session, row=row, subject=subject, settings=settings, now=now)
    return row


def _notify(session: Session, *, row: EmergencyUnblinding, subject: Subject,
            settings: Settings, now: datetime) -> None:
    # After the reveal, in the same transaction: a notification can never hold it back.
    trial = trial_config(settings)
    notifications.raise_notification(
        session, key=f"unblinding:{row.id}", kind="unblinding", now=now,
        roles=[Role.COORDINATOR, Role.QA],
        message=(f"{trial.registry_id}: subject {subject_name(subject)} was unblinded in an "
                 f"emergency by {row.requested_by_name}. Reason: {row.reason}"))


@dataclass(frozen=True)
class ShownUnblinding:
    """An emergency unblinding as a reader may see it: the arm or the placeholder."""

    id: int
    unblinded_at: datetime
    requested_by_name: str
    reason: str
    arm: str
    signature: signatures.ShownSignature


def records_of(session: Session, subject: Subject) -> list[EmergencyUnblinding]:
    return list(session.exec(select(EmergencyUnblinding)
                             .where(EmergencyUnblinding.subject_id == subject.id)
                             .order_by(col(EmergencyUnblinding.id))))


def arm_text(code: str, settings: Settings) -> str:
    arm = trial_config(settings).arm(code)
    return f"{arm.name} ({arm.code})"


def shown(session: Session, row: EmergencyUnblinding, subject: Subject, principal: Principal,
          settings: Settings) -> ShownUnblinding:
    """One record for this reader: the arm only through the blinding projection."""
    sig = session.get(Signature, row.signature_id)
    assert sig is not None and row.id is not None
    signer = auth_service.get_user(session, sig.signer_id)
    manifest = signatures.ShownSignature(
        sig.printed_name, signer.username, sig.signed_at, Meaning(sig.meaning),
        signature_rules.signature_status(sig.record_hash, snapshot(row, subject)))
    visible = blinding.sees_arm(principal.roles, user_id=principal.user_id,
                                revealed_to=frozenset({row.requested_by}))
    return ShownUnblinding(row.id, row.unblinded_at, row.requested_by_name, row.reason,
                           arm_text(row.arm, settings) if visible else HIDDEN, manifest)


@dataclass(frozen=True)
class SubjectArm:
    """What the subject page shows about the arm: None outside the randomised stage."""

    arm: str | None
    unblindings: list[ShownUnblinding]
    can_unblind: bool


def subject_arm(session: Session, subject: Subject, principal: Principal,
                settings: Settings) -> SubjectArm:
    """The arm row of the subject page: the arm to unblinded roles and to each requester of
    an emergency unblinding of this subject, the placeholder to every other reader."""
    assert subject.id is not None
    slot = randomisation.slot_of(session, subject.id)
    if slot is None:
        return SubjectArm(None, [], False)
    rows = records_of(session, subject)
    visible = blinding.sees_arm(principal.roles, user_id=principal.user_id,
                                revealed_to=frozenset(r.requested_by for r in rows))
    return SubjectArm(arm_text(slot.arm, settings) if visible else HIDDEN,
                      [shown(session, r, subject, principal, settings) for r in rows],
                      may_request(principal))
