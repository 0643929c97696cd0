"""A year, a park, a period or a report's type typed as a plain string with a topic: its reports first.

A user who types 2023年 基础设施建设, 2020 疫情防控 or 金岭工业园 污水处理 means the reports OF
2023 or of 金岭工业园 about the topic, then the reports that merely write the year or the park,
then the rest on the topic. Matched as a literal string, the year was a condition every result
had to meet: a report of 2023 that never writes "2023年" was lost, and a report naming the year
in passing ranked with the rest. So such a string is read as a preference, not a condition:

- the query keeps its other strings (they decide which reports are found: the topic);
- among those, the reports whose year (or park) field is the one typed come first (result tiers, as
  fallback.py orders exact and looser matches: scores are left as they are), then those whose text
  holds the string as typed (its usual score, added as an optional string), then the others; a park's
  name also counts written as the place it is built on (磐安 of 磐安工业园区, ``park_place``: its key's
  place, parks.park_key), as reports write it of the park's county and firms (磐安某某工贸);
- the reports of that year or park holding the topic's words anywhere (not as typed) are found
  too, listed after its reports holding the topic as typed and before the other reports;
- ``understood`` says so: 按年份理解：2023 年的报告在前（其中词语都出现的也列出），其次是写有“2023年”的报告.

A year is a string of four digits from ``FIRST_YEAR`` on, with or without 年 (2023年, 2023),
or opening a string (2019年政府工作报告: the year, then 政府工作报告 as a string). A park is a
string the index holds as a report's park (any of its spellings: parknames.py). The filter
syntax (``year:2023``, ``park:金岭工业园``), a quoted string, a string under OR or NOT and a
query with no other string are left as typed.

A report's type (``TYPES``: 工作计划, 工作总结, 工作汇报, 工作报告, the names reports are titled with and the reader's
``doc_type`` values) typed as a string with a topic is read the same way: 工作计划 招商引资 asks for the plans about
investment, a park's 2024年工作计划 first, not for the plans part of any report (the part 工作计划 also names, roles.py,
which put a year's summary with a 下一步工作计划 section first), then the reports writing 工作计划, then the rest; a type
the index holds no report of stays a string.

A period (``PERIODS``: 上半年, 下半年, 一季度 …) typed alone or opening a string (上半年招商引资), or
dropped from a question's topic (上半年招商引资完成情况: questions.py keeps it only to rank), is a
preference for the reports of that period (their ``period`` field, read from the title or the
opening: describe.choose_period): a park's first-half summary is what 上半年 安全生产 asks for, and
it may write 1-6月 and never 上半年, while a year's report writes 上半年 in passing. A period the
index holds no reports of prefers the reports that write it (``WRITTEN``): those holding the topic and
the period word first (a year's report telling its first quarter), then the topic's other reports. As a
condition it listed two reports of the thirty on 招商引资 for 一季度 招商引资, where no report is a
quarter's: the user asked about the topic in a time the index has no report of, and the reports on the
topic are the nearest answer (BM25, OR-ing the words, lists them). Except 下半年: a period word that
also names a part of a report (query.heading_kind: a first-half summary's plans, 下半年工作打算) stays as
typed, a condition the section reading reads as that part (roles.py; preferring the first-half
summaries instead put a year's report with a 下半年工作安排 section below first-half summaries without one).

When no report of the period typed holds the topic, as typed or its words anywhere, its reports
holding all the topic's words but one are its tier instead (``WIDEST``; the service decides, as it
decides the fallback's level): a period's reports are few and each reviews the whole period's work,
so 上半年园区经济运行情况怎么样 asks for the first-half summaries, which state 主要经济指标 and their
output and never write 经济运行, not for the year's reports that do. So do a park's, when none of its
reports holds the topic: the user named the park, and its plan of 排水工程建设 is what 某园区 项目建设 asks
for, before other parks' reports on 项目建设 (BM25, which ORs the words, lists it first). A year's reports
are every park's and of every kind: one holding a word of the topic (建设 of 基础设施建设) is not lifted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from whoosh import query as Q

from ..reading.parks import park_key
from ..text import UNKNOWN
from ..whoosh_ext.terms import field_terms
from .fallback import relax
from .parknames import park_names
from .query import And, Meta, Or, Text, heading_kind

FIRST_YEAR = 1949
# A report type typed as a string (工作总结 项目建设): the reports of that type (``doc_type``, read from the title) first
TYPES = frozenset(("工作计划", "工作总结", "工作汇报", "工作报告"))
WRITTEN = "written"  # the field of a period's preference when no report is of it: the reports writing it
_YEAR = re.compile(r"((?:19|20)\d\d)(年?)(.*)")
# A period word as typed → the ``period`` field values (describe._PERIODS) of the reports it prefers
PERIODS = {
    "上半年": ("上半年",),
    "下半年": ("下半年",),
    **{w: ("季度",) for w in ("一季度", "二季度", "三季度", "四季度", "第一季度", "第二季度", "第三季度", "第四季度",
                             "前三季度", "季度")},
}
_PERIOD = re.compile("(" + "|".join(sorted(PERIODS, key=len, reverse=True)) + ")(.*)")
MIN_REST = 2  # a period opens a string only when at least this many characters follow (上半年招商引资)
_ANY_PERIOD = re.compile("半年|季度")  # every period word holds one (the same in Traditional script)


@dataclass(frozen=True)
class Preference:
    field: str  # "year", "park" or "period"
    value: str  # the field's value: 2023, 金岭工业园, 上半年
    typed: str  # the string as typed: 2023年
    values: tuple = ()  # for a period, every period field value it prefers (下半年: 下半年, 上半年)

    def condition(self):
        """The query tree node of the reports preferred: this year's, park's or period's (for a period
        no report is of, ``written``: those writing it)."""
        if self.field == WRITTEN:
            return Text(self.typed)
        values = self.values or (self.value,)
        metas = tuple(Meta(self.field, v) for v in values)
        return metas[0] if len(metas) == 1 else Or(metas)


def read(tree, reader=None, popped=()):
    """``(tree, preferences)``: ``tree`` without the year, park and period strings typed with a
    topic, and those strings (and a period among ``popped``, the words a question's topic dropped)
    as ``Preference``s (empty: ``tree`` as it was)."""
    items = tree.items if isinstance(tree, And) else (tree,)
    if not any(_plain(i) for i in items):
        return tree, ()
    parks, periods, types = _parks(reader), _periods(reader), _types(reader)
    kept, found = [], []
    for word in popped:
        preference = _period(word, periods)
        if preference is not None and preference[1] is None:
            found.append(preference[0])
    for item in items:
        preference, rest = _preference(item, parks, periods, types) if _plain(item) else (None, item)
        if preference is not None:
            found.append(preference)
        if rest is not None:
            kept.append(rest)
    if not found or not any(_plain(i) for i in kept):
        return tree, ()  # nothing else typed: the string is the query
    return (kept[0] if len(kept) == 1 else And(tuple(kept))), tuple(found)


def _plain(item) -> bool:
    return isinstance(item, Text) and not item.quoted and item.field is None


def _preference(item: Text, parks, periods, types=None):
    """``(Preference or None, what is left of the string or None)``."""
    m = _YEAR.fullmatch(item.value)
    if m and int(m.group(1)) >= FIRST_YEAR and (m.group(2) or not m.group(3)):
        rest = m.group(3).strip()
        return Preference("year", m.group(1), m.group(1) + m.group(2)), (Text(rest) if rest else None)
    if parks is not None and parks.holds(item.value):
        return Preference("park", item.value, item.value), None
    period = _period(item.value, periods)
    if period is not None:
        return period[0], (Text(period[1]) if period[1] else None)
    if types and item.value in TYPES and item.value in types:
        return Preference("doc_type", item.value, item.value), None
    return None, item


def _period(value: str, periods):
    """``(Preference, the rest of the string or None)`` when ``value`` is a period word the index
    holds reports of, or opens with one followed by ``MIN_REST`` characters; else None."""
    m = _PERIOD.fullmatch(value) if periods else None
    if m is None:
        return None
    rest = m.group(2).strip()
    if rest and len(rest) < MIN_REST:
        return None  # 上半年度, 一季度末: not a period and a topic
    values = PERIODS[m.group(1)]
    if not any(v in periods for v in values):
        if heading_kind(m.group(1)):
            return None  # 下半年 also names a part (a first-half summary's plans): the string as typed finds it
        return Preference(WRITTEN, m.group(1), m.group(1)), (rest or None)
    return Preference("period", values[0], m.group(1), values), (rest or None)


def _periods(reader):
    if reader is None or "period" not in reader.schema:
        return None
    # the segments' lists, each read once (whoosh_ext.terms): Whoosh's field_terms walked and
    # merged every segment's period terms in Python for each reading of each query (~5 % of
    # the realistic mix's CPU at 10,000 reports)
    return frozenset(t.decode("utf-8") if isinstance(t, bytes) else t for t in field_terms(reader, "period"))


def _types(reader):
    if reader is None or "doc_type" not in reader.schema:
        return None
    return frozenset(t.decode("utf-8") if isinstance(t, bytes) else t for t in field_terms(reader, "doc_type"))


def _parks(reader):
    if reader is None or "park" not in reader.schema:
        return None
    return park_names(field_terms(reader, "park"))


WIDE, WIDEST = 2, 3  # the fallback's levels: the topic's words anywhere; all of them but one


def widened(tree, preferences, vocabulary, level: int = WIDE):
    """The reports of the year or park typed that hold the topic's words anywhere, as a query
    tree (a report of 2023 writing 基础设施不断完善 for 基础设施建设), or None: the topic as typed
    may miss the year's own report, and it is the one asked for. ``level`` ``WIDEST``: all the
    words but one (only when no report of the period typed holds the topic: ``widest_allowed``)."""
    loose = relax(_topic(tree), level, vocabulary) if preferences else None
    if loose is None:
        return None
    return And(tuple(p.condition() for p in preferences) + (loose,))


def _topic(tree):
    """``tree`` without the strings that only name a part of a report (完成情况, 进展, 打算:
    query.heading_kind), when a topic is left: the preferred reports holding the topic's words are
    the second tier, whether or not they write the part's word (上半年园区项目建设完成情况: a first-half
    summary writing 项目建设 and never 完成情况)."""
    if not isinstance(tree, And):
        return tree
    kept = tuple(i for i in tree.items if not (isinstance(i, Text) and not i.quoted and i.field is None
                                              and heading_kind(i.value)))
    if not kept or not any(isinstance(i, Text) for i in kept) or len(kept) == len(tree.items):
        return tree
    return kept[0] if len(kept) == 1 else And(kept)


def may_name_period(text: str) -> bool:
    """Whether the query ``text`` may hold a period word (a cheap test before parsing it)."""
    return bool(_ANY_PERIOD.search(text or ""))


def widest_allowed(preferences) -> bool:
    """Whether the preferred reports may be widened to all the topic's words but one, when none
    holds the topic: a period's (its few reports each review all the period's work) and a park's (the
    park was named: its own report on 工程建设 answers 某园区 项目建设 better than another park's on
    项目建设); never a year's alone (a year's reports are every park's)."""
    return bool(preferences) and all(p.field in ("period", "park") for p in preferences)


