"""What the pages show, computed from the search service's plain data and the query string.

The views stay thin: they ask the service, then these functions turn its answer into
the small structures the templates loop over (filter chips, the year chart, page
numbers). Everything here is plain data plus URLs, so it is easy to test and needs
no Flask request.
"""
from __future__ import annotations

from flask import url_for

from indexer.search.figures import base_value, format_figure

# facet name in the service's answer → query-string parameter, and the label a user reads
FACET_PARAMS = {"park": "park", "year": "year", "doc_type": "type", "section": "section"}
FACET_LABELS = {"park": "园区", "year": "年份", "doc_type": "文档类型", "section": "章节类别"}
UNKNOWN = "unknown"
UNKNOWN_LABEL = "不明"
BAR_LEVELS = 10  # bar heights are CSS classes h-1 … h-10 (the CSP forbids inline styles)
MAX_GAP_FILL = 40  # years without reports inside the range get an empty bar, unless the range is huge
FACET_SHOWN = 8  # values shown before "更多"


SEARCH_PARAMS = ("q", "park", "year", "type", "section", "page", "sort", "per_page", "collapse")


def search_args(multidict) -> dict:
    """The query string's search parameters as ``{name: [values]}``; anything else is dropped.

    Links are rebuilt from these with url_for, which treats keys such as ``_external``,
    ``_scheme`` or ``_anchor`` as instructions: they must never come from a visitor's URL.
    """
    return {k: multidict.getlist(k) for k in SEARCH_PARAMS if multidict.getlist(k)}


def url_with(args: dict, name: str, value=None, toggle: bool = False, drop_page: bool = True) -> str:
    """The search URL for ``args`` with ``name`` set to ``value`` (or toggled among its values)."""
    new = {k: list(v) for k, v in args.items()}
    if drop_page:
        new.pop("page", None)
    if toggle:
        values = new.get(name, [])
        value = str(value)
        new[name] = [v for v in values if v != value] if value in values else values + [value]
    elif value is None:
        new.pop(name, None)
    else:
        new[name] = [str(value)]
    return url_for("search.index", **{k: v for k, v in new.items() if v})


def facet_value(value) -> str:
    """The query-string value that selects a facet bucket (``unknown`` for the null bucket)."""
    return UNKNOWN if value is None else str(value)


def value_label(value) -> str:
    return UNKNOWN_LABEL if value is None or value == UNKNOWN else str(value)


def facet_lists(facets: dict, args: dict) -> list[dict]:
    """The sidebar's text facets (park, document type, section kind), each value with its toggle link."""
    out = []
    for name in ("park", "doc_type", "section"):
        param = FACET_PARAMS[name]
        chosen = args.get(param, [])
        items = [
            {"label": value_label(item["value"]), "count": item["count"],
             "chosen": facet_value(item["value"]) in chosen,
             "href": url_with(args, param, facet_value(item["value"]), toggle=True),
             "park_href": url_for("parks.park", name=item["value"]) if name == "park" and item["value"] else None}
            for item in facets.get(name, [])
        ]
        # chosen values always stay visible, even when they are not among the first few
        shown = [i for n, i in enumerate(items) if n < FACET_SHOWN or i["chosen"]]
        more = [i for n, i in enumerate(items) if n >= FACET_SHOWN and not i["chosen"]]
        out.append({"name": name, "param": param, "label": FACET_LABELS[name], "values": shown, "more": more,
                    "any_chosen": bool(chosen), "clear_href": url_with(args, param, None)})
    return out


def year_chart(year_facet: list[dict], args: dict) -> dict:
    """The year facet as bars, oldest year first, each bar a link that toggles that year.

    Years without matching reports between the first and last get an empty bar, so the
    chart reads as a time line. Heights are levels 0–10 relative to the busiest year.
    """
    chosen = args.get("year", [])
    counts = {item["value"]: item["count"] for item in year_facet}
    known = sorted(y for y in counts if y is not None)
    if known and known[-1] - known[0] <= MAX_GAP_FILL:
        years = list(range(known[0], known[-1] + 1))
    else:
        years = known
    top = max((c for v, c in counts.items() if v is not None), default=0)

    def bar(value, label):
        count = counts.get(value, 0)
        level = 0 if not count or value is None else max(1, round(count / top * BAR_LEVELS))
        return {"label": label, "short": label[-2:] if value is not None else label, "count": count,
                "level": level, "chosen": facet_value(value) in chosen,
                "href": url_with(args, "year", facet_value(value), toggle=True) if count else None}

    bars = [bar(y, str(y)) for y in years]
    unknown = bar(None, UNKNOWN_LABEL) if counts.get(None) else None
    # how much room each bar has: full year labels, two-digit labels, or only the axis ends
    density = "roomy" if len(bars) <= 8 else "dense" if len(bars) <= 16 else "crowded"
    return {"bars": bars, "unknown": unknown, "density": density,
            "any_chosen": bool(chosen), "clear_href": url_with(args, "year", None),
            "first": years[0] if years else None, "last": years[-1] if years else None}


def chips(args: dict) -> list[dict]:
    """Every chosen filter as a removable chip: its label and the URL without it."""
    out = []
    for name, param in FACET_PARAMS.items():
        for value in args.get(param, []):
            if value.strip():
                out.append({"facet": FACET_LABELS[name], "param": param, "value": value,
                            "label": value_label(value), "remove_href": url_with(args, param, value, toggle=True)})
    return out


