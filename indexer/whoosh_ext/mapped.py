"""One mapping per index file and process, shared by every reader of the file.

A server thread reads through a searcher of its own (search/service.py), and each
segment reader mapped its term table (terms.py) and positions sidecar (positions.py)
itself: with 20+ threads the same file was mapped 20+ times, and the kernel counts
a page once per mapping in the process's RSS (at 1,000 reports after the first
searches: 56 MB of mapped pages counted, 14 MB of distinct pages). Mapped once,
by (device, inode) — so generations sharing a file by hard link share its
mapping too — a page counts once, as it is held once.

A mapping is closed when the last reader using it releases it (the reader's close),
so a retired generation's files are not held open after their folder is removed.
"""
from __future__ import annotations

import mmap
import os
import threading

_lock = threading.Lock()
_maps: dict = {}  # (device, inode) -> [mmap, readers using it]


def open_mapped(path: str):
    """``(key, mapping)`` of the file at ``path``, read only; ``release(key)`` once when done.
    Raises OSError, or ValueError for an empty file (which cannot be mapped)."""
    with open(path, "rb") as f:
        return map_open_file(f.fileno())


def map_open_file(fileno: int):
    """``(key, mapping)`` of a file already open (a Whoosh column's file), as ``open_mapped``."""
    st = os.fstat(fileno)
    key = (st.st_dev, st.st_ino)
    with _lock:
        entry = _maps.get(key)
        if entry is not None and not entry[0].closed:
            entry[1] += 1
            return key, entry[0]
        mapping = mmap.mmap(fileno, 0, access=mmap.ACCESS_READ)
        _maps[key] = [mapping, 1]
        return key, mapping


def release(key) -> None:
    """One reader is done with the mapping; the last one closes it (or, while arrays
    handed out still view it, it is unmapped when they go)."""
    with _lock:
        entry = _maps.get(key)
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] > 0:
            return
        del _maps[key]
    try:
        entry[0].close()
    except BufferError:
        pass


def mapped_files() -> int:
    """How many files are mapped now (for tests)."""
    with _lock:
        return len(_maps)
