"""CSV exports computed in processes of their own (`serve`): the same bytes, a broken process
answered and replaced, nothing left behind when the server stops.

An export's rows are pure Python for up to a second or more; computed in the server's
interpreter they delayed every cheap request by their turns at it (/healthz p95 70–282 ms
with one export computing; #17, docs/benchmarks.md, Session 12, serve). Under `serve` they
are computed in a process of their own (webui.exports); these tests hold the contracts the
in-process export had: the CSV's bytes and headers, the Chinese errors, the 503 when full.
"""
from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conftest import CORPUS, free_port, parksearch_command, wait_for
from webui import create_app, exports

pytestmark = pytest.mark.skipif(not exports.CAN_RUN or not Path("/proc/self/task").exists(),
                                reason="export processes (and /proc to see them) are POSIX/Linux only")

QUERIES = [
    {"q": "园区"}, {"q": ""}, {"q": "招商 引资"}, {"q": "土地", "section": "存在问题"}, {"q": "year:2000-2030 发展"},
    {"q": "\"污水处理\""}, {"q": "园区 -绿化", "sort": "year"}, {"q": "建设*"}, {"q": "园"}, {"q": "没有这个词语啊"},
    {"q": "=HYPERLINK(1)"}, {"q": "园区", "year": "2010"}, {"q": "招商", "type": "工作总结"},
]


@pytest.fixture(scope="module")
def in_process(index_dir):
    return create_app({"INDEX_DIR": str(index_dir), "CORPUS_DIR": str(CORPUS), "TESTING": True})


HOW = ["spawn"] + (["fork"] if exports.CAN_FORK else [])


@pytest.fixture(scope="module", params=HOW)
def with_processes(index_dir, request):
    """An app whose exports are computed in an export process: started afresh (``spawn``, as on
    a system without fork or pidfd), or forked from the app's warmed process (``fork``, as
    ``serve`` does: webui.start_exports after warm_up)."""
    from webui import start_exports, warm_up

    app = create_app({"INDEX_DIR": str(index_dir), "CORPUS_DIR": str(CORPUS), "TESTING": True,
                      "EXPORT_PROCESSES": True, "EXPORT_FORK": request.param == "fork"})
    if request.param == "fork":
        warm_up(app)
        start_exports(app)
        assert app.extensions["parksearch_exports"].forked()
    yield app
    app.extensions["parksearch_exports"].close()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    try:
        return "zombie" not in status.read_text()
    except OSError:
        return False


def descendants(pid: int) -> list[int]:
    found, queue = [], [pid]
    while queue:
        each = queue.pop()
        try:
            for task in Path(f"/proc/{each}/task").iterdir():
                children = [int(c) for c in (task / "children").read_text().split()]
                found += children
                queue += children
        except OSError:
            pass
    return found



@pytest.mark.parametrize("params", QUERIES, ids=lambda p: urllib.parse.urlencode(p))
def test_an_export_from_its_process_is_the_same_file_as_one_computed_in_the_server(in_process, with_processes,
                                                                                    params):
    here = in_process.test_client().get("/export.csv", query_string=params)
    there = with_processes.test_client().get("/export.csv", query_string=params)
    assert there.status_code == here.status_code == 200
    assert there.get_data() == here.get_data()  # BOM, headers, row order, cells, links: byte for byte
    assert dict(there.headers) == dict(here.headers)
    assert here.get_data().startswith("\ufeff标题,园区,".encode("utf-8"))


def test_the_server_computes_no_row_of_an_export_with_processes(with_processes, monkeypatch):
    # the point of the processes: the server's interpreter never runs an export's rows
    service = with_processes.extensions["parksearch"]

    def not_here(*args, **kwargs):
        raise AssertionError("an export computed in the server's process")

    monkeypatch.setattr(service, "export", not_here)
    answer = with_processes.test_client().get("/export.csv", query_string={"q": "园区 项目"})
    assert answer.status_code == 200 and answer.get_data().count(b"\n") > 1


