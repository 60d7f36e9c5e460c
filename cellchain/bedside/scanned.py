"""What a bedside check's two scans name, read in one statement each.

The bedside check is the hot path of the ward (PERFORMANCE-NOTES rule 3): the subject with
their current chain-of-identity identifier, and the bag with its lot, its own identifier and
whether it was infused, are read as the columns the rule needs rather than as four records and
three more statements (issue 13). The rows are plain frozen values: nothing here can change the
database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Boolean, bindparam, exists, type_coerce
from sqlalchemy import select as core_select
from sqlmodel import Session, col

from cellchain.auth.roles import Role
from cellchain.bags.models import Bag
from cellchain.bags.rows import BAG_ROW_COLUMNS, BagRow
from cellchain.bedside import rules
from cellchain.bedside.models import Infusion
from cellchain.blinding import rules as blinding
from cellchain.db import column_rows
from cellchain.lots.models import Lot
from cellchain.trial.models import ChainOfIdentity, Subject
from cellchain.trial.service import CURRENT_COI_IDENTIFIER


@dataclass(frozen=True)
class ScannedSubject:
    id: int
    subject_number: str
    birth_date: date
    status: str
    dose_level: str | None
    coi: str | None  # the subject's current identifier (trial.service)


@dataclass(frozen=True)
class ScannedBag(BagRow):
    lot_id: int
    din: str
    lot_status: str
    lot_dose_level: str | None
    coi: str | None  # the identifier the bag is allocated to
    infused: bool  # an infusion record names the bag


@dataclass(frozen=True)
class Scanned:
    """The records the two scans name (None: no such record, or one the reader may not see)."""

    subject: ScannedSubject | None
    bag: ScannedBag | None


# Built once with the scanned texts as parameters: building a statement and its cache key on
# every check cost more than running it (issue 13).
_SUBJECT = core_select(col(Subject.id), col(Subject.subject_number), col(Subject.date_of_birth),
                       col(Subject.status), col(Subject.dose_level), CURRENT_COI_IDENTIFIER
                       ).where(col(Subject.subject_number) == bindparam("subject_number"))

# Boolean: SQLite answers EXISTS as 0 or 1.
_INFUSED = type_coerce(exists().where(col(Infusion.bag_id) == col(Bag.id)).correlate(Bag),
                       Boolean)

_BAG = (core_select(*BAG_ROW_COLUMNS, col(Bag.lot_id), col(Lot.din), col(Lot.status),
                    col(Lot.dose_level), col(ChainOfIdentity.identifier), _INFUSED)
        .select_from(Bag)
        .join(Lot, col(Lot.id) == col(Bag.lot_id))
        .outerjoin(ChainOfIdentity, col(ChainOfIdentity.id) == col(Bag.coi_id))
        .where(col(Lot.din) == bindparam("din"),
               col(Bag.product_code) == bindparam("product_code")))


def scanned_records(session: Session, *, wristband: str, bag: str,
                    roles: frozenset[Role]) -> Scanned:
    """Looks up what the scans name. A bag hidden from a blinded reader is treated exactly as a
    missing one (DESIGN §4.6), so a STOP never tells them a hidden bag exists."""
    subject = None
    number = rules.scanned_subject_number(wristband)
    if number is not None:
        row = column_rows(session, _SUBJECT, {"subject_number": number}).first()
        subject = ScannedSubject(*row) if row is not None else None
    found = None
    named = rules.scanned_bag(bag)
    if named is not None:
        din, product_code = named
        row = column_rows(session, _BAG, {"din": din, "product_code": product_code}).first()
        found = ScannedBag(*row) if row is not None else None
        if found is not None and not blinding.bag_visible(
                roles, allocated=found.subject_id is not None):
            found = None
    return Scanned(subject, found)
