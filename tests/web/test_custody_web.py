"""The custody stations through the web: scan the bag's label, fill the handoff, read the
result; a repeated scan records nothing; an excursion is held, shown prominently and
acknowledged by QA; blinded ward staff see a kit bag by its kit number only."""

from __future__ import annotations

import html
import re
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import func, select

from cellchain.bags import service as bags
from cellchain.bags.rules import BagStatus
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.custody import service as custody
from cellchain.custody.models import CustodyEvent, TemperatureExcursion
from cellchain.db import Database
from cellchain.display import din_text
from cellchain.isbt128.din import parse_din_text
from cellchain.labels.data import BagLabel, LabelKind, checked_din_barcode
from cellchain.labels.service import label_data_for
from tests.conftest import login
from tests.factories import cast_actor
from tests.support.custody import Made, released_bags, written


def _text(page: str) -> str:
    return html.unescape(" ".join(re.sub(r"<[^>]+>", " ", page).split()))


def _made(database: Database, settings: Settings, **options: Any) -> Made:
    with database.session_scope() as session:
        return released_bags(session, settings, now=utcnow(), **options)


def _label(database: Database, settings: Settings, bag_id: int) -> BagLabel:
    with database.session_scope(write=False) as session:
        label = label_data_for(session, LabelKind.BAG, bag_id, settings)
    assert isinstance(label, BagLabel)
    return label


def _status(database: Database, bag_id: int) -> str:
    with database.session_scope(write=False) as session:
        return bags.get_bag(session, bag_id).status


def _token(page: str) -> str:
    """The scanned bag as the handoff form carries it (a signed token, never the scan)."""
    match = re.search(r'name="scan" value="([^"]+)"', page)
    return match.group(1) if match else ""


def _dispatch(client: TestClient, csrf: str, scan: str, **fields: str) -> tuple[str, str]:
    """Scans at the dispatch station, then submits; returns (form page, result page)."""
    form = client.post("/custody/dispatch/scan", data={"csrf_token": csrf, "code": scan})
    assert form.status_code == 200, form.text
    done = client.post("/custody/dispatch", data={
        "csrf_token": csrf, "scan": _token(form.text), "courier": "Medcourier Ltd",
        "container": "SHIP-7", "temperature_c": "20.5", **fields})
    return form.text, done.text


