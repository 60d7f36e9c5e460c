"""Closed loop with Debian's ``wrk`` (throughput at a fixed number of connections) and the
server's own cost read from /proc: CPU time per request and peak resident memory."""

from __future__ import annotations

import os
import re
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from openloop import Request

LUA = Path(__file__).resolve().parent / "wrk" / "request.lua"
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class ClosedLoopResult:
    requests: int
    seconds: float
    errors: int  # non-2xx/3xx answers, broken connections and timeouts
    cpu_seconds: float  # server user + system time over the run

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms_per_request(self) -> float:
        return self.cpu_seconds * 1000 / self.requests if self.requests else float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process, all its threads included (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime (fields 14, 15)


def memory_mb(pid: int) -> dict[str, float]:
    """Peak (VmHWM) and current (VmRSS) resident memory of a process in MB."""
    found = dict(re.findall(r"^(VmHWM|VmRSS):\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text(),
                            re.MULTILINE))
    return {"peak": int(found["VmHWM"]) / 1024, "current": int(found["VmRSS"]) / 1024}


def reset_peak_memory(pid: int) -> None:
    """Sets the process's VmHWM back to its current RSS (Linux clear_refs "5"), so the next
    reading is the peak of what ran in between."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")


def run_wrk(request: Request, *, url: str, pid: int, connections: int, duration: int,
            threads: int = 2) -> ClosedLoopResult:
    env = dict(os.environ, BENCH_METHOD=request.method, BENCH_BODY=request.body.decode(),
               BENCH_HEADERS="\n".join(f"{k}: {v}" for k, v in request.headers.items()))
    command = ["wrk", f"-t{min(threads, connections)}", f"-c{connections}",
               f"-d{duration}s", "--timeout", "10s", "-s", str(LUA), url]
    before = cpu_seconds(pid)
    output = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout
    spent = cpu_seconds(pid) - before
    line = re.search(r"^BENCH (.*)$", output, re.MULTILINE)
    if line is None:
        raise RuntimeError(f"wrk printed no summary:\n{output}")
    counts = {k: int(v) for k, v in (pair.split("=") for pair in line.group(1).split())}
    errors = sum(counts[k] for k in ("connect", "read", "write", "status", "timeout"))
    return ClosedLoopResult(counts["requests"], counts["duration_us"] / 1e6, errors, spent)


def wait_idle(pid: int, *, quiet: float = 0.01, interval: float = 0.1, limit: float = 30) -> None:
    """Waits until the server spends at most ``quiet`` CPU seconds per ``interval``: requests a
    load generator abandoned (wrk at the end of its run, an open loop past its drain time) are
    still being served and would otherwise slow the next measurement down."""
    deadline = time.monotonic() + limit
    before = cpu_seconds(pid)
    while time.monotonic() < deadline:
        time.sleep(interval)
        now = cpu_seconds(pid)
        if now - before <= quiet:
            return
        before = now
