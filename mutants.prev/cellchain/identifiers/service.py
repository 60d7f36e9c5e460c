"""Hands out identifiers: lot DINs, chain-of-identity identifiers and kit numbers.

Numbers come from ``identifier_sequence`` rows incremented with one
``UPDATE … SET last_value = last_value + 1 … RETURNING`` inside the caller's transaction.
On PostgreSQL the row lock makes a concurrent assigner wait until the first commits and
then read the new value; on SQLite writes are serialised already. A rollback gives the
number back, so the sequence has neither gaps nor duplicates.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from cellchain.bags.models import Bag
from cellchain.errors import Conflict
from cellchain.identifiers.models import IdentifierSequence
from cellchain.isbt128.checkchar import check_character
from cellchain.isbt128.coi import CoiIdentifier
from cellchain.isbt128.din import Din

LOT_DIN = "lot_din"
COI = "coi"
# ST-001 §2.4.1: six digits of sequence per FIN and year.
_DIN_SEQUENCE_MAX = 999_999


def next_in_sequence(session: Session, kind: str, scope: str) -> int:
    """Returns the next number (1, 2, …) for kind within scope, inside the caller's transaction."""
    _ensure_row(session, kind, scope)
    value = session.execute(
        update(IdentifierSequence)
        .where(col(IdentifierSequence.kind) == kind, col(IdentifierSequence.scope) == scope)
        .values(last_value=col(IdentifierSequence.last_value) + 1)
        .returning(col(IdentifierSequence.last_value))
    ).scalar_one()
    return int(value)


def _ensure_row(session: Session, kind: str, scope: str) -> None:
    dialect = session.get_bind().dialect.name
    values = {"kind": kind, "scope": scope, "last_value": 0}
    if dialect == "postgresql":
        session.execute(
            postgresql.insert(IdentifierSequence).values(**values).on_conflict_do_nothing())
    else:
        session.execute(
            sqlite.insert(IdentifierSequence).values(**values).on_conflict_do_nothing())


def nominal_year(now: datetime, zone: ZoneInfo) -> str:
    """The two-digit year of assignment, read in the site's time zone (ST-001 §2.4.1)."""
    return f"{now.astimezone(zone).year % 100:02d}"


def assign_lot_din(session: Session, *, fin: str, now: datetime, zone: ZoneInfo) -> Din:
    """Returns the facility's next DIN for this year: FIN + yy + 6-digit sequence."""
    year = nominal_year(now, zone)
    number = next_in_sequence(session, LOT_DIN, f"{fin}{year}")
    if number > _DIN_SEQUENCE_MAX:
        raise Conflict(f"DIN sequence for facility {fin}, year 20{year} is exhausted "
                       f"({_DIN_SEQUENCE_MAX} numbers); no further DIN can be assigned.")
    return Din(fin=fin, year=year, sequence=f"{number:06d}")


def assign_coi(session: Session, *, fin: str, now: datetime, zone: ZoneInfo) -> CoiIdentifier:
    """Returns the next chain-of-identity identifier issued by this facility this year."""
    year = nominal_year(now, zone)
    number = next_in_sequence(session, COI, f"{fin}{year}")
    if number > _DIN_SEQUENCE_MAX:
        raise Conflict(f"COI sequence for facility {fin}, year 20{year} is exhausted.")
    return CoiIdentifier(fin=fin, year=year, sequence=f"{number:06d}")


def new_kit_number(session: Session) -> str:
    """Returns an unused kit number: ``K`` + 6 random digits + their Mod 37-2 check character.

    Random rather than sequential, so the order in which RAK and placebo bags were made
    cannot be read from their kit numbers (DESIGN §4.6). The check character lets a number
    typed at the ward be verified.
    """
    for _ in range(100):
        digits = f"{secrets.randbelow(1_000_000):06d}"
        kit = f"K{digits}{check_character('K' + digits, what='kit number')}"
        if session.exec(select(Bag.id).where(Bag.kit_number == kit)).first() is None:
            return kit
    raise Conflict("Could not find an unused kit number after 100 tries.")
