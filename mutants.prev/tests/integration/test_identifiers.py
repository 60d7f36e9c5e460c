"""Identifier assignment: lot DINs and COI identifiers have no gap or duplicate, even when
several transactions assign at once (tested on SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from cellchain.bags.models import Bag
from cellchain.db import Database
from cellchain.identifiers.models import IdentifierSequence
from cellchain.identifiers.service import (
    assign_coi,
    assign_lot_din,
    new_kit_number,
    next_in_sequence,
)
from cellchain.isbt128.checkchar import check_character
from cellchain.isbt128.din import parse_din_text

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_lot_dins_count_up_from_one_per_facility_and_year(database: Database) -> None:
    with database.session_scope() as session:
        first = assign_lot_din(session, fin="A9990", now=NOW, zone=LONDON)
        second = assign_lot_din(session, fin="A9990", now=NOW, zone=LONDON)
        other_fin = assign_lot_din(session, fin="A9991", now=NOW, zone=LONDON)
        next_year = assign_lot_din(session, fin="A9990", now=datetime(2027, 1, 1, tzinfo=UTC),
                                   zone=LONDON)
    assert [first.text, second.text] == ["A999026000001", "A999026000002"]
    assert other_fin.text == "A999126000001"
    assert next_year.text == "A999027000001"
    assert parse_din_text(first.text) == first


def test_the_nominal_year_is_the_sites_local_year() -> None:
    # 31 Dec 23:30 UTC is already 1 Jan in Tokyo: the DIN carries the site's year.
    from cellchain.identifiers.service import nominal_year

    late = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
    assert nominal_year(late, ZoneInfo("Asia/Tokyo")) == "27"
    assert nominal_year(late, LONDON) == "26"


def test_a_rolled_back_assignment_gives_its_number_back(database: Database) -> None:
    with database.session_scope() as session:
        assert next_in_sequence(session, "lot_din", "A999026") == 1
    with pytest.raises(RuntimeError), database.session_scope() as session:
        assert next_in_sequence(session, "lot_din", "A999026") == 2
        raise RuntimeError("the action failed after assigning")
    with database.session_scope() as session:
        assert next_in_sequence(session, "lot_din", "A999026") == 2


@pytest.mark.parametrize("kind", ["lot_din", "coi"])
def test_concurrent_assigners_get_every_number_exactly_once(
    database: Database, kind: str
) -> None:
    threads, per_thread = 6, 8
    start = threading.Barrier(threads)
    got: list[str] = []
    errors: list[BaseException] = []

    def assign() -> None:
        try:
            start.wait(timeout=10)
            for _ in range(per_thread):
                with database.session_scope() as session:
                    if kind == "lot_din":
                        got.append(assign_lot_din(session, fin="A9990", now=NOW,
                                                  zone=LONDON).text)
                    else:
                        got.append(assign_coi(session, fin="A9990", now=NOW,
                                              zone=LONDON).content)
        except BaseException as exc:  # reported below, with the thread that failed
            errors.append(exc)

    workers = [threading.Thread(target=assign) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == []
    numbers = sorted(int(text[-6:]) for text in got)
    assert numbers == list(range(1, threads * per_thread + 1))
    with database.session_scope(write=False) as session:
        row = session.exec(select(IdentifierSequence).where(
            IdentifierSequence.kind == kind)).one()
        assert row.last_value == threads * per_thread


def test_coi_identifiers_follow_ds040_with_a_check_character(database: Database) -> None:
    with database.session_scope() as session:
        coi = assign_coi(session, fin="A9990", now=NOW, zone=LONDON)
    assert coi.content == "CHA999026000001"
    assert coi.text == "&/CHA999026000001"
    assert coi.check_character == check_character("CHA999026000001")


def test_kit_numbers_are_random_unused_and_check_character_protected(
    database: Database
) -> None:
    with database.session_scope() as session:
        kits = {new_kit_number(session) for _ in range(50)}
        assert session.exec(select(Bag)).first() is None
    assert len(kits) == 50
    for kit in kits:
        assert kit[0] == "K" and kit[1:7].isdigit()
        assert kit[7] == check_character(kit[:7])
    # Random, not sequential: consecutive kit numbers would reveal the order bags were made.
    assert sorted(int(k[1:7]) for k in kits) != list(range(1, 51))
