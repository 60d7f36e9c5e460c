"""Demo QC results and release decisions taken the way a site takes them: a QC analyst enters
each result and a second person reviews it; QA signs in, records the review of the lot's audit
trail and signs the decision with user ID and password. There is no shortcut through the status
table (it refuses one: cellchain.lots.service.RELEASE_GATE), so every released demo lot carries
a real signature by a QA user who took no part in the lot."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, select

from cellchain.audit.service import Actor
from cellchain.auth import service as auth_service
from cellchain.config import Settings
from cellchain.lots.models import Lot
from cellchain.qc import service as qc
from cellchain.qc.models import QcSample
from cellchain.qc.specification import specification_for
from cellchain.release import late
from cellchain.release import service as release
from cellchain.release.rules import Decision
from cellchain.signatures import service as signatures

# In-specification results for a lot made for 3 × 10⁹ cells per bag in 100 mL bags.
PASSING: Mapping[str, str] = {
    "supernatant_sterility": "no growth", "endotoxin": "0.2", "mycoplasma_pcr": "negative",
    "viability": "92.4", "viable_cells_per_bag": "2.95e9", "cd3": "91.3",
    "gram_stain": "no organisms seen", "sterility_14d": "no growth",
    # A placebo kit lot's own tests (PLACEBO-QC v1) at the demo's 100 mL kit volume.
    "appearance": "clear, no visible particles", "volume": "100"}


@dataclass(frozen=True)
class Releaser:
    """Who tests and who decides: ``analyst`` enters results, ``reviewer`` reviews them, and
    ``username`` (a QA user, with ``password``) signs decisions."""

    analyst: Actor
    reviewer: Actor
    username: str
    password: str
    settings: Settings

    def results(self, session: Session, lot: Lot, now: datetime, *,
                skip: frozenset[str] = frozenset(), only: frozenset[str] | None = None,
                differing: Mapping[str, str] | None = None) -> None:
        """Enters and reviews every result of the lot's specification on its samples (or
        ``only`` those), but those in ``skip``; ``differing`` replaces passing results."""
        samples = {s.test: s for s in session.exec(select(QcSample).where(
            QcSample.lot_id == lot.id))}
        for test in specification_for(lot, self.settings).tests:
            sample = samples.get(test.sample)
            if test.id in skip or (only is not None and test.id not in only) or sample is None:
                continue
            recorded = qc.record_result(
                session, actor=self.analyst, lot=lot, sample=sample, test_id=test.id,
                raw_result=(differing or {}).get(test.id, PASSING[test.id]),
                method=test.method, instrument="QC-LAB-01", analyst=self.analyst.name,
                tested_at=min(sample.taken_at + timedelta(minutes=10), now),
                settings=self.settings, now=now)
            qc.review_result(session, actor=self.reviewer, result_id=recorded.result.id or 0,
                             note="", now=now)

    def decide(self, session: Session, lot: Lot, decision: Decision, reason: str,
               now: datetime, *, proof: signatures.SignerProof | None = None) -> None:
        """Reviews the lot's audit trail and signs ``decision`` as the QA user (refused, as in
        the web UI, with every blocker when the lot may not be decided so). With ``proof``
        (the QA user's, already re-authenticated) it signs without signing in again."""
        def sign(proof: signatures.SignerProof) -> None:
            release.review_audit_trail(session, actor=proof.principal.actor, lot=lot,
                                       through_seq=release.trail_head(session, lot.id or 0),
                                       now=now)
            release.decide(session, proof=proof, lot=lot, decision=decision, reason=reason,
                           settings=self.settings, now=now)
        self._signed(session, now, sign, proof)

    def recall(self, session: Session, lot: Lot, reason: str, now: datetime, *,
               proof: signatures.SignerProof | None = None) -> None:
        """Signs the recall of a released lot as the QA user, as on the release review page."""
        self._signed(session, now, lambda proof: late.recall(
            session, proof=proof, lot=lot, reason=reason, now=now), proof)

    def _signed(self, session: Session, now: datetime,
                act: Callable[[signatures.SignerProof], object],
                proof: signatures.SignerProof | None) -> None:
        """Signs in as the QA user, re-enters the credentials for one signing, acts, signs
        out; or acts on the proof given."""
        if proof is not None:
            act(proof)
            return
        user = auth_service.find_user(session, self.username)
        assert user is not None, self.username
        token, _ = auth_service.start_session(session, user=user, kind="web", now=now,
                                              settings=self.settings)
        principal = auth_service.resolve_token(session, token=token, now=now,
                                               settings=self.settings).principal
        assert principal is not None
        proof = signatures.require_signer(session, principal=principal,
                                          username=self.username, password=self.password,
                                          now=now, settings=self.settings)
        act(proof)
        auth_service.end_session(session, principal=principal, reason="demo decision signed",
                                 now=now)
