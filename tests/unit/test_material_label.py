"""Material lot labels: the Code 128 carries exactly the material code scanned at the station."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from cellchain.labels import data as build
from cellchain.labels.data import LabelKind
from cellchain.labels.render import kind_of, render, render_svg, render_zpl, template_info
from tests.support.decode import decode_png

GOLDEN = Path(__file__).parent.parent / "golden"


def label(**overrides: object) -> build.MaterialLabel:
    args: dict[str, object] = {
        "code": "M000003", "kind": "IL-2", "name": "Recombinant human IL-2, 1 MIU",
        "supplier": "Example Bio", "supplier_lot": "22B104", "expires_on": date(2026, 11, 20),
        "status": "released"}
    args.update(overrides)
    return build.material_label(**args)  # type: ignore[arg-type]


def test_material_label_codes_the_material_code_and_prints_what_is_checked_by_eye() -> None:
    made = label()
    assert (made.code.barcode, made.code.eye) == ("M000003", "M000003")
    assert (made.expiry, made.status, made.supplier_lot) == ("20 NOV 2026", "RELEASED", "22B104")
    assert kind_of(made) == LabelKind.MATERIAL


def test_the_material_template_is_50_by_25_mm_version_2() -> None:
    info = template_info(LabelKind.MATERIAL)
    assert (info.name, info.version, info.width_mm, info.height_mm) == (
        "material_label", 2, 50.0, 25.0)


def test_material_label_png_decodes_to_its_code_at_every_rotation_and_at_203_dpi() -> None:
    png = render(label(code="M000012"), "png")
    for rotate in (0, 90, 180, 270):
        for dpi in (None, 203):
            assert decode_png(png, rotate=rotate, scale_to_dpi=dpi) == [
                ("Code128", "M000012")], (rotate, dpi)


def test_a_long_name_is_shortened_on_the_label_but_the_code_is_whole() -> None:
    svg = render_svg(label(name="Human serum albumin 25% solution for infusion, 100 mL vial"))
    assert "Human serum albumin 25% solutio…" in svg
    assert ">M000003<" in svg


def test_zpl_uses_native_code_128_with_the_same_text() -> None:
    zpl = render_zpl(label())
    assert "^BY2^BCN,48,N,N,N,A^FDM000003^FS" in zpl
    assert zpl.startswith("^XA") and zpl.rstrip().endswith("^XZ")


@pytest.mark.parametrize("fmt", ["svg", "zpl"])
def test_rendered_material_label_matches_its_golden_file(fmt: str) -> None:
    """Regenerate with UPDATE_GOLDEN=1 (and raise the template version)."""
    text = render_svg(label()) if fmt == "svg" else render_zpl(label())
    golden = GOLDEN / f"material_label.{fmt}"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
