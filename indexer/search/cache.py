"""What the service remembers between requests: scored hits, groups and facets of recent searches."""
from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Found:
    """One matching report: its document number in the generation, and its relevance score."""

    docnum: int
    score: float | None
    tier: int = 0  # the first of its query's tiers it matches (search/fallback.py); 0: the best

    def in_tier(self, tier: int) -> "Found":
        return self if tier == self.tier else Found(self.docnum, self.score, tier)


# what one Found holds: the object, its score (a float of its own) and its docnum (an int past the small ones)
FOUND_BYTES = sys.getsizeof(Found(100_000, 0.5)) + sys.getsizeof(0.5) + sys.getsizeof(100_000)


def approximate_bytes(value) -> int:
    """What a cached value holds in memory, roughly: a list of ``Found`` (scored hits), a list
    of lists of them (groups of near-duplicates), or a small structure (facet counts).
    Counted from lengths, never by walking every hit in Python."""
    if isinstance(value, list):
        if not value:
            return sys.getsizeof(value)
        first = value[0]
        if isinstance(first, Found):
            return sys.getsizeof(value) + len(value) * FOUND_BYTES
        if isinstance(first, list):  # groups: a list each
            return (sys.getsizeof(value) + sum(map(sys.getsizeof, value))
                    + sum(map(len, value)) * FOUND_BYTES)
        return sys.getsizeof(value) + sum(approximate_bytes(v) for v in value)
    if isinstance(value, dict):
        return sys.getsizeof(value) + sum(approximate_bytes(k) + approximate_bytes(v) for k, v in value.items())
    if isinstance(value, tuple):
        return sys.getsizeof(value) + sum(approximate_bytes(v) for v in value)
    return sys.getsizeof(value)


class ResultCache:
    """A thread-safe LRU of computed results within ``max_bytes`` (``approximate_bytes``),
    cleared when the generation changes. A result bigger than the whole budget is
    answered and not kept.

    Keys carry the generation's name, so an entry can never answer for another index.
    ``size_of`` measures an entry in the unit of ``max_bytes`` (default: ``approximate_bytes``).
    """

    def __init__(self, max_bytes: int, size_of=None):
        self.max_bytes = max_bytes
        self._size_of = size_of or approximate_bytes
        self.bytes = 0
        self._entries: OrderedDict = OrderedDict()  # key -> (value, bytes)
        self._lock = threading.Lock()

    def get(self, key, compute):
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
                return entry[0]
        value = compute()  # outside the lock: two requests may compute the same thing once each
        size = self._size_of(value)
        with self._lock:
            if size <= self.max_bytes and key not in self._entries:
                self._entries[key] = (value, size)
                self.bytes += size
                while self.bytes > self.max_bytes:
                    _, (_, dropped) = self._entries.popitem(last=False)
                    self.bytes -= dropped
        return value

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key) -> bool:
        return key in self._entries

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self.bytes = 0
