"""Lays label data out through the templates in the top-level ``labels/`` folder.

Each template starts with a header comment naming its version, stock size and DPI; the
version is what print control tracks, so a changed layout needs a new version number.
Bar codes are computed here (python-barcode Code 128 with ISBT geometry, zxing-cpp Data
Matrix, qrcode QR) and handed to the SVG template as ready-made fragments; the ZPL variant
uses the printer's own ``^BC``/``^BX``/``^BQ`` commands, so no image is sent to a printer.

``render`` and ``render_preview_svg`` keep their results in a bounded cache keyed by the label's
content, its template's content hash and version, and the format (``cellchain.labels.cache``).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from cellchain.errors import BadInput
from cellchain.inputs.rules import display_safe
from cellchain.labels import fit, output, symbols
from cellchain.labels.cache import RenderCache
from cellchain.labels.data import (
    BagLabel,
    CbuLabel,
    LabelData,
    LabelKind,
    LotLabel,
    MaterialLabel,
    SampleLabel,
    WristbandLabel,
)
from cellchain.paths import LABELS_DIR

Format = Literal["svg", "png", "pdf", "zpl"]
FORMATS: tuple[Format, ...] = ("svg", "png", "pdf", "zpl")
MEDIA_TYPES = {"svg": "image/svg+xml", "png": "image/png", "pdf": "application/pdf",
               "zpl": "application/vnd.zebra-zpl"}
_HEADER = re.compile(r"version:\s*(\d+).*?stock:\s*([\d.]+)\s*x\s*([\d.]+)\s*mm", re.S)
# A 100 x 100 mm PNG at 300 dpi is about 100 kB, its SVG 9 kB: a few hundred labels.
RENDER_CACHE_BYTES = 32 * 1024 * 1024
_CACHE = RenderCache(RENDER_CACHE_BYTES)


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    version: int
    width_mm: float
    height_mm: float
    sha256: str  # of the SVG and ZPL template texts and the shared macros together


_ZPL_INERT = str.maketrans({"^": "\u02c6", "~": "\u02dc", "\t": " ", "\n": " ", "\r": " "})


def zpl_text(text: object) -> str:
    """Text for a ZPL ^FD field: UTF-8 is printed (the templates select ^CI28), but ^ and ~
    would start printer commands, so they print as the look-alike modifier letters ˆ and ˜;
    line breaks print as spaces and other control characters as U+FFFD. Stored text can never
    make a label fail to print, nor run a printer command."""
    return display_safe(text).translate(_ZPL_INERT)


def _finalize(value: object) -> object:
    # Every {{ }} output of a label: our own symbol markup and numbers (coordinates, sizes)
    # pass; any text is made safe for XML 1.0 first (autoescaping then escapes it), so stored
    # text cannot break a label.
    return value if isinstance(value, Markup | int | float) else display_safe(value)


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(LABELS_DIR)), undefined=StrictUndefined,
        autoescape=lambda name: bool(name and name.endswith(".svg.j2")),
        keep_trailing_newline=True, finalize=_finalize,
    )
    env.filters["zpl"] = symbols.zpl_field_data
    env.filters["zpl_text"] = zpl_text
    env.filters["split_lines"] = lambda text: str(text).split("\n")
    env.filters["fit"] = fit.fit
    env.filters["wrap"] = fit.wrap
    env.filters["size_to_fit"] = fit.size_to_fit
    return env


_ENV = _environment()


_INFO: dict[LabelKind, tuple[tuple[tuple[int, int], ...], TemplateInfo]] = {}


def template_info(kind: LabelKind) -> TemplateInfo:
    """Reads the header of a kind's templates; the SVG header is authoritative.

    Read again whenever a template file's modification time or size changes (as Jinja
    reloads it), otherwise kept: reading and hashing the three files cost more than a cached
    render."""
    state = tuple((s.st_mtime_ns, s.st_size) for s in map(os.stat, _PATHS[kind]))
    known = _INFO.get(kind)
    if known is not None and known[0] == state:
        return known[1]
    info = _read_template_info(kind)
    _INFO[kind] = (state, info)
    return info


_PATHS = {kind: tuple(str(LABELS_DIR / name) for name in (
    f"{kind.template}.svg.j2", f"{kind.template}.zpl.j2", "_common.svg.j2"))
    for kind in LabelKind}


def _read_template_info(kind: LabelKind) -> TemplateInfo:
    svg = (LABELS_DIR / f"{kind.template}.svg.j2").read_text(encoding="utf-8")
    zpl = (LABELS_DIR / f"{kind.template}.zpl.j2").read_text(encoding="utf-8")
    match = _HEADER.search(svg[:600])
    if match is None:
        raise RuntimeError(f"label template {kind.template}.svg.j2 lacks its header comment "
                           "(version and stock size)")
    return TemplateInfo(
        name=kind.template, version=int(match.group(1)), width_mm=float(match.group(2)),
        height_mm=float(match.group(3)),
        sha256=hashlib.sha256("\0".join((svg, zpl, _common())).encode("utf-8")).hexdigest())


def _common() -> str:
    return (LABELS_DIR / "_common.svg.j2").read_text(encoding="utf-8")


def kind_of(data: LabelData) -> LabelKind:
    if isinstance(data, BagLabel):
        return LabelKind.BAG
    if isinstance(data, CbuLabel):
        return LabelKind.CBU
    if isinstance(data, SampleLabel):
        return LabelKind.SAMPLE
    if isinstance(data, MaterialLabel):
        return LabelKind.MATERIAL
    if isinstance(data, LotLabel):
        return LabelKind.LOT
    return LabelKind.WRISTBAND


@dataclass(frozen=True)
class SymbolSpec:
    """One bar code of a label: its symbology, the exact text, and its size (the bar height
    of a Code 128, the module of a 2-D symbol), in millimetres."""

    symbology: Literal["code128", "datamatrix", "qr"]
    text: str
    size_mm: float


def symbol_specs(data: LabelData) -> dict[str, SymbolSpec]:
    """The bar codes each label kind carries, by the name its template uses."""
    if isinstance(data, BagLabel):
        return {"din": SymbolSpec("code128", data.din.barcode, 8.0),
                "product_code": SymbolSpec("code128", data.product_code.barcode, 8.0),
                "expiry": SymbolSpec("code128", data.expiry.barcode, 8.0),
                "matrix": SymbolSpec("datamatrix", data.label_2d, 0.4)}
    if isinstance(data, CbuLabel):
        return {"din": SymbolSpec("code128", data.din.barcode, 8.0),
                "product_code": SymbolSpec("code128", data.product_code.barcode, 8.0),
                "matrix": SymbolSpec("datamatrix", data.label_2d, 0.4)}
    if isinstance(data, SampleLabel):
        return {"din": SymbolSpec("code128", data.din.barcode, 6.0),
                "matrix": SymbolSpec("datamatrix", data.label_2d, 0.35)}
    if isinstance(data, MaterialLabel):
        return {"code": SymbolSpec("code128", data.code.barcode, 6.0)}
    if isinstance(data, LotLabel):
        return {"din": SymbolSpec("code128", data.din.barcode, 7.0),
                "matrix": SymbolSpec("datamatrix", data.label_2d, 0.4)}
    assert isinstance(data, WristbandLabel)
    return {"qr": SymbolSpec("qr", data.label_2d, 0.45)}


def _draw(spec: SymbolSpec) -> dict[str, Any]:
    if spec.symbology == "code128":
        sym = symbols.code128(spec.text, height_mm=spec.size_mm)
    elif spec.symbology == "datamatrix":
        sym = symbols.datamatrix(spec.text, module_mm=spec.size_mm)
    else:
        sym = symbols.qr(spec.text, module_mm=spec.size_mm)
    return {"svg": Markup(sym.svg), "width": sym.width_mm, "height": sym.height_mm,
            "quiet": sym.quiet_zone_mm}


def _symbols_for(data: LabelData) -> dict[str, dict[str, Any]]:
    return {name: _draw(spec) for name, spec in symbol_specs(data).items()}


def render_svg(data: LabelData) -> str:
    kind = kind_of(data)
    template = _ENV.get_template(f"{kind.template}.svg.j2")
    return str(template.render(label=data, sym=_symbols_for(data), info=template_info(kind)))


def _placeholder(sym: dict[str, Any]) -> dict[str, Any]:
    """A symbol's place on a preview: same size, crossed out, nothing a decoder can read."""
    w, h = sym["width"], sym["height"]
    markup = Markup(
        '<rect width="{w:.2f}" height="{h:.2f}" fill="#eee" stroke="#999" stroke-width="0.2"/>'
        '<path d="M0 0L{w:.2f} {h:.2f}M0 {h:.2f}L{w:.2f} 0" stroke="#bbb" stroke-width="0.2"/>'
        '<text x="{cx:.2f}" y="{cy:.2f}" text-anchor="middle" font-size="{size:.2f}" '
        'fill="#777">no code in a preview</text>').format(
        w=w, h=h, cx=w / 2, cy=h / 2 + 0.6, size=min(2.0, h / 3, w / 12))
    return {**sym, "svg": markup}


