"""The open-loop generator of bench/http_load.py: its arrival schedule and how it reads an
answer off a keep-alive connection. No timing is asserted (speed is printed by bench/)."""

from __future__ import annotations

import asyncio
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest


def _load() -> ModuleType:
    # bench/ is a directory of scripts, not a package: load the module from its file.
    path = Path(__file__).resolve().parents[2] / "bench" / "openloop.py"
    spec = importlib.util.spec_from_file_location("openloop", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("openloop", module)
    spec.loader.exec_module(module)
    return module


openloop = _load()


def test_poisson_schedule_is_fixed_by_its_seed_and_stays_inside_the_run() -> None:
    times = openloop.poisson_schedule(200, 100, seed=7)
    assert times == openloop.poisson_schedule(200, 100, seed=7)
    assert times != openloop.poisson_schedule(200, 100, seed=8)
    assert times == sorted(times) and 0 < times[0] and times[-1] < 100
    # 20,000 arrivals expected; a Poisson count's standard deviation is its root (~141).
    assert 19_300 < len(times) < 20_700
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    # Exponential gaps: about 1/e of them exceed the mean gap (a fixed rate would give none).
    assert 0.33 < sum(gap > 1 / 200 for gap in gaps) / len(gaps) < 0.40


def test_no_rate_or_no_time_sends_nothing() -> None:
    assert openloop.poisson_schedule(0, 10, seed=1) == []
    assert openloop.poisson_schedule(50, 0, seed=1) == []


@pytest.mark.parametrize(("fraction", "expected"), [(0.5, 50), (0.99, 99), (1.0, 100),
                                                    (0.001, 1)])
def test_percentile_is_nearest_rank(fraction: float, expected: int) -> None:
    assert openloop.percentile(list(range(1, 101)), fraction) == expected


def _read(raw: bytes) -> tuple[int, bytes]:
    """The status read and whatever the reader left: the next answer on the connection."""
    async def run() -> tuple[int, bytes]:
        reader = asyncio.StreamReader()
        reader.feed_data(raw)
        reader.feed_eof()
        return await openloop._read_response(reader), await reader.read()

    return asyncio.run(run())


def test_an_answer_is_read_to_its_last_byte_and_no_further() -> None:
    fixed = b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\nX-A: b\r\n\r\nhello"
    chunked = (b"HTTP/1.1 503 Service Unavailable\r\nTransfer-Encoding: chunked\r\n\r\n"
               b"4\r\nwiki\r\n6;ext=1\r\npedia!\r\n0\r\nTrailer: x\r\n\r\n")
    assert _read(fixed + b"NEXT") == (200, b"NEXT")
    assert _read(chunked + b"NEXT") == (503, b"NEXT")
    with pytest.raises(asyncio.IncompleteReadError):
        _read(fixed[:-1])
