"""Freed memory given back to the system after heavy work (``indexer/heap.py``, issue 17).

Against the real allocator of this process (glibc: skipped elsewhere) and the real app: the
heap a burst of temporaries left behind is returned, live memory is not tried again and
again, and a heavy request (not a cached answer, not /healthz) is followed by a look.
"""
from __future__ import annotations

import platform

import pytest

from indexer import heap

MB = 2**20

glibc_only = pytest.mark.skipif(
    platform.system() != "Linux" or platform.libc_ver()[0] != "glibc" or not heap.HeapTrimmer().available,
    reason="glibc's malloc_trim and /proc only")


def _temporaries(total: int, keep_every: int = 0):
    """``total`` bytes in blocks of 4,000 (each its own malloc: over Python's small-object
    limit, under glibc's mmap threshold, so in the heap's pools); every ``keep_every``-th and
    the last kept alive, the rest freed: the freed pages lie below live blocks, where glibc
    does not return them by itself."""
    blocks = [bytes(4000) + bytes([i % 251]) for i in range(total // 4000)]
    kept = blocks[::keep_every] if keep_every else []
    kept.append(blocks[-1])
    del blocks
    return kept


@glibc_only
def test_the_heap_a_heavy_request_left_goes_back():
    trimmer = heap.HeapTrimmer(growth_bytes=8 * MB)
    kept = _temporaries(64 * MB, keep_every=64)  # 1 block in 64 live: 63 of 64 pages free
    before = heap.anonymous_bytes()
    released = trimmer.after_heavy()
    after = heap.anonymous_bytes()
    assert trimmer.trims == 1
    assert released >= 32 * MB, (before, after)
    assert before - after >= 32 * MB
    assert len(kept) > 200  # the live blocks are still there


@glibc_only
def test_no_trim_before_the_heap_grew_by_the_threshold():
    trimmer = heap.HeapTrimmer(growth_bytes=256 * MB)
    kept = _temporaries(16 * MB, keep_every=64)
    assert trimmer.after_heavy() == 0
    assert trimmer.trims == 0
    del kept


@glibc_only
def test_live_memory_sets_a_new_mark_instead_of_a_trim_after_every_request():
    trimmer = heap.HeapTrimmer(growth_bytes=8 * MB)
    live = _temporaries(32 * MB, keep_every=1)  # a cache filling: nothing to give back
    trimmer.after_heavy()
    assert trimmer.trims == 1
    for _ in range(5):  # the next heavy requests leave nothing: no trim
        assert trimmer.after_heavy() == 0
    assert trimmer.trims == 1
    del live


def test_nothing_is_done_without_glibc(monkeypatch):
    monkeypatch.setattr(heap, "_glibc", lambda: None)
    trimmer = heap.HeapTrimmer()
    assert not trimmer.available
    assert trimmer.after_heavy() is None


@glibc_only
def test_a_heavy_request_is_followed_by_a_look_a_cached_answer_and_healthz_are_not(app, monkeypatch):
    trimmer = heap.HeapTrimmer(growth_bytes=0)  # trim after every look
    monkeypatch.setattr(heap, "trimmer", trimmer)
    client = app.test_client()
    assert client.get("/api/search?q=园区&per_page=3&page=2").status_code == 200
    assert trimmer.trims == 1
    assert client.get("/api/search?q=园区&per_page=3&page=2").status_code == 200  # the guard's finished answer
    assert client.get("/healthz").status_code == 200
    assert trimmer.trims == 1
    assert client.get("/api/search?q=" + "(" * 499).status_code in (200, 400)  # a refused request is looked after too
    assert trimmer.trims == 2


def test_a_server_with_heap_trace_set_reports_its_memory_on_sigusr2(index_dir, tmp_path):
    # the measuring hook (bench/attacks.py --heap-trace): serve with PARKSEARCH_HEAP_TRACE writes
    # a memory report on SIGUSR2; with frames 0 nothing is traced, so no snapshot
    import json
    import os
    import signal
    import subprocess
    import time
    import urllib.request

    from conftest import CORPUS, free_port, parksearch_command, wait_for

    port = free_port()
    env = dict(os.environ, PARKSEARCH_HEAP_TRACE=str(tmp_path), PARKSEARCH_HEAP_TRACE_FRAMES="0")
    proc = subprocess.Popen(parksearch_command() + ["serve", "--port", str(port), "--index", str(index_dir),
                                                    "--corpus", str(CORPUS)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        base = f"http://127.0.0.1:{port}"

        def answers():
            try:
                return urllib.request.urlopen(base + "/?q=%E5%9B%AD%E5%8C%BA", timeout=5).status == 200
            except OSError:
                return proc.poll() is not None and pytest.fail("serve ended")

        wait_for(answers, 120)
        os.kill(proc.pid, signal.SIGUSR2)
        report = tmp_path / f"{proc.pid}-001.json"
        wait_for(report.exists, 60)
        time.sleep(0.2)
        got = json.loads(report.read_text())
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert got["pid"] == proc.pid and got["anonymous"] > 0
    names = {m["name"] for m in got["memories"]}
    assert {"results", "finished answers", "term infos"} <= names
    assert sum(m["used"] for m in got["memories"] if m["shared"]) > 0
    assert not list(tmp_path.glob("*.tm"))  # frames 0: a report only, nothing traced
    if platform.libc_ver()[0] == "glibc":
        assert got["malloc"]["in_use"] > 0 and got["pymalloc"]["arenas"] > 0
