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


class ResultCache:
    """A small thread-safe LRU of computed results, cleared when the generation changes.

    Keys carry the generation's name, so an entry can never answer for another index.
    """

    def __init__(self, size: int):
        self.size = size
        self._entries: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, compute):
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        value = compute()  # outside the lock: two requests may compute the same thing once each
        with self._lock:
            self._entries[key] = value
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
