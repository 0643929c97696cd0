"""Key figures across reports: a park's page, an indicator's series by year, the export.

The reader extracted each report's figures (reading/indicators.py) and the build
stored them in the report's ``meta``. This module only arranges stored data: one
park's reports by year and type, its section kinds, and a table of its figures by
year in which an achieved figure is never confused with a forecast or a target.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from whoosh import query as Q

from ..errors import BadRequest, NotFound
from ..model import DOC_TYPES, INDICATOR_NAMES, SECTION_KINDS
from ..reading.indicators import canonical_indicator
from ..text import UNKNOWN

if TYPE_CHECKING:  # the service shows figures beside results: it imports this module, not the reverse
    from .service import SearchService

# Which figure of a year a table cell shows: the park's own before another entity's,
# a value before a masked one, achieved before forecast before target, the whole
# year before a part of it.
_STATUS_RANK = {"实际": 0, "累计": 1, "预计": 2, "目标": 3}
_PERIOD_RANK = {"全年": 0, None: 1}
# To draw a series on one scale, units of one kind convert to one unit.
_TO_BASE = {
    "亿元": ("亿元", 1.0), "万元": ("亿元", 1e-4), "千万元": ("亿元", 1e-3), "百万元": ("亿元", 1e-2), "元": ("亿元", 1e-8),
    "亿美元": ("亿美元", 1.0), "万美元": ("亿美元", 1e-4), "美元": ("亿美元", 1e-8),
    "平方公里": ("平方公里", 1.0), "平方千米": ("平方公里", 1.0), "公顷": ("平方公里", 0.01),
    "亩": ("平方公里", 1 / 1500), "万亩": ("平方公里", 10000 / 1500),
    "英亩": ("平方公里", 0.0040468564224), "万英亩": ("平方公里", 40.468564224),
    "万人": ("人", 10000.0), "人": ("人", 1.0), "名": ("人", 1.0),
}
RESULT_FIGURES = 6  # figures shown beside a search result's snippets
_INDICATOR_IN_QUERY = re.compile(r"(?:指标|indicator)[:：]\s*(\S+)", re.IGNORECASE)


def format_figure(figure: dict) -> str:
    """"109.4亿元", "X亿元（打码）", "3600万美元" — the value as the report wrote it."""
    if figure.get("masked") or figure.get("value") is None:
        return f"X{figure.get('unit') or ''}（打码）"
    value = figure["value"]
    text = str(int(value)) if float(value).is_integer() else str(value)
    return text + (figure.get("unit") or "")


def figure_rows(meta: dict, figures: list | None = None) -> list[dict]:
    """Each figure of a report as a flat row: the figure's keys plus the report's. ``year``
    is the year the figure is about (a plan's target for next year is next year's),
    ``report_year`` the report's. ``meta``: the stored meta, or the report's card with its
    ``figures`` from the column."""
    report = {"report_id": meta["id"], "title": meta["title"], "park": meta["park"], "report_year": meta["year"],
              "doc_type": meta["doc_type"], "source": meta["source"], "n": meta["n"]}
    figures = meta.get("indicators") if figures is None else figures
    return [dict(report, **{**figure, "year": figure.get("year", meta["year"])}) for figure in figures or []]


def base_value(row: dict) -> tuple[float | None, str | None]:
    """The figure's value in its kind's common unit (亿元, 平方公里, 人; counts as they are)."""
    if row.get("value") is None:
        return None, None
    unit, factor = _TO_BASE.get(row["unit"], (row["unit"], 1.0))
    return row["value"] * factor, unit


def cell_rank(row: dict) -> tuple:
    # (an area: the one planned first, how much is built beside it — one row, two measures)
    return (row["scope"] != "园区", row["masked"], row.get("measure") is not None, _STATUS_RANK.get(row["status"], 9),
            _PERIOD_RANK.get(row["period"], 2))


def indicator_name(raw: str | None) -> str | None:
    """The indicator a request names (税金 → 税收), None for none; BadRequest for an unknown one."""
    if not raw or not raw.strip():
        return None
    name = canonical_indicator(raw)
    if name is None:
        raise BadRequest(f"不认识的指标“{raw.strip()[:40]}”。可用的指标：{'、'.join(INDICATOR_NAMES)}。")
    return name


def park_cards(service: "SearchService", park: str | None) -> list[tuple[dict, list]]:
    """(card, figures) of every report of ``park`` (None: of every report), read from the
    ``card`` and ``figures`` columns — never a report's stored text. An index built
    before the figures column has them only in the stored meta."""
    searcher = service.searcher()
    query = Q.Every() if park is None else Q.Term("park", park)
    docnums = searcher.docs_for_query(query)
    reader = searcher.reader()
    cards = service.column(searcher, "card")  # kept per generation: result lists read it too
    if not cards or not reader.has_column("figures"):
        metas = (searcher.stored_fields(docnum)["meta"] for docnum in docnums)
        return [(meta, meta.get("indicators") or []) for meta in metas]
    # read on demand, not kept: a thousand reports' figures are megabytes the server would hold
    figures = reader.column_reader("figures")
    if park is None:
        live = set(docnums)
        return [(cards[d], found) for d, found in enumerate(figures) if d in live]
    return [(cards[docnum], figures[docnum]) for docnum in docnums]


_NAME_ORDER = {n: i for i, n in enumerate(INDICATOR_NAMES)}


def indicator_rows(service: "SearchService", park: str | None = None, name: str | None = None) -> list[dict]:
    """Every stored figure (of one park, of one indicator), by park, year, indicator and text order."""
    names = service.park_names()
    spellings = [None] if park is None else names.spellings(park)  # every spelling of the park, as one
    rows = [row for spelling in spellings for card, found in park_cards(service, spelling)
            for row in figure_rows(card, [f for f in found if name is None or f["name"] == name])]
    for row in rows:
        if row["park"]:
            row["park"] = names.canonical(row["park"])
    rows.sort(key=lambda r: (r["park"] or "", r["year"] or 0, _NAME_ORDER.get(r["name"], 99), r["report_id"],
                             r["start"]))
    return rows


def year_table(rows: list[dict]) -> dict:
    """A park's figures by indicator (rows) and year (columns, oldest first).

    Each cell holds the figure it shows (the best by ``cell_rank``) and the others of
    that name and year (the year ``None`` last: figures of no known year) (targets, forecasts, part-year figures), so that a target sits
    beside the achieved figure, marked, and is never shown as one.
    """
    # Figures whose year is unknown (a report without a year, a sentence naming none) are a last
    # column, ``None`` (年份不明): a park whose reports state figures but no year showed
    # "no figures read" while its search results listed them.
    years = sorted({r["year"] for r in rows if r["year"]}) + ([None] if any(not r["year"] for r in rows) else [])
    cells: dict[tuple[str, int | None], list[dict]] = defaultdict(list)
    for r in rows:
        cells[(r["name"], r["year"] or None)].append(r)
    names = [n for n in INDICATOR_NAMES if any((n, y) in cells for y in years)]
    table = [{"name": n, "cells": [_cell(cells.get((n, y), []), y) for y in years]} for n in names]
    return {"years": years, "rows": table}


def _cell(found: list[dict], year: int | None) -> dict:
    # (the cell's figure is the park's own: a part's or another entity's figure — scope 其他: a county's, a
    # trade's, 其中东区… — is listed under it, marked, and never stands for the park, even where the park has none)
    found = sorted(found, key=cell_rank)
    main = found[0] if found and found[0]["scope"] == "园区" else None
    return {"year": year, "main": main, "others": [f for f in found if f is not main]}


def series(rows: list[dict], name: str) -> list[dict]:
    """One indicator by year, for a chart: each year's best figure that has a value."""
    best: dict[int, dict] = {}
    for r in rows:
        if r["name"] != name or not r["year"] or r["value"] is None or r["scope"] != "园区":
            continue  # (a part's or another entity's figure is no point of the park's own series)
        if r["year"] not in best or cell_rank(r) < cell_rank(best[r["year"]]):
            best[r["year"]] = r
    return [best[y] for y in sorted(best)]


