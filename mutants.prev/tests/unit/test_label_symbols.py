"""Label symbols survive rendering and scanning (ST-001 §6.1, §6.2), and sheets lay out labels."""

from __future__ import annotations

import io
import re
import string
from collections.abc import Callable

import pytest
from barcode.codex import Code128
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader

from cellchain.labels import symbols
from cellchain.labels.output import Paper, sheet_pages, sheet_pdf, svg_to_pdf, svg_to_png
from cellchain.labels.symbols import Symbol
from tests.support.decode import decode_png

ALNUM = string.ascii_uppercase + string.digits
PRINTABLE_ASCII = "".join(chr(c) for c in range(0x20, 0x7F))

DIN = "=A99902600001200"
PRODUCT_CODE = "=<S9999VA0"
EXPIRY = "&>0263301200"
COI = "&/CHA999026ABC123"
# DS023 with four structures: DIN, PPIC (DS034), expiry (DS005), CoI (DS040); 70 characters.
COMPOUND = "=+04000" + DIN + "=/A9997AB3456T0123" + EXPIRY + COI
ISBT_TEXTS = [DIN, PRODUCT_CODE, EXPIRY, COI, COMPOUND]

MAKERS: dict[str, Callable[[str], Symbol]] = {
    "Code128": symbols.code128,
    "DataMatrix": symbols.datamatrix,
    "QRCode": symbols.qr,
}
ROTATIONS = [0, 90, 180, 270]
MM_TO_PT = 72 / 25.4


def on_page(symbol: Symbol) -> str:
    """An SVG exactly as large as the symbol plus its quiet zone on every side."""
    q = symbol.quiet_zone_mm
    w, h = symbol.width_mm + 2 * q, symbol.height_mm + 2 * q
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}mm" height="{h}mm" '
            f'viewBox="0 0 {w} {h}"><g transform="translate({q} {q})">{symbol.svg}</g></svg>')


def label(text: str, width: float = 100, height: float = 60) -> str:
    dm = symbols.datamatrix(text)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}mm" height="{height}mm" '
            f'viewBox="0 0 {width} {height}">'
            f'<g transform="translate(5 5)">{dm.svg}</g>'
            f'<text x="5" y="{height - 5}" font-family="DejaVu Sans Mono, monospace" '
            f'font-size="3">{text}</text></svg>')


# --- every symbol reads back as exactly its text -------------------------------------------


@pytest.mark.parametrize("text", ISBT_TEXTS)
@pytest.mark.parametrize("fmt", MAKERS)
def test_symbol_decodes_to_its_text_at_300_dpi_in_any_orientation(fmt: str, text: str) -> None:
    png = svg_to_png(on_page(MAKERS[fmt](text)))
    for rotate in ROTATIONS:
        assert decode_png(png, rotate=rotate) == [(fmt, text)], f"rotated {rotate}°"


@pytest.mark.parametrize("text", ISBT_TEXTS)
@pytest.mark.parametrize("fmt", MAKERS)
def test_symbol_decodes_when_rendered_at_203_dpi_for_a_thermal_printer(fmt: str,
                                                                        text: str) -> None:
    png = svg_to_png(on_page(MAKERS[fmt](text)), dpi=203)
    for rotate in ROTATIONS:
        assert decode_png(png, rotate=rotate, source_dpi=203) == [(fmt, text)]


@pytest.mark.parametrize("text", ISBT_TEXTS)
@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_symbol_survives_a_300_dpi_png_downscaled_to_203_dpi(fmt: str, text: str) -> None:
    # Code 128 passes only because its bars are drawn anti-aliased: with edges snapped to
    # whole pixels at 300 dpi (2.95 px per module) no code decoded after resampling.
    png = svg_to_png(on_page(MAKERS[fmt](text)))
    for rotate in ROTATIONS:
        assert decode_png(png, rotate=rotate, scale_to_dpi=203) == [(fmt, text)]


@settings(max_examples=25, deadline=None)
@given(sequence=st.text(ALNUM, min_size=6, max_size=6), rotate=st.sampled_from(ROTATIONS))
@example(sequence="000001", rotate=0)
def test_coi_with_any_issuer_sequence_round_trips(sequence: str, rotate: int) -> None:
    text = "&/CHA999026" + sequence  # DS040 &/CHαppppyynnnnnn
    for fmt, make in MAKERS.items():
        png = svg_to_png(on_page(make(text)))
        assert decode_png(png, rotate=rotate) == [(fmt, text)]
        if fmt != "Code128":
            assert decode_png(png, rotate=rotate, scale_to_dpi=203) == [(fmt, text)]


