"""What the chain of custody says about a bag now, for the bedside check (DESIGN §4.1)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, func, select

from cellchain.custody.models import CustodyEvent, TemperatureExcursion


@dataclass(frozen=True)
class CustodyState:
    dispatched: bool  # the lab handed the bag over on its current leg
    received_at: datetime | None  # when the ward took it in on that leg
    open_excursions: int  # temperature excursions QA has not acknowledged


def custody_state(session: Session, bag_id: int) -> CustodyState:
    """Reads the bag's current leg (its latest dispatch) and its open excursions."""
    leg = session.exec(select(func.max(CustodyEvent.leg)).where(
        CustodyEvent.bag_id == bag_id, CustodyEvent.kind == "dispatched")).one()
    received = None
    if leg is not None:
        received = session.exec(select(CustodyEvent.at).where(
            CustodyEvent.bag_id == bag_id, CustodyEvent.kind == "received",
            CustodyEvent.leg == leg)).first()
    open_excursions = session.exec(select(func.count()).where(
        TemperatureExcursion.bag_id == bag_id,
        col(TemperatureExcursion.acknowledged_at).is_(None))).one()
    return CustodyState(dispatched=leg is not None, received_at=received,
                        open_excursions=int(open_excursions))