def render_preview_svg(data: LabelData) -> str:
    """The label as it will print, except that every bar code and 2-D symbol is a blank of the
    same size: a preview on a screen or a screenshot must never scan as a real, unlogged label
    (print control, FACT-JACIE D7). The caller stamps it as a preview as well."""
    kind = kind_of(data)
    info = template_info(kind)

    def draw() -> str:
        template = _ENV.get_template(f"{kind.template}.svg.j2")
        placeholders = {name: _placeholder(sym) for name, sym in _symbols_for(data).items()}
        return str(template.render(label=data, sym=placeholders, info=info))

    return _CACHE.get_or_render(_key(data, info, "preview"), draw)


def render_zpl(data: LabelData) -> str:
    kind = kind_of(data)
    template = _ENV.get_template(f"{kind.template}.zpl.j2")
    return str(template.render(label=data, info=template_info(kind)))


def _key(data: LabelData, info: TemplateInfo, fmt: str) -> tuple[object, ...]:
    """Everything a render depends on. The label value itself stands for its content: a frozen
    dataclass compares field by field (and only with its own type), so equal keys mean equal
    printed text, with no collision to rule out and no serialising to pay for (hashing the
    fields is ~2 µs; ``data.content_hash`` is ~40 µs, more than encoding a Code 128). The
    template's content hash covers a file edited without a new version number."""
    return (fmt, info.name, info.version, info.sha256, data)