@pytest.mark.parametrize("params", [{"q": "园区", "year": "明年"}, {"q": "(" * 499}, {"q": "园区", "page": "0"}])
def test_a_bad_export_gets_the_same_chinese_400(in_process, with_processes, params):
    here = in_process.test_client().get("/export.csv", query_string=params)
    there = with_processes.test_client().get("/export.csv", query_string=params)
    assert (there.status_code, there.get_data()) == (here.status_code, here.get_data())


def test_the_export_process_gives_way_while_the_server_computes_a_search(in_process, with_processes):
    # as an export computed in the server did (test_serve_turns): searches and report pages first
    guard = with_processes.extensions["parksearch_guard"]
    board = with_processes.extensions["parksearch_exports"].board
    assert not board.busy()
    with guard.computing("report"):
        assert board.busy()  # the process reads the server's count from the shared page
    assert not board.busy()
    seconds, guard.give_way_seconds = guard.give_way_seconds, 0.6
    try:
        with guard.computing("search"):  # a search that never ends, as far as the export knows
            started = time.monotonic()
            answer = with_processes.test_client().get("/export.csv", query_string={"q": "项目 发展"})
            waited = time.monotonic() - started
    finally:
        guard.give_way_seconds = seconds
    assert answer.status_code == 200 and waited >= 0.6  # it slept its whole give-way, then finished
    here = in_process.test_client().get("/export.csv", query_string={"q": "项目 发展"})
    assert answer.get_data() == here.get_data()


TOO_MANY_STRINGS = " ".join(f"词语{i}" for i in range(30))  # over the query's count budget (24 strings)


def test_an_error_met_in_the_process_is_the_same_chinese_400(in_process, with_processes):
    # the query is read in the process (the server only checks the parameters): its error
    # comes back as the same class with the same sentence, rendered by the same handler
    here = in_process.test_client().get("/export.csv", query_string={"q": TOO_MANY_STRINGS})
    there = with_processes.test_client().get("/export.csv", query_string={"q": TOO_MANY_STRINGS})
    assert here.status_code == there.status_code == 400
    assert "查询过于复杂".encode("utf-8") in there.get_data() and there.get_data() == here.get_data()
    from indexer.errors import BadRequest, QueryTooComplex

    processes = with_processes.extensions["parksearch_exports"]
    before = wait_for(lambda: processes.pids())
    with pytest.raises(QueryTooComplex) as raised:
        processes.export({"q": [TOO_MANY_STRINGS]}, "http://x/report/", "", None)
    assert raised.value.param == "q" and "30 个检索词" in str(raised.value)
    with pytest.raises(BadRequest) as raised:
        processes.export({"q": ["园区"], "year": ["明年"]}, "http://x/report/", "", None)
    assert raised.value.param == "year" and type(raised.value) is BadRequest
    assert processes.pids() == before  # an export's own error leaves its process serving


@pytest.mark.parametrize("report_id", ["0123abcd", "a b", "年报/2", "x?y=1#z", "100%", "é"])
def test_a_reports_link_is_built_as_url_for_builds_it(in_process, report_id):
    from flask import url_for

    from webui.api import report_link_halves

    with in_process.test_request_context("/export.csv?q=园区", base_url="http://example.test:5000"):
        for q in ("", "园区 \"招商\"", "a&b=c"):
            link = exports.link_maker(*report_link_halves(q))
            assert link(report_id) == url_for("search.report", report_id=report_id, q=q or None, _external=True)


def test_a_process_killed_mid_export_is_a_chinese_503_and_is_replaced(with_processes):
    processes = with_processes.extensions["parksearch_exports"]
    client = with_processes.test_client()
    expected = client.get("/export.csv", query_string={"q": "发展"}).get_data()
    [pid] = processes.pids()
    os.kill(pid, signal.SIGSTOP)  # mid-export for certain: it has the request and cannot answer
    answers = []
    asking = threading.Thread(target=lambda: answers.append(client.get("/export.csv", query_string={"q": "企业"})))
    asking.start()
    # killed once the process holds the request (a fixed pause was too short under load: the kill came first, and the
    # request then went, rightly, to the replacement, 200)
    wait_for(lambda: processes.lent() == 1, 30)
    time.sleep(0.2)
    os.kill(pid, signal.SIGKILL)
    asking.join(30)
    assert not asking.is_alive()  # never a hung request
    [answer] = answers
    assert answer.status_code == 503 and exports.BROKEN in answer.get_data(as_text=True)
    assert not alive(pid)
    replaced = wait_for(lambda: processes.pids())  # restarted in the background, before anyone asks
    assert pid not in replaced and all(alive(p) for p in replaced)
    again = client.get("/export.csv", query_string={"q": "发展"})
    assert again.status_code == 200 and again.get_data() == expected


