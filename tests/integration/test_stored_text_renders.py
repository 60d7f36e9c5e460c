"""Text stored before the input policy existed (records are append-only, so it stays) never
makes a batch-record PDF or a label fail: renderers make any stored text safe (both
databases)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from cellchain.audit.service import Actor
from cellchain.batch.document import record_pdf
from cellchain.batch.view import lot_record
from cellchain.cbu import service as cbu_service
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.deviations import service as deviations
from cellchain.isbt128.din import Din
from cellchain.isbt128.product_code import ProductCode
from cellchain.labels.data import LabelKind
from cellchain.labels.render import render
from cellchain.labels.service import label_data_for
from cellchain.lots import service as lots
from cellchain.lots.states import LotState
from tests.factories import make_lot
from tests.support.decode import decode_png

POISON = "Door open\x01 \x00\x1b[2J ^XZ ~JA \ufffe"


def test_a_batch_record_with_control_characters_in_a_deviation_still_prints(
    database: Database, settings: Settings
) -> None:
    # The service layer stores what it is given; only the web edge refuses control text.
    with database.session_scope() as session:
        lot = make_lot(session, state=LotState.EXPANDING)
        deviations.open_deviation(session, actor=Actor(None, "legacy import"), lot=lot,
                                  description=POISON.replace("\x00", ""),
                                  severity=deviations.Severity.MINOR, now=utcnow())
        pdf = record_pdf(lot_record(session, lots.get_lot(session, lot.id or 0), settings,
                                    utcnow()), settings, printed_at=utcnow(), printed_by="QA")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Door open" in text and "^XZ" in text


def test_a_cord_blood_label_with_a_nul_in_the_bank_name_renders_in_every_format(
    database: Database, settings: Settings
) -> None:
    bank = "Cord\x01Bank" if not database.is_sqlite else "Cord\x00Bank\x01"
    with database.session_scope() as session:
        unit = cbu_service.receive(session, actor=Actor(None, "legacy import"),
                                   din=Din("A9991", "26", "000321"),
                                   product_code=ProductCode("S9998", "V", "00"),
                                   bank_name=bank, now=utcnow())
        label = label_data_for(session, LabelKind.CBU, unit.id or 0, settings)
    svg = render(label, "svg").decode()
    assert "Cord\ufffdBank" in svg
    zpl = render(label, "zpl").decode()
    assert "^FDBank: Cord\ufffdBank" in zpl
    assert render(label, "pdf").startswith(b"%PDF")
    assert ("Code128", label.din.barcode) in decode_png(render(label, "png"))
