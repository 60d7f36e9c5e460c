"""Reporting an adverse event from the subject page, driven through Debian chromium (see
browser_support)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from cellchain.clock import utcnow
from cellchain.labels.data import print_date
from tests.support.adverse import make_subject
from tests.web.browser_support import LiveServer, sign_in

pytestmark = pytest.mark.browser


def test_a_clinician_reports_a_grade_3_serious_event_and_sees_it_on_the_subject_page(
    page: Page, live_server: LiveServer
) -> None:
    with live_server.database.session_scope() as session:
        subject_id = make_subject(session, "RAK901",
                                  registered=utcnow() - timedelta(days=20)).id
    onset = utcnow().astimezone(live_server.settings.zone).date() - timedelta(days=1)
    sign_in(page, live_server, "clin")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    page.goto(live_server.url(f"/subjects/{subject_id}"))
    section = page.locator("section.adverse-events")
    expect(section).to_contain_text("No adverse events are recorded for this subject")
    section.get_by_role("button", name="Report an adverse event").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Report an adverse event")
    expect(page.locator("#f-term")).to_be_focused()

    page.locator("#f-term").select_option("Infusion related reaction")
    page.locator("#f-grade").select_option("3")
    page.get_by_label("Onset date").fill(onset.isoformat())
    page.get_by_label("Serious adverse event").check()
    page.locator("#f-related_to_rak").select_option("possible")
    page.locator("#f-related_to_tas102").select_option("unlikely")
    page.get_by_role("button", name="Report adverse event").click()

    expect(page).to_have_url(re.compile(rf"/subjects/{subject_id}$"))
    expect(page.get_by_role("status")).to_contain_text(
        "Adverse event reported for subject RAK901: Infusion related reaction, grade 3. "
        "Serious: QA and the coordinator have been notified")
    row = page.locator("section.adverse-events tr.adverse-event")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Infusion related reaction")
    expect(row.locator("td").nth(1)).to_have_text("3")
    expect(row.locator("td").nth(2)).to_have_text(print_date(onset))
    expect(row.locator("td").nth(3)).to_have_text("ongoing")
    expect(row.locator("td").nth(4)).to_have_text("yes (SAE)")
    expect(row.locator("td").nth(5)).to_have_text("possible")
    expect(row.locator("td").nth(6)).to_have_text("unlikely")
    # No infusion is recorded for this subject, so the DLT window has not started.
    expect(row.locator("td").nth(7)).to_contain_text("would not count as a DLT")
