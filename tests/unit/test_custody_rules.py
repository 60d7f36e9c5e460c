"""The chain-of-custody rules: which bag may make which handoff, when a scan repeats the last
one, how logger readings are read and when they are an excursion (cellchain.custody.rules)."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cellchain.bags.rules import BagStatus
from cellchain.custody.rules import (
    CLOCK_TOLERANCE,
    MAX_READINGS,
    CustodyKind,
    CustodyState,
    Excursion,
    LastHandoff,
    Reading,
    TransportRange,
    bag_name,
    evaluate,
    field_problems,
    handoff_refusals,
    hold_reasons,
    is_repeat,
    next_leg,
    parse_readings,
    repeat_message,
    state_of,
)
from cellchain.errors import BadInput

B, K = BagStatus, CustodyKind
LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 5, 1, 13, 0, tzinfo=UTC)
BAND = TransportRange(15.0, 25.0)
SETTINGS = settings(derandomize=True, database=None, deadline=None)
# Written out from the issue (dispatch: released; receive: dispatched; return: dispatched or
# at the ward), not from the module's table.
ALLOWED = {(K.DISPATCHED, B.RELEASED), (K.RECEIVED, B.DISPATCHED),
           (K.RETURNED, B.DISPATCHED), (K.RETURNED, B.AT_WARD)}


def _refusals(kind: CustodyKind, status: BagStatus = B.RELEASED, lot: str = "released",
              expires_at: datetime = NOW + timedelta(hours=6)) -> list[str]:
    return handoff_refusals(kind, status=status, lot_status=lot, expires_at=expires_at, now=NOW,
                            zone=LONDON)


@pytest.mark.parametrize(("kind", "status"), list(itertools.product(K, B)))
def test_each_handoff_takes_only_the_bag_statuses_the_issue_names(
    kind: CustodyKind, status: BagStatus
) -> None:
    refusals = _refusals(kind, status)
    assert refusals == ([] if (kind, status) in ALLOWED else [refusals[0]])
    if refusals:
        assert refusals[0].startswith("the bag is ")


def test_a_refusal_says_where_the_bag_is_and_what_the_handoff_needs() -> None:
    assert _refusals(K.DISPATCHED, B.QUARANTINE) == [
        "the bag is in quarantine (held for QA's decision); only a released bag is dispatched"]
    assert _refusals(K.RECEIVED, B.AT_WARD) == [
        "the bag is at the ward; only a dispatched bag is received at the ward"]
    assert _refusals(K.RETURNED, B.RELEASED) == [
        "the bag is released (in the lab's stock); only a dispatched bag or one at the ward "
        "is returned"]


@pytest.mark.parametrize(("status", "where"), [
    (B.QUARANTINE, "in quarantine (held for QA's decision)"),
    (B.RELEASED, "released (in the lab's stock)"), (B.DISPATCHED, "dispatched (in transit)"),
    (B.AT_WARD, "at the ward"), (B.INFUSED, "infused"), (B.RETURNED, "returned to the lab"),
    (B.DESTROYED, "destroyed"), (B.EXPIRED, "recorded as expired"), (B.RECALLED, "recalled"),
])
def test_a_refused_bag_is_said_to_be_where_it_is_in_plain_words(
    status: BagStatus, where: str
) -> None:
    kind = K.RECEIVED if status == B.RELEASED else K.DISPATCHED
    assert _refusals(kind, status)[0].startswith(f"the bag is {where}; only a ")


@pytest.mark.parametrize("lot", ["released", "conditionally_released"])
def test_a_released_or_conditionally_released_lot_lets_its_bags_travel(lot: str) -> None:
    assert _refusals(K.DISPATCHED, lot=lot) == []


@pytest.mark.parametrize("lot", ["in_qc", "on_hold", "rejected", "recalled", "closed"])
def test_any_other_lot_status_refuses_every_handoff(lot: str) -> None:
    for kind, status in ALLOWED:
        assert _refusals(kind, status, lot=lot) == [
            f"its lot is {lot.replace('_', ' ')}, not released"]


def test_a_bag_is_refused_from_its_expiry_instant_on_and_every_reason_is_listed() -> None:
    assert _refusals(K.DISPATCHED, expires_at=NOW + timedelta(seconds=1)) == []
    assert _refusals(K.DISPATCHED, expires_at=NOW) == ["it expired at 01 MAY 2026 14:00 BST"]
    assert _refusals(K.RECEIVED, B.RELEASED, "on_hold", NOW - timedelta(days=1)) == [
        "the bag is released (in the lab's stock); only a dispatched bag is received at the "
        "ward", "its lot is on hold, not released", "it expired at 30 APR 2026 14:00 BST"]


def _last(kind: CustodyKind, held: bool) -> LastHandoff:
    return LastHandoff(kind, 1, NOW, held)


# Where each handoff leaves the bag, written out: a handoff that held the bag left it in
# quarantine.
LEFT_AT = {K.DISPATCHED: B.DISPATCHED, K.RECEIVED: B.AT_WARD, K.RETURNED: B.RETURNED}


@pytest.mark.parametrize(("kind", "last_kind", "held", "status"), list(
    itertools.product(K, [*K, None], [False, True], B)))
def test_a_scan_repeats_only_the_last_handoff_while_the_bag_is_where_it_left_it(
    kind: CustodyKind, last_kind: CustodyKind | None, held: bool, status: BagStatus
) -> None:
    last = None if last_kind is None else _last(last_kind, held)
    expected = last_kind == kind and status == (B.QUARANTINE if held else LEFT_AT[kind])
    assert is_repeat(kind, status=status, last=last) is expected


def test_a_dispatch_opens_the_next_leg_and_the_rest_of_the_journey_stays_on_it() -> None:
    assert [next_leg(kind, 2) for kind in K] == [3, 2, 2]
    assert next_leg(K.DISPATCHED, 0) == 1


def test_a_dispatch_needs_a_courier_and_a_container_and_nothing_else_of_the_ward() -> None:
    assert field_problems(K.DISPATCHED, temperature_c=20.0) == {
        "courier": "courier is required to record a dispatched handoff",
        "container": "container is required to record a dispatched handoff"}
    assert field_problems(K.DISPATCHED, temperature_c=20.0, courier="C", container=" S1 ") == {}


@pytest.mark.parametrize("kind", [K.RECEIVED, K.RETURNED])
@pytest.mark.parametrize("condition", ["", "Intact", "broken", " damaged"])
def test_a_receipt_or_return_records_the_bag_as_intact_or_damaged(
    kind: CustodyKind, condition: str
) -> None:
    problems = field_problems(kind, temperature_c=20.0, condition=condition, reason="r")
    assert problems == {"condition": "condition must be intact or damaged: look at the bag"}
    for good in ("intact", "damaged"):
        assert field_problems(kind, temperature_c=20.0, condition=good, reason="r") == {}


def test_a_return_needs_its_reason() -> None:
    assert field_problems(K.RETURNED, temperature_c=20.0, condition="intact", reason="  ") == {
        "reason": "reason is required to record a returned handoff"}
    # The form may not send the field at all: a reason left out is as missing as a blank one.
    assert field_problems(K.RETURNED, temperature_c=20.0, condition="intact") == {
        "reason": "reason is required to record a returned handoff"}


@pytest.mark.parametrize(("name", "limit"), [("courier", 200), ("container", 64),
                                             ("note", 500), ("reason", 500)])
def test_each_text_field_takes_up_to_its_limit(name: str, limit: int) -> None:
    base = {"courier": "C", "container": "S1", "condition": "intact", "reason": "r"}
    assert field_problems(K.DISPATCHED, temperature_c=20.0, **{**base, name: "x" * limit}) == {}
    assert field_problems(K.DISPATCHED, temperature_c=20.0, **{**base, name: "x" * (
        limit + 1)}) == {name: f"{name} must be at most {limit} characters"}


@pytest.mark.parametrize(("celsius", "ok"), [
    (-100.0, True), (100.0, True), (0.0, True), (100.01, False), (-100.01, False),
    (float("nan"), False), (float("inf"), False), (-float("inf"), False)])
def test_a_handoff_temperature_must_be_a_plausible_reading_in_celsius(
    celsius: float, ok: bool
) -> None:
    problems = field_problems(K.DISPATCHED, temperature_c=celsius, courier="C", container="S")
    assert problems == ({} if ok else {
        "temperature_c": "temperature_c must be the reading in °C between -100 and 100"})


# --- logger readings -------------------------------------------------------------------------

def test_the_documented_format_reads_with_either_zone_form_and_optional_seconds() -> None:
    text = ("\ufeff# logger SN 1234, exported\r\n"
            "2026-05-01T10:00Z,18.5\r\n\r\n"
            "2026-05-01T11:30:15+01:00 , -2\n"
            "  2026-05-01T06:00-05:00,+25.25  \n")
    assert parse_readings(text, now=NOW) == (
        Reading(datetime(2026, 5, 1, 10, 0, tzinfo=UTC), 18.5),
        Reading(datetime(2026, 5, 1, 10, 30, 15, tzinfo=UTC), -2.0),
        Reading(datetime(2026, 5, 1, 11, 0, tzinfo=UTC), 25.25))
    assert parse_readings("", now=NOW) == parse_readings("\n# only a header\n", now=NOW) == ()


@pytest.mark.parametrize(("line", "problem"), [
    ("2026-05-01T10:00Z 18.5", "no comma between the time and the temperature"),
    ("2026-05-01T10:00,18.5", "time '2026-05-01T10:00' is not in the format"),
    ("2026-05-01 10:00Z,18.5", "time '2026-05-01 10:00Z' is not in the format"),
    ("01/05/2026 10:00Z,18.5", "is not in the format"),
    ("2026-05-01T10:00+0100,18.5", "is not in the format"),
    ("2026-05-01T10:00:00.5Z,18.5", "is not in the format"),
    ("2026-02-30T10:00Z,18.5", "time '2026-02-30T10:00Z' is not a real date and time"),
    ("2026-05-01T24:00Z,18.5", "is not a real date and time"),
    ("2026-05-01T10:00+25:00,18.5", "is not a real date and time"),
    ("2026-05-01T10:00Z,18,5", "temperature '18,5' is not a number of °C"),
    ("2026-05-01T10:00Z,", "temperature '' is not a number of °C"),
    ("2026-05-01T10:00Z,1e1", "is not a number of °C"),
    ("2026-05-01T10:00Z,18.5 C", "is not a number of °C"),
    ("2026-05-01T10:00Z,NaN", "is not a number of °C"),
    ("2026-05-01T10:00Z,٣", "is not a number of °C"),
    ("2026-05-01T10:00Z,212", "temperature 212 °C is not a transport temperature"),
    ("2026-05-01T10:00Z,-100.5", "is not a transport temperature"),
])
def test_a_malformed_line_is_refused_naming_the_field_its_line_and_the_format(
    line: str, problem: str
) -> None:
    with pytest.raises(BadInput) as refused:
        parse_readings(f"# header\n2026-05-01T09:00Z,20\n{line}\n", now=NOW)
    assert refused.value.field == "logger_readings"
    assert refused.value.message.startswith("logger_readings line 3: ")
    assert problem in refused.value.message
    assert refused.value.message.endswith(
        "; write one reading a line: the time as YYYY-MM-DDTHH:MM[:SS] followed by Z or "
        "±HH:MM, a comma, then °C, e.g. 2026-05-01T14:02+01:00,18.5")


FORMAT_WORDS = ("one reading a line: the time as YYYY-MM-DDTHH:MM[:SS] followed by Z or "
                "±HH:MM, a comma, then °C, e.g. 2026-05-01T14:02+01:00,18.5")


@pytest.mark.parametrize(("line", "problem"), [
    ("2026-05-01T10:00Z 18.5", "no comma between the time and the temperature"),
    # A long time is quoted cut to its first 40 characters, a long temperature to its first 20:
    # enough to find the line, not a page of whatever the file held.
    ("2026-05-01T10:00Z logger SN 1234 channel A probe 2,18.5",
     "time '2026-05-01T10:00Z logger SN 1234 channel' is not in the format"),
    ("2026-05-01T10:00Z,18.5 degrees Celsius, probe 2",
     "temperature '18.5 degrees Celsius' is not a number of °C"),
    ("2026-05-01T13:06Z,18.5",
     "time 2026-05-01T13:06Z is later than now; check the logger's clock and zone"),
    ("2026-05-01T10:00Z,212",
     "temperature 212 °C is not a transport temperature (is the logger set to °F?)"),
])
def test_a_refused_line_is_told_in_these_exact_words(line: str, problem: str) -> None:
    with pytest.raises(BadInput) as refused:
        parse_readings(line, now=NOW)
    assert refused.value.message == f"logger_readings line 1: {problem}; write {FORMAT_WORDS}"


def test_a_reading_from_the_future_means_a_wrong_logger_clock_beyond_a_small_tolerance() -> None:
    edge = (NOW + CLOCK_TOLERANCE).isoformat()
    assert parse_readings(f"{edge},20", now=NOW)[0].at == NOW + CLOCK_TOLERANCE
    late = (NOW + CLOCK_TOLERANCE + timedelta(seconds=1)).isoformat()
    with pytest.raises(BadInput, match="line 1: time .* is later than now; check the logger"):
        parse_readings(f"{late},20", now=NOW)


def test_readings_are_limited_to_one_journey() -> None:
    start = datetime(2026, 4, 1, tzinfo=UTC)
    lines = [f"{(start + timedelta(minutes=i)).isoformat()},20" for i in range(MAX_READINGS)]
    assert len(parse_readings("\n".join(lines), now=NOW)) == MAX_READINGS
    with pytest.raises(BadInput) as refused:
        parse_readings("\n".join([*lines, lines[0]]), now=NOW)
    assert refused.value.field == "logger_readings"
    assert refused.value.message == ("logger_readings holds more than 20000 readings; give the "
                                     "readings of this journey only")


ZONES = st.integers(-12 * 4, 14 * 4).map(lambda q: timezone(timedelta(minutes=15 * q)))
TIMES = st.builds(lambda s, z: datetime.fromtimestamp(s, z),
                  st.integers(int(datetime(2025, 1, 1, tzinfo=UTC).timestamp()),
                              int(NOW.timestamp())), ZONES)
CELSIUS = st.integers(-10_000, 10_000).map(lambda hundredths: hundredths / 100)
READINGS = st.lists(st.builds(Reading, TIMES, CELSIUS), max_size=30)


def _line(reading: Reading) -> str:
    return f"{reading.at.isoformat(timespec='seconds')},{reading.celsius:.2f}"


@SETTINGS
@given(READINGS)
def test_readings_written_in_the_format_read_back_as_the_same_instants_and_values(
    readings: list[Reading]
) -> None:
    assert parse_readings("\n".join(map(_line, readings)), now=NOW) == tuple(readings)


NOT_A_LINE = st.sampled_from(["18.5", "2026-05-01T10:00,18", "x,y", "2026-05-01T10:00Z;18",
                              "2026-13-01T10:00Z,18", "2026-05-01T10:00Z,hot"])


@SETTINGS
@given(st.lists(st.builds(Reading, TIMES, CELSIUS), min_size=1, max_size=20),
       st.data(), NOT_A_LINE)
def test_the_first_malformed_line_is_the_one_named_wherever_it_is(
    readings: list[Reading], data: st.DataObject, bad: str
) -> None:
    lines = list(map(_line, readings))
    position = data.draw(st.integers(0, len(lines)))
    lines.insert(position, bad)
    with pytest.raises(BadInput, match=rf"^logger_readings line {position + 1}: "):
        parse_readings("\n".join(lines), now=NOW)


# --- excursions ------------------------------------------------------------------------------

def _out(reading: Reading, band: TransportRange) -> bool:
    return not band.low_c <= reading.celsius <= band.high_c


BANDS = st.tuples(st.integers(-30, 30), st.integers(1, 30)).map(
    lambda lw: TransportRange(float(lw[0]), float(lw[0] + lw[1])))
EDGE_CELSIUS = st.one_of(CELSIUS, st.sampled_from([15.0, 25.0, 14.99, 25.01, 20.0]))


@SETTINGS
@given(st.lists(st.builds(Reading, TIMES, EDGE_CELSIUS), max_size=25),
       st.builds(Reading, TIMES, EDGE_CELSIUS), st.one_of(st.just(BAND), BANDS), st.randoms())
def test_an_excursion_keeps_the_earliest_out_of_range_time_whatever_the_order_given(
    readings: list[Reading], handoff: Reading, band: TransportRange, shuffler: random.Random
) -> None:
    found = evaluate(readings, handoff=handoff, band=band)
    shuffled = readings[:]
    shuffler.shuffle(shuffled)
    assert evaluate(shuffled, handoff=handoff, band=band) == found
    every = [*readings, handoff]
    out = [r for r in every if _out(r, band)]
    if not out:
        assert found is None
        return
    assert found == Excursion(min(r.at for r in out), min(r.celsius for r in every),
                              max(r.celsius for r in every))
    assert all(not _out(r, band) for r in every if r.at < found.first_out_at)


@SETTINGS
@given(st.lists(st.builds(Reading, TIMES, st.sampled_from([15.0, 25.0])), max_size=10))
def test_a_reading_exactly_on_a_limit_is_in_range(readings: list[Reading]) -> None:
    assert evaluate(readings, handoff=Reading(NOW, 25.0), band=BAND) is None
    assert evaluate(readings, handoff=Reading(NOW, 15.0), band=BAND) is None


def test_the_handoff_reading_alone_can_be_the_excursion() -> None:
    inside = [Reading(NOW - timedelta(hours=1), 20.0)]
    assert evaluate(inside, handoff=Reading(NOW, 25.01), band=BAND) == Excursion(NOW, 20.0, 25.01)
    assert evaluate(inside, handoff=Reading(NOW, 14.99), band=BAND) == Excursion(NOW, 14.99, 20.0)


def test_a_hold_says_why_in_the_site_zone() -> None:
    excursion = Excursion(datetime(2026, 5, 1, 9, 30, tzinfo=UTC), 12.5, 21.0)
    assert hold_reasons(excursion, condition="intact", band=BAND, zone=LONDON) == [
        "temperature out of the range 15–25 °C from 01 MAY 2026 10:30 BST (lowest 12.5 °C, "
        "highest 21 °C)"]
    assert hold_reasons(None, condition="damaged", band=BAND, zone=LONDON) == [
        "the bag was found damaged"]
    assert len(hold_reasons(excursion, condition="damaged", band=BAND, zone=LONDON)) == 2
    assert hold_reasons(None, condition="intact", band=BAND, zone=LONDON) == []
    assert hold_reasons(None, condition="", band=BAND, zone=LONDON) == []
    assert TransportRange(2.0, 8.5).text == "2–8.5 °C"


def test_messages_name_a_kit_bag_by_its_kit_number_only() -> None:
    assert bag_name(din="A999026000001", division="A0", kit_number="K1234567") == "kit K1234567"
    assert bag_name(din="A999026000001", division="B0", kit_number=None).startswith(
        "bag A9990 26 000001 ")
    assert bag_name(din="A999026000001", division="B0", kit_number=None).endswith(" B0")
    assert repeat_message(K.RECEIVED, name="kit K1234567", at=NOW, by="Clara Ruiz",
                          zone=LONDON) == (
        "Kit K1234567 was already received at the ward at 01 MAY 2026 14:00 BST by Clara Ruiz; "
        "this scan recorded nothing new.")


@pytest.mark.parametrize(("kind", "done"), [
    (K.DISPATCHED, "dispatched from the lab"), (K.RECEIVED, "received at the ward"),
    (K.RETURNED, "returned to the lab")])
def test_each_handoff_is_named_in_plain_words(kind: CustodyKind, done: str) -> None:
    assert kind.done == done
    assert repeat_message(kind, name="bag X", at=NOW, by="Tess Tech", zone=LONDON).startswith(
        f"Bag X was already {done} at ")


@pytest.mark.parametrize(("celsius", "read"), [("18.1234", 18.1234), ("+7", 7.0), ("-0.5", -0.5),
                                                ("99.9999", 99.9999)])
def test_a_logger_temperature_has_up_to_three_digits_and_four_decimals(
    celsius: str, read: float
) -> None:
    assert parse_readings(f"2026-05-01T10:00Z,{celsius}", now=NOW)[0].celsius == read


@pytest.mark.parametrize("celsius", ["18.12345", "1000", "18.", ".5", "- 1"])
def test_other_spellings_of_a_logger_temperature_are_refused(celsius: str) -> None:
    with pytest.raises(BadInput, match="is not a number of °C"):
        parse_readings(f"2026-05-01T10:00Z,{celsius}", now=NOW)


# --- the facts the bedside reads -------------------------------------------------------------

def _h(kind: CustodyKind, leg: int, hour: int, held: bool = False) -> LastHandoff:
    return LastHandoff(kind, leg, NOW + timedelta(hours=hour), held)


@pytest.mark.parametrize(("handoffs", "expected"), [
    ([], CustodyState(False, None, 0)),
    ([_h(K.DISPATCHED, 1, 0)], CustodyState(True, None, 0)),
    ([_h(K.DISPATCHED, 1, 0), _h(K.RECEIVED, 1, 2)], CustodyState(True, NOW + timedelta(hours=2),
                                                                   0)),
    # A receipt that held the bag still happened: the open excursion is what stops the bedside.
    ([_h(K.DISPATCHED, 1, 0), _h(K.RECEIVED, 1, 2, held=True)],
     CustodyState(True, NOW + timedelta(hours=2), 0)),
    ([_h(K.DISPATCHED, 1, 0, held=True)], CustodyState(False, None, 0)),
    ([_h(K.DISPATCHED, 1, 0), _h(K.RECEIVED, 1, 2), _h(K.RETURNED, 1, 3)],
     CustodyState(False, None, 0)),
    ([_h(K.DISPATCHED, 1, 0), _h(K.RETURNED, 1, 1), _h(K.DISPATCHED, 2, 5)],
     CustodyState(True, None, 0)),
    ([_h(K.DISPATCHED, 1, 0), _h(K.RECEIVED, 1, 1), _h(K.RETURNED, 1, 2),
      _h(K.DISPATCHED, 2, 5), _h(K.RECEIVED, 2, 7)], CustodyState(True, NOW + timedelta(hours=7),
                                                                  0)),
    # A receipt without a recorded dispatch (a bag moved before custody was recorded).
    ([_h(K.RECEIVED, 0, 2)], CustodyState(False, None, 0)),
])
def test_the_bedside_facts_are_those_of_the_current_leg(
    handoffs: list[LastHandoff], expected: CustodyState
) -> None:
    assert state_of(handoffs, open_excursions=0) == expected
    assert state_of(list(reversed(handoffs)), open_excursions=2).open_excursions == 2
