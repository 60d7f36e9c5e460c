"""Reagent stock over a site's history: a new lot of every reagent kind is received and
released each quarter, with a year's shelf life, so a step years ago scans the reagents the
site held then (the demo's own reagents are received today)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from cellchain.audit.service import Actor
from cellchain.demo.materials import RELEASED_LOTS, released_lot
from cellchain.materials.models import MaterialLot

QUARTER = timedelta(days=91)
SET_MARK = "-Q"  # supplier lot RN26A01-Q007: the site's seventh quarterly set
SHELF_LIFE = timedelta(days=365)


@dataclass
class Stock:
    """The quarterly reagent sets received so far: (received on, {kind: material code})."""

    receiver: Actor
    releaser: Actor
    sets: list[tuple[date, dict[str, str]]] = field(default_factory=list)
    loaded: bool = False

    def ensure(self, session: Session, day0: datetime) -> None:
        """Receives the next quarter's set when the newest is a quarter older than ``day0``
        (received two days before, so it is released before the lot's first step)."""
        if not self.loaded:
            self._load(session)
        if self.sets and day0.date() - self.sets[-1][0] < QUARTER:
            return
        received = day0 - timedelta(days=2)
        number = len(self.sets) + 1
        codes = {}
        for kind, name, supplier, supplier_lot in RELEASED_LOTS:
            made = released_lot(session, self.receiver, self.releaser, received, kind, name,
                                supplier, f"{supplier_lot}{SET_MARK}{number:03d}",
                                expires_on=(received + SHELF_LIFE).date())
            codes[kind.value] = made.code
        self.sets.append((received.date(), codes))

    def _load(self, session: Session) -> None:
        """The sets an earlier build received (their supplier lots end in -Q and a number)."""
        sets: dict[str, tuple[date, dict[str, str]]] = {}
        for lot in session.exec(select(MaterialLot).where(
                col(MaterialLot.supplier_lot).contains(SET_MARK)).order_by(col(MaterialLot.id))):
            number = lot.supplier_lot.rsplit(SET_MARK, 1)[1]
            sets.setdefault(number, (lot.received_at.date(), {}))[1][lot.kind] = lot.code
        self.sets = [sets[number] for number in sorted(sets)]
        self.loaded = True

    def pick(self, _session: Session, kinds: tuple[str, ...], today: date) -> list[str]:
        """The newest set received by ``today`` (a ``MaterialPicker``)."""
        codes = next(found for received, found in reversed(self.sets) if received <= today)
        return [codes[kind] for kind in kinds]
