"""A bounded, thread-safe LRU of rendered labels, keyed by everything a render depends on.

A label is an immutable value (``cellchain.labels.data``) laid out by a versioned template, so
the same key always renders the same bytes: a reprint, a preview or a page that shows a label
again costs a dictionary lookup instead of bar codes, a template and cairo (a PNG at 300 dpi is
about 60 ms). Only the rendering is cached; print control logs and audits every print before
or after asking for the bytes (``cellchain.labels.service``), whatever this cache holds.

Bounded by the total size of the rendered bytes, plus a fixed allowance per entry for its key,
so a run of different labels evicts the least recently used ones instead of growing.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

Rendered = TypeVar("Rendered", bytes, str)

# What one entry's key and bookkeeping hold besides the rendered bytes: the label value (a few
# hundred characters of text), the template hash and the dictionary slot.
ENTRY_OVERHEAD = 2048


class RenderCache:
    def __init__(self, max_bytes: int) -> None:
        if max_bytes < 0:
            raise ValueError("a cache size cannot be negative")
        self.max_bytes = max_bytes
        self._entries: OrderedDict[Hashable, bytes | str] = OrderedDict()
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
                return found  # type: ignore[return-value]  # the key fixes the type
            self.misses += 1
        value = render()
        self._put(key, value)
        return value

    def _put(self, key: Hashable, value: bytes | str) -> None:
        size = _size(value)
        if size > self.max_bytes:
            return  # larger than the whole cache: rendered each time, never evicts the rest
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= _size(old)
            self._entries[key] = value
            self._bytes += size
            while self._bytes > self.max_bytes:
                _, evicted = self._entries.popitem(last=False)
                self._bytes -= _size(evicted)

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0


def _size(value: bytes | str) -> int:
    # A str of label SVG is ASCII-heavy: one byte a character in CPython's compact form.
    return len(value) + ENTRY_OVERHEAD
