"""JSON API, CSV export and health check."""
from __future__ import annotations

import csv
import io
from datetime import date
from urllib.parse import quote

from flask import Blueprint, Response, jsonify, request

from indexer.search import SearchRequest, figures, reports

from . import get_service, present

bp = Blueprint("api", __name__)

CSV_COLUMNS = ("id", "source", "n", "title", "park", "year", "doc_type", "period", "score")


def search_request() -> SearchRequest:
    return SearchRequest.from_params(request.args.to_dict(flat=False))


@bp.get("/api/search")
def search():
    return jsonify(get_service().search(search_request()))


@bp.get("/api/report/<report_id>")
def report(report_id):
    return jsonify(reports.report_data(get_service(), report_id))


@bp.get("/export.csv")
def export_csv():
    rows = get_service().export(search_request())
    buffer = io.StringIO()
    buffer.write("\ufeff")  # BOM: Excel then reads the file as UTF-8 and shows the Chinese
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return Response(buffer.getvalue(), mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": "attachment; filename=parksearch-results.csv"})


# /indicators.csv: one row per figure, Chinese headers for Excel users
INDICATOR_CSV = (("园区", "park"), ("年份", "year"), ("指标", "name"), ("数值", "value"), ("单位", "unit"),
                 ("折合亿元", "value_yi"), ("同比增长(%)", "growth_pct"), ("状态", "status"), ("时段", "period"),
                 ("范围", "scope"), ("是否打码", "masked"), ("原文", "quote"), ("章节", "section"),
                 ("报告标题", "title"), ("报告年份", "report_year"), ("文档类型", "doc_type"), ("原始文件", "source"),
                 ("报告链接", "href"))
# a cell Excel would run as a formula
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def indicator_request() -> tuple[str | None, str | None]:
    park = (request.args.get("park") or "").strip() or None
    return park, figures.indicator_name(request.args.get("name"))


def indicator_series() -> dict:
    park, name = indicator_request()
    rows, bases = figures.indicator_rows(get_service(), park, name), {}
    for row in rows:
        row["href"] = present.figure_href(row, bases)
    return {"park": park, "name": name, "count": len(rows), "series": rows}


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
    name = "-".join(x for x in ("指标", data["park"], data["name"], date.today().isoformat()) if x)
    return Response(buffer.getvalue(), mimetype="text/csv; charset=utf-8", headers={
        "Content-Disposition": f"attachment; filename=indicators.csv; filename*=UTF-8''{quote(name + '.csv')}"})


def csv_cell(value, key: str):
    """A cell as Excel should read it: 不明 for an unknown park or year, 是/否, and text that
    would start a formula (=, +, -, @) neutralised with a leading apostrophe."""
    if value is None:
        return "不明" if key in ("park", "year", "report_year") else ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


@bp.get("/healthz")
def healthz():
    return jsonify(get_service().stats())
