"""Recording an infusion (DESIGN §4.1 hard stop; domain §6.3 steps 3-6): only after a GO for
that exact bag and subject, confirmed by a second clinician, within the configured window.

The bag's move to ``infused`` is the guarded write (compare-and-swap on its status), and the
infusion table holds one row per bag and per verification: two tablets recording the same bag
at once give one infusion and one clear refusal.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus, is_expired
from cellchain.bedside import infusion_rules as rules
from cellchain.bedside import service as bedside
from cellchain.bedside.models import BedsideVerification, Infusion, VitalSign
from cellchain.bedside.settings import bedside_settings
from cellchain.config import Settings
from cellchain.errors import Conflict, InvalidFields
from cellchain.guarded import guarded_update, read_for_write
from cellchain.lots.models import Lot
from cellchain.trial.models import Subject
from cellchain.trial.rules import SubjectStatus, check_subject_move


def ready_for_infusion(session: Session, verification: BedsideVerification,
                       settings: Settings, now: datetime) -> str:
    """Returns why this verification does not open an infusion record ("" when it does)."""
    if verification.verdict != "go":
        return "This check was a STOP: nothing may be infused after it."
    if bedside.confirmation_of(session, verification.id or 0) is None:
        return "A second clinician has not yet confirmed this check."
    if session.exec(select(Infusion.id).where(
            Infusion.verification_id == verification.id)).first() is not None:
        return "The infusion after this check is already recorded."
    if not bedside.still_valid(verification, settings, now):
        return (f"This GO is more than {bedside_settings(settings).valid_minutes} minutes old; "
                "scan the wristband and the bag again.")
    return ""


def record_infusion(
    session: Session, *, actor: Actor, verification: BedsideVerification,
    entry: rules.InfusionEntry, vitals: Sequence[rules.VitalsEntry], note: str,
    settings: Settings, now: datetime,
) -> Infusion:
    refusal = ready_for_infusion(session, verification, settings, now)
    # Started within the window counts, even if the record is written after it closed.
    if refusal and not refusal.startswith("This GO is more than"):
        raise Conflict(refusal)
    config = bedside_settings(settings)
    problems = rules.window_problems(
        verified_at=verification.verified_at, started_at=entry.started_at,
        stopped_at=entry.stopped_at, valid_minutes=config.valid_minutes, now=now)
    numbers, volume, grade = rules.infusion_problems(entry)
    vital_problems, kept = rules.vitals_problems(
        vitals, schedule=config.vitals, started_at=entry.started_at,
        stopped_at=entry.stopped_at, now=now)
    problems |= numbers | vital_problems
    if problems:
        raise InvalidFields(problems)
    assert verification.bag_id is not None and verification.subject_id is not None
    bag = bags.get_bag(session, verification.bag_id)
    lot = session.get(Lot, bag.lot_id)
    assert lot is not None
    if is_expired(bag.expires_at, entry.started_at):
        raise Conflict("The bag had expired when the infusion started; it cannot be recorded "
                       "as infused.", field="started_at")
    # The guarded move refuses a bag that left the ward since the GO (recalled, quarantined by
    # a late result or an excursion, infused by another tablet).
    bags.move(session, actor=actor, bag=bag, lot=lot, target=BagStatus.INFUSED, now=now,
              reason=f"infusion after bedside check {verification.id}")
    infusion = Infusion(
        bag_id=bag.id or 0, subject_id=verification.subject_id,
        verification_id=verification.id or 0, started_at=entry.started_at,
        stopped_at=entry.stopped_at, volume_ml=volume, reaction_grade=grade,
        ctcae_version=config.ctcae_version, note=note.strip() or None,
        recorded_by=actor.id or 0, recorded_by_name=actor.name, recorded_at=now)
    session.add(infusion)
    session.flush()
    _store_vitals(session, infusion, kept)
    audit.record(session, actor=actor, action="infusion.recorded", entity_type="infusion",
                 entity_id=infusion.id, now=now, changes=[
                     Change("bag_id", None, bag.id), Change("subject_id", None,
                                                            infusion.subject_id),
                     Change("started_at", None, entry.started_at.isoformat()),
                     Change("stopped_at", None, entry.stopped_at.isoformat()),
                     Change("volume_ml", None, volume),
                     Change("reaction_grade", None, grade),
                     Change("vital_signs", None, ", ".join(e.timepoint for e, _ in kept))])
    _start_treatment(session, actor=actor, subject_id=infusion.subject_id, now=now)
    return infusion


def add_vital_signs(
    session: Session, *, actor: Actor, infusion: Infusion,
    vitals: Sequence[rules.VitalsEntry], settings: Settings, now: datetime,
) -> list[VitalSign]:
    """Vital signs taken after the record was written (e.g. 30 and 60 min after the end).
    A time point is recorded once: checked under the lock another entry of it holds until it
    commits (two nurses entering the 30-minute vitals at once)."""
    read_for_write(session)
    have = set(session.exec(select(VitalSign.timepoint)
                            .where(VitalSign.infusion_id == infusion.id)))
    again = sorted({e.timepoint for e in vitals} & have)
    if again:
        raise InvalidFields({f"vitals-{t}": f"{rules.timepoint_label(t)}: already recorded"
                             for t in again})
    problems, kept = rules.vitals_problems(
        vitals, schedule=bedside_settings(settings).vitals, started_at=infusion.started_at,
        stopped_at=infusion.stopped_at, now=now, required=())
    if problems:
        raise InvalidFields(problems)
    if not kept:
        raise InvalidFields({"vitals": "vital signs: enter at least one time point"})
    rows = _store_vitals(session, infusion, kept)
    audit.record(session, actor=actor, action="infusion.vitals_added", entity_type="infusion",
                 entity_id=infusion.id, now=now,
                 changes=[Change("vital_signs", None, ", ".join(e.timepoint for e, _ in kept))])
    return rows


def _store_vitals(session: Session, infusion: Infusion,
                  kept: list[tuple[rules.VitalsEntry, dict[str, float]]]) -> list[VitalSign]:
    rows = []
    for entry, values in kept:
        assert entry.taken_at is not None
        row = VitalSign(infusion_id=infusion.id or 0, timepoint=entry.timepoint,
                        taken_at=entry.taken_at, temperature_c=values["temperature_c"],
                        heart_rate=int(values["heart_rate"]), systolic=int(values["systolic"]),
                        diastolic=int(values["diastolic"]),
                        respiratory_rate=int(values["respiratory_rate"]),
                        spo2=int(values["spo2"]))
        session.add(row)
        rows.append(row)
    session.flush()
    return rows


def _start_treatment(session: Session, *, actor: Actor, subject_id: int, now: datetime) -> None:
    """An enrolled subject's first infusion puts them on treatment (DESIGN §3)."""
    subject = session.get(Subject, subject_id)
    assert subject is not None
    if subject.status != SubjectStatus.ENROLLED:
        return
    label = f"Subject {subject.subject_number}"
    check_subject_move(label, SubjectStatus.ENROLLED, SubjectStatus.ON_TREATMENT)
    guarded_update(session, subject, {"status": SubjectStatus.ON_TREATMENT.value},
                   expect={"status": SubjectStatus.ENROLLED.value}, versioned=False,
                   record=label, audit_entity=("subject", subject_id))
    audit.record(session, actor=actor, action="subject.status_changed", entity_type="subject",
                 entity_id=subject_id, now=now, reason="first infusion",
                 changes=[Change("status", SubjectStatus.ENROLLED.value,
                                 SubjectStatus.ON_TREATMENT.value)])


def infusions_of_subject(session: Session, subject_id: int) -> list[Infusion]:
    return list(session.exec(select(Infusion).where(Infusion.subject_id == subject_id)
                             .order_by(col(Infusion.started_at))))


def vitals_of(session: Session, infusion_id: int) -> list[VitalSign]:
    return list(session.exec(select(VitalSign).where(VitalSign.infusion_id == infusion_id)
                             .order_by(col(VitalSign.taken_at))))


def bag_of(session: Session, infusion: Infusion) -> Bag:
    return bags.get_bag(session, infusion.bag_id)
