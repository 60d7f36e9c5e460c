"""What http_load.py prints (Markdown tables a README can paste) and saves (--json)."""

from __future__ import annotations

import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import uvicorn
from http_inputs import Counts

import cellchain


@dataclass
class Figures:
    """One endpoint's measurements, one entry per round."""

    rps: list[float] = field(default_factory=list)
    of_floor: list[float] = field(default_factory=list)
    cpu_ms: list[float] = field(default_factory=list)
    peak_mb: list[float] = field(default_factory=list)
    errors: int = 0
    # Per rate, per round: the open loop's summary, or {"over_capacity": 1} when the closed
    # loop of that round answered fewer requests per second than the rate.
    open: dict[float, list[dict[str, float | int]]] = field(default_factory=dict)


@dataclass
class Run:
    """Everything one run measured, in the order it is printed."""

    args: Any
    database: str
    counts: Counts
    startup: dict[str, float]
    results: dict[str, Figures]
    notes: list[str]


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _ms(value: float) -> str:
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def open_cell(runs: list[dict[str, float | int]]) -> str:
    """p50 / p99 / max in ms (medians of the rounds), or why there are none."""
    measured = [run for run in runs if "p99_ms" in run]
    if len(measured) * 2 <= len(runs):
        return "over capacity" if runs else ""
    cell = " / ".join(_ms(_median([float(run[k]) for run in measured]))
                      for k in ("p50_ms", "p99_ms", "max_ms"))
    for what in ("failed", "unanswered"):
        if lost := sum(int(run[what]) for run in measured):
            cell += f" ({lost} {what})"
    return cell


def _row(name: str, figures: Figures, rates: list[float]) -> str:
    errors = f" ({figures.errors} errors)" if figures.errors else ""
    cells = [name, f"{_median(figures.rps):.0f}{errors}", f"{_median(figures.of_floor):.1%}",
             f"{_median(figures.cpu_ms):.2f}", f"{_median(figures.peak_mb):.0f}"]
    cells += [open_cell(figures.open.get(rate, [])) for rate in rates]
    return "| " + " | ".join(cells) + " |"


def git_commit() -> str:
    root = Path(cellchain.__file__).resolve().parents[1]
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain",
                                "--untracked-files=no"], capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" (uncommitted changes)" if dirty.strip() else "")


def print_report(run: Run) -> None:
    args, counts = run.args, run.counts
    wrk = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout
    print(f"command: {shlex.join(['python', 'bench/http_load.py', *sys.argv[1:]])}")
    print(f"database: {run.database}: {counts.lots} lots, {counts.bags} bags, "
          f"{counts.subjects} subjects, {counts.audit_events} audit events")
    print(f"commit: {git_commit()}; Python {platform.python_version()}, uvicorn "
          f"{uvicorn.__version__} (uvloop, httptools), {wrk.split(' [')[0].strip()}, "
          f"{os.cpu_count()} CPUs")
    print(f"closed loop: wrk, {args.connections} connections, {args.duration} s; open loop: "
          f"Poisson arrivals for {args.open_duration:g} s through at most {args.connections} "
          f"connections, latency from the scheduled send; medians of {args.rounds} rounds")
    print()
    heads = ["endpoint", "req/s", "of floor", "CPU ms/req", "peak RSS MB",
             *(f"{rate:g}/s p50 / p99 / max ms" for rate in args.rates)]
    print("| " + " | ".join(heads) + " |")
    print("|" + "|".join(["---"] + ["--:"] * (len(heads) - 1)) + "|")
    for name, figures in run.results.items():
        print(_row(name, figures, args.rates))
    print()
    print("| start-up | seconds | target |")
    print("|---|--:|--:|")
    print(f"| `cellchain --help` | {run.startup['help']:.2f} | ≤ 1 |")
    print(f"| cellchain start to first response | {run.startup['cellchain']:.2f} | ≤ 3 |")
    print(f"| floor app start to first response | {run.startup['floor']:.2f} | |")
    for line in run.notes:
        print(f"\nnote: {line}")


def save(path: str, run: Run) -> None:
    def summary(figures: Figures) -> dict[str, Any]:
        return {"rps": _median(figures.rps), "of_floor": _median(figures.of_floor),
                "cpu_ms_per_request": _median(figures.cpu_ms),
                "peak_rss_mb": _median(figures.peak_mb), "errors": figures.errors,
                "open_loop_p50_p99_max_ms": {f"{rate:g}": open_cell(figures.open.get(rate, []))
                                             for rate in run.args.rates},
                "rounds": asdict(figures)}

    document = {
        "command": sys.argv, "database": run.database, "counts": asdict(run.counts),
        "commit": git_commit(), "settings": vars(run.args), "startup_seconds": run.startup,
        "notes": run.notes, "endpoints": {name: summary(f) for name, f in run.results.items()},
    }
    Path(path).write_text(json.dumps(document, indent=2, default=str))
