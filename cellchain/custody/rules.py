"""Chain of custody as pure rules: which bag may make which handoff, whether a scan repeats the
last one, how temperature logger readings are read and when they are an excursion. No I/O;
time is passed in.

Why: every link from the lab to the ward and back is "recorded with who, when and where"
(DESIGN §2); 21 CFR 1271.290 tracks a product to its consignee or final disposition and back,
1271.150 keeps it at the conditions it was validated for in transport, FACT-JACIE asks for the
chain of custody of every cellular therapy product.

Decisions where DESIGN is silent (recorded here because this module is what validation reads):
- Handoffs: ``dispatched`` (the lab hands the bag to the courier), ``received`` (the ward takes
  it), ``returned`` (the lab takes it back). A dispatch needs a released bag, a receipt a
  dispatched one, a return a dispatched one or one at the ward; every handoff also needs the
  bag's lot released or conditionally released and the bag in date. An expired or recalled bag
  is not "returned" to stock: its destruction is recorded instead.
- A leg is one journey: a dispatch opens leg n+1 (n = dispatches so far), the receipt and the
  return of that journey are on the same leg. One handoff of each kind per leg (the table's
  unique key), so a bag released again by QA after a return travels a new leg.
- Temperature logger readings are text, one reading a line: an ISO 8601 time with seconds
  optional and its zone required (``Z`` or ``±HH:MM``), a comma, then °C with '.' as the
  decimal point, e.g. ``2026-05-01T14:02+01:00,18.5``. A zone is required because a logger
  keeps its own clock: a wall time without one cannot be placed. Blank lines and lines starting
  with ``#`` (a logger's header) are skipped. A malformed line is refused naming its number.
- The range is inclusive: a reading exactly on a limit is in range. Every reading and the
  handoff's own reading count; the excursion keeps the earliest out-of-range time whatever
  order the readings come in, and the lowest and highest of all of them.
- An out-of-range dispatch does not leave the lab: the bag is held (domain §6.3: reject if the
  temperature log is out of range). An out-of-range or damaged receipt or return is recorded
  (the bag is where it is) and the bag is then held. QA decides on a held bag.
- A scan repeats a handoff when the bag's last handoff was of the same kind and the bag is
  still where that handoff left it (its target status, or quarantine if it held the bag):
  the earlier record is the answer and nothing is written (part11 scenario 20).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final
from zoneinfo import ZoneInfo

from cellchain.bags.rules import USABLE_LOT_STATUSES, BagStatus, is_expired
from cellchain.display import din_text
from cellchain.errors import BadInput
from cellchain.labels.data import print_datetime


class CustodyKind(StrEnum):
    DISPATCHED = "dispatched"
    RECEIVED = "received"
    RETURNED = "returned"

    @property
    def done(self) -> str:
        """The handoff as a participle: "received at the ward"."""
        return _DONE[self]


_DONE: Final[Mapping[CustodyKind, str]] = {
    CustodyKind.DISPATCHED: "dispatched from the lab",
    CustodyKind.RECEIVED: "received at the ward",
    CustodyKind.RETURNED: "returned to the lab",
}
# Where each handoff leaves the bag (cellchain.bags.rules.TRANSITIONS allows every one).
TARGET: Final[Mapping[CustodyKind, BagStatus]] = {
    CustodyKind.DISPATCHED: BagStatus.DISPATCHED,
    CustodyKind.RECEIVED: BagStatus.AT_WARD,
    CustodyKind.RETURNED: BagStatus.RETURNED,
}
NEEDS: Final[Mapping[CustodyKind, frozenset[BagStatus]]] = {
    CustodyKind.DISPATCHED: frozenset({BagStatus.RELEASED}),
    CustodyKind.RECEIVED: frozenset({BagStatus.DISPATCHED}),
    CustodyKind.RETURNED: frozenset({BagStatus.DISPATCHED, BagStatus.AT_WARD}),
}
_NEEDS_WORDS: Final[Mapping[CustodyKind, str]] = {
    CustodyKind.DISPATCHED: "only a released bag is dispatched",
    CustodyKind.RECEIVED: "only a dispatched bag is received at the ward",
    CustodyKind.RETURNED: "only a dispatched bag or one at the ward is returned",
}
_WHERE: Final[Mapping[BagStatus, str]] = {
    BagStatus.QUARANTINE: "in quarantine (held for QA's decision)",
    BagStatus.RELEASED: "released (in the lab's stock)",
    BagStatus.DISPATCHED: "dispatched (in transit)",
    BagStatus.AT_WARD: "at the ward",
    BagStatus.INFUSED: "infused",
    BagStatus.RETURNED: "returned to the lab",
    BagStatus.DESTROYED: "destroyed",
    BagStatus.EXPIRED: "recorded as expired",
    BagStatus.RECALLED: "recalled",
}
CONDITIONS: Final = ("intact", "damaged")
FIELD: Final = "logger_readings"
MAX_READINGS: Final = 20_000  # a reading a minute for two weeks
# A logger clock a little ahead of the server's is tolerated; more is a wrong clock or zone.
CLOCK_TOLERANCE: Final = timedelta(minutes=5)
# Beyond this the number is not a transport temperature in °C (°F, or a logger fault).
PLAUSIBLE_C: Final = 100.0
LIMITS: Final[Mapping[str, int]] = {"courier": 200, "container": 64, "note": 500,
                                    "reason": 500, "comment": 1000}
FORMAT: Final = ("one reading a line: the time as YYYY-MM-DDTHH:MM[:SS] followed by Z or "
                 "±HH:MM, a comma, then °C, e.g. 2026-05-01T14:02+01:00,18.5")
_LINE: Final = re.compile(r"(?P<time>[^,]*?)\s*,\s*(?P<celsius>.*)")
_TIME: Final = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})", re.ASCII)
_CELSIUS: Final = re.compile(r"[+-]?\d{1,3}(\.\d{1,4})?", re.ASCII)


@dataclass(frozen=True)
class Reading:
    at: datetime  # aware
    celsius: float


@dataclass(frozen=True)
class TransportRange:
    low_c: float
    high_c: float

    def holds(self, celsius: float) -> bool:
        """In range, limits included."""
        return self.low_c <= celsius <= self.high_c

    @property
    def text(self) -> str:
        return f"{self.low_c:g}–{self.high_c:g} °C"


@dataclass(frozen=True)
class Excursion:
    first_out_at: datetime
    lowest_c: float
    highest_c: float


@dataclass(frozen=True)
class LastHandoff:
    """The bag's most recent handoff, and whether it put the bag on hold."""

    kind: CustodyKind
    leg: int
    at: datetime
    held: bool


