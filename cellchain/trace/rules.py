"""Trace rules: which DIN a person means, and what a blinded reader may see of a trace. Pure.

A donor DIN is accepted in every form a person has in hand (decision recorded here, where
DESIGN is silent): the 13 characters bare (a trace is a look-up that shows the DIN it walked,
not a product about to be given, so the check character is not demanded as the scan box
demands it); the 13 characters with the boxed check character, which is then verified; either
as printed, with spaces (``A9991 26 004711 K``); or the DIN bar code as scanned (``=`` + DIN +
flags, a Type 3 check flag verified). Lower-case letters are read as upper-case.

Blinded readers (DESIGN §4.6): a donor trace is manufacturing data and is refused to them by
role, before any look-up, so the answer never depends on whether the DIN exists. A subject
trace keeps the subject, their bags, custody events and infusions; it drops every lot and
donor item; a bag keeps its DIN, division and product code only where
``blinding.shows_lot_identity`` allows (open-label bags), and never its lot id.
"""

from __future__ import annotations

from cellchain.auth.roles import Role
from cellchain.blinding import rules as blinding
from cellchain.isbt128.din import DATA_IDENTIFIER, Din, parse_din_structure, parse_keyed_din
from cellchain.isbt128.din import parse_din_text as parse_bare_din
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.scan import normalise
from cellchain.trace.items import BagItem, DonorItem, LotItem, SubjectTrace, TraceItem

FORMS = ("13 characters (A9999 26 123456), optionally followed by the check character, or the "
         "DIN bar code")
DS001_LENGTH = 16  # "=" + 13 DIN characters + 2 flags


def _compact(text: str) -> str:
    return "".join(normalise(text).split()).upper()


def looks_like_din(text: str) -> bool:
    """Whether text has the shape of a DIN (so a look-up box reads it as one, not as a
    subject number): a DS001 scan, or 13 or 14 characters whose positions 6-13 are digits."""
    compact = _compact(text)
    if compact.startswith(DATA_IDENTIFIER):
        return len(compact) == DS001_LENGTH
    return len(compact) in (13, 14) and compact[0].isalnum() and compact[5:13].isdigit()


def parse_donor_din(text: str) -> Din:
    """Returns the DIN in text (any form in the module docstring), or raises ScanError naming
    the rule it breaks."""
    compact = _compact(text)
    try:
        if compact.startswith(DATA_IDENTIFIER):
            return parse_din_structure(compact[1:]).din
        if len(compact) == 14:
            return parse_keyed_din(compact)
        if len(compact) == 13:
            return parse_bare_din(compact)
    except ScanError as refusal:
        raise ScanError(refusal.message, field="din") from None
    raise ScanError(f"a DIN is {FORMS}; got {len(compact)} characters", field="din")


def refuses_donor_trace(roles: frozenset[Role]) -> bool:
    """Blinded roles never trace donors: lots and cord blood units are unblinded data."""
    return not blinding.is_unblinded(roles)


def _bag_for(item: BagItem, roles: frozenset[Role]) -> BagItem:
    shown = blinding.shows_lot_identity(roles, kit_number=item.kit_number)
    hidden = {} if shown else {"din": None, "division": None, "product_code": None}
    return item.model_copy(update={"lot_id": None, **hidden})


def subject_trace_for(trace: SubjectTrace, roles: frozenset[Role]) -> SubjectTrace:
    """The trace as the reader may see it (the one projection for page, API and CSV)."""
    if blinding.is_unblinded(roles):
        return trace
    items: list[TraceItem] = []
    for item in trace.items:
        if isinstance(item, LotItem | DonorItem):
            continue
        items.append(_bag_for(item, roles) if isinstance(item, BagItem) else item)
    return trace.model_copy(update={"items": items, "blinded": True})
