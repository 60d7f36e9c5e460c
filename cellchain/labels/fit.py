"""Text that fits its box on a label, measured in the font it is printed in.

Stored text can be anything a user typed (a 200-character bank name, a supplier written in
capital Ws), and a line that runs off the stock is a label that lies by omission. So every
variable field is measured with the DejaVu font the SVG templates name (Debian
``fonts-dejavu-core``, the same files cairosvg draws with) and shortened with an ellipsis, or
wrapped, to the millimetres it has. Without the font files, every character is counted as one
em wide, which is wider than any DejaVu glyph: text is then cut early, never late.
"""

from __future__ import annotations

import math
from functools import cache, lru_cache
from pathlib import Path

from PIL import ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
ELLIPSIS = "…"
_SIZE = 100  # points the font is loaded at; widths scale linearly


@cache
def _font(bold: bool, mono: bool) -> ImageFont.FreeTypeFont | None:
    name = f"DejaVuSans{'Mono' if mono else ''}{'-Bold' if bold else ''}.ttf"
    try:
        return ImageFont.truetype(str(FONT_DIR / name), _SIZE)
    except OSError:
        return None


def _style(classes: str) -> tuple[bool, bool]:
    names = classes.split()
    return "b" in names, "mono" in names


def width_mm(text: str, size: float, classes: str = "") -> float:
    """How wide ``text`` prints at font size ``size`` (mm) in the template's font."""
    font = _font(*_style(classes))
    if font is None:
        return len(text) * size
    return _length(font, text) * size / _SIZE


# Measuring is a quarter of a label's SVG time, and the same captions, statements and the
# prefixes a binary search in ``fit`` tries recur label after label. Bounded: text is stored
# user text.
@lru_cache(maxsize=4096)
def _length(font: ImageFont.FreeTypeFont, text: str) -> float:
    return float(font.getlength(text))


def fit(text: object, width: float, size: float, classes: str = "") -> str:
    """The text, or as much of it as fits in ``width`` mm followed by an ellipsis."""
    value = str(text)
    if width_mm(value, size, classes) <= width:
        return value
    low, high = 0, len(value)
    while low < high:  # the longest prefix that fits with its ellipsis
        middle = (low + high + 1) // 2
        if width_mm(value[:middle].rstrip() + ELLIPSIS, size, classes) <= width:
            low = middle
        else:
            high = middle - 1
    return value[:low].rstrip() + ELLIPSIS


def size_to_fit(text: object, width: float, size: float, classes: str = "") -> float:
    """The font size at most ``size`` at which ``text`` fits in ``width`` mm on one line."""
    measured = width_mm(str(text), size, classes)
    # Rounded down to 0.01 mm, so the rounding never pushes the text over the edge.
    return size if measured <= width else math.floor(size * width / measured * 100) / 100


def wrap(text: object, width: float, size: float, classes: str = "",
         max_lines: int = 3) -> list[str]:
    """Greedy word wrap by measured width; a word wider than a line is cut, and text beyond
    ``max_lines`` ends the last line with an ellipsis."""
    lines: list[str] = []
    current = ""
    for word in str(text).split():
        candidate = f"{current} {word}" if current else word
        if width_mm(candidate, size, classes) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while width_mm(current, size, classes) > width:
            head = fit(current, width, size, classes).removesuffix(ELLIPSIS) or current[0]
            lines.append(head)
            current = current[len(head):]
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1:])
        lines = [*lines[:max_lines - 1], fit(rest, width, size, classes)]
    return lines
