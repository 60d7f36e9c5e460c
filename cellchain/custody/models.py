"""Chain of custody: every handoff of a bag (dispatch from the lab, receipt at the ward,
return, destruction) and the temperature excursions found on them.

Custody events are append-only (21 CFR 11.10(e); FACT-JACIE chain of custody): a handoff is
never edited, a later handoff is a new row. An excursion is acknowledged by QA once (a guarded
write on its ``version``); its first out-of-range time is written when it is opened and never
changed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from cellchain.db import UTCDateTime


class CustodyEvent(SQLModel, table=True):
    __tablename__ = "custody_event"
    # A repeated scan of the same handoff finds this row instead of adding another: ``leg``
    # counts the bag's dispatches (a returned bag released again travels a second leg).
    __table_args__ = (UniqueConstraint("bag_id", "kind", "leg"),)

    id: int | None = Field(default=None, primary_key=True)
    bag_id: int = Field(foreign_key="bag.id", index=True)
    kind: str = Field(max_length=16)  # CustodyKind value
    leg: int
    at: datetime = Field(sa_type=UTCDateTime)  # when the handoff happened (server UTC)
    location: str = Field(max_length=200)  # where: the lab, the ward
    actor_id: int | None = Field(default=None, foreign_key="user_account.id")
    actor_name: str = Field(max_length=200)
    courier: str | None = Field(default=None, max_length=200)
    container: str | None = Field(default=None, max_length=64)  # shipping container ID
    temperature_c: float | None = None  # the reading at the handoff
    # Temperature logger readings (file or typed), as given: "time,°C" lines.
    logger_readings: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    condition: str | None = Field(default=None, max_length=16)  # intact | damaged (receipt)
    note: str | None = Field(default=None, max_length=500)


class TemperatureExcursion(SQLModel, table=True):
    __tablename__ = "temperature_excursion"

    id: int | None = Field(default=None, primary_key=True)
    bag_id: int = Field(foreign_key="bag.id", index=True)
    custody_event_id: int = Field(foreign_key="custody_event.id", index=True)
    # The first reading outside the range: kept as found, whatever later readings say.
    first_out_at: datetime = Field(sa_type=UTCDateTime)
    lowest_c: float
    highest_c: float
    range_low_c: float
    range_high_c: float
    acknowledged_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    acknowledged_by: int | None = Field(default=None, foreign_key="user_account.id")
    acknowledged_by_name: str | None = Field(default=None, max_length=200)
    comment: str | None = Field(default=None, max_length=1000)
    version: int = 1
