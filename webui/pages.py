"""The HTML pages: search, report, and the report's original file."""
from __future__ import annotations

from flask import Blueprint, current_app, render_template, request, send_file, url_for

from indexer.errors import BadRequest
from indexer.search import reports
from indexer.search.request import MAX_QUERY_CHARS, query_text

from . import get_service, present
from .api import search_request
from .guard import heavy

bp = Blueprint("search", __name__)

# the query-string parameters a new search from the box keeps (filters, sort, page size)
KEPT_BY_SEARCH_BOX = ("park", "year", "type", "section", "sort", "per_page", "collapse")

bp.app_template_global("url_with")(present.url_with)
bp.app_template_filter("facet_value")(present.facet_value)


@bp.get("/")
@heavy
def index():
    args = present.search_args(request.args)
    q = request.args.get("q", "")[:MAX_QUERY_CHARS]
    try:
        req = search_request()
        data = get_service().search(req)
    except BadRequest as error:  # a bad parameter, or a query over its budget: the page says which
        return render_template("search/index.html", error=str(error), data=None, args=args, req=None, q=q,
                               hidden=[]), 400
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
@heavy
def report(report_id):
    q = query_text(request.args.get("q", ""))
    service = get_service()
    view = reports.report_html(service, report_id, q)
    return render_template(
        "search/report.html", view=view, q=q, outline=present.outline(view["blocks"]),
        related=reports.related(service, report_id), key_phrases=reports.key_phrases(service, report_id),
        back_href=url_for("search.index", q=q or None),
    )


@bp.get("/report/<report_id>/source")
def source(report_id):
    """The original corpus file, as a download; never anything outside the corpus folder."""
    service = get_service()
    path = reports.source_file(service, report_id, current_app.config["CORPUS_DIR"])
    # opened here, not passed by name: a name that is not UTF-8 on disk cannot go through
    # werkzeug's ETag (it encodes the path); the file's size and time make the ETag instead
    st = path.stat()
    return send_file(open(path, "rb"), as_attachment=True,
                     download_name=reports.download_name(service.meta(report_id)["source"]),
                     etag=f"{st.st_size:x}-{st.st_mtime_ns:x}", last_modified=st.st_mtime)
