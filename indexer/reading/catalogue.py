"""The zones a well-kept national list names: evidence that a name on a page is a park, and where it lies.

The National Bureau of Statistics' 统计用区划代码 (2023) codes, besides the divisions, the development zones and
parks that report statistics as a unit of their own: at county level the functional zones (承德高新技术产业开发区,
苏州工业园区), at township level the units "like a township" (郎溪经济开发区, 禄劝工业园区). ``indexer/data/zones.tsv``
keeps their names and the code of the county each lies in (built by ``bench/build_zone_list.py`` from the public
republication of the Bureau's tables; its first lines say which commit and licence). A name the list holds is a
park's, whole as the list writes it, whatever the segmenter makes of its words (松林店经济开发区, 漕河泾新兴技术
开发区, 长春净月高新技术产业开发区); most parks of work reports are not in it (a county's 工业集中区, a town's park),
so the list vouches for names and never rules one out.

The same code's townships (乡, 镇, 街道: ``towns.txt``, their names without the level, 禄口 for 禄口街道) are the places
one level below the gazetteer's counties, which a headline writes before a zone's own name (禄口 + 华商科技园): the key
of a park's spellings reads them (``parks.park_key``), the facet joins the two forms (``search.parknames``).

Loaded once, on first use (~680 names; the ~26,000 townships only when a key or the facet asks), as a dictionary by name; looking a name up is a few dictionary look-ups at a
head the reader found, never a scan of the page.
"""
from __future__ import annotations

from functools import lru_cache

from ..text import DATA_DIR, PARK_HEAD_FAMILIES

CATALOGUE = "统计用区划代码（国家统计局，2023）"
_FILE = DATA_DIR / "zones.tsv"
_TOWNS = DATA_DIR / "towns.txt"


@lru_cache(maxsize=1)
def _zones() -> tuple[dict[str, str], dict[str, str], int]:
    """({name or short form: county code}, {name: park key as built}, the longest spelling's length). A plain zone's
    short forms are its place with the other heads of its family (松林店经济开发区: 松林店经开区, 松林店开发区), as
    ``parks.park_key`` joins them."""
    codes: dict[str, str] = {}
    keys: dict[str, str] = {}
    families = {family[0]: family for family in PARK_HEAD_FAMILIES}
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, name, key = line.split("\t")
        codes[name] = code
        keys[name] = key
        place, kind, family = key.split("|") if key.count("|") == 2 else ("", "x", "")
        if len(place) >= 2 and not kind:
            for head in families.get(family, (family,)):
                codes.setdefault(place + head, code)
    return codes, keys, max(map(len, codes), default=0)


_TAIL = 6  # spellings are looked up by their last characters, then by length (a head found costs a look-up or two)


@lru_cache(maxsize=1)
def _by_tail() -> dict[str, tuple[int, ...]]:
    """{a spelling's last ``_TAIL`` characters (or the whole of a shorter one): its lengths, longest first}."""
    tails: dict[str, set[int]] = {}
    for spelling in _zones()[0]:
        tails.setdefault(spelling[-_TAIL:], set()).add(len(spelling))
    return {tail: tuple(sorted(lengths, reverse=True)) for tail, lengths in tails.items()}


def listed_name_ending(text: str, end: int, shortest: int) -> str | None:
    """The longest listed name or short form that ends at ``end`` of ``text`` (Simplified) and is at least
    ``shortest`` characters long, or None."""
    codes, tails = _zones()[0], _by_tail()
    for n in tails.get(text[max(0, end - _TAIL):end], ()):
        if shortest <= n <= end and text[end - n:end] in codes:
            return text[end - n:end]
    for n in range(min(_TAIL - 1, end), shortest - 1, -1):  # (spellings shorter than the tail)
        if text[end - n:end] in codes:
            return text[end - n:end]
    return None


@lru_cache(maxsize=1)
def _listed_keys() -> frozenset[tuple[str, str]]:
    return frozenset((k.split("|")[0], k.split("|")[2]) for k in _zones()[1].values() if k.count("|") == 2)


def is_listed_park(place_key: str, family: str) -> bool:
    """Whether the list holds a zone of this place and head family (吉林 + 经济技术开发区 for 吉林经济开发区), however
    the page spells it (吉林经开区: the same park's short form)."""
    return (place_key, family) in _listed_keys()


def county_of(name: str) -> str | None:
    """The code of the county the list places ``name`` in, or None when the list does not hold it."""
    return _zones()[0].get(name)


def listed() -> dict[str, str]:
    """{name: park key as the list was built with} (for the test that the keys are today's)."""
    return dict(_zones()[1])


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    return frozenset(line for line in _TOWNS.read_text(encoding="utf-8").splitlines() if line and line[0] != "#")


def is_township(word: str) -> bool:
    """Whether ``word`` is a township's, a town's or a street office's name without its level (禄口, 花桥)."""
    return word in _towns()