def park_page(service: "SearchService", park: str) -> dict:
    """A park's page: its reports by year (newest first) and type, the years it reported,
    its section kinds, and its key figures by year."""
    from .service import public_fields

    if park == UNKNOWN:
        raise NotFound("园区不明的报告没有园区主页：请在检索页用“园区：不明”筛选它们。")
    # every spelling of the park (鳳陽工業園區 for 凤阳工业园区, 宁波高新区 for 宁波国家高新区), shown as one
    spellings = service.park_names().spellings(park)
    reports = [report for spelling in spellings for report in park_cards(service, spelling)]
    if reports:
        park = service.park_names().canonical(spellings[0])
    if not reports:
        raise NotFound(f"没有园区“{park[:40]}”的报告。园区名要与检索结果中的写法一致（简体），例如“金岭工业园”。")
    by_year: dict = defaultdict(lambda: defaultdict(list))
    rows = []
    for card, found in reports:
        by_year[card["year"]][card["doc_type"]].append(public_fields(card))
        rows += figure_rows(card, found)
    kinds = _section_kinds(service, spellings)
    years = sorted((y for y in by_year if y), reverse=True) + ([None] if None in by_year else [])
    groups = [{"year": y, "count": sum(len(v) for v in by_year[y].values()),
               "types": [{"doc_type": t, "reports": sorted(by_year[y][t], key=lambda m: m["title"])}
                         for t in DOC_TYPES if t in by_year[y]]}
              for y in years]
    return {"park": park, "reports": len(reports), "groups": groups, "years": [y for y in years if y],
            "section_kinds": [{"kind": k, "count": kinds[k]} for k in SECTION_KINDS if kinds[k]],
            "figures": rows, "table": year_table(rows)}


