"""The pure hash-chain verifier: clean logs pass; every mutation names the first bad record."""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cellchain.audit.chain import (
    GENESIS_HASH,
    ChainRecord,
    StoredRecord,
    canonical_json,
    format_instant,
    verify_chain,
)

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


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
