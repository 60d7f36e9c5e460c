"""The batch record as one printable document: the same template is the printable page and,
laid out by WeasyPrint, the PDF, so what QA reads on screen and what is filed never differ."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from cellchain.batch.view import LotRecord
from cellchain.config import Settings
from cellchain.labels.service import label_settings
from cellchain.web import local_time, templates

if TYPE_CHECKING:
    from cellchain.release.service import ShownRelease

TEMPLATE = "lots/record.html"


def record_context(view: LotRecord, settings: Settings, *, printed_at: datetime,
                   printed_by: str, release: ShownRelease | None = None) -> dict[str, Any]:
    """What the record template needs besides the page chrome (none when printed to PDF)."""
    return {
        "record": view, "actions": False, "now": printed_at, "printed_by": printed_by,
        # The release signature appears wherever the record is shown (21 CFR 11.50(b)).
        "release": release,
        # The product as its bags name it (the site's label wording).
        "product": label_settings(settings).description, "site_name": settings.site_name,
        "local_time": lambda value: local_time(value, settings),
    }


def record_html(view: LotRecord, settings: Settings, *, printed_at: datetime,
                printed_by: str, release: ShownRelease | None = None) -> str:
    return templates.get_template(TEMPLATE).render(
        record_context(view, settings, printed_at=printed_at, printed_by=printed_by,
                       release=release))


def record_pdf(view: LotRecord, settings: Settings, *, printed_at: datetime,
               printed_by: str, release: ShownRelease | None = None) -> bytes:
    # WeasyPrint takes about a second to import: loaded when a PDF is first asked for, not
    # at every start of the app or the command line (issue 13: start-up in 3 s).
    from cellchain.documents.pdf import html_to_pdf

    return html_to_pdf(record_html(view, settings, printed_at=printed_at,
                                   printed_by=printed_by, release=release))