def park_list(service: "SearchService") -> dict:
    """Every park of the index (each under its facet spelling) with its report count and the
    years it reported, most reports first; and how many reports name no park."""
    def compute(searcher):
        names = service.park_names()
        reports: Counter = Counter()
        years: dict = defaultdict(set)
        unknown = 0
        for park, year in zip(service.column(searcher, "park"), service.column(searcher, "year")):
            if not park or park == UNKNOWN:
                unknown += 1
                continue
            park = names.canonical(park)
            reports[park] += 1
            if year and year != UNKNOWN:
                years[park].add(year)
        parks = [{"park": park, "reports": n, "years": sorted(years[park])}
                 for park, n in sorted(reports.items(), key=lambda item: (-item[1], item[0]))]
        return {"parks": parks, "unknown": unknown}

    return service.per_generation("park_list", compute)


def _section_kinds(service: "SearchService", spellings: list[str]) -> Counter:
    """How many of a park's reports (under any of its ``spellings``) have each kind of
    section (the indexed kinds: no report's stored sections are read)."""
    searcher = service.searcher()
    mine = {d for park in spellings for d in searcher.docs_for_query(Q.Term("park", park))}
    return Counter({kind: len(mine.intersection(searcher.docs_for_query(Q.Term("section_kinds", kind))))
                    for kind in SECTION_KINDS if kind != "其他"})


def asked_indicators(q: str) -> set[str]:
    """The indicators a query asks for with 指标:… / indicator:…"""
    return {canonical_indicator(m.group(1)) for m in _INDICATOR_IN_QUERY.finditer(q or "")} - {None}


def result_figures(meta: dict, q: str) -> list[dict]:
    """The figures to show beside a search result: those the query asks for (指标:税收),
    else the park's own, achieved ones first; a few at most."""
    figures = meta.get("indicators") or []
    asked = asked_indicators(q)
    if asked:
        chosen = [f for f in figures if f["name"] in asked]
    else:
        chosen = sorted(figures, key=lambda f: (f["scope"] != "园区", f["masked"], _STATUS_RANK.get(f["status"], 9)))
    return chosen[:RESULT_FIGURES]
