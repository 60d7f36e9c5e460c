"""Label rendering figures: a 100 × 100 mm bag label with one Code 128, one Data Matrix of an
81-character compound message and some text, rendered N times.

Usage: .venv/bin/python bench/label_render.py [-n 200]
Prints per-label milliseconds (median and mean) for: building the symbols only, SVG → PNG at
300 dpi, SVG → PDF. Nothing is asserted (speed is measured here, not in tests).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from cellchain.labels import output, symbols

DIN = "=A99902600001200"
# DS023 with six structures: DIN, blood group, product code, FIN(P), expiry, CoI.
COMPOUND = ("=+06000" + DIN + "=%5100" + "=<S9999VA0" + "&+A9997AB3456" + "&>0263301200"
            + "&/CHA999026ABC123")


def build_symbols() -> tuple[symbols.Symbol, symbols.Symbol]:
    return symbols.code128(DIN), symbols.datamatrix(COMPOUND, module_mm=0.4)


def bag_label() -> str:
    din, matrix = build_symbols()
    lines = [("Cellchain GMP Facility", 4, 4, 2.2), ("A9990 26 000012", 4, 19, 4),
             ("RAK cells NCT07212933", 54, 7, 2.2), ("Chain of identity", 54, 26, 2.5),
             ("CHA999026ABC123", 54, 31, 3.2), ("For autologous use only", 54, 38, 2.8),
             ("Store at or below -150 °C", 4, 76, 2.3), ("Expires 2026-11-29 12:00", 54, 70, 3.2)]
    texts = "".join(f'<text x="{x}" y="{y}" font-size="{size}">{text}</text>'
                    for text, x, y, size in lines)
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="100mm" '
            'viewBox="0 0 100 100">'
            '<style>text{font-family:"DejaVu Sans Mono",monospace}</style>'
            f'<g transform="translate(4 6)">{din.svg}</g>'
            f'<g transform="translate({97 - matrix.width_mm - matrix.quiet_zone_mm} '
            f'{97 - matrix.height_mm - matrix.quiet_zone_mm})">{matrix.svg}</g>'
            f'{texts}</svg>')


def per_call_ms(fn: Callable[[], object], n: int) -> tuple[float, float]:
    fn()  # warm up (imports, font cache)
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
    svg = bag_label()
    print(f"bag label 100 x 100 mm, {len(svg)} bytes of SVG, compound {len(COMPOUND)} chars, "
          f"N={n}")
    for name, fn in [("symbols only (code128 + datamatrix)", build_symbols),
                     ("SVG -> PNG 300 dpi", lambda: output.svg_to_png(svg, dpi=300)),
                     ("SVG -> PDF", lambda: output.svg_to_pdf(svg))]:
        median, mean = per_call_ms(fn, n)
        print(f"{name:38s} median {median:7.2f} ms   mean {mean:7.2f} ms per label")


if __name__ == "__main__":
    main()
