"""The batch record as shown on the lot page, the printable record and its PDF: one view
model, so every rendering shows the same entries, corrections, deviations and signatures."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session, col, select

from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.batch import definitions
from cellchain.batch import entries as batch_entries
from cellchain.batch.growth import Growth, dose_fraction, growth, growth_chart_svg
from cellchain.batch.models import (
    EntryCorrection,
    EntryEquipment,
    EntryMaterial,
    EntryVerification,
)
from cellchain.batch.process import ProcessDefinition
from cellchain.batch.schedule import Done, DueStep
from cellchain.cbu.models import CordBloodUnit
from cellchain.config import Settings
from cellchain.deviations import service as deviation_service
from cellchain.deviations.models import Deviation
from cellchain.equipment.models import Equipment
from cellchain.isbt128.din import Din, DinScan, parse_din_text
from cellchain.lots import service as lots
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.materials.models import MaterialLot
from cellchain.qc.models import QcSample
from cellchain.signatures import service as signatures


@dataclass(frozen=True)
class ShownCorrection:
    old: str
    new: str
    reason: str
    by: str
    at: datetime


@dataclass(frozen=True)
class ShownValue:
    name: str
    label: str
    original: str
    current: str
    corrections: list[ShownCorrection]


@dataclass(frozen=True)
class ShownEntry:
    id: int
    step_id: str
    title: str
    day: int | None
    values: list[ShownValue]
    findings: list[str]
    materials: list[str]
    equipment: list[str]
    recorded_by: str
    recorded_at: datetime
    needs_second_person: bool
    verified: EntryVerification | None
    makes_bags: bool
    # A value was corrected after the second person verified the entry.
    verification_superseded: bool = False


@dataclass(frozen=True)
class ShownDeviation:
    deviation: Deviation
    signatures: list[signatures.ShownSignature]


@dataclass(frozen=True)
class LotRecord:
    lot: Lot
    definition: ProcessDefinition
    parents: list[CordBloodUnit]
    entries: list[ShownEntry]
    deviations: list[ShownDeviation]
    growth: Growth
    chart_svg: str
    due: list[DueStep]
    bags: list[Bag]
    samples: list[QcSample]
    day: int | None
    open_deviations: int = field(default=0)

    @property
    def state(self) -> LotState:
        return LotState(self.lot.status)

    @property
    def held_from(self) -> LotState | None:
        return LotState(self.lot.held_from) if self.lot.held_from else None

    @property
    def din(self) -> Din:
        return parse_din_text(self.lot.din)

    @property
    def din_barcode(self) -> str:
        """DS001 as the bag labels encode it: the Type 3 flag lets a scan check the DIN."""
        return DinScan(din=self.din, flags=self.din.check_flag()).text

    @property
    def parent_dins(self) -> list[tuple[CordBloodUnit, Din]]:
        return [(cbu, parse_din_text(cbu.din)) for cbu in self.parents]

    @property
    def dose_fraction(self) -> float | None:
        return dose_fraction(self.growth.cells_per_bag, self.lot.target_dose_cells)

    def bag_status(self, bag: Bag) -> str:
        """A bag's status in words, as a person reads it (never the stored value)."""
        return BagStatus(bag.status).label


def lot_record(session: Session, lot: Lot, settings: Settings, now: datetime) -> LotRecord:
    lot_id = lot.id or 0
    definition = definitions.definition_for(lot, settings)
    entries = batch_entries.entries_of(session, lot_id)
    ids = [e.id or 0 for e in entries]
    corrections = batch_entries.corrections_of(session, ids)
    materials, equipment = _used(session, ids)
    verified = {v.entry_id: v for v in session.exec(
        select(EntryVerification).where(col(EntryVerification.entry_id).in_(ids)))}
    shown = []
    for entry in entries:
        step = definition.step(entry.step_id)
        original = json.loads(entry.values)
        current = batch_entries.current_values(entry, corrections.get(entry.id or 0, []))
        values = []
        for spec in step.fields:
            history = [c for c in corrections.get(entry.id or 0, []) if c.field == spec.name]
            values.append(ShownValue(
                spec.name, spec.label, spec.shown(original.get(spec.name, "")),
                spec.shown(current.get(spec.name, "")),
                [ShownCorrection(spec.shown(json.loads(c.old_value)),
                                 spec.shown(json.loads(c.new_value)), c.reason,
                                 c.corrected_by_name, c.corrected_at) for c in history]))
        shown.append(ShownEntry(
            id=entry.id or 0, step_id=entry.step_id, title=step.title, day=entry.day,
            values=values, findings=json.loads(entry.findings),
            materials=materials.get(entry.id or 0, []),
            equipment=equipment.get(entry.id or 0, []), recorded_by=entry.recorded_by_name,
            recorded_at=entry.recorded_at, needs_second_person=step.second_person,
            verified=verified.get(entry.id or 0), makes_bags=step.makes_bags,
            verification_superseded=_superseded(verified.get(entry.id or 0),
                                                corrections.get(entry.id or 0, []))))
    found = session.exec(select(Deviation).where(Deviation.lot_id == lot_id)
                         .order_by(col(Deviation.id))).all()
    signed = signatures.manifests(session, entity_type="deviation", snapshots={
        d.id: deviation_service.snapshot(d) for d in found})
    shown_deviations = [ShownDeviation(d, signed[d.id]) for d in found]
    grown = growth([(e.step_id, e.day,
                     batch_entries.current_values(e, corrections.get(e.id or 0, [])))
                    for e in entries])
    return LotRecord(
        lot=lot, definition=definition, parents=lots.parents_of(session, lot_id),
        entries=shown, deviations=shown_deviations, growth=grown,
        chart_svg=growth_chart_svg(grown.points),
        due=batch_entries.due_after(lot, [Done(e.step_id, e.day) for e in entries], settings,
                                    now),
        bags=list(session.exec(select(Bag).where(Bag.lot_id == lot_id)
                               .order_by(col(Bag.division)))),
        samples=list(session.exec(select(QcSample).where(QcSample.lot_id == lot_id)
                                  .order_by(col(QcSample.sample_number)))),
        day=batch_entries.culture_day(lot, now, settings),
        open_deviations=sum(1 for d in found if d.status == deviation_service.OPEN))


def _superseded(verification: EntryVerification | None,
                corrections: Sequence[EntryCorrection]) -> bool:
    return verification is not None and any(
        c.corrected_at > verification.verified_at for c in corrections)


def _used(session: Session, entry_ids: list[int]) -> tuple[dict[int, list[str]],
                                                            dict[int, list[str]]]:
    """Materials and equipment scanned per entry, as 'code name' strings."""
    materials = session.exec(
        select(EntryMaterial.entry_id, MaterialLot.code, MaterialLot.name)
        .join(MaterialLot, col(MaterialLot.id) == col(EntryMaterial.material_lot_id))
        .where(col(EntryMaterial.entry_id).in_(entry_ids))).all()
    equipment = session.exec(
        select(EntryEquipment.entry_id, Equipment.asset_number, Equipment.name)
        .join(Equipment, col(Equipment.id) == col(EntryEquipment.equipment_id))
        .where(col(EntryEquipment.entry_id).in_(entry_ids))).all()
    return _grouped(materials), _grouped(equipment)


def _grouped(rows: Sequence[tuple[int, str, str]]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for entry_id, code, name in rows:
        found.setdefault(entry_id, []).append(f"{code} {name}")
    return found
