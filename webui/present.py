"""What the pages show, computed from the search service's plain data and the query string.

The views stay thin: they ask the service, then these functions turn its answer into
the small structures the templates loop over (filter chips, the year chart, page
numbers). Everything here is plain data plus URLs, so it is easy to test and needs
no Flask request.
"""
from __future__ import annotations

from flask import url_for

from indexer.search.figures import base_value, format_figure
from indexer.search.budget import MAX_QUERY_STRINGS
from indexer.search.request import year_range

# facet name in the service's answer → query-string parameter, and the label a user reads
FACET_PARAMS = {"park": "park", "year": "year", "doc_type": "type", "section": "section"}
FACET_LABELS = {"park": "园区", "year": "年份", "doc_type": "文档类型", "section": "章节类别"}
UNKNOWN = "unknown"
UNKNOWN_LABEL = "不明"
FACET_SHOWN = 8  # values shown before "更多"


SEARCH_PARAMS = ("q", "park", "year", "type", "section", "page", "sort", "per_page", "collapse")


def search_args(multidict) -> dict:
    """The query string's search parameters as ``{name: [values]}``; anything else is dropped.

    Links are rebuilt from these with url_for, which treats keys such as ``_external``,
    ``_scheme`` or ``_anchor`` as instructions: they must never come from a visitor's URL.
    """
    # each value once: a value repeated a thousand times is one filter, one chip
    return {k: list(dict.fromkeys(multidict.getlist(k))) for k in SEARCH_PARAMS if multidict.getlist(k)}


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
    if value is None or value == UNKNOWN:
        return UNKNOWN_LABEL
    span = year_range(str(value))
    if span is None:
        return str(value)
    low, high = span
    if low and high:
        return f"{low}–{high}"
    return f"{low} 年及以后" if low else f"{high} 年及以前"


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


# the year chart's drawing, in SVG user units (the SVG scales to the sidebar's width)
YEAR_CHART_WIDTH, YEAR_CHART_HEIGHT = 224, 112
YEAR_CHART_TOP, YEAR_CHART_AXIS = 16, 17  # room for the "N 篇" scale label above, the year labels below
TICK_STEPS = (1, 2, 5, 10, 20, 25, 50, 100)
MAX_TICKS = 6
TICK_LABEL_WIDTH = 32  # a four-digit year at the chart's font size, with a little air


def year_chart(year_facet: list[dict], args: dict) -> dict:
    """The year facet as an SVG bar chart drawn to scale, each bar a link that toggles its year.

    Every year from the first to the last has a slot of the same width, so the gaps
    between reporting years read as time; bar heights are exact fractions of the
    busiest year's count (printed at the top). Ticks label round years. Each bar's
    accessible name says its year and count (“2023 年：3 篇”).
    """
    chosen = args.get("year", [])
    counts = {item["value"]: item["count"] for item in year_facet}
    known = sorted(y for y in counts if y is not None)
    top = max((counts[y] for y in known), default=0)
    unknown = None
    if counts.get(None):
        unknown = {"count": counts[None], "chosen": UNKNOWN in chosen,
                   "href": url_with(args, "year", UNKNOWN, toggle=True)}
    chart = {"bars": [], "ticks": [], "unknown": unknown, "any_chosen": bool(chosen), "top": top,
             "clear_href": url_with(args, "year", None), "width": YEAR_CHART_WIDTH, "height": YEAR_CHART_HEIGHT,
             "base": YEAR_CHART_HEIGHT - YEAR_CHART_AXIS, "first": None, "last": None,
             "hidden": [(k, v) for k, values in args.items() if k not in ("year", "page") for v in values],
             **_range_values(chosen)}
    if not known:
        return chart
    first, last = known[0], known[-1]
    slot = YEAR_CHART_WIDTH / (last - first + 1)
    plot = chart["base"] - YEAR_CHART_TOP
    for year in known:
        height = round(plot * counts[year] / top, 2)
        width = max(1.0, slot * 0.8) if slot >= 2 else slot
        x = (year - first) * slot
        chart["bars"].append({
            "year": year, "count": counts[year], "name": f"{year} 年：{counts[year]} 篇",
            "chosen": str(year) in chosen or _in_chosen_range(year, chosen),
            "href": url_with(args, "year", str(year), toggle=True),
            "slot_x": round(x, 2), "slot_w": round(slot, 2), "x": round(x + (slot - width) / 2, 2),
            "w": round(width, 2), "y": round(chart["base"] - height, 2), "h": height,
        })
    chart["ticks"] = _ticks(first, last, slot)
    chart["first"], chart["last"] = first, last
    return chart


