"""QA's release decision on a lot: the facts the gate reads, the recorded review of the lot's
audit trail, and the signed decision itself (DESIGN §4.2, §4.5). Never commits.

The decision is one guarded status write (two QA users releasing at once: one release, one
signature; the loser is told who decided first) and an e-signature bound to a snapshot of what
was released: the batch record's current values, the QC results and the deviations. A later
change to any of them shows the signature as superseded (21 CFR 11.70).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, func, select

from cellchain.audit import service as audit
from cellchain.audit.models import AuditEvent
from cellchain.auth.models import User
from cellchain.batch import definitions
from cellchain.batch import entries as batch_entries
from cellchain.batch.models import EntryEquipment, EntryMaterial, EntryVerification
from cellchain.config import Settings
from cellchain.deviations.models import Deviation
from cellchain.display import din_text
from cellchain.equipment.models import Equipment
from cellchain.errors import BadInput, TransitionBlocked
from cellchain.guarded import refuse_if_changed
from cellchain.lots import service as lots
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.materials.models import MaterialLot
from cellchain.qc import outcomes as qc_outcomes
from cellchain.qc.models import QcResult, QcResultReview
from cellchain.qc.outcomes import QcOutcome
from cellchain.release.rules import Blocker, Decision, ReleaseFacts, blockers, pending_tests
from cellchain.signatures import service as signatures
from cellchain.signatures.models import Signature
from cellchain.signatures.rules import Meaning, signature_status

AUDIT_REVIEWED = "lot.audit_trail_reviewed"
DECIDED = "release.decided"
MEANINGS = {Decision.RELEASED: Meaning.RELEASED,
            Decision.CONDITIONALLY_RELEASED: Meaning.CONDITIONALLY_RELEASED,
            Decision.REJECTED: Meaning.REJECTED}


def trail_head(session: Session, lot_id: int) -> int:
    """The last event of the lot's own trail, its reviews aside."""
    head = session.exec(select(func.max(AuditEvent.seq)).where(
        AuditEvent.entity_type == "lot", AuditEvent.entity_id == str(lot_id),
        AuditEvent.action != AUDIT_REVIEWED)).one()
    return int(head or 0)


def audit_trail_reviewed(session: Session, lot_id: int) -> bool:
    """True when a recorded review covers every event of the lot's trail."""
    head = trail_head(session, lot_id)
    reviews = session.exec(select(AuditEvent.data).where(
        AuditEvent.entity_type == "lot", AuditEvent.entity_id == str(lot_id),
        AuditEvent.action == AUDIT_REVIEWED)).all()
    return any(int(json.loads(data or "{}").get("through_seq", 0)) >= head for data in reviews)


def review_audit_trail(
    session: Session, *, actor: audit.Actor, lot: Lot, through_seq: int, now: datetime
) -> None:
    """Records that ``actor`` read the lot's audit trail up to event ``through_seq`` (the page
    they read names it, so a change made meanwhile is not covered)."""
    head = trail_head(session, lot.id or 0)
    if through_seq < head:
        raise BadInput(f"the lot's audit trail changed while you were reading it (now up to "
                       f"event {head}); read it again", field="through_seq")
    audit.record(session, actor=actor, action=AUDIT_REVIEWED, entity_type="lot",
                 entity_id=lot.id, now=now, data={"through_seq": head})


def facts_for(
    session: Session, lot: Lot, settings: Settings, *, signer_id: int | None
) -> ReleaseFacts:
    """Everything the release gate reads about one lot, for one would-be signer."""
    lot_id = lot.id or 0
    definition = definitions.definition_for(lot, settings)
    entries = batch_entries.entries_of(session, lot_id)
    ids = [e.id or 0 for e in entries]
    done = {e.step_id for e in entries}
    verified = {v.entry_id: v for v in session.exec(
        select(EntryVerification).where(col(EntryVerification.entry_id).in_(ids)))}
    corrections = batch_entries.corrections_of(session, ids)
    unverified = []
    for entry in entries:
        step = definition.step(entry.step_id)
        check = verified.get(entry.id or 0)
        later = any(check is not None and c.corrected_at > check.verified_at
                    for c in corrections.get(entry.id or 0, []))
        if step.second_person and (check is None or later):
            unverified.append(f"{step.title} (day {entry.day})")
    participants = {e.recorded_by for e in entries} | {
        v.verified_by for v in verified.values()} | {
        c.corrected_by for cs in corrections.values() for c in cs}
    qc = qc_outcomes.outcomes_for_lot(session, lot, settings)
    return ReleaseFacts(
        din=din_text(lot.din), state=LotState(lot.status),
        steps_missing=[s.title for s in definition.steps
                       if s.repeat_every_days is None and s.id not in done],
        unverified=unverified, qc=qc,
        open_deviations=list(session.exec(select(Deviation.number).where(
            Deviation.lot_id == lot_id, Deviation.status == "open"))),
        unusable_materials=_unusable_materials(session, ids),
        overdue_equipment=_overdue_equipment(session, ids),
        participants=frozenset(p for p in participants | _qc_people(session, lot_id)
                               if p is not None),
        signer_id=signer_id, audit_trail_reviewed=audit_trail_reviewed(session, lot_id))


def _qc_people(session: Session, lot_id: int) -> set[int | None]:
    """Who entered, corrected or reviewed a QC result of the lot: they took part in it."""
    entered = session.exec(select(QcResult.recorded_by).where(QcResult.lot_id == lot_id))
    reviewed = session.exec(
        select(QcResultReview.reviewed_by)
        .join(QcResult, col(QcResult.id) == col(QcResultReview.result_id))
        .where(QcResult.lot_id == lot_id))
    return set(entered) | set(reviewed)


