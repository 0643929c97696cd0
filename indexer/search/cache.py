"""What the service remembers between requests: scored hits, groups and facets of recent searches."""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass


@dataclass(frozen=True)
class Found:
    """One matching report: its document number in the generation, and its relevance score."""

    docnum: int
    score: float | None
    tier: int = 0  # the first of its query's tiers it matches (search/fallback.py); 0: the best

    def in_tier(self, tier: int) -> "Found":
        return self if tier == self.tier else Found(self.docnum, self.score, tier)


class ResultCache:
    """A small thread-safe LRU of computed results, cleared when the generation changes.

    Keys carry the generation's name, so an entry can never answer for another index.
    ``size`` bounds the number of entries, or with ``size_of`` the sum of their sizes.
    """

    def __init__(self, size: int, size_of=None):
        self.size = size
        self._size_of = size_of or (lambda value: 1)
        self._used = 0
        self._entries: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, compute):
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        value = compute()  # outside the lock: two requests may compute the same thing once each
        with self._lock:
            if key not in self._entries:
                self._entries[key] = value
                self._used += self._size_of(value)
                while self._used > self.size and len(self._entries) > 1:
                    self._used -= self._size_of(self._entries.popitem(last=False)[1])
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._used = 0
