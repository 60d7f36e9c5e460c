"""Reading the custody pages' input: the bag label scan (resolved as the scan box resolves it),
a logger's file, the handoff temperature; and the bag as the reader may see it. Reads only.

The bag is found by scanning its label (DESIGN §2: every link is made by scanning): the 2-D
symbol, or the DIN bar code and then the product code bar code (the two reads concatenated, as
ISBT 128 concatenation does), or a typed kit number. A lone DIN names a lot, not a bag, so the
page asks for the product code; that is decided from the text alone, before any lookup, so a
blinded reader learns nothing about a lot they may not see (DESIGN §4.6). The handoff form
then carries a signed token naming the scanned bag, never the scanned text, which holds the
DIN of a kit bag that blinded readers must not be shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from fastapi import UploadFile
from sqlmodel import Session

from cellchain.auth.principal import Principal
from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.blinding import rules as blinding
from cellchain.config import Settings
from cellchain.cookies import signed, unsigned
from cellchain.custody.rules import FIELD
from cellchain.display import din_text
from cellchain.errors import BadInput
from cellchain.inputs.rules import parse_number, text_problem
from cellchain.isbt128.din import DinScan
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.parse import parse_read
from cellchain.isbt128.scan import normalise
from cellchain.labels.data import print_datetime
from cellchain.lots.models import Lot
from cellchain.scanning.service import resolve
from cellchain.trial.models import Subject

MAX_FILE_BYTES = 2_000_000  # MAX_READINGS lines of about 40 bytes, with room to spare
# A handoff is recorded as the bag is handed over: a scan older than this is scanned again.
SCAN_VALID = timedelta(hours=1)
_PURPOSE = "custody-scan"


@dataclass(frozen=True)
class NeedsProductCode:
    """The scan was the DIN bar code alone: the product code bar code must follow."""

    code: str


def scanned_bag(session: Session, principal: Principal, code: str, product: str = ""
                ) -> Bag | NeedsProductCode:
    """The bag a label scan names, as the reader may see it; raises ScanError or NotFound."""
    first, second = normalise(code), normalise(product)
    if not first:
        raise BadInput("Scan the bag's label first.", field="code")
    if not second and _lone_din(first):
        return NeedsProductCode(first)
    match = resolve(session, first + second, principal)
    if match.kind != "bag":
        raise BadInput(f"{match.title} is not a bag: scan the 2-D symbol on the bag's label.",
                       field="code")
    return bags.visible_bag(session, match.id, principal.roles)


def scan_token(bag: Bag, principal: Principal, settings: Settings, now: datetime) -> str:
    """What the handoff form carries instead of the scanned text (which holds a kit bag's
    DIN): the bag the scan named, for this person, signed so it cannot be made up."""
    return signed(_PURPOSE, f"{bag.id}-{principal.user_id}-{int(now.timestamp())}", settings)


def bag_from_token(session: Session, token: str, principal: Principal, settings: Settings,
                   now: datetime) -> Bag:
    """The bag a scan token names, if this person scanned it within SCAN_VALID."""
    value = unsigned(_PURPOSE, token, settings) or ""
    parts = value.split("-")
    if len(parts) != 3 or parts[1] != str(principal.user_id) or (
            now.timestamp() - int(parts[2]) > SCAN_VALID.total_seconds()):
        raise BadInput("The bag's scan is missing, too old or not yours; scan the bag again.",
                       field="scan")
    return bags.visible_bag(session, int(parts[0]), principal.roles)


def _lone_din(text: str) -> bool:
    try:
        structures = parse_read(text)
    except ScanError:
        return False
    return len(structures) == 1 and isinstance(structures[0], DinScan)


def readings_text(typed: str, upload: UploadFile | None) -> str:
    """The logger readings typed or pasted, or read from an uploaded text file (not both)."""
    if upload is None or not upload.filename:
        return typed
    raw = upload.file.read(MAX_FILE_BYTES + 1)
    if not raw:
        return typed
    if typed.strip():
        raise BadInput(f"{FIELD}: give the readings typed or as a file, not both", field=FIELD)
    if len(raw) > MAX_FILE_BYTES:
        raise BadInput(f"{FIELD}: the file is larger than {MAX_FILE_BYTES // 1_000_000} MB; "
                       "give the readings of this journey only", field=FIELD)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput(f"{FIELD}: the file is not text (UTF-8); export the logger's readings "
                       "as CSV text", field=FIELD) from None
    problem = text_problem(text)
    if problem:
        raise BadInput(f"{FIELD}: the file {problem}", field=FIELD)
    return text


def temperature(raw: str) -> float:
    return parse_number(raw, label="temperature_c (the reading in °C)", field="temperature_c")


def shown_name(bag: Bag, din: str, principal: Principal) -> str:
    """The bag as this reader may see it: by DIN and division, or a kit by its number."""
    kit = f" (kit {bag.kit_number})" if bag.kit_number else ""
    if blinding.shows_lot_identity(principal.roles, kit_number=bag.kit_number):
        return f"Bag {din_text(din)} {bag.division}{kit}"
    return f"Kit {bag.kit_number}"


def bag_rows(session: Session, bag: Bag, principal: Principal, settings: Settings,
             now: datetime) -> tuple[str, list[tuple[str, str]]]:
    """The bag's name and what the person handing it over checks against the label."""
    lot = session.get(Lot, bag.lot_id)
    subject = session.get(Subject, bag.subject_id) if bag.subject_id else None
    assert lot is not None
    return shown_name(bag, lot.din, principal), [
        ("Status", bags.effective_status(bag, now).label),
        ("Subject", (subject.subject_number or subject.screening_number) if subject
         else "not allocated"),
        ("Expires", print_datetime(bag.expires_at, settings.zone)),
    ]
