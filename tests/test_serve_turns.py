"""Whose turn it is inside `parksearch serve`: the server warms before it listens, and a CSV
export gives way to searches and report pages while they compute.

16 clients of the realistic mix asked their first requests all at once of a cold server: the
slowest searches and report pages of a run were those (4–6 s). And threads share the GIL in
turns: an export (~0.3 s of CPU) computing beside a search made the search take about twice
its time. (#17; docs/benchmarks.md, Session 11.)
"""
from __future__ import annotations

import threading
import time
from pathlib import Path

from conftest import CORPUS

from indexer.search import SearchRequest


def test_an_export_waits_between_rows_while_a_search_computes(app):
    guard = app.extensions["parksearch_guard"]
    pause = guard.give_way()
    started = time.monotonic()
    pause()
    assert time.monotonic() - started < 0.05  # nobody computing: no wait
    entered, leave = threading.Event(), threading.Event()

    def search():
        with guard.computing("search"):
            entered.set()
            leave.wait(10)

    holder = threading.Thread(target=search)
    holder.start()
    entered.wait(10)
    threading.Timer(0.3, leave.set).start()
    started = time.monotonic()
    pause()  # sleeps until the search is done
    waited = time.monotonic() - started
    holder.join()
    assert 0.25 <= waited < 5 and guard.urgent == 0


def test_an_export_gives_way_for_a_bounded_time_in_all(app):
    guard = app.extensions["parksearch_guard"]
    seconds, guard.give_way_seconds = guard.give_way_seconds, 0.2
    try:
        pause = guard.give_way()
        with guard.computing("report"):  # a report page that never ends, as far as the export knows
            started = time.monotonic()
            pause()
            pause()
            waited = time.monotonic() - started
        assert 0.2 <= waited < 1.0
        with guard.computing("export"):  # another export is not waited for
            started = time.monotonic()
            guard.give_way()()
            assert time.monotonic() - started < 0.05
    finally:
        guard.give_way_seconds = seconds


def test_an_export_that_waited_its_turn_gives_way_no_more(app):
    # it took a search slot after EXPORT_TURN_SECONDS in its own lane: exports are piling up
    guard = app.extensions["parksearch_guard"]
    turn, guard.export_turn_seconds = guard.export_turn_seconds, 0.05
    guard.exports.acquire()  # its own lane is full
    try:
        with app.test_request_context("/export.csv"), guard.slot("export"):
            assert guard.work.busy == 1
            with guard.computing("search"):
                started = time.monotonic()
                guard.give_way()()
                assert time.monotonic() - started < 0.05
        with app.test_request_context("/export.csv"):  # one served in its own lane gives way
            with guard.computing("search"):
                seconds, guard.give_way_seconds = guard.give_way_seconds, 0.1
                try:
                    started = time.monotonic()
                    guard.give_way()()
                    assert time.monotonic() - started >= 0.1
                finally:
                    guard.give_way_seconds = seconds
    finally:
        guard.exports.release()
        guard.export_turn_seconds = turn
    assert (guard.exports.busy, guard.work.busy, guard.urgent) == (0, 0, 0)


def test_the_export_route_pauses_between_rows_and_answers_the_same(app, service):
    guard = app.extensions["parksearch_guard"]
    calls = []
    rows = service.export(SearchRequest(q="园区"), lambda: calls.append(1))
    assert rows and len(calls) == len(rows)
    assert rows == service.export(SearchRequest(q="园区"))
    made = guard.give_way
    counted = []

    def counting():
        pause = made()
        return lambda: (counted.append(1), pause())

    guard.give_way = counting
    try:
        answer = app.test_client().get("/export.csv", query_string={"q": "园区 项目"})
    finally:
        del guard.give_way
    lines = answer.get_data(as_text=True).strip().splitlines()
    assert answer.status_code == 200 and len(counted) == 2 * (len(lines) - 1) > 0  # each row: read, written


def test_serve_warms_its_app_before_listening(index_dir):
    from indexer.cli import _app
    from webui import create_app

    app = _app(create_app, Path(index_dir), CORPUS)
    try:
        service = app.extensions["parksearch"]
        guard = app.extensions["parksearch_guard"]
        generation = service.generation
        assert (generation, "key_terms/map") in service._columns  # related reports' table built, not being built
        assert guard.answers.used == 0  # tables warmed, no answers kept from the warm-up
        assert {"search/index.html", "search/report.html"} <= {name for _, name in app.jinja_env.cache.keys()}
    finally:
        app.extensions["parksearch_exports"].close()  # its export process, forked from this test run