def _ticks(first: int, last: int, slot: float) -> list[dict]:
    """Labelled years under the chart: round years (every 1, 2, 5, 10 … years), at most MAX_TICKS,
    always including the first and last year so the range is never guessed."""
    step = next((s for s in TICK_STEPS if (last - first) / s < MAX_TICKS), TICK_STEPS[-1])
    room = TICK_LABEL_WIDTH / slot  # how many years one label is wide
    # the first and last labels hang to one side of their year (anchored start / end): more room there
    end_room = 1.6 * room
    kept = [first]
    for year in range(first - first % step + step, last, step):
        if year - kept[-1] >= (end_room if kept[-1] == first else 1.2 * room) and last - year >= end_room:
            kept.append(year)
    if last != first:
        kept.append(last)
    out = []
    for y in kept:
        x = round((y - first + 0.5) * slot, 2)
        anchor = "start" if y == first and x < 12 else "end" if y == last and x > YEAR_CHART_WIDTH - 12 else "middle"
        out.append({"year": y, "x": x, "anchor": anchor})
    return out


def _range_values(chosen: list[str]) -> dict:
    """The from–to inputs' values: the chosen year range, if one is chosen."""
    for value in chosen:
        span = year_range(value)
        if span:
            return {"from_value": span[0] or "", "to_value": span[1] or ""}
    return {"from_value": "", "to_value": ""}


def _in_chosen_range(year: int, chosen: list[str]) -> bool:
    spans = [year_range(value) for value in chosen]
    return any(span and (span[0] or year) <= year <= (span[1] or year) for span in spans)


def year_range_value(low: str, high: str) -> str | None:
    """The ``year`` filter value for the from–to form (``1990-2000``, ``1990-``, ``-2000``, ``2003``)."""
    low, high = (low or "").strip(), (high or "").strip()
    if not low and not high:
        return None
    if low and high and low == high:
        return low
    if low and high and low.isdigit() and high.isdigit() and int(low) > int(high):
        low, high = high, low
    return f"{low}-{high}"


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


def alternative_links(alternatives: list[dict], args: dict) -> list[dict]:
    """The search service's alternatives to a search that found nothing, as links."""
    params = {"parks": "park", "years": "year", "types": "type", "sections": "section"}
    out = []
    for alt in alternatives:
        if alt["q"] is not None:
            href = url_with(args, "q", alt["q"])
        else:
            name, value = alt["drop"]
            href = url_with(args, params[name], value, toggle=True)
        out.append({"label": alt["label"], "href": href, "count": alt["count"]})
    return out


def report_url(report_id: str, args: dict) -> str:
    """A report's link carrying the whole search state (query, filters, sort, page), so the
    report page's way back returns to the same results."""
    return url_for("search.report", report_id=report_id, **{k: v for k, v in args.items() if v})


def error_fix(error_param: str | None, args: dict, q: str, max_chars: int) -> dict | None:
    """The link that mends a bad search: without the parameter that was wrong, or with the
    query cut to what is allowed (the longest length, at a space when there is one, and no
    more strings than a query may hold); None when no shorter query would do."""
    if error_param == "q":
        cut = q[:max_chars]
        if " " in cut.strip() and len(q) > max_chars:
            cut = cut[:cut.rstrip().rfind(" ")]
        cut = " ".join(cut.split()[:MAX_QUERY_STRINGS])
        if not cut or cut == " ".join(q.split()):
            return None  # the same query again would fail again
        keep = {k: v for k, v in args.items() if k != "page"}
        keep["q"] = [cut]
        return {"href": url_for("search.index", **keep), "label": f"只检索前 {len(cut)} 个字符"}
    if error_param:
        return {"href": url_with(args, error_param, None), "label": "去掉这个有误的条件，保留其他条件再检索"}
    return {"href": url_for("search.index", q=q or None), "label": f"去掉其他条件，只检索“{q}”" if q else "回到检索首页"}


