"""A trace as CSV: one row per item, the kind first, times in the site zone with the zone named.

Built from the projected trace only (blinded readers get no lot or donor rows and no kit DIN).
Every cell goes through the audit export's formula guard (``audit.browse.csv_cell``): a DIN,
a location or a courier name typed as ``=…`` must not run as a spreadsheet formula.

Not audited, and served by GET: a trace export is a read of records the reader may already
open page by page, and a read never writes (no audit row, no session touch). The audit-trail
export differs: it discloses the trail itself in bulk, so it is a POST that records itself.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

from cellchain.audit.browse import csv_cell
from cellchain.display import din_text
from cellchain.trace.items import (
    BagItem,
    CustodyEventItem,
    DonorItem,
    InfusionItem,
    LotItem,
    SubjectItem,
    SubjectRef,
    TraceItem,
)
from cellchain.trace.view import bag_name, event_row, infusion_row

HEADER = ("Kind", "ID", "DIN", "Division", "Kit", "Product code", "Status", "Lot", "Bag",
          "Subject", "When", "Where", "Who", "Details")


def _when(at: datetime | None, zone: ZoneInfo) -> str:
    return at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S %Z") if at else ""


def _row(item: TraceItem, zone: ZoneInfo, bags: dict[int, str], lots: dict[int, str],
         subjects: dict[int, str]) -> list[str]:
    """The cells of one item, in HEADER order."""
    cell = dict.fromkeys(HEADER, "")
    cell["Kind"], cell["ID"] = item.kind, str(item.id)
    if isinstance(item, DonorItem):
        cell.update({"DIN": din_text(item.din), "Product code": item.product_code,
                     "Status": item.status.value, "When": _when(item.received_at, zone),
                     "Details": f"{item.source_type.value.replace('_', ' ')} received from "
                                f"{item.bank_name}"})
    elif isinstance(item, LotItem):
        made_from = ", ".join(din_text(d) for d in item.parent_dins) or "no recorded material"
        cell.update({"DIN": din_text(item.din), "Status": item.status.value,
                     "Details": f"{item.cell_source or 'cell source not recorded'}; made from "
                                f"{made_from}"})
    elif isinstance(item, BagItem):
        coi = f"; chain of identity {item.coi}" if item.coi else ""
        cell.update({"DIN": din_text(item.din) if item.din else "",
                     "Division": item.division or "", "Kit": item.kit_number or "",
                     "Product code": item.product_code or "", "Status": item.status.value,
                     "Lot": lots.get(item.lot_id or 0, ""), "Subject": item.subject_number or "",
                     "Details": f"expires {_when(item.expires_at, zone)}{coi}"})
    elif isinstance(item, SubjectItem):
        cell.update({"Status": item.status.value, "Subject": item.subject_number or "",
                     "Details": f"screening number {item.screening_number}"})
    else:
        history = event_row(item) if isinstance(item, CustodyEventItem) else infusion_row(item)
        cell.update({"Status": history.what.lower(), "Bag": bags.get(item.bag_id, ""),
                     "When": _when(history.at, zone), "Where": history.where,
                     "Who": history.who, "Details": history.detail})
        if isinstance(item, InfusionItem):
            cell["Subject"] = subjects.get(item.subject_id, "")
    return [cell[name] for name in HEADER]


def trace_csv(items: list[TraceItem], zone: ZoneInfo, subject: SubjectRef | None = None
              ) -> str:
    """The CSV text of a trace (a subject trace starts with a row for its subject)."""
    bags = {i.id: bag_name(i) for i in items if isinstance(i, BagItem)}
    lots = {i.id: din_text(i.din) for i in items if isinstance(i, LotItem)}
    subjects = {i.id: i.subject_number or i.screening_number
                for i in items if isinstance(i, SubjectItem)}
    rows: list[TraceItem] = list(items)
    if subject is not None:
        subjects[subject.id] = subject.subject_number or subject.screening_number
        rows.insert(0, SubjectItem(id=subject.id, subject_number=subject.subject_number,
                                   screening_number=subject.screening_number,
                                   status=subject.status))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for item in rows:
        writer.writerow([csv_cell(cell) for cell in _row(item, zone, bags, lots, subjects)])
    return out.getvalue()
