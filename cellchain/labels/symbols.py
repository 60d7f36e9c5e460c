"""Bar code symbols for ISBT 128 labels, drawn as SVG in millimetres.

Each symbol is one ``<path>`` whose bars or modules are whole multiples of the module size, and
adjacent dark modules are merged into one rectangle per run, so a renderer never leaves
anti-aliasing seams inside a bar. The caller places it with ``transform="translate(x y)"`` and
keeps ``quiet_zone_mm`` clear on every side.

We encode with python-barcode, zxing-cpp and qrcode but draw the SVG ourselves: python-barcode's
own SVG writer costs 85 times the encoding (shared/PERFORMANCE-NOTES.md, note 5).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import qrcode
import zxingcpp
from barcode.charsets import code128 as code128_charsets
from barcode.codex import Code128


@dataclass(frozen=True)
class Symbol:
    width_mm: float  # of the dark modules area, excluding quiet zone
    height_mm: float
    quiet_zone_mm: float  # required clear margin on each side
    svg: str  # a <path> drawn from (0, 0) in millimetre user units, black on transparent


def code128(text: str, *, x_mm: float = 0.25, height_mm: float = 8.0) -> Symbol:
    """Code 128 (ISO/IEC 15417) as ISBT 128 requires for linear codes (ST-001 §6.1).

    X defaults to the 0.25 mm container-label target; the quiet zone is the required 10X.
    python-barcode switches to subset C for digit runs by itself, as §6.1 asks. The caller
    checks the height rule (≥ 5 mm and ≥ 15 % of the length on labels leaving the facility) and
    prints the eye-readable text left-justified under the bars (§7.4.2.1).
    """
    _require_data(text)
    _require_positive(x_mm=x_mm, height_mm=height_mm)
    # A wrong bar code is worse than none: the value list is read back before it is drawn,
    # and the modules are drawn from that same list. (python-barcode 0.16 drops a leading "99"
    # pair when it starts in subset C, and its encoder keeps state between calls, so a second
    # encoding of the same text can differ from the first.)
    encoder = Code128(text)
    values = encoder._build()  # noqa: SLF001 - no public value list
    read_back = _code128_text(values)
    if read_back != text:
        raise ValueError(f"Code 128 encoder produced {read_back!r} for {text!r}; "
                         "refusing to draw a symbol that would scan as something else")
    values = [*values, encoder._calculate_checksum(values)]  # noqa: SLF001
    modules = "".join(code128_charsets.CODES[v] for v in values) + code128_charsets.STOP + "11"
    h = _n(height_mm)
    d = "".join(
        f"M{_n(start * x_mm)} 0h{_n(run * x_mm)}v{h}h-{_n(run * x_mm)}z"
        for start, run in _dark_runs(modules.encode("ascii"), dark=b"1")
    )
    # Bars are drawn anti-aliased: at 300 dpi X = 0.25 mm is 2.95 px, and snapping every edge
    # to whole pixels (crispEdges) distorts bar widths enough that the PNG no longer decodes
    # once resampled to a 203 dpi thermal printer's grid; exact edges survive resampling.
    return Symbol(len(modules) * x_mm, height_mm, 10 * x_mm, _path(d, crisp=False))


_SETS = {name: {value: char for char, value in table.items()}
         for name, table in (("A", code128_charsets.A), ("B", code128_charsets.B))}
_START = {value: name for name, value in code128_charsets.START_CODES.items()}
# ISO/IEC 15417 code-set switches (Code A/B/C symbols) as seen from each set.
_SWITCHES = {"A": {99: "C", 100: "B"}, "B": {99: "C", 101: "A"}, "C": {100: "B", 101: "A"}}


def _code128_text(values: Sequence[int]) -> str:
    """The text a Code 128 value list (start code first, no check or stop) decodes to."""
    charset = _START[values[0]]
    out = []
    for value in values[1:]:
        if charset == "C" and value < 100:
            out.append(f"{value:02d}")
            continue
        char = _SETS[charset].get(value) if charset != "C" else None
        if char is not None and len(char) == 1:
            out.append(char)
            continue
        if value not in _SWITCHES[charset]:
            raise ValueError(f"Code 128 value {value} in code set {charset} is not data")
        charset = _SWITCHES[charset][value]
    return "".join(out)


def datamatrix(text: str, *, module_mm: float = 0.5) -> Symbol:
    """Data Matrix ECC 200 (ISO/IEC 16022), mandatory for 2-D codes on ISBT 128 labels (§6.2).

    §6.2 allows X from 0.25 mm to 1 mm and needs a quiet zone of at least X; we use 2X, which
    it recommends where reflective surfaces (bags) add noise. The symbol is forced square, so it
    fills the square area a layout reserves for it; otherwise zxing-cpp picks a rectangular
    ECC 200 size (12 × 26 for a 23-character message).
    """
    _require_data(text)
    _require_positive(module_mm=module_mm)
    if not 0.25 <= module_mm <= 1.0:
        raise ValueError(f"Data Matrix module {module_mm} mm is outside 0.25–1 mm (ST-001 §6.2)")
    # zxing-cpp 3.x takes creator options as keyword arguments and ignores unknown ones, so the
    # result is checked below rather than trusted.
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.DataMatrix, force_square=True)
    image = barcode.to_image(scale=1, add_quiet_zones=False)  # one pixel per module, 0 = dark
    rows, cols = image.shape
    if rows != cols:
        raise RuntimeError(f"zxing-cpp made a {rows}×{cols} Data Matrix; expected a square one")
    # The 3.x stub omits the buffer protocol that the Image object implements.
    pixels = memoryview(image).tobytes()  # type: ignore[arg-type]
    matrix = [pixels[r * cols:(r + 1) * cols] for r in range(rows)]
    return _matrix_symbol(matrix, module_mm, quiet_modules=2, dark=b"\x00")


def qr(text: str, *, module_mm: float = 0.5) -> Symbol:
    """QR Code, error correction M, quiet zone 4 modules (ISO/IEC 18004).

    Not an ISBT 128 symbology; for links and internal identifiers. The mask is fixed: any of the
    eight masks is valid, and automatic selection costs about 60 % of the QR time
    (PERFORMANCE-NOTES note 5).
    """
    _require_data(text)
    _require_positive(module_mm=module_mm)
    code = qrcode.QRCode(error_correction=qrcode.ERROR_CORRECT_M, border=0, mask_pattern=0)
    code.add_data(text)
    code.make(fit=True)
    matrix = [bytes(row) for row in code.get_matrix()]  # True (dark) becomes 1
    return _matrix_symbol(matrix, module_mm, quiet_modules=4, dark=b"\x01")


def zpl_field_data(text: str) -> str:
    """Return ``text`` for a ZPL ``^FD…^FS`` field, or raise if a printer could misread it.

    ``^`` and ``~`` start ZPL commands, so inside field data they would end the field or run a
    command; control and non-ASCII characters depend on the printer's code page. None of the data
    structures indexed in ST-001 Table 2 has ``^`` or ``~`` in its identifier, so refusing them
    loses no ISBT 128 data.
    """
    for i, ch in enumerate(text):
        if ch in "^~":
            raise ValueError(f"{text!r}: {ch!r} at position {i} would start a ZPL command")
        if not " " <= ch <= "~":
            raise ValueError(f"{text!r}: {ch!r} at position {i} is not printable ASCII")
    return text


def _matrix_symbol(matrix: Sequence[bytes], module_mm: float, *, quiet_modules: int,
                   dark: bytes) -> Symbol:
    """``matrix`` is one byte per module, row by row; ``dark`` is the byte of a dark one."""
    m = _n(module_mm)
    d = "".join(
        f"M{_n(start * module_mm)} {_n(y * module_mm)}h{_n(run * module_mm)}v{m}"
        f"h-{_n(run * module_mm)}z"
        for y, row in enumerate(matrix)
        for start, run in _dark_runs(row, dark=dark)
    )
    width, height = len(matrix[0]) * module_mm, len(matrix) * module_mm
    return Symbol(width, height, quiet_modules * module_mm, _path(d))


_RUNS: dict[bytes, re.Pattern[bytes]] = {}


def _dark_runs(modules: bytes, *, dark: bytes) -> Iterator[tuple[int, int]]:
    """(start, length) of each run of dark modules, so a bar is one rectangle, not several.
    A regular expression finds the runs in C: a Python loop per module was a third of a
    label's SVG time (bench/label_render.py)."""
    pattern = _RUNS.get(dark) or _RUNS.setdefault(dark, re.compile(re.escape(dark) + b"+"))
    for run in pattern.finditer(modules):
        yield run.start(), run.end() - run.start()


def _path(d: str, *, crisp: bool = True) -> str:
    rendering = "crispEdges" if crisp else "geometricPrecision"
    return f'<path d="{d}" fill="#000" shape-rendering="{rendering}"/>'


@lru_cache(maxsize=16384)  # the same few hundred coordinates recur in every symbol
def _n(mm: float) -> str:
    """A coordinate with no float noise (0.1 + 0.2 → "0.3"), to 0.1 µm."""
    return f"{mm:.4f}".rstrip("0").rstrip(".")


def _require_data(text: str) -> None:
    # ISBT 128 data is printable ASCII (ST-001 §2.1); Code 128 subset B cannot carry more.
    if not text:
        raise ValueError("a bar code needs at least one character")
    bad = [ch for ch in text if not " " <= ch <= "~"]
    if bad:
        raise ValueError(f"{text!r}: {bad[0]!r} is not printable ASCII")


def _require_positive(**sizes: float) -> None:
    for name, value in sizes.items():
        if not value > 0:
            raise ValueError(f"{name} must be positive, got {value}")
