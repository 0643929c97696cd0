"""A search request: the parameters a user may give, validated once, in one place.

The web UI, the JSON API and the CLI all build a ``SearchRequest`` from the
query-string shape ``{name: [values]}``; a bad value is a ``BadRequest`` with a
Chinese sentence that names it and the fix (answered as HTTP 400, never a 500).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import BadRequest
from ..model import DOC_TYPES, SECTION_KINDS
from ..text import UNKNOWN

SORTS = ("relevance", "year")
MAX_PER_PAGE = 100
# Longer queries cost seconds of analysis for no benefit: nobody types a page into a search box.
MAX_QUERY_CHARS = 500
# Values one filter may take: a person ticks a few parks, not thousands (each value is a
# chip, a link and a term of the filter query, and each link repeats all the others).
MAX_FILTER_VALUES = 20
MAX_FILTER_CHARS = 100  # the longest park name is a few dozen characters
FILTER_LABELS = {"park": "园区", "year": "年份", "type": "文档类型", "section": "章节类别"}


def query_text(q: str | None) -> str:
    """``q`` as given, once it is within MAX_QUERY_CHARS; every route that takes ``q`` uses it."""
    q = q or ""
    if len(q) > MAX_QUERY_CHARS:
        raise BadRequest(f"查询太长（{len(q)} 个字符），请缩短到 {MAX_QUERY_CHARS} 个字符以内。", "q")
    return q
_YEAR_RANGE = re.compile(r"^(\d{4})?-(\d{4})?$")


def year_range(value: str) -> tuple[int | None, int | None] | None:
    """The ``(first, last)`` years of a range filter value (``2019-2023``, ``2019-``, ``-2010``;
    an open end is None), or None when ``value`` is not a range."""
    m = _YEAR_RANGE.match(value)
    if not m or not (m.group(1) or m.group(2)):
        return None
    low, high = (int(g) if g else None for g in m.groups())
    if low and high and low > high:
        low, high = high, low
    return low, high


@dataclass
class SearchRequest:
    q: str = ""
    parks: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)  # "2023", "unknown" or a range "2019-2023"
    types: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    page: int = 1
    per_page: int = 10
    sort: str = "relevance"
    collapse: bool = True

    @classmethod
    def from_params(cls, params) -> "SearchRequest":
        """Build and validate a request from ``{name: [values]}`` (query-string shape).

        Raises BadRequest with a Chinese sentence naming the bad value and the fix.
        """
        def one(name, default=""):
            values = params.get(name) or []
            return values[-1] if values else default

        def many(name):
            values = list(dict.fromkeys(v.strip() for v in params.get(name) or [] if v and v.strip()))
            if len(values) > MAX_FILTER_VALUES:
                raise BadRequest(f"{FILTER_LABELS.get(name, name)}筛选给了 {len(values)} 个值，最多 {MAX_FILTER_VALUES} 个。"
                                 "请少选几个，或去掉这个筛选。")
            for value in values:
                if len(value) > MAX_FILTER_CHARS:
                    raise BadRequest(f"{FILTER_LABELS.get(name, name)}筛选的值太长（{len(value)} 个字符），"
                                     f"最多 {MAX_FILTER_CHARS} 个字符。")
            return values

        def integer(name, default, low, high=None):
            raw = one(name, "").strip()
            if raw == "":
                return default
            try:
                value = int(raw)
            except ValueError:
                raise BadRequest(f"参数 {name}={raw!r} 不是整数，请给出一个整数，例如 {name}={default}。", name) from None
            if value < low or (high is not None and value > high):
                span = f" {low} 到 {high} " if high is not None else f"不小于 {low} "
                raise BadRequest(f"参数 {name}={value} 超出范围，应为{span}的整数。", name)
            return value

        years = many("year")
        for year in years:
            if year != UNKNOWN and not (year.isdigit() and len(year) == 4) and year_range(year) is None:
                raise BadRequest(f"年份 {year!r} 无效：请写四位数字（如 2023）、年份范围（如 2019-2023），"
                                 "或写 unknown 选择年份不明的报告。", "year")
        sort = one("sort", "relevance") or "relevance"
        if sort not in SORTS:
            raise BadRequest(f"排序方式 {sort!r} 无效：sort 只能是 relevance（按相关度）或 year（按年份）。", "sort")
        sections = many("section")
        for kind in sections:
            if kind not in SECTION_KINDS:
                raise BadRequest(f"章节类别 {kind!r} 无效，可选：{'、'.join(SECTION_KINDS)}。", "section")
        types = many("type")
        for doc_type in types:
            if doc_type not in DOC_TYPES:
                raise BadRequest(f"文档类型 {doc_type!r} 无效，可选：{'、'.join(DOC_TYPES)}。", "type")
        q = query_text(one("q", ""))
        return cls(
            q=q,
            parks=many("park"),
            years=years,
            types=types,
            sections=sections,
            page=integer("page", 1, 1),
            per_page=integer("per_page", 10, 1, MAX_PER_PAGE),
            sort=sort,
            collapse=one("collapse", "1") not in ("0", "false", "no"),
        )