# The search page's syntax table: each example is a link, and a test runs every one of them
# against the bundled corpus and expects it to find something.
SYNTAX_EXAMPLES = (
    (("招商引资",), "含“招商引资”的报告（不加空格的一串中文按原词序匹配）"),
    (("污水处理 土地",), "两个词都出现"),
    (('"标准厂房"',), "完整短语，不用同义词"),
    (("招商 OR 引资", "招商 或 引资"), "任一出现"),
    (("园区 -绿化", "园区 NOT 绿化"), "有前者、没有后者"),
    (("park:金岭工业园", "year:2019-2023", "heading:存在问题"), "只在某个字段中找（小标题按章节类别宽松匹配：存在的问题、问题与不足也算“存在问题”）"),
    (("招商*",), "以“招商”开头的词"),
    (("指标:税收",), "写明了某项关键指标（产值、税收、投资等数字）的报告"),
)


# -- key figures (the park page, results, the report page) ----------------------------------

# the park page's chart of one figure by year (its own names: the year facet's chart above
# is drawn at another scale, and one module-level name for both drew the facet's labels at a third of their size)
FIGURE_CHART_WIDTH, FIGURE_CHART_HEIGHT, FIGURE_CHART_TOP, FIGURE_CHART_BOTTOM = 640, 240, 24, 40  # SVG user units
STATUS_MARKS = {"预计": "预计", "目标": "目标", "累计": "累计"}  # 实际 needs no mark


def figure_href(figure: dict, bases: dict | None = None, args: dict | None = None) -> str:
    """The report a figure was read from, with its sentence highlighted (``#figure``).
    ``bases`` remembers each report's URL: a park's table links hundreds of figures.
    ``args``: the search the link is shown in (query, filters), kept like a result's own link,
    so the report page still marks the query and leads back to the same results."""
    report_id = figure.get("report_id") or figure.get("id")
    kept = {k: v for k, v in (args or {}).items() if v and k != "fig"}
    if kept:
        base = url_for("search.report", report_id=report_id, **kept)
        return f"{base}&fig={int(figure['start'])}-{int(figure['end'])}#figure"
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
    if figure.get("measure"):
        text += f"（{figure['measure']}）"  # "12.8平方公里（建成）": how much of the area is built
    if figure.get("scope") and figure["scope"] != "园区":
        text += "（非园区整体）"  # a part's or another entity's (其中东区…, 全县…): said on the figure itself
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
        years = sum(1 for c in row["cells"] if c["year"] and c["main"] and c["main"]["value"] is not None)
        if years > most:
            best, most = row["name"], years
    # (none with a value of the park's own: the first indicator, so that the page names what it cannot draw)
    return best or (table["rows"][0]["name"] if table["rows"] else None)


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
    slot = FIGURE_CHART_WIDTH / len(points)
    width = min(64.0, slot * 0.6)
    plot = FIGURE_CHART_HEIGHT - FIGURE_CHART_TOP - FIGURE_CHART_BOTTOM
    bars = []
    for i, (figure, value, _) in enumerate(points):
        height = max(1.0, plot * value / top)
        x = i * slot + (slot - width) / 2
        y = FIGURE_CHART_TOP + plot - height
        shown = f"{value:.4g}{unit}"
        # a part of a year (1-9月, 上半年) is said under its year: bars of different periods side by side
        # are not a trend, and the reader must see that without hovering
        period = figure.get("period") if figure.get("period") not in (None, "全年") else None
        bars.append({"x": round(x, 1), "y": round(y, 1), "width": round(width, 1), "height": round(height, 1),
                     "cx": round(x + width / 2, 1), "label_y": round(y - 6, 1), "year_y": FIGURE_CHART_HEIGHT - 22,
                     "period_y": FIGURE_CHART_HEIGHT - 6, "period": period,
                     "year": figure["year"], "value": shown, "status": figure["status"],
                     "title": f"{figure['year']} 年 {name}：{figure_label(figure)}", "href": figure_href(figure)})
    return {"name": name, "unit": unit, "bars": bars, "width": FIGURE_CHART_WIDTH, "height": FIGURE_CHART_HEIGHT,
            "baseline": FIGURE_CHART_TOP + plot}