@settings(max_examples=40, deadline=None)
@given(text=st.text(PRINTABLE_ASCII, min_size=1, max_size=30))
def test_code128_round_trips_any_printable_ascii_or_refuses_to_draw(text: str) -> None:
    # Mixed letters, digits and punctuation make python-barcode switch between subsets B and C.
    # The one text shape its encoder gets wrong (a leading "99" started in subset C) is refused
    # rather than drawn as a symbol that scans as something else.
    try:
        symbol = symbols.code128(text)
    except ValueError as refusal:
        assert text.startswith("99") and "refusing to draw" in str(refusal)
        return
    assert decode_png(svg_to_png(on_page(symbol))) == [("Code128", text)]


@pytest.mark.parametrize("text", ["99", "9912", "991234", "997", "9956994"])
def test_a_text_the_encoder_would_corrupt_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="refusing to draw a symbol that would scan"):
        symbols.code128(text)


# --- geometry ---------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(text=st.one_of(st.sampled_from(ISBT_TEXTS), st.text(PRINTABLE_ASCII, min_size=1,
                                                            max_size=40).filter(
    lambda t: not t.startswith("99"))))  # refused: see the test above
def test_code128_bars_are_whole_modules_of_x(text: str) -> None:
    x = 0.25
    symbol = symbols.code128(text)
    modules = Code128(text).build()[0]
    bars = [(float(a), float(w)) for a, w in re.findall(r"M([\d.]+) 0h([\d.]+)v8z?", symbol.svg)]
    assert len(bars) == symbol.svg.count("M")
    for start, width in bars:
        assert start / x == pytest.approx(round(start / x), abs=1e-6)
        assert width / x == pytest.approx(round(width / x), abs=1e-6)
    assert symbol.width_mm == pytest.approx(len(modules) * x)
    assert sum(w for _, w in bars) == pytest.approx(modules.count("1") * x)
    assert bars[0][0] == 0 and bars[-1][0] + bars[-1][1] == pytest.approx(symbol.width_mm)
    # Adjacent dark modules are one bar: a light gap separates every pair of bars.
    assert all(a + w < b for (a, w), (b, _) in zip(bars, bars[1:], strict=False))
    assert symbol.quiet_zone_mm == pytest.approx(10 * x)  # ST-001 §6.1
    # Anti-aliased on purpose (see symbols.code128): snapped edges fail after resampling.
    assert 'shape-rendering="geometricPrecision"' in symbol.svg


def test_datamatrix_is_square_whole_modules_with_a_2x_quiet_zone() -> None:
    symbol = symbols.datamatrix(COMPOUND, module_mm=0.33)
    assert symbol.width_mm == symbol.height_mm
    assert (symbol.width_mm / 0.33) == pytest.approx(round(symbol.width_mm / 0.33))
    assert symbol.quiet_zone_mm == pytest.approx(0.66)


@pytest.mark.parametrize("module_mm", [0.2, 1.5])
def test_datamatrix_module_outside_isbt_range_is_refused(module_mm: float) -> None:
    with pytest.raises(ValueError, match="0.25–1 mm"):
        symbols.datamatrix(DIN, module_mm=module_mm)


def test_qr_quiet_zone_is_four_modules() -> None:
    assert symbols.qr(DIN, module_mm=0.5).quiet_zone_mm == pytest.approx(2.0)


@pytest.mark.parametrize("make", MAKERS.values())
@pytest.mark.parametrize("text", ["", "=A9990é", "=A9990\n"])
def test_symbols_refuse_empty_or_non_printable_text(make: Callable[[str], Symbol],
                                                    text: str) -> None:
    with pytest.raises(ValueError):
        make(text)


# --- ZPL field data ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ISBT_TEXTS)
def test_isbt_texts_pass_into_zpl_field_data_unchanged(text: str) -> None:
    assert symbols.zpl_field_data(text) == text


@pytest.mark.parametrize("text", ["=A^FS", "~JA", "=A9990é", "=A\r\n"])
def test_zpl_field_data_refuses_command_and_non_ascii_characters(text: str) -> None:
    with pytest.raises(ValueError, match="position"):
        symbols.zpl_field_data(text)


