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

from ..lru import BoundedLRU


class SegmentMemory(BoundedLRU):
    """Answers by segment key, their total ``size_of`` kept under ``budget``; one answer
    never takes more than a quarter of it (a very common word would empty the memory for
    nothing: it is computed again when asked again)."""

    def __init__(self, budget: int, size_of):
        super().__init__(budget, size_of, largest=0.25)

    def get(self, key, compute):
        """``BoundedLRU.get``; a key None (a segment outside any folder) is computed, never kept."""
        return compute() if key is None else super().get(key, compute)

    def forget(self, folder, moved_to=None, keep=frozenset()) -> None:
        """Forget the answers read from one index folder (a generation no longer served),
        but those of the segments in ``keep`` (ids), shared with the generation in
        ``moved_to`` (hard links: the same files), which are kept under that folder."""
        folder = os.path.abspath(folder)
        moved_to = os.path.abspath(moved_to) if moved_to is not None else None
        with self._lock:
            for key in [k for k in self._entries if k[0] == folder]:
                entry = self._entries.pop(key)
                moved = (moved_to, *key[1:])
                if moved_to is not None and key[1] in keep and moved not in self._entries:
                    self._entries[moved] = entry
                else:
                    self.used -= entry[1]
