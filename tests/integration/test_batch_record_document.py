"""The batch record PDF is the printable page laid out on A4 (both databases): a lot held by an
out-of-specification harvest, corrected with a long reason full of hostile text, its deviation
closed by a QA signature, the hold lifted and the lot formulated into bags. The PDF's text must
carry all of it: every character of the reason, the header on every page, states in words."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlmodel import Session

from cellchain.audit.service import Actor
from cellchain.bags.rules import BagStatus
from cellchain.batch import checks, definitions, document, steps
from cellchain.batch.view import LotRecord, lot_record
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo.manufacture import EQUIPMENT, make_lot, materials_for, values_for
from cellchain.deviations import service as deviations
from cellchain.isbt128.din import Din
from cellchain.lots import service as lots
from cellchain.lots.states import LotState
from cellchain.signatures import service as signatures
from cellchain.web import local_time
from tests.factories import CAST, principal_for

DAY0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
TECH, CHECKER, QA = Actor(1, "Tess Tech"), Actor(2, "Quinn Cole"), Actor(3, "Quentin Ashby")
# Over 300 characters: words, one 120-character word with nowhere to break in a narrow column,
# markup, quotes, right-to-left text and an emoji (the edge filters control characters only).
LEFT_TO_RIGHT = ("Transcription error: counter printout read as 72 % while the instrument "
                 "printout attached to the record says 91 %; reference " + "CNT01" * 24 +
                 " checked against <script>alert('x')</script> & \"quoted\" note")
RIGHT_TO_LEFT = ("שלום", "עולם", "مرحبا", "🧪", "end.")
REASON = f"{LEFT_TO_RIGHT}, {RIGHT_TO_LEFT[0]} {RIGHT_TO_LEFT[1]}, {' '.join(RIGHT_TO_LEFT[2:])}"
PRINTED_AT = DAY0 + timedelta(days=15)


def _text(pdf: bytes) -> tuple[int, list[str]]:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return len(pages), [page.extract_text() for page in pages]


def _squeezed(text: str) -> str:
    """Text without whitespace: a line wrapped anywhere still reads as one run."""
    return "".join(text.split())


def _formulate(session: Session, settings: Settings, lot_id: int) -> None:
    lot = lots.get_lot(session, lot_id)
    spec = definitions.definition_for(lot, settings).step("formulation")
    at = DAY0 + timedelta(days=14, hours=4)
    steps.record_step(session, actor=TECH, lot=lot, step_id="formulation",
                      raw_values=values_for("formulation", bags=2, cells_per_bag=3e9,
                                            viability=91),
                      material_codes=materials_for(session, spec.materials, at.date()),
                      asset_numbers=[EQUIPMENT[kind] for kind in spec.equipment],
                      settings=settings, now=at)


@pytest.fixture
def record(database: Database, settings: Settings) -> LotRecord:
    with database.session_scope() as session:
        lot = make_lot(session, maker=TECH, checker=CHECKER, qa=QA, settings=settings,
                       bank_din=Din("A9991", "26", "000950"), day0=DAY0, until="harvest",
                       harvest_viability=72)
        assert lot.status == LotState.ON_HOLD
        view = lot_record(session, lot, settings, DAY0)
        harvest = view.entries[-1]
        checks.correct_entry(session, actor=TECH, lot=lot, entry_id=harvest.id,
                             field="viability_pct", new_value="91", reason=REASON,
                             settings=settings, now=DAY0 + timedelta(days=14, hours=2))
        (deviation,) = deviations.open_for_lot(session, lot.id)
        deviations.update_investigation(session, actor=QA, deviation=deviation,
                                        investigation="Counter printout misread",
                                        capa="Second reading of printouts",
                                        now=DAY0 + timedelta(days=14, hours=2))
        proof = signatures.check_signer(session, principal=principal_for(session, "qa", settings),
                                        username="qa", password=CAST["qa"].password,
                                        now=DAY0 + timedelta(days=14, hours=3),
                                        settings=settings)
        assert isinstance(proof, signatures.SignerProof)
        deviations.close(session, proof=proof, deviation=deviation,
                         now=DAY0 + timedelta(days=14, hours=3))
        lots.transition(session, actor=QA, lot=lot, target=LotState.HARVESTED,
                        now=DAY0 + timedelta(days=14, hours=3), reason="deviation closed")
        _formulate(session, settings, lot.id or 0)
        lot_id = lot.id or 0
    with database.session_scope(write=False) as session:
        view = lot_record(session, lots.get_lot(session, lot_id), settings, PRINTED_AT)
        session.expunge_all()
        return view


def test_the_pdf_carries_a_long_hostile_correction_reason_whole(
    record: LotRecord, settings: Settings
) -> None:
    pdf = document.record_pdf(record, settings, printed_at=PRINTED_AT, printed_by="Quentin Ashby")
    _, pages = _text(pdf)
    text = "".join(pages)
    assert len(REASON) > 300
    # Extraction gives bidirectional text in visual order, so the right-to-left words are
    # found one by one; everything before them must read as one unbroken run.
    assert _squeezed(LEFT_TO_RIGHT) in _squeezed(text)
    tail = text[text.index("checked against"):]
    assert all(word in tail[:400] for word in RIGHT_TO_LEFT)


def test_every_page_has_the_header_and_the_record_reads_in_words(
    record: LotRecord, settings: Settings
) -> None:
    pdf = document.record_pdf(record, settings, printed_at=PRINTED_AT, printed_by="Quentin Ashby")
    count, pages = _text(pdf)
    assert count >= 2
    din = record.din
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {count}" in page
        assert f"Lot {din.eye_readable} {din.check_character}" in page and "RAK CELLS" in page
        assert "in QC" in page  # the status in words, on every page
    text = "\n".join(pages)
    # No stored state value leaks: every multi-word state reads as words.
    raw = {s.value for s in [*LotState, *BagStatus] if "_" in s.value}
    assert not raw & set(re.findall(r"\w+", text))
    assert "(held from" not in text
    # Identity, bags, QC samples, computed values and the signature's manifestation.
    assert f"{din.eye_readable} {din.check_character} · A0" in text
    assert f"{din.eye_readable} {din.check_character} · B0" in text and "quarantine" in text
    assert "mycoplasma PCR" in text and "endotoxin" in text
    assert "Fold expansion" in text and "Population doublings" in text
    assert "3.0 × 10⁹ viable cells: 100 % of the target" in text
    assert "culture day" in text  # the growth chart's axis, drawn from the inline SVG
    signed_at = local_time(DAY0 + timedelta(days=14, hours=3), settings)
    signature = _squeezed(f"Signed by Quentin Ashby (user ID qa) on {signed_at} — "
                          "I close this deviation")
    assert signature in _squeezed(text)
    assert "corrected by Tess Tech" in text and "verified by Quinn Cole" in text


def test_the_printable_page_escapes_stored_text_and_strikes_the_old_value(
    record: LotRecord, settings: Settings
) -> None:
    html = document.record_html(record, settings, printed_at=PRINTED_AT,
                                printed_by="Quentin Ashby")
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#39;x&#39;)" in html
    assert "<del>72 %</del> → <strong>91 %</strong>" in html
    assert '<link rel="stylesheet" href="/static/css/record.css">' in html
