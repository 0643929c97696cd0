"""Heavy work cannot starve the server.

waitress answers each request on one of a fixed number of threads. A search
nobody asked before, a report page and a CSV export cost real CPU; a cached
answer, /healthz and a static file cost next to nothing. So the heavy routes
(decorated with ``@heavy``) go through two gates:

- ``AnswerCache``: a finished answer of a heavy route, by generation, path and
  query string (bounded in bytes), is given again at once, without a slot.
- ``HeavyWork``: at most ``slots`` heavy requests compute at once (two: a process
  computes Python on one core at a time, more would only share it and the GIL). A few more may
  wait for a slot, briefly; beyond that a request gets a quick 503 with a
  sentence in Chinese instead of holding a thread. Both lanes (below) wait in one
  room (``WaitingRoom``), and waitress has CHEAP_THREADS more threads than the
  slots and the room together: the threads are never all spent on heavy work, and
  /healthz and static files are always answered.
  Report pages have slots of their own (a lane): one costs ~15 ms at 10,000
  reports, and in the one queue behind searches of a second each they waited
  seconds (16 clients of the realistic mix: report pages p95 9–16 s). CSV exports
  have a lane of their own too, of one slot: an export costs ~0.3 s (up to ~1.5 s)
  of CPU, a search ~45 ms, and in the search lane a tenth of the requests held
  its two slots for ~40 % of the time, so a search typed by someone waiting for
  it queued behind downloads. In their own lane exports queue behind exports (a
  download that takes a few seconds more), and at most one runs at a time; an export
  that has waited EXPORT_TURN_SECONDS for it joins the searches' queue for the rest of
  its wait, so that when exports pile up (clients that never pause pile up where the
  wait is longest) none waits past the bound while searches are served. Under ``serve``
  an export's rows are computed in a process of its own (``webui.exports``): its slot
  bounds how many run, the thread holding it only waits for the bytes. Computed here (no
  such process: tests, Windows), an export gives way between rows to any search or report
  page computing (``Guard.give_way``): threads take turns at the GIL, so beside an export a
  search took about twice its time.

Inside a slot each request has a CPU allowance (``indexer.search.budget``): past
it, the answer is a 400 "查询过于复杂…" with a suggestion.
"""
from __future__ import annotations

import functools
import sys
import threading
import time
from collections import deque
from contextlib import contextmanager

from flask import current_app, g, has_app_context, request

from indexer import heap, lru
from indexer.errors import ParksearchError
from indexer.lru import BoundedLRU
from indexer.search.budget import CPU_SECONDS, cpu_budget

# One process runs Python on one core at a time (the GIL), however many cores the machine has
# (``serve --processes N`` for more): a second slot only overlaps the first one's waits (file
# reads, zlib, numpy). Every thread computing Python in the process also delays each step of a
# cheap request by its turn at the GIL: with cores + 1 search slots and cores report-page slots
# (5 on 2 cores) /healthz waited ~150 ms under the realistic mix (docs/benchmarks.md, Session 8).
SLOTS = 2
PAGE_SLOTS = 1  # the report pages' own lane (a page costs ~15–30 ms)
EXPORT_SLOTS = 1  # the CSV exports' own lane (an export costs ~0.3 s, up to ~1.5 s)
EXPORT_TURN_SECONDS = 15.0  # an export that waited this long for its lane queues with the searches
# An export gives way to searches and report pages: between two rows, while one of them computes,
# it sleeps GIVE_WAY_TICK at a time (the GIL is theirs), GIVE_WAY_SECONDS at most in all (then
# it computes beside them as before). Threads share the GIL in turns of the switch interval,
# so an export computing beside a search made the search take twice its time; a download
# taking a few seconds more is the cheaper wait.
GIVE_WAY_TICK = 0.004
GIVE_WAY_SECONDS = 5.0
WAITING = 16  # heavy requests that may queue for a slot, both lanes together; more get a 503 at once
CHEAP_THREADS = 4  # threads heavy work never holds: /healthz, static files, cached answers
# waitress's worker threads (indexer.cli passes it): heavy work holds at most the slots and the
# places to wait of them, so CHEAP_THREADS stay free whatever arrives. (Each lane had a queue of
# 16 and there were 24 threads: 21 searches and 18 report pages at once held every thread, and
# /healthz waited for the queue's 30 s.)
SERVER_THREADS = SLOTS + PAGE_SLOTS + EXPORT_SLOTS + WAITING + CHEAP_THREADS
WAIT_SECONDS = 30.0  # the longest a heavy request with a place in the queue waits for a slot
ANSWER_CACHE_BYTES = 32 * 1024 * 1024
EXPORT_CPU_SECONDS = 6.0
BUSY = "服务器正忙：同时进行的检索太多，请稍等几秒再试。"