def render(data: LabelData, fmt: str) -> bytes:
    """Renders one label in one of ``FORMATS``, from the cache when the same label was
    rendered before with the same template."""
    if fmt not in FORMATS:
        raise BadInput(f"format must be one of {', '.join(FORMATS)}; got {fmt!r}",
                       field="format")
    info = template_info(kind_of(data))
    if fmt in ("png", "pdf"):  # drawn from the (cached) SVG of the same label
        return _CACHE.get_or_render(_key(data, info, fmt),
                                    lambda: _convert(render(data, "svg").decode("utf-8"), fmt))
    return _CACHE.get_or_render(_key(data, info, fmt), lambda: render_uncached(data, fmt))


def render_uncached(data: LabelData, fmt: str) -> bytes:
    """Renders one label in one of ``FORMATS`` from scratch (the cache's source)."""
    if fmt == "zpl":
        return render_zpl(data).encode("utf-8")
    svg = render_svg(data)
    if fmt == "svg":
        return svg.encode("utf-8")
    return _convert(svg, fmt)


def _convert(svg: str, fmt: str) -> bytes:
    if fmt == "png":
        return output.svg_to_png(svg, dpi=300)
    if fmt == "pdf":
        return output.svg_to_pdf(svg)
    raise BadInput(f"format must be one of {', '.join(FORMATS)}; got {fmt!r}", field="format")


def render_sheet(labels: Sequence[LabelData], paper: output.Paper) -> bytes:
    """Renders labels of one kind on A4 or Letter sheets as one PDF."""
    if not labels:
        raise BadInput("nothing to print: no labels were selected", field="labels")
    info = template_info(kind_of(labels[0]))
    return output.sheet_pdf([render(d, "svg").decode("utf-8") for d in labels],
                            label_width_mm=info.width_mm, label_height_mm=info.height_mm,
                            paper=paper)
