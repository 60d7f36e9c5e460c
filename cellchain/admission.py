"""Admission control: at most ``REQUESTS_AT_ONCE`` requests are worked on at a time; the rest
wait their turn on the event loop before they touch a thread or a database connection.

Why (found by the issue 13 bench): a request's session holds a pooled connection from its
first query until its transaction ends, and between the access check, the route and the
commit it waits for a worker thread each time. With more requests in flight than pooled
connections, the threads that are waiting for a connection can hold every worker thread while
the requests holding the connections wait for a thread to finish: the server stops answering.
Admitting no more requests than there are connections and threads rules that out.
"""

from __future__ import annotations

import asyncio

from anyio import to_thread
from starlette.datastructures import State
from starlette.types import ASGIApp, Receive, Scope, Send

from cellchain.db import REQUESTS_AT_ONCE


def open_admission(state: State) -> None:
    """Called from the app's lifespan, on the event loop that will serve the requests."""
    # An asyncio semaphore, not anyio's CapacityLimiter: the limiter looks up the current task
    # and event loop library on every request, 5 % of a scan (issue 13); the app is served on
    # asyncio only (uvloop is an asyncio loop).
    state.admission = asyncio.Semaphore(REQUESTS_AT_ONCE)
    # A worker thread for every admitted request: no admitted request waits for a thread.
    to_thread.current_default_thread_limiter().total_tokens = REQUESTS_AT_ONCE


class Admission:
    """The middleware: admits a request when the lifespan's limiter has room."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        limiter = getattr(scope["app"].state, "admission", None) if "app" in scope else None
        if scope["type"] != "http" or limiter is None:
            await self.app(scope, receive, send)
            return
        async with limiter:
            await self.app(scope, receive, send)
