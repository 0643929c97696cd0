"""Thread-safe least-recently-used memories whose entries' total size stays within a budget,
and one budget in bytes that every memory of a process shares.

Every cache of the product is a ``BoundedLRU``: the search service's results and normalised
texts (search/cache.py), the web app's finished answers (webui/guard.py), and what was read
of each index segment (whoosh_ext/remember.py: term infos, phrases, lone characters, section
kinds, scores). Each keeps its entries under a budget of its own, in bytes.

Each budget alone let the process grow by their sum (~180 MB when every one is full): a
server warmed by ordinary requests still grew +40–54 MB across issue 17's attack table, the
caches the table filled (term infos and lone characters for rows of common characters, results
and section kinds for heavy bursts) taking room the ordinary requests had left unused
(docs/benchmarks.md, Session 16, serve). So the memories of a process also share one
``MemoryBudget`` (``SHARED``, ``MEMORY_BYTES``): past it, the least recently used entry of
any of them goes first, so what the memories hold together, whatever is asked, stays under
one number a user can read (``/status``) and set (``serve --memory-mb``).
"""
from __future__ import annotations

import itertools
import threading
import weakref
from collections import OrderedDict

MEMORY_BYTES = 64 * 2**20  # what a process's memories may hold together (serve --memory-mb)

_every: "weakref.WeakSet[BoundedLRU]" = weakref.WeakSet()  # every memory of the process, for memories()


class MemoryBudget:
    """One budget in bytes over several memories (``BoundedLRU`` with ``shared=`` this): their
    entries' sizes summed stay under ``budget``; past it, the least recently used entry of any
    of them is dropped first (each entry carries the tick of its last use; each memory's own
    order is by use, so the oldest of all is the oldest head among them). One lock for all."""

    def __init__(self, budget: int):
        self.budget = budget
        self.used = 0
        # reentrant: a memory collected (``__del__``) while this thread holds it gives its share back
        self.lock = threading.RLock()
        self._members: "weakref.WeakSet[BoundedLRU]" = weakref.WeakSet()
        self._ticks = itertools.count()

    def tick(self) -> int:
        return next(self._ticks)

    def join(self, memory: "BoundedLRU") -> None:
        with self.lock:
            self._members.add(memory)

    def settle(self, keep=None) -> None:
        """Drop the least recently used entries of the members until ``used`` is within the
        budget, never the entry ``keep`` (``(memory, key)``, the one just put). The caller holds ``lock``."""
        while self.used > self.budget:
            oldest, oldest_tick = None, None
            for member in list(self._members):
                head = member.least_recent()
                if head is not None and (oldest_tick is None or head[1] < oldest_tick):
                    oldest, oldest_tick = (member, head[0]), head[1]
            if oldest is None or oldest == keep:
                return
            oldest[0].drop(oldest[1])

    def set_budget(self, budget: int) -> None:
        """A new budget (``serve --memory-mb``), entries dropped at once if it is smaller."""
        with self.lock:
            self.budget = budget
            self.settle()


SHARED = MemoryBudget(MEMORY_BYTES)  # the process's: every memory of the search side and the web app


class BoundedLRU:
    """Values by key, their total ``size_of`` kept under ``budget``, least recently used
    dropped first. A value bigger than ``largest`` (a share of the budget) is answered and
    not kept: one huge answer never empties the memory for nothing. With ``shared`` (a
    ``MemoryBudget``), the memory also keeps within that budget with the others sharing it."""

    def __init__(self, budget: int, size_of, largest: float = 1.0, name: str = "",
                 shared: MemoryBudget | None = None):
        self.name = name or type(self).__name__
        self.budget = budget
        self.size_of = size_of
        self.largest = largest
        self.used = 0
        self.shared = shared if shared is not None else MemoryBudget(budget)
        self._entries: OrderedDict = OrderedDict()  # key -> (value, size, tick of its last use)
        self._lock = self.shared.lock
        self.shared.join(self)
        _every.add(self)

    def get(self, key, compute):
        """The value remembered for ``key``, else ``compute()`` (remembered if it fits).
        Computed outside the lock: two threads may compute the same value once each."""
        found = self.find(key)
        if found is not None:
            return found
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
            self._entries[key] = (entry[0], entry[1], self.shared.tick())
            return entry[0]

    def put(self, key, value, size: int) -> None:
        """Remember ``value`` (of ``size``) for ``key``, unless it is too big to keep."""
        if size > self.budget * self.largest:
            return
        with self._lock:
            if key in self._entries:
                self.drop(key)
            self._entries[key] = (value, size, self.shared.tick())
            self.used += size
            self.shared.used += size
            while self.used > self.budget and len(self._entries) > 1:
                self.drop(next(iter(self._entries)))
            self.shared.settle(keep=(self, key))

    def least_recent(self):
        """``(key, tick of its last use)`` of the entry used least recently, or None; the caller holds the lock."""
        for key, entry in self._entries.items():
            return key, entry[2]
        return None

    def drop(self, key) -> None:
        """Forget ``key``; the caller holds the lock."""
        size = self._entries.pop(key)[1]
        self.used -= size
        self.shared.used -= size

    def _dropped(self, entries) -> None:
        """Count out entries taken from ``_entries`` by another hand (``remember.forget_keys``)."""
        size = sum(entry[1] for entry in entries)
        self.used -= size
        self.shared.used -= size

    def clear(self) -> None:
        with self._lock:
            self.shared.used -= self.used
            self._entries.clear()
            self.used = 0

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key) -> bool:
        return key in self._entries

    def __del__(self):
        # a memory that goes (a service closed, a test's) gives its share of the budget back
        try:
            with self._lock:
                self.shared.used -= self.used
                self.used = 0
        except Exception:  # noqa: BLE001 - at the interpreter's exit
            pass


def memories() -> list[dict]:
    """Every bounded memory of the process now: its name, entries, bytes used and its own budget,
    and whether it shares the process's budget (``SHARED``)."""
    return sorted(({"name": m.name, "entries": len(m), "used": m.used, "budget": m.budget,
                    "shared": m.shared is SHARED} for m in list(_every)), key=lambda row: row["name"])


def shared_memory() -> dict:
    """What the process's memories hold together against their one budget, in bytes, and each
    kind's part (``parts``: name and bytes, the largest first; memories of one name summed)."""
    parts: dict = {}
    for m in list(_every):
        if m.shared is SHARED:
            parts[m.name] = parts.get(m.name, 0) + m.used
    return {"used": SHARED.used, "budget": SHARED.budget,
            "parts": sorted(parts.items(), key=lambda part: (-part[1], part[0]))}
