"""Who makes, checks, decides and infuses in the site's history: the demo users.

Signing (the trade-off, issue 13 item 1): a signature needs the signer's password checked
(argon2id, about 0.3 s here), but a successful check writes nothing; the signature rows and
their audit records are written by ``signatures.apply`` for every decision. So a crew
re-authenticates its two signers through the real signature service once (``check_signer`` for
the QA user who decides, ``check_witness`` for the second clinician at the bedside) and every
signature of its fortnight is applied with those proofs. The stored records are those of a
check per signature; a check per signature would add about 200,000 argon2 verifications at
scale 1.0 (some 17 hours) and no record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from cellchain.audit.service import Actor
from cellchain.auth.principal import Principal
from cellchain.bedside import service as bedside
from cellchain.config import Settings
from cellchain.demo import password_of
from cellchain.demo.bedside import principal_of
from cellchain.demo.release import Releaser
from cellchain.demo.trial import signer_proof
from cellchain.signatures import service as signatures
from cellchain.signatures.service import SignerProof

# How long one crew's proofs are used: two working weeks of the site's history.
SHIFT = timedelta(days=14)
DECIDER = "qa2"  # took no part in any lot (segregation of duties, DESIGN §4.2)
CLINICIAN, WITNESS = "clinician", "clinician2"


@dataclass(frozen=True)
class Crew:
    maker: Actor  # technician: receives, makes, dispatches
    checker: Actor  # second person on steps; QC analyst
    qa: Actor  # accepts units, closes lots
    coordinator: Actor
    clinician: Principal
    releaser: Releaser  # QC results and their review, QA's decisions
    signer: SignerProof  # the deciding QA user's
    witness: SignerProof  # the second clinician's, confirming bedside checks
    since: datetime

    def current(self, at: datetime) -> bool:
        return self.since <= at < self.since + SHIFT


def crew_for(session: Session, settings: Settings, at: datetime) -> Crew:
    """The demo users as a crew whose signers re-authenticated at ``at``."""
    people = {name: principal_of(session, name)
              for name in ("technician", "qc", "qc2", "qa", "coordinator", CLINICIAN)}
    clinician = people[CLINICIAN]
    witness = signatures.check_witness(
        session, performer=clinician, username=WITNESS, password=password_of(WITNESS),
        roles_needed=bedside.WITNESSES, now=at, settings=settings)
    assert isinstance(witness, SignerProof), witness
    releaser = Releaser(analyst=people["qc"].actor, reviewer=people["qc2"].actor,
                        username=DECIDER, password=password_of(DECIDER), settings=settings)
    return Crew(maker=people["technician"].actor, checker=people["qc"].actor,
                qa=people["qa"].actor, coordinator=people["coordinator"].actor,
                clinician=clinician, releaser=releaser,
                signer=signer_proof(session, DECIDER, password_of(DECIDER), settings, at),
                witness=witness, since=at)
