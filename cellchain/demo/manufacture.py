"""Making demo lots the way a site does: through the batch-record service, step by step, with
times in the past so each lot is at a realistic point of its process today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from cellchain.audit.service import Actor
from cellchain.bags.models import Bag
from cellchain.batch import checks, definitions, planning, steps
from cellchain.cbu import service as cbu_service
from cellchain.cbu.models import CordBloodUnit
from cellchain.config import Settings
from cellchain.demo.materials import seed_materials
from cellchain.isbt128.din import Din
from cellchain.isbt128.product_code import ProductCode
from cellchain.labels.data import LabelKind
from cellchain.labels.service import label_data_for
from cellchain.lots.models import Lot
from cellchain.materials.models import MaterialLot

BANK = "Demo Cord Blood Bank (validation FIN A9991)"
BANK_PRODUCT = ProductCode(pdc="S9998", collection_type="V", division="00")
# The steps in process order with the culture day each is recorded on.
PATH = (("activation", 0), ("transfer", 4), ("feed", 6), ("feed", 9), ("inprocess_qc", 11),
        ("harvest", 14), ("formulation", 14))
EQUIPMENT = {"incubator": "INC-01", "biosafety_cabinet": "BSC-01", "centrifuge": "CEN-01",
             "cell_counter": "CNT-01"}


def values_for(step_id: str, *, bags: int, cells_per_bag: float, viability: float) -> dict[
        str, str]:
    """Plausible entries: 1e8 cells seeded, ~60-fold expansion (domain notes §1.2)."""
    harvest = max(6e9, bags * cells_per_bag * 1.1)
    return {
        "activation": {"mnc_count": "4.8e8", "viability_pct": "94", "seeded_cells": "1e8",
                       "seeding_density": "1.5e6", "vessel": "T175 RetroNectin/OKT3 coated"},
        "transfer": {"viable_cells": "4.2e8", "viability_pct": "93", "volume_ml": "300"},
        "feed": {"viable_cells": f"{harvest / 4:.3g}", "viability_pct": "92",
                 "volume_added_ml": "350"},
        "inprocess_qc": {"sample_volume_ml": "5"},
        "harvest": {"viable_cells": f"{harvest:.3g}", "viability_pct": f"{viability:g}",
                    "wash_cycles": "2"},
        "formulation": {"bag_count": str(bags), "cells_per_bag": f"{cells_per_bag:.3g}",
                        "volume_per_bag_ml": "100", "expiry_hours": "6"},
    }[step_id]


# Which material lots a step scans: (session, kinds, day of the step) -> lot codes.
MaterialPicker = Callable[[Session, tuple[str, ...], date], list[str]]


def materials_for(session: Session, kinds: tuple[str, ...], today: date) -> list[str]:
    codes = []
    for kind in kinds:
        lot = session.exec(select(MaterialLot).where(
            MaterialLot.kind == kind, MaterialLot.status == "released",
            col(MaterialLot.expires_on) > today).order_by(col(MaterialLot.id))).first()
        assert lot is not None, f"no usable {kind} lot in the demo"
        codes.append(lot.code)
    return codes


def accepted_unit(session: Session, *, actor: Actor, qa: Actor, din: Din, now: datetime
                  ) -> CordBloodUnit:
    unit = cbu_service.receive(session, actor=actor, din=din, product_code=BANK_PRODUCT,
                               bank_name=BANK, now=now - timedelta(days=2),
                               collected_at=now - timedelta(days=400))
    return cbu_service.accept(session, actor=qa, cbu=unit, now=now - timedelta(days=1),
                              reason="Bank certificate and IDM results reviewed")


def make_lot(
    session: Session, *, maker: Actor, checker: Actor, qa: Actor, settings: Settings,
    bank_din: Din, day0: datetime, until: str | None, bags: int = 2,
    cells_per_bag: float = 3e9, harvest_viability: float = 91, lot_type: str | None = None,
    dose_level: str | None = None,
) -> Lot:
    """Plans a lot from a new accepted unit and records its steps up to and including
    ``until`` (None: plan only); second-person checks are made as the process asks. A
    ``lot_type`` ("rak") and ``dose_level`` make it a kit lot of the randomised stage."""
    seed_materials(session, actor=maker, now=day0 - timedelta(days=60), qa=qa)
    unit = accepted_unit(session, actor=maker, qa=qa, din=bank_din, now=day0)
    lot = planning.plan_for_manufacture(session, actor=maker, cbu_ids=[unit.id or 0],
                                      settings=settings, now=day0 - timedelta(hours=20),
                                      target_dose_cells=cells_per_bag, lot_type=lot_type,
                                      dose_level=dose_level)
    for step_id, day in PATH if until else ():
        at = day0 + timedelta(days=day, hours=1 if step_id != "formulation" else 3)
        record_checked(session, maker=maker, checker=checker, lot=lot, step_id=step_id,
                       values=values_for(step_id, bags=bags, cells_per_bag=cells_per_bag,
                                         viability=harvest_viability),
                       settings=settings, at=at)
        if step_id == until:
            break
    return lot


def record_checked(
    session: Session, *, maker: Actor, checker: Actor, lot: Lot, step_id: str,
    values: dict[str, str], settings: Settings, at: datetime,
    materials: MaterialPicker = materials_for,
) -> None:
    """Records one step as ``maker`` with usable materials (``materials`` picks them) and
    equipment of the kinds it needs; ``checker`` verifies it 20 minutes later if the process
    asks for a second person (scanning every bag label after formulation) and nothing was out
    of specification."""
    spec = definitions.definition_for(lot, settings).step(step_id)
    recorded = steps.record_step(
        session, actor=maker, lot=lot, step_id=step_id, raw_values=values,
        material_codes=materials(session, spec.materials, at.date()),
        asset_numbers=[EQUIPMENT[kind] for kind in spec.equipment], settings=settings, now=at)
    if spec.second_person and not recorded.findings:
        scans = [label_data_for(session, LabelKind.BAG, bag.id or 0, settings).label_2d
                 for bag in session.exec(select(Bag).where(Bag.lot_id == lot.id))] \
            if spec.makes_bags else []
        checks.verify_entry(session, actor=checker, lot=lot, entry_id=recorded.entry.id or 0,
                            now=at + timedelta(minutes=20), settings=settings,
                            label_scans=scans)
