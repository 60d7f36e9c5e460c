"""The pure hash-chain verifier: clean logs pass; every mutation names the first bad record."""

from __future__ import annotations

import dataclasses
import hashlib
import random
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.dialects import postgresql, sqlite

from cellchain.audit.anchors import Anchor
from cellchain.audit.chain import (
    GENESIS_HASH,
    ROW_COLUMNS,
    ChainRecord,
    StoredRecord,
    VerifyResult,
    canonical_json,
    format_instant,
    row_hasher,
    verify_rows,
)
from cellchain.audit.chain import verify_chain as verify_records
from cellchain.db import UTCDateTime

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
_SQLITE, _PG = sqlite.dialect(), postgresql.dialect()
# How the audit table's time column reads a stored value: on SQLite ISO text (naive = UTC), on
# PostgreSQL the driver's datetime.
READ_AT = UTCDateTime().dialect_impl(_SQLITE).result_processor(_SQLITE, None)
READ_AT_PG = UTCDateTime().dialect_impl(_PG).result_processor(_PG, None)


def as_row(stored: StoredRecord, *, text_time: bool = True) -> tuple[object, ...]:
    """The record as ``audit.stored_rows`` reads it: ``at`` as SQLite stores it (text), or as
    PostgreSQL returns it (an aware datetime, here in another zone)."""
    rec = stored.record
    at = (rec.at.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
          if text_time else rec.at.astimezone(timezone(timedelta(hours=-5))))
    fields = {**dataclasses.asdict(rec), "at": at, "hash": stored.stored_hash}
    return tuple(fields[name] for name in ROW_COLUMNS)


def verify_chain(records: list[StoredRecord], *args: Any) -> VerifyResult:
    """Every test below verifies records and the same records as stored rows: the two must
    agree to the word, whatever was done to the chain."""
    result = verify_records(records, *args)
    for text_time in (True, False):
        rows = [as_row(stored, text_time=text_time) for stored in records]
        assert verify_rows(rows, READ_AT if text_time else READ_AT_PG, *args) == result
    return result


def build_chain(n: int, seed: int = 0) -> list[StoredRecord]:
    rng = random.Random(seed)
    records: list[StoredRecord] = []
    prev = GENESIS_HASH
    for seq in range(1, n + 1):
        rec = ChainRecord(
            seq=seq, at=T0 + timedelta(microseconds=rng.randrange(10**9)),
            actor_id=rng.choice([None, 1, 2, 3]), actor_name=rng.choice(["Ann", "Bo", "Ćeś"]),
            action=rng.choice(["lot.planned", "lot.status_changed", "auth.login"]),
            entity_type="lot", entity_id=str(rng.randrange(100)),
            changes=canonical_json([{"field": "status", "old": "a", "new": str(seq)}]),
            reason=rng.choice([None, "deviation DEV-1"]), data=canonical_json({"n": seq}),
            prev_hash=prev,
        )
        stored = StoredRecord(rec, rec.compute_hash())
        records.append(stored)
        prev = stored.stored_hash
    return records


def test_a_clean_chain_verifies_and_reports_its_head() -> None:
    chain = build_chain(50)
    result = verify_chain(chain)
    assert result.ok
    assert result.count == 50
    assert result.head == chain[-1].stored_hash


def test_an_empty_chain_verifies_with_the_genesis_head() -> None:
    result = verify_chain([])
    assert result.ok and result.count == 0 and result.head == GENESIS_HASH


def _alter(chain: list[StoredRecord], index: int, field: str, value: object) -> None:
    stored = chain[index]
    chain[index] = StoredRecord(dataclasses.replace(stored.record, **{field: value}),
                                stored.stored_hash)


MUTABLE_FIELDS = ["at", "actor_id", "actor_name", "action", "entity_type", "entity_id",
                  "changes", "reason", "data", "prev_hash"]


def _different(value: object) -> object:
    if isinstance(value, datetime):
        return value + timedelta(microseconds=1)
    if isinstance(value, int):
        return value + 1
    if value is None:
        return "x"
    assert isinstance(value, str)
    return value + "x"


