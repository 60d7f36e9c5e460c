"""QC results through the web: the sample page a scanned tube opens carries the result form
(autofocus, Enter submits), an out-of-specification result opens a deviation and holds the lot,
refused input comes back typed with the error beside the field (422, nothing written), the lot's
results page shows the specification table, second-person review and corrections struck
through, and /qc lists the lots with results outstanding."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlmodel import select

from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.lots import service as lots
from cellchain.qc.models import QcResult
from tests.conftest import csrf_from, login
from tests.support.qc import lot_in_qc, sample_for


def _lot_and_sample(database: Database, name: str = "final product") -> tuple[int, int]:
    with database.session_scope() as session:
        lot = lot_in_qc(session, now=utcnow())
        return lot.id or 0, sample_for(session, lot, name).id or 0


def _form(page: str, test_id: str, **values: str) -> dict[str, str]:
    """The test's result form as the page filled it in, the instrument typed, and ``values``
    typed over it."""
    form = re.search(rf'<form[^>]*id="form-{test_id}".*?</form>', page, re.S)
    assert form, f"no form for {test_id}"
    fields = dict(re.findall(r'name="([a-z_]+)" value="([^"]*)"', form.group(0)))
    return {**fields, "instrument": "CNT-01", **values}


def test_a_scanned_tube_opens_the_form_and_an_out_of_spec_result_holds_the_lot(
    client: TestClient, web_database: Database
) -> None:
    lot_id, sample_id = _lot_and_sample(web_database)
    with web_database.session_scope(write=False) as session:
        din = lots.get_lot(session, lot_id).din
        number = sample_for(session, lots.get_lot(session, lot_id),
                            "final product").sample_number
    csrf = login(client, "qc")
    scanned = client.post("/scan", data={"code": f"&q{din}{number:03d}", "csrf_token": csrf},
                          follow_redirects=False)
    assert scanned.headers["location"] == f"/qc/samples/{sample_id}"
    page = client.get(f"/qc/samples/{sample_id}").text
    # The first pending test's result field has the focus, so the wedge scanner's Enter submits.
    assert re.search(r'id="f-viability-result"[^>]*autofocus', page)
    later = page.split('id="f-cd3-result"')[1][:300]
    assert "autofocus" not in later
    response = client.post(f"/qc/samples/{sample_id}/results",
                           data=_form(page, "viability", result="71.5"),
                           follow_redirects=False)
    assert response.status_code == 303
    landed = client.get(response.headers["location"]).text
    assert "71.5 % recorded: out of specification (≥ 80 %). DEV-" in landed
    assert "the lot is on hold" in landed
    with web_database.session_scope(write=False) as session:
        assert lots.get_lot(session, lot_id).status == "on_hold"


def test_refused_input_is_kept_with_the_error_beside_the_field_and_nothing_written(
    client: TestClient, web_database: Database
) -> None:
    lot_id, sample_id = _lot_and_sample(web_database)
    login(client, "qc")
    page = client.get(f"/qc/samples/{sample_id}").text
    refused = client.post(f"/qc/samples/{sample_id}/results",
                          data=_form(page, "gram_stain", result="clean <b>", instrument=""))
    assert refused.status_code == 422
    assert 'value="clean &lt;b&gt;"' in refused.text
    assert re.search(r'id="e-gram_stain-instrument" class="field-error">instrument is required',
                     refused.text)
    assert re.search(r'id="f-gram_stain-instrument"[^>]*aria-invalid="true"', refused.text)
    bad_word = client.post(f"/qc/samples/{sample_id}/results",
                           data=_form(page, "gram_stain", result="clean"))
    assert bad_word.status_code == 422
    assert ('id="e-gram_stain-result" class="field-error">Gram stain result must be one of '
            '&#34;no organisms seen&#34;, &#34;organisms seen&#34;; got &#39;clean&#39;'
            in bad_word.text)
    assert re.search(r'id="f-gram_stain-result"[^>]*autofocus', bad_word.text)
    with web_database.session_scope(write=False) as session:
        assert session.exec(select(QcResult)).first() is None
        assert lots.get_lot(session, lot_id).status == "in_qc"


def test_the_lot_page_reviews_by_another_person_and_shows_corrections_struck_through(
    client: TestClient, web_database: Database, web_settings: Settings
) -> None:
    lot_id, _ = _lot_and_sample(web_database)
    csrf = login(client, "qc")
    page = client.get(f"/lots/{lot_id}/qc").text
    assert page.count('<tr id="test-') == 8 and "pending (may be pending at release)" in page
    sample = re.search(r'action="/qc/samples/(\d+)/results"[^>]*id="form-cd3"', page)
    assert sample
    entered = client.post(f"/qc/samples/{sample.group(1)}/results",
                          data={**_form(page, "cd3", result="88"), "back": "lot"},
                          follow_redirects=False)
    assert entered.headers["location"] == f"/lots/{lot_id}/qc"
    page = client.get(f"/lots/{lot_id}/qc").text
    result_id = re.search(r'action="/qc/results/(\d+)/corrections"', page)
    assert result_id and "in specification" in page
    assert f'action="/qc/results/{result_id.group(1)}/review"' not in page  # the author's page
    corrected = client.post(f"/qc/results/{result_id.group(1)}/corrections",
                            data={"result": "86", "reason": "re-gated", "csrf_token": csrf},
                            follow_redirects=False)
    assert corrected.status_code == 303
    csrf = login(client, "qa")
    page = client.get(f"/lots/{lot_id}/qc").text
    assert "<del>88 %</del>" in page and "corrected: re-gated" in page
    current = re.search(r'action="/qc/results/(\d+)/review"', page)
    assert current and current.group(1) != result_id.group(1)
    assert 'data-confirm="Record that you reviewed CD3+ T cells 86 %' in page
    reviewed = client.post(f"/qc/results/{current.group(1)}/review",
                           data={"csrf_token": csrf_from(page)}, follow_redirects=False)
    assert reviewed.status_code == 303
    page = client.get(f"/lots/{lot_id}/qc").text
    assert "Quentin Ashby" in page and f"/qc/results/{current.group(1)}/review" not in page
    listing = client.get("/qc").text
    assert f'href="/lots/{lot_id}/qc"' in listing


def test_a_refused_correction_reopens_with_the_reason_kept(
    client: TestClient, web_database: Database
) -> None:
    lot_id, sample_id = _lot_and_sample(web_database)
    csrf = login(client, "qc")
    page = client.get(f"/qc/samples/{sample_id}").text
    client.post(f"/qc/samples/{sample_id}/results", data=_form(page, "viability", result="90"))
    page = client.get(f"/lots/{lot_id}/qc").text
    result_id = re.search(r'action="/qc/results/(\d+)/corrections"', page)
    assert result_id
    refused = client.post(f"/qc/results/{result_id.group(1)}/corrections",
                          data={"result": "90", "reason": "typo?", "csrf_token": csrf})
    assert refused.status_code == 422
    assert "Viability already is 90 %" in refused.text and 'value="typo?"' in refused.text
    assert re.search(r"<details open><summary>Correct Viability", refused.text)
