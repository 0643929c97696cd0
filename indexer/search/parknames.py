"""One park, one value: the spellings a corpus uses for one park (宁波国家高新区 and
宁波高新区, 番禺经济技术开发区 and 番禺经开区, a Traditional page's 鳳陽工業園區) are one
facet value, one filter and one park page.

The reader keeps each report's park as the report spells it (its title's form, so a
user sees what the text says); here the index's park values are grouped by
``reading.parks.park_key`` and each group is shown under its *fullest* spelling — the
longest form the corpus uses (宁波国家高新区 over 宁波高新区; ties: the first in
order), a rule that needs no list and never invents a name the corpus does not hold.
A filter ``park:宁波高新区`` (or 寧波高新區) finds the reports of every spelling.

A county or city written before a zone's own name (云林小东工业区, 彰化县桐林工业区: a headline's address; 香港数码港, a
zone named outside the catalogue's heads), or a township (禄口华商科技园: the statistics code's townships), joins the
zone's name written alone (小东工业区, 数码港) when the index holds
no other place's zone of that name; so does a country abroad before a zone's name that is no place of China
(马来西亚东海岸经济特区 with 东海岸经济特区, never 越南龙江工业园 with a 龙江 zone).

A zone's short name (松山湖, 船山园区: the place part its organs are named with, ``parks.find_short_names``) has no
head, so no key of a full name; it joins the park of its place when the index holds exactly one full-named park of
that place (松山湖 with 松山湖高新区), and stays apart when it holds two (苏州园区 beside 苏州工业园区 and 苏州高新区:
either could be meant) or none.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Iterable

from ..reading.catalogue import is_township
from ..reading.parks import country_abroad_opening, is_division, park_key, short_name_place
from ..text import UNKNOWN


class ParkNames:
    """The index's park values grouped into parks."""

    def __init__(self, values: Iterable[str]):
        groups: dict[str, list[str]] = defaultdict(list)
        for value in sorted(set(values)):
            if value and value != UNKNOWN:
                groups[park_key(value)].append(value)
        self._alias = _short_names_joined(groups)
        for short, full in self._alias.items():
            groups[full].extend(groups.pop(short))
        addressed = _addressed_names_joined(groups)
        for longer, shorter in addressed.items():
            groups[shorter].extend(groups.pop(longer))
        self._alias.update(addressed)
        self._groups = dict(groups)
        self._canonical = {v: max(g, key=len) for g in groups.values() for v in g}

    def canonical(self, value: str) -> str:
        """The value the facet shows for ``value`` (itself when the index has no other spelling)."""
        return self._canonical.get(value, value)

    def holds(self, value: str) -> bool:
        """Whether some report of the index has ``value``'s park (any script, any spelling)."""
        return value != UNKNOWN and self._key(value) in self._groups

    def _key(self, value: str) -> str:
        key = park_key(value)
        return self._alias.get(key, key)

    def spellings(self, value: str) -> list[str]:
        """Every stored value that names the same park as ``value`` (any script, any
        spelling); ``[value]`` when the index holds none."""
        if value == UNKNOWN:
            return [value]
        return self._groups.get(self._key(value)) or [value]


def _short_names_joined(groups: dict[str, list[str]]) -> dict[str, str]:
    """{a short name's key: the key of the one full-named park of its place} (松山湖 → 松山湖||高新技术产业开发区)."""
    by_place: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        if "|" in key:
            by_place[key.split("|")[0]].append(key)
    joined = {}
    for key, values in groups.items():
        place = short_name_place(values[0])
        if place is not None and len(by_place.get(place, ())) == 1:
            joined[key] = by_place[place][0]
    return joined


def _addressed_names_joined(groups: dict[str, list[str]]) -> dict[str, str]:
    """{a key whose place is a division and a name: the key of that name alone} (云林小东||工业区 → 小东||工业区,
    彰化桐林||工业区 → 桐林||工业区): a news headline writes the county or city before a zone's own name, a report
    writes the name alone; one park, when the index holds the name alone and no other division's zone of that name
    (上海金桥 and 呼和浩特金桥 beside 金桥: either could be meant, all stay apart)."""
    by_rest: dict[str, list[tuple[str, str]]] = defaultdict(list)  # {name-alone key: [(key, division)]}
    for key in groups:
        # (a zone named outside the catalogue's heads is its own key, 香港数码港, 数码港: the same rule, on the name)
        place, bar, rest = key.partition("|")
        for i in range(2, len(place) - 1):
            if (is_division(place[:i]) or is_township(place[:i])) and f"{place[i:]}{bar}{rest}" in groups:
                by_rest[f"{place[i:]}{bar}{rest}"].append((key, place[:i]))
                break
        else:
            # (a zone abroad with its country, 马来西亚东海岸||经济特区, and its name alone as the country's own press writes
            # it; never where the name alone is a place of China's too, 越南龙江 beside a 龙江 zone: another park)
            country = country_abroad_opening(place)
            if country and not is_division(place[len(country):]) and f"{place[len(country):]}{bar}{rest}" in groups:
                by_rest[f"{place[len(country):]}{bar}{rest}"].append((key, country))
    return {key: alone for alone, keys in by_rest.items() if len({d for _, d in keys}) == 1 for key, _ in keys}


@lru_cache(maxsize=8)
def park_names(values: tuple[str, ...]) -> ParkNames:
    """``ParkNames`` of an index's park values (remembered: an index has one set per generation)."""
    return ParkNames(values)
