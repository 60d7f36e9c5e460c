"""No route dependency is a plain ``def``: FastAPI runs each one in a worker thread, and on a
scan or list the hop to that thread and back cost more than the database work (issue 13). A
dependency that must block belongs inside the route's own database work instead."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts


def _runs_on_the_loop(call: Callable[..., Any]) -> bool:
    # An instance (an Access rule) is called through its class's __call__.
    target = call if inspect.isroutine(call) else type(call).__call__
    return inspect.iscoroutinefunction(target) or inspect.isasyncgenfunction(target)


def _sync_dependencies(dependant: Dependant) -> Iterator[str]:
    for sub in dependant.dependencies:
        if sub.call is not None and not _runs_on_the_loop(sub.call):
            yield getattr(sub.call, "__qualname__", repr(sub.call))
        yield from _sync_dependencies(sub)


def sync_dependencies_by_route(app: FastAPI) -> dict[str, list[str]]:
    found = {}
    for context in iter_route_contexts(app.routes):
        if isinstance(context.original_route, APIRoute):
            if names := list(_sync_dependencies(context.dependant)):
                found[str(context.path)] = names
    return found


def test_a_plain_def_dependency_is_reported(app: FastAPI) -> None:
    def blocking_dependency() -> int:
        return 1

    @app.get("/with-a-sync-dependency")
    async def route(value: int = Depends(blocking_dependency)) -> int:
        return value

    assert sync_dependencies_by_route(app)["/with-a-sync-dependency"] == [
        blocking_dependency.__qualname__]


def test_every_route_dependency_runs_on_the_event_loop(app: FastAPI) -> None:
    assert sync_dependencies_by_route(app) == {}