def test_a_process_that_falls_silent_is_killed_and_the_request_answered(with_processes, monkeypatch):
    processes = with_processes.extensions["parksearch_exports"]
    monkeypatch.setattr(exports, "QUIET_SECONDS", 1.0)
    [pid] = wait_for(lambda: processes.pids())
    os.kill(pid, signal.SIGSTOP)  # hangs: neither an answer nor an end of the socket
    try:
        answer = with_processes.test_client().get("/export.csv", query_string={"q": "招商引资 项目"})
    finally:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)
    assert answer.status_code == 503 and exports.BROKEN in answer.get_data(as_text=True)
    assert wait_for(lambda: not alive(pid), 10)
    assert wait_for(lambda: processes.pids()) != [pid]


@pytest.mark.parametrize("how", HOW)
def test_exports_at_once_share_the_one_process_each_on_a_channel(index_dir, in_process, how):
    expected = {q: in_process.test_client().get("/export.csv", query_string={"q": q}).get_data()
                for q in ("园区", "发展", "企业", "项目", "土地", "建设")}
    processes = exports.ExportProcesses(index_dir, 2)
    try:
        processes.start(fork_from=in_process.extensions["parksearch"] if how == "fork" else None)
        assert processes.forked() == (how == "fork")
        [pid] = processes.pids()
        wait_for(lambda: len(list(Path(f"/proc/{pid}/task").iterdir())) >= 3, 10)  # a thread per channel, and its main
        os.kill(pid, signal.SIGSTOP)  # the exports pile up on it while it cannot answer
        results = {}
        with in_process.test_request_context("/export.csv"):
            from webui.api import report_link_halves

            halves = {q: report_link_halves(q) for q in expected}

        def one(q):
            results[q] = processes.export({"q": [q]}, *halves[q], None)

        threads = [threading.Thread(target=one, args=(q,)) for q in expected]  # 6 exports, 2 channels
        for t in threads:
            t.start()
        time.sleep(0.5)
        os.kill(pid, signal.SIGCONT)
        for t in threads:
            t.join(120)
        assert results == expected  # each the same file as computed alone in the server
        assert processes.pids() == [pid] and processes.restarts == 0
    finally:
        processes.close()
    assert not alive(pid)  # closing ends it (and reaps it)


def parent_of(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])


NEW_PHRASE = "滨港新材料孵化基地扩建"


@pytest.mark.parametrize("how", HOW)
def test_the_export_process_follows_a_new_generation(tmp_path, how):
    # a rebuild while serving: the export process (forked with the server's opened generation, or
    # started afresh) exports the new one, as the server's searches do
    import shutil

    from indexer.build import build_index
    from webui import start_exports, warm_up

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(CORPUS, corpus)
    build_index(corpus, index)
    app = create_app({"INDEX_DIR": str(index), "CORPUS_DIR": str(corpus), "TESTING": True,
                      "EXPORT_PROCESSES": True, "EXPORT_FORK": how == "fork"})
    processes = app.extensions["parksearch_exports"]
    try:
        warm_up(app)
        start_exports(app)
        client = app.test_client()
        first = client.get("/export.csv", query_string={"q": NEW_PHRASE})
        assert first.status_code == 200 and first.get_data(as_text=True).count("\n") == 1  # the headers alone
        (corpus / "new.txt").write_text(f"临港工业园2023年工作总结\n{NEW_PHRASE}。\n", encoding="utf-8")
        build_index(corpus, index)

        def rows():
            answer = client.get("/export.csv", query_string={"q": NEW_PHRASE, "sort": "year"})  # not kept by the guard
            client.application.extensions["parksearch_guard"].answers.clear()
            return answer.status_code == 200 and answer.get_data(as_text=True).count("\n") == 2
        assert wait_for(rows, 20, every=0.5)  # CURRENT is looked at once a second
        assert processes.forked() == (how == "fork") and processes.restarts == 0  # the same process, not a restart
    finally:
        processes.close()


