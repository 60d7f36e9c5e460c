"""Lookup cost of the immutable definitions a page or a scan reads: the process definition, the
QC specification, the trial configuration, the bedside settings, the CTCAE terms and the label
settings (issue 13 item 5: "immutable definitions parsed once").

Usage: .venv/bin/python bench/definition_lookup.py [-n 2000] [--rounds 3]
Prints microseconds per lookup (median of the rounds) next to the floor of the same run, a bare
dict lookup. Nothing is asserted (speed is measured here, not in tests).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from cellchain.batch.definitions import current_definition, definition_named
from cellchain.bedside.ctcae import current_vocabulary
from cellchain.bedside.settings import bedside_settings
from cellchain.config import Settings
from cellchain.labels.settings import load_label_settings
from cellchain.qc.specification import current_specification, shipped_specification
from cellchain.trial.configuration import trial_config


def per_call_us(fn: Callable[[], object], n: int, rounds: int) -> float:
    figures = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(n):
            fn()
        figures.append((time.perf_counter() - start) / n * 1e6)
    return statistics.median(figures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    settings = Settings(database_url="sqlite://", secret_key="bench")
    floor: dict[str, int] = {"k": 1}
    lookups: dict[str, Callable[[], object]] = {
        "floor: dict lookup": lambda: floor["k"],
        "process definition (configured)": lambda: current_definition(settings),
        "process definition RAK v1 (older lot)": lambda: definition_named("RAK", "1", settings),
        "QC specification (configured)": lambda: current_specification(settings),
        "QC specification PLACEBO-QC v1": lambda: shipped_specification("PLACEBO-QC", "1"),
        "trial configuration": lambda: trial_config(settings),
        "bedside settings": lambda: bedside_settings(settings),
        "CTCAE vocabulary": lambda: current_vocabulary(settings),
        "label settings": lambda: load_label_settings(settings.label_settings),
    }
    base = per_call_us(lookups["floor: dict lookup"], args.n, args.rounds)
    print(f"{'lookup':40} {'µs/call':>10} {'× floor':>10}")
    for name, fn in lookups.items():
        figure = per_call_us(fn, args.n, args.rounds)
        print(f"{name:40} {figure:10.2f} {figure / base:10.0f}")


if __name__ == "__main__":
    main()