@dataclass(frozen=True)
class CustodyState:
    """What the bedside needs of the bag's current journey (DESIGN §4.1 "custody complete")."""

    dispatched: bool  # dispatched by the lab on this leg (not stopped, not since returned)
    received_at: datetime | None  # received at the ward on this leg
    open_excursions: int  # excursions of the bag QA has not acknowledged (any leg)


def bag_name(*, din: str, division: str, kit_number: str | None) -> str:
    """Names a bag in messages anyone may read: a kit bag by kit number only (DESIGN §4.6)."""
    return f"kit {kit_number}" if kit_number else f"bag {din_text(din)} {division}"


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def handoff_refusals(
    kind: CustodyKind, *, status: BagStatus, lot_status: str, expires_at: datetime,
    now: datetime, zone: ZoneInfo,
) -> list[str]:
    """Returns every reason the bag may not make this handoff now (empty: it may)."""
    reasons = []
    if status not in NEEDS[kind]:
        reasons.append(f"the bag is {_WHERE[status]}; {_NEEDS_WORDS[kind]}")
    if lot_status not in USABLE_LOT_STATUSES:
        reasons.append(f"its lot is {lot_status.replace('_', ' ')}, not released")
    if is_expired(expires_at, now):
        reasons.append(f"it expired at {print_datetime(expires_at, zone)}")
    return reasons


def is_repeat(kind: CustodyKind, *, status: BagStatus, last: LastHandoff | None) -> bool:
    """Whether a scan of this handoff repeats the bag's last one (nothing is to be written)."""
    if last is None or last.kind != kind:
        return False
    return status == (BagStatus.QUARANTINE if last.held else TARGET[kind])


def next_leg(kind: CustodyKind, dispatches: int) -> int:
    """The leg a new handoff is on: a dispatch opens the next one."""
    return dispatches + 1 if kind == CustodyKind.DISPATCHED else dispatches


def field_problems(
    kind: CustodyKind, *, temperature_c: float, courier: str = "", container: str = "",
    condition: str = "", reason: str = "", note: str = "",
) -> dict[str, str]:
    """Returns the problem with each handoff field (empty: none), each naming its rule."""
    problems = {}
    texts = {"courier": courier, "container": container, "reason": reason, "note": note}
    required = {CustodyKind.DISPATCHED: ("courier", "container"),
                CustodyKind.RETURNED: ("reason",)}.get(kind, ())
    for name, value in texts.items():
        if name in required and not value.strip():
            problems[name] = f"{name} is required to record a {kind.value} handoff"
        elif len(value.strip()) > LIMITS[name]:
            problems[name] = f"{name} must be at most {LIMITS[name]} characters"
    if kind != CustodyKind.DISPATCHED and condition not in CONDITIONS:
        problems["condition"] = "condition must be intact or damaged: look at the bag"
    temperature = temperature_problem(temperature_c)
    if temperature:
        problems["temperature_c"] = temperature
    return problems


