"""A thread-safe least-recently-used memory whose entries' total size stays within a budget.

Every cache of the product is one: the search service's results (search/cache.py), and
what was read of each index segment (whoosh_ext/remember.py). Each measures its entries
in its own unit (bytes, reports and positions) through ``size_of``.
"""
from __future__ import annotations

import threading
import weakref
from collections import OrderedDict

_every: "weakref.WeakSet[BoundedLRU]" = weakref.WeakSet()  # every memory of the process, for memories()


class BoundedLRU:
    """Values by key, their total ``size_of`` kept under ``budget``, least recently used
    dropped first. A value bigger than ``largest`` (a share of the budget) is answered and
    not kept: one huge answer never empties the memory for nothing."""

    def __init__(self, budget: int, size_of, largest: float = 1.0, name: str = ""):
        self.name = name or type(self).__name__
        self.budget = budget
        self.size_of = size_of
        self.largest = largest
        self.used = 0
        self._entries: OrderedDict = OrderedDict()  # key -> (value, size)
        self._lock = threading.Lock()
        _every.add(self)

    def get(self, key, compute):
        """The value remembered for ``key``, else ``compute()`` (remembered if it fits).
        Computed outside the lock: two threads may compute the same value once each."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
                return entry[0]
        value = compute()
        self.put(key, value, self.size_of(value))
        return value

    def find(self, key):
        """The value remembered for ``key``, or None."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            self._entries.move_to_end(key)
            return entry[0]

    def put(self, key, value, size: int) -> None:
        """Remember ``value`` (of ``size``) for ``key``, unless it is too big to keep."""
        if size > self.budget * self.largest:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.used -= old[1]
            self._entries[key] = (value, size)
            self.used += size
            while self.used > self.budget and len(self._entries) > 1:
                _, (_, dropped) = self._entries.popitem(last=False)
                self.used -= dropped

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self.used = 0

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key) -> bool:
        return key in self._entries


def memories() -> list[dict]:
    """Every bounded memory of the process now: its name, entries, use and budget (in its own unit)."""
    return sorted(({"name": m.name, "entries": len(m), "used": m.used, "budget": m.budget} for m in list(_every)),
                  key=lambda row: row["name"])
