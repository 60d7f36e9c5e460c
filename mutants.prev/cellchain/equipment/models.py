"""Equipment used in manufacturing steps: calibrated and maintained on a schedule."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, String
from sqlmodel import Field, SQLModel


class Equipment(SQLModel, table=True):
    __tablename__ = "equipment"

    id: int | None = Field(default=None, primary_key=True)
    # Asset number on the equipment's own label, scanned at the station, e.g. INC-02.
    asset_number: str = Field(sa_column=Column(String(32), unique=True, nullable=False))
    kind: str = Field(max_length=32, index=True)
    name: str = Field(max_length=200)
    calibration_due_on: date
    maintenance_due_on: date
    in_service: bool = True
    version: int = 1
