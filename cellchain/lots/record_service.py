"""Recording the batch record: planning a lot for manufacture, step entries with their
materials and equipment, second-person verification, corrections and the label check.

Every entry is checked against the lot's own process version; out-of-specification values are
kept, flagged and open a deviation (which holds the lot). Entries are never changed: a
correction is a new row with old value, new value, reason, who and when (21 CFR 11.10(e)).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.chain import canonical_json
from cellchain.audit.service import Actor, Change
from cellchain.auth.principal import Principal
from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.cbu import service as cbu_service
from cellchain.cbu.models import CordBloodUnit
from cellchain.config import Settings
from cellchain.db import get_record
from cellchain.deviations import service as deviations
from cellchain.errors import BadInput, Conflict, TransitionBlocked
from cellchain.identifiers.service import assign_lot_din
from cellchain.labels.data import LabelKind
from cellchain.labels.service import label_data_for, label_settings
from cellchain.lots import service as lots
from cellchain.lots.growth import under_dose
from cellchain.lots.models import Lot
from cellchain.lots.process import (
    ProcessDefinition,
    StepSpec,
    Value,
    check_entry,
    load_process,
    parse_process,
)
from cellchain.lots.record_models import (
    BatchEntry,
    EntryCorrection,
    EntryEquipment,
    EntryMaterial,
    EntryVerification,
)
from cellchain.lots.schedule import Done, DueStep, may_record, next_steps
from cellchain.lots.states import RECORDING, LotState
from cellchain.materials import service as materials
from cellchain.paths import PACKAGE_DIR
from cellchain.qc import service as qc

_PROCESSES_DIR = PACKAGE_DIR / "lots" / "processes"


def current_definition(settings: Settings) -> ProcessDefinition:
    return load_process(settings.process_definition)


def definition_for(lot: Lot, settings: Settings) -> ProcessDefinition:
    """The process version the lot is made under, even after a newer one is configured."""
    configured = current_definition(settings)
    if (lot.process_name, lot.process_version) in (
            (configured.name, configured.version), (None, None)):
        return configured
    shipped = _PROCESSES_DIR / f"{(lot.process_name or '').lower()}-{lot.process_version}.toml"
    if shipped.exists():
        return parse_process(shipped.read_text(encoding="utf-8"))
    raise Conflict(f"Lot {lot.din} is made under process {lot.process_name} "
                   f"v{lot.process_version}, which this installation no longer has.")


def plan_for_manufacture(
    session: Session, *, actor: Actor, cbu_ids: list[int], settings: Settings, now: datetime,
    target_dose_cells: float | None,
) -> Lot:
    """Plans a lot: assigns its DIN, records the process version, links the starting material
    (accepted units only) and marks it consumed."""
    if not cbu_ids:
        raise BadInput("scan the starting material (cord blood unit) first", field="cbu")
    if target_dose_cells is not None and not (
            math.isfinite(target_dose_cells) and 1e6 <= target_dose_cells <= 1e12):
        raise BadInput("target dose must be a number of viable cells between 1e6 and 1e12",
                       field="target_dose")
    units = [get_record(session, CordBloodUnit, cbu_id, "cord blood unit") for cbu_id in cbu_ids]
    refusals = [f"Cord blood unit {u.din} is {u.status}, not accepted by QA"
                for u in units if u.status != "accepted"]
    if refusals:
        raise TransitionBlocked("The lot cannot be planned from this starting material.",
                                refusals)
    autologous = [u for u in units if u.source_type == "autologous_blood"]
    subjects = {u.subject_id for u in autologous}
    if autologous and (len(autologous) != len(units) or len(subjects) != 1):
        raise BadInput("an autologous lot is made from one subject's own material only",
                       field="cbu")
    definition = current_definition(settings)
    din = assign_lot_din(session, fin=settings.fin, now=now, zone=settings.zone)
    lot = lots.plan_lot(session, actor=actor, din=din.text, now=now, parents=units)
    lot.process_name, lot.process_version = definition.name, definition.version
    lot.cell_source = "autologous" if autologous else "allogeneic"
    lot.subject_id = autologous[0].subject_id if autologous else None
    lot.target_dose_cells = target_dose_cells
    session.add(lot)
    for unit in units:
        cbu_service.mark_consumed(session, actor=actor, cbu=unit, lot=lot, now=now)
    audit.record(session, actor=actor, action="lot.process_assigned", entity_type="lot",
                 entity_id=lot.id, now=now,
                 changes=[Change("process", None, f"{definition.name} v{definition.version}"),
                          Change("cell_source", None, lot.cell_source),
                          Change("target_dose_cells", None, target_dose_cells)])
    return lot


def plan_from_scans(
    session: Session, *, principal: Principal, scans: list[str], settings: Settings,
    now: datetime, target_dose_cells: float | None,
) -> Lot:
    """Plans a lot from scanned starting material: each scan must name a cord blood unit."""
    from cellchain.scanning.service import resolve  # scanning reads lots; import late

    cbu_ids = []
    for scan in scans:
        match = resolve(session, scan, principal)
        if match.kind != "cbu":
            raise BadInput(f"{match.title} is not starting material; scan the cord blood "
                           "unit's receipt label", field="material")
        cbu_ids.append(match.id)
    return plan_for_manufacture(session, actor=principal.actor, cbu_ids=cbu_ids,
                                settings=settings, now=now, target_dose_cells=target_dose_cells)


def entries_of(session: Session, lot_id: int) -> list[BatchEntry]:
    return list(session.exec(select(BatchEntry).where(BatchEntry.lot_id == lot_id)
                             .order_by(col(BatchEntry.id))))


def corrections_of(session: Session, entry_ids: list[int]) -> dict[int, list[EntryCorrection]]:
    rows = session.exec(select(EntryCorrection).where(col(EntryCorrection.entry_id).in_(
        entry_ids)).order_by(col(EntryCorrection.id))).all()
    found: dict[int, list[EntryCorrection]] = {}
    for row in rows:
        found.setdefault(row.entry_id, []).append(row)
    return found


def current_values(entry: BatchEntry, corrections: list[EntryCorrection]) -> dict[str, Any]:
    """The entry's values with every correction applied, in order."""
    values: dict[str, Any] = json.loads(entry.values)
    for correction in corrections:
        values[correction.field] = json.loads(correction.new_value)
    return values


