"""A year or a park typed as a plain string with a topic: that year's or park's reports first.

A user who types 2023年 基础设施建设, 2020 疫情防控 or 金岭工业园 污水处理 means the reports OF
2023 or of 金岭工业园 about the topic, then the reports that merely write the year or the park,
then the rest on the topic. Matched as a literal string, the year was a condition every result
had to meet: a report of 2023 that never writes "2023年" was lost, and a report naming the year
in passing ranked with the rest. So such a string is read as a preference, not a condition:

- the query keeps its other strings (they decide which reports are found: the topic);
- among those, the reports whose year (or park) field is the one typed come first (result tiers, as
  fallback.py orders exact and looser matches: scores are left as they are), then those whose text
  holds the string as typed (its usual score, added as an optional string), then the others;
- the reports of that year or park holding the topic's words anywhere (not as typed) are found
  too, listed after its reports holding the topic as typed and before the other reports;
- ``understood`` says so: 按年份理解：2023 年的报告在前（其中词语都出现的也列出），其次是写有“2023年”的报告.

A year is a string of four digits from ``FIRST_YEAR`` on, with or without 年 (2023年, 2023),
or opening a string (2019年政府工作报告: the year, then 政府工作报告 as a string). A park is a
string the index holds as a report's park (any of its spellings: parknames.py). The filter
syntax (``year:2023``, ``park:金岭工业园``), a quoted string, a string under OR or NOT and a
query with no other string are left as typed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from whoosh import query as Q

from ..text import UNKNOWN
from ..whoosh_ext.terms import field_terms
from .fallback import relax
from .parknames import park_names
from .query import And, Meta, Text

FIRST_YEAR = 1949
_YEAR = re.compile(r"((?:19|20)\d\d)(年?)(.*)")


@dataclass(frozen=True)
class Preference:
    field: str  # "year" or "park"
    value: str  # the field's value: 2023, 金岭工业园
    typed: str  # the string as typed: 2023年


def read(tree, reader=None):
    """``(tree, preferences)``: ``tree`` without the year and park strings typed with a topic,
    and those strings as ``Preference``s (empty: ``tree`` as it was)."""
    items = tree.items if isinstance(tree, And) else (tree,)
    if not any(_plain(i) for i in items):
        return tree, ()
    parks = _parks(reader)
    kept, found = [], []
    for item in items:
        preference, rest = _preference(item, parks) if _plain(item) else (None, item)
        if preference is not None:
            found.append(preference)
        if rest is not None:
            kept.append(rest)
    if not found or not any(_plain(i) for i in kept):
        return tree, ()  # nothing else typed: the string is the query
    return (kept[0] if len(kept) == 1 else And(tuple(kept))), tuple(found)


def _plain(item) -> bool:
    return isinstance(item, Text) and not item.quoted and item.field is None


def _preference(item: Text, parks):
    """``(Preference or None, what is left of the string or None)``."""
    m = _YEAR.fullmatch(item.value)
    if m and int(m.group(1)) >= FIRST_YEAR and (m.group(2) or not m.group(3)):
        rest = m.group(3).strip()
        return Preference("year", m.group(1), m.group(1) + m.group(2)), (Text(rest) if rest else None)
    if parks is not None and parks.holds(item.value):
        return Preference("park", item.value, item.value), None
    return None, item


def _parks(reader):
    if reader is None or "park" not in reader.schema:
        return None
    return park_names(field_terms(reader, "park"))


def widened(tree, preferences, vocabulary):
    """The reports of the year or park typed that hold the topic's words anywhere, as a query
    tree (a report of 2023 writing 基础设施不断完善 for 基础设施建设), or None: the topic as typed
    may miss the year's own report, and it is the one asked for."""
    loose = relax(tree, 2, vocabulary) if preferences else None
    if loose is None:
        return None
    return And(tuple(Meta(p.field, p.value) for p in preferences) + (loose,))


def first_tiers(tree, preferences, wide) -> list:
    """The result tiers (fallback.tiers) the reports of the year or park typed make above the
    others: those holding the topic as typed, then those holding its words (``wide``)."""
    if not preferences:
        return []
    fields = tuple(Meta(p.field, p.value) for p in preferences)
    out = [("exact", And(fields + (tree,)))]
    return out + ([("words", wide)] if wide is not None else [])


def boosted(query, preferences, compiler):
    """``query`` with the string as typed as an optional part, so that among the reports the tiers
    leave after the year's or park's own, those writing it rank first (``compiler`` builds it)."""
    if not preferences:
        return query
    options = []
    for p in preferences:
        options.extend(compiler.strings(p.typed, None, synonyms=False))
    return Q.AndMaybe(query, options[0] if len(options) == 1 else Q.Or(options))


def explain(preferences) -> str:
    """How the year and park strings were read, in Chinese, before the rest of ``understood``."""
    parts = []
    for p in preferences:
        if p.field == "year":
            parts.append(f"按年份理解：{p.value} 年的报告在前（其中词语都出现的也列出），其次是写有“{p.typed}”的报告")
        else:
            parts.append(f"按园区理解：{p.value}的报告在前（其中词语都出现的也列出），其次是写有“{p.typed}”的报告")
    return "；".join(parts) + "。" if parts else ""


def highlight(preferences) -> list[str]:
    """The typed strings, to mark where a report writes them."""
    return [p.typed for p in preferences if p.typed != UNKNOWN]
