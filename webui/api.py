"""JSON API, CSV export and health check."""
from __future__ import annotations

import csv
import io

from flask import Blueprint, Response, current_app, jsonify, request

from indexer.search import SearchRequest, reports

from . import get_service
from .guard import heavy

bp = Blueprint("api", __name__)

CSV_COLUMNS = ("id", "source", "n", "title", "park", "year", "doc_type", "period", "score")


def search_request() -> SearchRequest:
    return SearchRequest.from_params(request.args.to_dict(flat=False))


@bp.get("/api/search")
@heavy
def search():
    return jsonify(get_service().search(search_request()))


@bp.get("/api/report/<report_id>")
def report(report_id):
    return jsonify(reports.report_data(get_service(), report_id))


@bp.get("/export.csv")
@heavy
def export_csv():
    rows = get_service().export(search_request())
    buffer = io.StringIO()
    buffer.write("\ufeff")  # BOM: Excel then reads the file as UTF-8 and shows the Chinese
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return Response(buffer.getvalue(), mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": "attachment; filename=parksearch-results.csv"})


@bp.get("/healthz")
def healthz():
    guard = current_app.extensions["parksearch_guard"]
    return jsonify(dict(get_service().stats(), busy=guard.work.busy, slots=guard.work.slots))
