"""Planning a lot for manufacture from accepted starting material (DESIGN §2: donor -> lot
is one link, written with the lot)."""

from __future__ import annotations

import math
from datetime import datetime

from sqlmodel import Session

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.auth.principal import Principal
from cellchain.batch.definitions import current_definition
from cellchain.cbu import service as cbu_service
from cellchain.cbu.models import CordBloodUnit
from cellchain.config import Settings
from cellchain.db import get_record
from cellchain.errors import BadInput, TransitionBlocked
from cellchain.identifiers.service import assign_lot_din
from cellchain.lots import service as lots
from cellchain.lots.models import Lot
from cellchain.qc.specification import current_specification


def plan_for_manufacture(
    session: Session, *, actor: Actor, cbu_ids: list[int], settings: Settings, now: datetime,
    target_dose_cells: float | None,
) -> Lot:
    """Plans a lot: assigns its DIN, records the process and QC specification versions, links
    the starting material (accepted units only) and marks it consumed."""
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
    specification = current_specification(settings)
    din = assign_lot_din(session, fin=settings.fin, now=now, zone=settings.zone)
    lot = lots.plan_lot(session, actor=actor, din=din.text, now=now, parents=units)
    lot.process_name, lot.process_version = definition.name, definition.version
    lot.cell_source = "autologous" if autologous else "allogeneic"
    lot.subject_id = autologous[0].subject_id if autologous else None
    lot.target_dose_cells = target_dose_cells
    lot.qc_spec_name, lot.qc_spec_version = specification.name, specification.version
    session.add(lot)
    for unit in units:
        cbu_service.mark_consumed(session, actor=actor, cbu=unit, lot=lot, now=now)
    audit.record(session, actor=actor, action="lot.process_assigned", entity_type="lot",
                 entity_id=lot.id, now=now,
                 changes=[Change("process", None, f"{definition.name} v{definition.version}"),
                          Change("cell_source", None, lot.cell_source),
                          Change("target_dose_cells", None, target_dose_cells),
                         Change("qc_specification", None,
                                f"{specification.name} v{specification.version}")])
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
