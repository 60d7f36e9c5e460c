"""Evidence outside the chain that the chain once reached further: checkpoints, signed reviews
and signatures. Pure (no I/O); ``cellchain.audit.checkpoints`` reads and writes the files.

A hash chain proves that no record *inside* it was changed, inserted or removed, but a tail cut
off cleanly leaves a shorter chain that still verifies. Each anchor names a sequence number that
must exist (and, where known, its hash), so ``audit verify`` can say which records are missing
and what proves they existed (21 CFR 11.10(e); EU GMP Annex 11 §9).

A checkpoint is authenticated by an HMAC-SHA256 under the site secret, which is kept outside
the database: someone who can rewrite the database cannot forge a checkpoint that agrees with
a rewritten chain (PERFORMANCE-NOTES rule 7).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cellchain.audit.chain import canonical_json, format_instant, parse_instant

CHECKPOINT_FORMAT = 1


@dataclass(frozen=True)
class Anchor:
    """Sequence ``seq`` must exist (with ``hash``, when known); ``source`` says who says so."""

    seq: int
    hash: str | None
    source: str


@dataclass(frozen=True)
class Checkpoint:
    """The chain's head at one moment; ``chain_id`` (the hash of record 1) names the chain."""

    chain_id: str
    seq: int
    hash: str
    at: datetime

    def body(self) -> dict[str, Any]:
        return {"format": CHECKPOINT_FORMAT, "chain_id": self.chain_id, "seq": self.seq,
                "hash": self.hash, "at": format_instant(self.at)}


class BadCheckpoint(ValueError):
    """A checkpoint file that cannot be read or whose HMAC does not verify."""


def _mac(body: dict[str, Any], key: str) -> str:
    return hmac.new(key.encode("utf-8"), canonical_json(body).encode("utf-8"),
                    hashlib.sha256).hexdigest()


def checkpoint_text(checkpoint: Checkpoint, key: str) -> str:
    """Returns the checkpoint file's text: its fields and their HMAC, as one JSON object."""
    body = checkpoint.body()
    return canonical_json({**body, "hmac": _mac(body, key)}) + "\n"


def parse_checkpoint(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


@dataclass(frozen=True)
class SignatureLink:
    """A signature row beside the ``signature.applied`` event its ``audit_seq`` points at."""

    signature_id: int
    signer_id: int
    entity_type: str
    entity_id: str
    record_hash: str
    audit_seq: int
    event_action: str | None  # None: no event with that sequence number exists
    event_actor_id: int | None
    event_entity_type: str | None
    event_entity_id: str | None
    event_data: str | None


def signature_problems(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems
