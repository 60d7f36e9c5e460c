"""Demo reagents and equipment (DESIGN §6: "reagents and equipment (one expired, one
calibration overdue)"), created through the same audited services a site uses.

Suppliers and supplier lots are invented; names describe the kind of product a RAK process
uses, not a particular vendor's catalogue.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from cellchain.audit.service import Actor
from cellchain.equipment import service as equipment_service
from cellchain.equipment.models import Equipment
from cellchain.equipment.rules import EquipmentKind
from cellchain.materials import service
from cellchain.materials.models import MaterialLot
from cellchain.materials.rules import MaterialKind

# One released lot of each kind: (kind, name, supplier, supplier lot).
RELEASED_LOTS: tuple[tuple[MaterialKind, str, str, str], ...] = (
    (MaterialKind.RETRONECTIN, "RetroNectin GMP grade, 2.5 mg", "Demo Biologics", "RN26A01"),
    (MaterialKind.ANTI_CD3, "Anti-human CD3 antibody (OKT3) GMP, 1 mg", "Demo Biologics",
     "CD26B07"),
    (MaterialKind.IL2, "Recombinant human IL-2 GMP, 1 MIU", "Demo Cytokines", "IL26C11"),
    (MaterialKind.MEDIUM, "Serum-free lymphocyte medium, 1 L", "Demo Media", "MD26D02"),
    (MaterialKind.SERUM_ALBUMIN, "Human serum albumin 25 %, 50 mL", "Demo Plasma",
     "HA26E05"),
    (MaterialKind.SALINE, "Sodium chloride 0.9 % for infusion, 500 mL", "Demo Pharma",
     "NS26F09"),
    (MaterialKind.CULTURE_BAG, "Cell culture bag, 1 L", "Demo Devices", "CB26G03"),
    (MaterialKind.INFUSION_BAG, "Transfer bag for infusion, 300 mL", "Demo Devices", "TB26H04"),
)
# (asset number, kind, name); INC-02 is the one whose calibration is overdue.
CALIBRATED: tuple[tuple[str, EquipmentKind, str], ...] = (
    ("INC-01", EquipmentKind.INCUBATOR, "CO2 incubator, 37 °C 5 % CO2"),
    ("BSC-01", EquipmentKind.BIOSAFETY_CABINET, "Class II biosafety cabinet"),
    ("CEN-01", EquipmentKind.CENTRIFUGE, "Refrigerated bag centrifuge"),
    ("CNT-01", EquipmentKind.CELL_COUNTER, "Automated cell counter (trypan blue)"),
)
OVERDUE = ("INC-02", EquipmentKind.INCUBATOR, "CO2 incubator, 37 °C 5 % CO2 (spare)")


def seed_materials(
    session: Session, *, actor: Actor, now: datetime, qa: Actor | None = None
) -> tuple[list[MaterialLot], list[Equipment]]:
    """Creates the demo lots and equipment once (does nothing if any material lot exists).

    ``actor`` receives; ``qa`` releases (whoever received a lot never decides on it).
    """
    if session.exec(select(MaterialLot.id)).first() is not None:
        return [], []
    releaser = qa or Actor.system("demo.materials_release")
    today = now.date()
    lots = [released_lot(session, actor, releaser, now, kind, name, supplier, supplier_lot,
                      expires_on=today + timedelta(days=540))
            for kind, name, supplier, supplier_lot in RELEASED_LOTS]
    # Received and released half a year ago, and past its expiry since last month.
    lots.append(released_lot(session, actor, releaser, now - timedelta(days=180), MaterialKind.IL2,
                          "Recombinant human IL-2 GMP, 1 MIU", "Demo Cytokines", "IL25X90",
                          expires_on=today - timedelta(days=30)))
    lots.append(service.receive_material(
        session, actor=actor, kind=MaterialKind.MEDIUM.value,
        name="Serum-free lymphocyte medium, 1 L", supplier="Demo Media", supplier_lot="MD26D03",
        expires_on=today + timedelta(days=300), certificate_ref="CoA MD26D03", now=now))
    return lots, _equipment(session, actor, now, today)


def released_lot(
    session: Session, actor: Actor, qa: Actor, when: datetime, kind: MaterialKind, name: str,
    supplier: str, supplier_lot: str, *, expires_on: date,
) -> MaterialLot:
    lot = service.receive_material(
        session, actor=actor, kind=kind.value, name=name, supplier=supplier,
        supplier_lot=supplier_lot, expires_on=expires_on, certificate_ref=f"CoA {supplier_lot}",
        now=when)
    return service.release_material(session, actor=qa, lot=lot, now=when + timedelta(hours=2),
                                    reason="Certificate of analysis reviewed")


def _equipment(session: Session, actor: Actor, now: datetime, today: date) -> list[Equipment]:
    in_six_months = today + timedelta(days=182)
    made = [equipment_service.register_equipment(
        session, actor=actor, asset_number=asset, kind=kind.value, name=name,
        calibration_due_on=in_six_months, maintenance_due_on=in_six_months, now=now)
        for asset, kind, name in CALIBRATED]
    asset, kind, name = OVERDUE
    made.append(equipment_service.register_equipment(
        session, actor=actor, asset_number=asset, kind=kind.value, name=name,
        calibration_due_on=today - timedelta(days=10), maintenance_due_on=in_six_months,
        now=now))
    return made
