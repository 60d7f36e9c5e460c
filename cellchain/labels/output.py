"""Label output formats: SVG to PNG or PDF, and sheets of labels for office printers.

Conversion only, no database. Label SVGs use millimetre user units, e.g.
``<svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="60mm" viewBox="0 0 100 60">``.
Text falls back to another installed font when the named one is missing (cairo asks
fontconfig), so a missing font changes the look but never fails the render.
"""

from __future__ import annotations

import functools
import io
import math
import re
import struct
import zlib
from collections.abc import Sequence
from typing import Any, Literal

# cairo (through cffi, which parses cairo's C declarations when imported) and pypdf are imported
# where a PNG or PDF is made: at module level they were a second of the app's start-up on the
# reference machine (issue 13: start to first answer <= 3 s), paid even by pages with no label.

Paper = Literal["A4", "Letter"]
PAPER_MM: dict[Paper, tuple[float, float]] = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}

_ROOT = re.compile(r"<svg\b[^>]*>")
_PLACEMENT = re.compile(r"""\s(?:x|y|width|height)\s*=\s*(?:"[^"]*"|'[^']*')""")
_MM_SIZE = re.compile(r"""\s(width|height)\s*=\s*["']\s*([0-9.]+)\s*mm\s*["']""")


def svg_to_png(svg: str, *, dpi: int = 300) -> bytes:
    """A PNG on white at ``dpi``, which it records, so it prints at the label's real size."""
    import cairosvg

    png: bytes = cairosvg.svg2png(bytestring=svg.encode(), dpi=dpi, background_color="white")
    return _with_dpi(png, dpi)


@functools.cache
def _reproducible_pdf() -> Any:
    import cairocffi
    from cairosvg.surface import PDFSurface

    class ReproduciblePdf(PDFSurface):  # type: ignore[misc]  # cairosvg has no type hints
        """cairo stamps each PDF with the second it was written; without that stamp the same
        SVG always gives the same bytes, so a cached label PDF is the PDF rendered afresh."""

        def _create_surface(self, width: float, height: float) -> tuple[object, float, float]:
            surface, width, height = super()._create_surface(width, height)
            surface.set_metadata(cairocffi.PDF_METADATA_CREATE_DATE, "")  # "": no date at all
            return surface, width, height

    return ReproduciblePdf


def svg_to_pdf(svg: str) -> bytes:
    """A one-page vector PDF the size of the label; the same SVG gives the same bytes."""
    pdf: bytes = _reproducible_pdf().convert(bytestring=svg.encode())
    return pdf


def sheet_pages(label_svgs: Sequence[str], *, label_width_mm: float, label_height_mm: float,
                paper: Paper, margin_mm: float = 10, gap_mm: float = 4) -> list[str]:
    """Lay labels out in a grid, left to right then top to bottom; one SVG per page.

    Each label is nested as an ``<svg>`` element at its cell, so the output stays vector and
    bar codes keep their module size (a label of another size is refused, not scaled).
    """
    paper_w, paper_h = PAPER_MM[paper]
    cols = _fit(paper_w, label_width_mm, margin_mm, gap_mm)
    rows = _fit(paper_h, label_height_mm, margin_mm, gap_mm)
    if cols < 1 or rows < 1:
        raise ValueError(
            f"A {_n(label_width_mm)} × {_n(label_height_mm)} mm label does not fit on {paper} "
            f"paper ({_n(paper_w)} × {_n(paper_h)} mm) with {_n(margin_mm)} mm margins"
        )
    per_page = cols * rows
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(paper_w)}mm" '
            f'height="{_n(paper_h)}mm" viewBox="0 0 {_n(paper_w)} {_n(paper_h)}">')
    pages = []
    for first in range(0, len(label_svgs), per_page):
        cells = []
        for i, label in enumerate(label_svgs[first:first + per_page]):
            row, col = divmod(i, cols)
            x = margin_mm + col * (label_width_mm + gap_mm)
            y = margin_mm + row * (label_height_mm + gap_mm)
            cells.append(_placed(label, x, y, label_width_mm, label_height_mm))
        pages.append(head + "".join(cells) + "</svg>")
    return pages


def sheet_pdf(label_svgs: Sequence[str], *, label_width_mm: float, label_height_mm: float,
              paper: Paper, margin_mm: float = 10, gap_mm: float = 4) -> bytes:
    """All sheet pages in one PDF: each page rendered by cairosvg, then joined with pypdf."""
    pages = sheet_pages(label_svgs, label_width_mm=label_width_mm,
                        label_height_mm=label_height_mm, paper=paper,
                        margin_mm=margin_mm, gap_mm=gap_mm)
    if not pages:
        raise ValueError("No labels to put on a sheet")
    return pages_pdf(pages)


def pages_pdf(page_svgs: Sequence[str]) -> bytes:
    """One PDF page per SVG, in order (each page keeps its own size)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in page_svgs:
        writer.append(PdfReader(io.BytesIO(svg_to_pdf(page))))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _fit(paper_mm: float, label_mm: float, margin_mm: float, gap_mm: float) -> int:
    # The small tolerance lets a label that fills the printable width exactly still fit.
    return math.floor((paper_mm - 2 * margin_mm + gap_mm) / (label_mm + gap_mm) + 1e-9)


def _placed(label: str, x: float, y: float, width: float, height: float) -> str:
    """The label's root ``<svg>`` moved to (x, y) and sized in the page's millimetre units.

    Its own ``width="100mm"`` would be wrong inside the page: there a user unit is already 1 mm,
    so "100mm" would mean 378 units. Anything before the root (XML declaration) is dropped.
    """
    root = _ROOT.search(label)
    if root is None:
        raise ValueError("A label is not an SVG document (no <svg> element)")
    tag = root.group(0)
    if "viewBox" not in tag:
        raise ValueError("A label SVG needs a viewBox in millimetres to be placed on a sheet")
    wanted = {"width": width, "height": height}
    for attr, value in _MM_SIZE.findall(tag):
        if abs(float(value) - wanted[attr]) > 0.01:
            raise ValueError(f"A label is {value} mm in {attr}, but the sheet is laid out for "
                             f"{_n(wanted[attr])} mm labels")
    tag = _PLACEMENT.sub("", tag).replace(
        "<svg", f'<svg x="{_n(x)}" y="{_n(y)}" width="{_n(width)}" height="{_n(height)}"', 1)
    return tag + label[root.end():]


def _with_dpi(png: bytes, dpi: int) -> bytes:
    """Insert a pHYs chunk after IHDR: cairo writes none, and readers then assume 72 or 96 dpi."""
    if png[12:16] != b"IHDR":
        raise ValueError("cairosvg returned something that is not a PNG")
    pixels_per_metre = round(dpi / 0.0254)
    body = b"pHYs" + struct.pack(">IIB", pixels_per_metre, pixels_per_metre, 1)  # unit 1 = metre
    chunk = struct.pack(">I", len(body) - 4) + body + struct.pack(">I", zlib.crc32(body))
    end_of_ihdr = 8 + 4 + 4 + 13 + 4  # signature, length, type, IHDR data, CRC
    return png[:end_of_ihdr] + chunk + png[end_of_ihdr:]


def _n(mm: float) -> str:
    return f"{mm:.4f}".rstrip("0").rstrip(".")
