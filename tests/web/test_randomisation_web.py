"""The coordinator's randomisation page (issue 12 item 4): the list in force and every
randomised subject's arm, generating a list (its seed shown once), importing one (refusals
beside the file field, nothing written); other roles are refused."""

from __future__ import annotations

import hashlib
import re
from datetime import date

from fastapi.testclient import TestClient
from httpx import Response
from sqlmodel import col, select

from cellchain.clock import utcnow
from cellchain.db import Database
from cellchain.trial import randomisation
from cellchain.trial import service as trial
from cellchain.trial.blinding_models import RandomisationList
from cellchain.trial.rules import SubjectStatus
from tests.conftest import login
from tests.factories import SEEDER, cast_actor

GOOD = "stratum,sequence,block,arm\n,1,1,CONTROL\n,2,1,RAK\n"


def _lists(web_database: Database) -> list[RandomisationList]:
    with web_database.session_scope(write=False) as session:
        return list(session.exec(select(RandomisationList).order_by(col(RandomisationList.id))))


def _import(client: TestClient, csrf: str, text: str | bytes) -> Response:
    answer: Response = client.post("/randomisation/import", data={"csrf_token": csrf},
                                   files={"file": ("list.csv", text, "text/csv")},
                                   follow_redirects=False)
    return answer


def test_the_coordinator_generates_a_list_and_is_shown_its_seed_once(
    client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "coord")
    empty = client.get("/randomisation")
    assert empty.status_code == 200 and "No list is in force" in empty.text
    assert 'href="/randomisation"' in empty.text
    assert re.search(r'action="/randomisation/generate".*?data-confirm="Generate a new',
                     empty.text, re.S)
    made = client.post("/randomisation/generate", data={"csrf_token": csrf},
                       follow_redirects=False)
    assert made.status_code == 200
    seed = re.search(r"Its seed is <strong><code>(\d+)</code>", made.text)
    assert seed is not None
    (stored,) = _lists(web_database)
    assert stored.seed_hash == hashlib.sha256(seed.group(1).encode()).hexdigest()
    assert stored.fingerprint in made.text and f"0 of {stored.slots}" in made.text
    assert stored.created_by_name in made.text
    # Shown once: the page opened again has no seed.
    assert seed.group(1) not in client.get("/randomisation").text


def test_an_imported_list_is_put_in_force_and_randomised_subjects_show_their_arm(
    client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "coord")
    done = _import(client, csrf, GOOD)
    assert done.status_code == 303 and done.headers["location"] == "/randomisation"
    (stored,) = _lists(web_database)
    assert (stored.source, stored.slots, stored.active) == ("imported", 2, True)
    with web_database.session_scope() as session:
        subject = trial.register_subject(
            session, actor=SEEDER, screening_number="SCR301", subject_number="RAK301",
            date_of_birth=date(1961, 2, 3), status=SubjectStatus.ENROLLED, now=utcnow())
        randomisation.assign(session, actor=cast_actor(session, "coord"), subject=subject,
                             stage="randomised", stratum="", now=utcnow())
    page = client.get("/randomisation").text
    assert f"fingerprint is {stored.fingerprint}" in page
    assert re.search(r"RAK301</td>\s*<td>—</td><td>1</td>\s*<td>CONTROL — TAS-102 \+ placebo",
                     page)
    assert "1 of 2" in page
    # A list that has randomised a subject is not replaced; the refusal is in words.
    refused = client.post("/randomisation/generate", data={"csrf_token": csrf},
                          follow_redirects=False)
    assert refused.status_code == 409 and "cannot be replaced" in refused.text
    assert len(_lists(web_database)) == 1


def test_a_bad_import_is_refused_beside_the_file_field_and_writes_nothing(
    client: TestClient, web_database: Database
) -> None:
    csrf = login(client, "coord")
    for text, words in (("stratum,sequence,block,arm\n,1,1,RAK\n,2,1,RAK\n", "holds RAK 2"),
                        (b"\xff\xfe not text", "not text (UTF-8)"),
                        ("", "choose the CSV file")):
        answer = _import(client, csrf, text) if text else client.post(
            "/randomisation/import", data={"csrf_token": csrf}, follow_redirects=False)
        assert answer.status_code == 422, words
        assert re.search(r'id="f-file"[^>]*aria-invalid="true"', answer.text)
        error = re.search(r'<small id="e-file" class="field-error">([^<]*)</small>',
                          answer.text)
        assert error is not None and words in error.group(1)
    assert _lists(web_database) == []


def test_other_roles_are_refused_the_page_and_its_forms(client: TestClient) -> None:
    csrf = login(client, "clin")
    assert client.get("/randomisation").status_code == 403
    assert client.post("/randomisation/generate", data={"csrf_token": csrf},
                       follow_redirects=False).status_code == 403
    assert 'href="/randomisation"' not in client.get("/").text
