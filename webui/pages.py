"""The HTML pages: search, report, the index's status, and the report's original file."""
from __future__ import annotations

import os
import time

from flask import Blueprint, current_app, redirect, render_template, request, send_file, url_for

from indexer.errors import BadRequest, ParksearchError
from indexer.search import reports, suggest
from indexer.search.request import MAX_QUERY_CHARS, query_text
from indexer.search.service import EXPORT_LIMIT

from . import get_service, present
from .api import search_request
from .guard import heavy

bp = Blueprint("search", __name__)

# the query-string parameters a new search from the box keeps (filters, sort, page size)
KEPT_BY_SEARCH_BOX = ("park", "year", "type", "section", "sort", "per_page", "collapse")
DATALIST_SUGGESTIONS = 30  # parks and phrases the search box offers without any script

bp.app_template_global("url_with")(present.url_with)
bp.app_template_global("report_url")(present.report_url)
bp.app_template_filter("facet_value")(present.facet_value)
bp.app_template_global("figure_href")(present.figure_href)
bp.app_template_filter("figure_label")(present.figure_label)


@bp.app_context_processor
def search_box_suggestions():
    """Every page's search box offers the index's parks and frequent phrases (a <datalist>)."""
    def options():
        try:
            return suggest.suggestions(get_service(), "", DATALIST_SUGGESTIONS)
        except (ParksearchError, OSError):  # an error page must render even when the index cannot answer
            return []
    return {"suggest_options": options}


@bp.get("/")
@heavy
def index():
    args = present.search_args(request.args)
    if "year_from" in request.args or "year_to" in request.args:
        # the year chart's from–to form: one year filter, in the URL every other link uses
        value = present.year_range_value(request.args.get("year_from", ""), request.args.get("year_to", ""))
        return redirect(present.url_with(args, "year", value), 303)
    q = request.args.get("q", "")
    service = get_service()
    try:
        req = search_request()
        data = service.search(req)
    except BadRequest as error:  # a bad parameter, or a query over its budget: the page says which
        fix = present.error_fix(error.param, args, q, MAX_QUERY_CHARS)
        return render_template("search/index.html", error=str(error), fix=fix, data=None, args=args, req=None,
                               q=q[:MAX_QUERY_CHARS], hidden=[]), 400
    last = present.last_page(data["total"], data["per_page"])
    return render_template(
        "search/index.html", data=data, req=req, args=args, error=None, q=req.q,
        hidden=[(k, v) for k in KEPT_BY_SEARCH_BOX for v in args.get(k, [])],
        facets=present.facet_lists(data["facets"], args),
        years=present.year_chart(data["facets"]["year"], args),
        chips=present.chips(args), clear_href=present.clear_filters_href(args),
        pages=present.page_numbers(min(data["page"], last), last), last_page=last,
        past_last=data["total"] > 0 and data["page"] > last,
        hints=present.alternative_links(suggest.alternatives(service, req), args)
        if not data["total"] or data["partial_only"] else [],
        empty_index=_empty_index(service),
        sort_links={s: present.url_with(args, "sort", s) for s in ("relevance", "year")},
        export_href=url_for("api.export_csv", **args), api_href=url_for("api.search", **args),
        syntax_examples=present.SYNTAX_EXAMPLES, export_limit=EXPORT_LIMIT,
    )


def _empty_index(service) -> dict | None:
    """When the index holds no report: which files were skipped and why, and what to run."""
    if service.stats()["reports"]:
        # (the status reads the generation's whole manifest, one entry per file: at 10,000
        # files a third of a search page's CPU, for a box shown only when nothing was read)
        return None
    status = service.status()
    return {"skipped": status["skipped"], "rebuild": _index_command()}


def _index_command(option: str = "") -> str:
    return (f"parksearch index --corpus {current_app.config['CORPUS_DIR']} --index {current_app.config['INDEX_DIR']}"
            + (f" {option}" if option else ""))


@bp.get("/report/<report_id>")
@heavy(lane="report")
def report(report_id):
    args = present.search_args(request.args)
    q = query_text(request.args.get("q", ""))
    service = get_service()
    view = reports.report_html(service, report_id, q, request.args.get("fig", ""))
    return render_template(
        "search/report.html", view=view, q=q, args=args, outline=present.outline(view["blocks"]),
        related=reports.related(service, report_id), key_phrases=reports.key_phrases(service, report_id),
        # back to the same results: query, filters, sort and page
        back_href=url_for("search.index", **args),
        hidden=[(k, v) for k in KEPT_BY_SEARCH_BOX for v in args.get(k, [])],
    )


@bp.get("/status")
def status():
    """The index in Chinese: what it holds, when it was built, what was skipped, how to rebuild."""
    s = get_service().status()
    s["corpus_dir"] = current_app.config["CORPUS_DIR"]
    s["built_at"] = time.strftime("%Y-%m-%d %H:%M", time.localtime(s["built_ns"] / 1e9)) if s["built_ns"] else None
    s["update_command"], s["rebuild_command"] = _index_command(), _index_command("--full")
    s["watch_command"] = _index_command("--watch")
    memory = s["memory"]
    s["memory_mb"] = {"used": _mb(memory["used"]), "budget": _mb(memory["budget"]),
                      "parts": [(MEMORY_LABELS.get(name, name), _mb(used)) for name, used in memory["parts"]
                                if used >= 2**20 // 20]}  # (what would show as 0.0 MB is left out)
    return render_template("search/status.html", s=s)


# the process's memories (indexer/lru.py) as the status page names them
MEMORY_LABELS = {"results": "检索结果", "finished answers": "已算好的页面", "normalised texts": "报告正文（标记用）",
                 "term infos": "词条信息", "phrases": "短语位置", "lone characters": "单字所在报告",
                 "section kinds": "词所在章节", "scores": "词的相关度"}


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f}"


@bp.get("/report/<report_id>/source")
def source(report_id):
    """The original corpus file, as a download; never anything outside the corpus folder."""
    service = get_service()
    f = reports.open_source_file(service, report_id, current_app.config["CORPUS_DIR"])
    # sent as an open file, not by name: a name that is not UTF-8 on disk cannot go through
    # werkzeug's ETag (it encodes the path); the file's size and time make the ETag instead
    st = os.fstat(f.fileno())
    return send_file(f, as_attachment=True,
                     download_name=reports.download_name(service.meta(report_id)["source"]),
                     etag=f"{st.st_size:x}-{st.st_mtime_ns:x}", last_modified=st.st_mtime)
