"""Demo placebo kit lots made the way a site makes them (issue 12 item 4): planned by the
unblinded coordinator (DESIGN §1), prepared at the station by technicians under the PLACEBO
process (a second person verifying), and tested against PLACEBO-QC; QA then releases them
through the signed release gate like any lot (``cellchain.demo.release.Releaser``)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from cellchain.audit.service import Actor
from cellchain.batch import planning
from cellchain.config import Settings
from cellchain.demo.manufacture import record_checked
from cellchain.demo.materials import seed_materials
from cellchain.lots.models import Lot
from cellchain.trial.configuration import trial_config

# The PLACEBO v1 steps in process order, minutes after preparation started (all on day 0).
PATH = (("vehicle_preparation", 0), ("vehicle_inspection", 30), ("formulation", 60),
        ("overwrap", 90))
# The volume of the demo's RAK kits (cellchain.demo.manufacture.values_for): a placebo bag
# matches it (domain notes §5.2).
VOLUME_ML = 100


def values_for(step_id: str, *, bags: int) -> dict[str, str]:
    """Plausible entries: Plasma-Lyte A (domain notes §5.1 [S51a]) at the RAK kit volume."""
    return {
        "vehicle_preparation": {"vehicle": "Plasma-Lyte A",
                                "prepared_volume_ml": str(bags * VOLUME_ML + 50)},
        "vehicle_inspection": {"appearance": "clear, no visible particles"},
        "formulation": {"bag_count": str(bags), "volume_per_bag_ml": str(VOLUME_ML),
                        "expiry_hours": "6"},
        "overwrap": {"overwrapped_bags": str(bags), "sample_volume_ml": "5"},
    }[step_id]


def make_placebo_lot(
    session: Session, *, planner: Actor, maker: Actor, checker: Actor, qa: Actor,
    settings: Settings, day0: datetime, until: str | None = "overwrap", bags: int = 2,
) -> Lot:
    """Plans a placebo kit lot at the randomised stage's dose level as ``planner`` (the
    coordinator) and records its steps up to and including ``until`` (None: plan only) as
    ``maker``, verified by ``checker``. The lot then waits for QC results and QA's release."""
    seed_materials(session, actor=maker, now=day0 - timedelta(days=60), qa=qa)
    lot = planning.plan_placebo_lot(session, actor=planner,
                                    dose_level=trial_config(settings).randomised_dose_level,
                                    settings=settings, now=day0 - timedelta(hours=20))
    for step_id, minutes in PATH if until else ():
        record_checked(session, maker=maker, checker=checker, lot=lot, step_id=step_id,
                       values=values_for(step_id, bags=bags), settings=settings,
                       at=day0 + timedelta(minutes=minutes))
        if step_id == until:
            break
    return lot