def culture_day(lot: Lot, now: datetime, settings: Settings) -> int | None:
    if lot.activated_at is None:
        return None
    zone = settings.zone
    return (now.astimezone(zone).date() - lot.activated_at.astimezone(zone).date()).days


def due_steps(session: Session, lot: Lot, settings: Settings, now: datetime) -> list[DueStep]:
    if LotState(lot.status) not in RECORDING:
        return []
    done = [Done(e.step_id, e.day) for e in entries_of(session, lot.id or 0)]
    return next_steps(definition_for(lot, settings), done, today=culture_day(lot, now, settings))


@dataclass(frozen=True)
class Recorded:
    entry: BatchEntry
    findings: list[str]
    deviation_number: str | None


def record_step(
    session: Session, *, actor: Actor, lot: Lot, step_id: str, raw_values: dict[str, str],
    material_codes: list[str], asset_numbers: list[str], settings: Settings, now: datetime,
) -> Recorded:
    """Records one step of the lot's process (see module docstring)."""
    state = LotState(lot.status)
    if state not in RECORDING:
        raise Conflict(f"Lot {lot.din} is {state.label}: no steps can be recorded"
                       + (" until QA closes its deviations and lifts the hold."
                          if state == LotState.ON_HOLD else "."))
    definition = definition_for(lot, settings)
    day = culture_day(lot, now, settings)
    done = [Done(e.step_id, e.day) for e in entries_of(session, lot.id or 0)]
    step = may_record(definition, done, step_id, today=day)
    if step is None:
        upcoming = ", ".join(d.step.title for d in next_steps(definition, done, today=day))
        raise Conflict(f"{definition.step(step_id).title} is not next for lot {lot.din}; "
                       f"record {upcoming or 'nothing more'} first.")
    if step.id == "activation":
        day = 0
    checked = check_entry(step, raw_values, day=day)
    used_materials, used_equipment = _gate(session, step, material_codes, asset_numbers,
                                           now, settings)
    findings = list(checked.findings)
    if step.makes_bags:
        findings += _formulation_findings(session, lot, checked.values, settings, now)
    entry = BatchEntry(lot_id=lot.id or 0, step_id=step.id, day=day,
                       values=canonical_json(checked.values), findings=canonical_json(findings),
                       recorded_by=actor.id, recorded_by_name=actor.name, recorded_at=now)
    session.add(entry)
    session.flush()
    for material in used_materials:
        session.add(EntryMaterial(entry_id=entry.id or 0, material_lot_id=material.id or 0))
    for equipment in used_equipment:
        session.add(EntryEquipment(entry_id=entry.id or 0, equipment_id=equipment.id or 0))
    audit.record(session, actor=actor, action="batch.step_recorded", entity_type="lot",
                 entity_id=lot.id, now=now,
                 data={"entry_id": entry.id, "step": step.id, "day": day,
                       "values": checked.values, "findings": findings,
                       "materials": [m.code for m in used_materials],
                       "equipment": [e.asset_number for e in used_equipment]})
    _apply_effects(session, actor, lot, step, checked.values, settings, now)
    number = None
    if findings:
        deviation = deviations.open_deviation(
            session, actor=actor, lot=lot, entry_id=entry.id, now=now,
            severity=deviations.Severity.MAJOR,
            description=f"{step.title} (day {day}): " + "; ".join(findings))
        number = deviation.number
    return Recorded(entry=entry, findings=findings, deviation_number=number)


