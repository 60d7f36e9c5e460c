"""The real app served by uvicorn on loopback and driven through Debian chromium with Playwright:
the fixtures every browser test module shares (import them into the module).

One server and one browser serve each module that imports them (module scope); every test gets
its own browser context (its own cookies). Set ``CELLCHAIN_REQUIRE_BROWSER=1`` (CI does) to turn
a missing chromium into a failure. Browsers are never downloaded: Debian's chromium is used.
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
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright

from cellchain.config import Settings
from cellchain.db import Database
from cellchain.main import create_app
from tests.conftest import _settings
from tests.factories import CAST

CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
TIMEOUT_MS = 10_000
# Assertions wait as long as actions do: on a loaded 2-core CI machine a sign-in (a password
# hash, then the home page) has taken longer than Playwright's 5 s assertion default.
expect.set_options(timeout=TIMEOUT_MS)


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


@contextmanager
def serving(settings: Settings) -> Iterator[LiveServer]:
    """Serves the app over plain HTTP on a free loopback port until the block ends."""
    # Plain http on loopback: a Secure cookie would never come back, so turn it off here only.
    settings = settings.model_copy(update={"cookie_secure": False})
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
def live_server(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """Serves a fresh copy of the seeded database over plain HTTP on a free loopback port."""
    data_dir = tmp_path_factory.mktemp("browser")
    target = data_dir / "cellchain.db"
    with sqlite3.connect(sqlite_template) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    with serving(_settings(f"sqlite:///{target}", data_dir)) as server:
        yield server


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
            password: str | None = None, *, succeeds: bool = True) -> None:
    """Types the credentials into the real login page the way a person does, then Enter, and
    (unless the sign-in is meant to fail) waits until the browser has left the login page."""
    page.goto(live_server.url("/"))
    expect(page).to_have_url(re.compile(r"/login"))
    expect(page.locator("#username")).to_be_focused()
    page.keyboard.type(username)
    page.locator("#password").focus()
    page.keyboard.type(password if password is not None else CAST[username].password)
    page.keyboard.press("Enter")
    if succeeds:
        expect(page).not_to_have_url(re.compile(r"/login"))


def shown_din(din: str) -> str:
    """A stored DIN as pages show it: eye-readable with its check character."""
    from cellchain.isbt128.din import parse_din_text

    parsed = parse_din_text(din)
    return f"{parsed.eye_readable} {parsed.check_character}"
