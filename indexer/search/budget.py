"""What one request may cost: caps checked before a query runs, and a CPU allowance while it runs.

A request is cheap for the server only if every part of it is bounded. Most of
the bounds are counts, checked before any work (request.py: the length of
``q``, the number of filter values; ``check_query`` here: how many strings a
query holds, how many words a prefix stands for). What counts cannot foresee
(a query whose strings are each cheap but together are not, an export, a
report page) is stopped by time: ``cpu_budget(seconds)`` around a request.

The allowance is enforced from outside the request's code. Search, facets,
highlighting and report pages run code from several modules and from Whoosh;
a clock check in each of their loops would be fragile. One watchdog thread
reads the CPU clock of each thread inside ``cpu_budget`` (Linux: the thread's
own clock, so waiting for a lock or for the GIL costs nothing) and, once a
thread is over its allowance, raises ``QueryTooComplex`` in it (CPython's
asynchronous exception, delivered between two bytecodes; again only if the
first was lost in a callback, ``REFIRE_AFTER``). The request unwinds as any exception would: ``with`` blocks release
their locks, caches keep only what was finished, and the answer is a 400 with
a sentence in Chinese and a suggestion, never a 500.
"""
from __future__ import annotations

import ctypes
import os
import threading
import time
from contextlib import contextmanager

from ..errors import QueryTooComplex
from .query import Prefix, count_strings, walk

# Strings (words, phrases, prefixes, field values) one query may hold. Ten is already a
# long query; each string is a phrase per synonym, per field, per section kind.
MAX_QUERY_STRINGS = 24
# Index words one prefix may stand for, per field (招商* stands for a few dozen).
MAX_PREFIX_TERMS = 300
CPU_SECONDS = 2.0  # a request's allowance (search, facets, report page, export)
TICK = 0.02  # how often the watchdog looks

WATCHDOG_NAME = "parksearch-cpu-budget"

_lock = threading.Lock()
_running: dict[int, list] = {}  # thread id -> [clock id or None, CPU at start, allowance, fired, CPU used when fired]
# A fired exception can be lost: delivered while the thread runs a callback whose errors Python only prints (a weakref's
# callback or a __del__ that the garbage collector calls in the middle of the request's code). The watchdog then fires
# again once the thread has gone on for this much more CPU (never in a fired request's normal unwinding, which takes
# milliseconds), and a body that finishes after a lost exception still ends in QueryTooComplex.
REFIRE_AFTER = 0.5
_watchdog: threading.Thread | None = None
# Set when an allowance shorter than a tick starts, so the watchdog looks at once rather than
# at its next tick: an allowance is kept to within about a GIL switch, not to within 20 ms.
_wake = threading.Event()


def _after_fork_in_child() -> None:
    """A forked process (``serve``'s export processes, forked from the warmed server) has no
    watchdog thread, and the parent's may have held the lock at the fork: start afresh."""
    global _lock, _watchdog, _wake
    _lock, _watchdog, _wake = threading.Lock(), None, threading.Event()
    _running.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def check_query(tree, reader=None, fields=(), max_prefix_terms: int = MAX_PREFIX_TERMS) -> None:
    """Raise QueryTooComplex when the parsed query ``tree`` is over a count budget."""
    strings = count_strings(tree)
    if strings > MAX_QUERY_STRINGS:
        raise QueryTooComplex(
            f"查询过于复杂：含 {strings} 个检索词，最多 {MAX_QUERY_STRINGS} 个。"
            "请只保留最能说明要找什么的几个词，或改用园区、年份、类型筛选。")
    if reader is None:
        return
    for node in walk(tree):
        if isinstance(node, Prefix):
            for fieldname in ([node.field] if node.field else fields):
                if fieldname not in reader.schema:
                    continue
                count = 0
                for _ in reader.expand_prefix(fieldname, node.value):
                    count += 1
                    if count > max_prefix_terms:
                        raise QueryTooComplex(
                            f"查询过于复杂：“{node.value}*”能匹配 {max_prefix_terms} 个以上的词。"
                            f"请在“*”前多写几个字（例如“{node.value}…*”），或去掉“*”按原词检索。")


# -- the CPU allowance -------------------------------------------------------------

def _clock_of(ident: int):
    try:
        return time.pthread_getcpuclockid(ident)
    except (AttributeError, OSError):  # not Linux / BSD: wall time instead
        return None


def _now(clock) -> float:
    return time.monotonic() if clock is None else time.clock_gettime(clock)


def _raise_in(ident: int, exc_type) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(exc_type)
                                               if exc_type is not None else None)


def _watch() -> None:
    while True:
        _wake.wait(TICK)
        _wake.clear()
        with _lock:
            for ident, entry in _running.items():
                clock, start, allowance, fired, fired_at = entry
                try:
                    used = _now(clock) - start
                except OSError:  # the thread ended between two looks
                    continue
                if used > allowance if not fired else used - fired_at > max(allowance, REFIRE_AFTER):
                    entry[3], entry[4] = True, used  # (again: the first was lost, see REFIRE_AFTER)
                    _raise_in(ident, QueryTooComplex)


def check_allowance() -> None:
    """Raise QueryTooComplex at once when this thread is over its allowance: for a loop of many
    small steps (an export's rows), which would otherwise run on until the watchdog's next look
    and can finish within it (a zero allowance once served a whole export)."""
    entry = _running.get(threading.get_ident())
    if entry is None:
        return
    try:
        used = _now(entry[0]) - entry[1]
    except OSError:
        return
    if entry[3] or used > entry[2]:
        # over, or fired and still at work between two steps: the watchdog's exception was lost in a callback
        # (REFIRE_AFTER) or is about to arrive; a pending one is withdrawn and the request stops here, at a step's edge
        with _lock:
            if entry[3]:
                _raise_in(threading.get_ident(), None)
            else:
                entry[3], entry[4] = True, used
        raise QueryTooComplex


@contextmanager
def cpu_budget(seconds: float | None = CPU_SECONDS):
    """Run the body with ``seconds`` of this thread's CPU; past that, QueryTooComplex is
    raised inside it. ``None``: no limit."""
    global _watchdog
    if seconds is None:
        yield
        return
    ident = threading.get_ident()
    clock = _clock_of(ident)
    entry = [clock, _now(clock), float(seconds), False, 0.0]
    with _lock:
        if _watchdog is None or not _watchdog.is_alive():
            _watchdog = threading.Thread(target=_watch, name=WATCHDOG_NAME, daemon=True)
            _watchdog.start()
        _running[ident] = entry
    if seconds < TICK:
        _wake.set()
    finished = False
    try:
        yield
        finished = True
    finally:
        with _lock:
            _running.pop(ident, None)
            if entry[3]:
                # fired: either being unwound now, or still pending if the body had just
                # finished; a pending one must not surface later in the server's own code
                _raise_in(ident, None)
    if finished and entry[3]:
        raise QueryTooComplex  # over its allowance, its exception lost or withdrawn: the answer is still the 400
