"""Keyset pages for the JSON list endpoints (issue 13).

A list answers at most ``limit`` items (500 unless asked, 1000 at most) in id order, starting
after the id ``after``; when more follow, the response carries an RFC 8288 ``Link`` header
with ``rel="next"`` whose target asks for the next page. The body stays the JSON array DESIGN
§6 describes, so a client that reads one page of a small site sees what it always saw.

Keyset rather than offset paging: each page is one index range however deep it is, and an item
added while a client pages cannot shift later pages or be answered twice. The rows are filtered
(blinding included) in SQL before the limit, and the next page starts after the last *shown*
id, so a page never depends on records the caller may not see.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Query, Request, Response
from sqlalchemy import bindparam

DEFAULT_LIMIT = 500
MAX_LIMIT = 1000
# Ids are SQL INTEGER: PostgreSQL refuses a larger number in the comparison outright.
MAX_ID = 2**31 - 1

Row = TypeVar("Row")
Statement = TypeVar("Statement", bound=Any)


@dataclass(frozen=True)
class Page:
    limit: int
    after: int

    def of(self, query: Statement, id_column: Any) -> Statement:
        """The query narrowed to this page: one row more than the limit, to know if more follow."""
        narrowed: Statement = keyset(query, id_column).params(self.bounds)
        return narrowed

    @property
    def bounds(self) -> dict[str, int]:
        """The parameters of a ``keyset`` statement for this page."""
        return {"page_after": self.after, "page_limit": self.limit + 1}

    def rows(self, rows: Sequence[Row], id_of: Callable[[Row], int], request: Request,
             response: Response) -> Sequence[Row]:
        """The page's rows; sets the ``Link: rel="next"`` header when more follow."""
        if len(rows) <= self.limit:
            return rows
        shown = rows[: self.limit]
        following = request.url.include_query_params(after=id_of(shown[-1]), limit=self.limit)
        # A relative reference (RFC 8288 §3.1): right behind any proxy that forwards the path.
        response.headers["Link"] = f'<{following.path}?{following.query}>; rel="next"'
        return shown


def keyset(query: Statement, id_column: Any) -> Statement:
    """The query narrowed to a page whose bounds are parameters (``Page.bounds``): a statement a
    hot list builds once and runs with every page (building one and its cache key per request
    cost more than running it; issue 13). ``Page.of`` binds one page's bounds into it."""
    narrowed: Statement = (query.where(id_column > bindparam("page_after")).order_by(id_column)
                           .limit(bindparam("page_limit")))
    return narrowed


async def page_of(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=(
        "Items per page; when more follow, the Link header's rel=\"next\" asks for them."))]
    = DEFAULT_LIMIT,
    after: Annotated[int, Query(ge=0, le=MAX_ID,
                                description="Answer only items whose id is above this.")]
    = 0,
) -> Page:
    return Page(limit=limit, after=after)


PageDep = Annotated[Page, Depends(page_of)]
