"""HTML to PDF never reaches the network: a document loads the app's own static files and data
URIs, and every other address (another host, a file path, a way out of the static folder) is
refused before anything is opened."""

from __future__ import annotations

import io
import socket
from typing import Any

import pytest
from pypdf import PdfReader

from cellchain.documents.pdf import APP_ORIGIN, AppFilesOnly, RefusedFetch, html_to_pdf

PIXEL = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
         "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:9/static/css/record.css",
    "https://example.org/static/css/record.css",
    f"{APP_ORIGIN}/lots/1/record.pdf",
    f"{APP_ORIGIN}/static/../config.py",
    f"{APP_ORIGIN}/static/%2e%2e/config.py",
    f"{APP_ORIGIN}/static/css/no-such.css",
    "file:///etc/passwd",
])
def test_the_fetcher_refuses_everything_but_the_apps_static_files(url: str) -> None:
    with pytest.raises((RefusedFetch, ValueError)):
        AppFilesOnly(APP_ORIGIN).fetch(url)


def test_the_fetcher_serves_static_files_and_data_uris() -> None:
    fetcher = AppFilesOnly(APP_ORIGIN)
    css = fetcher.fetch(f"{APP_ORIGIN}/static/css/record.css")
    assert css.content_type == "text/css" and b"@page" in css.read()
    assert fetcher.fetch(PIXEL).read().startswith(b"\x89PNG")


def test_a_document_pointing_elsewhere_still_renders_without_opening_a_socket(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    attempts: list[object] = []

    def no_network(_: socket.socket, address: object, *args: Any) -> None:
        # WeasyPrint turns a failed fetch into a warning, so the attempt is recorded instead.
        attempts.append(address)
        raise OSError("no network while printing")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    html = ('<link rel="stylesheet" href="http://127.0.0.1:9/x.css">'
            '<link rel="stylesheet" href="/static/css/record.css">'
            f'<img src="https://example.org/x.png" alt="remote"><img src="{PIXEL}" alt="pixel">'
            '<p class="running-head"><span class="running-lot">Header text</span></p>'
            '<p>Body text</p>')
    pdf = html_to_pdf(html)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    # The app's stylesheet was applied: its paged-media header carries the running head.
    assert "Body text" in text and "Header text" in text and "Page 1 of 1" in text
    assert attempts == []