@pytest.mark.parametrize("field", MUTABLE_FIELDS)
def test_altering_any_field_of_any_record_names_that_record(field: str) -> None:
    for index in (0, 17, 49):
        chain = build_chain(50)
        old = getattr(chain[index].record, field)
        _alter(chain, index, field, _different(old))
        result = verify_chain(chain)
        assert not result.ok
        assert result.first_bad_seq == index + 1
        assert result.count == index


def test_altering_a_stored_hash_names_that_record() -> None:
    chain = build_chain(20)
    chain[5] = StoredRecord(chain[5].record, "f" * 64)
    assert verify_chain(chain).first_bad_seq == 6


def test_mutation_corpus_always_names_the_first_bad_sequence() -> None:
    """Delete, swap, insert and alter at random positions: the verifier is exact every time."""
    rng = random.Random(20261125)
    for trial in range(400):
        chain = build_chain(30, seed=trial)
        kind = rng.choice(["delete", "swap", "insert", "forge", "alter", "rehash"])
        i = rng.randrange(29)
        if kind == "delete":
            del chain[i]
            expected = i + 1
        elif kind == "swap":
            # swap the contents of two neighbouring records, keeping their positions' numbers
            a, b = chain[i], chain[i + 1]
            chain[i] = StoredRecord(dataclasses.replace(b.record, seq=a.record.seq), b.stored_hash)
            chain[i + 1] = StoredRecord(dataclasses.replace(a.record, seq=b.record.seq),
                                        a.stored_hash)
            expected = i + 1
        elif kind in ("insert", "forge"):
            # insert: a copied record with a stale hash; forge: one whose own hash was
            # recomputed by someone who knows the algorithm, so the break shows at its successor
            forged = dataclasses.replace(chain[i].record, actor_name="Mallory")
            digest = forged.compute_hash() if kind == "forge" else chain[i].stored_hash
            chain.insert(i, StoredRecord(forged, digest))
            for j in range(i + 1, len(chain)):  # renumber what follows, as a forger would
                chain[j] = StoredRecord(dataclasses.replace(chain[j].record, seq=j + 1),
                                        chain[j].stored_hash)
            expected = i + 1 if kind == "insert" else i + 2
        elif kind == "alter":
            _alter(chain, i, "data", canonical_json({"n": -1}))
            expected = i + 1
        else:  # edit a record and recompute its own hash: the successor no longer links
            forged = dataclasses.replace(chain[i].record, reason="backdated")
            chain[i] = StoredRecord(forged, forged.compute_hash())
            expected = i + 2
        result = verify_chain(chain)
        assert not result.ok, (trial, kind)
        assert result.first_bad_seq == expected, (trial, kind, i, result.problem)


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=1, max_value=40), seed=st.integers(0, 10**6))
def test_clean_chains_of_any_length_never_fail(n: int, seed: int) -> None:
    assert verify_chain(build_chain(n, seed)).ok


def test_canonical_json_is_independent_of_key_order() -> None:
    assert canonical_json({"b": 1, "a": [1, "é"]}) == canonical_json({"a": [1, "é"], "b": 1})
    assert canonical_json({"a": "é"}) == '{"a":"é"}'


def test_instants_keep_microseconds_and_refuse_naive_times() -> None:
    assert format_instant(datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC)) == (
        "2026-01-02T03:04:05.000006Z")
    with pytest.raises(ValueError):
        format_instant(datetime(2026, 1, 2))


# --- stored rows: the verifier's fast serialisation is the canonical one --------------------

_TEXT = st.text(max_size=40)  # any Unicode but lone surrogates: quotes, controls, emoji
_RECORDS = st.builds(
    ChainRecord, seq=st.integers(1, 2**62), at=st.datetimes(
        min_value=datetime(1000, 1, 2), max_value=datetime(9999, 12, 30),
        timezones=st.sampled_from([UTC, timezone(timedelta(hours=9, minutes=30))])),
    actor_id=st.none() | st.integers(-(2**40), 2**40), actor_name=_TEXT, action=_TEXT,
    entity_type=_TEXT, entity_id=_TEXT, changes=_TEXT, reason=st.none() | _TEXT, data=_TEXT,
    prev_hash=_TEXT, format=st.sampled_from([1, 2, 3]), blinding=_TEXT)


