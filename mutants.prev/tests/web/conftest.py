"""Browser fixtures (live server, chromium, page) for the browser test modules here."""

from tests.web.browser_support import browser, live_server, page

__all__ = ["browser", "live_server", "page"]
