"""Decode bar codes from rendered PNGs the way a scanner would, for round-trip tests."""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image

_ROTATIONS = {
    0: None,
    90: Image.Transpose.ROTATE_90,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_270,
}


def decode_png(png: bytes, *, rotate: int = 0, scale_to_dpi: int | None = None,
               source_dpi: int = 300) -> list[tuple[str, str]]:
    """(format, text) of every symbol found, e.g. ("DataMatrix", "=A99902600000100").

    ``rotate`` turns the image by a multiple of 90° (exact, no resampling); ``scale_to_dpi``
    resamples it to a lower resolution such as a 203 dpi thermal printer's. The text is the raw
    content: zxing-cpp reports the AIM symbology identifier (``]C0``, ``]d1``) separately, and
    TextMode.Plain keeps the data exactly as encoded.
    """
    if rotate not in _ROTATIONS:
        raise ValueError(f"rotate must be one of {sorted(_ROTATIONS)}, got {rotate}")
    image = Image.open(io.BytesIO(png)).convert("L")
    turn = _ROTATIONS[rotate]
    if turn is not None:
        image = image.transpose(turn)
    if scale_to_dpi is not None:
        factor = scale_to_dpi / source_dpi
        size = (round(image.width * factor), round(image.height * factor))
        # Pillow's default filter (bicubic with an anti-aliasing support when shrinking), as
        # a print driver resampling a 300 dpi image for a 203 dpi head would use.
        image = image.resize(size, Image.Resampling.BICUBIC)
    found = zxingcpp.read_barcodes(image, text_mode=zxingcpp.TextMode.Plain)
    return [(b.symbology.name, b.text) for b in found]
