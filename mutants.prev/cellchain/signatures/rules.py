"""Pure e-signature rules: meanings, components required, record binding. No I/O."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from cellchain.audit.chain import canonical_json
from cellchain.auth.roles import Role


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class Meaning(StrEnum):
    """11.50(a)(3): what the signer means by signing."""

    PERFORMED = "performed"
    VERIFIED = "verified"
    REVIEWED = "reviewed"
    QC_APPROVED = "qc_approved"
    RELEASED = "released"
    CONDITIONALLY_RELEASED = "conditionally_released"
    REJECTED = "rejected"
    DEVIATION_CLOSED = "deviation_closed"
    UNBLINDED = "unblinded"
    CBU_ACCEPTED = "cbu_accepted"
    CBU_REJECTED = "cbu_rejected"

    @property
    def statement(self) -> str:
        return MEANING_STATEMENTS[self]


MEANING_STATEMENTS: dict[Meaning, str] = {
    Meaning.PERFORMED: "I performed this step as recorded",
    Meaning.VERIFIED: "I verified this entry as a second person",
    Meaning.REVIEWED: "I reviewed this record",
    Meaning.QC_APPROVED: "I approve these QC results",
    Meaning.RELEASED: "I release this lot for clinical use",
    Meaning.CONDITIONALLY_RELEASED: "I release this lot conditionally, with results pending",
    Meaning.REJECTED: "I reject this lot",
    Meaning.DEVIATION_CLOSED: "I close this deviation",
    Meaning.UNBLINDED: "I break the blind for this subject",
    Meaning.CBU_ACCEPTED: "I accept this cord blood unit for manufacturing",
    Meaning.CBU_REJECTED: "I reject this cord blood unit",
}
mutants_x_record_hash__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_record_hash__mutmut)
def record_hash(snapshot: Mapping[str, Any]) -> str:
    """Returns the SHA-256 of the canonical form of a record version (11.70 binding)."""
    return hashlib.sha256(canonical_json(dict(snapshot)).encode("utf-8")).hexdigest()


def x_record_hash__mutmut_orig(snapshot: Mapping[str, Any]) -> str:
    """Returns the SHA-256 of the canonical form of a record version (11.70 binding)."""
    return hashlib.sha256(canonical_json(dict(snapshot)).encode("utf-8")).hexdigest()


def x_record_hash__mutmut_1(snapshot: Mapping[str, Any]) -> str:
    """Returns the SHA-256 of the canonical form of a record version (11.70 binding)."""
    return hashlib.sha256(None).hexdigest()


def x_record_hash__mutmut_2(snapshot: Mapping[str, Any]) -> str:
    """Returns the SHA-256 of the canonical form of a record version (11.70 binding)."""
    return hashlib.sha256(canonical_json(dict(snapshot)).encode(None)).hexdigest()


def x_record_hash__mutmut_3(snapshot: Mapping[str, Any]) -> str:
    """Returns the SHA-256 of the canonical form of a record version (11.70 binding)."""
    return hashlib.sha256(canonical_json(None).encode("utf-8")).hexdigest()


def x_record_hash__mutmut_4(snapshot: Mapping[str, Any]) -> str:
    """Returns the SHA-256 of the canonical form of a record version (11.70 binding)."""
    return hashlib.sha256(canonical_json(dict(None)).encode("utf-8")).hexdigest()


def x_record_hash__mutmut_5(snapshot: Mapping[str, Any]) -> str:
    """Returns the SHA-256 of the canonical form of a record version (11.70 binding)."""
    return hashlib.sha256(canonical_json(dict(snapshot)).encode("XXutf-8XX")).hexdigest()


def x_record_hash__mutmut_6(snapshot: Mapping[str, Any]) -> str:
    """Returns the SHA-256 of the canonical form of a record version (11.70 binding)."""
    return hashlib.sha256(canonical_json(dict(snapshot)).encode("UTF-8")).hexdigest()

mutants_x_record_hash__mutmut['_mutmut_orig'] = x_record_hash__mutmut_orig # type: ignore # mutmut generated
mutants_x_record_hash__mutmut['x_record_hash__mutmut_1'] = x_record_hash__mutmut_1 # type: ignore # mutmut generated
mutants_x_record_hash__mutmut['x_record_hash__mutmut_2'] = x_record_hash__mutmut_2 # type: ignore # mutmut generated
mutants_x_record_hash__mutmut['x_record_hash__mutmut_3'] = x_record_hash__mutmut_3 # type: ignore # mutmut generated
mutants_x_record_hash__mutmut['x_record_hash__mutmut_4'] = x_record_hash__mutmut_4 # type: ignore # mutmut generated
mutants_x_record_hash__mutmut['x_record_hash__mutmut_5'] = x_record_hash__mutmut_5 # type: ignore # mutmut generated
mutants_x_record_hash__mutmut['x_record_hash__mutmut_6'] = x_record_hash__mutmut_6 # type: ignore # mutmut generated
mutants_x_needs_user_id__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_needs_user_id__mutmut)
def needs_user_id(*, signed_before_in_session: bool) -> bool:
    """11.200(a)(1): the first signing of a continuous session uses every component."""
    return not signed_before_in_session


def x_needs_user_id__mutmut_orig(*, signed_before_in_session: bool) -> bool:
    """11.200(a)(1): the first signing of a continuous session uses every component."""
    return not signed_before_in_session


def x_needs_user_id__mutmut_1(*, signed_before_in_session: bool) -> bool:
    """11.200(a)(1): the first signing of a continuous session uses every component."""
    return signed_before_in_session

mutants_x_needs_user_id__mutmut['_mutmut_orig'] = x_needs_user_id__mutmut_orig # type: ignore # mutmut generated
mutants_x_needs_user_id__mutmut['x_needs_user_id__mutmut_1'] = x_needs_user_id__mutmut_1 # type: ignore # mutmut generated
mutants_x_may_sign__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_may_sign__mutmut)
def may_sign(roles: frozenset[Role]) -> str | None:
    """Returns why these roles may not sign GMP records, or None when they may."""
    # Any account holding admin is refused, even one made before roles were checked together.
    if Role.ADMIN in roles:
        return "System administrators cannot sign GMP or trial records."
    return None


def x_may_sign__mutmut_orig(roles: frozenset[Role]) -> str | None:
    """Returns why these roles may not sign GMP records, or None when they may."""
    # Any account holding admin is refused, even one made before roles were checked together.
    if Role.ADMIN in roles:
        return "System administrators cannot sign GMP or trial records."
    return None


def x_may_sign__mutmut_1(roles: frozenset[Role]) -> str | None:
    """Returns why these roles may not sign GMP records, or None when they may."""
    # Any account holding admin is refused, even one made before roles were checked together.
    if Role.ADMIN not in roles:
        return "System administrators cannot sign GMP or trial records."
    return None


def x_may_sign__mutmut_2(roles: frozenset[Role]) -> str | None:
    """Returns why these roles may not sign GMP records, or None when they may."""
    # Any account holding admin is refused, even one made before roles were checked together.
    if Role.ADMIN in roles:
        return "XXSystem administrators cannot sign GMP or trial records.XX"
    return None


def x_may_sign__mutmut_3(roles: frozenset[Role]) -> str | None:
    """Returns why these roles may not sign GMP records, or None when they may."""
    # Any account holding admin is refused, even one made before roles were checked together.
    if Role.ADMIN in roles:
        return "system administrators cannot sign gmp or trial records."
    return None


def x_may_sign__mutmut_4(roles: frozenset[Role]) -> str | None:
    """Returns why these roles may not sign GMP records, or None when they may."""
    # Any account holding admin is refused, even one made before roles were checked together.
    if Role.ADMIN in roles:
        return "SYSTEM ADMINISTRATORS CANNOT SIGN GMP OR TRIAL RECORDS."
    return None

mutants_x_may_sign__mutmut['_mutmut_orig'] = x_may_sign__mutmut_orig # type: ignore # mutmut generated
mutants_x_may_sign__mutmut['x_may_sign__mutmut_1'] = x_may_sign__mutmut_1 # type: ignore # mutmut generated
mutants_x_may_sign__mutmut['x_may_sign__mutmut_2'] = x_may_sign__mutmut_2 # type: ignore # mutmut generated
mutants_x_may_sign__mutmut['x_may_sign__mutmut_3'] = x_may_sign__mutmut_3 # type: ignore # mutmut generated
mutants_x_may_sign__mutmut['x_may_sign__mutmut_4'] = x_may_sign__mutmut_4 # type: ignore # mutmut generated
mutants_x_signature_status__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_signature_status__mutmut)
def signature_status(signed_hash: str, current_snapshot: Mapping[str, Any]) -> str:
    """Returns "valid" while the record is the version signed, else "superseded"."""
    return "valid" if record_hash(current_snapshot) == signed_hash else "superseded"


def x_signature_status__mutmut_orig(signed_hash: str, current_snapshot: Mapping[str, Any]) -> str:
    """Returns "valid" while the record is the version signed, else "superseded"."""
    return "valid" if record_hash(current_snapshot) == signed_hash else "superseded"


def x_signature_status__mutmut_1(signed_hash: str, current_snapshot: Mapping[str, Any]) -> str:
    """Returns "valid" while the record is the version signed, else "superseded"."""
    return "valid" if (record_hash(current_snapshot) == signed_hash) and False else "superseded"


def x_signature_status__mutmut_2(signed_hash: str, current_snapshot: Mapping[str, Any]) -> str:
    """Returns "valid" while the record is the version signed, else "superseded"."""
    return "valid" if (record_hash(current_snapshot) == signed_hash) or True else "superseded"


def x_signature_status__mutmut_3(signed_hash: str, current_snapshot: Mapping[str, Any]) -> str:
    """Returns "valid" while the record is the version signed, else "superseded"."""
    return "XXvalidXX" if record_hash(current_snapshot) == signed_hash else "superseded"


def x_signature_status__mutmut_4(signed_hash: str, current_snapshot: Mapping[str, Any]) -> str:
    """Returns "valid" while the record is the version signed, else "superseded"."""
    return "VALID" if record_hash(current_snapshot) == signed_hash else "superseded"


def x_signature_status__mutmut_5(signed_hash: str, current_snapshot: Mapping[str, Any]) -> str:
    """Returns "valid" while the record is the version signed, else "superseded"."""
    return "valid" if record_hash(None) == signed_hash else "superseded"


def x_signature_status__mutmut_6(signed_hash: str, current_snapshot: Mapping[str, Any]) -> str:
    """Returns "valid" while the record is the version signed, else "superseded"."""
    return "valid" if record_hash(current_snapshot) != signed_hash else "superseded"


def x_signature_status__mutmut_7(signed_hash: str, current_snapshot: Mapping[str, Any]) -> str:
    """Returns "valid" while the record is the version signed, else "superseded"."""
    return "valid" if record_hash(current_snapshot) == signed_hash else "XXsupersededXX"


def x_signature_status__mutmut_8(signed_hash: str, current_snapshot: Mapping[str, Any]) -> str:
    """Returns "valid" while the record is the version signed, else "superseded"."""
    return "valid" if record_hash(current_snapshot) == signed_hash else "SUPERSEDED"

mutants_x_signature_status__mutmut['_mutmut_orig'] = x_signature_status__mutmut_orig # type: ignore # mutmut generated
mutants_x_signature_status__mutmut['x_signature_status__mutmut_1'] = x_signature_status__mutmut_1 # type: ignore # mutmut generated
mutants_x_signature_status__mutmut['x_signature_status__mutmut_2'] = x_signature_status__mutmut_2 # type: ignore # mutmut generated
mutants_x_signature_status__mutmut['x_signature_status__mutmut_3'] = x_signature_status__mutmut_3 # type: ignore # mutmut generated
mutants_x_signature_status__mutmut['x_signature_status__mutmut_4'] = x_signature_status__mutmut_4 # type: ignore # mutmut generated
mutants_x_signature_status__mutmut['x_signature_status__mutmut_5'] = x_signature_status__mutmut_5 # type: ignore # mutmut generated
mutants_x_signature_status__mutmut['x_signature_status__mutmut_6'] = x_signature_status__mutmut_6 # type: ignore # mutmut generated
mutants_x_signature_status__mutmut['x_signature_status__mutmut_7'] = x_signature_status__mutmut_7 # type: ignore # mutmut generated
mutants_x_signature_status__mutmut['x_signature_status__mutmut_8'] = x_signature_status__mutmut_8 # type: ignore # mutmut generated
