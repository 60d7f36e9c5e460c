"""Kit lots of the randomised stage through the web layer (issue 12 item 4): the coordinator
plans a placebo kit lot on its page, a technician records its steps at the station pages; a
technician plans a RAK kit lot by ticking "RAK kits" on the planning page."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import time_machine
from fastapi.testclient import TestClient
from sqlmodel import select

from cellchain.audit.service import Actor
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo.manufacture import materials_for
from cellchain.demo.materials import seed_materials
from cellchain.demo.placebo import values_for
from cellchain.lots.models import Lot
from tests.conftest import login
from tests.web.test_cbu_web import FORM

DAY0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def test_the_coordinator_plans_a_placebo_lot_and_a_technician_prepares_it(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    with web_database.session_scope() as session:
        seed_materials(session, actor=Actor(1, "Tess Tech"), now=DAY0 - timedelta(days=40))
        codes: dict[tuple[str, ...], str] = {
            kinds: "\n".join(materials_for(session, kinds, DAY0.date()))
            for kinds in (("saline",), ("infusion_bag",), ())}
    with time_machine.travel(DAY0 - timedelta(hours=2)):
        csrf = login(client, "coord")
        assert "/lots/plan-placebo" in client.get("/lots").text
        page = client.get("/lots/plan-placebo")
        assert page.status_code == 200 and '<option value="DL2" selected>' in page.text
        refused = client.post("/lots/plan-placebo", data={"csrf_token": csrf,
                                                          "dose_level": "DL3"})
        assert refused.status_code == 422
        assert "kits are made for the Randomised comparison dose level DL2, not DL3" in \
            refused.text
        planned = client.post("/lots/plan-placebo", data={"csrf_token": csrf,
                                                          "dose_level": "DL2"},
                              follow_redirects=False)
        assert planned.status_code == 303, planned.text
        lot_path = planned.headers["location"]
        assert re.fullmatch(r"/lots/\d+", lot_path)
    steps = (("vehicle_preparation", ("saline",), "BSC-01"),
             ("vehicle_inspection", (), ""), ("formulation", ("infusion_bag",), "BSC-01"),
             ("overwrap", (), ""))
    for minutes, (step, kinds, equipment) in enumerate(steps):
        with time_machine.travel(DAY0 + timedelta(minutes=30 * minutes)):
            csrf = login(client, "tech")
            assert client.get(f"{lot_path}/steps/{step}").status_code == 200, step
            done = client.post(f"{lot_path}/steps/{step}", data={
                "csrf_token": csrf, "materials": codes[kinds], "equipment": equipment,
                **values_for(step, bags=2)}, follow_redirects=False)
            assert done.status_code == 303, (step, done.text)
            assert "Out of specification" not in client.get(lot_path).text
    with time_machine.travel(DAY0 + timedelta(hours=2)):
        login(client, "tech")
        page = client.get(lot_path).text
        assert "Status: <strong>in QC</strong>" in page
        assert "Formulation into kit bags" in page and "Plasma-Lyte A" in page
    with web_database.session_scope() as session:
        lot = session.get(Lot, int(lot_path.rsplit("/", 1)[1]))
        assert lot is not None and (lot.lot_type, lot.dose_level) == ("placebo", "DL2")
        assert lot.activated_at is not None


def test_a_technician_plans_rak_kits_from_the_planning_page(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    with time_machine.travel(DAY0 - timedelta(days=2)):
        csrf = login(client, "tech")
        assert client.post("/cbu", data={**FORM, "csrf_token": csrf},
                           follow_redirects=False).status_code == 303
    with web_database.session_scope() as session:
        from cellchain.cbu import service as cbu_service
        from cellchain.cbu.models import CordBloodUnit

        unit = session.exec(select(CordBloodUnit)).one()
        cbu_service.accept(session, actor=Actor(3, "Quentin Ashby"), cbu=unit,
                           now=DAY0 - timedelta(days=1), reason="Receipt reviewed")
    with time_machine.travel(DAY0):
        csrf = login(client, "tech")
        assert "RAK kits for the randomised stage (dose level DL2" in \
            client.get("/lots/plan").text
        planned = client.post("/lots/plan", data={
            "csrf_token": csrf, "material": "=+02000=A99912600471100=<S9998V00",
            "target_dose": "1e9", "kits": "yes"}, follow_redirects=False)
        assert planned.status_code == 303, planned.text
    with web_database.session_scope() as session:
        lot = session.exec(select(Lot)).one()
        assert (lot.lot_type, lot.dose_level, lot.target_dose_cells) == ("rak", "DL2", 3e9)
