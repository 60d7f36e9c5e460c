"""What http_load.py sends, read from the database under test through cellchain's own services
and queries: sign-ins for the roles that use each endpoint, the 2-D texts printed on a bag and
a wristband at the ward, the bag's lot and its donor. Nothing is hard-coded, so the same
command measures the demo database, a site-scale one or a copy of a site's own.

Each measurement signs in afresh (``signed_in``: a session row, as sign-in writes) and signs
out after it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from openloop import Request
from sqlmodel import Session, col, func, select

from cellchain.audit.models import AuditEvent
from cellchain.auth import service as auth
from cellchain.auth.deps import session_cookie_name
from cellchain.auth.models import User, UserRole
from cellchain.auth.roles import Role
from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.bedside import rules as bedside_rules
from cellchain.bedside import service as bedside
from cellchain.bedside.scanned import scanned_records
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.errors import CellchainError
from cellchain.labels.data import LabelKind
from cellchain.labels.service import label_data_for
from cellchain.lots import service as lots
from cellchain.lots.models import Lot
from cellchain.trial.models import Subject


@dataclass(frozen=True)
class Endpoint:
    name: str
    server: str  # "cellchain" or "floor"
    method: str
    path: str
    body: bytes = b""
    role: Role | None = None  # who signs in to call it (None: nobody, the floor)
    kind: str = "api"  # "api": a bearer token; "web": the session cookie of a page
    expect: str = ""  # text the answer must hold (checked once before measuring)
    writes: bool = False  # records something: measured after every read

    def request(self, token: str, cookie: str) -> Request:
        headers = {}
        if self.kind == "web" and self.role is not None:
            headers["Cookie"] = f"{cookie}={token}"
        elif self.role is not None:
            headers["Authorization"] = f"Bearer {token}"
        if self.body:
            headers["Content-Type"] = "application/json"
        return Request(self.method, self.path, headers, self.body)


@dataclass(frozen=True)
class Counts:
    lots: int
    bags: int
    subjects: int
    audit_events: int


@dataclass(frozen=True)
class Prepared:
    endpoints: list[Endpoint]
    counts: Counts
    notes: list[str]


class NoInput(Exception):
    """The database lacks what an endpoint needs (say which, so the user can seed it)."""


def _user_with(session: Session, role: Role) -> User:
    user = session.exec(
        select(User).join(UserRole, col(UserRole.user_id) == col(User.id))
        .where(UserRole.role == role.value, col(User.active).is_(True),
               col(User.must_change_password).is_(False))
        .order_by(col(User.id))).first()
    if user is None:
        raise NoInput(f"no active {role.value} user with a password of their own")
    return user


def _verdict(session: Session, wristband: str, bag: str, settings: Settings) -> str:
    """What the bedside rule says about a pair today, read without recording an attempt."""
    roles = frozenset({Role.CLINICIAN})
    scanned = scanned_records(session, wristband=wristband, bag=bag, roles=roles)
    facts = bedside.facts_for(session, scanned, roles=roles, acknowledged=False,
                              settings=settings, now=utcnow())
    return bedside_rules.verify(wristband=wristband, bag=bag, facts=facts).verdict


def _wristband(session: Session, subject_id: int, settings: Settings) -> str | None:
    try:
        return label_data_for(session, LabelKind.WRISTBAND, subject_id, settings).label_2d
    except CellchainError:  # no wristband yet (a subject in screening)
        return None


@dataclass(frozen=True)
class _WardPair:
    bag: Bag
    wristband: str
    bag_text: str
    verdict: str


def _ward_pair(session: Session, settings: Settings) -> _WardPair:
    """A bag at the ward with its subject's wristband, GO if any pair is GO today."""
    at_ward = session.exec(
        select(Bag).where(bags.where_effective_status(BagStatus.AT_WARD, utcnow()),
                          col(Bag.subject_id).is_not(None))
        .order_by(col(Bag.id)).limit(20)).all()
    pairs = []
    for bag in at_ward:
        assert bag.id is not None and bag.subject_id is not None
        wristband = _wristband(session, bag.subject_id, settings)
        if wristband is None:
            continue
        bag_text = label_data_for(session, LabelKind.BAG, bag.id, settings).label_2d
        pair = _WardPair(bag, wristband, bag_text,
                         _verdict(session, wristband, bag_text, settings))
        if pair.verdict == bedside_rules.GO:
            return pair
        pairs.append(pair)
    if not pairs:
        raise NoInput("no bag at the ward allocated to a subject with a wristband")
    return pairs[0]


