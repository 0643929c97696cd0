"""The HTML pages: search, report, and the report's original file."""
from __future__ import annotations

from flask import Blueprint, current_app, render_template, request, send_file, url_for

from indexer.errors import BadRequest
from indexer.search import reports

from . import get_service, present
from .api import search_request

bp = Blueprint("search", __name__)

# the query-string parameters a new search from the box keeps (filters, sort, page size)
KEPT_BY_SEARCH_BOX = ("park", "year", "type", "section", "sort", "per_page", "collapse")

bp.app_template_global("url_with")(present.url_with)
bp.app_template_filter("facet_value")(present.facet_value)
bp.app_template_global("figure_href")(present.figure_href)
bp.app_template_filter("figure_label")(present.figure_label)


@bp.get("/")
def index():
    args = present.search_args(request.args)
    q = request.args.get("q", "")
    try:
        req = search_request()
    except BadRequest as error:
        return render_template("search/index.html", error=str(error), data=None, args=args, req=None, q=q,
                               hidden=[]), 400
    data = get_service().search(req)
    last = present.last_page(data["total"], data["per_page"])
    return render_template(
        "search/index.html", data=data, req=req, args=args, error=None, q=req.q,
        hidden=[(k, v) for k in KEPT_BY_SEARCH_BOX for v in args.get(k, [])],
        facets=present.facet_lists(data["facets"], args),
        years=present.year_chart(data["facets"]["year"], args),
        chips=present.chips(args), clear_href=present.clear_filters_href(args),
        pages=present.page_numbers(data["page"], last), last_page=last,
        sort_links={s: present.url_with(args, "sort", s) for s in ("relevance", "year")},
        export_href=url_for("api.export_csv", **args), api_href=url_for("api.search", **args),
    )


@bp.get("/report/<report_id>")
def report(report_id):
    q = request.args.get("q", "")
    service = get_service()
    view = reports.report_html(service, report_id, q, request.args.get("fig", ""))
    return render_template(
        "search/report.html", view=view, q=q, outline=present.outline(view["blocks"]),
        related=reports.related(service, report_id), key_phrases=reports.key_phrases(service, report_id),
        back_href=url_for("search.index", q=q or None),
    )


@bp.get("/report/<report_id>/source")
def source(report_id):
    """The original corpus file, as a download; never anything outside the corpus folder."""
    path = reports.source_file(get_service(), report_id, current_app.config["CORPUS_DIR"])
    return send_file(path, as_attachment=True, download_name=path.name)
