"""After release through the web: QC's late positive sterility holds the bags, QA reads the held
bags and the look-back and signs the recall; clinicians get a notice that reveals nothing
blinded; signed bag dispositions from the bag page, shown only to those who may sign them."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlmodel import select

from cellchain.bags import service as bags
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.display import din_text
from cellchain.lots import service as lots
from cellchain.qc.models import QcSample
from tests.conftest import login
from tests.factories import CAST
from tests.integration.test_after_release import _released_lot
from tests.web.test_qc_web import _form
from tests.web.test_release_web import _text


def _lot(database: Database, settings: Settings, unit: int) -> tuple[int, str, int, int]:
    """The two-bag lot of the integration tests: (lot id, DIN as printed, A0 id, B0 id)."""
    with database.session_scope() as session:
        lot = _released_lot(session, settings, unit)
        a0, b0 = bags.bags_of(session, lot.id or 0)
        return lot.id or 0, din_text(lot.din), a0.id or 0, b0.id or 0


def test_a_late_positive_sterility_entered_by_qc_is_followed_by_qa_and_a_signed_recall(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    lot_id, din, _, b0 = _lot(web_database, web_settings, 7201)
    with web_database.session_scope(write=False) as session:
        sample = session.exec(select(QcSample).where(
            QcSample.lot_id == lot_id, QcSample.test == "final product")).one()
    login(client, "qc")
    page = client.get(f"/qc/samples/{sample.id}").text
    entered = client.post(f"/qc/samples/{sample.id}/results",
                          data=_form(page, "sterility_14d", result="growth"))
    assert "1 bag(s) held pending QA&#39;s assessment, 1 already infused (look-back)" in \
        entered.text
    client.cookies.clear()
    login(client, "clin")
    dashboard = _text(client.get("/").text)
    assert "Product safety notice for subject RAK802: do not infuse" in dashboard
    assert din not in dashboard and "steril" not in dashboard
    client.cookies.clear()
    csrf = login(client, "qa")
    assert f"Late result out of specification on released lot {din}" in _text(
        client.get("/").text)
    review = _text(client.get(f"/lots/{lot_id}/release").text)
    assert f"{din} B0" in review and "on hold (quarantine)" in review
    assert f"Look-back: subjects already infused Subject RAK801 , bag {din} A0" in review
    assert "Look-back: subjects already infused Subject RAK801" in _text(
        client.get(f"/lots/{lot_id}").text)
    refused = client.post(f"/lots/{lot_id}/recall", data={
        "csrf_token": csrf, "username": "qa", "password": CAST["qa"].password, "reason": ""})
    assert refused.status_code == 422 and "reason is required to recall a lot" in refused.text
    recalled = client.post(f"/lots/{lot_id}/recall", data={
        "csrf_token": csrf, "username": "qa", "password": CAST["qa"].password,
        "reason": "14-day sterility positive"}, follow_redirects=False)
    assert recalled.status_code == 303, recalled.text
    review = _text(client.get(f"/lots/{lot_id}/release").text)
    assert "Recalled . Signed by Quentin Ashby (user ID qa)" in review
    assert "I recall this lot. Reason: 14-day sterility positive" in review
    with web_database.session_scope(write=False) as session:
        assert lots.get_lot(session, lot_id).status == "recalled"
        assert bags.get_bag(session, b0).status == "recalled"


def test_the_bag_page_offers_signed_dispositions_only_to_those_who_may_sign_them(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    _, _, a0, b0 = _lot(web_database, web_settings, 7202)
    login(client, "clin")
    assert client.get(f"/bags/{b0}").status_code == 200
    assert "/disposition" not in client.get(f"/bags/{b0}").text
    client.cookies.clear()
    csrf = login(client, "tech")
    page = client.get(f"/bags/{b0}").text
    assert re.findall(r'name="action" value="(\w+)"', page) == ["return"]
    assert "/disposition" not in client.get(f"/bags/{a0}").text  # infused: nothing to do
    forbidden = client.post(f"/bags/{b0}/disposition", data={
        "csrf_token": csrf, "action": "destroy", "reason": "broken",
        "password": CAST["tech"].password, "username": "tech"})
    assert forbidden.status_code == 403
    client.cookies.clear()
    csrf = login(client, "qa")
    page = client.get(f"/bags/{b0}").text
    assert re.findall(r'name="action" value="(\w+)"', page) == ["quarantine", "return",
                                                                  "destroy"]
    assert 'data-confirm="Quarantine bag' in page and "I quarantine this bag" in page
    refused = client.post(f"/bags/{b0}/disposition", data={
        "csrf_token": csrf, "action": "quarantine", "reason": " ",
        "password": CAST["qa"].password, "username": "qa"})
    assert refused.status_code == 422 and "reason is required to quarantine" in refused.text
    done = client.post(f"/bags/{b0}/disposition", data={
        "csrf_token": csrf, "action": "quarantine", "reason": "cold chain broken",
        "password": CAST["qa"].password, "username": "qa"})
    assert done.status_code == 200 and "is now quarantine; your signature is recorded" in \
        done.text
    with web_database.session_scope(write=False) as session:
        assert bags.get_bag(session, b0).status == "quarantine"
