"""The web UI and JSON API: a Flask app factory over the search service."""
from __future__ import annotations

import atexit
import os
from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask, current_app, jsonify, render_template, request

from indexer.errors import ParksearchError
from indexer.search import SearchService

from . import exports
from .guard import Guard

SECURITY_HEADERS = {
    # The page uses only its own stylesheet and script: nothing inline, nothing remote.
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                               "base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        INDEX_DIR=os.environ.get("PARKSEARCH_INDEX", "index"),
        CORPUS_DIR=os.environ.get("PARKSEARCH_CORPUS", "corpus"),
    )
    if test_config:
        app.config.update(test_config)
    app.json.ensure_ascii = False
    # Fail at start-up, not mid-request: a missing index says which command builds it.
    app.extensions["parksearch"] = SearchService(Path(app.config["INDEX_DIR"]))
    app.extensions["parksearch_guard"] = guard = Guard(app.config)
    if app.config.get("EXPORT_PROCESSES") and exports.CAN_RUN:
        # CSV exports computed in a process of its own (``serve``), with a channel for each
        # export that can hold a slot at once (their lane's, and the searches' a long-waiting
        # export may take). With EXPORT_FORK (``serve``) it is forked from this process once
        # warm (``start_exports``); otherwise started now in the background, as it opens the
        # index and warms itself (seconds): the server does not wait for it to listen, only an
        # early export does.
        processes = exports.ExportProcesses(Path(app.config["INDEX_DIR"]),
                                            guard.exports.slots + guard.work.slots)
        guard.board = processes.board  # its exports give way to our searches and report pages
        if not app.config.get("EXPORT_FORK"):
            processes.start(background=True)
        atexit.register(processes.close)
        app.extensions["parksearch_exports"] = processes
    # Werkzeug builds a redirect (//x → /x, a missing slash) from the request's Host
    # header; a forged Host must not send a visitor elsewhere, so redirects stay paths.
    app.url_map.merge_slashes = False

    from . import api, pages, parks

    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(parks.bp)

    @app.after_request
    def add_security_headers(response):
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if "Location" in response.headers:
            response.headers["Location"] = local_location(response.headers["Location"])
        return response

    @app.errorhandler(ParksearchError)
    def handle_error(error: ParksearchError):
        return error_response(str(error), error.http_status)

    @app.errorhandler(404)
    def handle_404(error):
        return error_response("找不到这个页面。", 404)

    @app.errorhandler(405)
    def handle_405(error):
        return error_response("不支持这种请求方式。", 405)

    @app.errorhandler(500)
    def handle_500(error):
        return error_response("服务器内部出错，请稍后再试；如果一再出现，请把这次检索的网址告诉管理员。", 500)

    return app


# What ``warm_up`` asks before the server listens: one of each kind of request, so that the
# first clients do not wait for what every first request builds (Jinja's compiled templates,
# the lone characters' tables, each thread-independent table of the generation). A common
# word, a lone character, the empty query's page; then a report page and a small export.
WARM_SEARCHES = ("/api/search?q=园区", "/?q=园区", "/?q=园", "/")


def warm_up(app: Flask, *background) -> None:
    """Answer one request of each kind in-process, then forget the finished answers (the
    guard's cache; what the search service computed on the way stays, as after any request).

    ``background``: threads already building tables (reports.prepare) to wait for first, so
    that the warm-up requests do not build them a second time beside them. Each request goes
    through the same gates as a client's (slots, CPU allowance); a failure is left for the
    first client to meet (the server starts either way). Under 16 clients arriving at once
    the cold first requests were the slowest of a run (4–6 s, session 10); ~1–2 s of CPU at
    10,000 reports, spent before the port is announced."""
    for thread in background:
        thread.join(timeout=120)
    client = app.test_client()
    try:
        for url in WARM_SEARCHES:
            client.get(url).close()
        found = client.get("/api/search?q=园区&per_page=1")
        rows = (found.get_json(silent=True) or {}).get("results") or []
        found.close()
        if rows:
            client.get(f"/report/{rows[0]['id']}?q=园区").close()
            year = rows[0].get("year")
            if "parksearch_exports" not in app.extensions:
                client.get("/export.csv?q=园区" + (f"&year={year}" if year else "")).close()
            elif forks_exports(app):  # its export processes will share what this builds
                exports.warm_exports(app.extensions["parksearch"])
            # (an export process started afresh warms itself)
    except Exception:  # noqa: BLE001 - serving matters more than warming
        pass
    app.extensions["parksearch_guard"].answers.clear()  # warm tables, not remembered answers


def forks_exports(app: Flask) -> bool:
    return "parksearch_exports" in app.extensions and bool(app.config.get("EXPORT_FORK")) and exports.fork_allowed()


def start_exports(app: Flask) -> None:
    """Start the export process of an app made with EXPORT_FORK, once ``warm_up`` has run and
    before the server starts its threads: forked from this process where the system allows
    (Linux: it shares this process's memory instead of loading its own, ``webui.exports``),
    else started afresh in the background (Windows has no export process at all: an export is
    computed in the server there)."""
    processes = app.extensions.get("parksearch_exports")
    if processes is not None:
        processes.start(background=True, fork_from=app.extensions["parksearch"] if forks_exports(app) else None)


def local_location(location: str) -> str:
    """A redirect target as a path on this site: never a host taken from the request."""
    parts = urlsplit(location)
    path = "/" + parts.path.lstrip("/")  # "//evil.example" would be another host
    return path + (f"?{parts.query}" if parts.query else "")


def get_service() -> SearchService:
    return current_app.extensions["parksearch"]


def wants_json() -> bool:
    return request.path.startswith("/api/") or request.path == "/healthz"


def error_response(message: str, status: int):
    if wants_json():
        return jsonify({"error": message}), status
    return render_template("error.html", message=message, status=status), status
