"""How numbers and day windows read on every screen, record and PDF: one format each, so a
reviewer never compares ``3.000e+09`` on one page with ``3.0 × 10⁹`` on another. Pure."""

from __future__ import annotations

import math

from cellchain.isbt128.coi import CoiIdentifier
from cellchain.isbt128.din import parse_din_text
from cellchain.isbt128.errors import ScanError

_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
# Below this a count reads better written out (a viability of 93.5, 12 bags).
PLAIN_BELOW = 1e4


def scientific(value: float | None, unit: str = "") -> str:
    """``3.0 × 10⁹`` (with `` unit`` when given): up to three significant digits, at least one
    decimal, trailing zeros dropped beyond it; values below 10⁴ are written out (``93.5``)."""
    if value is None:
        return "not recorded"
    if not math.isfinite(value):
        raise ValueError(f"cannot show {value!r} as a number")
    if value == 0 or abs(value) < PLAIN_BELOW:
        text = f"{value:.6g}"
    else:
        mantissa, exponent = f"{value:.2e}".split("e")
        whole, _, decimals = mantissa.partition(".")
        mantissa = f"{whole}.{decimals.rstrip('0') or '0'}"
        text = f"{mantissa} × 10{str(int(exponent)).translate(_SUPERSCRIPT)}"
    return f"{text} {unit}".rstrip()


def days_text(window: tuple[int, int]) -> str:
    """``day 3–5``, or ``day 0`` for a one-day window."""
    first, last = window
    return f"day {first}" if first == last else f"day {first}–{last}"


def din_text(compact: object) -> str:
    """A stored DIN as its label prints it, ``A9990 26 000008 S`` (eye-readable, then the
    keyboard-entry check character); text that is not a DIN is returned as it is."""
    try:
        din = parse_din_text(str(compact))
    except ScanError:
        return str(compact)
    return f"{din.eye_readable} {din.check_character}"


def coi_text(compact: object) -> str:
    """A stored COI identifier as labels print it, ``CH A9990 26 000004 D`` (eye-readable,
    then its Mod 37-2 check character); text that is not one is returned as it is."""
    try:
        coi = CoiIdentifier.parse(str(compact))
    except ScanError:
        return str(compact)
    return f"{coi.eye_readable} {coi.check_character}"