class ServerBusy(ParksearchError):
    """Every slot for heavy work is taken and the queue is full."""

    http_status = 503


class WaitingRoom:
    """Places to wait shared by the lanes: the threads waiting for a slot, whichever lane's."""

    def __init__(self, places: int):
        self.places = places
        self.taken = 0
        self._lock = threading.Lock()

    def enter(self) -> bool:
        with self._lock:
            if self.taken >= self.places:
                return False
            self.taken += 1
            return True

    def leave(self) -> None:
        with self._lock:
            self.taken -= 1


class HeavyWork:
    """At most ``slots`` holders at once; up to ``waiting`` more wait ``wait_seconds`` at most,
    each with a place in ``room`` (shared with the other lane), if one is given.

    Waiters are served first come, first served: a freed slot is handed to the longest waiting
    request, never taken by one that has just arrived (with a semaphore, newcomers took freed
    slots while a waiter was being woken, and under the realistic mix a search waited its
    whole 30 s and got a 503 while later ones were served)."""

    def __init__(self, slots: int, waiting: int, wait_seconds: float, room: WaitingRoom | None = None):
        self.slots, self.waiting, self.wait_seconds = slots, waiting, wait_seconds
        self.room = room or WaitingRoom(waiting)
        self._lock = threading.Lock()
        self._free = slots
        self._waiters: deque[threading.Event] = deque()
        self.busy = 0  # slots held now (for /healthz)

    def acquire(self, wait_seconds: float | None = None) -> None:
        """Take a slot, waiting in turn (``wait_seconds``, else the lane's own bound) if there
        is room in the queue; ServerBusy otherwise."""
        with self._lock:
            if self._free and not self._waiters:
                self._free -= 1
                self.busy += 1
                return
            if len(self._waiters) >= self.waiting or not self.room.enter():
                raise ServerBusy(BUSY)
            turn = threading.Event()
            self._waiters.append(turn)
        try:
            turn.wait(self.wait_seconds if wait_seconds is None else wait_seconds)
        finally:
            with self._lock:
                got = turn.is_set()  # set only under the lock, with the slot handed over
                if got:
                    self.busy += 1
                else:
                    self._waiters.remove(turn)
            self.room.leave()
            if got and sys.exc_info()[0] is not None:  # interrupted as the slot came: pass it on
                self.release()
        if not got:
            raise ServerBusy(BUSY)

    def release(self) -> None:
        with self._lock:
            self.busy -= 1
            if self._waiters:
                self._waiters.popleft().set()  # the slot passes to the longest waiting
            else:
                self._free += 1

    @contextmanager
    def slot(self):
        self.acquire()
        try:
            yield
        finally:
            self.release()


class AnswerCache(BoundedLRU):
    """Finished answers (body, status, headers) by key, least recently used first out; one
    big export (over 1/16 of the budget) is never kept, so it cannot empty the cache."""

    def __init__(self, max_bytes: int):
        # within the process's one budget with the search side's memories (indexer/lru.py)
        super().__init__(max_bytes, size_of=len, largest=1 / 16, name="finished answers", shared=lru.SHARED)


