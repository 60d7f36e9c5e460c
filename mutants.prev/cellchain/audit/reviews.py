"""Signed reviews of the audit trail: QA verifies the chain and signs what it saw."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.models import AuditReview
from cellchain.audit.service import Change
from cellchain.errors import BadInput
from cellchain.signatures import service as signatures
from cellchain.signatures.rules import Meaning


def snapshot(review: AuditReview) -> dict[str, Any]:
    """Returns the signed content of a review (what the signature's hash covers)."""
    return {
        "type": "audit_review",
        "id": review.id,
        "up_to_seq": review.up_to_seq,
        "head_hash": review.head_hash,
        "chain_ok": review.chain_ok,
        "comment": review.comment,
    }


def record_review(
    session: Session, *, proof: signatures.SignerProof, comment: str, now: datetime
) -> AuditReview:
    """Verifies the chain now, stores the result with the reviewer's comment, and signs it."""
    if not comment.strip():
        raise BadInput("comment is required: say what you reviewed and what you found",
                       field="comment")
    result = audit.verify(session)
    review = AuditReview(
        reviewer_id=proof.principal.user_id, reviewed_at=now, up_to_seq=result.count,
        head_hash=result.head, chain_ok=result.ok, comment=comment.strip(),
    )
    session.add(review)
    session.flush()
    audit.record(session, actor=proof.principal.actor, action="audit.reviewed",
                 entity_type="audit_review", entity_id=review.id, now=now,
                 changes=[Change("chain_ok", None, result.ok),
                          Change("up_to_seq", None, result.count)])
    signatures.apply(session, proof=proof, meaning=Meaning.REVIEWED,
                     entity_type="audit_review", entity_id=review.id,
                     snapshot=snapshot(review), now=now)
    return review


def recent(session: Session, limit: int = 10) -> list[AuditReview]:
    return list(session.exec(
        select(AuditReview).order_by(col(AuditReview.reviewed_at).desc()).limit(limit)
    ))