@settings(max_examples=300, deadline=None)
@given(record=_RECORDS, text_time=st.booleans())
def test_a_stored_row_hashes_exactly_as_its_record(record: ChainRecord, text_time: bool) -> None:
    row = as_row(StoredRecord(record, "h"), text_time=text_time)
    assert row_hasher(READ_AT if text_time else READ_AT_PG)(row) == record.compute_hash()


def _with(row: tuple[object, ...], **changes: object) -> tuple[object, ...]:
    fields = {**dict(zip(ROW_COLUMNS, row, strict=True)), **changes}
    return tuple(fields[name] for name in ROW_COLUMNS)


def _row(**changes: object) -> tuple[object, ...]:
    return _with(as_row(build_chain(1)[0]), **changes)


def _record_hash(**fields: object) -> str:
    return dataclasses.replace(build_chain(1)[0].record, **fields).compute_hash()


@pytest.mark.parametrize(("column", "stored", "as_recorded"), [
    ("actor_id", 1.0, 1.0),  # a float written over an integer column: "1.0", not "1"
    ("actor_id", True, True),  # JSON true, not 1
    ("actor_id", "1", "1"),
    ("seq", 1.0, 1.0),
    ("seq", "1", "1"),  # JSON "1", not 1, even where the format column is a true integer
    ("seq", True, True),
    ("format", 2.0, 2.0),
    ("action", 7, 7),
    ("reason", b"bytes", b"bytes"),
    ("at", "0999-05-01 00:00:00.000000", datetime(999, 5, 1, tzinfo=UTC)),
    ("at", "2026-11-25 11:00:00+02:00", datetime(2026, 11, 25, 9, tzinfo=UTC)),
    ("at", datetime(2026, 11, 25, 9), datetime(2026, 11, 25, 9, tzinfo=UTC)),
])
def test_an_unusual_stored_value_is_judged_as_the_record_would_be(
    column: str, stored: object, as_recorded: object
) -> None:
    """Values no correct writer stores (a tampered column's type, an odd time) take the
    record's own serialisation: a changed type changes the hash, an equal time does not."""
    hasher = row_hasher(READ_AT)
    try:
        expected = _record_hash(**{column: as_recorded})
    except (TypeError, ValueError) as refused:
        with pytest.raises(type(refused)):
            hasher(_row(**{column: stored}))
        return
    assert hasher(_row(**{column: stored})) == expected


def test_a_stored_time_the_column_cannot_read_fails_as_it_would_have() -> None:
    with pytest.raises(ValueError):
        row_hasher(READ_AT)(_row(at="yesterday"))
    with pytest.raises(TypeError):  # the column type's reader refuses a number
        row_hasher(READ_AT)(_row(at=12.5))


def test_a_format_1_row_hashes_without_format_and_blinding() -> None:
    old = dataclasses.replace(build_chain(1)[0].record, format=1, blinding="open")
    assert row_hasher(READ_AT)(as_row(StoredRecord(old, "h"))) == old.compute_hash()
    assert row_hasher(READ_AT)(as_row(StoredRecord(
        dataclasses.replace(old, blinding="unblinded"), "h"))) == old.compute_hash()


def _never(raw: object) -> datetime:
    raise AssertionError(f"an ordinary row took the slow path ({raw!r})")


@pytest.mark.parametrize("text_time", [True, False])
@pytest.mark.parametrize("actor_id", [None, 4])
@pytest.mark.parametrize("reason", [None, "deviation DEV-1"])
@pytest.mark.parametrize("fmt", [1, 2])
def test_an_ordinary_row_is_hashed_without_building_a_record(
    text_time: bool, actor_id: int | None, reason: str | None, fmt: int
) -> None:
    """The point of the fast path: every row a correct writer stores takes it."""
    record = dataclasses.replace(build_chain(1)[0].record, actor_id=actor_id, reason=reason,
                                 format=fmt)
    row = as_row(StoredRecord(record, "h"), text_time=text_time)
    assert row_hasher(_never)(row) == record.compute_hash()


# --- exact values, written out by hand ------------------------------------------------------

