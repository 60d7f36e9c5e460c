"""Rows at site scale for query plans and page timings: N lots with their unit, entries,
verifications, QC samples, five bags each, ten audit events each, release signatures, 5 000
subjects with identifiers and allocated bags, custody events and acknowledged notifications.

Inserted as plain rows (SQLAlchemy Core), not through the services: this is filler around a
demo site, shaped like a site's history (most lots long released or closed, a few hundred
being made, a few dozen bags at the ward), for ``bench/page_queries.py`` to measure the pages'
queries against. Its audit rows do not form a verifiable chain and its records say nothing; a
site-scale database made through the services is ``cellchain demo --scale`` (issue 13 item 1).
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Table, func, insert, select

from cellchain.audit.models import AuditEvent
from cellchain.bags.models import Bag
from cellchain.batch.models import BatchEntry, EntryCheck, EntryVerification
from cellchain.cbu.models import CordBloodUnit
from cellchain.custody.models import CustodyEvent
from cellchain.db import Database
from cellchain.lots.models import Lot, LotParent
from cellchain.notifications.models import Notification
from cellchain.qc.models import QcSample
from cellchain.signatures.models import Signature
from cellchain.trial.models import ChainOfIdentity, Subject

STEPS = (("activation", 0, True), ("transfer", 4, False), ("feed", 6, False),
         ("feed", 9, False), ("inprocess_qc", 11, False), ("harvest", 14, True),
         ("formulation", 14, True))
# Where a site's lots are after a few years: nearly all finished with.
LOT_STATES = (("released", 0.62), ("closed", 0.3), ("rejected", 0.05), ("recalled", 0.028),
              ("expanding", 0.002))
BAG_STATES = (("infused", 0.45), ("expired", 0.4), ("destroyed", 0.1), ("released", 0.05))
CHUNK = 20_000


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


def _chunks(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _pick(rng: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([w[0] for w in weighted], [w[1] for w in weighted])[0]


def add_site_rows(database: Database, lots: int, subjects: int = 5000, seed: int = 13) -> None:
    """Adds the rows (ids after the ones present) in chunks of one transaction each."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    with database.engine.connect() as conn:
        first = {m: int(conn.execute(select(func.coalesce(func.max(col), 0))).scalar_one()) + 1
                 for m, col in ((Lot, Lot.id), (CordBloodUnit, CordBloodUnit.id),  # type: ignore[arg-type]
                                (Bag, Bag.id), (Subject, Subject.id),  # type: ignore[arg-type]
                                (ChainOfIdentity, ChainOfIdentity.id),  # type: ignore[arg-type]
                                (AuditEvent, AuditEvent.seq))}  # type: ignore[arg-type]
    states = [_pick(rng, LOT_STATES) for _ in range(lots)]
    # Lots being made started last week; the rest over four years.
    made = [now - timedelta(days=7 if state == "expanding" else rng.uniform(20, 1500))
            for state in states]
    lot_ids = range(first[Lot], first[Lot] + lots)
    subject_ids = range(first[Subject], first[Subject] + subjects)
    # Each subject received one or two bags of released lots.
    released = [i for i, s in enumerate(states) if s == "released"]
    allocated = {first[Bag] + 5 * rng.choice(released) + rng.randrange(5): subject_ids[k // 2]
                 for k in range(int(subjects * 1.5))}
    at_ward = set(rng.sample(sorted(allocated), 40))

    def lot_rows() -> Iterator[dict[str, Any]]:
        for i, lot_id in enumerate(lot_ids):
            yield {"id": lot_id, "din": f"A999325{lot_id:06d}", "status": states[i],
                   "version": 1, "created_at": made[i], "status_changed_at": made[i],
                   "process_name": "RAK", "process_version": "2",
                   "cell_source": "allogeneic", "activated_at": made[i],
                   "qc_spec_name": "RAK-QC", "qc_spec_version": "1"}

    def unit_rows() -> Iterator[dict[str, Any]]:
        for i, lot_id in enumerate(lot_ids):
            yield {"id": first[CordBloodUnit] + i, "din": f"A999225{lot_id:06d}",
                   "product_code": "S9998V00", "bank_name": "Bank", "status": "consumed",
                   "received_at": made[i], "source_type": "cord_blood"}

    def parent_rows() -> Iterator[dict[str, Any]]:
        for i, lot_id in enumerate(lot_ids):
            yield {"lot_id": lot_id, "cbu_id": first[CordBloodUnit] + i}

    def entry_rows() -> Iterator[dict[str, Any]]:
        for i, lot_id in enumerate(lot_ids):
            for step, day, _ in STEPS[:3] if states[i] == "expanding" else STEPS:
                yield {"lot_id": lot_id, "step_id": step, "day": day, "values": "{}",
                       "findings": "[]", "recorded_by_name": "Bench",
                       "recorded_at": made[i] + timedelta(days=day)}

    def sample_rows() -> Iterator[dict[str, Any]]:
        for i, lot_id in enumerate(lot_ids):
            for n, test in enumerate(("supernatant", "final_product", "retain"), start=1):
                yield {"lot_id": lot_id, "sample_number": n, "test": test,
                       "taken_at": made[i] + timedelta(days=11)}

    def bag_rows() -> Iterator[dict[str, Any]]:
        for i, lot_id in enumerate(lot_ids):
            for d in range(5):
                bag_id = first[Bag] + 5 * i + d
                status = ("at_ward" if bag_id in at_ward else "infused" if bag_id in allocated
                          else _pick(rng, BAG_STATES) if states[i] == "released"
                          else "destroyed")
                yield {"id": bag_id, "lot_id": lot_id, "division": f"A{'abcde'[d]}",
                       "product_code": f"S1234VA{'abcde'[d]}", "status": status,
                       "subject_id": allocated.get(bag_id),
                       "coi_id": allocated[bag_id] - first[Subject] + first[ChainOfIdentity]
                       if bag_id in allocated else None,
                       "expires_at": now + timedelta(hours=6) if bag_id in at_ward
                       else made[i] + timedelta(days=15),
                       "created_at": made[i] + timedelta(days=14), "version": 1}

    def subject_rows() -> Iterator[dict[str, Any]]:
        for subject_id in subject_ids:
            yield {"id": subject_id, "screening_number": f"B{subject_id:07d}",
                   "subject_number": f"B{subject_id:07d}", "date_of_birth": datetime(
                       1960, 1, 1).date(), "status": "on_treatment",
                   "created_at": now - timedelta(days=rng.uniform(30, 1500))}

    def coi_rows() -> Iterator[dict[str, Any]]:
        for k, subject_id in enumerate(subject_ids):
            yield {"id": first[ChainOfIdentity] + k, "identifier": f"CHA999325{subject_id:06d}",
                   "subject_id": subject_id, "issued_at": now - timedelta(days=30)}

    def custody_rows() -> Iterator[dict[str, Any]]:
        for bag_id in allocated:
            for kind in ("dispatched", "received"):
                yield {"bag_id": bag_id, "kind": kind, "leg": 1, "at": now - timedelta(hours=2),
                       "location": "Ward", "actor_name": "Bench", "temperature_c": 5.0}

    seq = iter(range(first[AuditEvent], first[AuditEvent] + 10 * lots))
    lot_events = ("lot.planned", "lot.activated", "lot.expanding", "lot.harvested",
                  "lot.in_qc", "lot.released", "batch.entry_verified")

    def audit_rows() -> Iterator[dict[str, Any]]:
        for i, lot_id in enumerate(lot_ids):
            events = [("lot", lot_id, action) for action in lot_events]
            events += [("bag", first[Bag] + 5 * i + d, "bag.created") for d in range(3)]
            for entity_type, entity_id, action in events:
                yield {"seq": next(seq), "at": made[i], "actor_name": "Bench", "action": action,
                       "entity_type": entity_type, "entity_id": str(entity_id),
                       "changes": "[]", "data": json.dumps({"signature_seq": 0}),
                       "prev_hash": os.urandom(32).hex(), "hash": os.urandom(32).hex(),
                       "format": 2, "blinding": "unblinded"}

    def signature_rows() -> Iterator[dict[str, Any]]:
        for i, lot_id in enumerate(lot_ids):
            if states[i] in ("released", "recalled"):
                yield {"signer_id": 1, "printed_name": "Bench", "meaning": "released",
                       "signed_at": made[i], "entity_type": "lot",
                       "entity_id": str(lot_id),
                       "record_hash": "0" * 64, "audit_seq": first[AuditEvent] + 10 * i + 5}

    def notification_rows() -> Iterator[dict[str, Any]]:
        for n in range(lots // 2):
            at = now - timedelta(minutes=n)
            yield {"key": f"bench:{first[Lot]}:{n}", "kind": "due", "message": "done",
                   "roles": "technician", "created_at": at, "acknowledged_at": at}

    fillers = ((Lot, lot_rows), (CordBloodUnit, unit_rows), (LotParent, parent_rows),
               (BatchEntry, entry_rows), (QcSample, sample_rows), (Subject, subject_rows),
               (ChainOfIdentity, coi_rows), (Bag, bag_rows), (CustodyEvent, custody_rows),
               (AuditEvent, audit_rows), (Signature, signature_rows),
               (Notification, notification_rows))
    for model, rows in fillers:
        for chunk in _chunks(rows()):
            with database.engine.begin() as conn:
                conn.execute(insert(_table(model)), chunk)
    with database.engine.begin() as conn:
        entries = conn.execute(select(BatchEntry.id, BatchEntry.step_id).where(  # type: ignore[call-overload]
            BatchEntry.lot_id >= first[Lot])).all()
        second = {step for step, _, checked in STEPS if checked}
        verified = [{"entry_id": entry_id, "verified_by_name": "Bench", "verified_at": now}
                    for entry_id, step in entries if step in second]
    checks = [{"id": row["entry_id"], "checked_at": now} for row in verified]
    for model, closed in ((EntryVerification, verified), (EntryCheck, checks)):
        for chunk in _chunks(iter(closed)):
            with database.engine.begin() as conn:
                conn.execute(insert(_table(model)), chunk)
