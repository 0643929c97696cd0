"""Helping a search along: suggestions while typing, and what to try after no results.

``suggestions`` offers park names and frequent phrases of the index that contain
what was typed (the parks from the ``park`` column, the phrases from every report's
key terms: analysis/keyterms.py), counted in reports. ``alternatives`` answers a
search that found nothing with searches that find something: the string split
into its words (标准厂房建设 → 标准厂房 建设), those words with OR, or the same search
without one of its filters, each with how many reports it finds. Both return plain
data; the web UI makes links of it.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..analysis import normalize
from ..text import UNKNOWN
from .query import And, Text, parse_expression
from .questions import question_strings
from .request import SearchRequest
from .service import SearchService

SUGGESTIONS = 10
FILTER_LABELS = (("parks", "园区"), ("years", "年份"), ("types", "文档类型"), ("sections", "章节类别"))


def _parks(service: SearchService) -> Counter:
    return service.per_generation("suggest/parks", lambda searcher: Counter(
        service.park_names().canonical(p) for p in service.column(searcher, "park") if p and p != UNKNOWN))


def _phrases(service: SearchService) -> Counter:
    """Each key phrase of the index and how many reports have it among their key terms."""
    def count(searcher):
        seen: Counter = Counter()
        for candidates in service.column_values(searcher, "key_terms"):
            seen.update({"".join(words) for words, _ in candidates or ()})
        return seen
    return service.per_generation("suggest/phrases", count)


def suggestions(service: SearchService, text: str, limit: int = SUGGESTIONS) -> list[dict]:
    """``[{"value", "label", "kind", "count"}]``: parks (as ``park:名称``) and phrases containing
    ``text``, those that begin with it first, then by how many reports have them. An empty
    ``text`` gives the index's biggest parks and most frequent phrases."""
    wanted = normalize(text or "").strip()
    if not wanted:  # the same for every page of a generation: the search box's datalist
        return service.per_generation(f"suggest/top{limit}", lambda searcher: _matching(service, "", limit))
    return _matching(service, wanted, limit)


def _matching(service: SearchService, wanted: str, limit: int) -> list[dict]:
    out = []
    for kind, counts in (("park", _parks(service)), ("phrase", _phrases(service))):
        found = [(value, n) for value, n in counts.items() if wanted in normalize(value)]
        found.sort(key=lambda vn: (not normalize(vn[0]).startswith(wanted), -vn[1], vn[0]))
        share = limit if kind == "phrase" else max(2, limit // 3)
        for value, n in found[:share]:
            if kind == "park":
                out.append({"value": f"park:{value}", "label": f"园区 · {n} 篇", "kind": kind, "count": n})
            elif n > 1 or wanted:
                out.append({"value": value, "label": f"{n} 篇报告", "kind": kind, "count": n})
    return out[:limit]


def alternatives(service: SearchService, req: SearchRequest) -> list[dict]:
    """Searches to try when ``req`` found nothing, or only reports holding part of it (``partial_only``):
    ``[{"label", "q", "drop", "count"}]`` where ``q``
    is the new query (None: the same) and ``drop`` a ``(filter, value)`` to remove; only those
    that find something, each with its count."""
    out = []
    words = _words_of(service, req.q)
    if words:
        for q, how in ((" ".join(words), "分开检索"), (" OR ".join(words), "任一词语")):
            n = _count(service, replace(req, q=q))
            if n:
                out.append({"label": f"{how}：{q}", "q": q, "drop": None, "count": n})
                break
    for name, label in FILTER_LABELS:
        for value in getattr(req, name):
            n = _count(service, replace(req, **{name: [v for v in getattr(req, name) if v != value]}))
            if n:
                shown = "不明" if value == UNKNOWN else value
                out.append({"label": f"去掉“{label}：{shown}”", "q": None, "drop": (name, value), "count": n})
    return out


def _words_of(service: SearchService, q: str) -> list[str]:
    """The words of a query that is one unquoted string (标准厂房建设), as the index's segmenter
    cuts it; empty for anything else (a phrase, several strings, a field)."""
    tree, _ = parse_expression(q)
    if isinstance(tree, And) and len(tree.items) == 1:
        tree = tree.items[0]
    if not isinstance(tree, Text) or tree.quoted or tree.field:
        return []
    # a question offers the words of what it asks about (园区招商引资有哪些问题 → 招商引资 问题), never 有 or 哪些
    asked = question_strings(tree.value, service.vocabulary()) or (tree.value,)
    words = []
    for string in asked:
        words += [w for w in service.segmenter().cut(string) if w.strip() and any(ch.isalnum() for ch in w)
                  and w not in words]
    return words if len(words) > 1 else []


def _count(service: SearchService, req: SearchRequest) -> int:
    """How many reports ``req`` finds; none when it only lists reports holding part of it (``partial_only``: a
    search to try must find what it says)."""
    found = service.search(replace(req, page=1, per_page=1))
    return 0 if found.get("partial_only") else found["total"]
