"""Cord blood unit receipt (the batch-record issue adds the full receipt record and QA decision)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.cbu.models import CordBloodUnit
from cellchain.db import get_record
from cellchain.errors import Conflict
from cellchain.isbt128.din import Din
from cellchain.isbt128.product_code import ProductCode

RECEIVED = "received"


def get_cbu(session: Session, cbu_id: int) -> CordBloodUnit:
    return get_record(session, CordBloodUnit, cbu_id, "cord blood unit")


def receive(
    session: Session, *, actor: Actor, din: Din, product_code: ProductCode, bank_name: str,
    now: datetime, collected_at: datetime | None = None,
) -> CordBloodUnit:
    """Registers a unit in quarantine, identified by the bank's DIN and product code."""
    duplicate = session.exec(select(CordBloodUnit).where(
        CordBloodUnit.din == din.text, CordBloodUnit.product_code == product_code.content)).first()
    if duplicate is not None:
        raise Conflict(f"Cord blood unit {din.text} {product_code.content} was already received.")
    cbu = CordBloodUnit(din=din.text, product_code=product_code.content, bank_name=bank_name,
                        status=RECEIVED, received_at=now, collected_at=collected_at)
    session.add(cbu)
    session.flush()
    audit.record(session, actor=actor, action="cbu.received", entity_type="cbu",
                 entity_id=cbu.id, now=now,
                 changes=[Change("din", None, din.text),
                          Change("product_code", None, product_code.content),
                          Change("bank_name", None, bank_name)])
    return cbu