# --- PNG and PDF ------------------------------------------------------------------------------


def test_png_of_a_100_by_60_mm_label_at_300_dpi_is_1181_by_709_and_says_300_dpi() -> None:
    image = Image.open(io.BytesIO(svg_to_png(label(DIN))))
    assert image.size[0] == pytest.approx(1181, abs=1)
    assert image.size[1] == pytest.approx(709, abs=1)
    assert image.info["dpi"] == pytest.approx((300, 300), abs=0.01)
    assert image.convert("L").getpixel((0, 0)) == 255  # white background, not transparent


def test_text_in_a_missing_font_still_renders() -> None:
    svg = label(DIN).replace("DejaVu Sans Mono, monospace", "No Such Font Family")
    image = Image.open(io.BytesIO(svg_to_png(svg))).convert("L")
    text_band = image.crop((0, 600, 1181, 709))  # the text line, below the Data Matrix
    assert sum(text_band.histogram()[:128]) > 0  # some dark pixels: the text was drawn


def test_pdf_of_a_label_is_one_page_the_size_of_the_label() -> None:
    reader = PdfReader(io.BytesIO(svg_to_pdf(label(DIN))))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(100 * MM_TO_PT, abs=1)
    assert float(box.height) == pytest.approx(60 * MM_TO_PT, abs=1)


# --- sheets -----------------------------------------------------------------------------------

# A4 210 × 297 mm, 10 mm margins, 4 mm gaps, 100 × 60 mm labels: one column (a second would
# need 10 + 100 + 4 + 100 + 10 = 224 mm) and four rows (10 + 4 × 60 + 3 × 4 + 10 = 272 ≤ 297, a
# fifth would need 336): four labels per page. Letter (215.9 × 279.4 mm) gives the same grid.
LABELS_PER_PAGE = 4


@pytest.mark.parametrize(("count", "pages"), [(1, 1), (4, 1), (8, 2), (20, 5)])
def test_sheet_pages_put_four_100_by_60_labels_on_each_a4_page(count: int, pages: int) -> None:
    labels = [label(f"=A9990260000{i:03d}0") for i in range(count)]
    result = sheet_pages(labels, label_width_mm=100, label_height_mm=60, paper="A4")
    assert len(result) == pages == -(-count // LABELS_PER_PAGE)
    assert 'x="10" y="10" width="100" height="60"' in result[0]
    if count >= 4:
        assert 'x="10" y="202" width="100" height="60"' in result[0]  # 10 + 3 × (60 + 4)


def test_sheet_page_places_every_label_where_a_scanner_finds_it() -> None:
    texts = [f"=A9990260000{i:03d}0" for i in range(LABELS_PER_PAGE)]
    [page] = sheet_pages([label(t) for t in texts], label_width_mm=100, label_height_mm=60,
                         paper="A4")
    found = decode_png(svg_to_png(page, dpi=150), source_dpi=150)
    assert sorted(found) == [("DataMatrix", t) for t in texts]


@pytest.mark.parametrize(("paper", "size_pt"), [("A4", (595, 842)), ("Letter", (612, 792))])
def test_sheet_pdf_has_one_paper_sized_page_per_sheet_page(paper: Paper,
                                                          size_pt: tuple[int, int]) -> None:
    labels = [label(f"=A9990260000{i:03d}0") for i in range(20)]
    pdf = sheet_pdf(labels, label_width_mm=100, label_height_mm=60, paper=paper)
    reader = PdfReader(io.BytesIO(pdf))
    pages = sheet_pages(labels, label_width_mm=100, label_height_mm=60, paper=paper)
    assert len(reader.pages) == len(pages) == 5
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(size_pt[0], abs=1)
        assert float(page.mediabox.height) == pytest.approx(size_pt[1], abs=1)


def test_label_larger_than_the_paper_is_refused_with_both_sizes() -> None:
    with pytest.raises(ValueError, match=r"300 × 400 mm label .* A4 paper \(210 × 297 mm\)"):
        sheet_pages([label(DIN, 300, 400)], label_width_mm=300, label_height_mm=400, paper="A4")


def test_label_of_another_size_than_the_grid_is_refused_not_scaled() -> None:
    with pytest.raises(ValueError, match="100 mm in width"):
        sheet_pages([label(DIN)], label_width_mm=90, label_height_mm=60, paper="A4")
