"""The chain of identity walked both ways (DESIGN §2, §6): donor -> lots -> bags -> custody
events, infusions, subjects; subject -> bags -> lots -> donor DINs (both databases)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session

from cellchain.audit import service as audit
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.errors import NotFound
from cellchain.isbt128.din import Din
from cellchain.trace import service
from cellchain.trace.items import DonorTrace, SubjectTrace
from tests.support.trace import (
    OPEN_DONOR,
    Seeded,
    pooled_lot,
    record_handoffs,
    record_infusion,
    seed_chain,
)

POOL = (Din("A9991", "26", "004801"), Din("A9991", "26", "004802"))


def _kinds(trace: DonorTrace | SubjectTrace) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for item in trace.items:
        found.setdefault(item.kind, []).append(item)
    return found


@pytest.fixture
def seeded(database: Database, settings: Settings) -> Seeded:
    chain = seed_chain(database, settings)
    now = utcnow()
    with database.session_scope() as session:
        first = chain.open_bags[0]
        record_handoffs(session, first.id or 0, now - timedelta(hours=2))
        record_infusion(session, first.id or 0, first.subject_id or 0, now - timedelta(hours=1))
    return chain


def test_a_donor_trace_reaches_both_bags_and_both_subjects_with_custody_and_infusion(
    database: Database, seeded: Seeded
) -> None:
    with database.session_scope(write=False) as session:
        trace = service.donor_trace(session, din=OPEN_DONOR, now=utcnow())
    kinds = _kinds(trace)
    assert trace.donor.din == OPEN_DONOR.text
    assert [d.din for d in kinds["donor"]] == [OPEN_DONOR.text]
    assert [lot.id for lot in kinds["lot"]] == [seeded.open_lot.id]
    assert kinds["lot"][0].parent_dins == [OPEN_DONOR.text]
    assert [b.id for b in kinds["bag"]] == [b.id for b in seeded.open_bags]
    assert {b.subject_number for b in kinds["bag"]} == {"RAK001", "RAK002"}
    assert [s.subject_number for s in kinds["subject"]] == ["RAK001", "RAK002"]
    first = seeded.open_bags[0].id
    assert [(e.event, e.bag_id) for e in kinds["custody_event"]] == [
        ("dispatched", first), ("received", first)]
    assert [(i.bag_id, i.subject_id) for i in kinds["infusion"]] == [
        (first, seeded.subjects["RAK001"])]
    # Nothing of the other (kit) lot leaks into this donor's trace.
    assert seeded.kit_bag.id not in {b.id for b in kinds["bag"]}


def test_a_subject_trace_walks_back_through_bag_and_lot_to_the_donor_din(
    database: Database, seeded: Seeded
) -> None:
    with database.session_scope(write=False) as session:
        trace = service.subject_trace(session, subject_id=seeded.subjects["RAK001"],
                                      now=utcnow())
    kinds = _kinds(trace)
    assert trace.subject.subject_number == "RAK001" and trace.subject.coi
    assert [b.id for b in kinds["bag"]] == [seeded.open_bags[0].id]
    assert kinds["bag"][0].coi == trace.subject.coi
    assert [lot.din for lot in kinds["lot"]] == [seeded.open_lot.din]
    assert [d.din for d in kinds["donor"]] == [OPEN_DONOR.text]
    assert kinds["lot"][0].donor_ids == [d.id for d in kinds["donor"]]
    assert [e.event for e in kinds["custody_event"]] == ["dispatched", "received"]
    assert len(kinds["infusion"]) == 1
    assert list(kinds) == ["bag", "custody_event", "infusion", "lot", "donor"]


def test_a_lot_made_from_two_units_lists_both_donors_from_either_side(
    database: Database, settings: Settings, seeded: Seeded
) -> None:
    subject_id = seeded.subjects["RAK004"]
    with database.session_scope() as session:
        lot_id = pooled_lot(session, settings, POOL, subject_id, utcnow()).id
    with database.session_scope(write=False) as session:
        back = service.subject_trace(session, subject_id=subject_id, now=utcnow())
        forward = service.donor_trace(session, din=POOL[1], now=utcnow())
    assert sorted(d.din for d in _kinds(back)["donor"]) == [d.text for d in POOL]
    (lot,) = _kinds(forward)["lot"]
    assert lot.id == lot_id and lot.parent_dins == [d.text for d in POOL]
    assert [s.subject_number for s in _kinds(forward)["subject"]] == ["RAK004"]
    # The donor items of a donor trace are that donor's units only; the other is a parent DIN.
    assert [d.din for d in _kinds(forward)["donor"]] == [POOL[1].text]


def test_a_subject_with_no_bag_has_an_empty_trace_and_a_missing_one_is_not_found(
    database: Database, seeded: Seeded
) -> None:
    with database.session_scope(write=False) as session:
        assert service.subject_trace(session, subject_id=seeded.subjects["SCR005"],
                                     now=utcnow()).items == []
        with pytest.raises(NotFound, match="No subject with id 999999"):
            service.subject_trace(session, subject_id=999999, now=utcnow())


def test_an_unknown_donor_din_is_not_found_naming_it_as_printed(
    database: Database, seeded: Seeded
) -> None:
    unknown = Din("A9991", "26", "009999")
    with database.session_scope(write=False) as session, pytest.raises(NotFound) as refused:
        service.donor_trace(session, din=unknown, now=utcnow())
    assert f"A9991 26 009999 {unknown.check_character}" in refused.value.message


@contextmanager
def _counting_selects() -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(Engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(Engine, "before_cursor_execute", count)


def _selects(database: Database, walk: Any) -> int:
    with database.session_scope(write=False) as session, _counting_selects() as statements:
        walk(session)
    return len(statements)


def test_each_walk_is_a_fixed_number_of_queries_however_many_bags_and_events(
    database: Database, settings: Settings, seeded: Seeded
) -> None:
    subject_id = seeded.subjects["RAK001"]

    def walks(session: Session) -> None:
        service.donor_trace(session, din=OPEN_DONOR, now=utcnow())
        service.subject_trace(session, subject_id=subject_id, now=utcnow())

    before = _selects(database, walks)
    now = utcnow()
    with database.session_scope() as session:  # more bags, events and infusions on both sides
        second = seeded.open_bags[1]
        record_handoffs(session, second.id or 0, now - timedelta(hours=3))
        record_infusion(session, second.id or 0, second.subject_id or 0, now)
        pooled_lot(session, settings, POOL, subject_id, now)
    # Six queries a walk today: the count may change with the design, never with the data.
    assert _selects(database, walks) == before <= 12


def test_a_trace_writes_nothing(database: Database, seeded: Seeded) -> None:
    head = audit.head
    with database.session_scope(write=False) as session:
        before = head(session)
    with database.session_scope() as session:
        service.donor_trace(session, din=OPEN_DONOR, now=utcnow())
        service.subject_trace(session, subject_id=seeded.subjects["RAK001"], now=utcnow())
        assert not session.new and not session.dirty
    with database.session_scope(write=False) as session:
        assert head(session) == before
