"""One park, one value: the spellings a corpus uses for one park (宁波国家高新区 and
宁波高新区, 番禺经济技术开发区 and 番禺经开区, a Traditional page's 鳳陽工業園區) are one
facet value, one filter and one park page.

The reader keeps each report's park as the report spells it (its title's form, so a
user sees what the text says); here the index's park values are grouped by
``reading.parks.park_key`` and each group is shown under its *fullest* spelling — the
longest form the corpus uses (宁波国家高新区 over 宁波高新区; ties: the first in
order), a rule that needs no list and never invents a name the corpus does not hold.
A filter ``park:宁波高新区`` (or 寧波高新區) finds the reports of every spelling.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Iterable

from ..reading.parks import park_key
from ..text import UNKNOWN


class ParkNames:
    """The index's park values grouped into parks."""

    def __init__(self, values: Iterable[str]):
        groups: dict[str, list[str]] = defaultdict(list)
        for value in sorted(set(values)):
            if value and value != UNKNOWN:
                groups[park_key(value)].append(value)
        self._groups = dict(groups)
        self._canonical = {v: max(g, key=len) for g in groups.values() for v in g}

    def canonical(self, value: str) -> str:
        """The value the facet shows for ``value`` (itself when the index has no other spelling)."""
        return self._canonical.get(value, value)

    def holds(self, value: str) -> bool:
        """Whether some report of the index has ``value``'s park (any script, any spelling)."""
        return value != UNKNOWN and park_key(value) in self._groups

    def spellings(self, value: str) -> list[str]:
        """Every stored value that names the same park as ``value`` (any script, any
        spelling); ``[value]`` when the index holds none."""
        if value == UNKNOWN:
            return [value]
        return self._groups.get(park_key(value)) or [value]


@lru_cache(maxsize=8)
def park_names(values: tuple[str, ...]) -> ParkNames:
    """``ParkNames`` of an index's park values (remembered: an index has one set per generation)."""
    return ParkNames(values)
