"""Treatment schedule pages: the subject page's schedule section and the clinicians' "Start
cycle N" form (refusals beside the field, nothing written), and the ward calendar with its
validated start date."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import func, select

from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.labels.data import print_date
from cellchain.trial.models import TreatmentCycle
from tests.conftest import login
from tests.support.schedule import scheduled_subject


@pytest.fixture
def subject(web_database: Database, web_settings: Settings) -> dict[str, Any]:
    """RAK001: cycle 1 infused on its day 15, cycle 2 started 14 days ago (day 15 today)."""
    now = utcnow()
    with web_database.session_scope() as session:
        made = scheduled_subject(session, web_settings, now=now)
    return {"id": made.subject_id, "today": now.astimezone(web_settings.zone).date()}


def _cycles(database: Database) -> int:
    with database.session_scope(write=False) as session:
        return session.exec(select(func.count()).select_from(TreatmentCycle)).one()


def _rows(page: str) -> list[list[str]]:
    return [[re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row,
                                                                     re.S)]
            for row in re.findall(r'<tr class="cycle">(.*?)</tr>', page, re.S)]


def test_the_subject_page_lists_cycles_dosing_days_and_each_visit_with_its_status(
    client: TestClient, subject: dict[str, Any]
) -> None:
    login(client, "monitor")
    page = client.get(f"/subjects/{subject['id']}").text
    today = subject["today"]
    start1, start2 = today - timedelta(days=40), today - timedelta(days=14)
    infused = today - timedelta(days=26)
    assert "Treatment schedule" in page and "cycles of 21 days" in page
    assert _rows(page) == [
        ["1", print_date(start1), f"{print_date(start1)} to {print_date(start1 + timedelta(4))}",
         f"{print_date(infused - timedelta(2))} to {print_date(infused + timedelta(2))}",
         print_date(infused), print_date(infused - timedelta(1)),
         f"infused on {infused} (in window)"],
        ["2", print_date(start2), f"{print_date(start2)} to {print_date(start2 + timedelta(4))}",
         f"{print_date(today - timedelta(2))} to {print_date(today + timedelta(2))}",
         print_date(today), print_date(today - timedelta(1)), "window open"]]
    assert 'action="/subjects/' not in page.split("Treatment schedule")[1].split("</section>")[0]


def test_a_clinician_starts_the_next_cycle_from_the_subject_page(
    client: TestClient, subject: dict[str, Any], web_database: Database
) -> None:
    csrf = login(client, "clin")
    page = client.get(f"/subjects/{subject['id']}").text
    assert '<button type="submit">Start cycle 3</button>' in page
    assert f"day 1 on {print_date(subject['today'] + timedelta(days=7))} or later" in page
    day = subject["today"] - timedelta(days=14) + timedelta(days=21)
    # Cycle 3 may start no earlier than a week from now: in the future, so refused first.
    assert day > subject["today"]
    refused = client.post(f"/subjects/{subject['id']}/cycles",
                          data={"csrf_token": csrf, "start_date": day.isoformat()})
    assert refused.status_code == 422
    assert re.search(r'id="e-start_date" class="field-error">Start date [0-9-]+ is in the future',
                     refused.text)
    assert re.search(r'id="f-start_date"[^>]*value="' + day.isoformat(), refused.text)
    assert _cycles(web_database) == 2


def test_a_too_early_or_unreadable_start_is_refused_beside_the_field(
    client: TestClient, subject: dict[str, Any], web_database: Database
) -> None:
    csrf = login(client, "clin")
    for value, words in (("2026-02-30", "Start date &#39;2026-02-30&#39; is not a date"),
                         (subject["today"].isoformat(),
                          "Start date: cycle 3 cannot start on [0-9-]+: cycle 2 runs 21 days")):
        response = client.post(f"/subjects/{subject['id']}/cycles",
                               data={"csrf_token": csrf, "start_date": value})
        assert response.status_code == 422, value
        assert re.search(r'id="e-start_date" class="field-error">' + words, response.text), value
    assert _cycles(web_database) == 2


def test_the_first_cycle_posted_redirects_with_a_flash_and_shows_its_visit(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    from tests.support.adverse import make_subject

    with web_database.session_scope() as session:
        subject_id = make_subject(session, number="RAK009").id
    csrf = login(client, "clin")
    page = client.get(f"/subjects/{subject_id}").text
    assert "No TAS-102 cycle is recorded for this subject yet" in page
    today = utcnow().astimezone(web_settings.zone).date()
    response = client.post(f"/subjects/{subject_id}/cycles",
                           data={"csrf_token": csrf, "start_date": today.isoformat()},
                           follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/subjects/{subject_id}"
    shown = client.get(f"/subjects/{subject_id}").text
    assert (f"Cycle 1 of TAS-102 recorded for subject RAK009, day 1 on {print_date(today)}."
            in shown)
    assert _rows(shown)[0][4] == print_date(today + timedelta(days=14))
    assert "Start cycle 2" in shown


def test_the_calendar_lists_each_day_of_a_visit_window_and_flags_the_planned_day(
    client: TestClient, subject: dict[str, Any]
) -> None:
    login(client, "coord")
    page = client.get("/calendar").text
    assert '<a href="/calendar" aria-current="page">Calendar</a>' in page  # in the navigation
    days = re.findall(r'<tr class="calendar-day[^"]*">(.*?)</tr>', page, re.S)
    assert len(days) == 28
    # Today is the planned day of RAK001's cycle 2 visit; the window closes in two days.
    assert f'<a href="/subjects/{subject["id"]}">RAK001</a>' in days[0]
    assert "planned day" in days[0] and "window open" in days[0]
    assert "RAK001" in days[2] and "planned day" not in days[2]
    assert "RAK001" not in days[3]


def test_the_calendar_from_a_later_start_says_when_no_visit_falls_in_it(
    client: TestClient, subject: dict[str, Any]
) -> None:
    login(client, "clin")
    later = subject["today"] + timedelta(days=3)
    page = client.get(f"/calendar?start={later.isoformat()}")
    assert page.status_code == 200
    assert "No infusion visit falls in these 28 days" in page.text
    assert print_date(later) in page.text


def test_roles_outside_the_ward_have_no_calendar_in_their_navigation(
    client: TestClient) -> None:
    login(client, "qa")
    assert ">Calendar</a>" not in client.get("/").text


def test_a_bad_calendar_start_is_a_422_naming_the_field(
    client: TestClient, subject: dict[str, Any]
) -> None:
    login(client, "monitor")
    response = client.get("/calendar?start=31-12-2026")
    assert response.status_code == 422
    assert re.search(r'id="e-start" class="field-error">Calendar start \(start\) '
                     r'&#39;31-12-2026&#39; is not a date', response.text)


def test_a_withdrawn_subject_offers_no_cycle_form_and_a_post_is_refused_with_the_reason(
    client: TestClient, subject: dict[str, Any], web_database: Database
) -> None:
    from tests.support.schedule import subject_of

    with web_database.session_scope() as session:
        subject_of(session, subject["id"]).status = "withdrawn"
    csrf = login(client, "clin")
    assert "Start cycle 3" not in client.get(f"/subjects/{subject['id']}").text
    response = client.post(f"/subjects/{subject['id']}/cycles",
                           data={"csrf_token": csrf, "start_date": subject["today"].isoformat()})
    assert response.status_code == 409
    assert "Subject RAK001 is withdrawn: a TAS-102 cycle is started only for an enrolled " \
        "subject or one on treatment." in response.text
    assert _cycles(web_database) == 2