@pytest.mark.skipif(not exports.CAN_FORK, reason="export processes are forked on Linux only")
def test_a_forked_export_process_that_dies_is_replaced_by_one_started_afresh(index_dir, in_process):
    # the first process is forked from the warmed server (before its threads start); the server
    # cannot fork safely once it serves, so the one replacing it opens the index itself
    expected = {q: in_process.test_client().get("/export.csv", query_string={"q": q}).get_data()
                for q in ("园区 发展", "企业")}
    app = create_app({"INDEX_DIR": str(index_dir), "CORPUS_DIR": str(CORPUS), "TESTING": True,
                      "EXPORT_PROCESSES": True, "EXPORT_FORK": True})
    processes = app.extensions["parksearch_exports"]
    try:
        from webui import start_exports

        start_exports(app)
        [forked] = processes.pids()
        assert processes.forked() and parent_of(forked) == os.getpid()
        answer = app.test_client().get("/export.csv", query_string={"q": "园区 发展"})
        assert answer.get_data() == expected["园区 发展"]
        os.kill(forked, signal.SIGKILL)
        wait_for(lambda: not processes.pids(), 10)  # ended, every thread (a request meanwhile: the 503 above)
        answer = app.test_client().get("/export.csv", query_string={"q": "企业"})  # not an answer the guard keeps
        assert answer.status_code == 200 and answer.get_data() == expected["企业"]
        [started] = processes.pids()
        assert started != forked and not processes.forked() and processes.forks == 1 and processes.restarts == 1
        command = Path(f"/proc/{started}/cmdline").read_bytes()
        assert b"from webui.exports import main" in command
    finally:
        processes.close()


@pytest.mark.skipif(not exports.CAN_FORK, reason="export processes are forked on Linux only")
def test_serve_forks_its_export_process_from_the_warmed_server(index_dir):
    # not a new interpreter that opens the index again (`-c from webui.exports import main`):
    # a fork of the server's own process
    proc, base = _serve(index_dir)
    try:
        assert _export(base).startswith("\ufeff标题".encode("utf-8"))
        [forked] = descendants(proc.pid)
        assert parent_of(forked) == proc.pid
        assert Path(f"/proc/{forked}/cmdline").read_bytes() == Path(f"/proc/{proc.pid}/cmdline").read_bytes()
    finally:
        proc.terminate()
        proc.wait(30)
    wait_for(lambda: not alive(forked), 30)


def _serve(index_dir, *extra):
    port = free_port()
    proc = subprocess.Popen(parksearch_command() + ["serve", "--port", str(port), "--index", str(index_dir),
                                                    "--corpus", str(CORPUS), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ))
    base = f"http://127.0.0.1:{port}"

    def answers():
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=5):
                return True
        except OSError:
            return proc.poll() is not None
    wait_for(answers, 120)
    assert proc.poll() is None
    return proc, base


