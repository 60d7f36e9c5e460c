"""Walking the chain of identity (DESIGN §2): "which subjects received material from this
donor?" and "which donors does this subject's material come from?".

Each walk is a fixed handful of bulk queries, whatever the number of lots, bags or events: the
starting records, then lots with all their parents in one join, bags with their lot DIN and COI
in one join, then custody events, infusions and (donor side) recipients each in one query. Reads
only; the reader's projection is applied by the caller (``trace.rules.subject_trace_for``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import ColumnElement, or_
from sqlmodel import Session, col, select

from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.bedside.models import Infusion
from cellchain.cbu.models import CordBloodUnit
from cellchain.cbu.rules import CbuState, SourceType
from cellchain.custody.models import CustodyEvent
from cellchain.errors import NotFound
from cellchain.isbt128.din import Din
from cellchain.lots.models import Lot, LotParent
from cellchain.lots.states import LotState
from cellchain.trace.items import (
    BagItem,
    CustodyEventItem,
    DonorItem,
    DonorRef,
    DonorTrace,
    InfusionItem,
    LotItem,
    SubjectItem,
    SubjectRef,
    SubjectTrace,
    TraceItem,
)
from cellchain.trial.models import ChainOfIdentity, Subject
from cellchain.trial.rules import SubjectStatus
from cellchain.trial.service import current_coi, get_subject


def donor_trace(session: Session, *, din: Din, now: datetime) -> DonorTrace:
    """Every unit with this DIN, the lots made from them, their bags, the bags' custody
    events and infusions, and the subjects the bags went to."""
    units = list(session.exec(select(CordBloodUnit).where(CordBloodUnit.din == din.text)
                              .order_by(col(CordBloodUnit.id))))
    if not units:
        raise NotFound(f"No cord blood unit has DIN {din.eye_readable} {din.check_character}.",
                       field="din")
    made_from = select(LotParent.lot_id).where(col(LotParent.cbu_id).in_([u.id for u in units]))
    lots, _ = _lots(session, col(Lot.id).in_(made_from))
    bag_items = _bags(session, col(Bag.lot_id).in_([lot.id for lot in lots]), now) if lots \
        else []
    events, infusions = _bag_history(session, [b.id for b in bag_items])
    recipients = {b.subject_id for b in bag_items if b.subject_id} | {
        i.subject_id for i in infusions}
    items: list[TraceItem] = [*(_donor(u) for u in units), *lots, *bag_items,
                              *_subjects(session, recipients), *events, *infusions]
    return DonorTrace(donor=DonorRef(din=din.text, eye_readable=din.eye_readable,
                                     check_character=din.check_character), items=items)


def subject_trace(session: Session, *, subject_id: int, now: datetime) -> SubjectTrace:
    """The subject's bags (allocated to them, or infused into them), their custody events and
    infusions, the lots the bags came from and the donors behind those lots."""
    subject = get_subject(session, subject_id)
    coi = current_coi(session, subject_id)
    infused = select(Infusion.bag_id).where(Infusion.subject_id == subject_id)
    bag_items = _bags(session, or_(col(Bag.subject_id) == subject_id,
                                   col(Bag.id).in_(infused)), now)
    events, infusions = _bag_history(session, [b.id for b in bag_items], subject_id)
    lot_ids = sorted({b.lot_id for b in bag_items if b.lot_id is not None})
    lots, donors = _lots(session, col(Lot.id).in_(lot_ids)) if lot_ids else ([], [])
    ref = SubjectRef(id=subject_id, subject_number=subject.subject_number,
                     screening_number=subject.screening_number,
                     status=SubjectStatus(subject.status),
                     coi=coi.identifier if coi else None)
    return SubjectTrace(subject=ref, blinded=False,
                        items=[*bag_items, *events, *infusions, *lots, *donors])


def _donor(unit: CordBloodUnit) -> DonorItem:
    return DonorItem(id=unit.id or 0, din=unit.din, product_code=unit.product_code,
                     source_type=SourceType(unit.source_type), status=CbuState(unit.status),
                     bank_name=unit.bank_name, received_at=unit.received_at)


def _lots(session: Session, which: ColumnElement[bool]) -> tuple[list[LotItem], list[DonorItem]]:
    """The lots matching ``which`` with every unit each was made from (one query)."""
    rows = session.exec(
        select(Lot, CordBloodUnit)
        .outerjoin(LotParent, col(LotParent.lot_id) == col(Lot.id))
        .outerjoin(CordBloodUnit, col(CordBloodUnit.id) == col(LotParent.cbu_id))
        .where(which).order_by(col(Lot.id), col(CordBloodUnit.din), col(CordBloodUnit.id)))
    lots: dict[int, Lot] = {}
    parents: dict[int, list[CordBloodUnit]] = {}
    for lot, unit in rows:
        lots.setdefault(lot.id or 0, lot)
        if unit is not None:
            parents.setdefault(lot.id or 0, []).append(unit)
    items = [LotItem(id=lot_id, din=lot.din, status=LotState(lot.status),
                     cell_source=lot.cell_source,
                     donor_ids=[u.id or 0 for u in parents.get(lot_id, [])],
                     parent_dins=[u.din for u in parents.get(lot_id, [])])
             for lot_id, lot in lots.items()]
    units = {u.id or 0: u for found in parents.values() for u in found}
    return items, [_donor(units[key]) for key in sorted(units)]


def _bags(session: Session, which: ColumnElement[bool], now: datetime) -> list[BagItem]:
    """The bags matching ``which`` with their lot DIN, COI and subject number (one query)."""
    rows = session.exec(
        select(Bag, Lot.din, ChainOfIdentity.identifier, Subject.subject_number)
        .join(Lot, col(Lot.id) == col(Bag.lot_id))
        .outerjoin(ChainOfIdentity, col(ChainOfIdentity.id) == col(Bag.coi_id))
        .outerjoin(Subject, col(Subject.id) == col(Bag.subject_id))
        .where(which).order_by(col(Bag.id)))
    return [BagItem(id=bag.id or 0, lot_id=bag.lot_id, din=din, division=bag.division,
                    product_code=bag.product_code, kit_number=bag.kit_number,
                    status=bags.effective_status(bag, now), expires_at=bag.expires_at,
                    subject_id=bag.subject_id, subject_number=number, coi=coi)
            for bag, din, coi, number in rows]


def _bag_history(session: Session, bag_ids: list[int], subject_id: int | None = None
                 ) -> tuple[list[CustodyEventItem], list[InfusionItem]]:
    """The custody events and infusions of the bags (one query each)."""
    if not bag_ids and subject_id is None:
        return [], []
    events = session.exec(select(CustodyEvent).where(col(CustodyEvent.bag_id).in_(bag_ids))
                          .order_by(col(CustodyEvent.at), col(CustodyEvent.id)))
    infused: ColumnElement[bool] = col(Infusion.bag_id).in_(bag_ids)
    if subject_id is not None:
        infused = or_(infused, col(Infusion.subject_id) == subject_id)
    infusions = session.exec(select(Infusion).where(infused).order_by(col(Infusion.id)))
    return [_event(e) for e in events], [_infusion(i) for i in infusions]


def _event(event: CustodyEvent) -> CustodyEventItem:
    return CustodyEventItem(
        id=event.id or 0, bag_id=event.bag_id, event=event.kind, leg=event.leg, at=event.at,
        location=event.location, by=event.actor_name, courier=event.courier,
        container=event.container, temperature_c=event.temperature_c,
        condition=event.condition)


def _infusion(infusion: Infusion) -> InfusionItem:
    return InfusionItem(
        id=infusion.id or 0, bag_id=infusion.bag_id, subject_id=infusion.subject_id,
        verification_id=infusion.verification_id, started_at=infusion.started_at,
        stopped_at=infusion.stopped_at, volume_ml=infusion.volume_ml,
        reaction_grade=infusion.reaction_grade, ctcae_version=infusion.ctcae_version,
        recorded_by=infusion.recorded_by_name)


def _subjects(session: Session, ids: Iterable[int]) -> list[SubjectItem]:
    wanted = sorted(set(ids))
    if not wanted:
        return []
    return [SubjectItem(id=s.id or 0, subject_number=s.subject_number,
                        screening_number=s.screening_number, status=SubjectStatus(s.status))
            for s in session.exec(select(Subject).where(col(Subject.id).in_(wanted))
                                  .order_by(col(Subject.id)))]