def _unusable_materials(session: Session, entry_ids: list[int]) -> list[str]:
    """Materials used by the lot that QA has since rejected, or that were past their expiry
    on the day they were used (the step gate refuses both; this catches what came after)."""
    rows = session.exec(
        select(MaterialLot, func.min(EntryMaterial.entry_id))
        .join(EntryMaterial, col(EntryMaterial.material_lot_id) == col(MaterialLot.id))
        .where(col(EntryMaterial.entry_id).in_(entry_ids)).group_by(col(MaterialLot.id))).all()
    return [f"Material lot {m.code} ({m.name}) used by this lot is {m.status}."
            for m, _ in rows if m.status != "released"]


def _overdue_equipment(session: Session, entry_ids: list[int]) -> list[str]:
    """Equipment used by the lot that is now out of service (found faulty after use)."""
    rows = session.exec(
        select(Equipment).join(EntryEquipment, col(EntryEquipment.equipment_id)
                               == col(Equipment.id))
        .where(col(EntryEquipment.entry_id).in_(entry_ids)).distinct()).all()
    return [f"Equipment {e.asset_number} ({e.name}) used by this lot has been taken out of "
            "service." for e in rows if not e.in_service]


def check(session: Session, lot: Lot, settings: Settings, decision: Decision,
          *, signer_id: int | None) -> list[Blocker]:
    return blockers(facts_for(session, lot, settings, signer_id=signer_id), decision)


def snapshot(session: Session, lot: Lot, decision: Decision, pending: list[str],
             qc: list[QcOutcome]) -> dict[str, Any]:
    """What a release signature covers: the lot, the decision, the batch record's current
    values, the QC results and the deviations, as they stand."""
    lot_id = lot.id or 0
    entries = batch_entries.entries_of(session, lot_id)
    corrections = batch_entries.corrections_of(session, [e.id or 0 for e in entries])
    return {
        "lot": lot.din, "decision": decision.value, "pending_tests": pending,
        "entries": [[e.id, e.step_id, batch_entries.current_values(
            e, corrections.get(e.id or 0, []))] for e in entries],
        "qc": [[o.test_id, o.status.value, o.result] for o in qc],
        "deviations": [[d.number, d.status] for d in session.exec(
            select(Deviation).where(Deviation.lot_id == lot_id).order_by(col(Deviation.id)))],
    }


def decide(
    session: Session, *, proof: signatures.SignerProof, lot: Lot, decision: Decision,
    reason: str, settings: Settings, now: datetime,
) -> Signature:
    """QA's signed release, conditional release or rejection; refused with every blocker."""
    actor = proof.principal.actor
    refuse_if_changed(session, lot, record=f"Lot {din_text(lot.din)}",
                      audit_entity=("lot", lot.id))
    facts = facts_for(session, lot, settings, signer_id=actor.id)
    found = blockers(facts, decision)
    if found:
        raise TransitionBlocked(f"Lot {facts.din} cannot be {decision.label} now.",
                                [b.message for b in found])
    pending = pending_tests(facts.qc) if decision == Decision.CONDITIONALLY_RELEASED else []
    lots.transition(session, actor=actor, lot=lot, target=LotState(decision.value), now=now,
                    reason=reason.strip() or None, gate=lots.RELEASE_GATE)
    signature = signatures.apply(session, proof=proof, meaning=MEANINGS[decision],
                                 entity_type="lot", entity_id=lot.id,
                                 snapshot=snapshot(session, lot, decision, pending,
                                                   list(facts.qc)), now=now)
    audit.record(session, actor=actor, action=DECIDED, entity_type="lot", entity_id=lot.id,
                 now=now, reason=reason.strip() or None,
                 data={"decision": decision.value, "pending_tests": pending,
                       "signature_seq": signature.audit_seq})
    return signature


@dataclass(frozen=True)
class ShownRelease:
    """The lot's latest release decision as every rendering shows it (11.50(b))."""

    decision: Decision
    meaning: str  # the statement signed
    signed_by: str  # printed name
    signer_user_id: str
    signed_at: datetime
    pending_tests: list[str]
    status: str  # valid | superseded (the record changed after signing)


def release_of(session: Session, lot: Lot, settings: Settings) -> ShownRelease | None:
    row = session.exec(
        select(AuditEvent).where(AuditEvent.entity_type == "lot",
                                 AuditEvent.entity_id == str(lot.id),
                                 AuditEvent.action == DECIDED)
        .order_by(col(AuditEvent.seq).desc()).limit(1)).first()
    if row is None:
        return None
    data = json.loads(row.data or "{}")
    signed = session.exec(select(Signature, User.username)
                          .join(User, col(User.id) == col(Signature.signer_id))
                          .where(Signature.audit_seq == data["signature_seq"])).one()
    signature, username = signed
    decision = Decision(data["decision"])
    current = snapshot(session, lot, decision, list(data["pending_tests"]),
                       qc_outcomes.outcomes_for_lot(session, lot, settings))
    return ShownRelease(
        decision=decision, meaning=Meaning(signature.meaning).statement,
        signed_by=signature.printed_name, signer_user_id=username,
        signed_at=signature.signed_at, pending_tests=list(data["pending_tests"]),
        status=signature_status(signature.record_hash, current))
