"""The parks of the index (a list to start from) and a park's own page: its reports by year and
type, its section kinds, its key figures by year."""
from __future__ import annotations

from flask import Blueprint, render_template, request, url_for

from indexer.analysis import normalize
from indexer.search import figures

from . import get_service, present

bp = Blueprint("parks", __name__)


@bp.get("/parks")
def park_list():
    """Every park with its report count and years; ``q`` keeps the parks whose name holds it
    (in either script: 鳳陽 finds 凤阳工业园区)."""
    listing = figures.park_list(get_service())
    wanted = request.args.get("q", "").strip()[:50]
    parks = listing["parks"]
    if wanted:
        key = normalize(wanted)
        parks = [p for p in parks if key in normalize(p["park"])]
    return render_template("parks/index.html", parks=parks, total=len(listing["parks"]),
                           unknown=listing["unknown"], wanted=wanted, q="", hidden=[])


@bp.get("/park/<name>")
def park(name):
    page = figures.park_page(get_service(), name)
    chosen = figures.indicator_name(request.args.get("indicator")) or present.default_indicator(page["table"])
    return render_template(
        "parks/park.html", page=page, park=page["park"], q="", hidden=[],
        table=present.figure_table(page["table"]), chosen=chosen,
        chart=present.figure_chart(figures.series(page["figures"], chosen), chosen) if chosen else None,
        names=[row["name"] for row in page["table"]["rows"]],
        csv_href=url_for("api.indicators_csv", park=page["park"]), api_href=url_for("api.indicators", park=page["park"]),
    )
