"""Anchors outside the chain: a cut-off tail is detected and named with its evidence;
checkpoints are HMAC-authenticated; signatures must agree with their audit events; the
canonical encoder has one text per value and refuses what JSON cannot hold."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from cellchain.audit.anchors import (
    Anchor,
    BadCheckpoint,
    Checkpoint,
    SignatureLink,
    checkpoint_text,
    parse_checkpoint,
    signature_problems,
)
from cellchain.audit.chain import StoredRecord, canonical_json, verify_chain
from tests.unit.test_audit_chain import build_chain

AT = datetime(2026, 11, 30, 2, 15, tzinfo=UTC)
KEY = "site-secret"


def test_a_chain_cut_before_an_anchor_fails_at_the_first_missing_sequence() -> None:
    chain = build_chain(20)
    anchors = [Anchor(20, chain[19].stored_hash, "checkpoint C"),
               Anchor(17, None, "signature 4 (Quentin Ashby, approval)")]
    assert verify_chain(chain, anchors).ok
    result = verify_chain(chain[:15], anchors)
    assert not result.ok and result.first_bad_seq == 16 and result.count == 15
    assert result.problem == ("the trail ends at sequence 15, but sequence 20 must exist: "
                              "checkpoint C proves it; sequences 16 to 20 are missing")
    emptied = verify_chain([], anchors)
    assert not emptied.ok and emptied.first_bad_seq == 1


def test_a_rebuilt_chain_that_differs_from_a_checkpoint_hash_fails_there() -> None:
    chain = build_chain(10)
    anchors = [Anchor(6, "f" * 64, "signed audit-trail review 2")]
    result = verify_chain(chain, anchors)
    assert not result.ok and result.first_bad_seq == 6
    assert "not the record signed audit-trail review 2 recorded" in (result.problem or "")


def test_a_checkpoint_round_trips_and_refuses_any_change_or_another_key() -> None:
    checkpoint = Checkpoint(chain_id="a" * 64, seq=41, hash="b" * 64, at=AT)
    text = checkpoint_text(checkpoint, KEY)
    assert parse_checkpoint(text, KEY) == checkpoint
    fields = json.loads(text)
    assert fields["at"] == "2026-11-30T02:15:00.000000Z" and fields["format"] == 1
    with pytest.raises(BadCheckpoint, match="HMAC does not match"):
        parse_checkpoint(text, "another-key")
    for name, value in (("seq", 40), ("hash", "c" * 64), ("chain_id", "d" * 64),
                        ("at", "2026-11-30T02:15:00.000001Z")):
        with pytest.raises(BadCheckpoint, match="HMAC does not match"):
            parse_checkpoint(json.dumps({**fields, name: value}), KEY)
    with pytest.raises(BadCheckpoint, match="not a checkpoint"):
        parse_checkpoint("{}", KEY)
    with pytest.raises(BadCheckpoint, match="unknown checkpoint format"):
        parse_checkpoint(json.dumps({**fields, "format": 9}), KEY)


def _link(**changes: object) -> SignatureLink:
    link = SignatureLink(signature_id=3, signer_id=7, entity_type="deviation", entity_id="2",
                         record_hash="h" * 64, audit_seq=12, event_action="signature.applied",
                         event_actor_id=7, event_entity_type="deviation", event_entity_id="2",
                         event_data=canonical_json({"record_hash": "h" * 64}))
    return dataclasses.replace(link, **changes)


@pytest.mark.parametrize(("changes", "differ"), [
    ({}, None),
    ({"event_action": None}, None),  # a missing event is the tail check's to report
    ({"event_action": "lot.status_changed"}, "action"),
    ({"event_actor_id": 8}, "signer"),
    ({"event_entity_id": "3"}, "record"),
    ({"event_data": canonical_json({"record_hash": "x"})}, "record hash"),
])
def test_a_signature_must_agree_with_its_audit_event(changes: dict[str, object],
                                                     differ: str | None) -> None:
    problems = signature_problems([_link(**changes)])
    if differ is None:
        assert problems == []
    else:
        assert problems == [f"signature 3 does not match audit sequence 12 ({differ} differ)"]


def test_the_canonical_encoder_writes_one_text_per_value_and_refuses_non_numbers() -> None:
    value = {"b": datetime(2026, 11, 30, 3, 15, tzinfo=UTC), "a": date(2026, 1, 2),
             "c": Decimal("9.50")}
    assert canonical_json(value) == \
        '{"a":"2026-01-02","b":"2026-11-30T03:15:00.000000Z","c":"9.50"}'
    for bad in (float("nan"), float("inf"), [1.0, float("-inf")], {"x": {"y": float("nan")}},
                Decimal("NaN")):
        with pytest.raises(ValueError, match="only finite numbers"):
            canonical_json(bad)
    with pytest.raises(TypeError, match="not recordable"):
        canonical_json({"x": object()})


def test_the_format_number_is_inside_the_hash_from_format_2_on() -> None:
    record = build_chain(1)[0].record
    old = dataclasses.replace(record, format=1)
    assert '"format"' not in old.payload() and '"format":2' in record.payload()
    assert old.compute_hash() != record.compute_hash()
    # A format-1 record stored before the upgrade still verifies as format 1.
    stored = StoredRecord(old, old.compute_hash())
    assert verify_chain([stored]).ok
    relabelled = StoredRecord(dataclasses.replace(old, format=2), old.compute_hash())
    assert not verify_chain([relabelled]).ok


# The hashed payload of one record, written out: renaming any key (or dropping the format
# and blinding of format 2) would change the hash of every stored record, so it is pinned
# byte for byte, and its SHA-256 is computed here from the written-out text.
RECORD_FIELDS = {"seq": 3, "at": datetime(2026, 11, 30, 9, 0, 0, 5, tzinfo=UTC), "actor_id": 4,
                 "actor_name": "Ćeś Tech", "action": "lot.status_changed", "entity_type": "lot",
                 "entity_id": "12", "changes": "[]", "reason": None, "data": "{}",
                 "prev_hash": "a" * 64}
PAYLOAD_V1 = ('{"action":"lot.status_changed","actor_id":4,"actor_name":"Ćeś Tech",'
              '"at":"2026-11-30T09:00:00.000005Z","changes":"[]","data":"{}",'
              '"entity_id":"12","entity_type":"lot","prev_hash":"' + "a" * 64 + '",'
              '"reason":null,"seq":3}')


def test_the_hashed_payload_is_pinned_byte_for_byte_in_both_formats() -> None:
    import hashlib

    from cellchain.audit.chain import ChainRecord

    v1 = ChainRecord(**RECORD_FIELDS, format=1)  # type: ignore[arg-type]
    assert v1.payload() == PAYLOAD_V1
    assert v1.compute_hash() == hashlib.sha256(PAYLOAD_V1.encode("utf-8")).hexdigest()
    v2 = ChainRecord(**RECORD_FIELDS, format=2, blinding="open")  # type: ignore[arg-type]
    expected = ('{"action":"lot.status_changed","actor_id":4,"actor_name":"Ćeś Tech",'
                '"at":"2026-11-30T09:00:00.000005Z","blinding":"open","changes":"[]",'
                '"data":"{}","entity_id":"12","entity_type":"lot","format":2,'
                '"prev_hash":"' + "a" * 64 + '","reason":null,"seq":3}')
    assert v2.payload() == expected
    assert v2.compute_hash() == hashlib.sha256(expected.encode("utf-8")).hexdigest()


def test_instants_are_written_in_utc_whatever_the_servers_zone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import time
    from datetime import timedelta, timezone

    from cellchain.audit.chain import format_instant

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        at = datetime(2026, 1, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
        assert format_instant(at) == "2026-01-01T10:00:00.000000Z"
    finally:
        monkeypatch.undo()
        time.tzset()
    with pytest.raises(ValueError, match="^audit times must be timezone-aware$"):
        format_instant(datetime(2026, 1, 1))


def test_an_unrecordable_value_is_named_and_text_is_kept_unescaped() -> None:
    with pytest.raises(TypeError, match="^object is not recordable in the audit trail$"):
        canonical_json({"x": object()})
    assert canonical_json({"name": "Ćeś"}) == '{"name":"Ćeś"}'


def test_a_non_finite_number_as_a_key_is_refused_too() -> None:
    with pytest.raises(ValueError):
        canonical_json({float("nan"): 1})
