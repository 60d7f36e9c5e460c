"""Where a rendered SVG label puts its text and symbols, measured with the fonts it names.

Text widths come from the DejaVu fonts the templates select (Debian ``fonts-dejavu-core``,
installed by .ci/run), through Pillow, so "fits" means fits when printed, not a guess from a
character count. Symbol boxes come from their path data (``M`` absolute, ``h``/``v`` relative).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache

from PIL import ImageFont

SVG = "{http://www.w3.org/2000/svg}"
_FONTS = "/usr/share/fonts/truetype/dejavu/"
_TRANSLATE = re.compile(r"translate\(([-\d.]+) ([-\d.]+)\)")
_COMMAND = re.compile(r"([MhvHVz])([-\d. ]*)")


@dataclass(frozen=True)
class Box:
    what: str
    left: float
    top: float
    right: float
    bottom: float

    def inside(self, width: float, height: float) -> bool:
        return self.left >= 0 and self.top >= 0 and self.right <= width and self.bottom <= height


@cache
def _font(classes: frozenset[str]) -> ImageFont.FreeTypeFont:
    family = "DejaVuSansMono" if "mono" in classes else "DejaVuSans"
    return ImageFont.truetype(f"{_FONTS}{family}{'-Bold' if 'b' in classes else ''}.ttf", 100)


def text_width(text: str, size: float, classes: frozenset[str]) -> float:
    return float(_font(classes).getlength(text)) * size / 100


def _path_box(d: str, dx: float, dy: float) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = []
    x = y = 0.0
    for command, args in _COMMAND.findall(d):
        numbers = [float(n) for n in args.split()] if args.strip() else []
        if command == "M":
            x, y = numbers
        elif command == "h":
            x += numbers[0]
        elif command == "v":
            y += numbers[0]
        xs.append(x)
        ys.append(y)
    return min(xs) + dx, min(ys) + dy, max(xs) + dx, max(ys) + dy


def boxes(svg: str) -> tuple[float, float, list[Box]]:
    """The stock size (viewBox) and the box of every text line and symbol."""
    root = ET.fromstring(svg)
    _, _, width, height = (float(v) for v in root.attrib["viewBox"].split())
    found: list[Box] = []
    for group in root.iter(f"{SVG}g"):
        move = _TRANSLATE.fullmatch(group.attrib.get("transform", ""))
        for path in group.iter(f"{SVG}path"):
            if move:
                left, top, right, bottom = _path_box(path.attrib["d"], float(move[1]),
                                                     float(move[2]))
                found.append(Box("symbol", left, top, right, bottom))
    for node in root.iter(f"{SVG}text"):
        text = "".join(node.itertext())
        size = float(node.attrib["font-size"])
        classes = frozenset(node.attrib.get("class", "").split())
        x, y = float(node.attrib["x"]), float(node.attrib["y"])
        w = text_width(text, size, classes)
        anchor = node.attrib.get("text-anchor", "start")
        left = x - w if anchor == "end" else x - w / 2 if anchor == "middle" else x
        # Ascent of DejaVu is about 0.93 em, descent 0.24 em.
        found.append(Box(text, left, y - 0.93 * size, left + w, y + 0.24 * size))
    return width, height, found
