"""Freed memory given back to the system after heavy work.

A heavy request (a search nobody asked before, a CSV export) allocates tens of MB of
temporaries (postings decoded, score arrays, rows) and frees them when it ends. glibc keeps
what a process frees in its pools for the next allocation and returns it to the system only
from the top of a pool, so the pages of temporaries freed below live objects stay resident:
the process keeps the high-water mark of its heaviest request. Across issue 17's attack table
at 10,000 reports, 10–22 MB a heavy row that no cache held (docs/benchmarks.md, Session 15,
serve). ``HeapTrimmer.after_heavy`` gives those pages back (glibc's ``malloc_trim``, which
releases the free pages inside the pools too) once the process's heap has grown by
``TRIM_GROWTH_BYTES`` since it last looked: one read of ``/proc/self/statm`` after each heavy
request, and a trim (0.1–13 ms at 10,000 reports) only after one that left that much behind.
What the bounded caches hold is live and stays (``indexer/lru.py``).

Where there is no glibc (macOS, Windows, musl) or no ``/proc`` there is nothing to do:
``after_heavy`` returns None.
"""
from __future__ import annotations

import ctypes
import json
import os
import threading

TRIM_GROWTH_BYTES = 8 * 2**20  # heap grown since the last look before a trim is tried
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
STATM = "/proc/self/statm"


def _glibc():
    """glibc's ``malloc_trim``, or None where the C library is not glibc."""
    try:
        libc = ctypes.CDLL(None)
        trim = libc.malloc_trim
        libc.gnu_get_libc_version  # glibc only: musl and others have no such function
    except (OSError, AttributeError, TypeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def anonymous_bytes() -> int | None:
    """The process's resident memory that no file backs (its heap), from ``/proc/self/statm``
    (resident pages less shared ones: mapped index files are not counted); None without /proc."""
    try:
        with open(STATM, "rb") as f:
            fields = f.read().split()
    except OSError:
        return None
    return (int(fields[1]) - int(fields[2])) * PAGE_BYTES


class HeapTrimmer:
    """After heavy work, the freed heap given back to the system when the heap has grown by
    ``growth_bytes`` since the last look (one per process; threads share it).

    The mark is the heap after the last trim, or the least seen since: a heap that grew because
    its caches filled (live memory, which no trim frees) sets a new mark, so the next trim waits
    for another ``growth_bytes`` of growth instead of trying after every request."""

    def __init__(self, growth_bytes: int = TRIM_GROWTH_BYTES):
        self.growth_bytes = growth_bytes
        self.trims = 0  # how many trims ran (for tests and measuring)
        self.released = 0  # bytes the trims gave back, as /proc/self/statm saw it
        self._trim = _glibc()
        self._mark = anonymous_bytes()
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        return self._trim is not None and self._mark is not None

    def after_heavy(self) -> int | None:
        """Call when a heavy request has ended: the bytes given back (0: none needed), or None
        where nothing can be done. A thread finding another one trimming does not wait."""
        if not self.available or not self._lock.acquire(blocking=False):
            return None
        try:
            now = anonymous_bytes()
            if now is None:
                return None
            if now - self._mark < self.growth_bytes:
                self._mark = min(self._mark, now)
                return 0
            self._trim(0)
            self._mark = anonymous_bytes() or now
            self.trims += 1
            released = max(0, now - self._mark)
            self.released += released
            return released
        finally:
            self._lock.release()

    def after_fork(self) -> None:
        """In a forked child: its own lock and mark (the parent's lock may have been held)."""
        self._lock = threading.Lock()
        self._mark = anonymous_bytes()


trimmer = HeapTrimmer()  # the process's; a forked child (the export process) renews its lock and mark
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=trimmer.after_fork)


# -- where the memory is (measuring, not serving) ------------------------------------

class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]


def malloc_pools() -> dict | None:
    """glibc's view of its heap (``mallinfo2``), in bytes: ``in_use`` (blocks handed out,
    Python's small-object arenas excluded: those are mapped apart), ``free_kept`` (freed blocks
    glibc keeps in its pools, resident where touched: what ``malloc_trim`` can give back),
    ``mapped`` (big blocks mapped one each, returned at once when freed). None without glibc 2.33+."""
    try:
        info = ctypes.CDLL(None).mallinfo2
    except (OSError, AttributeError, TypeError):
        return None
    info.restype = _MallInfo2
    got = info()
    return {"in_use": got.uordblks, "free_kept": got.fordblks, "mapped": got.hblkhd, "pools": got.arena}


