"""The HTML pages: search and report."""
from __future__ import annotations

from flask import Blueprint, render_template, request, url_for

from indexer.errors import BadRequest
from indexer.model import DOC_TYPES, SECTION_KINDS

from . import get_service
from .api import search_request

bp = Blueprint("search", __name__)


@bp.get("/")
def index():
    args = request.args.to_dict(flat=False)
    try:
        req = search_request()
    except BadRequest as error:
        return render_template("search/index.html", error=str(error), data=None, args=args, req=None), 400
    data = get_service().search(req)
    return render_template("search/index.html", data=data, req=req, args=args, error=None,
                           doc_types=DOC_TYPES, section_kinds=SECTION_KINDS)


@bp.get("/report/<report_id>")
def report(report_id):
    q = request.args.get("q", "")
    view = get_service().report_html(report_id, q)
    return render_template("search/report.html", view=view, q=q)


@bp.app_template_global()
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


@bp.app_template_filter()
def facet_value(value) -> str:
    return "unknown" if value is None else str(value)
