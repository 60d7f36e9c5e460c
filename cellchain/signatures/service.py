"""Signing: re-authenticate the signer, then bind a signature to one record version.

Two steps so that a refused attempt can be recorded and committed without any business change:
``check_signer`` returns either a ``SignerProof`` or a ``SigningRefusal``; only a proof lets
``apply`` write a signature. Routes return the refusal as a response instead of raising, so the
failed attempt (and a lock-out it causes) is kept (21 CFR 11.300(d)).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlmodel import Session, col, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor
from cellchain.auth import rules as auth_rules
from cellchain.auth import service as auth_service
from cellchain.auth.models import AuthSession, User
from cellchain.auth.passwords import verify_password
from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.config import Settings
from cellchain.errors import SigningRefused
from cellchain.notifications import service as notifications
from cellchain.signatures import rules
from cellchain.signatures.models import Signature
from cellchain.signatures.rules import Meaning

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class SignerProof:
    """Evidence that the signed-in person just re-entered their own credentials."""

    principal: Principal
    at: datetime
    _token: object = field(repr=False, compare=False)

@dataclass(frozen=True)
class SigningRefusal:
    message: str
    field: str

_PROOF_TOKEN = object()

def signer_needs_user_id(session: Session, principal: Principal) -> bool:
    """Returns whether the next signature in this session must include the user ID."""
    row = session.get(AuthSession, principal.token_hash)
    return rules.needs_user_id(signed_before_in_session=bool(row and row.first_signed_at))

def check_signer(
    session: Session,
    *,
    principal: Principal,
    username: str | None,
    password: str,
    now: datetime,
    settings: Settings,
) -> SignerProof | SigningRefusal:
    """Re-authenticates the signed-in person for one signing (11.200(a)(1), 11.200(a)(2))."""
    refusal = rules.may_sign(principal.roles)
    if refusal:
        return SigningRefusal(refusal, "password")
    user = auth_service.get_user(session, principal.user_id)
    if auth_rules.is_locked(user.locked_until, now):
        return SigningRefusal("Your account is locked after repeated failed attempts; "
                              "signing is not possible until it is unlocked.", "password")
    needs_id = signer_needs_user_id(session, principal)
    entered = auth_rules.normalise_username(username or "")
    if needs_id and not entered:
        return SigningRefusal("Enter your user ID and password: this is your first signature "
                              "since signing in.", "username")
    if entered and entered != principal.username:
        _report_foreign_credentials(session, principal=principal, entered=entered, now=now)
        return SigningRefusal("The user ID entered is not yours. Only the signed-in person can "
                              "sign; this attempt has been reported to QA.", "username")
    if not password:
        return SigningRefusal("Enter your password to sign.", "password")
    if not verify_password(user.password_hash, password):
        outcome = auth_service.register_failed_password(
            session, user=user, now=now, settings=settings, context="signature",
            actor=principal.actor)
        return SigningRefusal(f"Signature not applied: {outcome.message}", "password")
    if user.failed_logins:
        user.failed_logins = 0
        session.add(user)
    return SignerProof(principal=principal, at=now, _token=_PROOF_TOKEN)

def require_signer(
    session: Session, *, principal: Principal, username: str | None, password: str,
    now: datetime, settings: Settings,
) -> SignerProof:
    """The signing ceremony of every signed action: returns a proof, or raises SigningRefused
    naming the field to correct; the record of the refused attempt is committed (11.300(d))."""
    outcome = check_signer(session, principal=principal, username=username, password=password,
                           now=now, settings=settings)
    if isinstance(outcome, SigningRefusal):
        raise SigningRefused(outcome.message, field=outcome.field)
    return outcome


def check_witness(
    session: Session, *, performer: Principal, username: str, password: str,
    roles_needed: frozenset[Role], now: datetime, settings: Settings,
) -> SignerProof | SigningRefusal:
    """A second person confirms, in front of the first, with their own user ID and password
    (DESIGN §1 "nobody verifies their own bedside check"; 21 CFR 11.200(a)(1): both components,
    since the witness has no session here). Another person's user ID is the point of this
    path, so it is not reported as misuse as ``check_signer`` does; a wrong password counts
    against the witness's account like any other."""
    entered = auth_rules.normalise_username(username)
    if not entered:
        return SigningRefusal("Enter the second person's user ID.", "witness_username")
    if entered == performer.username:
        return SigningRefusal("The second person must be someone other than you: nobody "
                              "confirms their own check.", "witness_username")
    user = auth_service.find_user(session, entered)
    if user is None or not user.active or user.id is None:
        return SigningRefusal("That user ID and password were not accepted.",
                              "witness_password")
    roles = auth_service.roles_of(session, user.id)
    refusal = rules.may_sign(roles)
    if refusal or not roles & roles_needed:
        needed = " or ".join(sorted(role.value for role in roles_needed))
        return SigningRefusal(refusal or f"{user.printed_name} cannot confirm this: it needs a "
                              f"{needed}.", "witness_username")
    if auth_rules.is_locked(user.locked_until, now):
        return SigningRefusal(f"{user.printed_name}'s account is locked after repeated failed "
                              "attempts.", "witness_password")
    if not password:
        return SigningRefusal("The second person enters their password.", "witness_password")
    if not verify_password(user.password_hash, password):
        outcome = auth_service.register_failed_password(
            session, user=user, now=now, settings=settings, context="witness",
            actor=Actor(user.id, user.printed_name))
        return SigningRefusal(f"Not confirmed: {outcome.message}", "witness_password")
    if user.failed_logins:
        user.failed_logins = 0
        session.add(user)
    witness = Principal(user_id=user.id, username=user.username, printed_name=user.printed_name,
                        roles=roles, token_hash="", kind="witness", csrf_token="")
    return SignerProof(principal=witness, at=now, _token=_PROOF_TOKEN)


