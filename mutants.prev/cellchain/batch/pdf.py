"""The printable batch record as PDF: the same view model as the page, laid out as plain
A4 pages of text (corrections struck through), rendered by cairo and joined by pypdf."""

from __future__ import annotations

import textwrap
from xml.sax.saxutils import escape

from cellchain.batch.view import LotRecord
from cellchain.config import Settings
from cellchain.inputs.rules import display_safe
from cellchain.labels.output import pages_pdf
from cellchain.web import local_time

Span = tuple[str, bool]  # text, struck through
_WIDTH, _HEIGHT, _MARGIN, _LINE = 210, 297, 14, 4.2
_PER_PAGE = int((_HEIGHT - 2 * _MARGIN) / _LINE)
_COLUMNS = 92
_STRUCK = ' text-decoration="line-through"'


def _lines(view: LotRecord, settings: Settings) -> list[list[Span]]:
    def at(value: object) -> str:
        return local_time(value, settings)  # type: ignore[arg-type]

    out: list[list[Span]] = []

    def add(text: str = "") -> None:
        for part in textwrap.wrap(text, _COLUMNS) or [""]:
            out.append([(part, False)])

    lot = view.lot
    add(f"BATCH RECORD  lot {lot.din}  status {lot.status}")
    add(f"Process {view.definition.name} v{view.definition.version}: {view.definition.title}")
    add("Starting material: " + (", ".join(f"{c.din} {c.product_code} ({c.bank_name})"
                                           for c in view.parents) or "none linked"))
    fold = view.growth.fold_expansion
    add(f"Fold expansion {fold:.1f}" if fold else "Fold expansion -")
    add()
    for entry in view.entries:
        add(f"{entry.title}  day {entry.day}  recorded by {entry.recorded_by}, "
            f"{at(entry.recorded_at)}")
        for value in entry.values:
            if value.corrections:
                spans: list[Span] = [(f"  {value.label}: ", False), (value.original, True)]
                for c in value.corrections:
                    spans += [(f" -> {c.new} (corrected by {c.by}, {at(c.at)}: {c.reason})",
                               False)]
                out.append(spans)
            else:
                add(f"  {value.label}: {value.current}")
        if entry.materials:
            add("  Materials: " + "; ".join(entry.materials))
        if entry.equipment:
            add("  Equipment: " + "; ".join(entry.equipment))
        for finding in entry.findings:
            add(f"  OUT OF SPECIFICATION: {finding}")
        if entry.needs_second_person:
            add(f"  Verified by {entry.verified.verified_by_name}, {at(entry.verified.verified_at)}"
                + (" (SUPERSEDED: corrected afterwards)" if entry.verification_superseded
                   else "")
                if entry.verified else "  NOT YET VERIFIED BY A SECOND PERSON")
        add()
    add("DEVIATIONS" if view.deviations else "No deviations.")
    for shown in view.deviations:
        d = shown.deviation
        add(f"{d.number} {d.severity} {d.status}: {d.description}")
        if d.investigation:
            add(f"  Investigation: {d.investigation}")
        if d.capa:
            add(f"  CAPA: {d.capa}")
        for s in shown.signatures:
            add(f"  Signed by {s.printed_name} (user ID {s.user_id}), {at(s.signed_at)}: "
                f"{s.meaning.statement} "
                f"({s.status})")
    return out


def _page(lines: list[list[Span]], number: int, total: int, din: str) -> str:
    rows = []
    for index, spans in enumerate(lines):
        y = _MARGIN + (index + 1) * _LINE
        parts = "".join(f"<tspan{_STRUCK if struck else ''}>{escape(display_safe(text))}</tspan>"
                        for text, struck in spans)
        rows.append(f'<text x="{_MARGIN}" y="{y:.1f}" xml:space="preserve">{parts}</text>')
    footer = (f'<text x="{_MARGIN}" y="{_HEIGHT - 6}">Lot {escape(din)} batch record, page '
              f"{number} of {total}</text>")
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{_WIDTH}mm" height="{_HEIGHT}mm" '
            f'viewBox="0 0 {_WIDTH} {_HEIGHT}"><style>text{{font-family:"DejaVu Sans Mono",'
            f'monospace;font-size:3px}}</style><rect width="{_WIDTH}" height="{_HEIGHT}" '
            f'fill="#fff"/>{"".join(rows)}{footer}</svg>')


def record_pdf(view: LotRecord, settings: Settings) -> bytes:
    lines = _lines(view, settings)
    chunks = [lines[i:i + _PER_PAGE] for i in range(0, len(lines), _PER_PAGE)] or [[]]
    pages = [_page(chunk, n, len(chunks), view.lot.din) for n, chunk in enumerate(chunks, 1)]
    return pages_pdf(pages)
