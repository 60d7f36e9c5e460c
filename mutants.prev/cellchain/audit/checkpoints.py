"""Checkpoint files and the full verification of the audit trail against every anchor.

``cellchain audit checkpoint`` and the daily verify job write the chain's head to a file in
the data directory, HMAC-authenticated under the site secret; ``verify_all`` checks the chain
against every checkpoint of this chain, every signed review's head and every signature's audit
sequence, and each signature row against its ``signature.applied`` event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.anchors import (
    Anchor,
    BadCheckpoint,
    Checkpoint,
    SignatureLink,
    checkpoint_text,
    parse_checkpoint,
    signature_problems,
)
from cellchain.audit.chain import VerifyResult
from cellchain.audit.models import AuditEvent, AuditReview
from cellchain.config import Settings
from cellchain.errors import Conflict
from cellchain.signatures.models import Signature


def checkpoint_dir(settings: Settings) -> Path:
    return settings.data_dir / "audit-checkpoints"


def _chain_id(session: Session) -> str | None:
    return session.exec(select(AuditEvent.hash).where(AuditEvent.seq == 1)).first()


def write_checkpoint(session: Session, *, settings: Settings, now: datetime) -> tuple[Path, str]:
    """Writes the chain's current head to a new checkpoint file; returns its path and text."""
    chain_id = _chain_id(session)
    if chain_id is None:
        raise Conflict("The audit trail is empty: there is no head to checkpoint yet.")
    seq, head_hash = audit.head(session)
    checkpoint = Checkpoint(chain_id=chain_id, seq=seq, hash=head_hash, at=now)
    text = checkpoint_text(checkpoint, settings.resolved_secret_key())
    folder = checkpoint_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"checkpoint-{seq:012d}-{now:%Y%m%dT%H%M%S%fZ}.json"
    path.write_text(text)
    return path, text


@dataclass
class Verification:
    """The chain walk plus what the anchors around it found."""

    result: VerifyResult
    problems: list[str] = field(default_factory=list)
    anchors: int = 0
    ignored: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.result.ok and not self.problems


def _checkpoint_anchors(
    session: Session, settings: Settings
) -> tuple[list[Anchor], list[str], list[str]]:
    anchors, problems, ignored = [], [], []
    chain_id = _chain_id(session)
    key = settings.resolved_secret_key()
    folder = checkpoint_dir(settings)
    for path in sorted(folder.glob("checkpoint-*.json")) if folder.is_dir() else []:
        try:
            checkpoint = parse_checkpoint(path.read_text(), key)
        except (BadCheckpoint, OSError, UnicodeDecodeError) as exc:
            problems.append(f"checkpoint file {path.name} cannot be trusted: {exc}")
            continue
        # An empty trail matches no chain: every checkpoint then proves a loss.
        if chain_id is not None and checkpoint.chain_id != chain_id:
            ignored.append(f"{path.name} (another database's trail)")
            continue
        anchors.append(Anchor(checkpoint.seq, checkpoint.hash,
                              f"checkpoint {path.name} (written {checkpoint.at:%Y-%m-%d %H:%M} "
                              "UTC)"))
    return anchors, problems, ignored


def _record_anchors(session: Session) -> list[Anchor]:
    anchors = [Anchor(r.up_to_seq, r.head_hash,
                      f"signed audit-trail review {r.id} ({r.reviewed_at:%Y-%m-%d %H:%M} UTC)")
               for r in session.exec(select(AuditReview))]
    anchors += [Anchor(seq, None, f"signature {sid} ({name}, {meaning})")
                for sid, seq, name, meaning in session.exec(
                    select(col(Signature.id), Signature.audit_seq, Signature.printed_name,
                           Signature.meaning))]
    return anchors


def _signature_links(session: Session) -> list[SignatureLink]:
    rows = session.exec(
        select(Signature, AuditEvent)
        .join(AuditEvent, col(AuditEvent.seq) == col(Signature.audit_seq), isouter=True)
        .order_by(col(Signature.id)))
    return [SignatureLink(sig.id or 0, sig.signer_id, sig.entity_type, sig.entity_id,
                          sig.record_hash, sig.audit_seq,
                          event.action if event else None, event.actor_id if event else None,
                          event.entity_type if event else None,
                          event.entity_id if event else None, event.data if event else None)
            for sig, event in rows]


def verify_all(session: Session, *, settings: Settings) -> Verification:
    """Verifies the chain against every anchor and every signature against its event."""
    anchors, problems, ignored = _checkpoint_anchors(session, settings)
    anchors += _record_anchors(session)
    result = audit.verify(session, anchors=anchors)
    problems += signature_problems(_signature_links(session))
    return Verification(result, problems, len(anchors), ignored)
