"""Second-person verification and corrections of entries: an entry is never changed; a
correction is a new row with old value, new value, reason, who and when (21 CFR 11.10(e))."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from cellchain.audit import service as audit
from cellchain.audit.chain import canonical_json
from cellchain.audit.service import Actor, Change
from cellchain.bags.models import Bag
from cellchain.batch.definitions import definition_for
from cellchain.batch.entries import (
    corrections_of,
    current_values,
    get_entry,
)
from cellchain.batch.models import (
    EntryCheck,
    EntryCorrection,
    EntryVerification,
)
from cellchain.batch.process import (
    check_entry,
)
from cellchain.config import Settings
from cellchain.deviations import service as deviations
from cellchain.errors import BadInput, Conflict, TransitionBlocked
from cellchain.guarded import guarded_update, read_for_write
from cellchain.labels.data import LabelKind
from cellchain.labels.service import label_data_for
from cellchain.lots.models import Lot
from cellchain.lots.states import CORRECTABLE, VERIFIABLE, LotState


def correct_entry(
    session: Session, *, actor: Actor, lot: Lot, entry_id: int, field: str, new_value: str,
    reason: str, settings: Settings, now: datetime,
) -> EntryCorrection:
    """Corrects one value: the old stays visible (struck through) with who, when and why."""
    read_for_write(session, lot)  # QA cannot decide the lot while its record is corrected
    entry = get_entry(session, lot, entry_id)
    _refuse_if_closed(lot, CORRECTABLE, "corrections")
    if not reason.strip():
        raise BadInput("reason is required for a correction", field="reason")
    step = definition_for(lot, settings).step(entry.step_id)
    spec = step.field(field)
    current = current_values(entry, corrections_of(session, [entry_id]).get(entry_id, []))
    checked = check_entry(step, {**{k: str(v) for k, v in current.items()}, field: new_value},
                          day=None)
    value = checked.values[field]
    if value == current.get(field):
        raise BadInput(f"{spec.label} already is {spec.shown(value)}", field=field)
    correction = EntryCorrection(entry_id=entry_id, field=field,
                                 old_value=canonical_json(current.get(field)),
                                 new_value=canonical_json(value), reason=reason.strip(),
                                 corrected_by=actor.id, corrected_by_name=actor.name,
                                 corrected_at=now)
    session.add(correction)
    session.flush()
    audit.record(session, actor=actor, action="batch.entry_corrected", entity_type="lot",
                 entity_id=lot.id, now=now, reason=reason.strip(),
                 changes=[Change(f"entry {entry_id} {field}", current.get(field), value)])
    new_findings = [f for f in checked.findings if f.startswith(spec.label)]
    verified = session.get(EntryVerification, entry_id)
    if verified is not None:
        # The second person checked the old value: the change goes to QA as a deviation.
        new_findings.insert(0, f"{spec.label} changed from {spec.shown(current.get(field, ''))} "
                               f"to {spec.shown(value)} after {verified.verified_by_name} "
                               "verified the entry")
    if new_findings:
        deviations.open_deviation(session, actor=actor, lot=lot, entry_id=entry_id, now=now,
                                  severity=deviations.Severity.MAJOR,
                                  description=f"Correction of {step.title}: "
                                  + "; ".join(new_findings))
    return correction


def verify_entry(
    session: Session, *, actor: Actor, lot: Lot, entry_id: int, now: datetime,
    settings: Settings, label_scans: list[str] | None = None,
) -> EntryVerification:
    """A second person verifies an entry; for formulation they scan every bag label, which must
    match the record (right lot, every bag once, nothing else)."""
    read_for_write(session, lot)
    _refuse_if_closed(lot, VERIFIABLE, "verifications")
    entry = get_entry(session, lot, entry_id)
    step = definition_for(lot, settings).step(entry.step_id)
    if not step.second_person:
        raise Conflict(f"{step.title} does not need a second person's check.")
    if entry.recorded_by is not None and entry.recorded_by == actor.id:
        raise Conflict("You recorded this entry; a second person must verify it.")
    correctors = {c.corrected_by for c in corrections_of(session, [entry_id]).get(entry_id, [])}
    if actor.id is not None and actor.id in correctors:
        raise Conflict("You corrected this entry; a second person must verify it.")
    check = session.get(EntryCheck, entry_id)
    if check is None or check.checked_at is not None:
        done = session.get(EntryVerification, entry_id)
        by = f" by {done.verified_by_name} at {done.verified_at:%Y-%m-%d %H:%M} UTC" if done else ""
        raise Conflict(f"{step.title} was already verified{by}.")
    note = None
    if step.makes_bags:
        note = _check_labels(session, lot, label_scans or [], settings)
    # The one guarded write: of two people verifying one entry, one verification stands and
    # the other is told whose it is.
    guarded_update(session, check, {"checked_at": now}, expect={"checked_at": None},
                   versioned=False, record=f"{step.title} of lot {lot.din}",
                   audit_entity=("lot", lot.id))
    verification = EntryVerification(entry_id=entry_id, verified_by=actor.id,
                                     verified_by_name=actor.name, verified_at=now, note=note)
    session.add(verification)
    session.flush()
    audit.record(session, actor=actor, action="batch.entry_verified", entity_type="lot",
                 entity_id=lot.id, now=now, data={"entry_id": entry_id, "note": note})
    return verification


def _refuse_if_closed(lot: Lot, open_in: frozenset[LotState], what: str) -> None:
    state = LotState(lot.status)
    if state not in open_in:
        raise Conflict(f"Lot {lot.din} is {state.label}: its record is closed to {what}; "
                       "QA handles a late finding as a deviation.")


def _check_labels(session: Session, lot: Lot, scans: list[str], settings: Settings) -> str:
    from cellchain.isbt128.scan import normalise

    expected = {
        label_data_for(session, LabelKind.BAG, bag.id or 0, settings).label_2d: bag.division
        for bag in session.exec(select(Bag).where(Bag.lot_id == lot.id))
    }
    seen: list[str] = []
    problems = []
    for raw in (s for s in scans if s.strip()):
        text = normalise(raw)
        division = expected.get(text)
        if division is None:
            problems.append(f"label scan {text[:40]!r} is not a bag label of lot {lot.din} as "
                            "recorded; remove that label")
        elif division in seen:
            problems.append(f"bag {division} was scanned twice")
        else:
            seen.append(division)
    missing = sorted(set(expected.values()) - set(seen))
    problems += [f"bag {division} label was not scanned" for division in missing]
    if problems:
        raise TransitionBlocked("The bag labels do not match the record.", problems)
    return f"labels checked: {', '.join(sorted(seen))}"