def preferred(tree, preferences, wide):
    """The query tree of the preferred reports holding the topic, as typed or its words (the
    service counts it to decide ``WIDEST``), or None without a preference."""
    if not preferences:
        return None
    topic = Or((tree, wide)) if wide is not None else tree
    return And(tuple(p.condition() for p in preferences) + (topic,))


def first_tiers(tree, preferences, wide) -> list:
    """The result tiers (fallback.tiers) the reports of the year or park typed make above the
    others: those holding the topic as typed, then those holding its words (``wide``)."""
    if not preferences:
        return []
    fields = tuple(p.condition() for p in preferences)
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
        place = park_place(p.typed) if p.field == "park" else None
        if place is not None:
            options.extend(compiler.strings(place, None, synonyms=False))
    return Q.AndMaybe(query, options[0] if len(options) == 1 else Q.Or(options))


def park_place(name: str) -> str | None:
    """The place a park's name is built on (磐安 of 磐安工业园区: its key's place, ``parks.park_key``), or None (a name
    the key does not parse, or a place of one character)."""
    place, bar, _ = park_key(name).partition("|")
    return place if bar and len(place) >= 2 and place != name else None


def explain(preferences, widest: bool = False) -> str:
    """How the year and park strings were read, in Chinese, before the rest of ``understood``."""
    parts = []
    words = "（其中词语都出现的也列出，都不出现时列出含其部分词语的）" if widest else "（其中词语都出现的也列出）"
    for p in preferences:
        if p.field == "year":
            parts.append(f"按年份理解：{p.value} 年的报告在前（其中词语都出现的也列出），其次是写有“{p.typed}”的报告")
        elif p.field == WRITTEN:
            parts.append(f"按时段理解：没有{p.typed}的报告，写有“{p.typed}”的报告在前，其次是其他报告")
        elif p.field == "doc_type":
            parts.append(f"按类型理解：{p.value}在前{words}，其次是写有“{p.typed}”的报告")
        elif p.field == "period":
            which = _PERIOD_NAMES.get(p.values, "、".join(p.values) + "的报告")
            parts.append(f"按时段理解：{which}在前{words}，其次是写有“{p.typed}”的报告")
        else:
            place = park_place(p.typed)
            written = f"“{p.typed}”或“{place}”" if place else f"“{p.typed}”"
            parts.append(f"按园区理解：{p.value}的报告在前{words}，其次是写有{written}的报告")
    return "；".join(parts) + "。" if parts else ""


_PERIOD_NAMES = {("季度",): "季度报告"}


def highlight(preferences) -> list[str]:
    """The typed strings, to mark where a report writes them."""
    return [p.typed for p in preferences if p.typed != UNKNOWN]
