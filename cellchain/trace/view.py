"""A trace as a tree the pages print: lot, then its bags, then each bag's history (custody
handoffs and the infusion, in time order). Built from the projected trace only, so a page can
show nothing the API would not. Pure."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from cellchain.display import din_text
from cellchain.trace.items import (
    BagItem,
    CustodyEventItem,
    DonorItem,
    DonorTrace,
    InfusionItem,
    LotItem,
    SubjectItem,
    SubjectTrace,
)

# Custody handoffs as a reader says them (kinds not listed read as their code, spaced).
EVENT_WORDS = {"dispatch": "Dispatched", "receipt": "Received", "return": "Returned",
               "destruction": "Destroyed"}


@dataclass(frozen=True)
class HistoryRow:
    at: datetime
    what: str
    where: str
    who: str
    detail: str


@dataclass(frozen=True)
class BagBranch:
    bag: BagItem
    name: str
    subject: SubjectItem | None
    history: list[HistoryRow]
    lot: LotItem | None = None
    donors: list[DonorItem] = field(default_factory=list)


@dataclass(frozen=True)
class LotBranch:
    lot: LotItem
    bags: list[BagBranch]


@dataclass(frozen=True)
class Counts:
    donors: int
    lots: int
    bags: int
    subjects: int
    custody_events: int
    infusions: int


def bag_name(bag: BagItem) -> str:
    """``Bag A9990 26 000001 K A0``, with the kit number when there is one; ``Kit K…``
    alone when the reader may not see the DIN."""
    if bag.din is None:
        return f"Kit {bag.kit_number}"
    kit = f" (kit {bag.kit_number})" if bag.kit_number else ""
    return f"Bag {din_text(bag.din)} {bag.division}{kit}"


def event_row(item: CustodyEventItem) -> HistoryRow:
    details = [f"leg {item.leg}"]
    details += [f"courier {item.courier}"] if item.courier else []
    details += [f"container {item.container}"] if item.container else []
    details += [f"{item.temperature_c:g} °C"] if item.temperature_c is not None else []
    details += [f"condition {item.condition}"] if item.condition else []
    what = EVENT_WORDS.get(item.event, item.event.replace("_", " ").capitalize())
    return HistoryRow(item.at, what, item.location, item.by, ", ".join(details))


def infusion_row(item: InfusionItem) -> HistoryRow:
    grade = "no reaction" if item.reaction_grade == 0 else \
        f"infusion reaction grade {item.reaction_grade}"
    detail = (f"{item.volume_ml:g} mL, {grade} (CTCAE v{item.ctcae_version}), "
              f"verification {item.verification_id}")
    return HistoryRow(item.started_at, "Infused", "bedside", item.recorded_by, detail)


def _histories(items: list[object]) -> dict[int, list[HistoryRow]]:
    rows: dict[int, list[HistoryRow]] = {}
    for item in items:
        if isinstance(item, CustodyEventItem):
            rows.setdefault(item.bag_id, []).append(event_row(item))
        elif isinstance(item, InfusionItem):
            rows.setdefault(item.bag_id, []).append(infusion_row(item))
    return {bag_id: sorted(found, key=lambda r: r.at) for bag_id, found in rows.items()}


def counts(items: list[object]) -> Counts:
    def n(kind: type) -> int:
        return sum(isinstance(item, kind) for item in items)
    return Counts(n(DonorItem), n(LotItem), n(BagItem), n(SubjectItem), n(CustodyEventItem),
                  n(InfusionItem))


def donor_tree(trace: DonorTrace) -> list[LotBranch]:
    """Each lot made from the donor with its bags, each bag with its recipient and history."""
    items: list[object] = list(trace.items)
    histories = _histories(items)
    subjects = {i.id: i for i in items if isinstance(i, SubjectItem)}
    bags = [i for i in items if isinstance(i, BagItem)]
    return [LotBranch(lot, [BagBranch(b, bag_name(b), subjects.get(b.subject_id or 0),
                                      histories.get(b.id, []))
                            for b in bags if b.lot_id == lot.id])
            for lot in items if isinstance(lot, LotItem)]


def subject_tree(trace: SubjectTrace) -> list[BagBranch]:
    """Each bag behind what the subject received, with its history, lot and donors (the last
    two only where the reader may see them)."""
    items: list[object] = list(trace.items)
    histories = _histories(items)
    lots = {i.id: i for i in items if isinstance(i, LotItem)}
    donors = {i.id: i for i in items if isinstance(i, DonorItem)}
    branches = []
    for bag in (i for i in items if isinstance(i, BagItem)):
        lot = lots.get(bag.lot_id) if bag.lot_id is not None else None
        branches.append(BagBranch(
            bag, bag_name(bag), None, histories.get(bag.id, []), lot,
            [donors[d] for d in lot.donor_ids if d in donors] if lot else []))
    return branches
