"""Materials and equipment in the web UI: receipt form, QA decisions, equipment records,
who may see what, and a material label that scans back to its code."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from cellchain.audit.service import Actor
from cellchain.clock import utcnow
from cellchain.db import Database
from cellchain.demo.materials import seed_materials
from cellchain.materials import service
from cellchain.materials.models import MaterialLot
from tests.conftest import login
from tests.factories import audit_events
from tests.support.decode import decode_png

FAR = (date.today() + timedelta(days=400)).isoformat()


@pytest.fixture
def demo(web_database: Database) -> tuple[list[MaterialLot], list[Any]]:
    with web_database.session_scope() as session:
        return seed_materials(session, actor=Actor.system("tests.web"), now=utcnow())


def _post(client: TestClient, path: str, csrf: str, **form: str) -> Any:
    return client.post(path, data={"csrf_token": csrf, **form}, follow_redirects=False)


def _form_tokens(html: str) -> list[str]:
    """The CSRF token of every form on a page: each must carry the session's token."""
    return re.findall(r'name="csrf_token" value="([^"]*)"', html)


def _receipt(**overrides: str) -> dict[str, str]:
    form = {"kind": "il2", "name": "Recombinant human IL-2 GMP", "supplier": "Example Bio",
            "supplier_lot": "22B104", "expires_on": FAR, "certificate_ref": "CoA 22B104"}
    form.update(overrides)
    return form


def test_a_technician_receives_a_lot_into_quarantine_through_the_form(
    client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "tech")
    form = client.get("/materials/new")
    assert form.status_code == 200
    assert '<select id="f-kind" name="kind" required autofocus' in form.text
    assert _form_tokens(form.text) == [csrf] * 3  # scan box, sign-out form, then this form
    response = _post(client, "/materials", csrf, **_receipt())
    assert response.status_code == 303
    assert response.headers["location"] == "/materials/1"
    page = client.get("/materials/1")
    assert "IL-2 lot M000001 received into quarantine" in page.text
    assert "<strong>quarantine</strong>" in page.text
    assert "IL-2 lot M000001 is in quarantine: QA has not released it" in page.text
    assert 'href="/materials/1/label"' in page.text
    assert "Material received" in page.text  # the history, in words
    assert len(audit_events(web_database, "material.received", 1)) == 1


@pytest.mark.parametrize(("overrides", "status", "message"), [
    ({"expires_on": "2020-01-01"}, 422, "Expiry date 2020-01-01 is already past"),
    ({"expires_on": "31/12/2030"}, 422, "is not a date: use YYYY-MM-DD"),
    ({"supplier": " "}, 422, "Supplier is required."),
    ({"kind": "blender"}, 422, "Material kind"),
])
def test_a_refused_receipt_re_renders_the_form_with_the_field_marked(
    client: TestClient, web_database: Database, overrides: dict[str, str], status: int,
    message: str,
) -> None:
    csrf = login(client, "tech")
    response = _post(client, "/materials", csrf, **_receipt(**overrides))
    assert response.status_code == status
    assert message in response.text
    assert 'class="field-error"' in response.text
    assert 'value="Recombinant human IL-2 GMP"' in response.text  # what was typed is kept
    with web_database.session_scope(write=False) as session:
        assert session.get(MaterialLot, 1) is None


def test_a_duplicate_receipt_is_refused_with_the_existing_code(client: TestClient) -> None:
    csrf = login(client, "tech")
    assert _post(client, "/materials", csrf, **_receipt()).status_code == 303
    again = _post(client, "/materials", csrf, **_receipt())
    assert again.status_code == 409
    assert "was already received as M000001" in again.text


def test_qa_releases_with_a_comment_and_a_technician_may_not(
    client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "tech")
    _post(client, "/materials", csrf, **_receipt())
    refused = _post(client, "/materials/1/release", csrf)
    assert refused.status_code == 403 and "Your roles do not include it" in refused.text
    assert "QA decision" not in client.get("/materials/1").text
    csrf = login(client, "qa")
    page = client.get("/materials/1")
    assert 'action="/materials/1/release"' in page.text and "data-confirm=" in page.text
    assert _form_tokens(page.text) == [csrf] * 4  # scan box, sign-out, release, reject
    released = _post(client, "/materials/1/release", csrf, reason="CoA reviewed")
    assert released.status_code == 303
    after = client.get("/materials/1")
    assert "IL-2 lot M000001 released for use." in after.text
    assert "<strong>released</strong>" in after.text and "QA decision" not in after.text
    (event,) = audit_events(web_database, "material.released", 1)
    assert (event.actor_name, event.reason) == ("Quentin Ashby", "CoA reviewed")
    again = _post(client, "/materials/1/release", csrf)
    assert again.status_code == 409 and "is already released" in again.text


