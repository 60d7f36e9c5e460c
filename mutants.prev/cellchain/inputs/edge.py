"""The input policy applied to every request before any route or service sees it.

One app-wide dependency (``cellchain.main``) checks every path parameter, query parameter,
form field and JSON string: control characters and NUL are refused with the field named
(PostgreSQL cannot store NUL; XML, PDF and label printers cannot carry control characters),
except the separators of scanner input; path ids beyond what a database id can be are
refused as such, instead of failing in the database.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from fastapi import Request

from cellchain.errors import BadInput
from cellchain.inputs.rules import id_problem, text_problem

# Fields that carry what a scanner read (ISO/IEC 15434 envelopes keep their GS/RS/EOT).
SCANNER_FIELDS = frozenset({
    "code", "scan", "din_scan", "product_code_scan", "abo_rh_scan", "material", "materials",
    "equipment", "labels", "wristband", "bag",
})


def _strings(value: Any, name: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield name, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(str(key), f"{name}.{key}" if name else str(key))
            yield from _strings(item, f"{name}.{key}" if name else str(key))
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, name)


async def _submitted(request: Request) -> list[tuple[str, str]]:
    fields: list[tuple[str, str]] = [(k, str(v)) for k, v in request.path_params.items()]
    fields += list(request.query_params.multi_items())
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return fields
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        fields += [(k, v) for k, v in form.multi_items() if isinstance(v, str)]
    elif content_type.startswith("application/json"):
        try:
            fields += list(_strings(json.loads(await request.body()), ""))
        except (ValueError, UnicodeDecodeError):
            pass  # not JSON: the route's own validation answers with a 422 naming it
    return fields


def _check(name: str, value: str) -> None:
    base = name.split(".")[-1]
    problem = text_problem(value, scanner=base in SCANNER_FIELDS)
    if problem:
        raise BadInput(f"{name or 'the request'} {problem}", field=name or None)


async def check_inputs(request: Request) -> None:
    """Refuses a request whose input breaks the policy; returns nothing otherwise."""
    for name, value in request.path_params.items():
        problem = id_problem(str(value))
        if problem:
            raise BadInput(f"{name} {problem}", field=name)
    for name, value in await _submitted(request):
        _check(name, value)
