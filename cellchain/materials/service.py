"""Material lot use cases: receipt into quarantine, QA release or rejection, look-up at a step.

Receipt records what 21 CFR 1271.210(d) asks of reagent records: receipt, supplier, lot number,
expiry date and the evidence it meets specification (certificate of analysis reference).

Every change writes its audit record in the caller's transaction (DESIGN §4 rule 4); nothing
here commits. Status writes are compare-and-swap on ``version`` (STYLE §4.2), so two QA users
deciding on one lot yield exactly one decision. Equipment has its own package
(``cellchain.equipment``); the step gate here reads both.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.db import get_record
from cellchain.equipment.models import Equipment
from cellchain.equipment.rules import normalise_asset_number
from cellchain.errors import (
    BadInput,
    Conflict,
    Forbidden,
    NotFound,
    TransitionBlocked,
)
from cellchain.guarded import guarded_update, read_for_write
from cellchain.materials.models import MaterialLot
from cellchain.materials.rules import (
    MaterialStatus,
    check_material_transition,
    check_usable,
    is_expired,
    material_code,
    material_kind_label,
    parse_material_code,
    parse_material_kind,
    required_text,
)


def get_material(session: Session, material_id: int) -> MaterialLot:
    return get_record(session, MaterialLot, material_id, "material lot")


def find_material_by_code(session: Session, code: str) -> MaterialLot | None:
    """Returns the lot a scanned code names, or None; a malformed code raises BadInput."""
    material_id = parse_material_code(code)
    return session.exec(select(MaterialLot).where(
        MaterialLot.code == material_code(material_id))).first()


def receive_material(
    session: Session, *, actor: Actor, kind: str, name: str, supplier: str, supplier_lot: str,
    expires_on: date, certificate_ref: str, now: datetime, today: date | None = None,
) -> MaterialLot:
    """Registers a supplier lot in quarantine and gives it its material code (M000012).

    ``today`` is the site's calendar date (default: the UTC date of ``now``).
    """
    parsed = parse_material_kind(kind)
    name = required_text(name, field="name", label="Name", max_length=200)
    supplier = required_text(supplier, field="supplier", label="Supplier", max_length=200)
    supplier_lot = required_text(supplier_lot, field="supplier_lot", label="Supplier lot",
                                 max_length=64)
    certificate_ref = required_text(certificate_ref, field="certificate_ref",
                                    label="Certificate of analysis reference", max_length=200)
    if is_expired(expires_on, today or now.date()):
        raise BadInput(f"Expiry date {expires_on.isoformat()} is already past: an expired lot "
                       "cannot be received into stock.", field="expires_on")
    # Under the lock a receipt holds until it commits: the same lot received twice at once
    # is refused by name, not by the unique key (an aborted transaction, a 500).
    read_for_write(session)
    _refuse_duplicate(session, parsed.value, supplier, supplier_lot)
    # The code is derived from the row id, known only after the insert: a unique placeholder
    # holds the NOT NULL column until then, inside this same transaction.
    lot = MaterialLot(code=f"~{uuid.uuid4().hex[:15]}", kind=parsed.value, name=name,
                      supplier=supplier, supplier_lot=supplier_lot, expires_on=expires_on,
                      certificate_ref=certificate_ref, status=MaterialStatus.QUARANTINE.value,
                      received_at=now, status_changed_at=now)
    session.add(lot)
    session.flush()
    assert lot.id is not None
    lot.code = material_code(lot.id)
    session.add(lot)
    audit.record(session, actor=actor, action="material.received", entity_type="material_lot",
                 entity_id=lot.id, now=now,
                 changes=[Change("code", None, lot.code), Change("kind", None, lot.kind),
                          Change("name", None, name), Change("supplier", None, supplier),
                          Change("supplier_lot", None, supplier_lot),
                          Change("expires_on", None, expires_on.isoformat()),
                          Change("certificate_ref", None, certificate_ref),
                          Change("status", None, lot.status)])
    return lot


def _refuse_duplicate(session: Session, kind: str, supplier: str, supplier_lot: str) -> None:
    existing = session.exec(select(MaterialLot).where(
        MaterialLot.kind == kind, MaterialLot.supplier == supplier,
        MaterialLot.supplier_lot == supplier_lot)).first()
    if existing is not None:
        raise Conflict(f"{material_kind_label(kind)} supplier lot {supplier_lot} from {supplier} "
                       f"was already received as {existing.code}; print its label again "
                       "instead of receiving it twice.", field="supplier_lot")


def release_material(
    session: Session, *, actor: Actor, lot: MaterialLot, now: datetime,
    reason: str | None = None, today: date | None = None,
) -> MaterialLot:
    """QA releases a quarantined lot for use (21 CFR 211.84(a)); an expired lot is refused."""
    check_material_transition(lot, MaterialStatus.RELEASED)
    if is_expired(lot.expires_on, today or now.date()):
        raise Conflict(f"{material_kind_label(lot.kind)} lot {lot.code} expired on "
                       f"{lot.expires_on.isoformat()}; reject it instead of releasing it.")
    comment = (reason or "").strip() or None
    return _decide(session, actor=actor, lot=lot, target=MaterialStatus.RELEASED,
                   reason=comment, now=now)


def reject_material(
    session: Session, *, actor: Actor, lot: MaterialLot, reason: str, now: datetime
) -> MaterialLot:
    """QA rejects a quarantined lot; the reason is required and printed in every refusal."""
    check_material_transition(lot, MaterialStatus.REJECTED)
    reason = required_text(reason, field="reason", label="Reason for rejection",
                           max_length=500)
    return _decide(session, actor=actor, lot=lot, target=MaterialStatus.REJECTED,
                   reason=reason, now=now)


def _decide(
    session: Session, *, actor: Actor, lot: MaterialLot, target: MaterialStatus,
    reason: str | None, now: datetime,
) -> MaterialLot:
    """Writes the QA decision if nobody changed the lot since it was read (compare-and-swap).

    Whoever received the lot does not decide on it, whatever roles they hold (EU GMP Part I
    2.1, independence of the quality unit; the cord blood receipt follows the same rule).
    """
    assert lot.id is not None
    if actor.id is not None and actor.id == audit.first_actor(
            session, "material_lot", lot.id, "material.received"):
        raise Forbidden(f"You received {material_kind_label(lot.kind)} lot {lot.code}; a "
                        "different QA person must release or reject it.")
    old = lot.status
    guarded_update(session, lot, {"status": target.value, "status_reason": reason,
                                  "status_changed_at": now},
                   expect={"status": old}, record=f"Material lot {lot.code}",
                   audit_entity=("material_lot", lot.id))
    audit.record(session, actor=actor, action=f"material.{target.value}",
                 entity_type="material_lot", entity_id=lot.id, now=now, reason=reason,
                 changes=[Change("status", old, target.value)])
    return lot


def resolve_for_step(
    session: Session, *, material_codes: list[str], asset_numbers: list[str], today: date
) -> tuple[list[MaterialLot], list[Equipment]]:
    """Returns the scanned lots and equipment, or refuses with every reason they are unusable.

    Unknown codes raise NotFound naming them; a malformed code raises BadInput. A code scanned
    twice counts once. The audit append lock is taken before the rows are read: every change
    of a lot or equipment is a guarded write that needs that lock too (cellchain.guarded), so
    QA cannot reject a lot (or anyone take equipment out of service) between this check and
    the step being recorded, and no row lock is ever held while waiting for the audit lock.
    """
    audit.lock_for_append(session)
    ids = list(dict.fromkeys(parse_material_code(c) for c in material_codes))
    assets = list(dict.fromkeys(normalise_asset_number(a) for a in asset_numbers))
    materials = _load_materials(session, ids)
    equipment = _load_equipment(session, assets)
    reasons = check_usable(materials, equipment, today)
    if reasons:
        raise TransitionBlocked(
            f"This step cannot use what was scanned ({len(reasons)} problem"
            f"{'' if len(reasons) == 1 else 's'}): replace each item listed.", reasons)
    return materials, equipment


def _load_materials(session: Session, ids: list[int]) -> list[MaterialLot]:
    if not ids:
        return []
    query = select(MaterialLot).where(col(MaterialLot.id).in_(ids))
    found = {lot.id: lot for lot in session.exec(query)}
    missing = [material_code(i) for i in ids if i not in found]
    if missing:
        raise NotFound(f"No material lot with code {', '.join(missing)}: check the label or "
                       "receive the lot first.", field="material_codes")
    return [found[i] for i in ids]


def _load_equipment(session: Session, assets: list[str]) -> list[Equipment]:
    if not assets:
        return []
    query = select(Equipment).where(col(Equipment.asset_number).in_(assets))
    found = {eq.asset_number: eq for eq in session.exec(query)}
    missing = [a for a in assets if a not in found]
    if missing:
        raise NotFound(f"No equipment with asset number {', '.join(missing)}: check the "
                       "equipment label or register it first.", field="asset_numbers")
    return [found[a] for a in assets]