def test_a_rejection_needs_a_reason(client: TestClient) -> None:
    csrf = login(client, "tech")
    _post(client, "/materials", csrf, **_receipt())
    csrf = login(client, "qa")
    bare = _post(client, "/materials/1/reject", csrf)
    assert bare.status_code == 422 and "Reason for rejection is required." in bare.text
    rejected = _post(client, "/materials/1/reject", csrf, reason="CoA endotoxin high")
    assert rejected.status_code == 303
    page = client.get("/materials/1")
    assert "was rejected by QA: CoA endotoxin high" in page.text


def test_the_list_shows_expired_lots_as_expired_and_filters_by_condition(
    client: TestClient, demo: Any
) -> None:
    login(client, "qc")
    everything = client.get("/materials")
    assert everything.status_code == 200
    assert "<strong>expired</strong>" in everything.text
    assert 'href="/materials?status=expired">expired (1)' in everything.text
    assert "Receive a material lot" not in everything.text  # QC does not receive
    expired = client.get("/materials?status=expired")
    assert expired.text.count('<tr><td><a href="/materials/') == 1
    assert client.get("/materials?status=nonsense").status_code == 422


def test_blinded_roles_and_admins_never_see_materials_or_equipment(
    client: TestClient, demo: Any
) -> None:
    for username in ("clin", "monitor", "admin"):
        login(client, username)
        for path in ("/materials", "/materials/1", "/equipment", "/equipment/1"):
            response = client.get(path)
            assert response.status_code == 403, (username, path)
        assert 'href="/materials"' not in client.get("/").text
    login(client, "tech")
    home = client.get("/").text
    assert 'href="/materials"' in home and 'href="/equipment"' in home


def test_equipment_is_registered_and_calibrated_with_a_reason(
    client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "tech")
    form = client.get("/equipment/new")
    assert 'id="f-asset_number" name="asset_number" type="text" value=""' in form.text
    assert "autofocus" in form.text
    registered = _post(client, "/equipment", csrf, asset_number="inc-02", kind="incubator",
                       name="CO2 incubator", calibration_due_on="2020-01-01",
                       maintenance_due_on=FAR)
    assert registered.status_code == 303
    page = client.get("/equipment/1")
    assert "Incubator INC-02 is past its calibration date 2020-01-01" in page.text
    # scan box, sign-out, calibration, maintenance, service
    assert _form_tokens(page.text) == [csrf] * 5
    bare = _post(client, "/equipment/1/calibration", csrf, calibration_due_on=FAR)
    assert bare.status_code == 422 and "Reason (calibration certificate) is required" in bare.text
    done = _post(client, "/equipment/1/calibration", csrf, calibration_due_on=FAR,
                 reason="CAL-2026-114")
    assert done.status_code == 303
    listing = client.get("/equipment").text
    assert "INC-02" in listing and "past its calibration date" not in listing
    (event,) = audit_events(web_database, "equipment.calibrated", 1)
    assert event.reason == "CAL-2026-114"
    out = _post(client, "/equipment/1/service", csrf, in_service="no", reason="CO2 alarm")
    assert out.status_code == 303
    assert "Incubator INC-02 is out of service" in client.get("/equipment/1").text
    duplicate = _post(client, "/equipment", csrf, asset_number="INC-02", kind="incubator",
                      name="again", calibration_due_on=FAR, maintenance_due_on=FAR)
    assert duplicate.status_code == 409 and "already registered" in duplicate.text


def test_the_demo_equipment_list_flags_the_overdue_incubator(
    client: TestClient, demo: Any
) -> None:
    login(client, "coord")
    listing = client.get("/equipment")
    assert listing.status_code == 200
    assert "Incubator INC-02 is past its calibration date" in listing.text
    assert "Register equipment" not in listing.text


def test_a_material_label_prints_as_png_and_scans_back_to_its_code(
    client: TestClient, web_database: Database, demo: Any
) -> None:
    lots, _ = demo
    lot = lots[0]
    csrf = login(client, "tech")
    page = client.get(f"/materials/{lot.id}/label")
    assert page.status_code == 200
    assert f'src="/materials/{lot.id}/label/preview.svg"' in page.text
    assert client.get(f"/materials/{lot.id}/label/preview.svg").status_code == 200
    printed = _post(client, f"/materials/{lot.id}/label/print", csrf, output="png")
    assert printed.status_code == 200 and printed.headers["content-type"] == "image/png"
    for dpi in (None, 203):
        assert decode_png(printed.content, rotate=90, scale_to_dpi=dpi) == [
            ("Code128", lot.code)]
    (event,) = audit_events(web_database, "label.printed", lot.id)
    assert event.entity_type == "material"
    assert "Label printed" in client.get(f"/materials/{lot.id}").text  # in the lot's history
    with web_database.session_scope(write=False) as session:
        found = service.find_material_by_code(session, lot.code)
        assert found is not None and found.id == lot.id
    csrf = login(client, "qa")
    assert client.get(f"/materials/{lot.id}/label").status_code == 200
    refused = _post(client, f"/materials/{lot.id}/label/print", csrf, output="png")
    assert refused.status_code == 403 and "Your roles do not include it" in refused.text