def _gate(
    session: Session, step: StepSpec, material_codes: list[str], asset_numbers: list[str],
    now: datetime, settings: Settings,
) -> tuple[list[Any], list[Any]]:
    """Materials and equipment scanned for the step: each usable (DESIGN §4.3), and every kind
    the step needs present."""
    today = now.astimezone(settings.zone).date()
    used_materials, used_equipment = materials.resolve_for_step(
        session, material_codes=[c for c in material_codes if c.strip()],
        asset_numbers=[a for a in asset_numbers if a.strip()], today=today)
    missing = [f"{step.title} needs a scanned {kind.replace('_', ' ')} lot"
               for kind in step.materials if kind not in {m.kind for m in used_materials}]
    missing += [f"{step.title} needs scanned {kind.replace('_', ' ')} equipment"
                for kind in step.equipment if kind not in {e.kind for e in used_equipment}]
    if missing:
        raise TransitionBlocked("Scan the missing materials and equipment.", missing)
    return used_materials, used_equipment


def _formulation_findings(
    session: Session, lot: Lot, values: dict[str, Value], settings: Settings, now: datetime
) -> list[str]:
    harvest = [e for e in entries_of(session, lot.id or 0) if e.step_id == "harvest"]
    corrections = corrections_of(session, [e.id or 0 for e in harvest])
    harvested = float(current_values(harvest[-1], corrections.get(harvest[-1].id or 0, []))
                      ["viable_cells"]) if harvest else 0.0
    needed = float(values["cells_per_bag"]) * int(values["bag_count"])
    if needed > harvested:
        raise BadInput(f"{values['bag_count']} bags of {float(values['cells_per_bag']):.3e} "
                       f"cells need {needed:.3e} viable cells; the harvest recorded "
                       f"{harvested:.3e}", field="cells_per_bag")
    finding = under_dose(float(values["cells_per_bag"]), lot.target_dose_cells)
    return [finding] if finding else []


def _apply_effects(
    session: Session, actor: Actor, lot: Lot, step: StepSpec, values: dict[str, Value],
    settings: Settings, now: datetime,
) -> None:
    if step.enters_state is not None:
        lots.transition(session, actor=actor, lot=lot, target=LotState(step.enters_state),
                        now=now)
    for test in step.draws_samples:
        qc.draw_sample(session, actor=actor, lot=lot, test=test, now=now)
    if step.makes_bags:
        wording = label_settings(settings)
        collection = wording.autologous_collection_type if lot.cell_source == "autologous" \
            else wording.allogeneic_collection_type
        bags.create_bags(session, actor=actor, lot=lot, count=int(values["bag_count"]),
                         pdc=wording.pdc, collection_type=collection,
                         expires_at=now + timedelta(hours=float(values["expiry_hours"])),
                         now=now)


def get_entry(session: Session, lot: Lot, entry_id: int) -> BatchEntry:
    entry = get_record(session, BatchEntry, entry_id, "batch record entry")
    if entry.lot_id != lot.id:
        raise BadInput(f"entry {entry_id} belongs to another lot", field="entry")
    return entry


def correct_entry(
    session: Session, *, actor: Actor, lot: Lot, entry_id: int, field: str, new_value: str,
    reason: str, settings: Settings, now: datetime,
) -> EntryCorrection:
    """Corrects one value: the old stays visible (struck through) with who, when and why."""
    entry = get_entry(session, lot, entry_id)
    state = LotState(lot.status)
    if state not in RECORDING and state != LotState.ON_HOLD:
        raise Conflict(f"Lot {lot.din} is {state.label}: its record is closed to corrections; "
                       "QA handles a late finding as a deviation.")
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
    entry = get_entry(session, lot, entry_id)
    step = definition_for(lot, settings).step(entry.step_id)
    if not step.second_person:
        raise Conflict(f"{step.title} does not need a second person's check.")
    if entry.recorded_by is not None and entry.recorded_by == actor.id:
        raise Conflict("You recorded this entry; a second person must verify it.")
    correctors = {c.corrected_by for c in corrections_of(session, [entry_id]).get(entry_id, [])}
    if actor.id is not None and actor.id in correctors:
        raise Conflict("You corrected this entry; a second person must verify it.")
    if session.get(EntryVerification, entry_id) is not None:
        raise Conflict(f"{step.title} was already verified.")
    note = None
    if step.makes_bags:
        note = _check_labels(session, lot, label_scans or [], settings)
    verification = EntryVerification(entry_id=entry_id, verified_by=actor.id,
                                     verified_by_name=actor.name, verified_at=now, note=note)
    session.add(verification)
    session.flush()
    audit.record(session, actor=actor, action="batch.entry_verified", entity_type="lot",
                 entity_id=lot.id, now=now, data={"entry_id": entry_id, "note": note})
    return verification


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


def bag_lot_id(session: Session, bag_id: int) -> int:
    return get_record(session, Bag, bag_id, "bag").lot_id
