"""What the service remembers between requests: scored hits, groups and facets of recent searches."""
from __future__ import annotations

import sys
from dataclasses import dataclass

from ..lru import BoundedLRU


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
    Counted from lengths, never by walking every hit in Python. An object that knows its
    size (hits as arrays, search/hits.py) says it."""
    if hasattr(value, "approximate_bytes"):
        return value.approximate_bytes()
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


class ResultCache(BoundedLRU):
    """A thread-safe LRU of computed results within ``max_bytes`` (``approximate_bytes``),
    cleared when the generation changes. A result bigger than the whole budget is
    answered and not kept.

    Keys carry the generation's name, so an entry can never answer for another index.
    ``size_of`` measures an entry in the unit of ``max_bytes`` (default: ``approximate_bytes``).
    """

    def __init__(self, max_bytes: int, size_of=None, name: str = "", shared=None):
        super().__init__(max_bytes, size_of or approximate_bytes, name=name, shared=shared)

    @property
    def max_bytes(self) -> int:
        return self.budget

    @property
    def bytes(self) -> int:
        return self.used
