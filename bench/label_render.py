"""Label rendering figures for the real bag label template (labels/bag_label.svg.j2): DIN,
product code and expiry Code 128s, a Data Matrix of the compound message, and text.

Usage: .venv/bin/python bench/label_render.py [-n 200]
Prints per-label milliseconds (median and mean) for: the label data, the SVG (symbols and
template), SVG → PNG at 300 dpi, SVG → PDF and ZPL. Nothing is asserted (speed is measured
here, not in tests).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from cellchain.isbt128.coi import CoiIdentifier
from cellchain.isbt128.din import Din
from cellchain.isbt128.product_code import ProductCode
from cellchain.labels import output
from cellchain.labels.data import BagLabel, bag_label
from cellchain.labels.render import render_svg, render_zpl


def label() -> BagLabel:
    return bag_label(
        facility="cellchain demo site", din=Din("A9990", "26", "000012"),
        product_code=ProductCode(pdc="S9999", collection_type="V", division="A0"),
        description="RAK CELLS (RetroNectin-activated killer cells), UCB-derived",
        use_statement="FOR USE BY INTENDED RECIPIENT ONLY",
        expires_at=datetime(2026, 11, 29, 12, 0, tzinfo=UTC), zone=ZoneInfo("Europe/London"),
        coi=CoiIdentifier("A9990", "26", "000123"), subject_number="RAK001", kit_number=None,
        trial="NCT07212933", statements=("Caution: New Drug - Limited by Federal (or United "
                                         "States) law to investigational use.",),
        storage="Store at 2-8 °C.")


def per_call_ms(fn: Callable[[], object], n: int) -> tuple[float, float]:
    fn()  # warm up (imports, font cache, template compilation)
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), statistics.fmean(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=200)
    n = parser.parse_args().n
    data = label()
    svg = render_svg(data)
    print(f"bag label 100 x 100 mm, {len(svg)} bytes of SVG, 2-D symbol {len(data.label_2d)} "
          f"chars, N={n}")
    for name, fn in [("label data (pure builders)", label),
                     ("SVG (symbols + template)", lambda: render_svg(data)),
                     ("SVG -> PNG 300 dpi", lambda: output.svg_to_png(svg, dpi=300)),
                     ("SVG -> PDF", lambda: output.svg_to_pdf(svg)),
                     ("ZPL", lambda: render_zpl(data))]:
        median, mean = per_call_ms(fn, n)
        print(f"{name:30s} median {median:7.2f} ms   mean {mean:7.2f} ms per label")


if __name__ == "__main__":
    main()