def _report_foreign_credentials(
    session: Session, *, principal: Principal, entered: str, now: datetime
) -> None:
    # 11.200(a)(3) / 11.300(d): use of someone else's credentials is detected and reported.
    audit.record(session, actor=principal.actor, action="signature.foreign_user_id",
                 entity_type="user", entity_id=principal.user_id, now=now,
                 data={"entered_user_id": entered})
    notifications.raise_notification(
        session, key=f"foreign-signature:{principal.user_id}:{now.isoformat()}",
        kind="security", roles=[Role.QA, Role.ADMIN], now=now, about_user_id=principal.user_id,
        message=f"{principal.printed_name} ({principal.username}) tried to sign with the user "
                f"ID '{entered}'.",
    )

def apply(
    session: Session,
    *,
    proof: SignerProof,
    meaning: Meaning,
    entity_type: str,
    entity_id: object,
    snapshot: Mapping[str, Any],
    now: datetime,
) -> Signature:
    """Writes a signature bound to the hash of snapshot, with its audit record."""
    if proof._token is not _PROOF_TOKEN:
        raise ValueError("a signature needs a SignerProof from check_signer")
    principal = proof.principal
    digest = rules.record_hash(snapshot)
    event = audit.record(
        session, actor=principal.actor, action="signature.applied", entity_type=entity_type,
        entity_id=entity_id, now=now,
        data={"meaning": meaning.value, "record_hash": digest, "statement": meaning.statement},
    )
    signature = Signature(
        signer_id=principal.user_id, printed_name=principal.printed_name,
        meaning=meaning.value, signed_at=now, entity_type=entity_type,
        entity_id=str(entity_id), record_hash=digest, audit_seq=event.seq,
    )
    session.add(signature)
    row = session.get(AuthSession, principal.token_hash)
    if row is not None and row.first_signed_at is None:
        row.first_signed_at = now
        session.add(row)
    session.flush()
    return signature

@dataclass(frozen=True)
class ShownSignature:
    """A signature as every rendering shows it (11.50(b)): printed name and user ID (so two
    people can never be confused), time, meaning, status."""

    printed_name: str
    user_id: str
    signed_at: datetime
    meaning: Meaning
    status: str

def manifest(
    session: Session, *, entity_type: str, entity_id: object, snapshot: Mapping[str, Any]
) -> list[ShownSignature]:
    """Returns every signature on a record with its status against the current version."""
    return manifests(session, entity_type=entity_type, snapshots={entity_id: snapshot})[entity_id]


def manifests(
    session: Session, *, entity_type: str, snapshots: Mapping[K, Mapping[str, Any]]
) -> dict[K, list[ShownSignature]]:
    """``manifest`` of several records of one type in one query (a page listing records with
    their signatures reads them all at once), keyed like ``snapshots``."""
    keys = {str(key): key for key in snapshots}
    found: dict[K, list[ShownSignature]] = {key: [] for key in snapshots}
    if not keys:
        return found
    rows = session.exec(
        select(Signature, User.username)
        .join(User, col(User.id) == col(Signature.signer_id))
        .where(Signature.entity_type == entity_type, col(Signature.entity_id).in_(list(keys)))
        .order_by(col(Signature.signed_at), col(Signature.id))
    ).all()
    for r, username in rows:
        key = keys[r.entity_id]
        found[key].append(ShownSignature(r.printed_name, username, r.signed_at,
                                         Meaning(r.meaning),
                                         rules.signature_status(r.record_hash, snapshots[key])))
    return found
