"""Closed loop with Debian's ``wrk`` (throughput at a fixed number of connections) and the
server's own cost read from /proc: CPU time per request and peak resident memory."""

from __future__ import annotations

import os
import re
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from openloop import Request

LUA = Path(__file__).resolve().parent / "wrk" / "request.lua"
MIXED_LUA = LUA.with_name("mixed.lua")
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class ClosedLoopResult:
    requests: int
    seconds: float
    errors: int  # non-2xx/3xx answers, broken connections and timeouts
    cpu_seconds: float  # server user + system time over the run
    counts: dict[str, int] = field(default_factory=dict)  # everything the script's line held

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


def machine_cpu() -> tuple[int, int]:
    """Busy and total CPU ticks of the whole machine since boot, all CPUs (/proc/stat); the
    difference of two readings says how busy it was in between, other users' work included."""
    ticks = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    idle = ticks[3] + ticks[4]  # idle, iowait
    return sum(ticks) - idle, sum(ticks)


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
    """One request over and over (wrk/request.lua)."""
    env = {"BENCH_METHOD": request.method, "BENCH_BODY": request.body.decode(),
           "BENCH_HEADERS": _headers(request)}
    return start_wrk(LUA, env, url=url, pid=pid, connections=connections, duration=duration,
                     threads=threads).result()


def mixed_env(requests: list[tuple[Request, bool]]) -> dict[str, str]:
    """The environment wrk/mixed.lua reads: requests sent in turn, each marked as a write."""
    env = {"BENCH_COUNT": str(len(requests))}
    for i, (request, writes) in enumerate(requests, 1):
        env |= {f"BENCH_METHOD_{i}": request.method, f"BENCH_PATH_{i}": request.path,
                f"BENCH_BODY_{i}": request.body.decode(), f"BENCH_HEADERS_{i}": _headers(request),
                f"BENCH_WRITES_{i}": "1" if writes else "0"}
    return env


def _headers(request: Request) -> str:
    return "\n".join(f"{k}: {v}" for k, v in request.headers.items())


@dataclass
class RunningWrk:
    """A wrk run under way, so several can load several servers at the same time."""

    process: subprocess.Popen[str]
    pid: int  # the server's
    cpu_before: float

    def result(self) -> ClosedLoopResult:
        output, errors = self.process.communicate()
        spent = cpu_seconds(self.pid) - self.cpu_before
        if self.process.returncode != 0:
            raise RuntimeError(f"wrk failed ({self.process.returncode}):\n{errors}")
        line = re.search(r"^BENCH (.*)$", output, re.MULTILINE)
        if line is None:
            raise RuntimeError(f"wrk printed no summary:\n{output}")
        counts = {k: int(v) for k, v in (pair.split("=") for pair in line.group(1).split())}
        failed = sum(counts[k] for k in ("connect", "read", "write", "status", "timeout"))
        return ClosedLoopResult(counts["requests"], counts["duration_us"] / 1e6, failed, spent,
                                counts)


def start_wrk(script: Path, env: dict[str, str], *, url: str, pid: int, connections: int,
              duration: int, threads: int = 2) -> RunningWrk:
    """Starts wrk with a script and the environment it reads; ``pid`` is the server whose CPU
    time the result charges to the requests."""
    command = ["wrk", f"-t{min(threads, connections)}", f"-c{connections}",
               f"-d{duration}s", "--timeout", "10s", "-s", str(script), url]
    before = cpu_seconds(pid)
    process = subprocess.Popen(command, env=dict(os.environ, **env), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    return RunningWrk(process, pid, before)


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
