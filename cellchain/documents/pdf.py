"""HTML to PDF for every printed document (batch record, later the certificate of analysis):
the page's own HTML and print stylesheet laid out by WeasyPrint with CSS paged media, so a
page and its PDF come from one template and never disagree.

Rendering never reaches the network: the fetcher serves the app's own static files and data
URIs and refuses every other address, so stored text (escaped anyway) or a template mistake
cannot make the server fetch a URL while printing."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from cellchain.inputs.rules import display_safe
from cellchain.paths import STATIC_DIR

# The origin a document's rooted links ("/static/...") resolve against; it is never contacted.
APP_ORIGIN = "https://cellchain.invalid"


class RefusedFetch(ValueError):
    """A document asked for something other than the app's own static files or a data URI."""


class AppFilesOnly(URLFetcher):  # type: ignore[misc]
    """Serves ``{origin}/static/...`` from the package's static folder and ``data:`` URIs."""

    def __init__(self, origin: str, static_dir: Path = STATIC_DIR) -> None:
        super().__init__(allowed_protocols=("data", "http", "https"), allow_redirects=False)
        self._origin = origin.rstrip("/")
        self._static = static_dir.resolve()

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        if url.startswith("data:"):
            return super().fetch(url, headers)
        return URLFetcherResponse(url, self.static_file(url).read_bytes(),
                                  {"Content-Type": self._type(url)})

    def static_file(self, url: str) -> Path:
        """Returns the static file an app URL names, refusing anything else."""
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != self._origin \
                or not parts.path.startswith("/static/"):
            raise RefusedFetch(f"documents load only the app's own files, not {url}")
        path = (self._static / unquote(parts.path.removeprefix("/static/"))).resolve()
        if not path.is_relative_to(self._static) or not path.is_file():
            raise RefusedFetch(f"no static file {parts.path}")
        return path

    @staticmethod
    def _type(url: str) -> str:
        guessed, _ = mimetypes.guess_type(urlsplit(url).path)
        return guessed or "application/octet-stream"


def html_to_pdf(html: str, base_url: str = APP_ORIGIN) -> bytes:
    """Lays out an HTML document (print media) as PDF bytes.

    Characters that PDF text cannot carry (stored before the input policy) become U+FFFD
    first, so old records always print."""
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(base_url))
    document = HTML(string=display_safe(html), base_url=base_url,
                    url_fetcher=AppFilesOnly(origin), media_type="print")
    pdf: bytes = document.write_pdf()
    return pdf
