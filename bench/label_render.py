"""Label rendering against the raw encode of the same texts, per label kind and format.

Usage: .venv/bin/python bench/label_render.py [--rounds 3] [--seconds 0.4] [--kinds bag,lot]

For every label kind (the real templates in labels/) and format it measures, in one run and
round after round (the median of the rounds is printed):
  floor  the raw encode of the label's bar code texts, nothing drawn: python-barcode Code 128
         ``build()``, zxing-cpp Data Matrix ``create_barcode``, qrcode ``make`` (error
         correction M and the fixed mask the renderer uses);
  first  ``render_uncached``: a label never rendered before (a new serial number each call);
  cached ``render``: the same label again (a reprint, a preview, a page that shows it).
The ratio is labels/s over the floor's labels/s; the target is >= 50 % (issue 13). Nothing is
asserted (speed is measured here, not in tests).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from itertools import count
from zoneinfo import ZoneInfo

import qrcode
import zxingcpp
from barcode.codex import Code128

from cellchain.isbt128.coi import CoiIdentifier
from cellchain.isbt128.din import Din
from cellchain.isbt128.product_code import ProductCode
from cellchain.labels import data as build
from cellchain.labels import render as render_module
from cellchain.labels.data import LabelData
from cellchain.labels.render import FORMATS, SymbolSpec, render, render_uncached, symbol_specs

LONDON = ZoneInfo("Europe/London")
AT = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _din(i: int) -> Din:
    return Din("A9990", "26", f"{i % 1_000_000:06d}")


# One builder per kind: label ``i`` differs from label ``i + 1`` in its serial number (so in
# every bar code) and in nothing else, as consecutive labels of a site do.
MAKERS: dict[str, Callable[[int], LabelData]] = {
    "bag": lambda i: build.bag_label(
        facility="cellchain demo site", din=_din(i),
        product_code=ProductCode(pdc="S9999", collection_type="V", division="A0"),
        description="RAK CELLS (RetroNectin-activated killer cells), UCB-derived",
        use_statement="FOR USE BY INTENDED RECIPIENT ONLY", expires_at=AT + timedelta(days=27),
        zone=LONDON, coi=CoiIdentifier("A9990", "26", f"{(i + 7) % 1_000_000:06d}"),
        subject_number=f"RAK{i % 1000:03d}", kit_number=None, trial="NCT07212933",
        statements=("Caution: New Drug - Limited by Federal (or United States) law to "
                    "investigational use.",), storage="Store at 2-8 °C."),
    "cbu": lambda i: build.cbu_label(
        facility="cellchain demo site", bank="Example Cord Blood Bank", din=_din(i),
        product_code=ProductCode(pdc="S9998", collection_type="V", division="00"),
        received_at=AT, collected_at=AT - timedelta(days=400),
        receipt_number=f"CBU-{i % 1_000_000:06d}", status="quarantine", zone=LONDON,
        statements=("QUARANTINE until accepted by QA.",)),
    "sample": lambda i: build.sample_label(din=_din(i), sample_number=1 + i % 99,
                                           test="endotoxin", taken_at=AT, zone=LONDON),
    "wristband": lambda i: build.wristband_label(
        facility="cellchain demo site", trial="NCT07212933", subject_number=f"RAK{i % 1000:03d}",
        birth_date=date(1961, 3, 14), coi=CoiIdentifier("A9990", "26", f"{i % 1_000_000:06d}")),
    "material": lambda i: build.material_label(
        code=f"M{i % 1_000_000:06d}", kind="IL-2", name="Proleukin (aldesleukin) 22 MIU",
        supplier="Example Pharma Ltd", supplier_lot=f"L{i:07d}", expires_on=date(2027, 6, 30),
        status="RELEASED"),
    "lot": lambda i: build.lot_label(
        facility="cellchain demo site", din=_din(i), product="RAK CELLS", process="RAK v1",
        parent_dins=(Din("A9991", "26", f"{i % 1_000_000:06d}"),), planned_at=AT,
        activated_at=AT + timedelta(hours=20), zone=LONDON),
}


def raw_encode(spec: SymbolSpec) -> object:
    """The library's encoder alone, on the same text and options the renderer uses."""
    if spec.symbology == "code128":
        return Code128(spec.text).build()
    if spec.symbology == "datamatrix":
        return zxingcpp.create_barcode(spec.text, zxingcpp.BarcodeFormat.DataMatrix,
                                       force_square=True)
    code = qrcode.QRCode(error_correction=qrcode.ERROR_CORRECT_M, border=0, mask_pattern=0)
    code.add_data(spec.text)
    code.make(fit=True)
    return code


def rate(step: Callable[[int], object], seconds: float, serials: count[int]) -> float:
    """Calls per second of ``step(serial)`` over at least ``seconds`` and 3 calls."""
    calls, start = 0, time.perf_counter()
    while True:
        step(next(serials))
        calls += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds and calls >= 3:
            return calls / elapsed


def measure(labels: list[LabelData], fmt: str, rounds: int, seconds: float
            ) -> dict[str, float]:
    serials = count(1)
    specs = [list(symbol_specs(label).values()) for label in labels]
    again = labels[0]
    render(again, fmt)  # the reprint's first render

    def floor(i: int) -> None:
        for spec in specs[i % len(specs)]:
            raw_encode(spec)

    def first(i: int) -> None:
        # Labels repeat after 2,000 calls; the uncached renderer never looks anything up.
        render_uncached(labels[i % len(labels)], fmt)

    results: dict[str, list[float]] = {"floor": [], "first": [], "cached": []}
    for _ in range(rounds):  # interleaved, so a noisy moment hits all three alike
        results["floor"].append(rate(floor, seconds, serials))
        results["first"].append(rate(first, seconds, serials))
        results["cached"].append(rate(lambda _i: render(again, fmt), seconds, serials))
    return {name: statistics.median(values) for name, values in results.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=0.4, help="per measurement and round")
    parser.add_argument("--kinds", default=",".join(MAKERS))
    parser.add_argument("--formats", default=",".join(FORMATS))
    args = parser.parse_args()
    for kind in args.kinds.split(","):  # warm up: imports, fonts, template compilation
        for fmt in args.formats.split(","):
            render_uncached(MAKERS[kind](0), fmt)
    print(f"labels/s, median of {args.rounds} rounds; floor = raw encode of the same texts; "
          "ratio = labels/s / floor")
    print(f"{'kind':10s} {'format':6s} {'floor/s':>9s} {'first/s':>9s} {'first':>7s} "
          f"{'cached/s':>10s} {'cached':>8s}")
    for kind in args.kinds.split(","):
        # Built outside the timed loops: making label data is not rendering.
        labels = [MAKERS[kind](i) for i in range(1, 2001)]
        for fmt in args.formats.split(","):
            m = measure(labels, fmt, args.rounds, args.seconds)
            print(f"{kind:10s} {fmt:6s} {m['floor']:9.0f} {m['first']:9.1f} "
                  f"{m['first'] / m['floor']:7.1%} {m['cached']:10.0f} "
                  f"{m['cached'] / m['floor']:8.0%}")
    cache = render_module._CACHE  # noqa: SLF001 - figures about the cache itself
    print(f"render cache: {len(cache)} entries, {cache.size_bytes / 2**20:.1f} MiB of "
          f"{cache.max_bytes / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()
