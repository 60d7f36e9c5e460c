"""The real app, served by uvicorn on loopback, driven through Debian chromium with Playwright.

One server and one browser serve the whole module; every test gets its own browser context
(its own cookies) and signs in as a different user, so the tests do not depend on each other.
Set ``CELLCHAIN_REQUIRE_BROWSER=1`` (CI does) to turn a missing chromium into a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import sqlite3
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright

from cellchain.bags.service import create_bags
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.labels.data import LabelKind
from cellchain.labels.service import label_data_for
from cellchain.main import create_app
from tests.conftest import _settings
from tests.factories import CAST, SEEDER, make_lot

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
TIMEOUT_MS = 10_000


@dataclass(frozen=True)
class LiveServer:
    base_url: str
    database: Database
    settings: Settings

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"


def _wait_until_answering(url: str, server: uvicorn.Server, thread: threading.Thread) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if not thread.is_alive():
            raise RuntimeError("uvicorn stopped before it answered")
        if server.started:
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
        time.sleep(0.05)
    raise RuntimeError(f"uvicorn did not answer {url} within 15 s")


@pytest.fixture(scope="module")
def live_server(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """Serves a fresh copy of the seeded database over plain HTTP on a free loopback port."""
    data_dir = tmp_path_factory.mktemp("browser")
    target = data_dir / "cellchain.db"
    with sqlite3.connect(sqlite_template) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    # Plain http on loopback: a Secure cookie would never come back, so turn it off here only.
    settings = _settings(f"sqlite:///{target}", data_dir).model_copy(
        update={"cookie_secure": False})
    database = Database(settings.resolved_database_url)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(settings, database), host="127.0.0.1", port=port,
                            log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    # Handing uvicorn the bound socket leaves no window for another process to take the port.
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                              name="uvicorn-browser-tests", daemon=True)
    thread.start()
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_answering(f"{base_url}/login", server, thread)
        yield LiveServer(base_url, database, settings)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        database.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = shutil.which("chromium")
    if executable is None:
        reason = "Debian chromium is not installed (apt-get install chromium)"
        if os.environ.get("CELLCHAIN_REQUIRE_BROWSER") == "1":
            pytest.fail(f"CELLCHAIN_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, live_server: LiveServer) -> Iterator[Page]:
    context = browser.new_context()
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


def sign_in(page: Page, live_server: LiveServer, username: str,
            password: str | None = None) -> None:
    """Types the credentials into the real login page the way a person does, then Enter."""
    page.goto(live_server.url("/"))
    expect(page).to_have_url(re.compile(r"/login"))
    expect(page.locator("#username")).to_be_focused()
    page.keyboard.type(username)
    page.locator("#password").focus()
    page.keyboard.type(password if password is not None else CAST[username].password)
    page.keyboard.press("Enter")


def test_qa_signs_in_through_the_login_page_and_sees_the_dashboard_and_nav(
    page: Page, live_server: LiveServer
) -> None:
    sign_in(page, live_server, "qa")

    expect(page).to_have_url(live_server.url("/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Quentin Ashby")
    nav = page.get_by_role("navigation")
    expect(nav.get_by_role("link", name="Dashboard")).to_be_visible()
    expect(nav.get_by_role("link", name="Lots")).to_be_visible()
    expect(nav.get_by_role("link", name="Audit trail")).to_be_visible()
    expect(nav.get_by_role("link", name="Users")).to_have_count(0)
    expect(nav.get_by_role("button", name="Sign out")).to_be_visible()


def test_a_wedge_scan_of_a_lot_din_from_the_dashboard_opens_that_lot(
    page: Page, live_server: LiveServer
) -> None:
    din = "A999026000417"
    with live_server.database.session_scope() as session:
        lot_id = make_lot(session, din=din).id
    sign_in(page, live_server, "qa")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Quentin Ashby")

    # A keyboard-wedge scanner types the bar code (DI "=", DIN, flags) into whatever has
    # focus and ends with Enter.
    expect(page.locator("#scan-code")).to_be_focused()
    page.keyboard.type(f"={din}00")
    page.keyboard.press("Enter")

    expect(page).to_have_url(live_server.url(f"/lots/{lot_id}"))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Lot {din}")


def test_a_wedge_scan_of_a_bags_data_matrix_opens_that_bag_and_its_label(
    page: Page, live_server: LiveServer
) -> None:
    with live_server.database.session_scope() as session:
        lot = make_lot(session, din="A999026000555")
        (bag,) = create_bags(session, actor=SEEDER, lot=lot, count=1, pdc="S9999",
                             collection_type="V", expires_at=utcnow() + timedelta(days=1),
                             now=utcnow())
        bag_id = bag.id
        label = label_data_for(session, LabelKind.BAG, bag.id or 0, live_server.settings)
    sign_in(page, live_server, "tech")
    expect(page.locator("#scan-code")).to_be_focused()
    # A 2-D imager sends the whole compound message, then Enter.
    page.keyboard.type(label.label_2d)
    page.keyboard.press("Enter")

    expect(page).to_have_url(live_server.url(f"/bags/{bag_id}"))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Bag {label.din.eye} A0")
    page.get_by_role("button", name="Label").click()
    expect(page.get_by_role("img", name="Preview of the bag label")).to_be_visible()
    expect(page.get_by_role("button", name="Print")).to_be_visible()


def test_a_wedge_scan_matching_nothing_says_no_record_and_keeps_the_scan_box_ready(
    page: Page, live_server: LiveServer
) -> None:
    sign_in(page, live_server, "coord")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Cora Lind")

    expect(page.locator("#scan-code")).to_be_focused()
    page.keyboard.type("A999026999999")
    page.keyboard.press("Enter")

    expect(page).to_have_url(live_server.url("/"))
    expect(page.get_by_role("alert")).to_contain_text(
        "Typed DIN A999026999999 needs its check character")
    expect(page.locator("#scan-code")).to_be_focused()


def test_five_wrong_passwords_lock_the_account_even_against_the_right_password(
    page: Page, live_server: LiveServer
) -> None:
    sign_in(page, live_server, "monitor", "not-my-password")
    alert = page.get_by_role("alert")
    expect(alert).to_have_text("Username or password is incorrect.")
    for _ in range(4):
        # The failed page keeps the user ID and puts the cursor in the password field.
        expect(page.locator("#username")).to_have_value("monitor")
        expect(page.locator("#password")).to_be_focused()
        page.keyboard.type("not-my-password")
        page.keyboard.press("Enter")

    expect(alert).to_contain_text("This account is locked after 5 failed attempts.")
    page.keyboard.type(CAST["monitor"].password)
    page.keyboard.press("Enter")
    expect(alert).to_contain_text("This account is locked")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")


def test_after_signing_out_back_and_reload_do_not_show_the_dashboard(
    page: Page, live_server: LiveServer
) -> None:
    sign_in(page, live_server, "tech")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Tess Tech")

    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/login"))
    expect(page.get_by_role("status")).to_have_text("You have signed out.")

    page.go_back()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")
    expect(page.get_by_text("Welcome, Tess Tech")).to_have_count(0)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")
    expect(page.get_by_text("Welcome, Tess Tech")).to_have_count(0)
