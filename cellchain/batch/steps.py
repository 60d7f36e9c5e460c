"""Recording a manufacturing step: the lot's state, order and window, materials and equipment
(the step gate), values against the process, and the effects (state, samples, bags).
Out-of-specification values are kept, flagged and open a deviation (which holds the lot)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from cellchain.audit import service as audit
from cellchain.audit.chain import canonical_json
from cellchain.audit.service import Actor
from cellchain.bags import service as bags
from cellchain.batch.definitions import definition_for
from cellchain.batch.entries import (
    corrections_of,
    culture_day,
    current_values,
    entries_of,
)
from cellchain.batch.growth import under_dose
from cellchain.batch.models import (
    BatchEntry,
    EntryCheck,
    EntryEquipment,
    EntryMaterial,
)
from cellchain.batch.process import (
    StepSpec,
    Value,
    check_entry,
    outside_window,
    window_warning,
)
from cellchain.batch.schedule import Done, may_record, next_steps
from cellchain.config import Settings
from cellchain.deviations import service as deviations
from cellchain.display import scientific
from cellchain.equipment.rules import equipment_kind_label
from cellchain.errors import BadInput, Conflict, TransitionBlocked
from cellchain.guarded import read_for_write
from cellchain.labels.service import label_settings
from cellchain.lots import service as lots
from cellchain.lots.models import Lot
from cellchain.lots.states import RECORDING, LotState
from cellchain.materials import service as materials
from cellchain.materials.rules import material_kind_label
from cellchain.qc import service as qc
from cellchain.trial.configuration import trial_config


@dataclass(frozen=True)
class Recorded:
    entry: BatchEntry
    findings: list[str]
    deviation_number: str | None


def record_step(
    session: Session, *, actor: Actor, lot: Lot, step_id: str, raw_values: dict[str, str],
    material_codes: list[str], asset_numbers: list[str], settings: Settings, now: datetime,
    outside_window_confirmed: bool = False,
) -> Recorded:
    """Records one step of the lot's process (see module docstring). A step outside its
    window is refused unless the technician confirmed it: it opens a deviation and holds the
    lot, which nobody should learn only afterwards."""
    read_for_write(session, lot)  # QA cannot hold or decide the lot while the step is recorded
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
    if starts_clock(step):
        day = 0
    if day is not None and outside_window(step, day) and not outside_window_confirmed:
        raise BadInput(window_warning(step, day), field="outside_window")
    checked = check_entry(step, raw_values, day=day)
    used_materials, used_equipment = _gate(session, step, material_codes, asset_numbers,
                                           now, settings)
    findings = list(checked.findings)
    if step.makes_bags and "cells_per_bag" in checked.values:  # a placebo has no cells
        findings += _formulation_findings(session, lot, checked.values, settings, now)
    entry = BatchEntry(lot_id=lot.id or 0, step_id=step.id, day=day,
                       values=canonical_json(checked.values), findings=canonical_json(findings),
                       recorded_by=actor.id, recorded_by_name=actor.name, recorded_at=now)
    session.add(entry)
    session.flush()
    if step.second_person:  # open until a second person verifies it (cellchain.batch.checks)
        session.add(EntryCheck(id=entry.id or 0))
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
    missing = [f"{step.title} needs a scanned {material_kind_label(kind)} lot"
               for kind in step.materials if kind not in {m.kind for m in used_materials}]
    missing += [f"{step.title} needs a scanned {equipment_kind_label(kind).lower()}"
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
        raise BadInput(f"{values['bag_count']} bags of {scientific(float(values['cells_per_bag']))}"
                       f" cells need {scientific(needed)} viable cells; the harvest recorded "
                       f"{scientific(harvested)}", field="cells_per_bag")
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
        collection = wording.autologous_collection_type \
            if _cell_source(lot, settings) == "autologous" else wording.allogeneic_collection_type
        # A randomised-stage lot (RAK or placebo) makes kits: kit-numbered bags under the
        # trial's one clinical-trial code, so the two arms' labels match (issue 12 item 4).
        kits = lot.lot_type is not None
        bags.create_bags(session, actor=actor, lot=lot, count=int(values["bag_count"]),
                         pdc=trial_config(settings).kit_pdc if kits else wording.pdc,
                         collection_type=collection,
                         expires_at=now + timedelta(hours=float(values["expiry_hours"])),
                         now=now, blinded=kits)


def starts_clock(step: StepSpec) -> bool:
    """The step that activates the lot is day 0 (RAK: activation; placebo: vehicle
    preparation, which enters the same state, processes/placebo-1.toml)."""
    return step.enters_state == LotState.ACTIVATED.value


def _cell_source(lot: Lot, settings: Settings) -> str | None:
    """A placebo lot has no cells; its kits carry the collection type the trial's RAK kits
    carry (its configured cell source), so the two arms' labels match (issue 12 item 4)."""
    if lot.cell_source is None and lot.lot_type is not None:
        return "autologous" if trial_config(settings).cell_source == "autologous_pbmc" \
            else "allogeneic"
    return lot.cell_source