def test_a_technician_scans_a_bag_label_and_dispatches_it(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    made = _made(web_database, web_settings)
    scan = _label(web_database, web_settings, made.bag_ids[0]).label_2d
    csrf = login(client, "tech")
    station = client.get("/custody/dispatch").text
    assert re.search(r'<input id="custody-code"[^>]*autofocus', station)
    form, result = _dispatch(client, csrf, scan)
    assert re.search(r'<input id="f-courier"[^>]*autofocus', form)
    assert f"Bag {din_text(made.din)} A0" in _text(form)
    assert f"Bag {din_text(made.din)} A0 dispatched from the lab at " in _text(result)
    assert "(custody leg 1)" in _text(result)
    assert _status(web_database, made.bag_ids[0]) == BagStatus.DISPATCHED.value
    page = _text(client.get(f"/bags/{made.bag_ids[0]}").text)
    assert "Chain of custody" in page and "Dispatched from the lab (leg 1)" in page
    assert "Tess Tech · Cell processing facility" in page and "courier Medcourier Ltd" in page


def test_the_din_bar_code_then_the_product_code_name_the_bag(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    made = _made(web_database, web_settings)
    label = _label(web_database, web_settings, made.bag_ids[1])
    csrf = login(client, "coord")
    din = checked_din_barcode(parse_din_text(made.din))
    asked = client.post("/custody/dispatch/scan", data={"csrf_token": csrf, "code": din})
    assert "scan the product code bar code of the same bag" in _text(asked.text)
    assert re.search(r'<input id="custody-product"[^>]*autofocus', asked.text)
    form = client.post("/custody/dispatch/scan", data={
        "csrf_token": csrf, "code": din, "product": label.product_code.barcode})
    assert f"Bag {din_text(made.din)} B0" in _text(form.text)


def test_a_repeated_scan_says_when_and_by_whom_and_records_nothing(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    made = _made(web_database, web_settings)
    scan = _label(web_database, web_settings, made.bag_ids[0]).label_2d
    csrf = login(client, "tech")
    form, _ = _dispatch(client, csrf, scan)
    before = written(web_database)
    # The form sent twice (a double press of Enter), then the label scanned again.
    twice = client.post("/custody/dispatch", data={
        "csrf_token": csrf, "scan": _token(form), "courier": "Other courier",
        "container": "SHIP-8", "temperature_c": "21"})
    assert "by Tess Tech; this scan recorded nothing new." in _text(twice.text)
    assert 'class="flash flash-info"' in twice.text
    again = client.post("/custody/dispatch/scan", data={"csrf_token": csrf, "code": scan}).text
    assert "was already dispatched from the lab at " in _text(again)
    assert 'id="f-courier"' not in again and 'id="custody-code"' in again
    assert written(web_database) == before


def test_bad_handoff_fields_are_shown_beside_the_form_and_nothing_is_written(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    made = _made(web_database, web_settings)
    scan = _label(web_database, web_settings, made.bag_ids[0]).label_2d
    csrf = login(client, "tech")
    token = _token(client.post("/custody/dispatch/scan",
                               data={"csrf_token": csrf, "code": scan}).text)
    before = written(web_database)
    refused = client.post("/custody/dispatch", data={
        "csrf_token": csrf, "scan": token, "courier": "", "container": "SHIP-7",
        "temperature_c": "20", "logger_readings": "2026-05-01T10:00Z,20\n10:05,21"})
    assert refused.status_code == 422
    page = _text(refused.text)
    assert "Nothing was recorded" in page and "courier is required" in page
    assert "logger_readings line 2: time '10:05' is not in the format" in page
    assert "SHIP-7" in refused.text and "10:05,21" in refused.text
    comma = client.post("/custody/dispatch", data={
        "csrf_token": csrf, "scan": _token(refused.text), "courier": "M", "container": "S",
        "temperature_c": "20,5"})
    assert comma.status_code == 422 and "temperature_c (the reading in °C) must be a number" \
        in _text(comma.text)
    forged = client.post("/custody/dispatch", data={
        "csrf_token": csrf, "scan": token.replace(token[0], "9", 1), "courier": "M",
        "container": "S", "temperature_c": "20"})
    assert forged.status_code == 422 and "scan the bag again" in _text(forged.text)
    assert written(web_database) == before
    assert _status(web_database, made.bag_ids[0]) == BagStatus.RELEASED.value


def test_a_bag_that_may_not_travel_is_refused_at_the_scan_with_every_reason(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    made = _made(web_database, web_settings)
    scan = _label(web_database, web_settings, made.bag_ids[0]).label_2d
    csrf = login(client, "coord")
    page = _text(client.post("/custody/receive/scan",
                             data={"csrf_token": csrf, "code": scan}).text)
    assert "This bag cannot be received at the ward now. Nothing was recorded:" in page
    assert "the bag is released (in the lab's stock); only a dispatched bag is received" in page


def test_a_blinded_clinician_receives_a_kit_bag_by_its_kit_number_and_an_excursion_is_held(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    made = _made(web_database, web_settings, kits=True, subjects=["RAK901"])
    bag_id = made.bag_ids[0]
    label = _label(web_database, web_settings, bag_id)
    csrf = login(client, "tech")
    _dispatch(client, csrf, label.label_2d)
    client.cookies.clear()
    csrf = login(client, "clin")
    form = client.post("/custody/receive/scan", data={"csrf_token": csrf,
                                                      "code": label.label_2d}).text
    kit = label.recipient
    assert f"Kit {kit}" in _text(form) and re.search(r'id="f-temperature_c"[^>]*autofocus', form)
    start = utcnow().replace(microsecond=0)
    readings = f"{start.isoformat()},24.5\n{start.isoformat()},26.0\n".encode()
    result = client.post("/custody/receive", data={
        "csrf_token": csrf, "scan": _token(form), "temperature_c": "22",
        "condition": "intact"}, files={"logger_file": ("logger.csv", readings, "text/csv")})
    shown = _text(result.text)
    assert f"Kit {kit} received at the ward at " in shown
    assert "then HELD in quarantine for QA's decision: temperature out of the range" in shown
    assert 'class="flash flash-error" role="alert"' in result.text
    for hidden in (made.din, din_text(made.din), parse_din_text(made.din).eye_readable):
        assert hidden not in result.text and hidden not in form
    assert _status(web_database, bag_id) == BagStatus.QUARANTINE.value
    with web_database.session_scope(write=False) as session:
        excursion = session.exec(select(TemperatureExcursion)).one()
        assert excursion.first_out_at == start and excursion.highest_c == 26.0
        event = session.get(CustodyEvent, excursion.custody_event_id)
        assert event is not None and event.logger_readings == readings.decode().strip()
    bag_page = _text(client.get(f"/bags/{bag_id}").text)
    assert f"Temperature out of range (excursion {excursion.id})" in bag_page
    assert "awaiting QA" in bag_page


def test_qa_finds_the_excursion_in_the_queue_and_acknowledges_it_with_a_comment(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    made = _made(web_database, web_settings, kits=True, subjects=["RAK902"])
    scan = _label(web_database, web_settings, made.bag_ids[0]).label_2d
    csrf = login(client, "tech")
    _dispatch(client, csrf, scan, temperature_c="26")  # stays in the lab, held
    with web_database.session_scope(write=False) as session:
        excursion_id = session.exec(select(TemperatureExcursion.id)).one()
    client.cookies.clear()
    csrf = login(client, "qa")
    dashboard = _text(client.get("/").text)
    assert "Temperature excursions awaiting QA" in dashboard
    assert f"Bag {din_text(made.din)} A0" in dashboard
    page = client.get(f"/custody/excursions/{excursion_id}").text
    assert 'data-confirm="Acknowledge temperature excursion' in page
    assert "dispatched (custody leg 1)" in _text(page)
    refused = client.post(f"/custody/excursions/{excursion_id}/acknowledge",
                          data={"csrf_token": csrf, "comment": " "})
    assert refused.status_code == 422 and "comment is required" in _text(refused.text)
    done = client.post(f"/custody/excursions/{excursion_id}/acknowledge",
                       data={"csrf_token": csrf, "comment": "Probe fault; bag re-checked"})
    assert "acknowledged. The bag stays in quarantine" in _text(done.text)
    bag_page = _text(client.get(f"/bags/{made.bag_ids[0]}").text)
    assert "Dispatch stopped: held at the lab for QA (leg 1)" in bag_page
    assert "Probe fault; bag re-checked" in bag_page
    again = client.post(f"/custody/excursions/{excursion_id}/acknowledge",
                        data={"csrf_token": csrf, "comment": "twice"})
    assert again.status_code == 409 and "already acknowledged by Quentin Ashby" in again.text
    with web_database.session_scope(write=False) as session:
        assert session.exec(select(func.count()).select_from(TemperatureExcursion).where(
            TemperatureExcursion.comment == "Probe fault; bag re-checked")).one() == 1
    client.cookies.clear()
    login(client, "coord")
    bag_page = _text(client.get(f"/bags/{made.bag_ids[0]}").text)
    assert "acknowledged by QA" in bag_page and "Probe fault" in bag_page


def test_a_blinded_clinician_never_reads_qa_comments_nor_opens_an_unallocated_bag(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    made = _made(web_database, web_settings, kits=True, subjects=["RAK903"])
    allocated, unallocated = made.bag_ids
    csrf = login(client, "tech")
    _dispatch(client, csrf, _label(web_database, web_settings, allocated).label_2d,
              temperature_c="30")
    with web_database.session_scope() as session:
        custody.acknowledge_excursion(session, actor=cast_actor(session, "qa"),
                                      excursion=session.exec(select(TemperatureExcursion)).one(),
                                      comment="RAK-only stability data apply", now=utcnow())
    client.cookies.clear()
    csrf = login(client, "clin")
    page = _text(client.get(f"/bags/{allocated}").text)
    assert "acknowledged by QA" in page and "RAK-only" not in page
    hidden = client.post("/custody/receive/scan", data={
        "csrf_token": csrf, "code": _label(web_database, web_settings, unallocated).label_2d})
    assert hidden.status_code == 404
    assert "This barcode does not open a record you can see." in _text(hidden.text)