def _other_wristband(session: Session, subject_id: int, settings: Settings) -> str:
    for other in session.exec(select(Subject.id).where(col(Subject.id) != subject_id,
                                                       col(Subject.subject_number).is_not(None))
                              .order_by(col(Subject.id)).limit(20)):
        if other is not None and (wristband := _wristband(session, other, settings)):
            return wristband
    raise NoInput("no second subject with a wristband (for the STOP pair)")


def _counts(session: Session) -> Counts:
    def count(column: Any) -> int:
        return session.exec(select(func.count(column))).one()

    return Counts(count(Lot.id), count(Bag.id), count(Subject.id), count(AuditEvent.seq))


def _json(body: dict[str, object]) -> bytes:
    return json.dumps(body).encode()


def prepare(database: Database, settings: Settings) -> Prepared:
    """Finds the texts and records; returns the endpoints in the order they are measured."""
    notes = []
    with database.session_scope(write=False) as session:
        pair = _ward_pair(session, settings)
        if pair.verdict != bedside_rules.GO:
            notes.append("no bag at the ward verifies GO today; the 'GO' row measures a STOP")
        stop_wristband = _other_wristband(session, pair.bag.subject_id or 0, settings)
        lot_id = pair.bag.lot_id
        donors = lots.parents_of(session, lot_id)
        if not donors:
            raise NoInput(f"lot {lot_id} has no cord blood unit (for the donor trace)")
        counts = _counts(session)

    def verify(wristband: str) -> bytes:
        return _json({"wristband": wristband, "bag": pair.bag_text,
                      "acknowledge_conditional_release": False})

    verify_path, tech, clin = "/api/v1/bedside/verify", Role.TECHNICIAN, Role.CLINICIAN
    endpoints = [
        Endpoint("floor: FastAPI def JSON", "floor", "GET", "/floor", expect='"ok"'),
        Endpoint("POST /api/v1/bedside/verify GO", "cellchain", "POST", verify_path,
                 verify(pair.wristband), clin, expect=f'"verdict":"{pair.verdict}"',
                 writes=True),
        Endpoint("POST /api/v1/bedside/verify STOP", "cellchain", "POST", verify_path,
                 verify(stop_wristband), clin, expect='"verdict":"stop"', writes=True),
        Endpoint("POST /api/v1/scan (bag 2-D)", "cellchain", "POST", "/api/v1/scan",
                 _json({"scan": pair.bag_text}), tech, expect='"kind":"bag"'),
        Endpoint("GET /api/v1/bags?status=at_ward", "cellchain", "GET",
                 "/api/v1/bags?status=at_ward", role=tech, expect='"status":"at_ward"'),
        Endpoint("GET /lots/{id} (lot page)", "cellchain", "GET", f"/lots/{lot_id}",
                 role=tech, kind="web", expect="<html"),
        Endpoint("GET / (technician dashboard)", "cellchain", "GET", "/", role=tech,
                 kind="web", expect="<html"),
        Endpoint("GET / (QA dashboard)", "cellchain", "GET", "/", role=Role.QA, kind="web",
                 expect="<html"),
        Endpoint("GET /api/v1/trace/donor/{din}", "cellchain", "GET",
                 f"/api/v1/trace/donor/{donors[0].din}", role=tech, expect='"items"'),
    ]
    return Prepared(endpoints, counts, notes)


@contextmanager
def signed_in(database: Database, settings: Settings, endpoint: Endpoint) -> Iterator[Request]:
    """The endpoint's request with a session started for it, ended afterwards as signing out
    does: each measurement starts from the same state and leaves no session open."""
    cookie = session_cookie_name(settings)
    if endpoint.role is None:
        yield endpoint.request("", cookie)
        return
    with database.session_scope() as session:
        token, _ = auth.start_session(session, user=_user_with(session, endpoint.role),
                                      kind=endpoint.kind, now=utcnow(), settings=settings)
    try:
        yield endpoint.request(token, cookie)
    finally:
        with database.session_scope() as session:
            principal = auth.resolve_token(session, token=token, now=utcnow(),
                                           settings=settings).principal
            if principal is not None:
                auth.end_session(session, principal=principal, reason="signed_out",
                                 now=utcnow())
