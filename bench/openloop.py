"""Open-loop load: requests leave on a Poisson schedule fixed before the run, and each latency is
measured from the request's *scheduled* send time. A slow answer cannot delay the arrivals
behind it and so hide its own queueing (no coordinated omission): time spent waiting for one of
the bounded pool's keep-alive connections counts, as it would for the next scanner in line.
"""

from __future__ import annotations

import asyncio
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field


def poisson_schedule(rate: float, duration: float, seed: int) -> list[float]:
    """Send times in seconds from the start of a run: exponential gaps of mean 1/rate (Poisson
    arrivals at ``rate`` per second), every one before ``duration``. Pure: a seed gives one
    schedule, so rounds and endpoints can be compared arrival for arrival."""
    if rate <= 0 or duration <= 0:
        return []
    rng = random.Random(seed)
    times: list[float] = []
    at = rng.expovariate(rate)
    while at < duration:
        times.append(at)
        at += rng.expovariate(rate)
    return times


def percentile(sorted_values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile of values sorted ascending (NaN for none)."""
    if not sorted_values:
        return math.nan
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes = b""

    def raw(self, host: str, port: int) -> bytes:
        lines = [f"{self.method} {self.path} HTTP/1.1", f"Host: {host}:{port}"]
        lines += [f"{name}: {value}" for name, value in self.headers.items()]
        if self.body or self.method not in ("GET", "HEAD"):
            lines.append(f"Content-Length: {len(self.body)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + self.body


@dataclass
class OpenLoopResult:
    rate: float
    scheduled: int
    # Seconds from scheduled send to the last byte of the answer; an unanswered request counts
    # the time until the run gave up on it (a lower bound), so it still lifts p99 and max.
    latencies: list[float] = field(default_factory=list)
    failed: int = 0  # answered with a status other than 2xx, or the connection broke
    unanswered: int = 0  # still waiting when the drain time ran out

    def summary(self) -> dict[str, float | int]:
        values = sorted(self.latencies)
        return {"rate": self.rate, "requests": self.scheduled, "failed": self.failed,
                "unanswered": self.unanswered,
                "p50_ms": percentile(values, 0.50) * 1000,
                "p99_ms": percentile(values, 0.99) * 1000,
                "max_ms": (values[-1] if values else math.nan) * 1000}


class _Connection:
    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def open(self) -> None:
        self.close()
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None

    async def exchange(self, raw: bytes) -> int:
        """Sends one request and reads its whole answer; returns the status code. A keep-alive
        connection the server closed while idle is reopened once."""
        for attempt in (1, 2):
            if self.writer is None:
                await self.open()
            assert self.reader is not None and self.writer is not None
            try:
                self.writer.write(raw)
                return await _read_response(self.reader)
            except (ConnectionError, asyncio.IncompleteReadError):
                self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


async def _read_response(reader: asyncio.StreamReader) -> int:
    status_line = await reader.readuntil(b"\r\n")
    status = int(status_line.split(b" ", 2)[1])
    length, chunked = 0, False
    while (line := await reader.readuntil(b"\r\n")) != b"\r\n":
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if not chunked:
        await reader.readexactly(length)
        return status
    while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
        await reader.readexactly(size + 2)
    while await reader.readuntil(b"\r\n") != b"\r\n":  # trailers
        pass
    return status


async def run_open_loop(
    request: Request, *, host: str, port: int, rate: float, duration: float, seed: int,
    connections: int, drain: float,
) -> OpenLoopResult:
    """Sends ``request`` on a Poisson schedule through at most ``connections`` keep-alive
    connections (opened before the clock starts) and waits at most ``drain`` seconds after the
    last scheduled send for the answers still outstanding."""
    schedule = poisson_schedule(rate, duration, seed)
    result = OpenLoopResult(rate=rate, scheduled=len(schedule))
    raw = request.raw(host, port)
    pool: asyncio.Queue[_Connection] = asyncio.Queue()
    opened = [_Connection(host, port) for _ in range(connections)]
    await asyncio.gather(*(connection.open() for connection in opened))
    for connection in opened:
        pool.put_nowait(connection)
    loop = asyncio.get_running_loop()

    async def one(scheduled: float) -> None:
        connection = await pool.get()
        try:
            status = await connection.exchange(raw)
            if not 200 <= status < 300:
                result.failed += 1
        except (OSError, asyncio.IncompleteReadError, ValueError):
            result.failed += 1
            connection.close()
        finally:
            pool.put_nowait(connection)
        result.latencies.append(loop.time() - scheduled)

    tasks: dict[asyncio.Task[None], float] = {}
    start = loop.time() + 0.01
    for offset in schedule:
        delay = start + offset - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks[asyncio.create_task(one(start + offset))] = start + offset
    if tasks:
        _, pending = await asyncio.wait(tasks, timeout=drain)
        gave_up = loop.time()
        for task in pending:
            task.cancel()
            result.unanswered += 1
            result.latencies.append(gave_up - tasks[task])
        await asyncio.gather(*pending, return_exceptions=True)
    for connection in opened:
        connection.close()
    return result