class Guard:
    """The app's gates for heavy work (one per app, in ``app.extensions["parksearch_guard"]``)."""

    def __init__(self, config):
        waiting = config.get("HEAVY_WAITING", WAITING)
        self.room = WaitingRoom(waiting)  # both lanes wait in one room: never more threads than it holds
        self.work = HeavyWork(config.get("HEAVY_SLOTS", SLOTS), waiting, config.get("HEAVY_WAIT_SECONDS", WAIT_SECONDS),
                              self.room)
        self.pages = HeavyWork(config.get("PAGE_SLOTS", PAGE_SLOTS), waiting,
                               config.get("HEAVY_WAIT_SECONDS", WAIT_SECONDS), self.room)
        self.exports = HeavyWork(config.get("EXPORT_SLOTS", EXPORT_SLOTS), waiting,
                                 config.get("HEAVY_WAIT_SECONDS", WAIT_SECONDS), self.room)
        self.lanes = {"search": self.work, "report": self.pages, "export": self.exports}
        self.give_way_seconds = config.get("GIVE_WAY_SECONDS", GIVE_WAY_SECONDS)
        self.urgent = 0  # searches and report pages computing now (exports give way to them)
        self._urgent_lock = threading.Lock()
        self.board = None  # the export process's copy of ``urgent`` (webui.exports.Board), under serve
        self.export_turn_seconds = config.get("EXPORT_TURN_SECONDS", EXPORT_TURN_SECONDS)
        self.answers = AnswerCache(config.get("ANSWER_CACHE_BYTES", ANSWER_CACHE_BYTES))
        self.cpu_seconds = config.get("CPU_BUDGET_SECONDS", CPU_SECONDS)
        # A CSV export reads every matching report's stored fields (1.5 s of CPU for 10,000
        # rows on the development machine), so it gets a larger allowance than a page.
        self.export_cpu_seconds = config.get("EXPORT_CPU_BUDGET_SECONDS", EXPORT_CPU_SECONDS)

    @contextmanager
    def slot(self, lane: str):
        """A slot of ``lane``; an export that waited ``export_turn_seconds`` for its own lane
        waits the rest of its bound in the searches' queue and takes a search slot."""
        if lane != "export":
            with self.lanes[lane].slot():
                yield
            return
        started = time.monotonic()
        taken = self.exports
        try:
            taken.acquire(min(self.export_turn_seconds, taken.wait_seconds))
        except ServerBusy:
            waited = time.monotonic() - started
            if waited < self.export_turn_seconds or waited >= taken.wait_seconds:
                raise  # no place to wait (a quick 503), or the whole bound waited
            taken = self.work
            taken.acquire(taken.wait_seconds - waited)
            g.parksearch_late = True  # it has waited long enough: it gives way no more (give_way)
        try:
            yield
        finally:
            taken.release()

    @contextmanager
    def computing(self, lane: str):
        """Count a search or a report page as computing while the body runs (not an export)."""
        if lane == "export":
            yield
            return
        with self._urgent_lock:
            self.urgent += 1
            if self.board is not None:
                self.board.set(self.urgent)
        try:
            yield
        finally:
            with self._urgent_lock:
                self.urgent -= 1
                if self.board is not None:
                    self.board.set(self.urgent)

    def give_way_seconds_left(self) -> float:
        """How long this export may give way in all: none once it waited its turn and took a
        search slot (a loaded server, exports piling up)."""
        return 0.0 if has_app_context() and g.get("parksearch_late") else self.give_way_seconds

    def give_way(self):
        """A function for an export to call between rows: while a search or a report page
        computes, it sleeps (GIVE_WAY_TICK at a time) until none does, ``give_way_seconds`` at
        most over the whole export; an export that waited its turn and took a search slot (a
        loaded server, exports piling up) does not give way. Sleeping costs the export's CPU
        allowance nothing."""
        left = self.give_way_seconds_left()

        def pause() -> None:
            nonlocal left
            while self.urgent and left > 0:
                started = time.monotonic()
                time.sleep(GIVE_WAY_TICK)
                left -= time.monotonic() - started

        return pause

    def allowance(self, endpoint: str | None) -> float:
        return self.export_cpu_seconds if endpoint == "api.export_csv" else self.cpu_seconds


def heavy(view=None, *, lane: str = "search"):
    """Serve ``view`` from the answer cache, else inside a slot of its ``lane`` and the CPU
    allowance (``@heavy`` for searches, ``@heavy(lane="report")`` for report pages,
    ``@heavy(lane="export")`` for CSV exports)."""
    if view is None:
        return functools.partial(heavy, lane=lane)

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        guard: Guard = current_app.extensions["parksearch_guard"]
        service = current_app.extensions["parksearch"]
        service.searcher()  # notice a new generation (at most one look a second)
        key = (service.generation, request.path, tuple(sorted(request.args.items(multi=True))))
        answer = guard.answers.find(key)
        if answer is not None:
            body, status, headers = answer
            return current_app.response_class(body, status=status, headers=headers)
        try:
            with guard.slot(lane), guard.computing(lane), cpu_budget(guard.allowance(request.endpoint)):
                response = current_app.make_response(view(*args, **kwargs))
                if response.status_code == 200 and not response.is_streamed:
                    body = response.get_data()
                    headers = [(k, v) for k, v in response.headers.items() if k.lower() != "content-length"]
                    guard.answers.put(key, (body, 200, headers), len(body))
        finally:
            # its temporaries are freed: what it left in the heap goes back to the system (outside
            # the slot; a trim holds no GIL, only the allocator's pools, a few ms)
            heap.trimmer.after_heavy()
        return response

    return wrapper
