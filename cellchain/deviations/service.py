"""Deviations: opened automatically by an out-of-specification entry or by hand, investigated,
and closed by QA with an e-signature. An open deviation puts the lot on hold and blocks
release and the lifting of a hold (DESIGN §4.2; EU GMP Part I 1.4(xiv), 21 CFR 211.192)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.db import get_record
from cellchain.deviations.models import Deviation
from cellchain.errors import BadInput, Conflict
from cellchain.guarded import guarded_update, read_for_write
from cellchain.identifiers.service import next_in_sequence
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState, deviation_holds_lot
from cellchain.signatures import service as signatures
from cellchain.signatures.rules import Meaning


class Severity(StrEnum):
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"


OPEN = "open"
CLOSED = "closed"


def get_deviation(session: Session, deviation_id: int) -> Deviation:
    return get_record(session, Deviation, deviation_id, "deviation")


def open_for_lot(session: Session, lot_id: int) -> list[Deviation]:
    return list(session.exec(select(Deviation).where(
        Deviation.lot_id == lot_id, Deviation.status == OPEN).order_by(col(Deviation.id))))


def open_deviation(
    session: Session, *, actor: Actor, lot: Lot, description: str, severity: Severity,
    now: datetime, entry_id: int | None = None,
) -> Deviation:
    """Opens a deviation and puts the lot on hold (unless it is already held or final)."""
    from cellchain.lots import service as lots  # lots.service checks deviations too

    if not description.strip():
        raise BadInput("description is required: say what deviated", field="description")
    # The lot's state decides whether it is held: read under the lock a hold's lifting takes.
    read_for_write(session, lot)
    year = now.year
    number = f"DEV-{year}-{next_in_sequence(session, 'deviation', str(year)):04d}"
    deviation = Deviation(number=number, lot_id=lot.id or 0, entry_id=entry_id,
                          description=description.strip(), severity=severity.value,
                          status=OPEN, opened_by_name=actor.name, opened_at=now)
    session.add(deviation)
    session.flush()
    audit.record(session, actor=actor, action="deviation.opened", entity_type="deviation",
                 entity_id=deviation.id, now=now,
                 changes=[Change("lot", None, lot.din), Change("severity", None, severity.value),
                          Change("description", None, deviation.description)])
    if deviation_holds_lot(LotState(lot.status)):
        lots.transition(session, actor=actor, lot=lot, target=LotState.ON_HOLD, now=now,
                        reason=f"{number} opened: {deviation.description[:200]}")
    return deviation


def update_investigation(
    session: Session, *, actor: Actor, deviation: Deviation, investigation: str, capa: str,
    now: datetime,
) -> Deviation:
    if deviation.status != OPEN:
        raise Conflict(f"{deviation.number} is closed; a closed deviation is not edited.")
    changes = [Change(name, getattr(deviation, name), value.strip() or None)
               for name, value in (("investigation", investigation), ("capa", capa))
               if (value.strip() or None) != getattr(deviation, name)]
    if not changes:
        return deviation
    guarded_update(session, deviation, {c.field: c.new for c in changes},
                   expect={"status": OPEN}, record=f"Deviation {deviation.number}",
                   audit_entity=("deviation", deviation.id))
    audit.record(session, actor=actor, action="deviation.updated", entity_type="deviation",
                 entity_id=deviation.id, now=now, changes=changes)
    return deviation


def snapshot(deviation: Deviation) -> dict[str, object]:
    """What a closing signature is bound to."""
    return {"number": deviation.number, "lot_id": deviation.lot_id,
            "description": deviation.description, "severity": deviation.severity,
            "investigation": deviation.investigation, "capa": deviation.capa}


def close(
    session: Session, *, proof: signatures.SignerProof, deviation: Deviation, now: datetime
) -> Deviation:
    """QA closes a deviation with an e-signature; investigation and CAPA must be written."""
    from cellchain.auth.roles import Role

    if Role.QA not in proof.principal.roles:
        raise Conflict("Only QA closes a deviation.")
    if deviation.status != OPEN:
        raise Conflict(f"{deviation.number} is already closed.")
    missing = [name for name in ("investigation", "capa") if not getattr(deviation, name)]
    if missing:
        raise BadInput(f"{deviation.number} cannot close without "
                       f"{' and '.join(m.upper() if m == 'capa' else m for m in missing)}",
                       field=missing[0])
    signature = signatures.apply(session, proof=proof, meaning=Meaning.DEVIATION_CLOSED,
                                 entity_type="deviation", entity_id=deviation.id,
                                 snapshot=snapshot(deviation), now=now)
    # Signed first, swapped second: if another QA user closed it meanwhile, the swap refuses
    # and the whole transaction, this signature included, rolls back (one closing signature).
    guarded_update(session, deviation, {"status": CLOSED,
                                        "closed_by_name": proof.principal.printed_name,
                                        "closed_at": now, "signature_id": signature.id},
                   expect={"status": OPEN}, record=f"Deviation {deviation.number}",
                   audit_entity=("deviation", deviation.id))
    audit.record(session, actor=proof.principal.actor, action="deviation.closed",
                 entity_type="deviation", entity_id=deviation.id, now=now,
                 changes=[Change("status", OPEN, CLOSED)])
    return deviation
