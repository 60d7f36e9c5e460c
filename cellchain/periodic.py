"""A daemon thread that runs one piece of background work every ``interval`` seconds, logs
and survives its failures, and runs it once more when stopped (so nothing noted is left
unwritten at shutdown)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class Periodic:
    def __init__(self, name: str, interval: float, work: Callable[[], object]) -> None:
        self._name = name
        self._interval = interval
        self._work = work
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"cellchain-{name}", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.ident is not None:  # started
            self._thread.join(timeout=10)
        self.run_once()

    def run_once(self) -> None:
        try:
            self._work()
        except Exception:
            log.exception("background work %s failed; will retry", self._name)

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            self.run_once()
