"""Planning a lot for manufacture from accepted starting material (DESIGN §2: donor -> lot
is one link, written with the lot), and planning a placebo kit lot, which has none.

A lot of the randomised stage records what its kits hold (``lot_type``: rak or placebo) and
its dose level (a trial configuration code, DESIGN §7); allocation reads both (issue 12).
Decisions where DESIGN is silent:
- A dose level given for a RAK lot sets its target dose from the trial configuration; a
  target dose typed as well must be that level's.
- A placebo lot is planned without starting material: a placebo has no donor, so the donor
  trace of any DIN never reaches it, and a subject's trace shows its lot with no donor DIN.
  It is made under the shipped PLACEBO v1 process and released against PLACEBO-QC v1
  (PROPOSED files, domain notes §5.1-§5.2), whatever process the site configures for RAK.
- Placebo kits exist only in the randomised stage, at its dose level, and only when an arm
  is a placebo arm (trial configuration).
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Final

from sqlmodel import Session

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.auth.principal import Principal
from cellchain.bags.allocation_rules import PLACEBO, RAK
from cellchain.batch.definitions import current_definition, definition_named
from cellchain.cbu import service as cbu_service
from cellchain.cbu.models import CordBloodUnit
from cellchain.config import Settings
from cellchain.db import get_record
from cellchain.errors import BadInput, Conflict, TransitionBlocked
from cellchain.identifiers.service import assign_lot_din
from cellchain.lots import service as lots
from cellchain.lots.models import Lot
from cellchain.qc.specification import current_specification, shipped_specification
from cellchain.trial.configuration import trial_config

# What placebo kit lots are made under and released against (shipped files).
PLACEBO_PROCESS: Final = ("PLACEBO", "1")
PLACEBO_SPECIFICATION: Final = ("PLACEBO-QC", "1")


def plan_for_manufacture(
    session: Session, *, actor: Actor, cbu_ids: list[int], settings: Settings, now: datetime,
    target_dose_cells: float | None, lot_type: str | None = None, dose_level: str | None = None,
) -> Lot:
    """Plans a lot: assigns its DIN, records the process and QC specification versions, links
    the starting material (accepted units only) and marks it consumed. ``lot_type`` "rak"
    makes it a randomised-stage lot (its formulation makes kits); ``dose_level`` records the
    configured dose level and sets the target dose from it."""
    if lot_type == PLACEBO:
        raise BadInput("a placebo lot has no starting material; plan it as a placebo kit lot",
                       field="lot_type")
    if lot_type not in (None, RAK):
        raise BadInput(f"lot type must be {RAK!r} or {PLACEBO!r}, not {lot_type!r}",
                       field="lot_type")
    if lot_type is not None:
        _kit_dose_level(dose_level, settings)
    if dose_level is not None:
        cells = _dose_cells(dose_level, settings)
        if target_dose_cells is not None and target_dose_cells != cells:
            raise BadInput(f"target dose {target_dose_cells:g} is not dose level {dose_level}'s "
                           f"{cells:g} viable cells", field="target_dose")
        target_dose_cells = cells
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
    lot.lot_type, lot.dose_level = lot_type, dose_level
    lot.qc_spec_name, lot.qc_spec_version = specification.name, specification.version
    session.add(lot)
    for unit in units:
        cbu_service.mark_consumed(session, actor=actor, cbu=unit, lot=lot, now=now)
    audit.record(session, actor=actor, action="lot.process_assigned", entity_type="lot",
                 entity_id=lot.id, now=now,
                 changes=[Change("process", None, f"{definition.name} v{definition.version}"),
                          Change("cell_source", None, lot.cell_source),
                          Change("target_dose_cells", None, target_dose_cells),
                          *_trial_changes(lot),
                         Change("qc_specification", None,
                                f"{specification.name} v{specification.version}")])
    return lot


def _dose_cells(dose_level: str, settings: Settings) -> float:
    config = trial_config(settings)
    try:
        return config.dose_level(dose_level).cells
    except KeyError:
        codes = ", ".join(level.code for level in config.dose_levels)
        raise BadInput(f"dose level {dose_level!r} is not one of the trial's dose levels "
                       f"({codes})", field="dose_level") from None


def _kit_dose_level(dose_level: str | None, settings: Settings) -> None:
    """Kits (RAK or placebo) are made only for the randomised stage, at its dose level."""
    config = trial_config(settings)
    stage = config.randomised_stage
    if stage is None:
        raise BadInput("this trial has no randomised stage, so no kit lots are made",
                       field="lot_type")
    if dose_level is None:
        raise BadInput("a kit lot needs its dose level", field="dose_level")
    _dose_cells(dose_level, settings)
    if dose_level != config.randomised_dose_level:
        raise BadInput(f"kits are made for the {stage.name} dose level "
                       f"{config.randomised_dose_level}, not {dose_level}", field="dose_level")


def _trial_changes(lot: Lot) -> list[Change]:
    """The lot type and dose level, recorded only where set (an escalation-stage lot has no
    lot type; older lots neither)."""
    return [Change(name, None, value) for name, value in
            (("lot_type", lot.lot_type), ("dose_level", lot.dose_level)) if value is not None]


def plan_placebo_lot(
    session: Session, *, actor: Actor, dose_level: str, settings: Settings, now: datetime,
) -> Lot:
    """Plans a placebo kit lot of the randomised stage (DESIGN §1: the unblinded coordinator
    prepares blinded placebo bags): a DIN, no starting material, the PLACEBO process and the
    PLACEBO-QC specification, lot type placebo and the stage's dose level. It is then made
    at the station and released through QA's signed release gate like any lot (DESIGN §4.2).
    """
    if not any(arm.placebo for arm in trial_config(settings).arms):
        raise BadInput("this trial has no placebo arm, so no placebo kits are made",
                       field="dose_level")
    _kit_dose_level(dose_level, settings)
    definition = definition_named(*PLACEBO_PROCESS, settings)
    specification = shipped_specification(*PLACEBO_SPECIFICATION)
    if definition is None or specification is None:
        raise Conflict("This installation has no placebo process or QC specification.")
    din = assign_lot_din(session, fin=settings.fin, now=now, zone=settings.zone)
    lot = lots.plan_lot(session, actor=actor, din=din.text, now=now)
    lot.process_name, lot.process_version = definition.name, definition.version
    lot.lot_type, lot.dose_level = PLACEBO, dose_level
    lot.qc_spec_name, lot.qc_spec_version = specification.name, specification.version
    session.add(lot)
    audit.record(session, actor=actor, action="lot.process_assigned", entity_type="lot",
                 entity_id=lot.id, now=now,
                 changes=[Change("process", None, f"{definition.name} v{definition.version}"),
                          *_trial_changes(lot),
                          Change("qc_specification", None,
                                 f"{specification.name} v{specification.version}")])
    return lot


def plan_from_scans(
    session: Session, *, principal: Principal, scans: list[str], settings: Settings,
    now: datetime, target_dose_cells: float | None, lot_type: str | None = None,
    dose_level: str | None = None,
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
                                settings=settings, now=now, target_dose_cells=target_dose_cells,
                                lot_type=lot_type, dose_level=dose_level)