def _export(base: str) -> bytes:
    with urllib.request.urlopen(base + "/export.csv?" + urllib.parse.urlencode({"q": "园区 发展"}), timeout=60) as r:
        return r.read()


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_the_server_stopping_leaves_no_export_process_behind(index_dir, how):
    proc, base = _serve(index_dir)
    try:
        assert _export(base).startswith("\ufeff标题".encode("utf-8"))
        under = descendants(proc.pid)
        assert under  # the export process, a child of the server
        proc.send_signal(how)
        proc.wait(30)
        wait_for(lambda: not any(alive(p) for p in under), 30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_forked_workers_each_export_in_their_own_process_and_stop_together(index_dir):
    proc, base = _serve(index_dir, "--processes", "2")
    try:
        assert _export(base).startswith("\ufeff标题".encode("utf-8"))
        under = wait_for(lambda: (d := descendants(proc.pid)) and len(d) >= 4 and d)  # 2 workers, 2 export processes
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
        wait_for(lambda: not any(alive(p) for p in under), 30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.skipif(not exports.CAN_FORK, reason="a forked export process only where the system forks")
def test_a_forked_export_process_holds_no_pipe_of_the_server(index_dir):
    """A forked export process lets go of every pipe and socket it inherited but its channels:
    holding the write end of another process's pipe keeps that one waiting for an end of file
    (a full test run once hung at its end so: a browser driver waiting for its input to close,
    its write end held by an export process forked by an earlier test)."""
    from webui import start_exports, warm_up

    app = create_app({"INDEX_DIR": str(index_dir), "CORPUS_DIR": str(CORPUS), "TESTING": True,
                      "EXPORT_PROCESSES": True, "EXPORT_FORK": True})
    reading, writing = os.pipe()
    listening = socket.create_server(("127.0.0.1", 0))  # inherited too: let go of, as a server's would be
    try:
        warm_up(app)
        start_exports(app)
        processes = app.extensions["parksearch_exports"]
        assert processes.forked()
        os.close(writing)  # this process's write end: the only one left, if the export process let go of its copy
        ready = select.select([reading], [], [], 20)[0]
        assert ready and os.read(reading, 1) == b"", "the export process still holds the pipe's write end"
        # the export process still serves its channels after letting go
        answer = app.test_client().get("/export.csv", query_string={"q": "园区"})
        assert answer.status_code == 200 and answer.get_data(as_text=True).count("\n") > 1
    finally:
        listening.close()
        os.close(reading)
        app.extensions["parksearch_exports"].close()


def test_the_export_process_gives_its_heap_back_after_every_export(in_process, monkeypatch):
    # what an export process runs for each export (``_serve``), here over a socket pair: the rows
    # and the CSV text are freed at the export's end, and the heap is given back each time
    # (indexer/heap.py; EXPORT_TRIM_GROWTH_BYTES: no mark to pass first)
    import json

    from indexer import heap

    looks = []

    class Counted(heap.HeapTrimmer):
        def after_heavy(self):
            looks.append(self.growth_bytes)
            return super().after_heavy()

    monkeypatch.setattr(heap, "trimmer", Counted(growth_bytes=exports.EXPORT_TRIM_GROWTH_BYTES))
    ours, theirs = socket.socketpair()
    gone = threading.Event()
    serving = threading.Thread(target=exports._serve, args=(in_process.extensions["parksearch"], theirs,
                                                            exports.Board(), gone), daemon=True)
    serving.start()
    try:
        for n, q in enumerate(("园区", "发展", "园"), 1):
            exports._send(ours, b"Q", json.dumps({"params": {"q": [q]}, "link": ["/report/", ""], "cpu": None},
                                                 ensure_ascii=False).encode("utf-8"))
            kinds = set()
            while b"E" not in kinds:
                kinds.add(exports._receive(ours)[0])
            assert kinds == {b"D", b"E"}
            wait_for(lambda: len(looks) == n, 10)
        assert looks == [0, 0, 0]
    finally:
        ours.close()
        serving.join(10)
    assert gone.is_set()


def test_an_export_thread_opens_its_searcher_before_its_first_export(in_process):
    # each channel's thread of an export process reads through a searcher of its own; opened by
    # its first export, the searcher's small objects lay among that export's temporaries and held
    # their pages of Python's allocator (docs/benchmarks.md, Session 16, serve): it is opened when
    # the thread starts, before anything is asked
    service = in_process.extensions["parksearch"]
    opened = []
    ours, theirs = socket.socketpair()
    gone = threading.Event()

    def thread():
        opened.append(len(service._searchers))
        exports._serve(service, theirs, exports.Board(), gone)

    before = len(service._searchers)
    serving = threading.Thread(target=thread, daemon=True)
    serving.start()
    try:
        wait_for(lambda: len(service._searchers) == before + 1, 20)  # nothing sent yet
        assert opened == [before]
    finally:
        ours.close()
        serving.join(10)
    assert gone.is_set()