def clear_filters_href(args: dict) -> str:
    keep = {k: v for k, v in args.items() if k not in FACET_PARAMS.values()}
    return url_with(keep, "page", None)


def page_numbers(page: int, last: int, around: int = 2) -> list[int | None]:
    """Page numbers to link, ``None`` where a run is left out: 1 … 4 5 [6] 7 8 … 20."""
    if last <= 1:
        return [1] if last == 1 else []
    wanted = {1, last} | set(range(max(1, page - around), min(last, page + around) + 1))
    out: list[int | None] = []
    for n in sorted(wanted):
        if out and n - out[-1] > 1:
            out.append(None if n - out[-1] > 2 else n - 1)
        out.append(n)
    return out


def last_page(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))


def outline(blocks: list[dict]) -> list[dict]:
    """The report's headings, each with its anchor and how many query matches its section holds."""
    out = []
    for block in blocks:
        if not block["heading"]:
            continue
        html = str(block["heading_html"] or "") + "".join(str(p) for p in block["paragraphs"])
        out.append({"anchor": block["anchor"], "heading": block["heading"], "level": block["level"],
                    "category": block["category"], "hits": html.count('<mark id="hit-')})
    return out


# -- key figures (the park page, results, the report page) ----------------------------------

CHART_WIDTH, CHART_HEIGHT, CHART_TOP, CHART_BOTTOM = 640, 240, 24, 40  # SVG user units
STATUS_MARKS = {"预计": "预计", "目标": "目标", "累计": "累计"}  # 实际 needs no mark


def figure_href(figure: dict, bases: dict | None = None) -> str:
    """The report a figure was read from, with its sentence highlighted (``#figure``).
    ``bases`` remembers each report's URL: a park's table links hundreds of figures."""
    report_id = figure.get("report_id") or figure.get("id")
    base = bases.get(report_id) if bases is not None else None
    if base is None:
        base = url_for("search.report", report_id=report_id)
        if bases is not None:
            bases[report_id] = base
    return f"{base}?fig={int(figure['start'])}-{int(figure['end'])}#figure"


def figure_label(figure: dict) -> str:
    """"109.4亿元", "预计 120亿元", "目标 150亿元（1-9月）": the value with its status and period."""
    text = format_figure(figure)
    mark = STATUS_MARKS.get(figure["status"])
    if mark:
        text = f"{mark} {text}"
    if figure.get("period") and figure["period"] != "全年":
        text += f"（{figure['period']}）"
    return text


def figure_table(table: dict) -> dict:
    """The park's figures by year as cells to render: label, link, status class, and the
    other figures of that year (targets, forecasts) listed under the main one."""
    rows, bases = [], {}
    for row in table["rows"]:
        cells = []
        for cell in row["cells"]:
            main = cell["main"]
            cells.append({
                "year": cell["year"],
                "main": _figure_cell(main, bases) if main else None,
                "others": [_figure_cell(f, bases) for f in cell["others"][:3]],
                "more": max(0, len(cell["others"]) - 3),
            })
        rows.append({"name": row["name"], "cells": cells})
    return {"years": table["years"], "rows": rows}


def _figure_cell(figure: dict, bases: dict) -> dict:
    return {"label": figure_label(figure), "href": figure_href(figure, bases), "status": figure["status"],
            "other_scope": figure["scope"] != "园区", "quote": figure["quote"], "title": figure["title"]}


def default_indicator(table: dict) -> str | None:
    """The indicator the chart shows first: the one with values in the most years."""
    best, most = None, 0
    for row in table["rows"]:
        years = sum(1 for c in row["cells"] if c["main"] and c["main"]["value"] is not None)
        if years > most:
            best, most = row["name"], years
    return best


def figure_chart(series: list[dict], name: str) -> dict | None:
    """One indicator by year as SVG bars, to scale, each with its value and year as text
    and an accessible title; a forecast or target is drawn as an outline, never as an
    achieved bar. Computed here so the page needs no script and no inline style."""
    points = [(f, *base_value(f)) for f in series]
    units = {u for _, v, u in points if v is not None}
    if not points or len(units) != 1:
        return None
    unit = units.pop()
    top = max(v for _, v, _ in points) or 1
    slot = CHART_WIDTH / len(points)
    width = min(64.0, slot * 0.6)
    plot = CHART_HEIGHT - CHART_TOP - CHART_BOTTOM
    bars = []
    for i, (figure, value, _) in enumerate(points):
        height = max(1.0, plot * value / top)
        x = i * slot + (slot - width) / 2
        y = CHART_TOP + plot - height
        shown = f"{value:.4g}{unit}"
        bars.append({"x": round(x, 1), "y": round(y, 1), "width": round(width, 1), "height": round(height, 1),
                     "cx": round(x + width / 2, 1), "label_y": round(y - 6, 1), "year_y": CHART_HEIGHT - 16,
                     "year": figure["year"], "value": shown, "status": figure["status"],
                     "title": f"{figure['year']} 年 {name}：{figure_label(figure)}", "href": figure_href(figure)})
    return {"name": name, "unit": unit, "bars": bars, "width": CHART_WIDTH, "height": CHART_HEIGHT,
            "baseline": CHART_TOP + plot}