KNOWN = ChainRecord(
    seq=7, at=datetime(2026, 11, 25, 10, 30, 0, 5, tzinfo=timezone(timedelta(hours=1))),
    actor_id=3, actor_name="Ćeś", action="lot.planned", entity_type="lot", entity_id="12",
    changes="[]", reason=None, data='{"n":7}', prev_hash="a" * 64, format=2,
    blinding="unblinded")
# Sorted keys, no spaces, text not escaped to ASCII, the instant in UTC at microseconds.
KNOWN_PAYLOAD = (
    '{"action":"lot.planned","actor_id":3,"actor_name":"Ćeś",'
    '"at":"2026-11-25T09:30:00.000005Z","blinding":"unblinded","changes":"[]",'
    '"data":"{\\"n\\":7}","entity_id":"12","entity_type":"lot","format":2,'
    f'"prev_hash":"{"a" * 64}","reason":null,"seq":7}}')
KNOWN_HASH = hashlib.sha256(KNOWN_PAYLOAD.encode("utf-8")).hexdigest()


@pytest.fixture
def local_zone_utc_minus_5(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's own time zone is not UTC (the process's, through TZ and tzset)."""
    monkeypatch.setenv("TZ", "EST+05")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("local_zone_utc_minus_5")
def test_a_record_hashes_its_hand_written_payload_whatever_the_machine_zone() -> None:
    assert KNOWN.payload() == KNOWN_PAYLOAD
    assert KNOWN.compute_hash() == KNOWN_HASH
    rows = [as_row(StoredRecord(KNOWN, "h"), text_time=text_time) for text_time in (True, False)]
    rows.append(_with(rows[0], at="2026-11-25 11:30:00.000005+02:00"))  # text with an offset
    for row in rows:
        assert row_hasher(_never)(row) == KNOWN_HASH, row[1]


@pytest.mark.parametrize("text_time", [True, False])
def test_the_fast_serialisation_holds_from_year_1000_on(text_time: bool) -> None:
    """isoformat and strftime write the same year from 1000 on; before it the record judges."""
    assert format_instant(datetime(1000, 1, 1, tzinfo=UTC)) == "1000-01-01T00:00:00.000000Z"
    first = dataclasses.replace(build_chain(1)[0].record, at=datetime(1000, 1, 1, tzinfo=UTC))
    assert row_hasher(_never)(as_row(StoredRecord(first, "h"), text_time=text_time)) == (
        first.compute_hash())
    before = dataclasses.replace(first, at=first.at - timedelta(microseconds=1))
    with pytest.raises(AssertionError, match="slow path"):
        row_hasher(_never)(as_row(StoredRecord(before, "h"), text_time=text_time))


def test_each_break_is_named_in_words_with_the_last_good_head() -> None:
    """What an operator reads, and where the intact part of the trail ends."""
    chain = build_chain(5)
    head_2, head_3 = chain[1].stored_hash, chain[2].stored_hash
    assert verify_chain(chain[:2] + chain[3:]) == VerifyResult(
        False, 2, head_2, 3, "sequence 3 is missing (found 4 next)")
    assert verify_chain(chain[:3] + chain[2:]) == VerifyResult(
        False, 3, head_3, 4, "sequence 4 is out of order or duplicated (found 3 next)")
    assert verify_chain(chain[:3] + chain[1:]) == VerifyResult(
        False, 3, head_3, 4, "sequence 4 is out of order or duplicated (found 2 next)")
    relinked = list(chain)
    _alter(relinked, 3, "prev_hash", "b" * 64)
    assert verify_chain(relinked) == VerifyResult(
        False, 3, head_3, 4, "sequence 4 does not point at the hash of sequence 3")
    edited = list(chain)
    _alter(edited, 3, "reason", "backdated")
    assert verify_chain(edited) == VerifyResult(
        False, 3, head_3, 4, "sequence 4 was altered: its content does not match its hash")
    assert verify_chain(chain, [Anchor(4, "f" * 64, "checkpoint C")]) == VerifyResult(
        False, 3, head_3, 4, "sequence 4 is not the record checkpoint C recorded: its hash differs")
    assert verify_chain(chain, [Anchor(8, None, "checkpoint C")]) == VerifyResult(
        False, 5, chain[4].stored_hash, 6,
        "the trail ends at sequence 5, but sequence 8 must exist: checkpoint C proves it; "
        "sequences 6 to 8 are missing")
