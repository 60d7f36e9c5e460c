"""The trace look-up box: one typed or scanned text to the trace it opens.

A text shaped like a DIN is read as a donor DIN in any form ``trace.rules.parse_donor_din``
accepts; anything else (a wristband, a subject or screening number, a COI, a kit number, a bag
or cord blood unit label) goes through the scan resolver the scan box uses, with the same
blinding. A bag opens the trace of the subject it is allocated to. Reads only.
"""

from __future__ import annotations

from sqlmodel import Session, select

from cellchain.auth.principal import Principal
from cellchain.bags.models import Bag
from cellchain.cbu.models import CordBloodUnit
from cellchain.display import din_text
from cellchain.errors import BadInput, Forbidden, NotFound
from cellchain.isbt128.din import Din, parse_din_text
from cellchain.isbt128.scan import normalise
from cellchain.lots import service as lots
from cellchain.scanning.service import resolve
from cellchain.trace.rules import looks_like_din, parse_donor_din, refuses_donor_trace

DONOR_TRACE_REFUSED = ("Donor traces are for unblinded roles. Trace a subject instead: scan "
                       "the wristband or the bag, or type the subject or kit number.")


def trace_url(session: Session, text: str, principal: Principal) -> str:
    """Returns the address of the trace text names, or raises naming why there is none."""
    if not normalise(text):
        raise BadInput("type or scan a donor DIN, a subject number, a wristband or a bag",
                       field="scan")
    if looks_like_din(text):
        # Decided by role before any look-up, so the answer never tells whether it exists.
        if refuses_donor_trace(principal.roles):
            raise Forbidden(DONOR_TRACE_REFUSED, field="scan")
        return _donor_url(session, parse_donor_din(text))
    match = resolve(session, text, principal)
    if match.kind == "subject":
        return f"/trace/subject/{match.id}"
    if match.kind == "bag":
        bag = session.get(Bag, match.id)
        if bag is not None and bag.subject_id is not None:
            return f"/trace/subject/{bag.subject_id}"
        raise BadInput(f"{match.title} is not allocated to a subject yet; trace its donor "
                       "from its lot's page.", field="scan")
    if match.kind == "cbu":
        unit = session.get(CordBloodUnit, match.id)
        assert unit is not None
        return f"/trace/donor/{unit.din}"
    if match.kind == "lot":
        lot = lots.get_lot(session, match.id)
        return _donor_url(session, parse_din_text(lot.din))
    raise BadInput(f"{match.title} is not part of the chain of identity. Scan a donor DIN, a "
                   "wristband or a bag label, or type a subject number.", field="scan")


def _donor_url(session: Session, din: Din) -> str:
    if session.exec(select(CordBloodUnit.id).where(CordBloodUnit.din == din.text)).first():
        return f"/trace/donor/{din.text}"
    lot = lots.find_by_din(session, din.text)
    shown = f"{din.eye_readable} {din.check_character}"
    if lot is None:
        raise NotFound(f"No cord blood unit or lot has DIN {shown}.", field="scan")
    parents = lots.parent_dins(session, [lot.id or 0]).get(lot.id or 0, [])
    donors = ", ".join(din_text(p) for p in parents) or "no recorded starting material"
    raise BadInput(f"DIN {shown} is a lot, not a donor; it was made from {donors}. Type or "
                   "scan one of those DINs to trace its donor.", field="scan")
