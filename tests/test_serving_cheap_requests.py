"""/healthz, static files and cached answers are served while heavy requests hold every slot.

The real waitress server of `parksearch serve` (its settings from ``indexer.cli``), in this
process so that the test can hold the slots itself: every search, report-page and export
slot is taken, then more of them arrive than there are threads. Each lane
had its own queue of 16 and there were 24 threads: 19 searches and 18 report pages waiting
held every thread, and /healthz waited until the queue's 30 s ran out. Now both lanes wait in
one room and some threads are never given to heavy work.
"""
from __future__ import annotations

import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from conftest import CORPUS


def get(url: str, timeout: float) -> int:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return -1  # no answer in time


@pytest.fixture()
def served(index_dir):
    import waitress

    from indexer.cli import server_settings
    from webui import create_app

    app = create_app({"INDEX_DIR": str(index_dir), "CORPUS_DIR": str(CORPUS), "HEAVY_WAIT_SECONDS": 20.0})
    server = waitress.create_server(app, host="127.0.0.1", port=0, **server_settings())
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield app, f"http://127.0.0.1:{server.effective_port}"
    server.task_dispatcher.shutdown(timeout=5)
    server.close()


def test_cheap_requests_are_served_while_heavy_ones_hold_every_slot_and_fill_the_queues(served):
    app, base = served
    guard = app.extensions["parksearch_guard"]
    assert get(f"{base}/api/search?q=" + urllib.parse.quote("招商引资"), 60) == 200  # now a cached answer
    lanes = (guard.work, guard.pages, guard.exports)
    for lane in lanes:
        for _ in range(lane.slots):
            lane.acquire()
    answers: list[int] = []
    heavy = []
    try:
        for k in range(24):  # never asked before: no cached answer, each must wait for a slot
            url = (f"{base}/api/search?q=" + urllib.parse.quote(f"项目 {k}") if k % 3 == 1 else
                   f"{base}/export.csv?q=" + urllib.parse.quote(f"项目 {k}") if k % 3 == 2 else
                   f"{base}/report/{k:016x}?q=" + urllib.parse.quote(f"项目 {k}"))
            heavy.append(threading.Thread(target=lambda u=url: answers.append(get(u, 60))))
            heavy[-1].start()
        deadline = time.monotonic() + 20
        while guard.room.taken < guard.room.places and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # the rest have had their answer (a quick 503) or are still in a thread
        assert guard.room.taken == guard.room.places  # both lanes' waiting requests hold their places
        started = time.monotonic()
        assert get(f"{base}/healthz", 10) == 200
        assert get(f"{base}/static/style.css", 10) == 200
        assert get(f"{base}/api/search?q=" + urllib.parse.quote("招商引资"), 10) == 200  # cached
        assert time.monotonic() - started < 10
        assert answers.count(503) == 24 - guard.room.places  # those without a place: at once, with a sentence
    finally:
        for lane in lanes:
            for _ in range(lane.slots):
                lane.release()
    for t in heavy:
        t.join(timeout=120)
    assert len(answers) == 24 and set(answers) <= {200, 404, 503}


def test_a_freed_slot_goes_to_the_longest_waiting_not_to_a_newcomer():
    """A semaphore let a request that had just arrived take a freed slot while the one waiting
    was being woken: under the realistic mix a search waited its whole 30 s and got a 503."""
    from webui.guard import HeavyWork

    work = HeavyWork(slots=1, waiting=4, wait_seconds=20.0)
    work.acquire()
    order = []

    def waiter():
        work.acquire()
        order.append("waiting since before")
        work.release()

    thread = threading.Thread(target=waiter)
    thread.start()
    deadline = time.monotonic() + 20
    while work.room.taken == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert work.room.taken == 1
    work.release()
    work.acquire()  # arrives just as the slot is freed
    order.append("newcomer")
    work.release()
    thread.join(timeout=20)
    assert order == ["waiting since before", "newcomer"]
    assert (work.busy, work.room.taken) == (0, 0)
