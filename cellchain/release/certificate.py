"""The certificate of analysis: one template that is both the printable page and, laid out by
WeasyPrint, the PDF, so the CoA on screen and the CoA filed never differ. It names every test
with its specification, result, unit and method, the tests still pending, and the release
signature's manifestation (21 CFR 11.50: printed name, user ID, date and time with zone,
meaning) wherever it is rendered."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from cellchain.config import Settings
from cellchain.display import din_text
from cellchain.labels.service import label_settings
from cellchain.lots import service as lots
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.qc import outcomes as qc_outcomes
from cellchain.release import service
from cellchain.release.rules import pending_tests
from cellchain.web import local_time, templates

TEMPLATE = "release/certificate.html"


def certificate_context(session: Session, lot: Lot, settings: Settings, *,
                        printed_at: datetime, printed_by: str) -> dict[str, Any]:
    qc = qc_outcomes.outcomes_for_lot(session, lot, settings)
    release = service.release_of(session, lot, settings)
    return {
        "lot": lot, "din": din_text(lot.din), "state": LotState(lot.status), "qc": qc,
        "pending": release.pending_tests if release else pending_tests(qc),
        "release": release, "parents": [din_text(d) for d in
                                        lots.parent_dins(session, [lot.id or 0]).get(
                                            lot.id or 0, [])],
        "product": label_settings(settings).description, "site_name": settings.site_name,
        "now": printed_at, "printed_by": printed_by,
        "local_time": lambda value: local_time(value, settings),
    }


def certificate_pdf(session: Session, lot: Lot, settings: Settings, *, printed_at: datetime,
                    printed_by: str) -> bytes:
    # WeasyPrint takes about a second to import: loaded when a PDF is first asked for, not
    # at every start of the app or the command line (issue 13: start-up in 3 s).
    from cellchain.documents.pdf import html_to_pdf

    return html_to_pdf(templates.get_template(TEMPLATE).render(certificate_context(
        session, lot, settings, printed_at=printed_at, printed_by=printed_by)))
