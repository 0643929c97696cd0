"""What the pages show, computed from the search service's plain data and the query string.

The views stay thin: they ask the service, then these functions turn its answer into
the small structures the templates loop over (filter chips, the year chart, page
numbers). Everything here is plain data plus URLs, so it is easy to test and needs
no Flask request.
"""
from __future__ import annotations

from flask import url_for

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
             "href": url_with(args, param, facet_value(item["value"]), toggle=True)}
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