def temperature_problem(celsius: float) -> str | None:
    if not math.isfinite(celsius) or abs(celsius) > PLAUSIBLE_C:
        return (f"temperature_c must be the reading in °C between -{PLAUSIBLE_C:g} and "
                f"{PLAUSIBLE_C:g}")
    return None


def parse_readings(text: str, *, now: datetime) -> tuple[Reading, ...]:
    """Reads logger readings (module docstring for the format) or raises BadInput naming the
    line and field ``logger_readings``."""
    readings = []
    for number, raw in enumerate(text.removeprefix("\ufeff").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        readings.append(_reading(line, number, now))
        if len(readings) > MAX_READINGS:
            raise BadInput(f"{FIELD} holds more than {MAX_READINGS} readings; give the readings "
                           "of this journey only", field=FIELD)
    return tuple(readings)


def _refuse(number: int, problem: str) -> BadInput:
    return BadInput(f"{FIELD} line {number}: {problem}; write {FORMAT}", field=FIELD)


def _reading(line: str, number: int, now: datetime) -> Reading:
    match = _LINE.fullmatch(line)
    if match is None:
        raise _refuse(number, "no comma between the time and the temperature")
    time_text, celsius_text = match["time"], match["celsius"].strip()
    if not _TIME.fullmatch(time_text):
        raise _refuse(number, f"time {time_text[:40]!r} is not in the format")
    try:
        at = datetime.fromisoformat(time_text)
    except ValueError:
        raise _refuse(number, f"time {time_text!r} is not a real date and time") from None
    if at > now + CLOCK_TOLERANCE:
        raise _refuse(number, f"time {time_text} is later than now; check the logger's clock "
                              "and zone")
    if not _CELSIUS.fullmatch(celsius_text):
        raise _refuse(number, f"temperature {celsius_text[:20]!r} is not a number of °C")
    celsius = float(celsius_text)
    if abs(celsius) > PLAUSIBLE_C:
        raise _refuse(number, f"temperature {celsius_text} °C is not a transport temperature "
                              "(is the logger set to °F?)")
    return Reading(at, celsius)


def evaluate(readings: Iterable[Reading], *, handoff: Reading, band: TransportRange
             ) -> Excursion | None:
    """Returns the excursion the readings and the handoff's reading show, or None."""
    every = [*readings, handoff]
    out = [r.at for r in every if not band.holds(r.celsius)]
    if not out:
        return None
    temperatures = [r.celsius for r in every]
    return Excursion(min(out), min(temperatures), max(temperatures))


def hold_reasons(excursion: Excursion | None, *, condition: str, band: TransportRange,
                 zone: ZoneInfo) -> list[str]:
    """Why the handoff puts the bag on hold for QA's decision (empty: it does not)."""
    reasons = []
    if excursion is not None:
        reasons.append(f"temperature out of the range {band.text} from "
                       f"{print_datetime(excursion.first_out_at, zone)} (lowest "
                       f"{excursion.lowest_c:g} °C, highest {excursion.highest_c:g} °C)")
    if condition == "damaged":
        reasons.append("the bag was found damaged")
    return reasons


def repeat_message(kind: CustodyKind, *, name: str, at: datetime, by: str, zone: ZoneInfo
                   ) -> str:
    """What a repeated scan is told: when and by whom the handoff was recorded."""
    return (f"{capital(name)} was already {kind.done} at {print_datetime(at, zone)} by {by}; "
            "this scan recorded nothing new.")


def state_of(handoffs: Sequence[LastHandoff], *, open_excursions: int) -> CustodyState:
    """The custody facts of the bag's current leg (the highest dispatched leg).

    A dispatch that was stopped (held at the lab) or a leg that ended in a return does not
    count as dispatched, so the bedside never takes a finished or stopped journey as custody.
    """
    leg = max((h.leg for h in handoffs if h.kind == CustodyKind.DISPATCHED), default=0)
    on_leg = {h.kind: h for h in handoffs if h.leg == leg}
    dispatch = on_leg.get(CustodyKind.DISPATCHED)
    if dispatch is None or dispatch.held or CustodyKind.RETURNED in on_leg:
        return CustodyState(False, None, open_excursions)
    receipt = on_leg.get(CustodyKind.RECEIVED)
    return CustodyState(True, receipt.at if receipt else None, open_excursions)
