"""Pure hash-chain rules: canonical serialisation, hashing and verification. No I/O."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64


def canonical_json(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def format_instant(at: datetime) -> str:
    """Returns a UTC instant at microsecond precision, the precision both databases store."""
    if at.tzinfo is None:
        raise ValueError("audit times must be timezone-aware")
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class ChainRecord:
    """The hashed fields of one audit record, exactly as stored."""

    seq: int
    at: datetime
    actor_id: int | None
    actor_name: str
    action: str
    entity_type: str
    entity_id: str
    changes: str
    reason: str | None
    data: str
    prev_hash: str

    def payload(self) -> str:
        return canonical_json(
            {
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def compute_hash(self) -> str:
        return hashlib.sha256(self.payload().encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoredRecord:
    record: ChainRecord
    stored_hash: str


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    count: int
    head: str
    first_bad_seq: int | None = None
    problem: str | None = None


def record_from_row(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
        ),
        stored_hash=row["hash"],
    )


def verify_chain(records: Iterable[StoredRecord]) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), or when its
    content no longer hashes to the stored hash (an edit).
    """
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    return VerifyResult(True, count, prev_hash)
