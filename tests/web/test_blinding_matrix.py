"""The blinding matrix (issue 12 items 4 and 8; DESIGN §4 rule 6): every GET route of the app,
pages and API, requested by each blinded role with the ids of a randomised trial's records,
carries no arm, no lot type, no study-product lot or donor DIN and no QC value of a
study-product lot; the coordinator does see the arm; and an emergency unblinding shows one
subject's arm to its requester only.

What counts as a leak, precisely:
- an arm's name from the trial configuration ("TAS-102 + RAK cells", "TAS-102 + placebo");
- an arm code as a token of its own ("RAK", "CONTROL"): "RAK003" is a subject number, not
  the arm, so a code counts only with no letter, digit or underscore on either side;
- the lot types "rak" and "placebo" as tokens, and "placebo" in any case anywhere, except in
  the neutral phrases of ``NEUTRAL`` (none today: write one down here, with why, before
  allowing it);
- the two study-product lots' DINs (compact or eye-readable) and their cord blood units' DINs;
- every QC result of those lots (numbers with no digit or point next to them, words as words;
  numbers of fewer than four characters are not searched, see ``MIN_NUMBER``).
The open-label product description on the open-label stage's own bags ("RAK CELLS ...") is
neutral: every open-label subject receives RAK cells (the escalation stage has no placebo).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient
from sqlmodel import col, select

from cellchain.bedside.models import BedsideVerification, Infusion
from cellchain.cbu.models import CordBloodUnit
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.isbt128.din import parse_din_text
from cellchain.lots.models import LotParent
from cellchain.qc.models import QcSample
from cellchain.trial.configuration import trial_config
from tests.conftest import bearer_token, csrf_from, login
from tests.factories import CAST
from tests.support.randomised import BlindedTrial, seed_blinded_trial

BASE_URL = "https://testserver"
# Text that names the product without telling the arms apart, removed before the search.
NEUTRAL: tuple[str, ...] = (
    # The open-label stage's product description (cellchain/labels/label_settings.toml).
    "RAK CELLS (RetroNectin-activated killer cells)",
    # The adverse-event form's relatedness question (a CRF asks it in both arms: relatedness
    # to the study product, whatever the subject received).
    "Relatedness to RAK", "relatedness to RAK", "related to RAK",
)
MAX_VALUES = 4  # ids tried per path parameter
# QC numbers shorter than this ("0.2" EU/kg endotoxin) cannot be told from other numbers on a
# page (an SVG stroke width); viability, CD3+ and the viable cell count are all longer.
MIN_NUMBER = 4


def _token(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z0-9_]){re.escape(word)}(?![A-Za-z0-9_])")


def _number(value: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![0-9.]){re.escape(value)}(?![0-9])")


@dataclass(frozen=True)
class Forbidden:
    arms: dict[str, list[re.Pattern[str]]]  # arm code -> what names it
    hidden: list[re.Pattern[str]]  # lot type, lot and donor DINs, QC values

    def leaks(self, body: str, *, allowed_arm: str | None = None) -> list[str]:
        for phrase in NEUTRAL:
            body = body.replace(phrase, "")
        # The arm this reader may see is shown by its name, which may hold a lot-type word.
        for pattern in self.arms.get(allowed_arm or "", []):
            body = pattern.sub("", body)
        found = [p.pattern for p in self.hidden if p.search(body)]
        for patterns in self.arms.values():
            found += [p.pattern for p in patterns if p.search(body)]
        return found


def _forbidden(database: Database, settings: Settings, trial: BlindedTrial) -> Forbidden:
    config = trial_config(settings)
    arms = {a.code: [re.compile(re.escape(a.name)), _token(a.code)] for a in config.arms}
    for arm in config.arms:
        if arm.placebo:
            arms[arm.code].append(re.compile("placebo", re.IGNORECASE))
    hidden = [_token("rak"), _token("placebo"), _token("Placebo"), _token("PLACEBO")]
    lots = [trial.rak_lot, trial.placebo_lot]
    with database.session_scope(write=False) as session:
        donors = list(session.exec(select(CordBloodUnit.din).join(
            LotParent, col(LotParent.cbu_id) == col(CordBloodUnit.id)).where(
            col(LotParent.lot_id).in_([lot.id for lot in lots]))))
    for din in [lot.din for lot in lots] + donors:
        # A chain-of-identity identifier is CH + FIN + year + sequence, so the COI of the
        # subject with the same sequence number looks like a DIN after "CH": not a DIN.
        # No boundary after it: a barcode carries the DIN followed by its flag characters.
        hidden += [re.compile(rf"(?<!CH){din}"),
                   re.compile(rf"(?<!CH ){re.escape(parse_din_text(din).eye_readable)}")]
    for value in trial.qc_values:
        if not value[:1].isdigit():
            hidden.append(_token(value))
        elif len(value) >= MIN_NUMBER:
            hidden.append(_number(value))
            if "e" in value:  # 2.95e9 is shown as 2.95 × 10⁹
                hidden.append(_number(value.split("e")[0]))
    return Forbidden(arms, hidden)


def _ids(database: Database, trial: BlindedTrial) -> dict[str, list[str]]:
    """Values for each path parameter: the records of the randomised stage first."""
    lots = [trial.rak_lot.id, trial.placebo_lot.id]
    with database.session_scope(write=False) as session:
        verifications = list(session.exec(select(BedsideVerification.id)))
        infusions = list(session.exec(select(Infusion.id)))
        samples = list(session.exec(select(QcSample.id).where(col(QcSample.lot_id).in_(lots))))
        units = list(session.exec(select(LotParent.cbu_id).where(col(LotParent.lot_id).in_(
            lots))))
    def text(found: list[int] | list[int | None]) -> list[str]:
        return [str(v) for v in found]

    subjects = text([trial.subjects["RAK003"], trial.subjects["RAK004"]])
    bags = text(list(trial.kit_bags.values()))
    values: dict[str, list[str]] = {
        "subject_id": subjects, "bag_id": bags, "lot_id": text(lots),
        "infusion_id": text(infusions), "verification_id": text(verifications),
        "sample_id": text(samples), "cbu_id": text(units),
        "record_id": subjects + bags + text(samples)[:1] + text(units)[:1],
        "din": [trial.rak_lot.din, trial.placebo_lot.din], "step_id": ["harvest"],
    }
    return {name: found[:MAX_VALUES] for name, found in values.items()}


def _get_routes(app: FastAPI) -> list[str]:
    return sorted({str(c.path) for c in iter_route_contexts(app.routes)
                   if isinstance(c.original_route, APIRoute) and "GET" in (c.methods or ())})


def _urls(path: str, ids: dict[str, list[str]], extra: dict[str, list[str]]) -> Iterator[str]:
    names = re.findall(r"\{([^}]+)\}", path)
    choices = [extra.get(n) or ids.get(n) or ["1"] for n in names]
    for combo in itertools.product(*choices):
        url = path
        for name, value in zip(names, combo, strict=True):
            url = url.replace(f"{{{name}}}", value)
        yield url


class Reader:
    """One signed-in person: the page session and an API bearer token."""

    def __init__(self, app: FastAPI, username: str) -> None:
        self.web = TestClient(app, base_url=BASE_URL, raise_server_exceptions=False)
        self.api = TestClient(app, base_url=BASE_URL, raise_server_exceptions=False)
        self.username = username
        self.csrf = login(self.web, username)
        self.token = bearer_token(self.api, username)
        self.opened = 0  # responses with status 200

    def get(self, url: str) -> str:
        if url.startswith("/api/"):
            response = self.api.get(url, headers={"Authorization": f"Bearer {self.token}"})
        else:
            response = self.web.get(url, follow_redirects=False)
        assert response.status_code < 500, (self.username, url, response.status_code)
        self.opened += response.status_code == 200
        body: str = response.text
        return body


def _sweep(reader: Reader, app: FastAPI, ids: dict[str, list[str]], forbidden: Forbidden,
           *, extra: dict[str, list[str]] | None = None,
           allowed: dict[str, str] | None = None) -> dict[str, list[str]]:
    """Requests every GET route; returns each URL whose body leaks, with what it leaked.
    ``allowed`` maps a URL to the one arm it may show (the reader unblinded that subject)."""
    leaks: dict[str, list[str]] = {}
    for path in _get_routes(app):
        for url in _urls(path, ids, extra or {}):
            found = forbidden.leaks(reader.get(url), allowed_arm=(allowed or {}).get(url))
            if found:
                leaks[url] = found
    return leaks


@pytest.fixture
def trial(web_database: Database, web_settings: Settings) -> BlindedTrial:
    return seed_blinded_trial(web_database, web_settings)


def test_no_get_route_shows_a_blinded_role_the_arm_lot_type_lot_or_qc_values(
    app: FastAPI, web_database: Database, web_settings: Settings, trial: BlindedTrial
) -> None:
    forbidden = _forbidden(web_database, web_settings, trial)
    ids = _ids(web_database, trial)
    for username in ("clin", "monitor"):
        reader = Reader(app, username)
        assert _sweep(reader, app, ids, forbidden) == {}, username
        # The sweep read the records themselves, not only refusals.
        assert reader.opened >= 25, (username, reader.opened)
        for url in (f"/subjects/{trial.subjects['RAK004']}", f"/bags/{trial.kit_bags['RAK004']}",
                    "/api/v1/bags", f"/trace/subject/{trial.subjects['RAK003']}"):
            assert reader.web.get(url).status_code == 200, (username, url)


def test_the_coordinator_sees_each_randomised_subjects_arm(
    app: FastAPI, web_database: Database, web_settings: Settings, trial: BlindedTrial
) -> None:
    coordinator = Reader(app, "coord")
    forbidden = _forbidden(web_database, web_settings, trial)
    rak = coordinator.get(f"/subjects/{trial.subjects['RAK003']}")
    control = coordinator.get(f"/subjects/{trial.subjects['RAK004']}")
    assert "TAS-102 + RAK cells (RAK)" in rak and "TAS-102 + placebo" not in rak
    assert "TAS-102 + placebo (CONTROL)" in control and "TAS-102 + RAK cells" not in control
    # The matrix would find these pages: the forbidden patterns are not vacuous.
    assert forbidden.leaks(rak) and forbidden.leaks(control)
    # Blinded readers see the placeholder, not an empty row (domain notes §5.3).
    assert "hidden (blinded)" in Reader(app, "clin").get(f"/subjects/{trial.subjects['RAK003']}")


def _unblind(reader: Reader, subject_id: int) -> str:
    form = reader.web.get(f"/subjects/{subject_id}/unblind")
    assert form.status_code == 200 and "data-confirm=" in form.text
    response = reader.web.post(f"/subjects/{subject_id}/unblind", follow_redirects=False, data={
        "csrf_token": csrf_from(form.text), "username": reader.username,
        "password": CAST[reader.username].password,
        "reason": "Severe infusion reaction; the ICU team needs the treatment given."})
    assert response.status_code == 303, response.text
    location: str = response.headers["location"]
    assert location.startswith("/unblindings/")
    return location


def test_an_emergency_unblinding_shows_one_subjects_arm_to_its_requester_only(
    app: FastAPI, web_database: Database, web_settings: Settings, trial: BlindedTrial
) -> None:
    forbidden = _forbidden(web_database, web_settings, trial)
    ids = _ids(web_database, trial)
    a, b = trial.subjects["RAK004"], trial.subjects["RAK003"]  # arms CONTROL and RAK
    requester = Reader(app, "clin")
    record = _unblind(requester, a)
    result = requester.get(record)
    assert "TAS-102 + placebo (CONTROL)" in result
    page = requester.get(f"/subjects/{a}")
    assert "TAS-102 + placebo (CONTROL)" in page and "Unblinded in an emergency" in page
    assert "hidden (blinded)" in requester.get(f"/subjects/{b}")
    extra = {"unblinding_id": [record.rsplit("/", 1)[1]]}
    # The requester: A's arm on A's page and the record, nothing of B's anywhere.
    assert _sweep(requester, app, ids, forbidden, extra=extra, allowed={
        f"/subjects/{a}": "CONTROL", record: "CONTROL"}) == {}
    # Everyone else blinded sees that A was unblinded, by whom and why, but not the arm.
    for username in ("clin2", "monitor"):
        other = Reader(app, username)
        seen = other.get(f"/subjects/{a}")
        assert "Unblinded in an emergency" in seen and "hidden (blinded)" in seen
        assert _sweep(other, app, ids, forbidden, extra=extra) == {}, username
