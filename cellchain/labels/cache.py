"""A bounded, thread-safe LRU of rendered labels, keyed by everything a render depends on.

A label is an immutable value (``cellchain.labels.data``) laid out by a versioned template, so
the same key always renders the same bytes: a reprint, a preview or a page that shows a label
again costs a dictionary lookup instead of bar codes, a template and cairo (a PNG at 300 dpi is
about 60 ms). Only the rendering is cached; print control logs and audits every print before
or after asking for the bytes (``cellchain.labels.service``), whatever this cache holds.

Bounded by the total size of the rendered bytes and of the keys (a key holds the label's text,
which can be long), so a run of different labels evicts the least recently used ones instead
of growing.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

Rendered = TypeVar("Rendered", bytes, str)

# What one entry costs besides the rendered bytes and its key's text: the objects holding
# them and the dictionary slot.
ENTRY_OVERHEAD = 1024


class RenderCache:
    def __init__(self, max_bytes: int) -> None:
        if max_bytes < 0:
            raise ValueError("a cache size cannot be negative")
        self.max_bytes = max_bytes
        self._entries: OrderedDict[Hashable, tuple[bytes | str, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get_or_render(self, key: Hashable, render: Callable[[], Rendered]) -> Rendered:
        """The cached render for ``key``, or ``render()``'s result, kept for next time. Two
        threads missing the same key both render (same bytes): nothing is locked while a
        label renders."""
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                self.hits += 1
                return found[0]  # type: ignore[return-value]  # the key fixes the type
            self.misses += 1
        value = render()
        self._put(key, value)
        return value

    def _put(self, key: Hashable, value: bytes | str) -> None:
        # Measured once, on a miss (microseconds beside a render): repr holds every field.
        size = len(value) + len(repr(key)) + ENTRY_OVERHEAD
        if size > self.max_bytes:
            return  # larger than the whole cache: rendered each time, never evicts the rest
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old[1]
            self._entries[key] = (value, size)
            self._bytes += size
            while self._bytes > self.max_bytes:
                _, (_, evicted) = self._entries.popitem(last=False)
                self._bytes -= evicted

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0
