"""What was read of a segment, remembered within a size budget, least recently used out first.

A segment's files never change once written (deletions are applied when a matcher is
made), so an answer computed from one segment (where a phrase occurs, which reports hold
a character, in which kinds of section a word is found) is right for every reader of that
segment, in any thread, until the segment is no longer served. Each kind of answer has
its own ``SegmentMemory`` with its own measure of size; keys start with
``(folder, segment id, ...)`` (``phrase.segment_key``).
"""
from __future__ import annotations

import os
import threading

from ..lru import BoundedLRU, MemoryBudget


class SegmentMemory(BoundedLRU):
    """Answers by segment key, their total ``size_of`` kept under ``budget``; one answer
    never takes more than a quarter of it (a very common word would empty the memory for
    nothing: it is computed again when asked again). The module-level memories share the
    process's budget too (``shared=lru.SHARED``)."""

    def __init__(self, budget: int, size_of, name: str = "", shared: MemoryBudget | None = None):
        super().__init__(budget, size_of, largest=0.25, name=name, shared=shared)

    def get(self, key, compute):
        """``BoundedLRU.get``; a key None (a segment outside any folder) is computed, never kept."""
        return compute() if key is None else super().get(key, compute)

    def forget(self, folder, moved_to=None, keep=frozenset()) -> None:
        """Forget the answers read from one index folder (a generation no longer served),
        but those of the segments in ``keep`` (ids), shared with the generation in
        ``moved_to`` (hard links: the same files), which are kept under that folder."""
        with self._lock:
            self._dropped(forget_keys(self._entries, folder, moved_to, keep))


def forget_keys(entries: dict, folder, moved_to=None, keep=frozenset()) -> list:
    """Take the keys of one index folder out of ``entries`` (keyed ``(folder, segment id, ...)``),
    moving those of the segments in ``keep`` under ``moved_to`` unless already there; the values
    dropped, not moved. The caller holds the lock of ``entries``."""
    folder = os.path.abspath(folder)
    moved_to = os.path.abspath(moved_to) if moved_to is not None else None
    dropped = []
    for key in [k for k in entries if k[0] == folder]:
        value = entries.pop(key)
        moved = (moved_to, *key[1:])
        if moved_to is not None and key[1] in keep and moved not in entries:
            entries[moved] = value
        else:
            dropped.append(value)
    return dropped


class SegmentStore:
    """Whole answers by segment key, unbounded (a segment's spans column, a small field's
    terms: what every search of the segment needs), kept until its folder is forgotten."""

    def __init__(self):
        self._lock = threading.Lock()
        self._entries: dict = {}

    def __iter__(self):
        return iter(list(self._entries))

    def get(self, key, compute):
        """The answer kept for ``key``, else ``compute()`` kept (a key None is never kept)."""
        if key is None:
            return compute()
        with self._lock:
            found = self._entries.get(key)
        if found is None:
            found = compute()
            with self._lock:
                self._entries.setdefault(key, found)
        return found

    def forget(self, folder, moved_to=None, keep=frozenset()) -> None:
        """As ``SegmentMemory.forget``."""
        with self._lock:
            forget_keys(self._entries, folder, moved_to, keep)
