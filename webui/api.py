"""JSON API, suggestions, CSV export and health check."""
from __future__ import annotations

import csv
import datetime
import io
import re
from urllib.parse import quote

from flask import Blueprint, Response, current_app, jsonify, request, url_for

from indexer.search import SearchRequest, figures, reports, suggest

from . import get_service, present
from .exports import CSV_COLUMNS, csv_cell, csv_chunks, link_maker  # noqa: F401 (CSV_COLUMNS: the columns' one home)
from .guard import heavy

bp = Blueprint("api", __name__)

_UNSAFE_IN_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f\s]+')


def search_request() -> SearchRequest:
    return SearchRequest.from_params(request.args.to_dict(flat=False))


@bp.get("/api/search")
@heavy
def search():
    return jsonify(get_service().search(search_request()))


@bp.get("/api/suggest", endpoint="suggest")
def suggestions():
    """Parks and frequent phrases of the index containing ``q`` (the search box's suggestions)."""
    q = request.args.get("q", "")[:50]
    return jsonify({"q": q, "suggestions": suggest.suggestions(get_service(), q)})


@bp.get("/api/report/<report_id>")
def report(report_id):
    return jsonify(reports.report_data(get_service(), report_id))


@bp.get("/export.csv")
@heavy(lane="export")
def export_csv():
    """Every matching report as a CSV row. Under ``serve`` the rows are computed in a process of
    its own (``webui.exports``: this thread only waits for the bytes, and a cheap request
    never waits behind an export's turns at the interpreter); elsewhere (tests, an app without
    one) here. Either way it gives way between rows to searches and report pages computing."""
    req = search_request()
    head, tail = report_link_halves(req.q)
    processes = current_app.extensions.get("parksearch_exports")
    if processes is not None:
        guard = current_app.extensions["parksearch_guard"]
        body = processes.export(request.args.to_dict(flat=False), head, tail, guard.export_cpu_seconds,
                                guard.give_way_seconds_left())
    else:
        pause = current_app.extensions["parksearch_guard"].give_way()  # searches and report pages first
        rows = get_service().export(req, pause)
        body = "".join(csv_chunks(rows, link_maker(head, tail), pause))
    today = datetime.date.today()
    return Response(body, mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": content_disposition(export_name(req.q, today),
                                                                        f"parksearch-{today.isoformat()}.csv")})


def report_link_halves(q: str) -> tuple[str, str]:
    """A report's link around its id, ``url_for("search.report", report_id=…, q=q, _external=True)``
    built once per export (``exports.link_maker`` puts each row's id between the halves)."""
    template = url_for("search.report", report_id="ID", q=q or None, _external=True)
    path, sep, query = template.partition("?")
    if not path.endswith("/ID"):  # the route has changed its shape: fail loudly, not with wrong links
        raise RuntimeError(f"a report's link does not end with its id: {template}")
    return path[:-2], sep + query


def export_name(q: str, today: datetime.date | None = None) -> str:
    """园区报告-招商引资-2026-12-01.csv: what was searched and when, safe on every file system."""
    what = _UNSAFE_IN_NAME.sub("_", q.strip())[:40].strip("_.") or "全部报告"
    return f"园区报告-{what}-{(today or datetime.date.today()).isoformat()}.csv"


def content_disposition(name: str, ascii_name: str) -> str:
    """An attachment header with the Chinese name (RFC 5987) and an ASCII one for old clients."""
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"


# /indicators.csv: one row per figure, Chinese headers for Excel users
INDICATOR_CSV = (("园区", "park"), ("年份", "year"), ("指标", "name"), ("数值", "value"), ("单位", "unit"),
                 ("折合亿元", "value_yi"), ("同比增长(%)", "growth_pct"), ("状态", "status"), ("时段", "period"),
                 ("范围", "scope"), ("口径", "measure"), ("是否打码", "masked"), ("原文", "quote"), ("章节", "section"),
                 ("报告标题", "title"), ("报告年份", "report_year"), ("文档类型", "doc_type"), ("原始文件", "source"),
                 ("报告链接", "href"))
# a cell Excel would run as a formula


def indicator_request() -> tuple[str | None, str | None]:
    park = (request.args.get("park") or "").strip() or None
    return park, figures.indicator_name(request.args.get("name"))


def indicator_series() -> dict:
    park, name = indicator_request()
    rows, bases = figures.indicator_rows(get_service(), park, name), {}
    for row in rows:
        row["href"] = present.figure_href(row, bases)
    return {"park": park, "name": name, "count": len(rows), "series": rows}


@bp.get("/api/parks")
def parks():
    """``{"parks": [{"park", "reports", "years"}], "unknown": n}``: every park, most reports first."""
    return jsonify(figures.park_list(get_service()))


@bp.get("/api/indicators")
def indicators():
    """Key figures as a series: of one park (park=…), one indicator (name=…), or all."""
    return jsonify(indicator_series())


@bp.get("/indicators.csv")
def indicators_csv():
    data = indicator_series()
    buffer = io.StringIO()
    buffer.write("\ufeff")  # BOM: Excel then reads the file as UTF-8
    writer = csv.writer(buffer)
    writer.writerow([label for label, _ in INDICATOR_CSV])
    for row in data["series"]:
        writer.writerow([csv_cell(row.get(key), key) for _, key in INDICATOR_CSV])
    name = "-".join(x for x in ("指标", data["park"], data["name"], datetime.date.today().isoformat()) if x)
    return Response(buffer.getvalue(), mimetype="text/csv; charset=utf-8", headers={
        "Content-Disposition": f"attachment; filename=indicators.csv; filename*=UTF-8''{quote(name + '.csv')}"})


@bp.get("/healthz")
def healthz():
    guard = current_app.extensions["parksearch_guard"]
    return jsonify(dict(get_service().stats(), busy=guard.work.busy, slots=guard.work.slots,
                        report_pages_busy=guard.pages.busy, exports_busy=guard.exports.busy))