def pymalloc_arenas() -> dict | None:
    """Python's small-object allocator (``sys._debugmallocstats``, which writes to the C stderr,
    read back from a temporary file), in bytes: ``arenas`` (mapped, 1 MB each), ``in_blocks``
    (live small objects), ``free`` (free blocks and pools inside arenas still in use: freed
    objects the process keeps, which no trim gives back). None where it cannot be read."""
    import re
    import sys
    import tempfile

    debug = getattr(sys, "_debugmallocstats", None)
    if debug is None:
        return None
    with tempfile.TemporaryFile() as out:
        sys.stderr.flush()
        saved = os.dup(2)
        try:
            os.dup2(out.fileno(), 2)
            debug()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        out.seek(0)
        text = out.read().decode("ascii", "replace")

    def number(label):
        found = re.search(re.escape(label) + r"\s*=\s*([\d,]+)", text)
        return int(found.group(1).replace(",", "")) if found else 0

    arenas = number("# arenas allocated current") * 2**20
    unused = re.search(r"(\d+) unused pools \* (\d+) bytes", text)
    free = number("# bytes in available blocks") + (int(unused.group(1)) * int(unused.group(2)) if unused else 0)
    return {"arenas": arenas, "in_blocks": number("# bytes in allocated blocks"), "free": free}


TRACE_ENV = "PARKSEARCH_HEAP_TRACE"  # a folder: SIGUSR2 writes the memory report (and snapshot) there
FRAMES_ENV = "PARKSEARCH_HEAP_TRACE_FRAMES"  # frames a traced allocation keeps; 0: reports only, no tracing
TRACE_FRAMES = 8


def trace_on_signal(folder: str | None = None) -> bool:
    """Measuring where a server's memory goes (``bench/attacks.py --heap-trace DIR``): with
    ``PARKSEARCH_HEAP_TRACE=DIR`` in its environment, ``serve`` writes, on each SIGUSR2,
    ``DIR/<pid>-<n>.json`` (``memory_report``); unless ``PARKSEARCH_HEAP_TRACE_FRAMES=0``, it also
    traces every allocation (``tracemalloc``, TRACE_FRAMES deep: several times slower, never for
    serving users) and writes ``DIR/<pid>-<n>.tm`` (the snapshot: ``bench/heap_sites.py`` compares
    two by allocation site). A forked export process inherits both and writes under its own pid.
    True when tracing allocations; False (nothing traced) otherwise."""
    import signal
    import tracemalloc

    folder = folder or os.environ.get(TRACE_ENV)
    if not folder or not hasattr(signal, "SIGUSR2"):
        return False
    os.makedirs(folder, exist_ok=True)
    frames = int(os.environ.get(FRAMES_ENV) or TRACE_FRAMES)
    if frames > 0:
        tracemalloc.start(frames)
    count = [0]

    def dump(signum, frame):
        count[0] += 1
        name = os.path.join(folder, f"{os.getpid()}-{count[0]:03d}")
        if tracemalloc.is_tracing():
            tracemalloc.take_snapshot().dump(name + ".tm.part")
            os.replace(name + ".tm.part", name + ".tm")
        with open(name + ".json.part", "w", encoding="utf-8") as f:
            json.dump(memory_report(), f)
        os.replace(name + ".json.part", name + ".json")  # last: its presence says the files are whole

    signal.signal(signal.SIGUSR2, dump)
    return frames > 0


def memory_report() -> dict:
    """The process's heap now: resident anonymous bytes, glibc's pools (``malloc_pools``), what
    Python's traced allocations hold (live objects and arrays, when tracing), and each bounded
    memory's use against its budget (``indexer.lru.memories``)."""
    import tracemalloc

    from . import lru

    report = {"pid": os.getpid(), "anonymous": anonymous_bytes(), "malloc": malloc_pools(),
              "pymalloc": pymalloc_arenas(), "memories": lru.memories(), "trims": trimmer.trims,
              "trimmed": trimmer.released}
    if tracemalloc.is_tracing():
        report["traced"], report["traced_peak"] = tracemalloc.get_traced_memory()
    return report
